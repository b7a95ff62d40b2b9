"""The public site of a partnership: anonymous, bilingual, read-only.

Every view looks the partnership up among published sites (404 otherwise) and reads inside
`public_scope(partnership)`, so nothing of another partnership can appear.
"""

from __future__ import annotations

from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language

from liphub.accounts.access import (
    public_scope,
    role_label,
    roles_by_partnership,
    visible_partnerships,
)
from liphub.core.models import Partnership
from liphub.documents.responses import document_file_response
from liphub.documents.selectors import get_public_document, list_public_documents
from liphub.meetings.models import Meeting
from liphub.meetings.selectors import (
    get_published_meeting,
    list_published_meetings,
    list_published_meetings_for_feed,
)
from liphub.public.calendar import build_calendar
from liphub.public.selectors import get_public_partnership, get_public_strategy, list_council
from liphub.reports.network import list_analysed_networks


def index(request: HttpRequest) -> HttpResponse:
    """Signed in: the partnerships you work in. Anyone: the public sites of every LIP."""
    mine = []
    if request.user.is_authenticated:
        roles = roles_by_partnership(request.user)
        for partnership in visible_partnerships(request.user).order_by("slug"):
            mine.append((partnership, role_label(roles.get(partnership.pk))))
    public = Partnership.objects.filter(is_public=True).order_by("slug")
    networks = list(list_analysed_networks(request.user))
    return render(
        request, "public/index.html", {"mine": mine, "public": public, "networks": networks}
    )


def home(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_public_partnership(slug)
    with public_scope(partnership):
        meetings = list_published_meetings(partnership)
        return render(
            request,
            "public/home.html",
            {"partnership": partnership, "upcoming": meetings.upcoming[:3]},
        )


def council(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_public_partnership(slug)
    with public_scope(partnership):
        return render(
            request,
            "public/council.html",
            {"partnership": partnership, "bodies": list_council(partnership)},
        )


def strategy_progress(request: HttpRequest, slug: str) -> HttpResponse:
    """The published strategy and what has been done under each priority area."""
    partnership = get_public_partnership(slug)
    with public_scope(partnership):
        return render(
            request,
            "public/strategy.html",
            {"partnership": partnership, "progress": get_public_strategy(partnership)},
        )


def meeting_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_public_partnership(slug)
    with public_scope(partnership):
        meetings = list_published_meetings(partnership)
        return render(
            request,
            "public/meeting_list.html",
            {"partnership": partnership, "upcoming": meetings.upcoming, "past": meetings.past},
        )


def meeting_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = get_public_partnership(slug)
    with public_scope(partnership):
        meeting = get_published_meeting(partnership, pk)
        return render(
            request,
            "public/meeting_detail.html",
            {
                "partnership": partnership,
                "meeting": meeting,
                "decisions": list(meeting.decisions.all()),
                "documents": list(meeting.documents.all()),
            },
        )


def document_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_public_partnership(slug)
    with public_scope(partnership):
        return render(
            request,
            "public/document_list.html",
            {"partnership": partnership, "documents": list(list_public_documents(partnership))},
        )


def document_download(request: HttpRequest, slug: str, pk: int) -> FileResponse:
    partnership = get_public_partnership(slug)
    with public_scope(partnership):
        return document_file_response(get_public_document(partnership, pk))


def calendar(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_public_partnership(slug)
    with public_scope(partnership):
        meetings = list_published_meetings(partnership)
        return render(
            request,
            "public/calendar.html",
            {
                "partnership": partnership,
                "upcoming": meetings.upcoming,
                "feed_url": request.build_absolute_uri(
                    reverse("public:calendar_feed", args=[partnership.slug])
                ),
            },
        )


def calendar_feed(request: HttpRequest, slug: str) -> HttpResponse:
    """Published meetings as iCalendar, titles in the language of the URL."""
    partnership = get_public_partnership(slug)

    def meeting_url(meeting: Meeting) -> str:
        return request.build_absolute_uri(
            reverse("public:meeting_detail", args=[partnership.slug, meeting.pk])
        )

    with public_scope(partnership):
        body = build_calendar(
            partnership=partnership,
            meetings=list_published_meetings_for_feed(partnership),
            meeting_url=meeting_url,
        )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{partnership.slug}-{get_language()}.ics"'
    return response
