"""Each plan quality check flags what it should and nothing else."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.actions import quality
from liphub.actions.tests.factories import ActivityFactory, IndicatorFactory, MeasurementFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2012, 1, 15)


def titles(items):
    return sorted(str(item.title_en) for item in items)


@pytest.fixture
def unscoped_setup(setup):
    with scopes_disabled():
        yield setup


def complete(setup, **extra):
    """An activity that passes every check unless `extra` breaks one."""
    values = {
        "plan": setup.plan,
        "lead_organization": setup.orgs["city"],
        "start_date": dt.date(2011, 12, 1),
        "end_date": dt.date(2012, 3, 31),
        "status": "in_progress",
        **extra,
    }
    activity = ActivityFactory(**values)
    IndicatorFactory(activity=activity)
    return activity


def test_a_complete_activity_passes_every_check(unscoped_setup):
    complete(unscoped_setup, title_en="Fine")
    assert all(check.count == 0 for check in quality.run_checks(unscoped_setup.plan, TODAY))


def test_activities_with_no_lead_are_flagged_unless_cancelled(unscoped_setup):
    complete(unscoped_setup, title_en="No lead", lead_organization=None)
    complete(unscoped_setup, title_en="Cancelled", lead_organization=None, status="cancelled")
    flagged = quality.activities_without_lead(unscoped_setup.plan, TODAY)
    assert titles(flagged) == ["No lead"]


def test_activities_with_no_indicator_are_flagged(unscoped_setup):
    complete(unscoped_setup, title_en="Has one")
    ActivityFactory(plan=unscoped_setup.plan, title_en="None")
    assert titles(quality.activities_without_indicator(unscoped_setup.plan, TODAY)) == ["None"]


def test_open_activities_with_no_end_date_are_flagged(unscoped_setup):
    complete(unscoped_setup, title_en="Open ended", end_date=None)
    complete(unscoped_setup, title_en="Done", end_date=None, status="completed")
    assert titles(quality.activities_without_end_date(unscoped_setup.plan, TODAY)) == ["Open ended"]


def test_activities_past_their_end_date_and_not_completed_are_flagged(unscoped_setup):
    past = dt.date(2012, 1, 14)
    complete(unscoped_setup, title_en="Late", end_date=past, start_date=dt.date(2011, 5, 1))
    complete(unscoped_setup, title_en="Delayed", end_date=past, status="delayed")
    complete(unscoped_setup, title_en="Completed", end_date=past, status="completed")
    complete(unscoped_setup, title_en="Cancelled", end_date=past, status="cancelled")
    complete(unscoped_setup, title_en="Ends today", end_date=TODAY)
    assert titles(quality.activities_past_end_date(unscoped_setup.plan, TODAY)) == [
        "Delayed",
        "Late",
    ]


def test_indicators_with_a_target_and_no_measurement_are_flagged(unscoped_setup):
    activity = complete(unscoped_setup, title_en="Measured")
    unmeasured = IndicatorFactory(activity=activity, name_en="Unmeasured", target=100)
    measured = IndicatorFactory(activity=activity, name_en="Measured", target=100)
    MeasurementFactory(indicator=measured, value=40)
    IndicatorFactory(activity=activity, name_en="No target")
    flagged = quality.indicators_without_measurement(unscoped_setup.plan, TODAY)
    assert [i.name_en for i in flagged] == ["Unmeasured"]
    check = quality.run_checks(unscoped_setup.plan, TODAY)[4]
    assert check.key == "target_without_measurement"
    assert (check.count, check.activity_ids) == (1, [unmeasured.activity_id])


def test_stale_activities_are_the_open_ones_without_a_recent_update(unscoped_setup):
    plan = unscoped_setup.plan
    plan.stale_after_days = 30
    plan.save()

    def at(day):
        return timezone.make_aware(dt.datetime.combine(day, dt.time(12)))

    complete(unscoped_setup, title_en="Old update", last_progress_at=at(dt.date(2011, 12, 1)))
    complete(unscoped_setup, title_en="Recent update", last_progress_at=at(dt.date(2012, 1, 1)))
    complete(
        unscoped_setup, title_en="Never updated, started long ago", start_date=dt.date(2011, 6, 1)
    )
    complete(unscoped_setup, title_en="Never updated, just started", start_date=dt.date(2012, 1, 2))
    complete(
        unscoped_setup,
        title_en="Completed long ago",
        status="completed",
        start_date=dt.date(2011, 6, 1),
    )
    assert titles(quality.stale_activities(plan, TODAY)) == [
        "Never updated, started long ago",
        "Old update",
    ]


def test_run_checks_counts_each_check_in_a_fixed_number_of_queries(
    unscoped_setup, django_assert_num_queries
):
    for n in range(5):
        ActivityFactory(plan=unscoped_setup.plan, title_en=f"Bare {n}")
    with django_assert_num_queries(6):
        checks = quality.run_checks(unscoped_setup.plan, TODAY)
    counts = {check.key: check.count for check in checks}
    assert counts == {
        "no_lead": 5,
        "no_indicator": 5,
        "no_end_date": 5,
        "past_end_date": 0,
        "target_without_measurement": 0,
        "stale": 0,
    }
