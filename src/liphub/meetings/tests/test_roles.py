"""Every role reads meetings; only coordinators (and site admins) write: others get 403."""

from __future__ import annotations

import pytest
from django.urls import reverse

from liphub.meetings.models import Decision, FollowUp, Meeting
from liphub.meetings.tests.factories import DecisionFactory, FollowUpFactory, MeetingFactory

pytestmark = pytest.mark.django_db

READ_ONLY_ROLES = ["member", "viewer", "analyst"]


@pytest.fixture
def objects(partnership, unscoped):
    meeting = MeetingFactory(partnership=partnership, title_en="Spring council")
    return {
        "meeting": meeting,
        "decision": DecisionFactory(meeting=meeting),
        "follow_up": FollowUpFactory(meeting=meeting),
    }


def write_urls(slug, objects):
    m, d, f = objects["meeting"].pk, objects["decision"].pk, objects["follow_up"].pk
    return [
        reverse("meetings:meeting_create", args=[slug]),
        reverse("meetings:meeting_edit", args=[slug, m]),
        reverse("meetings:meeting_delete", args=[slug, m]),
        reverse("meetings:meeting_attendance", args=[slug, m]),
        reverse("meetings:meeting_minutes", args=[slug, m]),
        reverse("meetings:meeting_publish", args=[slug, m]),
        reverse("meetings:decision_add", args=[slug, m]),
        reverse("meetings:follow_up_add", args=[slug, m]),
        reverse("meetings:documents_attach", args=[slug, m]),
        reverse("meetings:documents_upload", args=[slug, m]),
        reverse("meetings:decision_edit", args=[slug, d]),
        reverse("meetings:decision_delete", args=[slug, d]),
        reverse("meetings:follow_up_edit", args=[slug, f]),
        reverse("meetings:follow_up_status", args=[slug, f]),
        reverse("meetings:follow_up_delete", args=[slug, f]),
    ]


@pytest.mark.parametrize("role", READ_ONLY_ROLES)
def test_read_only_roles_read_meetings(client, request, partnership, objects, role):
    client.force_login(request.getfixturevalue(role))
    meeting = objects["meeting"]
    listing = client.get(reverse("meetings:meeting_list", args=[partnership.slug]))
    assert listing.status_code == 200
    assert "Spring council" in listing.text
    detail = client.get(reverse("meetings:meeting_detail", args=[partnership.slug, meeting.pk]))
    assert detail.status_code == 200
    assert reverse("meetings:meeting_edit", args=[partnership.slug, meeting.pk]) not in detail.text
    assert "Add a decision" not in detail.text


@pytest.mark.parametrize("role", READ_ONLY_ROLES)
def test_read_only_roles_get_403_on_every_write(client, request, partnership, objects, role):
    client.force_login(request.getfixturevalue(role))
    data = {"version": 1, "title_en": "Hacked", "text_en": "Hacked", "status": "done"}
    for url in write_urls(partnership.slug, objects):
        assert client.get(url).status_code == 403, url
        assert client.post(url, data).status_code == 403, url
    assert Meeting.objects.get().title_en == "Spring council"
    assert Decision.objects.get().text_en != "Hacked"
    assert FollowUp.objects.get().status == "open"


def test_site_admin_may_write(client, site_admin, partnership, objects):
    client.force_login(site_admin)
    url = reverse("meetings:meeting_minutes", args=[partnership.slug, objects["meeting"].pk])
    response = client.post(url, {"version": 1, "minutes_en": "By admin", "minutes_fr": ""})
    assert response.status_code == 302


def test_anonymous_visitors_are_sent_to_sign_in(client, partnership, objects):
    response = client.get(reverse("meetings:meeting_list", args=[partnership.slug]))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
