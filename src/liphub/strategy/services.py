"""Writes of the strategy module: strategies, priority areas, goals, lenses and their questions.

Each function owns its transaction, validates before saving (`full_clean`, plus the rules below
that span records), and saves existing rows through `save_versioned`, so a stale edit raises
`ConcurrentEditError` instead of overwriting someone else's change. The audit trail
(django-auditlog) records every change with its partnership.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from liphub.core.models import Partnership
from liphub.core.services import ConcurrentEditError, save_versioned
from liphub.strategy.lenses import BUILTIN_LENSES, LENS_TEMPLATES, LensTemplate
from liphub.strategy.models import Goal, Lens, LensQuestion, PriorityArea, Strategy

STRATEGY_FIELDS = (
    "title_en",
    "title_fr",
    "period_start",
    "period_end",
    "vision_en",
    "vision_fr",
    "is_published",
)
PRIORITY_AREA_FIELDS = ("code", "name_en", "name_fr", "description_en", "description_fr", "order")
GOAL_FIELDS = ("priority_area", "title_en", "title_fr", "description_en", "description_fr", "order")
LENS_FIELDS = ("code", "name_en", "name_fr", "description_en", "description_fr", "is_active")
LENS_QUESTION_FIELDS = ("text_en", "text_fr", "order")

Direction = Literal["up", "down"]

TITLE_REQUIRED = _("Give a title in English, in French or in both.")
NAME_REQUIRED = _("Give a name in English, in French or in both.")
QUESTION_REQUIRED = _("Write the question in English, in French or in both.")


def _assign(instance: Any, allowed: tuple[str, ...], fields: Mapping[str, Any]) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"Unknown fields for {type(instance).__name__}: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(instance, name, value)


def _require_one_language(instance: Any, field: str, message: Any) -> dict[str, Any]:
    """An error on both language fields when neither has text."""
    english = (getattr(instance, f"{field}_en", "") or "").strip()
    french = (getattr(instance, f"{field}_fr", "") or "").strip()
    if english or french:
        return {}
    return {f"{field}_en": message, f"{field}_fr": message}


def _check_version(instance: Any, expected_version: int) -> None:
    """For deletes and moves: refuse when the row changed since the editor saw it."""
    current = type(instance)._base_manager.filter(pk=instance.pk).values_list("version", flat=True)
    if list(current) != [expected_version]:
        raise ConcurrentEditError()


def _next_order(siblings: models.QuerySet[Any]) -> int:
    highest = siblings.aggregate(highest=Max("order"))["highest"]
    return 1 if highest is None else highest + 1


# --- Strategies --------------------------------------------------------------------------------


def _validate_strategy(strategy: Strategy) -> None:
    errors = _require_one_language(strategy, "title", TITLE_REQUIRED)
    start, end = strategy.period_start, strategy.period_end
    if start and end and end <= start:
        errors["period_end"] = _("The end of the period must be after its start.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_strategy(*, partnership: Partnership, **fields: Any) -> Strategy:
    """A new strategy; the partnership gets the built-in lenses (the Francophone lens)."""
    strategy = Strategy(partnership=partnership)
    _assign(strategy, STRATEGY_FIELDS, fields)
    _validate_strategy(strategy)
    save_versioned(strategy, expected_version=None)
    ensure_builtin_lenses(partnership=partnership)
    return strategy


@transaction.atomic
def update_strategy(*, strategy: Strategy, expected_version: int, **fields: Any) -> Strategy:
    _assign(strategy, STRATEGY_FIELDS, fields)
    _validate_strategy(strategy)
    save_versioned(strategy, expected_version=expected_version)
    return strategy


# --- Priority areas ----------------------------------------------------------------------------


def _validate_priority_area(area: PriorityArea) -> None:
    errors = _require_one_language(area, "name", _("Give a name in English, in French or in both."))
    if area.strategy.partnership_id != area.partnership_id:
        errors["strategy"] = _("Choose a strategy of this partnership.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_priority_area(*, strategy: Strategy, **fields: Any) -> PriorityArea:
    area = PriorityArea(partnership_id=strategy.partnership_id, strategy=strategy)
    _assign(area, PRIORITY_AREA_FIELDS, {"order": None, **fields})
    if area.order is None:
        area.order = _next_order(_area_siblings(area))
    _validate_priority_area(area)
    save_versioned(area, expected_version=None)
    return area


@transaction.atomic
def update_priority_area(
    *, area: PriorityArea, expected_version: int, **fields: Any
) -> PriorityArea:
    _assign(area, PRIORITY_AREA_FIELDS, fields)
    if area.order is None:
        area.order = _next_order(_area_siblings(area).exclude(pk=area.pk))
    _validate_priority_area(area)
    save_versioned(area, expected_version=expected_version)
    return area


@transaction.atomic
def delete_priority_area(*, area: PriorityArea, expected_version: int) -> None:
    """Deletes the area and its goals; activities that served them keep going, with no goal."""
    _check_version(area, expected_version)
    area.delete()


def _area_siblings(area: PriorityArea) -> models.QuerySet[PriorityArea]:
    return PriorityArea.objects.filter(
        partnership_id=area.partnership_id, strategy_id=area.strategy_id
    )


@transaction.atomic
def move_priority_area(
    *, area: PriorityArea, expected_version: int, direction: Direction
) -> PriorityArea:
    """One place up or down among the strategy's areas."""
    _check_version(area, expected_version)
    return _move(area, list(_area_siblings(area).order_by("order", "id")), direction)


def _move(item: Any, siblings: list[Any], direction: Direction) -> Any:
    """Renumber the siblings 1..n in their current order, with `item` swapped one place."""
    index = next(i for i, sibling in enumerate(siblings) if sibling.pk == item.pk)
    target = index - 1 if direction == "up" else index + 1
    if 0 <= target < len(siblings):
        siblings[index], siblings[target] = siblings[target], siblings[index]
    for position, sibling in enumerate(siblings, start=1):
        if sibling.order != position:
            sibling.order = position
            save_versioned(sibling, expected_version=sibling.version)
        if sibling.pk == item.pk:
            item.order, item.version = sibling.order, sibling.version
    return item


# --- Goals -------------------------------------------------------------------------------------


def _validate_goal(goal: Goal) -> None:
    errors = _require_one_language(goal, "title", TITLE_REQUIRED)
    area = goal.priority_area if goal.priority_area_id else None
    if area is not None and area.partnership_id != goal.partnership_id:
        errors["priority_area"] = _("Choose a priority area of this partnership.")
    if errors:
        raise ValidationError(errors)


def _goal_siblings(goal: Goal) -> models.QuerySet[Goal]:
    return Goal.objects.filter(
        partnership_id=goal.partnership_id, priority_area_id=goal.priority_area_id
    )


@transaction.atomic
def create_goal(*, priority_area: PriorityArea, **fields: Any) -> Goal:
    goal = Goal(partnership_id=priority_area.partnership_id, priority_area=priority_area)
    _assign(goal, GOAL_FIELDS, {"order": None, **fields})
    _validate_goal(goal)
    if goal.order is None:
        goal.order = _next_order(_goal_siblings(goal))
    save_versioned(goal, expected_version=None)
    return goal


@transaction.atomic
def update_goal(*, goal: Goal, expected_version: int, **fields: Any) -> Goal:
    _assign(goal, GOAL_FIELDS, fields)
    _validate_goal(goal)
    if goal.order is None:
        goal.order = _next_order(_goal_siblings(goal).exclude(pk=goal.pk))
    save_versioned(goal, expected_version=expected_version)
    return goal


@transaction.atomic
def move_goal(*, goal: Goal, expected_version: int, direction: Direction) -> Goal:
    """One place up or down among the goals of its priority area."""
    _check_version(goal, expected_version)
    return _move(goal, list(_goal_siblings(goal).order_by("order", "id")), direction)


@transaction.atomic
def delete_goal(*, goal: Goal, expected_version: int) -> None:
    """Deletes the goal; activities that served it keep going, with no goal."""
    _check_version(goal, expected_version)
    goal.delete()


# --- Lenses ------------------------------------------------------------------------------------


def _validate_lens(lens: Lens) -> None:
    errors = _require_one_language(lens, "name", _("Give a name in English, in French or in both."))
    if lens.code:
        taken = Lens.objects.filter(partnership_id=lens.partnership_id, code=lens.code)
        if lens.pk is not None:
            taken = taken.exclude(pk=lens.pk)
        if taken.exists():
            errors["code"] = _("Another lens of this partnership already uses this code.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_lens(*, partnership: Partnership, **fields: Any) -> Lens:
    lens = Lens(partnership=partnership)
    _assign(lens, LENS_FIELDS, fields)
    _validate_lens(lens)
    save_versioned(lens, expected_version=None)
    return lens


@transaction.atomic
def update_lens(*, lens: Lens, expected_version: int, **fields: Any) -> Lens:
    _assign(lens, LENS_FIELDS, fields)
    _validate_lens(lens)
    save_versioned(lens, expected_version=expected_version)
    return lens


def _lens_from_template(partnership: Partnership, template: LensTemplate) -> Lens:
    lens = create_lens(
        partnership=partnership,
        code=template.code,
        name_en=template.name_en,
        name_fr=template.name_fr,
        description_en=template.description_en,
        description_fr=template.description_fr,
        is_active=True,
    )
    for order, question in enumerate(template.questions, start=1):
        create_lens_question(
            lens=lens, text_en=question.text_en, text_fr=question.text_fr, order=order
        )
    return lens


@transaction.atomic
def add_lens_from_template(*, partnership: Partnership, code: str) -> Lens:
    """One of the lenses in `lenses.py` (e.g. the youth lens), with its questions."""
    template = LENS_TEMPLATES.get(code)
    if template is None:
        raise ValidationError({"template": _("There is no such lens template.")})
    if Lens.objects.filter(partnership=partnership, code=code).exists():
        raise ValidationError(
            {"template": _("This partnership already has a lens with this code.")}
        )
    return _lens_from_template(partnership, template)


@transaction.atomic
def ensure_builtin_lenses(*, partnership: Partnership) -> list[Lens]:
    """The built-in lenses (the Francophone lens) exist for the partnership; run it any number
    of times. A lens that exists is left as its coordinators made it (edited, deactivated)."""
    lenses = []
    for template in BUILTIN_LENSES:
        existing = Lens.objects.filter(partnership=partnership, code=template.code).first()
        lenses.append(existing or _lens_from_template(partnership, template))
    return lenses


# --- Lens questions ----------------------------------------------------------------------------


def _validate_lens_question(question: LensQuestion) -> None:
    errors = _require_one_language(question, "text", QUESTION_REQUIRED)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_lens_question(*, lens: Lens, **fields: Any) -> LensQuestion:
    question = LensQuestion(partnership_id=lens.partnership_id, lens=lens)
    _assign(question, LENS_QUESTION_FIELDS, {"order": None, **fields})
    if question.order is None:
        question.order = _next_order(
            LensQuestion.objects.filter(partnership_id=lens.partnership_id, lens=lens)
        )
    _validate_lens_question(question)
    save_versioned(question, expected_version=None)
    return question


@transaction.atomic
def update_lens_question(
    *, question: LensQuestion, expected_version: int, **fields: Any
) -> LensQuestion:
    _assign(question, LENS_QUESTION_FIELDS, fields)
    if question.order is None:
        question.order = _next_order(
            LensQuestion.objects.filter(
                partnership_id=question.partnership_id, lens_id=question.lens_id
            ).exclude(pk=question.pk)
        )
    _validate_lens_question(question)
    save_versioned(question, expected_version=expected_version)
    return question


@transaction.atomic
def delete_lens_question(*, question: LensQuestion, expected_version: int) -> None:
    """Deletes the question and the activities' answers to it."""
    _check_version(question, expected_version)
    question.delete()
