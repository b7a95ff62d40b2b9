"""Reads for the anonymous public site of one partnership (run inside `public_scope`)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, IntegerField, Prefetch, Q, Value, When
from django.http import Http404
from django.utils import timezone

from liphub.core.models import Partnership
from liphub.partnerships.models import Body, BodyKind, Seat

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
