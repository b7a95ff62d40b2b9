from django.urls import path

from liphub.strategy import views

app_name = "strategy"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("new/", views.strategy_create, name="strategy_create"),
    path("<int:pk>/", views.strategy_detail, name="strategy_detail"),
    path("<int:pk>/edit/", views.strategy_edit, name="strategy_edit"),
    path("<int:pk>/areas/new/", views.area_create, name="area_create"),
    path("areas/<int:pk>/edit/", views.area_edit, name="area_edit"),
    path("areas/<int:pk>/move/", views.area_move, name="area_move"),
    path("areas/<int:pk>/delete/", views.area_delete, name="area_delete"),
    path("areas/<int:pk>/goals/new/", views.goal_create, name="goal_create"),
    path("goals/<int:pk>/edit/", views.goal_edit, name="goal_edit"),
    path("goals/<int:pk>/move/", views.goal_move, name="goal_move"),
    path("goals/<int:pk>/delete/", views.goal_delete, name="goal_delete"),
    path("lenses/", views.lens_list, name="lens_list"),
    path("lenses/new/", views.lens_create, name="lens_create"),
    path("lenses/add/", views.lens_add_template, name="lens_add_template"),
    path("lenses/<int:pk>/", views.lens_detail, name="lens_detail"),
    path("lenses/<int:pk>/edit/", views.lens_edit, name="lens_edit"),
    path("lenses/<int:pk>/questions/new/", views.question_create, name="question_create"),
    path("lens-questions/<int:pk>/edit/", views.question_edit, name="question_edit"),
    path("lens-questions/<int:pk>/delete/", views.question_delete, name="question_delete"),
]
