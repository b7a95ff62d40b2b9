from django.urls import path

from liphub.progress import views

app_name = "progress"
urlpatterns = [
    path("", views.my_work, name="my_work"),
    path("commitments/", views.commitment_list, name="commitment_list"),
    path("commitments/new/", views.commitment_create, name="commitment_create"),
    path("commitments/<int:pk>/edit/", views.commitment_edit, name="commitment_edit"),
    path("commitments/<int:pk>/delete/", views.commitment_delete, name="commitment_delete"),
    path("activities/<int:pk>/", views.activity_progress, name="activity_progress"),
    path("activities/<int:pk>/updates/new/", views.update_create, name="update_create"),
    path("people/", views.people_links, name="people_links"),
]
