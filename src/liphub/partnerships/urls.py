from django.urls import path

from liphub.partnerships import views

app_name = "partnerships"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("organizations/", views.placeholder, name="organization_list"),
    path("bodies/", views.placeholder, name="body_list"),
    path("representation/", views.placeholder, name="representation"),
    path("audit/", views.placeholder, name="audit_log"),
]
