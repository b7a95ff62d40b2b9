"""API of meetings: list, read, create and change meetings, and their attendance.

Writes need `partnerships.manage` and go through `liphub.meetings.services`. A meeting's
`version` also guards its attendance: send the version you read to be told (409) when
someone else saved in between.
"""

import datetime as dt
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from liphub.accounts.access import access_partnership
from liphub.core.api import (
    MANAGE,
    VIEW,
    ApiRequest,
    ErrorOut,
    VersionedOut,
    changed_fields,
    related,
)
from liphub.core.models import Partnership
from liphub.core.services import ConcurrentEditError
from liphub.meetings import selectors, services
from liphub.meetings.models import AttendanceStatus, Meeting
from liphub.partnerships.selectors import get_body

router = Router(tags=["Meetings"])

BASE = "/partnerships/{slug}/meetings"
READ_ERRORS: dict[int, Any] = {404: ErrorOut}
WRITE_ERRORS: dict[int, Any] = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class MeetingOut(VersionedOut):
    body_id: int
    title_en: str
    title_fr: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    location: str
    online_url: str
    agenda_en: str
    agenda_fr: str
    minutes_en: str
    minutes_fr: str
    is_published: bool
    published_at: dt.datetime | None


class MeetingIn(Schema):
    body_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    title_en: str = ""
    title_fr: str = ""
    location: str = ""
    online_url: str = ""
    agenda_en: str = ""
    agenda_fr: str = ""


class MeetingPatch(Schema):
    """Only the fields sent are changed; `version` is the one you read."""

    version: int
    body_id: int | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    title_en: str | None = None
    title_fr: str | None = None
    location: str | None = None
    online_url: str | None = None
    agenda_en: str | None = None
    agenda_fr: str | None = None
    minutes_en: str | None = None
    minutes_fr: str | None = None


class MeetingFilter(Schema):
    body_id: int | None = None


class AttendanceRowOut(Schema):
    seat_id: int
    person_name: str
    organization_id: int | None
    role: str
    status: AttendanceStatus | None


class AttendanceOut(Schema):
    meeting_id: int
    version: int
    attendance: list[AttendanceRowOut]


class AttendanceIn(Schema):
    seat_id: int
    status: AttendanceStatus | None


class AttendanceVersion(Schema):
    version: int | None = None


def _meetings(partnership: Partnership) -> QuerySet[Meeting]:
    return Meeting.objects.filter(partnership=partnership).order_by("-starts_at", "-pk")


def _attendance(meeting: Meeting) -> dict[str, Any]:
    return {
        "meeting_id": meeting.pk,
        "version": meeting.version,
        "attendance": [
            {
                "seat_id": row.seat.pk,
                "person_name": row.seat.person.full_name,
                "organization_id": row.seat.organization_id,
                "role": row.seat.role,
                "status": row.status,
            }
            for row in selectors.list_attendance(meeting)
        ],
    }


@router.get(BASE, response=list[MeetingOut], url_name="meeting_list", summary="List meetings")
@paginate
def list_meetings(
    request: ApiRequest, slug: str, filters: Query[MeetingFilter]
) -> QuerySet[Meeting]:
    partnership = access_partnership(request.auth, slug, VIEW)
    meetings = _meetings(partnership)
    if filters.body_id is not None:
        meetings = meetings.filter(body_id=filters.body_id)
    return meetings


@router.get(
    f"{BASE}/{{meeting_id}}",
    response={200: MeetingOut, **READ_ERRORS},
    url_name="meeting_detail",
    summary="One meeting",
)
def get_meeting(request: ApiRequest, slug: str, meeting_id: int) -> Meeting:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_meeting(partnership, meeting_id)


@router.post(
    BASE,
    response={201: MeetingOut, **WRITE_ERRORS},
    url_name="meeting_create",
    summary="Schedule a meeting of a body",
)
def create_meeting(request: ApiRequest, slug: str, payload: MeetingIn) -> Status[Meeting]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    body = related("body_id", lambda: get_body(partnership=partnership, pk=payload.body_id))
    fields = payload.dict(exclude={"body_id"})
    meeting = services.create_meeting(partnership=partnership, body=body, **fields)
    return Status(201, meeting)


@router.patch(
    f"{BASE}/{{meeting_id}}",
    response={200: MeetingOut, **WRITE_ERRORS},
    url_name="meeting_update",
    summary="Change a meeting or its minutes (send the version you read)",
)
@transaction.atomic
def update_meeting(
    request: ApiRequest, slug: str, meeting_id: int, payload: MeetingPatch
) -> Meeting:
    partnership = access_partnership(request.auth, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, meeting_id)
    sent = changed_fields(payload, exclude={"version"})
    minutes = {key: sent.pop(key) for key in ("minutes_en", "minutes_fr") if key in sent}
    expected = payload.version
    if sent:
        body = meeting.body
        if "body_id" in sent:
            body_id = sent.pop("body_id")
            body = related("body_id", lambda: get_body(partnership=partnership, pk=body_id))
        current = {
            name: getattr(meeting, name)
            for name in (
                "starts_at",
                "ends_at",
                "title_en",
                "title_fr",
                "location",
                "online_url",
                "agenda_en",
                "agenda_fr",
            )
        }
        current.update(sent)
        meeting = services.update_meeting(
            meeting=meeting, expected_version=expected, body=body, **current
        )
        expected = meeting.version
    if minutes:
        meeting = services.update_minutes(
            meeting=meeting,
            expected_version=expected,
            minutes_en=minutes.get("minutes_en", meeting.minutes_en) or "",
            minutes_fr=minutes.get("minutes_fr", meeting.minutes_fr) or "",
        )
    if not sent and not minutes and meeting.version != expected:
        raise ConcurrentEditError()  # nothing to change, but the client's copy is stale
    return meeting


@router.get(
    f"{BASE}/{{meeting_id}}/attendance",
    response={200: AttendanceOut, **READ_ERRORS},
    url_name="attendance_detail",
    summary="Attendance of the current seats of the meeting's body",
)
def get_attendance(request: ApiRequest, slug: str, meeting_id: int) -> dict[str, Any]:
    partnership = access_partnership(request.auth, slug, VIEW)
    return _attendance(selectors.get_meeting(partnership, meeting_id))


@router.put(
    f"{BASE}/{{meeting_id}}/attendance",
    response={200: AttendanceOut, **WRITE_ERRORS},
    url_name="attendance_update",
    summary="Record attendance: a list of {seat_id, status}; status null clears it",
)
def record_attendance(
    request: ApiRequest,
    slug: str,
    meeting_id: int,
    payload: list[AttendanceIn],
    version: Query[AttendanceVersion],
) -> dict[str, Any]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, meeting_id)
    statuses = {
        item.seat_id: (AttendanceStatus(item.status).value if item.status else None)
        for item in payload
    }
    services.record_attendance(meeting=meeting, statuses=statuses, expected_version=version.version)
    return _attendance(selectors.get_meeting(partnership, meeting_id))
