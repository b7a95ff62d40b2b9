"""Reads of the progress module: who acts for which organization, commitments, updates, the
member's home page.

A user acts for an organization in a partnership when a contact (partnerships.Person) of that
partnership is linked to their account; coordinators act for every organization.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from liphub.actions.models import ActionPlan, Activity, ActivityStatus
from liphub.core.models import Partnership
from liphub.meetings.models import FollowUp, FollowUpStatus
from liphub.partnerships.models import Organization, Person
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.progress.permissions import Actor, can_edit_commitment
from liphub.strategy.models import Goal

MANAGE = "partnerships.manage"
CONTRIBUTE = "partnerships.contribute"
OPEN_STATUSES = (ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED)


# --- Who acts for which organization -----------------------------------------------------------


def organizations_of(user: Any, partnership: Partnership) -> list[Organization]:
    """The organizations the user is staff of in this partnership (their linked contacts')."""
    if user is None or not user.is_authenticated:
        return []
    return list(
        Organization.objects.filter(
            partnership=partnership, people__user=user, people__partnership=partnership
        )
        .distinct()
        .order_by("name_en", "name_fr", "id")
    )


def get_actor(user: Any, partnership: Partnership) -> Actor:
    cache: dict[int, Actor] = user.__dict__.setdefault("_liphub_progress_actors", {})
    if partnership.pk not in cache:
        cache[partnership.pk] = Actor(
            is_coordinator=user.has_perm(MANAGE, partnership),
            can_contribute=user.has_perm(CONTRIBUTE, partnership),
            organization_ids=frozenset(org.pk for org in organizations_of(user, partnership)),
        )
    return cache[partnership.pk]


def list_people_with_accounts(*, partnership: Partnership) -> QuerySet[Person]:
    return (
        Person.objects.filter(partnership=partnership)
        .select_related("organization", "user")
        .order_by("full_name", "id")
    )


def list_member_users(*, partnership: Partnership) -> QuerySet[Any]:
    """The user accounts that hold a role in this partnership."""
    from liphub.accounts.models import User

    return (
        User.objects.filter(memberships__partnership=partnership)
        .distinct()
        .order_by("full_name", "email")
    )


# --- Goals and activities ----------------------------------------------------------------------


def list_goals(*, partnership: Partnership) -> QuerySet[Goal]:
    return Goal.objects.filter(partnership=partnership).select_related("priority_area")


def list_activities(*, partnership: Partnership) -> QuerySet[Activity]:
    return (
        Activity.objects.filter(partnership=partnership)
        .select_related("plan", "lead_organization")
        .order_by("-plan__fiscal_year", "title_en", "id")
    )


def get_activity(*, partnership: Partnership, pk: int) -> Activity:
    activity = (
        Activity.objects.filter(partnership=partnership, pk=pk)
        .select_related("plan", "goal", "lead_organization")
        .first()
    )
    if activity is None:
        raise Http404("No such activity.")
    return activity


def activity_organization_ids(activity: Activity) -> set[int]:
    """The lead and supporting organizations of an activity."""
    ids = set(activity.supporting_organizations.values_list("id", flat=True))
    if activity.lead_organization_id is not None:
        ids.add(activity.lead_organization_id)
    return ids


# --- Commitments -------------------------------------------------------------------------------


def list_commitments(
    *,
    partnership: Partnership,
    organization: Organization | None = None,
    goal: Goal | None = None,
    activity: Activity | None = None,
    organization_ids: frozenset[int] | set[int] | None = None,
) -> QuerySet[Commitment]:
    commitments = Commitment.objects.filter(partnership=partnership)
    if organization is not None:
        commitments = commitments.filter(organization=organization)
    if organization_ids is not None:
        commitments = commitments.filter(organization_id__in=organization_ids)
    if goal is not None:
        commitments = commitments.filter(goal=goal)
    if activity is not None:
        commitments = commitments.filter(activity=activity)
    return commitments.select_related("organization", "goal", "activity").order_by(
        "organization__name_en", "organization__name_fr", "organization_id", "id"
    )


def get_commitment(*, partnership: Partnership, pk: int) -> Commitment:
    commitment = list_commitments(partnership=partnership).filter(pk=pk).first()
    if commitment is None:
        raise Http404("No such commitment.")
    return commitment


# --- Progress updates --------------------------------------------------------------------------


def list_updates(*, activity: Activity) -> QuerySet[ProgressUpdate]:
    return (
        ProgressUpdate.objects.filter(partnership_id=activity.partnership_id, activity=activity)
        .select_related("organization", "author", "evidence_document")
        .order_by("-created_at", "-id")
    )


# --- The member's home page --------------------------------------------------------------------


@dataclass(frozen=True)
class CommitmentGroup:
    organization: Organization
    rows: list[tuple[Commitment, bool]]  # each commitment, and whether the user may edit it


@dataclass
class MyWork:
    actor: Actor
    organizations: list[Organization] = field(default_factory=list)
    commitment_groups: list[CommitmentGroup] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    stale_activities: list[Activity] = field(default_factory=list)
    overdue_follow_ups: list[FollowUp] = field(default_factory=list)


def _group_by_organization(
    commitments: QuerySet[Commitment], actor: Actor
) -> list[CommitmentGroup]:
    groups = []
    for _key, group in groupby(commitments, lambda c: c.organization_id):
        rows = [(c, can_edit_commitment(actor, c)) for c in group]
        groups.append(CommitmentGroup(organization=rows[0][0].organization, rows=rows))
    return groups


def list_stale_activities(
    *, partnership: Partnership, now: dt.datetime | None = None
) -> list[Activity]:
    """Open activities, started or undated, with no progress update for longer than their
    plan's `stale_after_days` (one query for the plans, one for the activities)."""
    moment = now or timezone.now()
    plans = ActionPlan.objects.filter(partnership=partnership).values_list("id", "stale_after_days")
    stale = Q(pk__in=[])
    for plan_id, days in plans:
        cutoff = moment - dt.timedelta(days=days)
        stale |= Q(plan_id=plan_id) & (
            Q(last_progress_at__isnull=True) | Q(last_progress_at__lt=cutoff)
        )
    return list(
        list_activities(partnership=partnership)
        .filter(stale, status__in=OPEN_STATUSES)
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=timezone.localdate(moment)))
        .order_by("last_progress_at", "title_en", "id")
    )


def list_activities_of(
    *, partnership: Partnership, organization_ids: frozenset[int] | set[int]
) -> list[Activity]:
    """Activities the organizations lead or support, most recently active plan first."""
    return list(
        list_activities(partnership=partnership)
        .filter(
            Q(lead_organization_id__in=organization_ids)
            | Q(supporting_organizations__id__in=organization_ids)
        )
        .distinct()
    )


def get_my_work(*, user: Any, partnership: Partnership) -> MyWork:
    actor = get_actor(user, partnership)
    work = MyWork(actor=actor)
    if actor.is_coordinator:
        work.commitment_groups = _group_by_organization(
            list_commitments(partnership=partnership), actor
        )
        work.stale_activities = list_stale_activities(partnership=partnership)
        return work
    if not actor.organization_ids:
        return work
    work.organizations = organizations_of(user, partnership)
    work.commitment_groups = _group_by_organization(
        list_commitments(partnership=partnership, organization_ids=actor.organization_ids),
        actor,
    )
    work.activities = list_activities_of(
        partnership=partnership, organization_ids=actor.organization_ids
    )
    work.overdue_follow_ups = list(
        FollowUp.objects.filter(
            partnership=partnership,
            owner__user=user,
            status=FollowUpStatus.OPEN,
            due_date__lt=timezone.localdate(),
        )
        .select_related("meeting", "owner")
        .order_by("due_date", "id")
    )
    return work
