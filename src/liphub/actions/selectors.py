"""Reads of the action plans: plans, activities, indicators, lens coverage and the dashboard.

Every function takes the partnership (already checked by `access_partnership`) and filters
on it, so another partnership's id answers 404. Pages run a fixed number of queries whatever
the size of the plan: relations are joined or prefetched, figures are aggregated in SQL.
"""

from __future__ import annotations

import datetime as dt
import heapq
import typing
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from django.db import connection
from django.db.models import (
    Count,
    F,
    Model,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Window,
)
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from liphub.actions.models import (
    ActionPlan,
    Activity,
    ActivityStatus,
    Indicator,
    LensAnswer,
    LensAnswerValue,
    Measurement,
)
from liphub.actions.sparklines import sparkline_svg
from liphub.core.fiscal import fiscal_year_of
from liphub.core.models import Partnership
from liphub.meetings.models import FollowUp, FollowUpStatus
from liphub.partnerships.models import Organization
from liphub.strategy.models import Goal, Lens, PriorityArea, Strategy

CLOSED_STATUSES = (ActivityStatus.COMPLETED, ActivityStatus.CANCELLED)
UPCOMING_DAYS = 30

T = TypeVar("T")
_M = TypeVar("_M", bound=Model)


# --- Plans -------------------------------------------------------------------------------------


def list_plans(*, partnership: Partnership) -> QuerySet[ActionPlan]:
    return (
        ActionPlan.objects.filter(partnership=partnership)
        .select_related("strategy")
        .annotate(activity_count=Count("activities"))
        .order_by("-fiscal_year")
    )


def list_plan_years(*, partnership: Partnership) -> QuerySet[ActionPlan]:
    """The plans, newest first, for a choice of fiscal year (no figures)."""
    return ActionPlan.objects.filter(partnership=partnership).order_by("-fiscal_year")


def get_plan(*, partnership: Partnership, pk: int) -> ActionPlan:
    plan = (
        ActionPlan.objects.filter(partnership=partnership, pk=pk).select_related("strategy").first()
    )
    if plan is None:
        raise Http404("No such action plan.")
    return plan


def get_plan_for_year(*, partnership: Partnership, fiscal_year: int) -> ActionPlan | None:
    return (
        ActionPlan.objects.filter(partnership=partnership, fiscal_year=fiscal_year)
        .select_related("strategy")
        .first()
    )


def get_current_plan(
    *, partnership: Partnership, today: dt.date | None = None
) -> ActionPlan | None:
    """The plan of the current fiscal year, or else the most recent one."""
    year = fiscal_year_of(today or timezone.localdate())
    return get_plan_for_year(partnership=partnership, fiscal_year=year) or (
        list_plans(partnership=partnership).filter(fiscal_year__lte=year).first()
        or list_plans(partnership=partnership).last()
    )


def list_strategies(*, partnership: Partnership) -> QuerySet[Strategy]:
    return Strategy.objects.filter(partnership=partnership)


def list_goals(*, partnership: Partnership, strategy: Strategy | None) -> QuerySet[Goal]:
    """The goals an activity of a plan may serve: its strategy's, or every goal if it has none."""
    goals = Goal.objects.filter(partnership=partnership).select_related("priority_area")
    if strategy is not None:
        goals = goals.filter(priority_area__strategy=strategy)
    return goals.order_by("priority_area__order", "priority_area_id", "order", "id")


def get_priority_area(*, partnership: Partnership, pk: int) -> PriorityArea | None:
    return PriorityArea.objects.filter(partnership=partnership, pk=pk).first()


def list_organizations(*, partnership: Partnership) -> QuerySet[Organization]:
    return Organization.objects.filter(partnership=partnership).order_by("name_en", "name_fr")


# --- Activities, indicators, measurements -------------------------------------------------------


def _activities(partnership: Partnership) -> QuerySet[Activity]:
    return Activity.objects.filter(partnership=partnership).select_related(
        "plan", "goal__priority_area", "lead_organization"
    )


def list_plan_activities(*, plan: ActionPlan) -> QuerySet[Activity]:
    return (
        _activities(plan.partnership)
        .filter(plan=plan)
        .annotate(indicator_count=Count("indicators"))
        .order_by(
            F("goal__priority_area__order").asc(nulls_last=True),
            "goal__priority_area_id",
            "goal__order",
            "goal_id",
            "start_date",
            "id",
        )
    )


def _in_area(queryset: QuerySet[_M], path: str, *, area: int | None, no_area: bool) -> QuerySet[_M]:
    """The rows under one priority area (`path` leads to it), or under none (`no_area`)."""
    if no_area:
        return queryset.filter(**{f"{path}__isnull": True})
    if area is not None:
        return queryset.filter(**{path: area})
    return queryset


def list_activities(
    *, plan: ActionPlan, area: int | None = None, no_area: bool = False, status: str = ""
) -> QuerySet[Activity]:
    """The plan's activities in the plan's order (priority area, goal, start date) for the
    paged activity list; optionally one priority area (or none) and one status. The annual
    report's counts by priority area and status link here."""
    activities = (
        Activity.objects.filter(partnership=plan.partnership, plan=plan)
        .select_related("goal__priority_area", "lead_organization")
        .only(
            "title_en",
            "title_fr",
            "status",
            "start_date",
            "end_date",
            "goal__priority_area__name_en",
            "goal__priority_area__name_fr",
            "lead_organization__name_en",
            "lead_organization__name_fr",
        )
        .order_by(
            F("goal__priority_area__order").asc(nulls_last=True),
            "goal__priority_area_id",
            "goal__order",
            "goal_id",
            "start_date",
            "id",
        )
    )
    activities = _in_area(activities, "goal__priority_area", area=area, no_area=no_area)
    if status in ActivityStatus.values:
        activities = activities.filter(status=status)
    return activities


def _ordered_measurements() -> Any:
    return Prefetch("measurements", queryset=Measurement.objects.order_by("date", "id"))


def get_activity(*, partnership: Partnership, pk: int) -> Activity:
    activity = (
        _activities(partnership)
        .filter(pk=pk)
        .select_related("source_follow_up__meeting")
        .prefetch_related(
            Prefetch("supporting_organizations", queryset=Organization.objects.order_by("name_en")),
            Prefetch(
                "indicators",
                queryset=Indicator.objects.prefetch_related(_ordered_measurements()),
            ),
        )
        .first()
    )
    if activity is None:
        raise Http404("No such activity.")
    return activity


def get_indicator(*, partnership: Partnership, pk: int) -> Indicator:
    indicator = (
        Indicator.objects.filter(partnership=partnership, pk=pk)
        .select_related("activity__plan")
        .first()
    )
    if indicator is None:
        raise Http404("No such indicator.")
    return indicator


def get_measurement(*, partnership: Partnership, pk: int) -> Measurement:
    measurement = (
        Measurement.objects.filter(partnership=partnership, pk=pk)
        .select_related("indicator__activity__plan")
        .first()
    )
    if measurement is None:
        raise Http404("No such measurement.")
    return measurement


def get_follow_up(*, partnership: Partnership, pk: int) -> FollowUp:
    follow_up = (
        FollowUp.objects.filter(partnership=partnership, pk=pk)
        .select_related("meeting", "owner__organization")
        .first()
    )
    if follow_up is None:
        raise Http404("No such follow-up item.")
    return follow_up


def follow_up_has_activity(follow_up: FollowUp) -> bool:
    return Activity.objects.filter(source_follow_up=follow_up).exists()


# --- Plan page: activities grouped by priority area and goal -----------------------------------


@dataclass
class GoalGroup:
    goal: Goal | None
    activities: list[Activity] = field(default_factory=list)


@dataclass
class AreaGroup:
    area: PriorityArea | None
    goals: list[GoalGroup] = field(default_factory=list)

    @property
    def activity_count(self) -> int:
        return sum(len(group.activities) for group in self.goals)


def group_by_area(activities: list[Activity]) -> list[AreaGroup]:
    """Activities (ordered by area and goal) grouped by priority area, then goal; the ones
    with no goal come last."""
    areas: dict[int | None, AreaGroup] = {}
    goals: dict[tuple[int | None, int | None], GoalGroup] = {}
    for activity in activities:
        goal = activity.goal
        area = goal.priority_area if goal is not None else None
        area_key = area.pk if area is not None else None
        if area_key not in areas:
            areas[area_key] = AreaGroup(area=area)
        goal_key = (area_key, goal.pk if goal is not None else None)
        if goal_key not in goals:
            goals[goal_key] = GoalGroup(goal=goal)
            areas[area_key].goals.append(goals[goal_key])
        goals[goal_key].activities.append(activity)
    ordered = [group for key, group in areas.items() if key is not None]
    if None in areas:
        ordered.append(areas[None])
    return ordered


# --- Lenses -------------------------------------------------------------------------------------


def list_active_lenses(*, partnership: Partnership) -> list[Lens]:
    return list(
        Lens.objects.filter(partnership=partnership, is_active=True).prefetch_related("questions")
    )


def get_active_lens(*, partnership: Partnership, pk: int) -> Lens:
    lens = (
        Lens.objects.filter(partnership=partnership, pk=pk, is_active=True)
        .prefetch_related("questions")
        .first()
    )
    if lens is None:
        raise Http404("No such lens.")
    return lens


def answers_by_question(*, activity: Activity) -> dict[int, LensAnswer]:
    return {
        answer.question_id: answer
        for answer in LensAnswer.objects.filter(partnership=activity.partnership, activity=activity)
    }


@dataclass
class LensCoverage:
    lens: Lens
    questions: int
    full: int = 0
    partial: int = 0
    none: int = 0
    yes: int = 0
    answered: int = 0  # answers other than "not applicable"

    @property
    def yes_percent(self) -> int | None:
        return round(100 * self.yes / self.answered) if self.answered else None


def list_lens_coverage(*, plan: ActionPlan, activity_ids: list[int]) -> list[LensCoverage]:
    """Per active lens: how many of the plan's activities answered every question, some, or
    none, and the share of "yes" among the answers that apply."""
    lenses = list_active_lenses(partnership=plan.partnership)
    rows = LensAnswer.objects.filter(
        partnership=plan.partnership, activity__plan=plan, question__lens__in=lenses
    ).values_list("activity_id", "question__lens_id", "answer")
    answered: dict[tuple[int, int], int] = defaultdict(int)
    coverage = {
        lens.pk: LensCoverage(lens=lens, questions=len(lens.questions.all())) for lens in lenses
    }
    for activity_id, lens_id, answer in rows:
        answered[(lens_id, activity_id)] += 1
        row = coverage[lens_id]
        if answer != LensAnswerValue.NOT_APPLICABLE:
            row.answered += 1
            row.yes += answer == LensAnswerValue.YES
    for row in coverage.values():
        for activity_id in activity_ids:
            count = answered.get((row.lens.pk, activity_id), 0)
            if count == 0:
                row.none += 1
            elif count >= row.questions:
                row.full += 1
            else:
                row.partial += 1
    return list(coverage.values())


# --- Dashboard ----------------------------------------------------------------------------------
#
# Every figure of the dashboard is an aggregate computed by the database; the page lists only a
# few rows (the indicators furthest below target, the oldest overdue follow-ups, the next end
# dates), so it runs the same dozen queries and renders the same small page for a plan of ten
# activities or of five hundred. The full lists are on the plan page and the indicator list.

DASHBOARD_ROWS = 10


def _late(today: dt.date) -> Q:
    """Late: delayed, or neither completed nor cancelled and past its end date."""
    return Q(status=ActivityStatus.DELAYED) | (
        ~Q(status__in=CLOSED_STATUSES) & Q(end_date__lt=today)
    )


@dataclass
class AreaProgress:
    area: PriorityArea | None
    on_track: int = 0
    late: int = 0
    done: int = 0
    cancelled: int = 0

    @property
    def total(self) -> int:
        return self.on_track + self.late + self.done + self.cancelled


@dataclass
class AreaIndicators:
    """The indicators of a priority area that have a target, by where their latest
    measurement stands against it."""

    area: PriorityArea | None
    met: int = 0
    below: int = 0
    not_measured: int = 0

    @property
    def with_target(self) -> int:
        return self.met + self.below + self.not_measured

    @property
    def key(self) -> str:
        """The `area` filter of the indicator list for this row's indicators."""
        return str(self.area.pk) if self.area is not None else "none"


@dataclass
class IndicatorProgress:
    indicator: Indicator
    latest_value: Decimal | None
    latest_date: dt.date | None
    chart: str = ""

    @property
    def percent_of_target(self) -> int | None:
        target = self.indicator.target
        if target is None or self.latest_value is None or target == 0:
            return None
        return round(100 * self.latest_value / target)

    @property
    def bar_percent(self) -> int:
        return max(0, min(100, self.percent_of_target or 0))


@dataclass(frozen=True)
class OverdueFollowUp:
    """An open follow-up item past its due date, as the dashboard lists it."""

    pk: int
    description_en: str
    description_fr: str
    due_date: dt.date | None
    meeting_id: int
    meeting_title_en: str
    meeting_title_fr: str
    owner_name: str | None


@dataclass(frozen=True)
class UpcomingActivity:
    """An open activity ending soon, as the dashboard lists it."""

    pk: int
    title_en: str
    title_fr: str
    end_date: dt.date | None
    status: str

    def get_status_display(self) -> str:
        return str(ActivityStatus(self.status).label)


@dataclass
class Dashboard:
    plan: ActionPlan
    areas: list[AreaProgress]
    indicator_areas: list[AreaIndicators]
    furthest_below: list[IndicatorProgress]
    overdue_follow_ups: list[OverdueFollowUp]
    overdue_count: int
    upcoming: list[UpcomingActivity]
    upcoming_count: int

    @property
    def totals(self) -> AreaProgress:
        total = AreaProgress(area=None)
        for row in self.areas:
            total.on_track += row.on_track
            total.late += row.late
            total.done += row.done
            total.cancelled += row.cancelled
        return total

    @property
    def indicator_totals(self) -> AreaIndicators:
        total = AreaIndicators(area=None)
        for row in self.indicator_areas:
            total.met += row.met
            total.below += row.below
            total.not_measured += row.not_measured
        return total


def _latest_measurement(column: str) -> Subquery:
    latest = Measurement.objects.filter(indicator=OuterRef("pk")).order_by("-date", "-id")
    return Subquery(latest.values(column)[:1])


def _measured_targets(plan: ActionPlan) -> QuerySet[Indicator]:
    """The plan's indicators with a target (those of cancelled activities left out, as in the
    quality checks), each with the value of its latest measurement."""
    return (
        Indicator.objects.filter(
            partnership=plan.partnership, activity__plan=plan, target__isnull=False
        )
        .exclude(activity__status=ActivityStatus.CANCELLED)
        .annotate(latest_value=_latest_measurement("value"))
    )


# Where an indicator with a target stands, from its `latest_value` annotation.
STATE_CONDITIONS = {
    "not_measured": Q(latest_value__isnull=True),
    "met": Q(latest_value__gte=F("target")),
    "below": Q(latest_value__lt=F("target")),
}


def _in_area_order(rows: dict[int | None, T], areas: dict[int, PriorityArea]) -> list[T]:
    """Rows keyed by priority area id, in the strategy's order; no area last."""
    ordered = sorted((pk for pk in rows if pk is not None), key=lambda pk: (areas[pk].order, pk))
    return [rows[pk] for pk in ordered] + ([rows[None]] if None in rows else [])


def _activity_figures(
    plan: ActionPlan, today: dt.date, horizon: dt.date
) -> tuple[dict[int | None, AreaProgress], dict[int, PriorityArea], int]:
    """Activities on track, late, done and cancelled by priority area (one aggregate, which
    also names the areas), and how many open ones end between today and the horizon."""
    is_open = ~Q(status__in=CLOSED_STATUSES)
    rows = (
        Activity.objects.filter(partnership=plan.partnership, plan=plan)
        .values(
            area_id=F("goal__priority_area"),
            area_name_en=F("goal__priority_area__name_en"),
            area_name_fr=F("goal__priority_area__name_fr"),
            area_order=F("goal__priority_area__order"),
        )
        .annotate(
            total=Count("pk"),
            done=Count("pk", filter=Q(status=ActivityStatus.COMPLETED)),
            cancelled=Count("pk", filter=Q(status=ActivityStatus.CANCELLED)),
            late=Count("pk", filter=_late(today)),
            upcoming=Count("pk", filter=is_open & Q(end_date__range=(today, horizon))),
        )
        .order_by()
    )
    progress: dict[int | None, AreaProgress] = {}
    areas: dict[int, PriorityArea] = {}
    upcoming = 0
    for row in rows:
        area = None
        if row["area_id"] is not None:
            area = areas[row["area_id"]] = PriorityArea(
                pk=row["area_id"],
                partnership=plan.partnership,
                name_en=row["area_name_en"],
                name_fr=row["area_name_fr"],
                order=row["area_order"],
            )
        progress[row["area_id"]] = AreaProgress(
            area=area,
            on_track=row["total"] - row["done"] - row["cancelled"] - row["late"],
            late=row["late"],
            done=row["done"],
            cancelled=row["cancelled"],
        )
        upcoming += row["upcoming"]
    return progress, areas, upcoming


# An indicator with a target as the dashboard reads it: (id, priority area id, target,
# latest value), the numbers as the database driver gives them (no per-value converters).
TargetRow = tuple[int, int | None, Any, Any]


def _target_rows(plan: ActionPlan) -> list[TargetRow]:
    """Every indicator of the plan with a target and its latest value, in one query: both
    the figures by priority area and the indicators furthest below target are worked out
    from these rows, so each indicator's latest measurement is looked up once."""
    columns = ("pk", "activity__goal__priority_area", "target", "latest_value")
    query = _measured_targets(plan).values_list(*columns).order_by().query
    sql, params = query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return typing.cast(list[TargetRow], cursor.fetchall())


def _indicator_state(target: Any, value: Any) -> str:
    """Where an indicator with a target stands (STATE_CONDITIONS, worked out in Python)."""
    if value is None:
        return "not_measured"
    return "met" if value >= target else "below"


def _indicator_figures(
    plan: ActionPlan, rows: list[TargetRow] | None = None
) -> dict[int | None, AreaIndicators]:
    """Indicators with a target met, below target and not measured yet, by priority area
    (from the latest measurement of each)."""
    areas: dict[int | None, AreaIndicators] = {}
    for _pk, area_id, target, value in _target_rows(plan) if rows is None else rows:
        figures = areas.get(area_id)
        if figures is None:
            figures = areas[area_id] = AreaIndicators(area=None)
        state = _indicator_state(target, value)
        setattr(figures, state, getattr(figures, state) + 1)
    return areas


# What a row of indicators shows (name, unit, target; the activity's title and link).
INDICATOR_ROW_FIELDS = (
    "name_en",
    "name_fr",
    "unit",
    "target",
    "activity__title_en",
    "activity__title_fr",
)


def list_furthest_below_target(
    *, plan: ActionPlan, limit: int = DASHBOARD_ROWS, rows: list[TargetRow] | None = None
) -> list[IndicatorProgress]:
    """The measured indicators furthest below their target (lowest share of the target
    first, then by id), each with a sparkline of its measurements. `rows` are the plan's
    `_target_rows` when already read."""
    # (no share of a zero target: last, share, id), the order of the SQL it replaces
    below = [
        (False, float(value) / float(target), pk) if target else (True, 0.0, pk)
        for pk, _area, target, value in (_target_rows(plan) if rows is None else rows)
        if value is not None and value < target
    ]
    ids = [pk for _last, _share, pk in heapq.nsmallest(limit, below)]
    # the indicators, their activities and their measurements in one query (a row per
    # measurement), read from the indicators' side: a (scoped) Measurement query would make
    # SQLite walk the partnership's index rather than the indicator's
    by_id: dict[int, Indicator] = {}
    measurements: dict[int, list[tuple[Decimal, dt.date]]] = defaultdict(list)
    for row in (
        Indicator.objects.filter(partnership=plan.partnership, pk__in=ids)
        .order_by("pk", "measurements__date", "measurements__id")
        .values_list(
            "pk",
            *INDICATOR_ROW_FIELDS,
            "activity_id",
            "measurements__value",
            "measurements__date",
        )
    ):
        pk, name_en, name_fr, unit, target, title_en, title_fr, activity_id, value, date = row
        if pk not in by_id:
            indicator = Indicator(pk=pk, name_en=name_en, name_fr=name_fr, unit=unit, target=target)
            indicator.activity = Activity(pk=activity_id, title_en=title_en, title_fr=title_fr)
            by_id[pk] = indicator
        if date is not None:
            measurements[pk].append((value, date))
    indicators = [by_id[pk] for pk in ids if pk in by_id]
    progress = []
    for indicator in indicators:
        series = measurements[indicator.pk]
        label = _("Measurements of %(name)s over time, target %(target)s") % {
            "name": indicator,
            "target": indicator.target,
        }
        progress.append(
            IndicatorProgress(
                indicator=indicator,
                # the latest measurement (by date, then id) ends the series
                latest_value=series[-1][0] if series else None,
                latest_date=series[-1][1] if series else None,
                chart=sparkline_svg(
                    [value for value, _date in series], target=indicator.target, label=label
                ),
            )
        )
    return progress


def list_indicator_progress(
    *, plan: ActionPlan, area: int | None = None, no_area: bool = False, state: str = ""
) -> QuerySet[Indicator]:
    """Every indicator of the plan with its latest measurement (for the paginated indicator
    list), in the plan's order; optionally one priority area and one state."""
    indicators: QuerySet[Indicator] = (
        Indicator.objects.filter(partnership=plan.partnership, activity__plan=plan)
        .select_related("activity__goal__priority_area")
        .annotate(
            latest_value=_latest_measurement("value"),
            latest_date=_latest_measurement("date"),
        )
        .order_by(
            F("activity__goal__priority_area__order").asc(nulls_last=True),
            "activity__goal__priority_area_id",
            "activity_id",
            "kind",
            "id",
        )
    )
    indicators = _in_area(indicators, "activity__goal__priority_area", area=area, no_area=no_area)
    if state in STATE_CONDITIONS:
        indicators = indicators.filter(STATE_CONDITIONS[state], target__isnull=False).exclude(
            activity__status=ActivityStatus.CANCELLED
        )
    return indicators


def progress_of(indicator: Indicator) -> IndicatorProgress:
    return IndicatorProgress(
        indicator=indicator,
        latest_value=getattr(indicator, "latest_value", None),
        latest_date=getattr(indicator, "latest_date", None),
    )


def list_overdue_follow_ups(
    *, partnership: Partnership, today: dt.date, limit: int | None = None
) -> tuple[list[OverdueFollowUp], int]:
    """Open follow-up items past their due date, the oldest first (at most `limit`), and
    how many there are in all (a window count: one query)."""
    items = (
        FollowUp.objects.filter(
            partnership=partnership, status=FollowUpStatus.OPEN, due_date__lt=today
        )
        .annotate(overdue_total=Window(Count("pk")))
        .order_by("due_date", "id")
        .values_list(
            "pk",
            "description_en",
            "description_fr",
            "due_date",
            "meeting_id",
            "meeting__title_en",
            "meeting__title_fr",
            "owner__full_name",
            "overdue_total",
        )
    )
    rows = list(items[:limit] if limit is not None else items)
    total = rows[0][-1] if rows else 0
    return [OverdueFollowUp(*row[:-1]) for row in rows], total


def list_upcoming_end_dates(
    *, plan: ActionPlan, today: dt.date, limit: int = DASHBOARD_ROWS
) -> list[UpcomingActivity]:
    """Open activities ending between today and UPCOMING_DAYS from now, the soonest first."""
    horizon = today + dt.timedelta(days=UPCOMING_DAYS)
    return [
        UpcomingActivity(*row)
        for row in Activity.objects.filter(
            partnership=plan.partnership, plan=plan, end_date__range=(today, horizon)
        )
        .exclude(status__in=CLOSED_STATUSES)
        .order_by("end_date", "id")
        .values_list("pk", "title_en", "title_fr", "end_date", "status")[:limit]
    ]


def get_dashboard(*, plan: ActionPlan, today: dt.date | None = None) -> Dashboard:
    today = today or timezone.localdate()
    horizon = today + dt.timedelta(days=UPCOMING_DAYS)
    activity_areas, areas, upcoming_count = _activity_figures(plan, today, horizon)
    targets = _target_rows(plan)
    indicator_areas = _indicator_figures(plan, targets)
    for key, figures in indicator_areas.items():  # an indicator's area is its activity's
        figures.area = areas.get(key) if key is not None else None
    overdue, overdue_count = list_overdue_follow_ups(
        partnership=plan.partnership, today=today, limit=DASHBOARD_ROWS
    )
    return Dashboard(
        plan=plan,
        areas=_in_area_order(activity_areas, areas),
        indicator_areas=_in_area_order(indicator_areas, areas),
        furthest_below=list_furthest_below_target(plan=plan, rows=targets),
        overdue_follow_ups=overdue,
        overdue_count=overdue_count,
        upcoming=list_upcoming_end_dates(plan=plan, today=today),
        upcoming_count=upcoming_count,
    )


def activity_flags(checks: list[Any]) -> dict[int, list[str]]:
    """Activity id -> the labels of the quality checks it fails (for the plan page)."""
    flags: dict[int, list[str]] = defaultdict(list)
    for check in checks:
        for activity_id in check.activity_ids:
            flags[activity_id].append(str(check.short_label))
    return dict(flags)
