from django.urls import path

from liphub.resources import views

app_name = "resources"
urlpatterns = [
    path("", views.contribution_list, name="contribution_list"),
    path("new/", views.contribution_create, name="contribution_create"),
    path("<int:pk>/edit/", views.contribution_edit, name="contribution_edit"),
    path("<int:pk>/delete/", views.contribution_delete, name="contribution_delete"),
]
