"""Placeholder: the partnerships helper replaces these views."""

from django.http import Http404, HttpRequest, HttpResponse


def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    raise Http404


def placeholder(request: HttpRequest, slug: str) -> HttpResponse:
    raise Http404
