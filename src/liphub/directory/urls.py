"""The secretariat's and partners' directory pages (/p/<slug>/directory/)."""

from django.urls import path

from liphub.directory import import_views, views

app_name = "directory"
urlpatterns = [
    path("", views.service_list, name="service_list"),
    path("new/", views.service_create, name="service_create"),
    path("<int:pk>/", views.service_detail, name="service_detail"),
    path("<int:pk>/edit/", views.service_edit, name="service_edit"),
    path("<int:pk>/approve/", views.service_approve, name="service_approve"),
    path("<int:pk>/reviewed/", views.service_reviewed, name="service_reviewed"),
    path("<int:pk>/send-back/", views.service_send_back, name="service_send_back"),
    path("<int:pk>/verify/", views.service_verify, name="service_verify"),
    path("<int:pk>/<slug:kind>/add/", views.detail_add, name="detail_add"),
    path("<int:pk>/<slug:kind>/<int:row_id>/remove/", views.detail_remove, name="detail_remove"),
    path("not-verified/", views.stale_listings, name="stale_listings"),
    path("gaps/", views.gap_analysis, name="gaps"),
    path("settings/", views.directory_settings, name="settings"),
    path("settings/synonyms/new/", views.synonym_form, name="synonym_create"),
    path("settings/synonyms/<int:pk>/", views.synonym_form, name="synonym_edit"),
    path("settings/languages/new/", views.community_language_form, name="language_create"),
    path("settings/languages/<int:pk>/", views.community_language_form, name="language_edit"),
    path("settings/<slug:kind>/<int:pk>/delete/", views.setting_delete, name="setting_delete"),
    path("import/", import_views.directory_import, name="import"),
    path("import/jobs/<int:pk>/", import_views.import_job, name="import_job"),
    path("imports/", import_views.import_list, name="import_list"),
    path("imports/<int:pk>/", import_views.import_detail, name="import_detail"),
    path("export/", import_views.directory_export, name="export"),
]
