"""Creating, editing and reading meetings; bad input gives field errors, stale saves refuse."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.meetings.models import Meeting
from liphub.meetings.tests.factories import BodyFactory, MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def council(partnership):
    with scopes_disabled():
        return BodyFactory(partnership=partnership)


def meeting_data(council_body, **overrides):
    data = {
        "body": council_body.pk,
        "title_en": "Council meeting",
        "title_fr": "Réunion du conseil",
        "starts_at": "2031-03-04T18:00",
        "ends_at": "2031-03-04T20:00",
        "location": "Ottawa City Hall",
        "online_url": "",
        "agenda_en": "1. Welcome",
        "agenda_fr": "1. Bienvenue",
    }
    data.update(overrides)
    return data


def test_coordinator_plans_a_meeting(coordinator_client, partnership, council):
    url = reverse("meetings:meeting_create", args=[partnership.slug])
    assert coordinator_client.get(url).status_code == 200
    response = coordinator_client.post(url, meeting_data(council))
    assert response.status_code == 302
    with scopes_disabled():
        meeting = Meeting.objects.get()
    assert meeting.partnership == partnership
    assert meeting.body == council
    assert meeting.version == 1
    local = timezone.localtime(meeting.starts_at)
    assert (local.hour, local.minute) == (18, 0)
    assert response["Location"] == reverse(
        "meetings:meeting_detail", args=[partnership.slug, meeting.pk]
    )


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"starts_at": "next tuesday"}, "starts_at"),
        ({"starts_at": "2031-02-30T10:00"}, "starts_at"),
        ({"starts_at": ""}, "starts_at"),
        ({"ends_at": "2031-03-04T17:00"}, "ends_at"),
        ({"ends_at": "2031-03-04T18:00"}, "ends_at"),
        ({"title_en": "", "title_fr": ""}, "title_en"),
        ({"online_url": "not a link"}, "online_url"),
        ({"body": "999999"}, "body"),
    ],
)
def test_bad_meeting_input_shows_field_errors(
    coordinator_client, partnership, council, overrides, field
):
    url = reverse("meetings:meeting_create", args=[partnership.slug])
    response = coordinator_client.post(url, meeting_data(council, **overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert 'role="alert"' in response.text
    with scopes_disabled():
        assert Meeting.objects.count() == 0


def test_a_body_of_another_partnership_cannot_be_chosen(
    coordinator_client, partnership, other_partnership, council
):
    with scopes_disabled():
        foreign_body = BodyFactory(partnership=other_partnership)
    url = reverse("meetings:meeting_create", args=[partnership.slug])
    response = coordinator_client.post(url, meeting_data(council, body=foreign_body.pk))
    assert response.status_code == 400
    assert "body" in response.context["form"].errors


def test_editing_with_a_stale_version_is_refused_with_a_clear_error(
    coordinator_client, partnership, council
):
    with scopes_disabled():
        meeting = MeetingFactory(partnership=partnership, body=council)
    url = reverse("meetings:meeting_edit", args=[partnership.slug, meeting.pk])
    first = coordinator_client.post(url, meeting_data(council, title_en="First", version=1))
    assert first.status_code == 302
    second = coordinator_client.post(url, meeting_data(council, title_en="Second", version=1))
    assert second.status_code == 400
    assert "Someone else changed this record" in second.text
    with scopes_disabled():
        meeting.refresh_from_db()
    assert meeting.title_en == "First"
    assert meeting.version == 2


def test_list_shows_upcoming_and_past_meetings_and_filters_by_body(
    coordinator_client, partnership, council
):
    with scopes_disabled():
        committee = BodyFactory(partnership=partnership, name_en="Health working group")
        MeetingFactory(partnership=partnership, body=council, title_en="Future council")
        MeetingFactory(
            partnership=partnership,
            body=council,
            title_en="Past council",
            starts_at=timezone.now() - datetime.timedelta(days=30),
        )
        MeetingFactory(partnership=partnership, body=committee, title_en="Health meeting")
    url = reverse("meetings:meeting_list", args=[partnership.slug])
    response = coordinator_client.get(url)
    assert response.status_code == 200
    assert {m.title_en for m in response.context["upcoming"]} == {
        "Future council",
        "Health meeting",
    }
    assert [m.title_en for m in response.context["past"]] == ["Past council"]
    response = coordinator_client.get(url, {"body": committee.pk})
    assert [m.title_en for m in response.context["upcoming"]] == ["Health meeting"]
    assert response.context["past"] == []
    # An unknown or foreign body id is ignored, never an error.
    assert coordinator_client.get(url, {"body": "abc"}).status_code == 200


def test_list_page_runs_a_fixed_number_of_queries(
    coordinator_client, partnership, council, django_assert_max_num_queries
):
    with scopes_disabled():
        for _ in range(10):
            MeetingFactory(partnership=partnership, body=council)
    url = reverse("meetings:meeting_list", args=[partnership.slug])
    with django_assert_max_num_queries(12):
        assert coordinator_client.get(url).status_code == 200


def test_detail_page_shows_agenda_as_markdown(coordinator_client, partnership, council):
    with scopes_disabled():
        meeting = MeetingFactory(
            partnership=partnership, body=council, agenda_en="- Welcome\n- Budget"
        )
    response = coordinator_client.get(
        reverse("meetings:meeting_detail", args=[partnership.slug, meeting.pk])
    )
    assert response.status_code == 200
    assert "<li>Welcome</li>" in response.text
    assert response.text.count("<h1") == 1


def test_coordinator_deletes_a_meeting(coordinator_client, partnership, council):
    with scopes_disabled():
        meeting = MeetingFactory(partnership=partnership, body=council)
    url = reverse("meetings:meeting_delete", args=[partnership.slug, meeting.pk])
    assert coordinator_client.get(url).status_code == 200
    assert coordinator_client.post(url).status_code == 302
    with scopes_disabled():
        assert not Meeting.objects.filter(pk=meeting.pk).exists()
