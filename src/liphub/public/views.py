"""Placeholder: replaced by the helper that builds this app."""

from django.http import Http404, HttpRequest, HttpResponse


def placeholder(request: HttpRequest, slug: str) -> HttpResponse:
    raise Http404
