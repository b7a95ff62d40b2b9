"""Reads on meetings, always within one partnership; published meetings for the public site."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from liphub.core.models import Partnership
from liphub.documents.models import Document, Visibility
from liphub.documents.selectors import visibilities_for
from liphub.meetings.models import Attendance, Decision, FollowUp, Meeting
from liphub.partnerships.models import Body, Person, Seat


@dataclass(frozen=True)
class MeetingLists:
    upcoming: list[Meeting]
    past: list[Meeting]


def meeting_date(meeting: Meeting) -> datetime.date:
    return timezone.localtime(meeting.starts_at).date()


def list_bodies(partnership: Partnership) -> QuerySet[Body]:
    return Body.objects.filter(partnership=partnership)


def list_people(partnership: Partnership) -> QuerySet[Person]:
    return Person.objects.filter(partnership=partnership).select_related("organization")


def list_meetings(*, partnership: Partnership, body: Body | None = None) -> MeetingLists:
    meetings = Meeting.objects.filter(partnership=partnership).select_related("body")
    if body is not None:
        meetings = meetings.filter(body=body)
    now = timezone.now()
    return MeetingLists(
        upcoming=list(meetings.filter(starts_at__gte=now).order_by("starts_at")),
        past=list(meetings.filter(starts_at__lt=now).order_by("-starts_at")),
    )


def get_meeting(partnership: Partnership, pk: int) -> Meeting:
    meeting = Meeting.objects.filter(partnership=partnership, pk=pk).select_related("body").first()
    if meeting is None:
        raise Http404("No such meeting.")
    return meeting


def get_meeting_detail(*, user: Any, partnership: Partnership, pk: int) -> Meeting:
    """A meeting with everything its page shows; documents limited to what the user may read."""
    meeting = (
        Meeting.objects.filter(partnership=partnership, pk=pk)
        .select_related("body")
        .prefetch_related(
            "decisions",
            Prefetch("follow_ups", queryset=FollowUp.objects.select_related("owner", "activity")),
            Prefetch(
                "documents",
                queryset=Document.objects.filter(
                    visibility__in=visibilities_for(user, partnership)
                ),
            ),
        )
        .first()
    )
    if meeting is None:
        raise Http404("No such meeting.")
    return meeting


def list_current_seats(meeting: Meeting) -> list[Seat]:
    """The seats of the meeting's body whose term covers the meeting date."""
    day = meeting_date(meeting)
    return list(
        Seat.objects.filter(partnership_id=meeting.partnership_id, body_id=meeting.body_id)
        .filter(Q(term_start__isnull=True) | Q(term_start__lte=day))
        .filter(Q(term_end__isnull=True) | Q(term_end__gte=day))
        .select_related("person", "organization")
        .order_by("role", "person__full_name")
    )


@dataclass(frozen=True)
class AttendanceRow:
    seat: Seat
    status: str | None
    status_label: str


def list_attendance(meeting: Meeting) -> list[AttendanceRow]:
    """One row per current seat, with its recorded status (None when not recorded)."""
    recorded = {
        a.seat_id: a
        for a in Attendance.objects.filter(partnership_id=meeting.partnership_id, meeting=meeting)
    }
    rows = []
    for seat in list_current_seats(meeting):
        attendance = recorded.get(seat.pk)
        rows.append(
            AttendanceRow(
                seat=seat,
                status=attendance.status if attendance else None,
                status_label=str(attendance.get_status_display()) if attendance else "",
            )
        )
    return rows


def get_attached_document(meeting: Meeting, document_pk: int) -> Document:
    document = Document.objects.filter(
        partnership_id=meeting.partnership_id, pk=document_pk, meetings=meeting
    ).first()
    if document is None:
        raise Http404("No such document.")
    return document


def get_decision(partnership: Partnership, pk: int) -> Decision:
    decision = (
        Decision.objects.filter(partnership=partnership, pk=pk).select_related("meeting").first()
    )
    if decision is None:
        raise Http404("No such decision.")
    return decision


def get_follow_up(partnership: Partnership, pk: int) -> FollowUp:
    follow_up = (
        FollowUp.objects.filter(partnership=partnership, pk=pk)
        .select_related("meeting", "owner")
        .first()
    )
    if follow_up is None:
        raise Http404("No such follow-up item.")
    return follow_up


def list_published_meetings(partnership: Partnership) -> MeetingLists:
    meetings = Meeting.objects.filter(partnership=partnership, is_published=True).select_related(
        "body"
    )
    now = timezone.now()
    return MeetingLists(
        upcoming=list(meetings.filter(starts_at__gte=now).order_by("starts_at")),
        past=list(meetings.filter(starts_at__lt=now).order_by("-starts_at")),
    )


def list_published_meetings_for_feed(partnership: Partnership) -> QuerySet[Meeting]:
    return (
        Meeting.objects.filter(partnership=partnership, is_published=True)
        .select_related("body")
        .order_by("starts_at")
    )


def get_published_meeting(partnership: Partnership, pk: int) -> Meeting:
    """A published meeting with its decisions and public documents, else 404."""
    meeting = (
        Meeting.objects.filter(partnership=partnership, pk=pk, is_published=True)
        .select_related("body")
        .prefetch_related(
            "decisions",
            Prefetch("documents", queryset=Document.objects.filter(visibility=Visibility.PUBLIC)),
        )
        .first()
    )
    if meeting is None:
        raise Http404("No such meeting.")
    return meeting
