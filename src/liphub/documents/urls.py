from django.urls import path

from liphub.documents import views

app_name = "documents"
urlpatterns = [
    path("", views.placeholder, name="document_list"),
]
