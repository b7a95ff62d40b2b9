"""Minutes are Markdown rendered sanitised, in the reader's language with a fallback note."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.meetings.tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db

HOSTILE = (
    "## Minutes\n\n"
    "<script>alert('x')</script>\n\n"
    '<img src="x" onerror="alert(1)">\n\n'
    "[a link](javascript:alert(1)) and **bold** text\n"
)


def test_coordinator_saves_minutes_and_they_render_sanitised(coordinator_client, partnership):
    with scopes_disabled():
        meeting = MeetingFactory(partnership=partnership)
    url = reverse("meetings:meeting_minutes", args=[partnership.slug, meeting.pk])
    assert coordinator_client.get(url).status_code == 200
    response = coordinator_client.post(url, {"version": 1, "minutes_en": HOSTILE, "minutes_fr": ""})
    assert response.status_code == 302
    page = coordinator_client.get(
        reverse("meetings:meeting_detail", args=[partnership.slug, meeting.pk])
    ).text
    assert "<strong>bold</strong>" in page
    assert "<h2>Minutes</h2>" in page
    assert "<script>alert" not in page
    assert "onerror" not in page
    assert "javascript:" not in page


def test_french_readers_get_english_minutes_with_a_note(coordinator_client, partnership):
    with scopes_disabled():
        meeting = MeetingFactory(partnership=partnership, minutes_en="Only **English**.")
    page = coordinator_client.get(f"/fr/p/{partnership.slug}/meetings/{meeting.pk}/").text
    assert "<strong>English</strong>" in page
    assert 'class="fallback-note"' in page


def test_stale_minutes_are_refused(coordinator_client, partnership):
    with scopes_disabled():
        meeting = MeetingFactory(partnership=partnership)
    url = reverse("meetings:meeting_minutes", args=[partnership.slug, meeting.pk])
    coordinator_client.post(url, {"version": 1, "minutes_en": "Mine", "minutes_fr": ""})
    response = coordinator_client.post(
        url, {"version": 1, "minutes_en": "Theirs", "minutes_fr": ""}
    )
    assert response.status_code == 400
    assert "Someone else changed this record" in response.text
    with scopes_disabled():
        meeting.refresh_from_db()
    assert meeting.minutes_en == "Mine"
