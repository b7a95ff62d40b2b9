"""Plan quality checks: what a coordinator should fix in an action plan, at a glance.

Each check is a plain function of a plan (and the day it is computed on) that runs one query
and returns the activities (or indicators) it flags. `run_checks` runs them all, so a page
shows every check with a fixed number of queries, whatever the size of the plan;
`count_checks` only counts (two aggregate queries), for the dashboard.

Cancelled activities are never flagged; completed ones only when a check still applies to
them (no lead, no indicator, a target never measured).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from liphub.actions.models import ActionPlan, Activity, ActivityStatus, Indicator

OPEN = Q(status__in=[ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED])


def _activities(plan: ActionPlan) -> QuerySet[Activity]:
    return (
        Activity.objects.filter(partnership=plan.partnership, plan=plan)
        .exclude(status=ActivityStatus.CANCELLED)
        .order_by("id")
    )


def _stale_limit(plan: ActionPlan, today: dt.date) -> tuple[dt.date, dt.datetime]:
    limit = today - dt.timedelta(days=plan.stale_after_days)
    return limit, timezone.make_aware(dt.datetime.combine(limit, dt.time.min))


def _activity_conditions(plan: ActionPlan, today: dt.date) -> dict[str, Q]:
    """What flags an activity, per check (the same conditions list and count).

    Missing indicators or measurements are found with a LEFT JOIN rather than a NOT EXISTS
    subquery: the tenant scope adds its partnership filter to a subquery, and SQLite then
    reads every measurement of the partnership for each indicator."""
    limit, limit_at = _stale_limit(plan, today)
    return {
        "no_lead": Q(lead_organization__isnull=True),
        "no_indicator": Q(indicators__isnull=True),
        "no_end_date": OPEN & Q(end_date__isnull=True),
        "past_end_date": OPEN & Q(end_date__lt=today),
        "stale": OPEN
        & (
            Q(last_progress_at__lt=limit_at)
            | Q(last_progress_at__isnull=True, start_date__lt=limit)
        ),
    }


def _flagged(plan: ActionPlan, today: dt.date, key: str) -> list[Activity]:
    return list(_activities(plan).filter(_activity_conditions(plan, today)[key]))


def activities_without_lead(plan: ActionPlan, today: dt.date) -> list[Activity]:
    return _flagged(plan, today, "no_lead")


def activities_without_indicator(plan: ActionPlan, today: dt.date) -> list[Activity]:
    return _flagged(plan, today, "no_indicator")


def activities_without_end_date(plan: ActionPlan, today: dt.date) -> list[Activity]:
    return _flagged(plan, today, "no_end_date")


def activities_past_end_date(plan: ActionPlan, today: dt.date) -> list[Activity]:
    """Past their end date and neither completed nor cancelled."""
    return _flagged(plan, today, "past_end_date")


def _unmeasured_targets(plan: ActionPlan) -> QuerySet[Indicator]:
    """Indicators with a target and not a single measurement yet."""
    return (
        Indicator.objects.filter(
            partnership=plan.partnership, activity__plan=plan, target__isnull=False
        )
        .exclude(activity__status=ActivityStatus.CANCELLED)
        .filter(measurements__isnull=True)
    )


def indicators_without_measurement(plan: ActionPlan, today: dt.date) -> list[Indicator]:
    """Indicators with a target and not a single measurement yet."""
    return list(_unmeasured_targets(plan).select_related("activity").order_by("activity_id", "id"))


def stale_activities(plan: ActionPlan, today: dt.date) -> list[Activity]:
    """Open activities whose last progress update is older than the plan's limit, or that
    started longer ago than that and were never updated."""
    return _flagged(plan, today, "stale")


@dataclass(frozen=True)
class CheckResult:
    key: str
    label: str | Promise
    short_label: str | Promise
    activities: list[Activity]
    indicators: list[Indicator]

    @property
    def count(self) -> int:
        return len(self.indicators) if self.indicators else len(self.activities)

    @property
    def activity_ids(self) -> list[int]:
        if self.indicators:
            return sorted({indicator.activity_id for indicator in self.indicators})
        return [activity.pk for activity in self.activities]


ActivityCheck = Callable[[ActionPlan, dt.date], list[Activity]]

ACTIVITY_CHECKS: list[tuple[str, str | Promise, str | Promise, ActivityCheck]] = [
    ("no_lead", _("Activities with no lead organization"), _("No lead"), activities_without_lead),
    (
        "no_indicator",
        _("Activities with no indicator"),
        _("No indicator"),
        activities_without_indicator,
    ),
    (
        "no_end_date",
        _("Activities with no end date"),
        _("No end date"),
        activities_without_end_date,
    ),
    (
        "past_end_date",
        _("Activities past their end date and not completed"),
        _("Past end date"),
        activities_past_end_date,
    ),
    (
        "stale",
        _("Activities with no recent progress update"),
        _("No recent update"),
        stale_activities,
    ),
]


TARGET_CHECK = ("target_without_measurement", _("Indicators with a target and no measurement"))


def run_checks(plan: ActionPlan, today: dt.date | None = None) -> list[CheckResult]:
    """Every check of the plan, in a fixed order (one query each)."""
    day = today or timezone.localdate()
    results = [
        CheckResult(key, label, short, check(plan, day), [])
        for key, label, short, check in ACTIVITY_CHECKS
    ]
    results.insert(
        4,
        CheckResult(
            *TARGET_CHECK,
            _("Target not measured"),
            [],
            indicators_without_measurement(plan, day),
        ),
    )
    return results


@dataclass(frozen=True)
class CheckCount:
    key: str
    label: str | Promise
    count: int


def count_checks(
    plan: ActionPlan, today: dt.date | None = None, *, unmeasured_targets: int | None = None
) -> list[CheckCount]:
    """How many activities (or indicators) each check flags, in the order of `run_checks`:
    one aggregate over the activities, one count of the indicators (skipped when the caller
    already knows it: the dashboard counts the targets not measured yet by priority area)."""
    day = today or timezone.localdate()
    conditions = _activity_conditions(plan, day)
    counts = (
        _activities(plan)
        .order_by()
        .aggregate(
            **{
                # distinct: the join to the indicators repeats an activity per indicator
                key: Count("pk", filter=condition, distinct=True)
                for key, condition in conditions.items()
            }
        )
    )
    results = [
        CheckCount(key, label, counts[key] or 0) for key, label, _short, _check in ACTIVITY_CHECKS
    ]
    if unmeasured_targets is None:
        unmeasured_targets = _unmeasured_targets(plan).count()
    results.insert(4, CheckCount(*TARGET_CHECK, unmeasured_targets))
    return results
