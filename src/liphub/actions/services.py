"""Writes of the action plans: plans, activities, indicators, measurements, lens answers.

Each function owns its transaction, validates (`full_clean` plus the rules a form cannot see,
such as a goal of another partnership) and saves edits with `save_versioned`, so a stale
edit is refused instead of overwriting someone else's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from liphub.actions.models import (
    ActionPlan,
    Activity,
    Indicator,
    LensAnswer,
    Measurement,
)
from liphub.core.models import Partnership
from liphub.core.services import save_versioned
from liphub.meetings.models import FollowUp
from liphub.partnerships.models import Organization
from liphub.strategy.models import Lens, LensQuestion, Strategy

PLAN_FIELDS = ("fiscal_year", "strategy", "title_en", "title_fr", "stale_after_days")
ACTIVITY_FIELDS = (
    "title_en",
    "title_fr",
    "description_en",
    "description_fr",
    "goal",
    "lead_organization",
    "start_date",
    "end_date",
    "status",
    "budget",
)
INDICATOR_FIELDS = (
    "kind",
    "name_en",
    "name_fr",
    "unit",
    "baseline",
    "target",
    "target_date",
)
MEASUREMENT_FIELDS = ("date", "value", "source", "note")
TITLE_MAX = 300


def _set(instance: Any, fields: Iterable[str], values: dict[str, Any]) -> None:
    for name in fields:
        if name in values:
            setattr(instance, name, values[name])


# --- Plans -------------------------------------------------------------------------------------


def _check_plan(plan: ActionPlan) -> None:
    errors: dict[str, list[str]] = {}
    strategy: Strategy | None = plan.strategy
    if strategy is not None and strategy.partnership_id != plan.partnership_id:
        errors["strategy"] = [_("Choose a strategy of this partnership.")]
    duplicate = (
        ActionPlan.objects.filter(partnership=plan.partnership, fiscal_year=plan.fiscal_year)
        .exclude(pk=plan.pk)
        .exists()
    )
    if duplicate:
        errors["fiscal_year"] = [
            _("There is already an action plan for %(year)s.") % {"year": plan.fiscal_year_label}
        ]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_plan(*, partnership: Partnership, **values: Any) -> ActionPlan:
    plan = ActionPlan(partnership=partnership)
    _set(plan, PLAN_FIELDS, values)
    _check_plan(plan)
    plan.full_clean()
    plan.save()
    return plan


@transaction.atomic
def update_plan(*, plan: ActionPlan, expected_version: int, **values: Any) -> ActionPlan:
    _set(plan, PLAN_FIELDS, values)
    _check_plan(plan)
    save_versioned(plan, expected_version=expected_version)
    return plan


# --- Activities --------------------------------------------------------------------------------


def check_activity(activity: Activity, supporting: Iterable[Organization] = ()) -> None:
    """The rules a model cannot check alone: dates in order, relations of this partnership."""
    errors: dict[str, list[str]] = {}
    if not (activity.title_en.strip() or activity.title_fr.strip()):
        errors["title_en"] = [_("Give a title in English, in French or in both.")]
    if activity.start_date and activity.end_date and activity.end_date < activity.start_date:
        errors["end_date"] = [_("The end date cannot be before the start date.")]
    goal = activity.goal
    if goal is not None:
        strategy_id = activity.plan.strategy_id
        if goal.partnership_id != activity.partnership_id or (
            strategy_id is not None and goal.priority_area.strategy_id != strategy_id
        ):
            errors["goal"] = [_("Choose a goal of this plan's strategy.")]
    lead = activity.lead_organization
    if lead is not None and lead.partnership_id != activity.partnership_id:
        errors["lead_organization"] = [_("Choose an organization of this partnership.")]
    if any(org.partnership_id != activity.partnership_id for org in supporting):
        errors["supporting_organizations"] = [_("Choose organizations of this partnership.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_activity(
    *,
    plan: ActionPlan,
    supporting_organizations: Iterable[Organization] = (),
    source_follow_up: FollowUp | None = None,
    **values: Any,
) -> Activity:
    supporting = list(supporting_organizations)
    activity = Activity(partnership=plan.partnership, plan=plan, source_follow_up=source_follow_up)
    _set(activity, ACTIVITY_FIELDS, values)
    check_activity(activity, supporting)
    activity.full_clean()
    activity.save()
    activity.supporting_organizations.set(supporting)
    return activity


@transaction.atomic
def update_activity(
    *,
    activity: Activity,
    expected_version: int,
    supporting_organizations: Iterable[Organization] | None = None,
    **values: Any,
) -> Activity:
    supporting = None if supporting_organizations is None else list(supporting_organizations)
    _set(activity, ACTIVITY_FIELDS, values)
    check_activity(activity, supporting or ())
    save_versioned(activity, expected_version=expected_version)
    if supporting is not None:
        activity.supporting_organizations.set(supporting)
    return activity


@transaction.atomic
def delete_activity(*, activity: Activity) -> None:
    activity.delete()


@transaction.atomic
def create_activity_from_follow_up(*, follow_up: FollowUp, plan: ActionPlan) -> Activity:
    """A meeting's follow-up item becomes an activity of `plan`, keeping the link."""
    if plan.partnership_id != follow_up.partnership_id:
        raise ValidationError({"plan": [_("Choose an action plan of this partnership.")]})
    if Activity.objects.filter(source_follow_up=follow_up).exists():
        raise ValidationError(_("This follow-up item is already an activity."))
    owner = follow_up.owner
    return create_activity(
        plan=plan,
        source_follow_up=follow_up,
        title_en=follow_up.description_en.strip()[:TITLE_MAX],
        title_fr=follow_up.description_fr.strip()[:TITLE_MAX],
        end_date=follow_up.due_date,
        lead_organization=owner.organization if owner is not None else None,
    )


# --- Indicators and measurements ----------------------------------------------------------------


def _check_indicator(indicator: Indicator) -> None:
    if not (indicator.name_en.strip() or indicator.name_fr.strip()):
        raise ValidationError({"name_en": [_("Name the indicator in English, in French or both.")]})


@transaction.atomic
def create_indicator(*, activity: Activity, **values: Any) -> Indicator:
    indicator = Indicator(partnership=activity.partnership, activity=activity)
    _set(indicator, INDICATOR_FIELDS, values)
    _check_indicator(indicator)
    indicator.full_clean()
    indicator.save()
    return indicator


@transaction.atomic
def update_indicator(*, indicator: Indicator, expected_version: int, **values: Any) -> Indicator:
    _set(indicator, INDICATOR_FIELDS, values)
    _check_indicator(indicator)
    save_versioned(indicator, expected_version=expected_version)
    return indicator


@transaction.atomic
def delete_indicator(*, indicator: Indicator) -> None:
    indicator.delete()


@transaction.atomic
def add_measurement(*, indicator: Indicator, **values: Any) -> Measurement:
    measurement = Measurement(partnership=indicator.partnership, indicator=indicator)
    _set(measurement, MEASUREMENT_FIELDS, values)
    measurement.full_clean()
    measurement.save()
    return measurement


@transaction.atomic
def update_measurement(
    *, measurement: Measurement, expected_version: int, **values: Any
) -> Measurement:
    _set(measurement, MEASUREMENT_FIELDS, values)
    save_versioned(measurement, expected_version=expected_version)
    return measurement


@transaction.atomic
def delete_measurement(*, measurement: Measurement) -> None:
    measurement.delete()


# --- Lens answers --------------------------------------------------------------------------------


@transaction.atomic
def save_lens_answers(
    *, activity: Activity, lens: Lens, answers: dict[int, tuple[str, str]]
) -> list[LensAnswer]:
    """Record the activity's answer and note to each question of `lens` ({question id:
    (answer, note)}); an empty answer removes the question's answer."""
    if lens.partnership_id != activity.partnership_id:
        raise ValidationError(_("Choose a lens of this partnership."))
    questions: list[LensQuestion] = list(lens.questions.all())
    existing = {
        answer.question_id: answer
        for answer in LensAnswer.objects.filter(activity=activity, question__in=questions)
    }
    saved: list[LensAnswer] = []
    for question in questions:
        value, note = answers.get(question.pk, ("", ""))
        current = existing.get(question.pk)
        if not value:
            if current is not None:
                current.delete()
            continue
        if current is None:
            current = LensAnswer(
                partnership=activity.partnership, activity=activity, question=question
            )
        elif current.answer == value and current.note == note:
            saved.append(current)
            continue
        current.answer, current.note = value, note
        save_versioned(current, expected_version=None)
        saved.append(current)
    return saved
