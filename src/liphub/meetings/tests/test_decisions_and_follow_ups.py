"""Decisions and follow-up items, with htmx and with plain POST + redirect."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from liphub.meetings.models import Decision, FollowUp
from liphub.meetings.tests.factories import (
    DecisionFactory,
    FollowUpFactory,
    MeetingFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def meeting(partnership, unscoped):
    return MeetingFactory(partnership=partnership)


def test_adding_a_decision_without_javascript_redirects(coordinator_client, partnership, meeting):
    url = reverse("meetings:decision_add", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(
        url, {"decision-text_en": "Adopt the plan.", "decision-text_fr": "Adopter le plan."}
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#decisions")
    assert Decision.objects.get().text_fr == "Adopter le plan."


def test_adding_a_decision_with_htmx_returns_the_section(coordinator_client, partnership, meeting):
    url = reverse("meetings:decision_add", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(url, {"decision-text_en": "Adopt the plan."}, **HTMX)
    assert response.status_code == 200
    assert response.text.strip().startswith('<section id="decisions"')
    assert "Adopt the plan." in response.text
    assert "<html" not in response.text


def test_an_empty_decision_is_a_field_error_with_and_without_htmx(
    coordinator_client, partnership, meeting
):
    url = reverse("meetings:decision_add", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(url, {"decision-text_en": " "}, **HTMX)
    assert response.status_code == 200
    assert 'role="alert"' in response.text
    response = coordinator_client.post(url, {"decision-text_en": ""})
    assert response.status_code == 400
    assert "text_en" in response.context["decision_form"].errors
    assert not Decision.objects.exists()


def test_editing_and_deleting_a_decision(coordinator_client, partnership, meeting):
    decision = DecisionFactory(meeting=meeting)
    url = reverse("meetings:decision_edit", args=[partnership.slug, decision.pk])
    assert coordinator_client.get(url).status_code == 200
    response = coordinator_client.post(url, {"version": 1, "text_en": "Amended", "text_fr": ""})
    assert response.status_code == 302
    stale = coordinator_client.post(url, {"version": 1, "text_en": "Again", "text_fr": ""})
    assert stale.status_code == 400
    decision.refresh_from_db()
    assert decision.text_en == "Amended"
    delete_url = reverse("meetings:decision_delete", args=[partnership.slug, decision.pk])
    assert coordinator_client.get(delete_url).status_code == 200
    assert coordinator_client.post(delete_url).status_code == 302
    assert not Decision.objects.exists()


def test_adding_a_follow_up_with_an_owner_of_the_partnership(
    coordinator_client, partnership, meeting
):
    owner = PersonFactory(partnership=partnership, full_name="Amina Yusuf")
    url = reverse("meetings:follow_up_add", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(
        url,
        {
            "follow_up-description_en": "Send the survey.",
            "follow_up-owner": owner.pk,
            "follow_up-due_date": "2031-05-01",
        },
        **HTMX,
    )
    assert response.status_code == 200
    assert "Amina Yusuf" in response.text
    item = FollowUp.objects.get()
    assert item.owner == owner
    assert item.due_date == datetime.date(2031, 5, 1)
    assert item.status == "open"


def test_a_follow_up_owner_from_another_partnership_is_refused(
    coordinator_client, partnership, other_partnership, meeting
):
    stranger = PersonFactory(partnership=other_partnership)
    url = reverse("meetings:follow_up_add", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(
        url, {"follow_up-description_en": "Call.", "follow_up-owner": stranger.pk}
    )
    assert response.status_code == 400
    assert "owner" in response.context["follow_up_form"].errors
    assert not FollowUp.objects.exists()


def test_a_bad_due_date_is_a_field_error(coordinator_client, partnership, meeting):
    url = reverse("meetings:follow_up_add", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(
        url, {"follow_up-description_en": "Call.", "follow_up-due_date": "2031-13-45"}
    )
    assert response.status_code == 400
    assert "due_date" in response.context["follow_up_form"].errors


def test_overdue_follow_ups_are_flagged(coordinator_client, partnership, meeting):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    late = FollowUpFactory(meeting=meeting, due_date=yesterday, description_en="Late item")
    done = FollowUpFactory(meeting=meeting, due_date=yesterday, status="done")
    later = FollowUpFactory(meeting=meeting, due_date=yesterday + datetime.timedelta(days=10))
    assert late.is_overdue
    assert not done.is_overdue
    assert not later.is_overdue
    page = coordinator_client.get(
        reverse("meetings:meeting_detail", args=[partnership.slug, meeting.pk])
    ).text
    assert page.count("Overdue</span>") == 1


def test_toggling_a_follow_up_with_htmx_returns_the_row(coordinator_client, partnership, meeting):
    item = FollowUpFactory(meeting=meeting)
    url = reverse("meetings:follow_up_status", args=[partnership.slug, item.pk])
    response = coordinator_client.post(url, {"status": "done"}, **HTMX)
    assert response.status_code == 200
    assert response.text.strip().startswith(f'<tr id="follow-up-{item.pk}"')
    assert "Reopen" in response.text
    item.refresh_from_db()
    assert item.status == "done"


def test_toggling_a_follow_up_without_javascript_redirects(
    coordinator_client, partnership, meeting
):
    item = FollowUpFactory(meeting=meeting, status="done")
    url = reverse("meetings:follow_up_status", args=[partnership.slug, item.pk])
    response = coordinator_client.post(url, {"status": "open"})
    assert response.status_code == 302
    assert response["Location"].endswith("#follow-ups")
    item.refresh_from_db()
    assert item.status == "open"
    assert coordinator_client.get(url).status_code == 405


def test_editing_a_follow_up_checks_the_version(coordinator_client, partnership, meeting):
    item = FollowUpFactory(meeting=meeting)
    url = reverse("meetings:follow_up_edit", args=[partnership.slug, item.pk])
    data = {"description_en": "Updated", "status": "done", "owner": "", "due_date": ""}
    assert coordinator_client.post(url, {**data, "version": 1}).status_code == 302
    stale = coordinator_client.post(url, {**data, "description_en": "Other", "version": 1})
    assert stale.status_code == 400
    item.refresh_from_db()
    assert (item.description_en, item.status) == ("Updated", "done")
    delete_url = reverse("meetings:follow_up_delete", args=[partnership.slug, item.pk])
    assert coordinator_client.post(delete_url).status_code == 302
    assert not FollowUp.objects.exists()
