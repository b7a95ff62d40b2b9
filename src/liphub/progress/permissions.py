"""Who may do what with commitments and progress updates.

| action | coordinator | member acting for the organization | other member | viewer, analyst |
| see commitments and updates | yes | yes | yes | yes |
| create, edit, delete a commitment | any | its organization's | no | no |
| post a progress update | any activity | activities it leads or supports | no | no |
| change the activity's status with an update | any activity | activities it leads | no | no |
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from liphub.actions.models import Activity
from liphub.progress.models import Commitment


@dataclass(frozen=True)
class Actor:
    """What a user may do with commitments and updates in one partnership (computed once)."""

    is_coordinator: bool
    can_contribute: bool
    organization_ids: frozenset[int]

    def acts_for(self, organization_id: int | None) -> bool:
        if self.is_coordinator:
            return True
        return (
            self.can_contribute
            and organization_id is not None
            and organization_id in self.organization_ids
        )


def can_create_commitment(actor: Actor) -> bool:
    return actor.is_coordinator or (actor.can_contribute and bool(actor.organization_ids))


def can_edit_commitment(actor: Actor, commitment: Commitment) -> bool:
    return actor.acts_for(commitment.organization_id)


def can_post_update(actor: Actor, activity_organization_ids: Iterable[int]) -> bool:
    """`activity_organization_ids`: the activity's lead and supporting organizations."""
    if actor.is_coordinator:
        return True
    return actor.can_contribute and bool(actor.organization_ids & set(activity_organization_ids))


def can_change_status(actor: Actor, activity: Activity) -> bool:
    return actor.acts_for(activity.lead_organization_id)
