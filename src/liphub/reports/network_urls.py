"""The network view (/network/<network-slug>/): every partnership of a network side by side."""

from django.urls import path

from liphub.reports import views_network

app_name = "network"
urlpatterns = [
    path("", views_network.overview, name="overview"),
    path("compare/", views_network.compare, name="compare"),
    path("<slug:section>/", views_network.overview, name="section"),
]
