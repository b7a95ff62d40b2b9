"""Reads for the anonymous public site of one partnership (run inside `public_scope`)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, F, IntegerField, Prefetch, Q, Value, When, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.utils import timezone

from liphub.actions.models import Activity
from liphub.core.i18n import TranslatedFieldsMixin
from liphub.core.models import Partnership
from liphub.partnerships.models import Body, BodyKind, Seat
from liphub.progress.models import ProgressUpdate
from liphub.strategy.models import Goal, PriorityArea, Strategy
from liphub.strategy.selectors import get_current_strategy, list_priority_areas

# The order a visitor expects: the council first, its committees after.
BODY_ORDER = [
    BodyKind.COUNCIL,
    BodyKind.STEERING_COMMITTEE,
    BodyKind.IMMIGRANT_ADVISORY_COUNCIL,
    BodyKind.SUB_COUNCIL,
    BodyKind.WORKING_GROUP,
    BodyKind.COMMITTEE,
    BodyKind.NOMINATION_COMMITTEE,
]


def get_public_partnership(slug: str) -> Partnership:
    """The partnership whose public site is published, else 404."""
    partnership = Partnership.objects.filter(slug=slug, is_public=True).first()
    if partnership is None:
        raise Http404("No such public site.")
    return partnership


@dataclass(frozen=True)
class PublicSeat:
    """What the public may know of a seat: names and organizations, never contact details."""

    person_name: str
    organization: object | None
    role: str
    is_immigrant_representative: bool


@dataclass(frozen=True)
class PublicBody:
    body: Body
    seats: list[PublicSeat]


def list_council(partnership: Partnership) -> list[PublicBody]:
    """Active bodies with their current seats (one query for bodies, one for seats)."""
    today = timezone.localdate()
    current = (
        Seat.objects.filter(partnership=partnership)
        .filter(Q(term_start__isnull=True) | Q(term_start__lte=today))
        .filter(Q(term_end__isnull=True) | Q(term_end__gte=today))
        .select_related("person", "organization")
        .order_by("role", "person__full_name")
    )
    bodies = (
        Body.objects.filter(partnership=partnership, is_active=True)
        .prefetch_related(Prefetch("seats", queryset=current, to_attr="current_seats"))
        .annotate(
            kind_order=Case(
                *[When(kind=kind, then=Value(i)) for i, kind in enumerate(BODY_ORDER)],
                default=Value(len(BODY_ORDER)),
                output_field=IntegerField(),
            )
        )
        .order_by("kind_order", "name_en")
    )
    return [
        PublicBody(
            body=body,
            seats=[
                PublicSeat(
                    person_name=seat.person.full_name,
                    organization=seat.organization,
                    role=str(seat.get_role_display()),
                    is_immigrant_representative=seat.is_immigrant_representative,
                )
                for seat in body.current_seats
            ],
        )
        for body in bodies
    ]


# --- The strategy and its progress -------------------------------------------------------------

LATEST_UPDATES = 2  # progress updates shown per activity on the public strategy page
UPDATES_SHOWN_FOR = ("in_progress", "completed")


@dataclass(frozen=True)
class PublicProgressUpdate:
    """What the public may know of an update: its text and date, never its author."""

    text: str
    milestone: str
    posted_on: object


@dataclass(frozen=True)
class PublicActivity(TranslatedFieldsMixin):
    """What the public may know of an activity: no budget, no contacts, no internal notes."""

    title_en: str
    title_fr: str
    status: str
    status_label: str
    fiscal_year_label: str
    lead_organization: object | None
    updates: list[PublicProgressUpdate]

    translated_fields = ("title",)


@dataclass(frozen=True)
class PublicGoal:
    goal: Goal
    activities: list[PublicActivity]


@dataclass(frozen=True)
class PublicPriorityArea:
    area: PriorityArea
    goals: list[PublicGoal]


@dataclass(frozen=True)
class PublicStrategy:
    strategy: Strategy
    areas: list[PublicPriorityArea]


def _latest_updates(
    partnership: Partnership, activity_ids: list[int]
) -> dict[int, list[PublicProgressUpdate]]:
    """The latest updates of each in-progress or completed activity, in one query."""
    ranked = (
        ProgressUpdate.objects.filter(
            partnership=partnership,
            activity_id__in=activity_ids,
            activity__status__in=UPDATES_SHOWN_FOR,
        )
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("activity_id")],
                order_by=[F("created_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=LATEST_UPDATES)
        .order_by("activity_id", "rank")
        .values_list("activity_id", "text", "milestone", "created_at")
    )
    updates: dict[int, list[PublicProgressUpdate]] = {}
    for activity_id, text, milestone, created_at in ranked:
        updates.setdefault(activity_id, []).append(
            PublicProgressUpdate(text=text, milestone=milestone, posted_on=created_at)
        )
    return updates


def get_public_strategy(partnership: Partnership) -> PublicStrategy | None:
    """The current published strategy: its priority areas, goals, and the activities under
    each with their status and latest progress (a fixed number of queries)."""
    strategy = get_current_strategy(partnership=partnership, published_only=True)
    if strategy is None:
        return None
    areas = list_priority_areas(strategy=strategy)
    activities = list(
        Activity.objects.filter(partnership=partnership, goal__priority_area__strategy=strategy)
        .select_related("plan", "lead_organization")
        .only(
            "title_en", "title_fr", "status", "goal_id", "plan__fiscal_year",
            "lead_organization__name_en", "lead_organization__name_fr",
        )
        .order_by("-plan__fiscal_year", "start_date", "id")
    )  # fmt: skip
    updates = _latest_updates(partnership, [activity.pk for activity in activities])
    by_goal: dict[int, list[PublicActivity]] = {}
    for activity in activities:
        assert activity.goal_id is not None  # filtered on the goal's strategy
        by_goal.setdefault(activity.goal_id, []).append(
            PublicActivity(
                title_en=activity.title_en,
                title_fr=activity.title_fr,
                status=activity.status,
                status_label=str(activity.get_status_display()),
                fiscal_year_label=activity.plan.fiscal_year_label,
                lead_organization=activity.lead_organization,
                updates=updates.get(activity.pk, []),
            )
        )
    return PublicStrategy(
        strategy=strategy,
        areas=[
            PublicPriorityArea(
                area=area,
                goals=[
                    PublicGoal(goal=goal, activities=by_goal.get(goal.pk, []))
                    for goal in area.goals.all()
                ],
            )
            for area in areas
        ],
    )
