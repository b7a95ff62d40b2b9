from django.urls import path

from liphub.partnerships import views

app_name = "partnerships"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("organizations/", views.organization_list, name="organization_list"),
    path("organizations/new/", views.organization_create, name="organization_create"),
    path("organizations/add-partner/", views.partner_add, name="partner_add"),
    path("organizations/<int:pk>/", views.organization_detail, name="organization_detail"),
    path("organizations/<int:pk>/edit/", views.organization_edit, name="organization_edit"),
    path("organizations/<int:pk>/partner/", views.partner_edit, name="partner_edit"),
    path("people/", views.person_list, name="person_list"),
    path("people/new/", views.person_create, name="person_create"),
    path("people/<int:pk>/edit/", views.person_edit, name="person_edit"),
    path("bodies/", views.body_list, name="body_list"),
    path("bodies/new/", views.body_create, name="body_create"),
    path("bodies/<int:pk>/", views.body_detail, name="body_detail"),
    path("bodies/<int:pk>/edit/", views.body_edit, name="body_edit"),
    path("bodies/<int:pk>/seats/new/", views.seat_create, name="seat_create"),
    path("seats/<int:pk>/edit/", views.seat_edit, name="seat_edit"),
    path("seats/<int:pk>/end/", views.seat_end, name="seat_end"),
    path("representation/", views.representation, name="representation"),
    path("audit/", views.audit_log, name="audit_log"),
]
