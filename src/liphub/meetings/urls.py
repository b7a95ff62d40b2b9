from django.urls import path

from liphub.meetings import views

app_name = "meetings"
urlpatterns = [
    path("", views.placeholder, name="meeting_list"),
]
