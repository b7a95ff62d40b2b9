from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from liphub.accounts.access import role_in, visible_partnerships
from liphub.core.models import Partnership


def home(request: HttpRequest) -> HttpResponse:
    """Signed in: the partnerships you work in. Anonymous: the public sites of every LIP."""
    mine = []
    if request.user.is_authenticated:
        for partnership in visible_partnerships(request.user).order_by("slug"):
            mine.append((partnership, role_in(request.user, partnership)))
    public = Partnership.objects.filter(is_public=True).order_by("slug")
    return render(request, "core/home.html", {"mine": mine, "public": public})
