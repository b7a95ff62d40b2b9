"""The public directory of a partnership (/lip/<slug>/services/): search, map, service pages."""

from django.urls import path

from liphub.directory import public_views

app_name = "directory_public"
urlpatterns = [
    path("", public_views.search, name="search"),
    path("list/", public_views.where_to_go_list, name="list"),
    path("<int:pk>/", public_views.service, name="service"),
    path("id/<str:hsds_id>/", public_views.service_by_hsds_id, name="service_by_hsds_id"),
]
