"""A small, realistic fiscal year 2011-12 of the Ottawa partnership for the annual report tests.

Every figure the tests expect is worked out by hand in the docstring of `ottawa_year`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.actions.models import (
    ActionPlan,
    Activity,
    Indicator,
    Measurement,
    SuccessStory,
)
from liphub.meetings.models import Attendance, Meeting
from liphub.partnerships.models import Body, Organization, Partner, Person, Seat, Sector
from liphub.resources.models import Contribution
from liphub.strategy.models import Goal, PriorityArea, Strategy

YEAR = 2011


def at(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(18, 0)))


@dataclass
class Year:
    partnership: Any
    orgs: dict[str, Organization]
    areas: dict[str, PriorityArea]
    activities: dict[str, Activity]
    indicators: dict[str, Indicator]
    bodies: dict[str, Body]
    contributions: dict[str, Contribution]
    story: SuccessStory


def build_year(partnership: Any, *, prefix: str = "") -> Year:
    """Build the year (call inside `scopes_disabled()`)."""
    p = partnership
    sectors = {s.code: s for s in Sector.objects.all()}

    def org(key: str, name_en: str, name_fr: str, **extra: Any) -> Organization:
        return Organization.objects.create(
            partnership=p, name_en=f"{prefix}{name_en}", name_fr=f"{prefix}{name_fr}", **extra
        )

    orgs = {
        "A": org("A", "Agency A", "Agence A"),
        "B": org("B", "Board B", "Conseil B", is_francophone=True),
        "C": org("C", "Coop C", "Coop C"),
        "D": org("D", "Diner D", "Resto D"),
        "E": org("E", "Eagle E", "Aigle E"),
    }

    def partner(key: str, codes: list[str], **extra: Any) -> None:
        partner = Partner.objects.create(partnership=p, organization=orgs[key], **extra)
        partner.sectors.set([sectors[code] for code in codes])

    partner("A", ["settlement", "health"], since=dt.date(2009, 1, 1))
    partner("B", ["school_boards"], since=dt.date(2011, 9, 1))
    partner("C", ["housing"], since=dt.date(2008, 1, 1), until=dt.date(2011, 3, 1))  # left
    partner("E", [], since=dt.date(2010, 1, 1))  # no sector recorded

    strategy = Strategy.objects.create(
        partnership=p,
        title_en="Ottawa Immigration Strategy",
        period_start=dt.date(2011, 4, 1),
        period_end=dt.date(2016, 3, 31),
    )
    areas = {
        "economic": PriorityArea.objects.create(
            partnership=p,
            strategy=strategy,
            name_en="Economic integration",
            name_fr="Intégration économique",
            order=1,
        ),
        "health": PriorityArea.objects.create(
            partnership=p,
            strategy=strategy,
            name_en="Health and wellbeing",
            name_fr="Santé et bien-être",
            order=2,
        ),
        "education": PriorityArea.objects.create(
            partnership=p, strategy=strategy, name_en="Education", name_fr="Éducation", order=3
        ),
    }
    goals = {
        key: Goal.objects.create(partnership=p, priority_area=area, title_en=f"Goal {key}")
        for key, area in areas.items()
    }
    plan = ActionPlan.objects.create(partnership=p, strategy=strategy, fiscal_year=YEAR)
    other_plan = ActionPlan.objects.create(partnership=p, strategy=strategy, fiscal_year=YEAR + 1)

    def activity(key: str, goal: str | None, status: str, **extra: Any) -> Activity:
        return Activity.objects.create(
            partnership=p,
            plan=extra.pop("plan", plan),
            goal=goals[goal] if goal else None,
            title_en=f"Activity {key}",
            title_fr=f"Activité {key}",
            status=status,
            **extra,
        )

    activities = {
        "microloan": activity(
            "microloan",
            "economic",
            "completed",
            lead_organization=orgs["A"],
            start_date=dt.date(2011, 5, 1),
            end_date=dt.date(2012, 2, 1),
        ),
        "mentoring": activity("mentoring", "economic", "completed"),
        "fair": activity("fair", "economic", "planned"),
        "clinic": activity("clinic", "health", "delayed", lead_organization=orgs["B"]),
        "orphan": activity("orphan", None, "in_progress"),
        "next_year": activity("next_year", "economic", "planned", plan=other_plan),
    }
    indicators = {
        "loans": Indicator.objects.create(
            partnership=p,
            activity=activities["microloan"],
            kind="how_much",
            name_en="Loans granted",
            name_fr="Prêts accordés",
            unit="loans",
            baseline=Decimal("10"),
            target=Decimal("80"),
        ),
        "satisfaction": Indicator.objects.create(
            partnership=p,
            activity=activities["clinic"],
            kind="how_well",
            name_en="Patients satisfied",
            name_fr="Patients satisfaits",
            unit="%",
        ),
    }
    for day, value in [
        (dt.date(2011, 6, 1), "20"),
        (dt.date(2012, 2, 15), "60"),  # the latest within the year: 60 of 80 = 75 %
        (dt.date(2012, 5, 1), "90"),  # after the year: ignored
    ]:
        Measurement.objects.create(
            partnership=p, indicator=indicators["loans"], date=day, value=Decimal(value)
        )

    council = Body.objects.create(
        partnership=p, kind="council", name_en="Partnership Council", name_fr="Conseil du PLI"
    )
    group = Body.objects.create(
        partnership=p,
        kind="working_group",
        name_en="Health group",
        name_fr="Groupe santé",
        parent=council,
    )

    def seat(body: Body, key: str, **extra: Any) -> Seat:
        person = Person.objects.create(partnership=p, full_name=f"Person {key}")
        return Seat.objects.create(
            partnership=p, body=body, person=person, organization=orgs[key], **extra
        )

    seats = {
        "chair": seat(council, "A", role="chair", is_immigrant_representative=True),
        "member": seat(council, "B", role="member"),
        "co_chair": seat(council, "D", role="co_chair", is_francophone=True),
        "old": seat(council, "C", role="member", term_end=dt.date(2011, 1, 31)),
        "group": seat(group, "A", role="member"),
    }

    def meeting(body: Body, day: dt.date, statuses: dict[str, str]) -> None:
        m = Meeting.objects.create(partnership=p, body=body, title_en="Meeting", starts_at=at(day))
        for key, status in statuses.items():
            Attendance.objects.create(partnership=p, meeting=m, seat=seats[key], status=status)

    meeting(council, dt.date(2011, 6, 10), {"chair": "present", "member": "regrets"})
    meeting(council, dt.date(2012, 1, 20), {"chair": "present", "member": "present"})
    meeting(council, dt.date(2012, 3, 31), {"co_chair": "absent"})
    meeting(council, dt.date(2012, 4, 2), {"chair": "absent"})  # next fiscal year
    meeting(group, dt.date(2011, 10, 5), {"group": "present"})

    contributions = {
        "a_cash": Contribution.objects.create(
            partnership=p,
            source_organization=orgs["A"],
            kind="cash",
            amount=Decimal("5000"),
            fiscal_year=YEAR,
        ),
        "a_kind": Contribution.objects.create(
            partnership=p,
            source_organization=orgs["A"],
            kind="in_kind",
            amount=Decimal("2500.50"),
            fiscal_year=YEAR,
        ),
        "city": Contribution.objects.create(
            partnership=p,
            source_name="City of Ottawa",
            kind="cash",
            amount=Decimal("10000"),
            fiscal_year=YEAR,
        ),
        "old": Contribution.objects.create(
            partnership=p,
            source_organization=orgs["B"],
            kind="cash",
            amount=Decimal("999"),
            fiscal_year=YEAR - 1,
        ),
    }
    story = SuccessStory.objects.create(
        partnership=p,
        activity=activities["microloan"],
        fiscal_year=YEAR,
        title_en="A first loan, a first shop",
        title_fr="Un premier prêt, une première boutique",
        text_en="Amina opened her bakery.",
        text_fr="Amina a ouvert sa boulangerie.",
    )
    return Year(
        partnership=p,
        orgs=orgs,
        areas=areas,
        activities=activities,
        indicators=indicators,
        bodies={"council": council, "group": group},
        contributions=contributions,
        story=story,
    )


@pytest.fixture
def ottawa_year(partnership: Any) -> Year:
    """Ottawa's 2011-12, with these figures:

    - partners active in the year: A (settlement, health), B (school boards, joined Sept.),
      E (no sector) = 3; C left in March 2011 (before the year);
    - council: 3 seats in the year (chair A immigrant rep, member B Francophone org, co-chair
      D Francophone rep; C's seat ended Jan. 2011) -> 2 Francophone reps, 1 immigrant rep;
      health group: 1 seat;
    - meetings in the year: council 3 (present 3, regrets 1, absent 1 -> 60 %), group 1
      (present 1 -> 100 %); overall 4 meetings, 4 of 6 present -> 67 %;
    - activities 2011: economic 2 completed + 1 planned, health 1 delayed, none 1 in progress;
      education 0 = 5 activities;
    - indicator "Loans granted": baseline 10, target 80, latest in the year 60 (2012-02-15)
      -> 75 % of target; "Patients satisfied": no target, no measurement;
    - contributions 2011: cash 15,000.00, in-kind 2,500.50 (the 2010 one is not counted);
      by source: City of Ottawa 10,000 cash; Agency A 5,000 cash + 2,500.50 in-kind;
      by sector: settlement and health 5,000 + 2,500.50 each; no partner sector 10,000;
    - one success story, tied to the microloan activity.
    """
    with scopes_disabled():
        return build_year(partnership)
