"""Writes of the directory pages: listings (services) with their details, review and
verification, and the coordinator's directory settings.

Every listing write checks the actor (`permissions.py`) here too, not only in the view:
a partner's staff write their own organization's listings only. A listing a partner adds
waits for the coordinator's approval; a partner's change to an approved listing stays public
and flags it for review. Each write refreshes the listing's search entry in the same
transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from liphub.core.models import Partnership
from liphub.core.services import save_versioned
from liphub.directory.models import (
    Accessibility,
    Address,
    Attribute,
    CommunityLanguage,
    CostOption,
    LinkEntity,
    Location,
    Phone,
    RequiredDocument,
    Schedule,
    SearchSynonym,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from liphub.directory.models import Language as ServiceLanguage
from liphub.directory.permissions import Actor, can_create_service, can_edit_service, can_review
from liphub.directory.search import reindex_services
from liphub.partnerships.models import Organization

SERVICE_FIELDS = (
    "organization",
    "name_en",
    "name_fr",
    "alternate_name",
    "description_en",
    "description_fr",
    "status",
    "url",
    "email",
    "application_process",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "fees_description",
    "wait_time",
    "interpretation_services",
    "alert",
)

LOCATION_FIELDS = ("location_name", "transportation", "latitude", "longitude")
ADDRESS_FIELDS = ("address_1", "address_2", "city", "state_province", "postal_code")
SYNONYM_FIELDS = ("terms",)
COMMUNITY_LANGUAGE_FIELDS = ("code", "name_en", "name_fr", "speakers", "source")


@dataclass(frozen=True)
class DetailKind:
    """A simple detail row of a listing: its model and the fields a form gives."""

    model: type[models.Model]
    fields: tuple[str, ...]


DETAIL_KINDS: dict[str, DetailKind] = {
    "phone": DetailKind(Phone, ("number", "extension", "type", "description")),
    "schedule": DetailKind(Schedule, ("byday", "opens_at", "closes_at", "description")),
    "language": DetailKind(ServiceLanguage, ("code", "name", "note")),
    "cost": DetailKind(CostOption, ("option", "amount", "currency", "amount_description")),
    "document": DetailKind(RequiredDocument, ("document", "uri")),
}
ROW_KINDS = (*DETAIL_KINDS, "location", "category")


def _assign(instance: Any, allowed: tuple[str, ...], fields: Mapping[str, Any]) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"Unknown fields for {type(instance).__name__}: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(instance, name, value.strip() if isinstance(value, str) else value)


def _require_edit(actor: Actor, service: Service) -> None:
    if not can_edit_service(actor, service):
        raise PermissionDenied(_("You may only edit your own organization's listings."))


def _require_review(actor: Actor) -> None:
    if not can_review(actor):
        raise PermissionDenied(_("Only the coordinator reviews listings."))


def _validate_service(service: Service, actor: Actor) -> None:
    errors: dict[str, Any] = {}
    if not (service.name_en or service.name_fr):
        errors["name_en"] = _("Give the name in English, in French or in both.")
    organization: Organization | None = getattr(service, "organization", None)
    if organization is None:
        errors["organization"] = _("Choose the organization that offers this service.")
    elif organization.partnership_id != service.partnership_id:
        errors["organization"] = _("Choose a record of this partnership.")
    elif not actor.acts_for(organization.pk):
        errors["organization"] = _("Choose one of your own organizations.")
    if (
        service.minimum_age is not None
        and service.maximum_age is not None
        and service.minimum_age > service.maximum_age
    ):
        errors["maximum_age"] = _("The maximum age cannot be below the minimum age.")
    if errors:
        raise ValidationError(errors)


def _saved(service: Service) -> None:
    reindex_services(partnership=service.partnership, service_ids=[service.pk])


def _changed_by(service: Service, actor: Actor) -> None:
    """A partner's change to an approved listing keeps it public and flags it for review."""
    if not actor.is_coordinator and service.is_approved:
        service.needs_review = True


# --- listings ---------------------------------------------------------------------------------


@transaction.atomic
def create_service(*, partnership: Partnership, actor: Actor, **fields: Any) -> Service:
    if not can_create_service(actor):
        raise PermissionDenied(_("You may only add listings for your own organization."))
    service = Service(partnership=partnership)
    _assign(service, SERVICE_FIELDS, fields)
    service.is_approved = actor.is_coordinator
    service.needs_review = False
    _validate_service(service, actor)
    save_versioned(service, expected_version=None)
    _saved(service)
    return service


@transaction.atomic
def update_service(
    *, service: Service, actor: Actor, expected_version: int | None, **fields: Any
) -> Service:
    _require_edit(actor, service)
    _assign(service, SERVICE_FIELDS, fields)
    _validate_service(service, actor)
    _changed_by(service, actor)
    save_versioned(service, expected_version=expected_version)
    _saved(service)
    return service


def _touch(service: Service, actor: Actor) -> None:
    """A detail row changed: the listing's version moves on, and a partner's change flags it."""
    _changed_by(service, actor)
    save_versioned(service, expected_version=None)
    _saved(service)


def _clear_review_note(service: Service) -> None:
    service.review_note = None
    service.reviewed_at = None
    service.reviewed_by = None


@transaction.atomic
def approve_service(*, service: Service, actor: Actor) -> Service:
    _require_review(actor)
    service.is_approved = True
    service.needs_review = False
    _clear_review_note(service)
    save_versioned(service, expected_version=None)
    _saved(service)
    return service


@transaction.atomic
def mark_reviewed(*, service: Service, actor: Actor) -> Service:
    _require_review(actor)
    service.needs_review = False
    _clear_review_note(service)
    save_versioned(service, expected_version=None)
    return service


@transaction.atomic
def send_back_service(*, service: Service, actor: Actor, reviewer: Any, note: str) -> Service:
    """The coordinator sends the listing back to its organization with what to change. A
    listing waiting for approval stays out of the public directory; an approved one stays in
    it. The note shows on the listing until the coordinator approves it or marks it reviewed."""
    _require_review(actor)
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Say what the partner should change.")})
    service.review_note = note
    service.reviewed_at = timezone.now()
    service.reviewed_by = reviewer
    service.needs_review = False
    save_versioned(service, expected_version=None)
    return service


@transaction.atomic
def mark_verified(
    *, service: Service, actor: Actor, email: str, today: dt.date | None = None
) -> Service:
    """The listing's details were checked with the organization today (HSDS assured_date)."""
    _require_edit(actor, service)
    service.assured_date = today or timezone.localdate()
    service.assurer_email = email
    save_versioned(service, expected_version=None)
    _saved(service)
    return service


# --- details of a listing --------------------------------------------------------------------


@transaction.atomic
def add_detail(*, service: Service, actor: Actor, kind: str, **fields: Any) -> models.Model:
    """Add a phone, schedule, language, cost option or required document to a listing."""
    _require_edit(actor, service)
    spec = DETAIL_KINDS[kind]
    row: Any = spec.model(partnership=service.partnership, service=service)
    _assign(row, spec.fields, fields)
    if kind == "schedule" and not row.freq:
        row.freq = "WEEKLY"
    if kind == "language":
        row.code = row.code.lower()
    if kind == "schedule" and row.opens_at and row.closes_at and row.opens_at >= row.closes_at:
        raise ValidationError({"closes_at": _("The closing time must be after the opening time.")})
    save_versioned(row, expected_version=None)
    _touch(service, actor)
    return row


@transaction.atomic
def add_location(
    *,
    service: Service,
    actor: Actor,
    existing: Location | None = None,
    accessibility: str = "",
    **fields: Any,
) -> ServiceAtLocation:
    """A place the service is offered: an existing place of its organization, or a new
    location with its address and accessibility."""
    _require_edit(actor, service)
    if existing is not None:
        return _link_location(service, actor, existing)
    location_fields = {k: v for k, v in fields.items() if k in LOCATION_FIELDS}
    address_fields = {k: v for k, v in fields.items() if k in ADDRESS_FIELDS}
    unknown = set(fields) - set(LOCATION_FIELDS) - set(ADDRESS_FIELDS)
    if unknown:
        raise TypeError(f"Unknown location fields: {sorted(unknown)}")
    location = Location(
        partnership=service.partnership,
        organization=service.organization,
        name_en=str(location_fields.pop("location_name", "") or "").strip(),
    )
    _assign(location, ("transportation", "latitude", "longitude"), location_fields)
    save_versioned(location, expected_version=None)
    address = Address(partnership=service.partnership, location=location)
    _assign(address, ADDRESS_FIELDS, address_fields)
    save_versioned(address, expected_version=None)
    if accessibility.strip():
        save_versioned(
            Accessibility(
                partnership=service.partnership,
                location=location,
                description=accessibility.strip(),
            ),
            expected_version=None,
        )
    link = ServiceAtLocation(partnership=service.partnership, service=service, location=location)
    save_versioned(link, expected_version=None)
    _touch(service, actor)
    return link


def _link_location(service: Service, actor: Actor, location: Location) -> ServiceAtLocation:
    if (
        location.partnership_id != service.partnership_id
        or location.organization_id != service.organization_id
    ):
        raise ValidationError({"existing": _("Choose a place of the listing's organization.")})
    if ServiceAtLocation.objects.filter(
        partnership=service.partnership, service=service, location=location
    ).exists():
        raise ValidationError({"existing": _("The listing is already offered at this place.")})
    link = ServiceAtLocation(partnership=service.partnership, service=service, location=location)
    save_versioned(link, expected_version=None)
    _touch(service, actor)
    return link


@transaction.atomic
def add_category(*, service: Service, actor: Actor, taxonomy_term: TaxonomyTerm) -> Attribute:
    """Attach a taxonomy term to the listing (an HSDS attribute)."""
    _require_edit(actor, service)
    if taxonomy_term.partnership_id != service.partnership_id:
        raise ValidationError({"taxonomy_term": _("Choose a record of this partnership.")})
    if Attribute.objects.filter(
        partnership=service.partnership, service=service, taxonomy_term=taxonomy_term
    ).exists():
        raise ValidationError({"taxonomy_term": _("The listing already has this category.")})
    attribute = Attribute(
        partnership=service.partnership,
        link_id=service.hsds_id,
        link_entity=LinkEntity.SERVICE,
        taxonomy_term=taxonomy_term,
        service=service,
    )
    save_versioned(attribute, expected_version=None)
    _touch(service, actor)
    return attribute


def _rows(service: Service, kind: str) -> models.QuerySet[Any]:
    if kind in DETAIL_KINDS:
        model: Any = DETAIL_KINDS[kind].model
        return model.objects.filter(partnership=service.partnership, service=service)
    if kind == "location":
        return ServiceAtLocation.objects.filter(partnership=service.partnership, service=service)
    if kind == "category":
        return Attribute.objects.filter(partnership=service.partnership, service=service)
    raise KeyError(kind)


@transaction.atomic
def remove_detail(*, service: Service, actor: Actor, kind: str, row_id: int) -> bool:
    """Remove one detail row of this listing; False when the listing has no such row."""
    _require_edit(actor, service)
    row = _rows(service, kind).filter(pk=row_id).first()
    if row is None:
        return False
    if kind == "location":
        location = row.location
        row.delete()
        # a place entered here and used by no other listing goes with it
        if not location.feed and not location.service_at_locations.exists():
            location.delete()
    else:
        row.delete()
    _touch(service, actor)
    return True


# --- directory settings (coordinator) ---------------------------------------------------------


@transaction.atomic
def save_synonym(
    *,
    partnership: Partnership,
    actor: Actor,
    synonym: SearchSynonym | None = None,
    expected_version: int | None = None,
    **fields: Any,
) -> SearchSynonym:
    _require_review(actor)
    synonym = synonym or SearchSynonym(partnership=partnership)
    _assign(synonym, SYNONYM_FIELDS, fields)
    words = synonym.term_list()
    if len(words) < 2:
        raise ValidationError({"terms": _("Give at least two words, separated by commas.")})
    synonym.terms = ", ".join(words)
    save_versioned(synonym, expected_version=expected_version)
    return synonym


@transaction.atomic
def delete_synonym(*, synonym: SearchSynonym, actor: Actor) -> None:
    _require_review(actor)
    synonym.delete()


@transaction.atomic
def save_community_language(
    *,
    partnership: Partnership,
    actor: Actor,
    language: CommunityLanguage | None = None,
    expected_version: int | None = None,
    **fields: Any,
) -> CommunityLanguage:
    _require_review(actor)
    language = language or CommunityLanguage(partnership=partnership)
    _assign(language, COMMUNITY_LANGUAGE_FIELDS, fields)
    language.code = language.code.lower()
    clash = CommunityLanguage.objects.filter(partnership=partnership, code=language.code)
    if language.pk is not None:
        clash = clash.exclude(pk=language.pk)
    if clash.exists():
        raise ValidationError({"code": _("This language is already in the list.")})
    save_versioned(language, expected_version=expected_version)
    return language


@transaction.atomic
def delete_community_language(*, language: CommunityLanguage, actor: Actor) -> None:
    _require_review(actor)
    language.delete()
