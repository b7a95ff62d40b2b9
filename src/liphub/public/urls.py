from django.urls import path

from liphub.public import views

app_name = "public"
urlpatterns = [
    path("", views.placeholder, name="home"),
]
