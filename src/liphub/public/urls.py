from django.urls import path

from liphub.public import views

app_name = "public"
urlpatterns = [
    path("", views.home, name="home"),
    path("council/", views.council, name="council"),
    path("meetings/", views.meeting_list, name="meeting_list"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("documents/", views.document_list, name="document_list"),
    path("documents/<int:pk>/download/", views.document_download, name="document_download"),
    path("strategy/", views.strategy_progress, name="strategy"),
    path("calendar/", views.calendar, name="calendar"),
    path("calendar.ics", views.calendar_feed, name="calendar_feed"),
]
