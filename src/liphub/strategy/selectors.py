"""Reads of the strategy module. Every read is filtered to one partnership, so another
partnership's id answers 404 (`get_*`), and prefetches what its page shows (no query per row).
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from liphub.core.models import Partnership
from liphub.strategy.models import Goal, Lens, LensQuestion, PriorityArea, Strategy


def list_strategies(*, partnership: Partnership) -> QuerySet[Strategy]:
    """Every strategy of the partnership, the most recent period first."""
    return Strategy.objects.filter(partnership=partnership).order_by("-period_start", "-id")


def get_current_strategy(
    *, partnership: Partnership, published_only: bool = False, today: dt.date | None = None
) -> Strategy | None:
    """The strategy whose period contains today, else the one that started last."""
    today = today or timezone.localdate()
    strategies = list_strategies(partnership=partnership)
    if published_only:
        strategies = strategies.filter(is_published=True)
    current = strategies.filter(period_start__lte=today, period_end__gte=today).first()
    return current or strategies.first()


def get_strategy(*, partnership: Partnership, pk: int) -> Strategy:
    strategy = list_strategies(partnership=partnership).filter(pk=pk).first()
    if strategy is None:
        raise Http404("No such strategy.")
    return strategy


def list_priority_areas(*, strategy: Strategy) -> list[PriorityArea]:
    """The strategy's priority areas in order, each with its goals in order (two queries)."""
    goals = Goal.objects.filter(partnership_id=strategy.partnership_id).order_by("order", "id")
    return list(
        PriorityArea.objects.filter(partnership_id=strategy.partnership_id, strategy=strategy)
        .order_by("order", "id")
        .prefetch_related(Prefetch("goals", queryset=goals))
    )


def get_priority_area(*, partnership: Partnership, pk: int) -> PriorityArea:
    area = (
        PriorityArea.objects.filter(partnership=partnership, pk=pk)
        .select_related("strategy")
        .first()
    )
    if area is None:
        raise Http404("No such priority area.")
    return area


def get_goal(*, partnership: Partnership, pk: int) -> Goal:
    goal = (
        Goal.objects.filter(partnership=partnership, pk=pk)
        .select_related("priority_area__strategy")
        .first()
    )
    if goal is None:
        raise Http404("No such goal.")
    return goal


def list_goals(*, partnership: Partnership, strategy: Strategy | None = None) -> QuerySet[Goal]:
    """Goals to choose from (e.g. the goal an activity serves), in strategy and area order."""
    goals = Goal.objects.filter(partnership=partnership)
    if strategy is not None:
        goals = goals.filter(priority_area__strategy=strategy)
    return goals.select_related("priority_area__strategy").order_by(
        "-priority_area__strategy__period_start", "priority_area__order", "priority_area_id",
        "order", "id",
    )  # fmt: skip


def _questions() -> QuerySet[LensQuestion]:
    return LensQuestion.objects.order_by("order", "id")


def list_lenses(*, partnership: Partnership) -> QuerySet[Lens]:
    """Every lens of the partnership, active first, with the number of its questions."""
    return (
        Lens.objects.filter(partnership=partnership)
        .annotate(question_count=Count("questions", filter=Q(questions__partnership=partnership)))
        .order_by("-is_active", "code")
    )


def list_active_lenses(partnership: Partnership) -> QuerySet[Lens]:
    """The lenses every activity is read through, their questions in order (two queries)."""
    return (
        Lens.objects.filter(partnership=partnership, is_active=True)
        .order_by("code")
        .prefetch_related(Prefetch("questions", queryset=_questions()))
    )


def get_lens(*, partnership: Partnership, pk: int) -> Lens:
    lens = (
        Lens.objects.filter(partnership=partnership, pk=pk)
        .prefetch_related(Prefetch("questions", queryset=_questions()))
        .first()
    )
    if lens is None:
        raise Http404("No such lens.")
    return lens


def get_lens_question(*, partnership: Partnership, pk: int) -> LensQuestion:
    question = (
        LensQuestion.objects.filter(partnership=partnership, pk=pk).select_related("lens").first()
    )
    if question is None:
        raise Http404("No such question.")
    return question
