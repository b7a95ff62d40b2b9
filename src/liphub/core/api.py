"""API: the partnerships a client may see, and helpers shared by every app's API module.

Every endpoint under `/api/partnerships/{slug}/` starts with
`access_partnership(request.auth, slug, perm)`: 404 for a partnership the client may not see,
403 when it lacks the permission. Objects are then fetched within that partnership, so
another partnership's id answers 404.
"""

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from ninja import Router, Schema
from ninja.pagination import paginate

from liphub.accounts.access import access_partnership, role_in, visible_partnerships
from liphub.accounts.api_messages import NOT_IN_PARTNERSHIP
from liphub.core.models import Partnership

VIEW = "partnerships.view"
MANAGE = "partnerships.manage"
VIEW_AUDIT = "partnerships.view_audit"

T = TypeVar("T")


class ApiRequest(HttpRequest):
    """What an endpoint receives: the request, with `auth` set to the authenticated user."""

    auth: Any


class ErrorOut(Schema):
    detail: Any


class VersionedOut(Schema):
    """Fields every tenant record carries: send `version` back with an update."""

    id: int
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


def related(field: str, fetch: Callable[[], T]) -> T:
    """A related object named by id in a request body, fetched within the partnership.

    An id of another partnership (or no such id) is a field error (422), not a 404 of the
    whole request.
    """
    try:
        return fetch()
    except Http404:
        raise ValidationError({field: NOT_IN_PARTNERSHIP}, code="other_partnership") from None


def optional_related(field: str, pk: int | None, fetch: Callable[[int], T]) -> T | None:
    if pk is None:
        return None
    return related(field, lambda: fetch(pk))


def changed_fields(payload: Schema, *, exclude: set[str] | None = None) -> dict[str, Any]:
    """The fields a partial update (PATCH) actually sent."""
    return payload.dict(exclude_unset=True, exclude=exclude or set())


# --- Partnerships ------------------------------------------------------------------------------

router = Router(tags=["Partnerships"])


class PartnershipOut(Schema):
    slug: str
    name_en: str
    name_fr: str
    description_en: str
    description_fr: str
    region: str
    province: str
    lead_organization: str
    website: str
    email: str
    is_public: bool
    networks: list[str]

    @staticmethod
    def resolve_networks(obj: Partnership) -> list[str]:
        return [network.slug for network in obj.networks.all()]


class PartnershipDetailOut(PartnershipOut):
    role: str | None

    @staticmethod
    def resolve_role(obj: Partnership, context: dict[str, Any]) -> str | None:
        return role_in(context["request"].auth, obj)


@router.get(
    "/partnerships",
    response=list[PartnershipOut],
    url_name="partnership_list",
    summary="List the partnerships you may see",
)
@paginate
def list_partnerships(request: ApiRequest) -> QuerySet[Partnership]:
    return visible_partnerships(request.auth).prefetch_related("networks").order_by("slug")


@router.get(
    "/partnerships/{slug}",
    response={200: PartnershipDetailOut, 404: ErrorOut},
    url_name="partnership_detail",
    summary="One partnership, with your role in it",
)
def get_partnership(request: ApiRequest, slug: str) -> Partnership:
    return access_partnership(request.auth, slug, VIEW)
