"""API of the strategy: strategies with their priority areas and goals (read only).

Reads need `partnerships.view`. Objects are fetched within the partnership of the URL, so
another partnership's id answers 404.
"""

import datetime as dt
from typing import Any

from django.db.models import QuerySet
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from liphub.accounts.access import access_partnership
from liphub.core.api import VIEW, ApiRequest, ErrorOut, VersionedOut
from liphub.core.models import Partnership
from liphub.strategy import selectors
from liphub.strategy.models import Goal, PriorityArea, Strategy

router = Router(tags=["Strategy"])

BASE = "/partnerships/{slug}"
READ_ERRORS: dict[int, Any] = {404: ErrorOut}


class GoalOut(VersionedOut):
    priority_area_id: int
    title_en: str
    title_fr: str
    description_en: str
    description_fr: str
    order: int


class GoalDetailOut(GoalOut):
    strategy_id: int

    @staticmethod
    def resolve_strategy_id(obj: Goal) -> int:
        return obj.priority_area.strategy_id


class PriorityAreaOut(VersionedOut):
    strategy_id: int
    code: str
    name_en: str
    name_fr: str
    description_en: str
    description_fr: str
    order: int


class PriorityAreaDetailOut(PriorityAreaOut):
    goals: list[GoalOut]

    @staticmethod
    def resolve_goals(obj: PriorityArea) -> list[Goal]:
        return list(obj.goals.all())


class StrategyOut(VersionedOut):
    title_en: str
    title_fr: str
    period_start: dt.date
    period_end: dt.date
    vision_en: str
    vision_fr: str
    is_published: bool


class StrategyDetailOut(StrategyOut):
    """The strategy with its priority areas in order, each with its goals in order."""

    priority_areas: list[PriorityAreaDetailOut]

    @staticmethod
    def resolve_priority_areas(obj: Strategy) -> list[PriorityArea]:
        return selectors.list_priority_areas(strategy=obj)


class PriorityAreaFilter(Schema):
    strategy_id: int | None = None


class GoalFilter(Schema):
    strategy_id: int | None = None
    priority_area_id: int | None = None


def _priority_areas(partnership: Partnership) -> QuerySet[PriorityArea]:
    return PriorityArea.objects.filter(partnership=partnership).order_by(
        "-strategy__period_start", "strategy_id", "order", "id"
    )


@router.get(
    f"{BASE}/strategies",
    response=list[StrategyOut],
    url_name="strategy_list",
    summary="List strategies, the most recent period first",
)
@paginate
def list_strategies(request: ApiRequest, slug: str) -> QuerySet[Strategy]:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.list_strategies(partnership=partnership)


@router.get(
    f"{BASE}/strategies/{{strategy_id}}",
    response={200: StrategyDetailOut, **READ_ERRORS},
    url_name="strategy_detail",
    summary="One strategy, with its priority areas and their goals",
)
def get_strategy(request: ApiRequest, slug: str, strategy_id: int) -> Strategy:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_strategy(partnership=partnership, pk=strategy_id)


@router.get(
    f"{BASE}/priority-areas",
    response=list[PriorityAreaOut],
    url_name="priority_area_list",
    summary="List priority areas",
)
@paginate
def list_priority_areas(
    request: ApiRequest, slug: str, filters: Query[PriorityAreaFilter]
) -> QuerySet[PriorityArea]:
    partnership = access_partnership(request.auth, slug, VIEW)
    areas = _priority_areas(partnership)
    if filters.strategy_id is not None:
        areas = areas.filter(strategy_id=filters.strategy_id)
    return areas


@router.get(
    f"{BASE}/priority-areas/{{priority_area_id}}",
    response={200: PriorityAreaDetailOut, **READ_ERRORS},
    url_name="priority_area_detail",
    summary="One priority area, with its goals",
)
def get_priority_area(request: ApiRequest, slug: str, priority_area_id: int) -> PriorityArea:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_priority_area(partnership=partnership, pk=priority_area_id)


@router.get(f"{BASE}/goals", response=list[GoalOut], url_name="goal_list", summary="List goals")
@paginate
def list_goals(request: ApiRequest, slug: str, filters: Query[GoalFilter]) -> QuerySet[Goal]:
    partnership = access_partnership(request.auth, slug, VIEW)
    goals = selectors.list_goals(partnership=partnership)
    if filters.strategy_id is not None:
        goals = goals.filter(priority_area__strategy_id=filters.strategy_id)
    if filters.priority_area_id is not None:
        goals = goals.filter(priority_area_id=filters.priority_area_id)
    return goals


@router.get(
    f"{BASE}/goals/{{goal_id}}",
    response={200: GoalDetailOut, **READ_ERRORS},
    url_name="goal_detail",
    summary="One goal",
)
def get_goal(request: ApiRequest, slug: str, goal_id: int) -> Goal:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_goal(partnership=partnership, pk=goal_id)
