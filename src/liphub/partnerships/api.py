"""API of the partnership module: organizations, partners, people, bodies, seats, audit trail.

Reads need `partnerships.view`; writes need `partnerships.manage` and go through the same
services as the web pages. Updates are partial (PATCH) and carry the `version` the client
read: a stale version answers 409 instead of overwriting someone else's change.
"""

import datetime as dt
from typing import Any

from auditlog.models import LogEntry
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from liphub.accounts.access import access_partnership
from liphub.accounts.api_messages import UNKNOWN_VALUES
from liphub.core.api import (
    MANAGE,
    VIEW,
    VIEW_AUDIT,
    ApiRequest,
    ErrorOut,
    VersionedOut,
    changed_fields,
    optional_related,
    related,
)
from liphub.core.models import Partnership
from liphub.partnerships import selectors, services
from liphub.partnerships.models import (
    Body,
    BodyKind,
    Organization,
    Partner,
    Person,
    Seat,
    SeatRole,
    Sector,
)

router = Router(tags=["Partners, council and committees"])

BASE = "/partnerships/{slug}"
READ_ERRORS: dict[int, Any] = {404: ErrorOut}
WRITE_ERRORS: dict[int, Any] = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


# --- Organizations -----------------------------------------------------------------------------


class OrganizationOut(VersionedOut):
    hsds_id: str
    name_en: str
    name_fr: str
    alternate_name: str
    description_en: str
    description_fr: str
    email: str
    website: str
    tax_status: str
    tax_id: str
    year_incorporated: int | None
    legal_status: str
    logo: str
    uri: str
    parent_organization_id: int | None
    is_francophone: bool
    partner_id: int | None

    @staticmethod
    def resolve_partner_id(obj: Organization) -> int | None:
        partner = selectors.partner_of(obj)
        return partner.pk if partner is not None else None


class OrganizationIn(Schema):
    name_en: str = ""
    name_fr: str = ""
    alternate_name: str = ""
    description_en: str = ""
    description_fr: str = ""
    email: str = ""
    website: str = ""
    tax_status: str = ""
    tax_id: str = ""
    year_incorporated: int | None = None
    legal_status: str = ""
    logo: str = ""
    uri: str = ""
    parent_organization_id: int | None = None
    is_francophone: bool = False


class OrganizationPatch(Schema):
    """Only the fields sent are changed; `version` is the one you read."""

    version: int
    name_en: str | None = None
    name_fr: str | None = None
    alternate_name: str | None = None
    description_en: str | None = None
    description_fr: str | None = None
    email: str | None = None
    website: str | None = None
    tax_status: str | None = None
    tax_id: str | None = None
    year_incorporated: int | None = None
    legal_status: str | None = None
    logo: str | None = None
    uri: str | None = None
    parent_organization_id: int | None = None
    is_francophone: bool | None = None


def _organization_fields(partnership: Partnership, data: dict[str, Any]) -> dict[str, Any]:
    if "parent_organization_id" in data:
        data["parent_organization"] = optional_related(
            "parent_organization_id",
            data.pop("parent_organization_id"),
            lambda pk: selectors.get_organization(partnership=partnership, pk=pk),
        )
    return data


@router.get(
    f"{BASE}/organizations",
    response=list[OrganizationOut],
    url_name="organization_list",
    summary="List organizations",
)
@paginate
def list_organizations(request: ApiRequest, slug: str) -> list[Organization]:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.list_organizations(partnership=partnership)


@router.get(
    f"{BASE}/organizations/{{organization_id}}",
    response={200: OrganizationOut, **READ_ERRORS},
    url_name="organization_detail",
    summary="One organization",
)
def get_organization(request: ApiRequest, slug: str, organization_id: int) -> Organization:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_organization(partnership=partnership, pk=organization_id)


@router.post(
    f"{BASE}/organizations",
    response={201: OrganizationOut, **WRITE_ERRORS},
    url_name="organization_create",
    summary="Create an organization",
)
def create_organization(
    request: ApiRequest, slug: str, payload: OrganizationIn
) -> Status[Organization]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    fields = _organization_fields(partnership, payload.dict())
    organization = services.create_organization(partnership=partnership, **fields)
    return Status(201, selectors.get_organization(partnership=partnership, pk=organization.pk))


@router.patch(
    f"{BASE}/organizations/{{organization_id}}",
    response={200: OrganizationOut, **WRITE_ERRORS},
    url_name="organization_update",
    summary="Change an organization (send the version you read)",
)
def update_organization(
    request: ApiRequest, slug: str, organization_id: int, payload: OrganizationPatch
) -> Organization:
    partnership = access_partnership(request.auth, slug, MANAGE)
    organization = selectors.get_organization(partnership=partnership, pk=organization_id)
    fields = _organization_fields(partnership, changed_fields(payload, exclude={"version"}))
    services.update_organization(
        organization=organization, expected_version=payload.version, **fields
    )
    return selectors.get_organization(partnership=partnership, pk=organization.pk)


# --- Partners ----------------------------------------------------------------------------------


class PartnerOut(VersionedOut):
    organization_id: int
    organization_name_en: str
    organization_name_fr: str
    sectors: list[str]
    since: dt.date | None
    until: dt.date | None
    is_immigrant_led: bool
    notes: str

    @staticmethod
    def resolve_organization_name_en(obj: Partner) -> str:
        return obj.organization.name_en

    @staticmethod
    def resolve_organization_name_fr(obj: Partner) -> str:
        return obj.organization.name_fr

    @staticmethod
    def resolve_sectors(obj: Partner) -> list[str]:
        return [sector.code for sector in obj.sectors.all()]


class PartnerIn(Schema):
    organization_id: int
    sectors: list[str] = []
    since: dt.date | None = None
    until: dt.date | None = None
    is_immigrant_led: bool = False
    notes: str = ""


class SectorOut(Schema):
    code: str
    name_en: str
    name_fr: str
    is_key: bool


def _partners(partnership: Partnership) -> QuerySet[Partner]:
    return (
        Partner.objects.filter(partnership=partnership)
        .select_related("organization")
        .prefetch_related("sectors")
        .order_by("organization__name_en", "pk")
    )


def _sectors(codes: list[str]) -> list[Sector]:
    sectors = list(Sector.objects.filter(code__in=codes))
    unknown = sorted(set(codes) - {sector.code for sector in sectors})
    if unknown:
        raise ValidationError(
            {"sectors": UNKNOWN_VALUES % {"values": ", ".join(unknown)}},
            code="unknown_sector",
        )
    return sectors


@router.get(
    "/sectors", response=list[SectorOut], url_name="sector_list", summary="Stakeholder sectors"
)
def list_sectors(request: ApiRequest) -> QuerySet[Sector]:
    return selectors.list_sectors()


@router.get(
    f"{BASE}/partners", response=list[PartnerOut], url_name="partner_list", summary="List partners"
)
@paginate
def list_partners(request: ApiRequest, slug: str) -> QuerySet[Partner]:
    partnership = access_partnership(request.auth, slug, VIEW)
    return _partners(partnership)


@router.get(
    f"{BASE}/partners/{{partner_id}}",
    response={200: PartnerOut, **READ_ERRORS},
    url_name="partner_detail",
    summary="One partner",
)
def get_partner(request: ApiRequest, slug: str, partner_id: int) -> Partner:
    partnership = access_partnership(request.auth, slug, VIEW)
    return get_object_or_404(_partners(partnership), pk=partner_id)


@router.post(
    f"{BASE}/partners",
    response={201: PartnerOut, **WRITE_ERRORS},
    url_name="partner_create",
    summary="Make an organization a partner",
)
def create_partner(request: ApiRequest, slug: str, payload: PartnerIn) -> Status[Partner]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    organization = related(
        "organization_id",
        lambda: selectors.get_organization(partnership=partnership, pk=payload.organization_id),
    )
    partner = services.make_partner(
        organization=organization,
        sectors=_sectors(payload.sectors),
        since=payload.since,
        until=payload.until,
        is_immigrant_led=payload.is_immigrant_led,
        notes=payload.notes,
    )
    return Status(201, get_object_or_404(_partners(partnership), pk=partner.pk))


# --- People ------------------------------------------------------------------------------------


class PersonOut(VersionedOut):
    full_name: str
    email: str
    phone: str
    title: str
    organization_id: int | None


@router.get(
    f"{BASE}/people", response=list[PersonOut], url_name="person_list", summary="List people"
)
@paginate
def list_people(request: ApiRequest, slug: str) -> QuerySet[Person]:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.list_people(partnership=partnership)


@router.get(
    f"{BASE}/people/{{person_id}}",
    response={200: PersonOut, **READ_ERRORS},
    url_name="person_detail",
    summary="One person",
)
def get_person(request: ApiRequest, slug: str, person_id: int) -> Person:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_person(partnership=partnership, pk=person_id)


# --- Bodies ------------------------------------------------------------------------------------


class BodyOut(VersionedOut):
    kind: str
    name_en: str
    name_fr: str
    mandate_en: str
    mandate_fr: str
    parent_id: int | None
    is_active: bool


class BodyIn(Schema):
    kind: BodyKind
    name_en: str = ""
    name_fr: str = ""
    mandate_en: str = ""
    mandate_fr: str = ""
    parent_id: int | None = None
    is_active: bool = True


class BodyPatch(Schema):
    """Only the fields sent are changed; `version` is the one you read."""

    version: int
    kind: BodyKind | None = None
    name_en: str | None = None
    name_fr: str | None = None
    mandate_en: str | None = None
    mandate_fr: str | None = None
    parent_id: int | None = None
    is_active: bool | None = None


def _body_fields(partnership: Partnership, data: dict[str, Any]) -> dict[str, Any]:
    if "kind" in data and data["kind"] is not None:
        data["kind"] = BodyKind(data["kind"]).value
    if "parent_id" in data:
        data["parent"] = optional_related(
            "parent_id",
            data.pop("parent_id"),
            lambda pk: selectors.get_body(partnership=partnership, pk=pk),
        )
    return data


def _bodies(partnership: Partnership) -> QuerySet[Body]:
    return Body.objects.filter(partnership=partnership).order_by("kind", "name_en", "pk")


@router.get(
    f"{BASE}/bodies",
    response=list[BodyOut],
    url_name="body_list",
    summary="List the council and committees",
)
@paginate
def list_bodies(request: ApiRequest, slug: str) -> QuerySet[Body]:
    partnership = access_partnership(request.auth, slug, VIEW)
    return _bodies(partnership)


@router.get(
    f"{BASE}/bodies/{{body_id}}",
    response={200: BodyOut, **READ_ERRORS},
    url_name="body_detail",
    summary="One body",
)
def get_body(request: ApiRequest, slug: str, body_id: int) -> Body:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_body(partnership=partnership, pk=body_id)


@router.post(
    f"{BASE}/bodies",
    response={201: BodyOut, **WRITE_ERRORS},
    url_name="body_create",
    summary="Create a body",
)
def create_body(request: ApiRequest, slug: str, payload: BodyIn) -> Status[Body]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    body = services.create_body(
        partnership=partnership, **_body_fields(partnership, payload.dict())
    )
    return Status(201, body)


@router.patch(
    f"{BASE}/bodies/{{body_id}}",
    response={200: BodyOut, **WRITE_ERRORS},
    url_name="body_update",
    summary="Change a body (send the version you read)",
)
def update_body(request: ApiRequest, slug: str, body_id: int, payload: BodyPatch) -> Body:
    partnership = access_partnership(request.auth, slug, MANAGE)
    body = selectors.get_body(partnership=partnership, pk=body_id)
    fields = _body_fields(partnership, changed_fields(payload, exclude={"version"}))
    return services.update_body(body=body, expected_version=payload.version, **fields)


# --- Seats -------------------------------------------------------------------------------------


class SeatOut(VersionedOut):
    body_id: int
    person_id: int
    person_name: str
    organization_id: int | None
    role: str
    is_immigrant_representative: bool
    is_francophone: bool
    term_start: dt.date | None
    term_end: dt.date | None
    is_current: bool

    @staticmethod
    def resolve_person_name(obj: Seat) -> str:
        return obj.person.full_name

    @staticmethod
    def resolve_is_current(obj: Seat) -> bool:
        return obj.is_current()


class SeatIn(Schema):
    body_id: int
    person_id: int
    organization_id: int | None = None
    role: SeatRole = SeatRole.MEMBER
    is_immigrant_representative: bool = False
    is_francophone: bool = False
    term_start: dt.date | None = None
    term_end: dt.date | None = None


class SeatFilter(Schema):
    body_id: int | None = None


def _seats(partnership: Partnership) -> QuerySet[Seat]:
    return (
        Seat.objects.filter(partnership=partnership)
        .select_related("person")
        .order_by("body_id", "role", "person__full_name", "pk")
    )


@router.get(f"{BASE}/seats", response=list[SeatOut], url_name="seat_list", summary="List seats")
@paginate
def list_seats(request: ApiRequest, slug: str, filters: Query[SeatFilter]) -> QuerySet[Seat]:
    partnership = access_partnership(request.auth, slug, VIEW)
    seats = _seats(partnership)
    if filters.body_id is not None:
        seats = seats.filter(body_id=filters.body_id)
    return seats


@router.get(
    f"{BASE}/seats/{{seat_id}}",
    response={200: SeatOut, **READ_ERRORS},
    url_name="seat_detail",
    summary="One seat",
)
def get_seat(request: ApiRequest, slug: str, seat_id: int) -> Seat:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_seat(partnership=partnership, pk=seat_id)


@router.post(
    f"{BASE}/seats",
    response={201: SeatOut, **WRITE_ERRORS},
    url_name="seat_create",
    summary="Give a person a seat on a body",
)
def create_seat(request: ApiRequest, slug: str, payload: SeatIn) -> Status[Seat]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    body = related(
        "body_id", lambda: selectors.get_body(partnership=partnership, pk=payload.body_id)
    )
    person = related(
        "person_id", lambda: selectors.get_person(partnership=partnership, pk=payload.person_id)
    )
    organization = optional_related(
        "organization_id",
        payload.organization_id,
        lambda pk: selectors.get_organization(partnership=partnership, pk=pk),
    )
    seat = services.create_seat(
        body=body,
        person=person,
        organization=organization,
        role=SeatRole(payload.role).value,
        is_immigrant_representative=payload.is_immigrant_representative,
        is_francophone=payload.is_francophone,
        term_start=payload.term_start,
        term_end=payload.term_end,
    )
    return Status(201, selectors.get_seat(partnership=partnership, pk=seat.pk))


# --- Audit trail -------------------------------------------------------------------------------


class AuditEntryOut(Schema):
    id: int
    timestamp: dt.datetime
    actor: str | None
    action: str
    object_type: str
    object_id: str
    object_repr: str
    changes: dict[str, Any]

    @staticmethod
    def resolve_actor(obj: LogEntry) -> str | None:
        return obj.actor.email if obj.actor is not None else None

    @staticmethod
    def resolve_action(obj: LogEntry) -> str:
        return {
            LogEntry.Action.CREATE: "create",
            LogEntry.Action.UPDATE: "update",
            LogEntry.Action.DELETE: "delete",
            LogEntry.Action.ACCESS: "access",
        }.get(obj.action, str(obj.action))

    @staticmethod
    def resolve_object_type(obj: LogEntry) -> str:
        content_type = obj.content_type
        return f"{content_type.app_label}.{content_type.model}"

    @staticmethod
    def resolve_object_id(obj: LogEntry) -> str:
        return str(obj.object_pk)

    @staticmethod
    def resolve_changes(obj: LogEntry) -> dict[str, Any]:
        return dict(obj.changes_dict)


@router.get(
    f"{BASE}/audit",
    response={200: list[AuditEntryOut], 403: ErrorOut, 404: ErrorOut},
    url_name="audit_list",
    summary="The audit trail (coordinators)",
)
@paginate
def list_audit(request: ApiRequest, slug: str) -> QuerySet[LogEntry]:
    partnership = access_partnership(request.auth, slug, VIEW_AUDIT)
    return selectors.list_audit_entries(partnership=partnership)
