"""List pages run a fixed number of queries, however many rows they show."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.partnerships import services
from liphub.partnerships.models import Sector
from liphub.partnerships.tests.factories import (
    BodyFactory,
    OrganizationFactory,
    PartnerFactory,
    PersonFactory,
    SeatFactory,
)

pytestmark = pytest.mark.django_db

LIST_PAGES = ["dashboard", "organization_list", "person_list", "body_list", "representation"]


def _grow(partnership: Any, n: int) -> None:
    """Add n partners, each with sectors, a contact, a body under the first one and a seat with
    attendance."""
    from liphub.meetings.models import Attendance, Meeting

    with scopes_disabled():
        sectors = list(Sector.objects.all()[:3])
        root = BodyFactory(partnership=partnership)
        for _ in range(n):
            organization = OrganizationFactory(partnership=partnership, name_fr="")
            PartnerFactory(partnership=partnership, organization=organization, sectors=sectors)
            person = PersonFactory(partnership=partnership, organization=organization)
            body = BodyFactory(partnership=partnership, parent=root)
            seat = SeatFactory(
                partnership=partnership,
                body=body,
                person=person,
                organization=organization,
                term_start=dt.date(2024, 1, 1),
            )
            meeting = Meeting.objects.create(
                partnership=partnership,
                body=body,
                title_en="Meeting",
                starts_at=timezone.now() - dt.timedelta(days=20),
            )
            Attendance.objects.create(
                partnership=partnership, meeting=meeting, seat=seat, status="present"
            )
            services.update_organization(
                organization=organization,
                expected_version=organization.version,
                name_en=f"{organization.name_en} renamed",
            )


def _count(client: Any, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", [*LIST_PAGES, "audit_log"])
def test_list_pages_do_not_grow_with_rows(coordinator_client, partnership, name):
    path = reverse(f"partnerships:{name}", args=["ottawa"])
    _grow(partnership, 1)
    few = _count(coordinator_client, path)
    _grow(partnership, 3)  # the audit trail still fits on its first page
    many = _count(coordinator_client, path)
    assert many == few


def test_organization_list_query_budget(
    coordinator_client, partnership, django_assert_max_num_queries
):
    _grow(partnership, 5)
    with django_assert_max_num_queries(12):
        coordinator_client.get(reverse("partnerships:organization_list", args=["ottawa"]))


def test_body_detail_does_not_grow_with_seats(coordinator_client, partnership):
    with scopes_disabled():
        body = BodyFactory(partnership=partnership)
        for _ in range(2):
            SeatFactory(
                partnership=partnership,
                body=body,
                organization=OrganizationFactory(partnership=partnership),
            )
    path = reverse("partnerships:body_detail", args=["ottawa", body.pk])
    few = _count(coordinator_client, path)
    with scopes_disabled():
        for _ in range(6):
            SeatFactory(
                partnership=partnership,
                body=body,
                organization=OrganizationFactory(partnership=partnership),
            )
    assert _count(coordinator_client, path) == few
