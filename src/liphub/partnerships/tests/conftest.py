"""A small, realistic partnership for the representation tests (built once per test)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.partnerships.models import Sector
from liphub.partnerships.services import seed_key_sectors
from liphub.partnerships.tests.factories import (
    BodyFactory,
    OrganizationFactory,
    PartnerFactory,
    PersonFactory,
    SeatFactory,
)


def ensure_key_sectors() -> dict[str, Sector]:
    """The seeded key sectors (transactional tests flush the database: put them back)."""
    seed_key_sectors()
    return {s.code: s for s in Sector.objects.all()}


def at(on: dt.date, days_before: int) -> dt.datetime:
    day = on - dt.timedelta(days=days_before)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(18, 0)))


@dataclass
class Table:
    on: dt.date
    orgs: dict[str, Any]
    bodies: dict[str, Any]
    seats: dict[str, Any]
    sectors: dict[str, Sector]


@pytest.fixture
def council_table(partnership: Any) -> Table:
    """Ottawa with a council, a working group under it and an inactive body.

    Organizations: A (partner: settlement + health), B (partner: school boards, Francophone),
    C (partner until last year: housing), D (not a partner).
    """
    from liphub.meetings.models import Attendance, Meeting

    ON = timezone.localdate()  # noqa: N806 - the day the figures are computed for
    with scopes_disabled():
        sectors = ensure_key_sectors()
        p = partnership
        orgs = {
            "A": OrganizationFactory(partnership=p, name_en="Agency A", name_fr="Agence A"),
            "B": OrganizationFactory(
                partnership=p, name_en="Board B", name_fr="Conseil B", is_francophone=True
            ),
            "C": OrganizationFactory(partnership=p, name_en="Coop C", name_fr="Coop C"),
            "D": OrganizationFactory(partnership=p, name_en="Diner D", name_fr="Resto D"),
        }
        PartnerFactory(
            partnership=p,
            organization=orgs["A"],
            sectors=[sectors["settlement"], sectors["health"]],
        )
        PartnerFactory(partnership=p, organization=orgs["B"], sectors=[sectors["school_boards"]])
        PartnerFactory(
            partnership=p,
            organization=orgs["C"],
            sectors=[sectors["housing"]],
            until=ON - dt.timedelta(days=200),
        )
        council = BodyFactory(partnership=p, name_en="Council", name_fr="Conseil")
        group = BodyFactory(
            partnership=p,
            kind="working_group",
            name_en="Working group",
            name_fr="Groupe de travail",
            parent=council,
        )
        old = BodyFactory(partnership=p, name_en="Old", name_fr="Ancien", is_active=False)

        def seat(body: Any, org: str, **extra: Any) -> Any:
            return SeatFactory(
                partnership=p,
                body=body,
                organization=orgs[org],
                person=PersonFactory(partnership=p),
                term_start=dt.date(2024, 1, 1),
                **extra,
            )

        seats = {
            "p1": seat(council, "A", is_immigrant_representative=True),
            "p2": seat(council, "B"),
            "p3": seat(council, "C"),
            "p4": seat(council, "A", term_end=ON - dt.timedelta(days=10)),
            "p5": seat(council, "D", is_francophone=True),
            "p6": seat(group, "B", is_immigrant_representative=True),
            "p7": seat(old, "A"),
        }

        def meeting(body: Any, days_before: int, statuses: dict[str, str]) -> None:
            m = Meeting.objects.create(
                partnership=p, body=body, title_en="Meeting", starts_at=at(ON, days_before)
            )
            for key, status in statuses.items():
                Attendance.objects.create(partnership=p, meeting=m, seat=seats[key], status=status)

        meeting(council, 30, {"p1": "present", "p2": "regrets", "p3": "absent", "p4": "present"})
        meeting(council, 60, {"p1": "present", "p2": "present"})
        meeting(council, 400, {"p1": "absent"})  # older than 12 months
        meeting(council, -10, {"p1": "absent"})  # not held yet
        meeting(group, 10, {"p6": "present"})
    return Table(
        on=ON,
        orgs=orgs,
        bodies={"council": council, "group": group, "old": old},
        seats=seats,
        sectors=sectors,
    )
