"""Indicator results: the summary per priority area (computed by the database) and the paged
list of every indicator behind it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from liphub.actions.models import Indicator, Measurement
from liphub.reports.annual import (
    AnnualReport,
    IndicatorResultFigure,
    build_annual_report,
    upgrade_schema_1,
)
from liphub.reports.tests.annual_data import YEAR, Year

pytestmark = pytest.mark.django_db

LIST = "/en/p/ottawa/reports/2011-12/indicators/"


def _indicator(year: Year, activity: str, name: str, target: str | None, *values: Any) -> None:
    """An indicator of `activity` with measurements (date, value)."""
    with scopes_disabled():
        indicator = Indicator.objects.create(
            partnership=year.partnership,
            activity=year.activities[activity],
            kind="how_much",
            name_en=name,
            target=Decimal(target) if target is not None else None,
        )
        for day, value in values:
            Measurement.objects.create(
                partnership=year.partnership, indicator=indicator, date=day, value=Decimal(value)
            )


@pytest.fixture
def results_year(ottawa_year: Year) -> Year:
    """Besides "Loans granted" (economic: 60 of 80, below, 75 %) and "Patients satisfied"
    (health, no target): "Jobs found" (economic: 12 of 10 -> at or above, 120 %) and "Mentors
    trained" (economic: target 5, measured only after the year -> not measured)."""
    _indicator(ottawa_year, "mentoring", "Jobs found", "10", (dt.date(2011, 9, 1), "12"))
    _indicator(ottawa_year, "fair", "Mentors trained", "5", (dt.date(2012, 6, 1), "7"))
    return ottawa_year


def _report(year: Year, **options: Any) -> AnnualReport:
    with scope(partnership=[year.partnership.pk]):
        return build_annual_report(partnership=year.partnership, fiscal_year=YEAR, **options)


def _figures(figure: IndicatorResultFigure) -> tuple[Any, ...]:
    return (
        figure.indicators,
        figure.with_target,
        figure.at_or_above,
        figure.below,
        figure.not_measured,
        figure.average_percent,
    )


def test_results_are_summed_up_per_priority_area_against_the_target(results_year: Year) -> None:
    results = _report(results_year, indicator_list=False).indicator_results
    by_area = {figure.area_id: figure for figure in results.areas}
    economic = by_area[results_year.areas["economic"].pk]
    assert economic.name["en"] == "Economic integration"
    assert _figures(economic) == (3, 3, 1, 1, 1, 98)  # (75 + 120) / 2 = 97.5 -> 98
    assert _figures(by_area[results_year.areas["health"].pk]) == (1, 0, 0, 0, 0, None)
    assert _figures(by_area[results_year.areas["education"].pk]) == (0, 0, 0, 0, 0, None)
    assert None not in by_area  # the activity with no area has no indicator
    assert _figures(results.overall) == (4, 3, 1, 1, 1, 98)


def test_the_page_builds_the_summary_without_the_list_and_the_files_with_it(
    results_year: Year,
) -> None:
    assert _report(results_year, indicator_list=False).indicators is None
    listed = _report(results_year).indicators
    assert listed is not None
    assert [i.name["en"] for i in listed].count("Jobs found") == 1


def test_the_database_summary_matches_the_summary_worked_out_from_the_list(
    results_year: Year,
) -> None:
    """The SQL and the upgrade of format-1 reports (Python) count the same way."""
    report = _report(results_year)
    old_format = report.to_dict()
    del old_format["indicator_results"]
    old_format["schema"] = 1
    upgraded = AnnualReport.from_dict(upgrade_schema_1(old_format))
    assert upgraded.indicator_results == report.indicator_results


def test_the_list_shows_every_indicator_with_its_result(
    coordinator_client: Any, results_year: Year
) -> None:
    response = coordinator_client.get(LIST)
    assert response.status_code == 200
    content = response.content.decode()
    assert content.count("<h1>") == 1
    for name in ["Loans granted", "Patients satisfied", "Jobs found", "Mentors trained"]:
        assert name in content
    assert "2012-02-15" in content and ">75</td>" in content
    activity = reverse(
        "actions:activity_detail", args=["ottawa", results_year.activities["microloan"].pk]
    )
    assert f'href="{activity}">Activity microloan</a>' in content


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("result=met", ["Jobs found"]),
        ("result=below", ["Loans granted"]),
        ("result=not_measured", ["Mentors trained"]),
        ("result=with_target", ["Loans granted", "Jobs found", "Mentors trained"]),
        ("area={health}", ["Patients satisfied"]),
        ("area={economic}&result=below", ["Loans granted"]),
        ("area=0", []),
    ],
)
def test_the_list_filters_by_area_and_result_as_the_summary_counts(
    coordinator_client: Any, results_year: Year, query: str, names: list[str]
) -> None:
    areas = {key: area.pk for key, area in results_year.areas.items()}
    content = coordinator_client.get(f"{LIST}?{query.format(**areas)}").content.decode()
    every = ["Loans granted", "Patients satisfied", "Jobs found", "Mentors trained"]
    assert [name for name in every if f">{name}</th>" in content] == names


def test_every_summary_figure_links_to_as_many_indicators_in_the_list(
    coordinator_client: Any, results_year: Year
) -> None:
    report = _report(results_year, indicator_list=False)
    economic = next(f for f in report.indicator_results.areas if f.area_id)
    for result, expected in [("met", 1), ("below", 1), ("not_measured", 1), ("with_target", 3)]:
        response = coordinator_client.get(f"{LIST}?area={economic.area_id}&result={result}")
        assert response.context["page"].paginator.count == expected


@pytest.mark.parametrize("query", ["result=nope", "area=abc", "area=999999", "area=-1"])
def test_a_bad_filter_shows_an_error_never_a_500(
    coordinator_client: Any, ottawa_year: Year, query: str
) -> None:
    response = coordinator_client.get(f"{LIST}?{query}")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_the_list_is_paged_fifty_at_a_time(
    coordinator_client: Any, ottawa_year: Year, django_assert_max_num_queries: Any
) -> None:
    from liphub.reports.tests.test_annual import _grow

    _grow(ottawa_year, 20)  # 60 more indicators: 62 in all
    first = coordinator_client.get(LIST)
    assert first.context["page"].paginator.num_pages == 2
    assert first.content.decode().count('<tr><th scope="row">') == 50
    assert "page=2" in first.content.decode()
    second = coordinator_client.get(f"{LIST}?page=2")
    assert second.content.decode().count('<tr><th scope="row">') == 12
    # a page number out of range shows the last page, never an error
    assert coordinator_client.get(f"{LIST}?page=99").status_code == 200
    assert coordinator_client.get(f"{LIST}?page=x").status_code == 200
    with django_assert_max_num_queries(12):
        coordinator_client.get(LIST)


def test_the_list_is_read_by_every_role_and_hidden_from_other_partnerships(
    client: Any, member: Any, other_coordinator: Any, ottawa_year: Year
) -> None:
    client.force_login(member)
    assert client.get(LIST).status_code == 200
    client.force_login(other_coordinator)
    assert client.get(LIST).status_code == 404


def test_the_list_reads_in_french_and_answers_404_for_a_bad_year(
    client: Any, coordinator: Any, ottawa_year: Year
) -> None:
    client.force_login(coordinator)
    content = client.get("/fr/p/ottawa/reports/2011-12/indicators/").content.decode()
    assert "Prêts accordés" in content
    assert client.get("/en/p/ottawa/reports/nope/indicators/").status_code == 404
    long_label = client.get("/en/p/ottawa/reports/2011-2012/indicators/")
    assert long_label.status_code == 302


def test_the_summary_figures_are_frozen_with_a_submitted_report(
    coordinator_client: Any, results_year: Year
) -> None:
    coordinator_client.post("/en/p/ottawa/reports/2011-12/submit/", {"note": ""})
    from liphub.reports.models import SubmittedReport

    with scopes_disabled():
        data = SubmittedReport.objects.get().data
    assert data["schema"] == 2
    assert data["indicator_results"]["overall"]["at_or_above"] == 1
    assert len(data["indicators"]) == 4  # the list too: the XLSX of the version holds it
    assert dataclasses.asdict(AnnualReport.from_dict(data).indicator_results) == (
        dataclasses.asdict(_report(results_year).indicator_results)
    )
