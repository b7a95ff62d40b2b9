from django.urls import path

from liphub.reports import views

app_name = "reports"
urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("versions/<int:pk>/", views.submitted_detail, name="submitted_detail"),
    path(
        "versions/<int:pk>/download/<str:fmt>/",
        views.submitted_download,
        name="submitted_download",
    ),
    path("versions/<int:pk>/compare/<int:other_pk>/", views.compare, name="compare"),
    path("<str:year>/", views.annual_report, name="annual"),
    path("<str:year>/indicators/", views.indicator_results, name="indicator_results"),
    path("<str:year>/download/<str:fmt>/", views.annual_download, name="annual_download"),
    path("<str:year>/submit/", views.submit, name="submit"),
]
