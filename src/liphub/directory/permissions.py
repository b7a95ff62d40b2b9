"""Who may do what with directory listings (services) of one partnership.

| action | coordinator | member acting for the organization | other member | viewer, analyst |
| see listings, the stale report, the gap analysis | yes | yes | yes | yes |
| add a listing | any organization | its organization's (waits for approval) | no | no |
| edit a listing, mark it verified | any | its organization's | no | no |
| approve, mark reviewed, directory settings | yes | no | no | no |

"Acting for an organization" is `liphub.progress.selectors.get_actor`: a contact
(partnerships.Person) of the partnership linked to the user's account.
"""

from __future__ import annotations

from liphub.directory.models import Service
from liphub.progress.permissions import Actor

__all__ = ["Actor", "can_create_service", "can_edit_service", "can_review"]


def can_create_service(actor: Actor) -> bool:
    return actor.is_coordinator or (actor.can_contribute and bool(actor.organization_ids))


def can_edit_service(actor: Actor, service: Service) -> bool:
    return actor.acts_for(service.organization_id)


def can_review(actor: Actor) -> bool:
    return actor.is_coordinator
