"""Writes on meetings: details, attendance, minutes, decisions, follow-up items, documents,
and publication on the public site.

Edits of existing rows go through `save_versioned`, so a stale form never overwrites a newer
save; attendance and minutes count as edits of the meeting (they share its version).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from liphub.core.models import Partnership
from liphub.core.services import save_versioned
from liphub.documents.models import Document
from liphub.meetings.models import (
    Attendance,
    AttendanceStatus,
    Decision,
    FollowUp,
    FollowUpStatus,
    Meeting,
)
from liphub.meetings.selectors import list_current_seats
from liphub.partnerships.models import Body, Person


def _check_meeting(meeting: Meeting) -> None:
    errors: dict[str, str] = {}
    if meeting.body.partnership_id != meeting.partnership_id:
        errors["body"] = _("Choose a body of this partnership.")
    if not meeting.title_en.strip() and not meeting.title_fr.strip():
        errors["title_en"] = _("Give the meeting a title in English or French.")
    if meeting.ends_at is not None and meeting.ends_at <= meeting.starts_at:
        errors["ends_at"] = _("The meeting must end after it starts.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_meeting(
    *,
    partnership: Partnership,
    body: Body,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime | None = None,
    title_en: str = "",
    title_fr: str = "",
    location: str = "",
    online_url: str = "",
    agenda_en: str = "",
    agenda_fr: str = "",
) -> Meeting:
    meeting = Meeting(
        partnership=partnership,
        body=body,
        title_en=title_en.strip(),
        title_fr=title_fr.strip(),
        starts_at=starts_at,
        ends_at=ends_at,
        location=location.strip(),
        online_url=online_url.strip(),
        agenda_en=agenda_en,
        agenda_fr=agenda_fr,
    )
    _check_meeting(meeting)
    save_versioned(meeting, expected_version=None)
    return meeting


@transaction.atomic
def update_meeting(
    *,
    meeting: Meeting,
    expected_version: int | None,
    body: Body,
    starts_at: datetime.datetime,
    ends_at: datetime.datetime | None = None,
    title_en: str = "",
    title_fr: str = "",
    location: str = "",
    online_url: str = "",
    agenda_en: str = "",
    agenda_fr: str = "",
) -> Meeting:
    meeting.body = body
    meeting.title_en = title_en.strip()
    meeting.title_fr = title_fr.strip()
    meeting.starts_at = starts_at
    meeting.ends_at = ends_at
    meeting.location = location.strip()
    meeting.online_url = online_url.strip()
    meeting.agenda_en = agenda_en
    meeting.agenda_fr = agenda_fr
    _check_meeting(meeting)
    save_versioned(meeting, expected_version=expected_version)
    return meeting


@transaction.atomic
def delete_meeting(*, meeting: Meeting) -> None:
    meeting.delete()


@transaction.atomic
def update_minutes(
    *, meeting: Meeting, expected_version: int | None, minutes_en: str, minutes_fr: str
) -> Meeting:
    meeting.minutes_en = minutes_en
    meeting.minutes_fr = minutes_fr
    save_versioned(meeting, expected_version=expected_version)
    return meeting


@transaction.atomic
def record_attendance(
    *,
    meeting: Meeting,
    statuses: Mapping[int, str | None],
    expected_version: int | None,
) -> list[Attendance]:
    """Set the attendance of the meeting's seats: seat id -> present/regrets/absent.

    A seat mapped to None has its attendance cleared. Only the seats of the meeting's body
    that are current on the meeting date may be recorded.
    """
    seats = {seat.pk: seat for seat in list_current_seats(meeting)}
    unknown = set(statuses) - set(seats)
    if unknown:
        raise ValidationError(
            _("Attendance can only be recorded for the current seats of this body."),
            code="unknown_seat",
        )
    if any(s is not None and s not in AttendanceStatus.values for s in statuses.values()):
        raise ValidationError(_("Choose present, regrets or absent."), code="invalid_status")
    # The meeting's version guards against two people recording at once.
    save_versioned(meeting, expected_version=expected_version)
    existing = {a.seat_id: a for a in Attendance.objects.filter(meeting=meeting)}
    recorded: list[Attendance] = []
    for seat_id, status in statuses.items():
        row = existing.get(seat_id)
        if status is None:
            if row is not None:
                row.delete()
            continue
        if row is None:
            row = Attendance(
                partnership_id=meeting.partnership_id,
                meeting=meeting,
                seat=seats[seat_id],
                status=status,
            )
        elif row.status == status:
            recorded.append(row)
            continue
        row.status = status
        save_versioned(row, expected_version=None if row.pk is None else row.version)
        recorded.append(row)
    return recorded


def _check_decision(decision: Decision) -> None:
    if not decision.text_en.strip() and not decision.text_fr.strip():
        raise ValidationError({"text_en": _("Write the decision in English or French.")})


@transaction.atomic
def add_decision(*, meeting: Meeting, text_en: str = "", text_fr: str = "") -> Decision:
    decision = Decision(
        partnership_id=meeting.partnership_id,
        meeting=meeting,
        text_en=text_en.strip(),
        text_fr=text_fr.strip(),
    )
    _check_decision(decision)
    save_versioned(decision, expected_version=None)
    return decision


@transaction.atomic
def update_decision(
    *, decision: Decision, expected_version: int | None, text_en: str = "", text_fr: str = ""
) -> Decision:
    decision.text_en = text_en.strip()
    decision.text_fr = text_fr.strip()
    _check_decision(decision)
    save_versioned(decision, expected_version=expected_version)
    return decision


@transaction.atomic
def delete_decision(*, decision: Decision) -> None:
    decision.delete()


def _check_follow_up(follow_up: FollowUp) -> None:
    errors: dict[str, str] = {}
    if not follow_up.description_en.strip() and not follow_up.description_fr.strip():
        errors["description_en"] = _("Describe the follow-up item in English or French.")
    owner = follow_up.owner
    if owner is not None and owner.partnership_id != follow_up.partnership_id:
        errors["owner"] = _("Choose a person of this partnership.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def add_follow_up(
    *,
    meeting: Meeting,
    description_en: str = "",
    description_fr: str = "",
    owner: Person | None = None,
    due_date: datetime.date | None = None,
) -> FollowUp:
    follow_up = FollowUp(
        partnership_id=meeting.partnership_id,
        meeting=meeting,
        description_en=description_en.strip(),
        description_fr=description_fr.strip(),
        owner=owner,
        due_date=due_date,
    )
    _check_follow_up(follow_up)
    save_versioned(follow_up, expected_version=None)
    return follow_up


@transaction.atomic
def update_follow_up(
    *,
    follow_up: FollowUp,
    expected_version: int | None,
    description_en: str = "",
    description_fr: str = "",
    owner: Person | None = None,
    due_date: datetime.date | None = None,
    status: str = FollowUpStatus.OPEN,
) -> FollowUp:
    follow_up.description_en = description_en.strip()
    follow_up.description_fr = description_fr.strip()
    follow_up.owner = owner
    follow_up.due_date = due_date
    follow_up.status = status
    _check_follow_up(follow_up)
    save_versioned(follow_up, expected_version=expected_version)
    return follow_up


@transaction.atomic
def set_follow_up_status(*, follow_up: FollowUp, status: str) -> FollowUp:
    """Mark an item done or open again (idempotent: two people ticking it agree)."""
    if status not in FollowUpStatus.values:
        raise ValidationError(_("Unknown status."), code="invalid_status")
    if follow_up.status != status:
        follow_up.status = status
        save_versioned(follow_up, expected_version=follow_up.version)
    return follow_up


@transaction.atomic
def delete_follow_up(*, follow_up: FollowUp) -> None:
    follow_up.delete()


@transaction.atomic
def attach_documents(*, meeting: Meeting, documents: Iterable[Document]) -> None:
    documents = list(documents)
    if any(d.partnership_id != meeting.partnership_id for d in documents):
        raise ValidationError(_("Choose documents of this partnership."), code="other_tenant")
    meeting.documents.add(*documents)


@transaction.atomic
def detach_document(*, meeting: Meeting, document: Document) -> None:
    meeting.documents.remove(document)


@transaction.atomic
def publish_meeting(
    *, meeting: Meeting, expected_version: int | None, published: bool = True
) -> Meeting:
    """Show the meeting (agenda, minutes, decisions, public documents) on the public site,
    or withdraw it with `published=False`."""
    if published and not meeting.is_published:
        meeting.published_at = timezone.now()
    meeting.is_published = published
    save_versioned(meeting, expected_version=expected_version)
    return meeting
