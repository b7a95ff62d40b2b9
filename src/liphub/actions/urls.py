from django.urls import path

from liphub.actions import views

app_name = "actions"
urlpatterns = [
    path("", views.plan_list, name="plan_list"),
    path("new/", views.plan_create, name="plan_create"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("indicators/", views.indicator_list, name="indicator_list"),
    path("activities/", views.activity_list, name="activity_list"),
    path("template.xlsx", views.plan_template, name="plan_template"),
    path("<int:pk>/", views.plan_detail, name="plan_detail"),
    path("<int:pk>/edit/", views.plan_edit, name="plan_edit"),
    path("<int:pk>/export.xlsx", views.plan_export, name="plan_export"),
    path("<int:pk>/import/", views.plan_import, name="plan_import"),
    path("<int:pk>/activities/new/", views.activity_create, name="activity_create"),
    path("activities/<int:pk>/", views.activity_detail, name="activity_detail"),
    path("activities/<int:pk>/edit/", views.activity_edit, name="activity_edit"),
    path("activities/<int:pk>/delete/", views.activity_delete, name="activity_delete"),
    path("activities/<int:pk>/lenses/<int:lens_pk>/", views.activity_lens, name="activity_lens"),
    path("activities/<int:pk>/indicators/new/", views.indicator_create, name="indicator_create"),
    path("indicators/<int:pk>/edit/", views.indicator_edit, name="indicator_edit"),
    path("indicators/<int:pk>/delete/", views.indicator_delete, name="indicator_delete"),
    path(
        "indicators/<int:pk>/measurements/new/",
        views.measurement_create,
        name="measurement_create",
    ),
    path("measurements/<int:pk>/edit/", views.measurement_edit, name="measurement_edit"),
    path("measurements/<int:pk>/delete/", views.measurement_delete, name="measurement_delete"),
    path(
        "follow-ups/<int:pk>/activity/",
        views.activity_from_follow_up,
        name="activity_from_follow_up",
    ),
]
