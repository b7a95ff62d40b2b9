"""Another partnership's meetings, decisions and follow-ups answer 404 under every URL."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.documents.tests.factories import DocumentFactory
from liphub.meetings.models import Attendance, Decision, FollowUp, Meeting
from liphub.meetings.tests.factories import (
    DecisionFactory,
    FollowUpFactory,
    MeetingFactory,
    SeatFactory,
)

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {
    "meetings:meeting_detail",
    "meetings:meeting_edit",
    "meetings:meeting_delete",
    "meetings:meeting_attendance",
    "meetings:meeting_minutes",
    "meetings:meeting_publish",
    "meetings:decision_add",
    "meetings:follow_up_add",
    "meetings:documents_attach",
    "meetings:documents_upload",
    "meetings:document_detach",
    "meetings:decision_edit",
    "meetings:decision_delete",
    "meetings:follow_up_edit",
    "meetings:follow_up_status",
    "meetings:follow_up_delete",
}


@pytest.fixture
def foreign(other_partnership):
    """Kingston's meeting with everything hanging off it."""
    with scopes_disabled():
        meeting = MeetingFactory(partnership=other_partnership, title_en="Kingston council")
        seat = SeatFactory(partnership=other_partnership, body=meeting.body)
        document = DocumentFactory(partnership=other_partnership, visibility="public")
        meeting.documents.add(document)
        return {
            "meeting": meeting,
            "seat": seat,
            "document": document,
            "decision": DecisionFactory(meeting=meeting, text_en="Kingston decision"),
            "follow_up": FollowUpFactory(meeting=meeting, description_en="Kingston item"),
        }


def url_args(url_name, foreign):
    if url_name.startswith("meetings:decision_") and url_name != "meetings:decision_add":
        return [foreign["decision"].pk]
    if url_name.startswith("meetings:follow_up_") and url_name != "meetings:follow_up_add":
        return [foreign["follow_up"].pk]
    if url_name == "meetings:document_detach":
        return [foreign["meeting"].pk, foreign["document"].pk]
    return [foreign["meeting"].pk]


def snapshot():
    with scopes_disabled():
        return (
            list(Meeting.objects.values_list("id", "version", "title_en", "is_published")),
            list(Decision.objects.values_list("id", "version", "text_en")),
            list(FollowUp.objects.values_list("id", "version", "status")),
            list(Attendance.objects.values_list("id", "status")),
            list(Meeting.documents.through.objects.values_list("meeting_id", "document_id")),
        )


@pytest.mark.parametrize("url_name", sorted(ISOLATED_URLS))
@pytest.mark.parametrize("slug", ["ottawa", "kingston"])
def test_other_partnerships_objects_answer_404(
    coordinator_client, partnership, foreign, url_name, slug
):
    before = snapshot()
    url = reverse(url_name, args=[slug, *url_args(url_name, foreign)])
    assert coordinator_client.get(url).status_code == 404
    data = {
        "version": 1,
        "published": "True",
        "title_en": "Hijacked",
        "text_en": "Hijacked",
        "decision-text_en": "Hijacked",
        "follow_up-description_en": "Hijacked",
        "description_en": "Hijacked",
        "minutes_en": "Hijacked",
        "status": "done",
        f"seat_{foreign['seat'].pk}": "present",
        "documents": [foreign["document"].pk],
    }
    assert coordinator_client.post(url, data).status_code == 404
    assert coordinator_client.post(url, data, HTTP_HX_REQUEST="true").status_code == 404
    assert snapshot() == before


def test_the_list_never_shows_another_partnerships_meetings(coordinator_client, foreign):
    response = coordinator_client.get(reverse("meetings:meeting_list", args=["ottawa"]))
    assert response.status_code == 200
    assert "Kingston council" not in response.text
    kingston = reverse("meetings:meeting_list", args=["kingston"])
    assert coordinator_client.get(kingston).status_code == 404
