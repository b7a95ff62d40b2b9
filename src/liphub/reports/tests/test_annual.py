"""The annual report's figures, built from the records of a fiscal year."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from django_scopes import scope, scopes_disabled

from liphub.reports.annual import AnnualReport, build_annual_report, pick
from liphub.reports.tests.annual_data import YEAR, Year, build_year

pytestmark = pytest.mark.django_db


def _build(year: Year) -> AnnualReport:
    with scope(partnership=[year.partnership.pk]):
        return build_annual_report(partnership=year.partnership, fiscal_year=YEAR)


def test_membership_counts_partners_active_during_the_year_per_sector(ottawa_year: Year) -> None:
    report = _build(ottawa_year)
    sectors = {s.code: s.partners for s in report.membership.sectors}
    assert report.membership.partners == 3
    assert report.membership.partners_without_sector == 1
    assert sectors["settlement"] == 1
    assert sectors["health"] == 1
    assert sectors["school_boards"] == 1
    assert sectors["housing"] == 0  # C left before the year began
    assert all(s.is_key for s in report.membership.sectors)


def test_bodies_count_seats_held_during_the_year_by_role(ottawa_year: Year) -> None:
    report = _build(ottawa_year)
    council = next(b for b in report.bodies if b.body_id == ottawa_year.bodies["council"].pk)
    assert (council.seats, council.chairs, council.co_chairs, council.members) == (3, 1, 1, 1)
    assert council.immigrant_representatives == 1
    assert council.francophone_representatives == 2  # a Francophone seat and organization
    group = next(b for b in report.bodies if b.body_id == ottawa_year.bodies["group"].pk)
    assert group.seats == 1


def test_meetings_and_attendance_cover_the_fiscal_year_only(ottawa_year: Year) -> None:
    report = _build(ottawa_year)
    by_body = {f.body_id: f for f in report.attendance.bodies}
    council = by_body[ottawa_year.bodies["council"].pk]
    assert (council.meetings, council.present, council.regrets, council.absent) == (3, 3, 1, 1)
    assert council.rate_percent == 60
    assert by_body[ottawa_year.bodies["group"].pk].rate_percent == 100
    overall = report.attendance.overall
    assert (overall.meetings, overall.present, overall.recorded) == (4, 4, 6)
    assert overall.rate_percent == 67


def test_activities_are_counted_per_priority_area_and_status(ottawa_year: Year) -> None:
    report = _build(ottawa_year)
    areas = {pick(a.name, "en") if a.area_id else None: a for a in report.areas}
    assert list(areas) == ["Economic integration", "Health and wellbeing", "Education", None]
    assert areas["Economic integration"].statuses["completed"] == 2
    assert areas["Economic integration"].statuses["planned"] == 1
    assert areas["Economic integration"].total == 3
    assert areas["Health and wellbeing"].statuses["delayed"] == 1
    assert areas["Education"].total == 0
    assert areas[None].statuses["in_progress"] == 1
    assert report.activity_count == 5  # next year's activity is not in this report
    microloan = next(
        a for a in report.activities if a.activity_id == ottawa_year.activities["microloan"].pk
    )
    assert microloan.lead == {"en": "Agency A", "fr": "Agence A"}
    assert microloan.status == "completed"
    assert str(microloan.start) == "2011-05-01"


def test_indicator_results_use_the_latest_measurement_within_the_year(
    ottawa_year: Year,
) -> None:
    report = _build(ottawa_year)
    loans = next(i for i in report.indicators if i.name["en"] == "Loans granted")
    assert loans.baseline == Decimal("10")
    assert loans.target == Decimal("80")
    assert loans.latest == Decimal("60")
    assert str(loans.latest_date) == "2012-02-15"
    assert loans.percent_of_target == 75
    unmeasured = next(i for i in report.indicators if i.name["en"] == "Patients satisfied")
    assert unmeasured.latest is None
    assert unmeasured.percent_of_target is None


def test_contributions_are_totalled_by_type_source_and_sector(ottawa_year: Year) -> None:
    money = _build(ottawa_year).contributions
    assert money.count == 3
    assert money.cash == Decimal("15000.00")
    assert money.in_kind == Decimal("2500.50")
    sources = {pick(s.name, "en"): (s.cash, s.in_kind) for s in money.by_source}
    assert sources == {
        "City of Ottawa": (Decimal("10000.00"), Decimal("0.00")),
        "Agency A": (Decimal("5000.00"), Decimal("2500.50")),
    }
    sectors = {s.key: (s.cash, s.in_kind) for s in money.by_sector}
    assert sectors["settlement"] == (Decimal("5000.00"), Decimal("2500.50"))
    assert sectors["health"] == (Decimal("5000.00"), Decimal("2500.50"))
    assert sectors[""] == (Decimal("10000.00"), Decimal("0.00"))
    assert money.by_sector[-1].key == ""  # "no partner sector" comes last


def test_success_stories_of_the_year_come_with_their_activity(ottawa_year: Year) -> None:
    report = _build(ottawa_year)
    (story,) = report.stories
    assert story.title["fr"] == "Un premier prêt, une première boutique"
    assert story.activity_id == ottawa_year.activities["microloan"].pk
    assert story.activity["en"] == "Activity microloan"


def test_the_report_survives_a_json_round_trip_unchanged(ottawa_year: Year) -> None:
    report = _build(ottawa_year)
    frozen = json.loads(json.dumps(report.to_dict()))
    assert AnnualReport.from_dict(frozen) == report
    assert AnnualReport.from_dict(frozen).to_dict() == report.to_dict()


def test_another_partnerships_records_never_count(
    ottawa_year: Year, other_partnership: Any
) -> None:
    with scopes_disabled():
        build_year(other_partnership, prefix="K ")
    report = _build(ottawa_year)
    assert report.membership.partners == 3
    assert report.contributions.cash == Decimal("15000.00")
    assert report.activity_count == 5


def test_a_year_without_records_gives_an_empty_report(partnership: Any) -> None:
    with scope(partnership=[partnership.pk]):
        report = build_annual_report(partnership=partnership, fiscal_year=1999)
    assert report.activities == []
    assert report.contributions.total == Decimal("0.00")
    assert report.attendance.overall.rate_percent is None


def _grow(year: Year, times: int) -> None:
    """More activities, indicators, measurements, meetings and contributions."""
    import datetime as dt

    from liphub.actions.models import Activity, Indicator, Measurement
    from liphub.resources.models import Contribution

    p = year.partnership
    plan = year.activities["microloan"].plan
    with scopes_disabled():
        for n in range(times):
            activity = Activity.objects.create(
                partnership=p,
                plan=plan,
                goal=year.activities["clinic"].goal,
                title_en=f"More {n}",
                lead_organization=year.orgs["D"],
            )
            for k in range(3):
                indicator = Indicator.objects.create(
                    partnership=p, activity=activity, kind="how_much", target=Decimal("10")
                )
                for month in (5, 9, 12):
                    Measurement.objects.create(
                        partnership=p,
                        indicator=indicator,
                        date=dt.date(2011, month, 1 + k),
                        value=Decimal(month),
                    )
            Contribution.objects.create(
                partnership=p,
                source_organization=year.orgs["B"],
                kind="cash",
                amount=Decimal("1"),
                fiscal_year=YEAR,
            )


def test_building_runs_a_fixed_number_of_queries_whatever_the_size(
    ottawa_year: Year, django_assert_max_num_queries: Any
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        _build(ottawa_year)
    _grow(ottawa_year, 30)
    with django_assert_max_num_queries(len(small.captured_queries)):
        report = _build(ottawa_year)
    assert report.activity_count == 35
    assert len(report.indicators) == 2 + 90
