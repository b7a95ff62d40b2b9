"""Attendance per seat: one accessible radio group per current seat, saved by a service."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from liphub.core.services import ConcurrentEditError
from liphub.meetings.models import Attendance
from liphub.meetings.services import record_attendance
from liphub.meetings.tests.factories import BodyFactory, MeetingFactory, SeatFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(partnership, unscoped):
    body = BodyFactory(partnership=partnership)
    meeting = MeetingFactory(partnership=partnership, body=body)
    day = timezone.localtime(meeting.starts_at).date()
    chair = SeatFactory(partnership=partnership, body=body, role="chair")
    member = SeatFactory(partnership=partnership, body=body)
    former = SeatFactory(
        partnership=partnership, body=body, term_end=day - datetime.timedelta(days=1)
    )
    other_body_seat = SeatFactory(partnership=partnership)
    return {
        "meeting": meeting,
        "chair": chair,
        "member": member,
        "former": former,
        "other": other_body_seat,
    }


def test_record_attendance_creates_and_updates_rows(setting):
    meeting = setting["meeting"]
    chair, member = setting["chair"], setting["member"]
    record_attendance(
        meeting=meeting,
        statuses={chair.pk: "present", member.pk: "regrets"},
        expected_version=1,
    )
    record_attendance(meeting=meeting, statuses={member.pk: "absent"}, expected_version=2)
    statuses = dict(Attendance.objects.filter(meeting=meeting).values_list("seat_id", "status"))
    assert statuses == {chair.pk: "present", member.pk: "absent"}
    meeting.refresh_from_db()
    assert meeting.version == 3


def test_record_attendance_refuses_seats_not_current_on_the_meeting_date(setting):
    for seat in (setting["former"], setting["other"]):
        with pytest.raises(ValidationError):
            record_attendance(
                meeting=setting["meeting"], statuses={seat.pk: "present"}, expected_version=1
            )
    assert not Attendance.objects.exists()


def test_record_attendance_refuses_a_stale_version(setting):
    meeting = setting["meeting"]
    record_attendance(
        meeting=meeting, statuses={setting["chair"].pk: "present"}, expected_version=1
    )
    with pytest.raises(ConcurrentEditError):
        record_attendance(
            meeting=meeting, statuses={setting["chair"].pk: "absent"}, expected_version=1
        )
    assert Attendance.objects.get().status == "present"


def test_attendance_form_has_a_fieldset_and_legend_per_current_seat(
    coordinator_client, partnership, setting
):
    meeting = setting["meeting"]
    url = reverse("meetings:meeting_attendance", args=[partnership.slug, meeting.pk])
    response = coordinator_client.get(url)
    assert response.status_code == 200
    html = response.text
    assert html.count("<fieldset") == 2
    assert html.count("<legend") == 2
    assert setting["chair"].person.full_name in html
    assert setting["former"].person.full_name not in html
    assert html.count('type="radio"') == 6
    assert f'name="seat_{setting["chair"].pk}" value="regrets"' in html


def test_coordinator_records_attendance_through_the_form(coordinator_client, partnership, setting):
    meeting = setting["meeting"]
    chair, member = setting["chair"], setting["member"]
    url = reverse("meetings:meeting_attendance", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(
        url, {"version": 1, f"seat_{chair.pk}": "present", f"seat_{member.pk}": "regrets"}
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#attendance")
    detail = coordinator_client.get(response["Location"].split("#")[0])
    assert "Regrets" in detail.text
    statuses = dict(Attendance.objects.values_list("seat_id", "status"))
    assert statuses == {chair.pk: "present", member.pk: "regrets"}


def test_an_unknown_status_is_a_field_error(coordinator_client, partnership, setting):
    meeting = setting["meeting"]
    url = reverse("meetings:meeting_attendance", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(url, {"version": 1, f"seat_{setting['chair'].pk}": "asleep"})
    assert response.status_code == 400
    assert f"seat_{setting['chair'].pk}" in response.context["form"].errors
    assert not Attendance.objects.exists()


def test_a_stale_attendance_form_shows_an_error(coordinator_client, partnership, setting):
    meeting = setting["meeting"]
    url = reverse("meetings:meeting_attendance", args=[partnership.slug, meeting.pk])
    chair = setting["chair"]
    coordinator_client.post(url, {"version": 1, f"seat_{chair.pk}": "present"})
    response = coordinator_client.post(url, {"version": 1, f"seat_{chair.pk}": "absent"})
    assert response.status_code == 400
    assert "Someone else changed this record" in response.text
    assert Attendance.objects.get().status == "present"
