"""The iCalendar feed of a partnership's published meetings."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable

from django.utils import timezone
from icalendar import Calendar, Event

from liphub.core.i18n import translated
from liphub.core.models import Partnership
from liphub.meetings.models import Meeting


def meeting_uid(meeting: Meeting) -> str:
    """Stable per meeting: calendar clients update the event instead of duplicating it."""
    return f"meeting-{meeting.pk}@liphub.{meeting.partnership.slug}"


def _utc(value: datetime.datetime) -> datetime.datetime:
    return value.astimezone(datetime.UTC)


def build_calendar(
    *,
    partnership: Partnership,
    meetings: Iterable[Meeting],
    meeting_url: Callable[[Meeting], str],
) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//LIP Hub//Meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", str(translated(partnership, "name")))
    for meeting in meetings:
        event = Event()
        event.add("uid", meeting_uid(meeting))
        event.add("dtstamp", _utc(meeting.updated_at or timezone.now()))
        event.add("dtstart", _utc(meeting.starts_at))
        if meeting.ends_at is not None:
            event.add("dtend", _utc(meeting.ends_at))
        title = translated(meeting, "title").text or str(translated(meeting.body, "name"))
        event.add("summary", title)
        location = meeting.location or meeting.online_url
        if location:
            event.add("location", location)
        url = meeting_url(meeting)
        event.add("url", url)
        event.add("description", f"{translated(meeting.body, 'name')}\n{url}")
        calendar.add_component(event)
    return calendar.to_ical()
