"""Placeholder: the accounts helper replaces these views."""

from django.http import Http404, HttpRequest, HttpResponse


def token_list(request: HttpRequest) -> HttpResponse:
    raise Http404


def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    raise Http404


def member_list(request: HttpRequest, slug: str) -> HttpResponse:
    raise Http404
