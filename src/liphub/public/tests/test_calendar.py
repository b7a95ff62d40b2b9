"""The iCalendar feed of published meetings, parsed back with `icalendar`."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from liphub.meetings.tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


@pytest.fixture
def meetings(partnership, unscoped):
    published = MeetingFactory(
        partnership=partnership,
        title_en="Council meeting",
        title_fr="Réunion du conseil",
        starts_at=datetime.datetime(2031, 3, 4, 23, 0, tzinfo=UTC),
        ends_at=datetime.datetime(2031, 3, 5, 1, 0, tzinfo=UTC),
        location="Ottawa City Hall",
        is_published=True,
    )
    online = MeetingFactory(
        partnership=partnership,
        title_en="Working group",
        title_fr="",
        starts_at=datetime.datetime(2031, 4, 1, 14, 0, tzinfo=UTC),
        ends_at=None,
        location="",
        online_url="https://meet.example.org/wg",
        is_published=True,
    )
    draft = MeetingFactory(partnership=partnership, title_en="Draft", is_published=False)
    return {"published": published, "online": online, "draft": draft}


def events(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_feed_lists_published_meetings_in_utc(client, partnership, meetings):
    found = events(client.get(reverse("public:calendar_feed", args=[partnership.slug])))
    published = meetings["published"]
    uid = f"meeting-{published.pk}@liphub.ottawa"
    assert set(found) == {uid, f"meeting-{meetings['online'].pk}@liphub.ottawa"}
    event = found[uid]
    assert event.decoded("DTSTART") == datetime.datetime(2031, 3, 4, 23, 0, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime.datetime(2031, 3, 5, 1, 0, tzinfo=UTC)
    assert event["DTSTART"].to_ical() == b"20310304T230000Z"
    assert str(event["SUMMARY"]) == "Council meeting"
    assert str(event["LOCATION"]) == "Ottawa City Hall"
    assert str(event["URL"]) == (f"http://testserver/en/lip/ottawa/meetings/{published.pk}/")
    online = found[f"meeting-{meetings['online'].pk}@liphub.ottawa"]
    assert str(online["LOCATION"]) == "https://meet.example.org/wg"
    assert "DTEND" not in online


def test_feed_summaries_follow_the_request_language_and_uids_stay_stable(
    client, partnership, meetings
):
    english = events(client.get(reverse("public:calendar_feed", args=[partnership.slug])))
    french = events(client.get(f"/fr/lip/{partnership.slug}/calendar.ics"))
    assert set(english) == set(french)
    uid = f"meeting-{meetings['published'].pk}@liphub.ottawa"
    assert str(french[uid]["SUMMARY"]) == "Réunion du conseil"
    assert "/fr/lip/ottawa/meetings/" in str(french[uid]["URL"])
    # No French title: the English one, never an empty summary.
    assert str(french[f"meeting-{meetings['online'].pk}@liphub.ottawa"]["SUMMARY"]) == (
        "Working group"
    )


def test_feed_of_a_partnership_without_a_public_site_is_404(client, partnership, meetings):
    partnership.is_public = False
    partnership.save()
    assert client.get(reverse("public:calendar_feed", args=[partnership.slug])).status_code == 404
