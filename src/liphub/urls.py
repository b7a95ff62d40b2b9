from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path
from django.views.i18n import JavaScriptCatalog

from liphub.api import api
from liphub.public.views import index

urlpatterns: list[URLPattern | URLResolver] = [
    path("api/hsds/<slug:slug>/", include("liphub.directory.hsds_api")),
    path("api/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("", index, name="home"),
    path("accounts/", include("liphub.accounts.urls")),
    path("p/<slug:slug>/", include("liphub.partnerships.urls")),
    path("p/<slug:slug>/meetings/", include("liphub.meetings.urls")),
    path("p/<slug:slug>/documents/", include("liphub.documents.urls")),
    path("p/<slug:slug>/strategy/", include("liphub.strategy.urls")),
    path("p/<slug:slug>/plans/", include("liphub.actions.urls")),
    path("p/<slug:slug>/work/", include("liphub.progress.urls")),
    path("p/<slug:slug>/contributions/", include("liphub.resources.urls")),
    path("p/<slug:slug>/directory/", include("liphub.directory.urls")),
    path("p/<slug:slug>/reports/", include("liphub.reports.urls")),
    path("network/<slug:slug>/", include("liphub.reports.network_urls")),
    path("lip/<slug:slug>/services/", include("liphub.directory.public_urls")),
    path("lip/<slug:slug>/", include("liphub.public.urls")),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=True,
)
