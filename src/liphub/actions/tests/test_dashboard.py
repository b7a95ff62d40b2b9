"""The coordinator dashboard: activities on track, late and done by priority area,
indicators against target (counts by area and the ones furthest below target), overdue
follow-ups, upcoming end dates and plan quality counts, in a fixed number of queries; and
the paginated list of every indicator behind those figures."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.actions import quality, selectors
from liphub.actions.selectors import DASHBOARD_ROWS
from liphub.actions.tests.factories import (
    ActivityFactory,
    IndicatorFactory,
    MeasurementFactory,
    PlanFactory,
)
from liphub.core.fiscal import fiscal_year_label, fiscal_year_of
from liphub.meetings.tests.factories import FollowUpFactory, MeetingFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2012, 1, 15)


def test_activities_are_counted_on_track_late_and_done_by_priority_area(setup):
    economic, health = setup.goals["jobs"], setup.goals["health"]
    with scopes_disabled():
        plan = setup.plan
        ActivityFactory(plan=plan, goal=economic, status="in_progress", end_date=TODAY)
        ActivityFactory(plan=plan, goal=economic, status="planned")
        ActivityFactory(plan=plan, goal=economic, status="delayed")
        ActivityFactory(
            plan=plan, goal=economic, status="in_progress", end_date=dt.date(2012, 1, 1)
        )
        ActivityFactory(plan=plan, goal=health, status="completed", end_date=dt.date(2011, 5, 1))
        ActivityFactory(plan=plan, goal=health, status="cancelled")
        ActivityFactory(plan=plan, status="planned", end_date=dt.date(2012, 2, 1))
        summary = selectors.get_dashboard(plan=plan, today=TODAY)
    rows = [
        (str(r.area) if r.area else None, r.on_track, r.late, r.done, r.cancelled)
        for r in summary.areas
    ]
    assert rows == [
        ("Economic integration", 2, 2, 0, 0),
        ("Health and wellbeing", 0, 0, 1, 1),
        (None, 1, 0, 0, 0),
    ]
    assert [a.end_date for a in summary.upcoming] == [TODAY, dt.date(2012, 2, 1)]


def test_indicators_are_counted_met_below_and_not_measured_by_priority_area(
    setup, other_partnership
):
    jobs, health = setup.goals["jobs"], setup.goals["health"]
    with scopes_disabled():
        economic = ActivityFactory(plan=setup.plan, goal=jobs)
        # the latest measurement counts, not the best one
        below = IndicatorFactory(activity=economic, target=200)
        MeasurementFactory(indicator=below, date=dt.date(2011, 6, 1), value=250)
        MeasurementFactory(indicator=below, date=dt.date(2011, 12, 1), value=150)
        met = IndicatorFactory(activity=economic, target=100)
        MeasurementFactory(indicator=met, date=dt.date(2011, 6, 1), value=100)
        IndicatorFactory(activity=economic, target=10)  # not measured
        no_target = IndicatorFactory(activity=economic, target=None)
        MeasurementFactory(indicator=no_target, value=3)
        wellbeing = ActivityFactory(plan=setup.plan, goal=health)
        # two measurements the same day: the one recorded last counts
        tie = IndicatorFactory(activity=wellbeing, target=50)
        MeasurementFactory(indicator=tie, date=dt.date(2011, 9, 1), value=60)
        MeasurementFactory(indicator=tie, date=dt.date(2011, 9, 1), value=40)
        cancelled = ActivityFactory(plan=setup.plan, goal=health, status="cancelled")
        IndicatorFactory(activity=cancelled, target=10)  # left out
        loose = IndicatorFactory(activity=ActivityFactory(plan=setup.plan), target=5)
        MeasurementFactory(indicator=loose, value=7)
        elsewhere = PlanFactory(partnership=other_partnership)
        IndicatorFactory(activity=ActivityFactory(plan=elsewhere), target=10)
        summary = selectors.get_dashboard(plan=setup.plan, today=TODAY)
        checks = {check.key: check.count for check in quality.count_checks(setup.plan, TODAY)}
    rows = [
        (str(r.area) if r.area else None, r.with_target, r.met, r.below, r.not_measured)
        for r in summary.indicator_areas
    ]
    assert rows == [
        ("Economic integration", 3, 1, 1, 1),
        ("Health and wellbeing", 1, 0, 1, 0),
        (None, 1, 1, 0, 0),
    ]
    totals = summary.indicator_totals
    assert (totals.with_target, totals.met, totals.below, totals.not_measured) == (5, 2, 2, 1)
    assert checks["target_without_measurement"] == totals.not_measured


def test_the_indicators_furthest_below_target_come_first_with_a_sparkline(setup):
    with scopes_disabled():
        activity = ActivityFactory(plan=setup.plan, goal=setup.goals["jobs"])
        for name, values in [
            ("Half way", [20, 50]),
            ("Nearly there", [90]),
            ("Far behind", [5, 10]),
            ("Done", [120]),
        ]:
            indicator = IndicatorFactory(activity=activity, name_en=name, target=100)
            for day, value in enumerate(values, start=1):
                MeasurementFactory(indicator=indicator, date=dt.date(2011, 5, day), value=value)
        IndicatorFactory(activity=activity, name_en="Never measured", target=100)
        rows = selectors.list_furthest_below_target(plan=setup.plan, limit=2)
    assert [(r.indicator.name_en, r.latest_value, r.percent_of_target) for r in rows] == [
        ("Far behind", 10, 10),
        ("Half way", 50, 50),
    ]
    assert rows[0].latest_date == dt.date(2011, 5, 2)
    assert rows[0].chart.startswith('<svg class="sparkline" role="img"')
    assert "polyline" in rows[0].chart


def test_the_dashboard_shows_indicator_figures_not_every_indicator(coordinator_client, setup):
    with scopes_disabled():
        activity = ActivityFactory(plan=setup.plan, goal=setup.goals["jobs"])
        for n in range(DASHBOARD_ROWS + 5):
            indicator = IndicatorFactory(activity=activity, name_en=f"Measure {n:02}", target=100)
            MeasurementFactory(indicator=indicator, value=n)
    response = coordinator_client.get(
        reverse("actions:dashboard", args=["ottawa"]), {"year": "2011-12"}
    )
    text = response.text
    assert "Measure 00" in text and f"Measure {DASHBOARD_ROWS - 1:02}" in text
    assert f"Measure {DASHBOARD_ROWS:02}" not in text
    assert text.count('<svg class="sparkline"') == DASHBOARD_ROWS
    assert (
        reverse("actions:indicator_list", args=["ottawa"]) + "?year=2011-12&amp;state=below" in text
    )


def test_overdue_follow_ups_are_the_open_ones_past_due(setup, partnership, other_partnership):
    with scopes_disabled():
        meeting = MeetingFactory(partnership=partnership)
        FollowUpFactory(meeting=meeting, description_en="Late", due_date=dt.date(2012, 1, 1))
        FollowUpFactory(
            meeting=meeting, description_en="Done", due_date=dt.date(2012, 1, 1), status="done"
        )
        FollowUpFactory(meeting=meeting, description_en="Later", due_date=dt.date(2012, 2, 1))
        FollowUpFactory(
            meeting=MeetingFactory(partnership=other_partnership),
            description_en="Kingston's",
            due_date=dt.date(2012, 1, 1),
        )
        summary = selectors.get_dashboard(plan=setup.plan, today=TODAY)
    assert [f.description_en for f in summary.overdue_follow_ups] == ["Late"]
    assert summary.overdue_count == 1


def test_the_dashboard_lists_the_oldest_overdue_follow_ups_and_counts_them_all(setup, partnership):
    with scopes_disabled():
        meeting = MeetingFactory(partnership=partnership)
        for n in range(DASHBOARD_ROWS + 2):
            FollowUpFactory(meeting=meeting, due_date=dt.date(2011, 12, 1) + dt.timedelta(days=n))
        summary = selectors.get_dashboard(plan=setup.plan, today=TODAY)
    assert summary.overdue_count == DASHBOARD_ROWS + 2
    assert len(summary.overdue_follow_ups) == DASHBOARD_ROWS
    assert summary.overdue_follow_ups[0].due_date == dt.date(2011, 12, 1)


def test_the_dashboard_counts_plan_quality_checks_without_listing_them(coordinator_client, setup):
    with scopes_disabled():
        ActivityFactory(plan=setup.plan, title_en="Leaderless", lead_organization=None)
    response = coordinator_client.get(
        reverse("actions:dashboard", args=["ottawa"]), {"year": "2011-12"}
    )
    checks = {check.key: check.count for check in response.context["checks"]}
    assert checks["no_lead"] == 1 and checks["no_indicator"] == 1
    assert "Activities with no lead organization" in response.text
    assert "Leaderless" not in response.text
    plan_page = reverse("actions:plan_detail", args=["ottawa", setup.plan.pk])
    assert f'href="{plan_page}#check-no_lead"' in response.text


def test_the_indicator_list_pages_through_every_indicator_fifty_at_a_time(
    coordinator_client, setup
):
    with scopes_disabled():
        activity = ActivityFactory(plan=setup.plan, goal=setup.goals["jobs"])
        for n in range(55):
            IndicatorFactory(activity=activity, name_en=f"Measure {n:02}", target=100)
    url = reverse("actions:indicator_list", args=["ottawa"])
    first = coordinator_client.get(url, {"year": "2011-12"})
    assert len(first.context["rows"]) == 50
    assert "Page 1 of 2" in first.text
    assert "?year=2011-12&amp;page=2" in first.text
    second = coordinator_client.get(url, {"year": "2011-12", "page": 2})
    assert [r.indicator.name_en for r in second.context["rows"]] == [
        f"Measure {n}" for n in range(50, 55)
    ]
    assert coordinator_client.get(url, {"year": "2011-12", "page": "x"}).status_code == 200


def test_the_indicator_list_narrows_to_an_area_and_a_state(coordinator_client, setup):
    with scopes_disabled():
        jobs = ActivityFactory(plan=setup.plan, goal=setup.goals["jobs"])
        met = IndicatorFactory(activity=jobs, name_en="Jobs met", target=10)
        MeasurementFactory(indicator=met, value=10)
        IndicatorFactory(activity=jobs, name_en="Jobs unmeasured", target=10)
        health = ActivityFactory(plan=setup.plan, goal=setup.goals["health"])
        below = IndicatorFactory(activity=health, name_en="Health below", target=10)
        MeasurementFactory(indicator=below, value=2)
    url = reverse("actions:indicator_list", args=["ottawa"])

    def names(**query):
        response = coordinator_client.get(url, {"year": "2011-12", **query})
        assert response.status_code == 200
        return [row.indicator.name_en for row in response.context["rows"]]

    economic = setup.areas["economic"].pk
    assert names() == ["Jobs met", "Jobs unmeasured", "Health below"]
    assert names(area=economic) == ["Jobs met", "Jobs unmeasured"]
    assert names(area=economic, state="not_measured") == ["Jobs unmeasured"]
    assert names(state="below") == ["Health below"]
    assert names(state="met") == ["Jobs met"]
    assert names(area="none") == []
    assert names(area="garbage", state="nonsense") == names()


def test_the_dashboard_shows_the_current_years_plan_or_the_chosen_one(coordinator_client, setup):
    this_year = fiscal_year_of(timezone.localdate())
    with scopes_disabled():
        PlanFactory(partnership=setup.plan.partnership, fiscal_year=this_year)
    page = reverse("actions:dashboard", args=["ottawa"])
    assert coordinator_client.get(page).context["plan"].fiscal_year == this_year
    chosen = coordinator_client.get(page, {"year": "2011-12"})
    assert chosen.context["plan"] == setup.plan
    assert f'value="{fiscal_year_label(this_year)}"' in chosen.text
    assert coordinator_client.get(page, {"year": "garbage"}).status_code == 200


def test_the_dashboard_without_any_plan_invites_to_create_one(coordinator_client, partnership):
    response = coordinator_client.get(reverse("actions:dashboard", args=["ottawa"]))
    assert response.status_code == 200
    assert "No action plan yet." in response.text


def fill(setup, count):
    today = timezone.localdate()
    meeting = MeetingFactory(partnership=setup.plan.partnership)
    goals = list(setup.goals.values())
    for n in range(count):
        activity = ActivityFactory(
            plan=setup.plan,
            goal=goals[n % 2],
            lead_organization=setup.orgs["city"] if n % 3 else None,
            status=["planned", "in_progress", "delayed", "completed"][n % 4],
            start_date=today - dt.timedelta(days=200),
            end_date=today + dt.timedelta(days=n - 5),
        )
        activity.supporting_organizations.set([setup.orgs["chc"]])
        indicator = IndicatorFactory(activity=activity, target=100)
        for m in range(3):
            MeasurementFactory(indicator=indicator, date=today - dt.timedelta(days=m), value=m * 10)
        FollowUpFactory(meeting=meeting, due_date=today - dt.timedelta(days=1))


@pytest.mark.parametrize(
    "page", ["actions:dashboard", "actions:indicator_list", "actions:plan_detail"]
)
def test_pages_run_a_fixed_number_of_queries_whatever_the_size(
    coordinator_client, setup, django_assert_max_num_queries, page
):
    if page == "actions:plan_detail":
        url = reverse(page, args=["ottawa", setup.plan.pk])
    else:
        url = reverse(page, args=["ottawa"]) + "?year=2011-12"
    with scopes_disabled():
        fill(setup, 10)
    coordinator_client.get(url)  # warm the session and caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        assert coordinator_client.get(url).status_code == 200
    with scopes_disabled():
        fill(setup, 40)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = coordinator_client.get(url)
    assert response.status_code == 200


def test_members_see_the_dashboard_without_edit_links(client, member, setup):
    client.force_login(member)
    response = client.get(reverse("actions:dashboard", args=["ottawa"]), {"year": "2011-12"})
    assert response.status_code == 200
    assert "New activity" not in response.text


def test_the_dashboard_rows_read_in_french_with_fallback_notes(client, coordinator, setup):
    with scopes_disabled():
        activity = ActivityFactory(
            plan=setup.plan, goal=setup.goals["jobs"], title_en="Job fair", title_fr=""
        )
        indicator = IndicatorFactory(
            activity=activity, name_en="Hires", name_fr="Embauches", target=100, unit="%"
        )
        MeasurementFactory(indicator=indicator, date=dt.date(2011, 5, 2), value="12.75")
    client.force_login(coordinator)
    text = client.get(
        reverse("actions:dashboard", args=["ottawa"]).replace("/en/", "/fr/"), {"year": "2011-12"}
    ).text
    detail = reverse("actions:activity_detail", args=["ottawa", activity.pk]).replace(
        "/en/", "/fr/"
    )
    assert '<th scope="row">Embauches</th>' in text
    # the activity has no French title: the English one, marked, as the tr tag does
    assert f'<a href="{detail}#indicator-{indicator.pk}"><span lang="en">Job fair</span>' in text
    assert "Available in English only." not in text  # translated note
    assert "12,75 %" in text  # the latest value with the French decimal mark
    assert "13 %" in text  # its share of the target
