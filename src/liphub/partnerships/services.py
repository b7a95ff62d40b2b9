"""Writes of the partnership module: organizations, partners, people, bodies, seats, partnerships.

Each function owns its transaction, validates before saving (`full_clean`, plus the rules
below that span records), and saves existing rows through `save_versioned` so a stale edit
raises `ConcurrentEditError` instead of overwriting someone else's change. The audit trail
(django-auditlog) records every change with its partnership.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from liphub.core.models import Network, Partnership
from liphub.core.services import save_versioned
from liphub.partnerships.models import Body, Organization, Partner, Person, Seat, Sector
from liphub.partnerships.sectors import KEY_SECTORS
from liphub.partnerships.selectors import list_descendant_ids

ORGANIZATION_FIELDS = (
    "name_en",
    "name_fr",
    "alternate_name",
    "description_en",
    "description_fr",
    "email",
    "website",
    "tax_status",
    "tax_id",
    "year_incorporated",
    "legal_status",
    "logo",
    "uri",
    "parent_organization",
    "is_francophone",
)
PARTNER_FIELDS = ("since", "until", "is_immigrant_led", "notes")
PERSON_FIELDS = ("full_name", "email", "phone", "title", "organization")
BODY_FIELDS = ("kind", "name_en", "name_fr", "mandate_en", "mandate_fr", "parent", "is_active")
SEAT_FIELDS = (
    "person",
    "organization",
    "role",
    "is_immigrant_representative",
    "is_francophone",
    "term_start",
    "term_end",
)


def _assign(instance: Any, allowed: tuple[str, ...], fields: Mapping[str, Any]) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"Unknown fields for {type(instance).__name__}: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(instance, name, value)


def require_a_name(name_en: str, name_fr: str) -> None:
    """A translated name needs at least one language."""
    if not (name_en or "").strip() and not (name_fr or "").strip():
        message = _("Give a name in English, in French or in both.")
        raise ValidationError({"name_en": message, "name_fr": message}, code="required")


def _same_partnership(instance: Any, names: tuple[str, ...], message: Any) -> dict[str, Any]:
    """Errors for the related rows of `instance` that belong to another partnership."""
    errors = {}
    for name in names:
        related = getattr(instance, name, None)  # an unset required relation: full_clean says so
        if related is not None and related.partnership_id != instance.partnership_id:
            errors[name] = message
    return errors


# --- Organizations and partners ----------------------------------------------------------------


def _validate_organization(organization: Organization) -> None:
    require_a_name(organization.name_en, organization.name_fr)
    errors = _same_partnership(
        organization, ("parent_organization",), _("Choose an organization of this partnership.")
    )
    if organization.pk is not None and organization.parent_organization_id == organization.pk:
        errors["parent_organization"] = _("An organization cannot be its own parent.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_organization(*, partnership: Partnership, **fields: Any) -> Organization:
    organization = Organization(partnership=partnership)
    _assign(organization, ORGANIZATION_FIELDS, fields)
    _validate_organization(organization)
    save_versioned(organization, expected_version=None)
    return organization


@transaction.atomic
def update_organization(
    *, organization: Organization, expected_version: int, **fields: Any
) -> Organization:
    _assign(organization, ORGANIZATION_FIELDS, fields)
    _validate_organization(organization)
    save_versioned(organization, expected_version=expected_version)
    return organization


def _validate_partner(partner: Partner) -> None:
    if partner.since and partner.until and partner.until < partner.since:
        raise ValidationError({"until": _("The end date cannot be before the start date.")})


@transaction.atomic
def make_partner(
    *,
    organization: Organization,
    sectors: Iterable[Sector] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    is_immigrant_led: bool = False,
    notes: str = "",
) -> Partner:
    """Make an existing organization a partner of its partnership."""
    if Partner.objects.filter(organization=organization).exists():
        raise ValidationError(_("This organization is already a partner."), code="duplicate")
    partner = Partner(
        partnership_id=organization.partnership_id,
        organization=organization,
        since=since,
        until=until,
        is_immigrant_led=is_immigrant_led,
        notes=notes,
    )
    _validate_partner(partner)
    save_versioned(partner, expected_version=None)
    partner.sectors.set(list(sectors))
    return partner


@transaction.atomic
def add_partner(
    *,
    partnership: Partnership,
    name_en: str = "",
    name_fr: str = "",
    website: str = "",
    email: str = "",
    is_francophone: bool = False,
    sectors: Iterable[Sector] = (),
    since: dt.date | None = None,
    is_immigrant_led: bool = False,
) -> Partner:
    """Create an organization and its partner membership in one step."""
    organization = create_organization(
        partnership=partnership,
        name_en=name_en,
        name_fr=name_fr,
        website=website,
        email=email,
        is_francophone=is_francophone,
    )
    return make_partner(
        organization=organization, sectors=sectors, since=since, is_immigrant_led=is_immigrant_led
    )


@transaction.atomic
def update_partner(
    *,
    partner: Partner,
    expected_version: int,
    sectors: Iterable[Sector] | None = None,
    **fields: Any,
) -> Partner:
    _assign(partner, PARTNER_FIELDS, fields)
    _validate_partner(partner)
    save_versioned(partner, expected_version=expected_version)
    if sectors is not None:
        partner.sectors.set(list(sectors))
    return partner


# --- People ------------------------------------------------------------------------------------


def _validate_person(person: Person) -> None:
    errors = _same_partnership(
        person, ("organization",), _("Choose an organization of this partnership.")
    )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_person(*, partnership: Partnership, **fields: Any) -> Person:
    person = Person(partnership=partnership)
    _assign(person, PERSON_FIELDS, fields)
    _validate_person(person)
    save_versioned(person, expected_version=None)
    return person


@transaction.atomic
def update_person(*, person: Person, expected_version: int, **fields: Any) -> Person:
    _assign(person, PERSON_FIELDS, fields)
    _validate_person(person)
    save_versioned(person, expected_version=expected_version)
    return person


# --- Bodies and seats --------------------------------------------------------------------------


def _validate_body(body: Body) -> None:
    require_a_name(body.name_en, body.name_fr)
    parent = body.parent
    if parent is None:
        return
    if parent.partnership_id != body.partnership_id:
        raise ValidationError({"parent": _("Choose a body of this partnership.")})
    if body.pk is not None and (
        parent.pk == body.pk or parent.pk in list_descendant_ids(body=body)
    ):
        raise ValidationError(
            {"parent": _("A body cannot sit under itself or under one of its own sub-bodies.")}
        )


@transaction.atomic
def create_body(*, partnership: Partnership, **fields: Any) -> Body:
    body = Body(partnership=partnership)
    _assign(body, BODY_FIELDS, fields)
    _validate_body(body)
    save_versioned(body, expected_version=None)
    return body


@transaction.atomic
def update_body(*, body: Body, expected_version: int, **fields: Any) -> Body:
    _assign(body, BODY_FIELDS, fields)
    _validate_body(body)
    save_versioned(body, expected_version=expected_version)
    return body


def _validate_seat(seat: Seat) -> None:
    errors = _same_partnership(
        seat, ("body", "person", "organization"), _("Choose one from this partnership.")
    )
    if seat.term_start and seat.term_end and seat.term_end < seat.term_start:
        errors["term_end"] = _("The end of the term cannot be before its start.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_seat(*, body: Body, **fields: Any) -> Seat:
    seat = Seat(partnership_id=body.partnership_id, body=body)
    _assign(seat, SEAT_FIELDS, fields)
    _validate_seat(seat)
    save_versioned(seat, expected_version=None)
    return seat


@transaction.atomic
def update_seat(*, seat: Seat, expected_version: int, **fields: Any) -> Seat:
    _assign(seat, SEAT_FIELDS, fields)
    _validate_seat(seat)
    save_versioned(seat, expected_version=expected_version)
    return seat


@transaction.atomic
def end_seat(*, seat: Seat, expected_version: int, term_end: dt.date | None = None) -> Seat:
    """End a seat's term (today unless another day is given)."""
    return update_seat(
        seat=seat, expected_version=expected_version, term_end=term_end or timezone.localdate()
    )


# --- Sectors -----------------------------------------------------------------------------------


@transaction.atomic
def seed_key_sectors() -> list[Sector]:
    """Create any missing key sector (the data migration seeds them; a flushed database, as in
    transactional tests, or a restore of an old copy may lack them). Existing rows are kept."""
    sectors = []
    for order, seed in enumerate(KEY_SECTORS, start=1):
        sector, _created = Sector.objects.get_or_create(
            code=seed.code,
            defaults={
                "name_en": seed.name_en,
                "name_fr": seed.name_fr,
                "is_key": True,
                "order": order * 10,
            },
        )
        sectors.append(sector)
    return sectors


# --- Partnerships (site administration) --------------------------------------------------------


@transaction.atomic
def create_partnership(
    *, slug: str, name_en: str, name_fr: str = "", network_slug: str | None = None
) -> Partnership:
    """Create a partnership (the tenant), and its network if it does not exist yet."""
    errors: dict[str, Any] = {}
    try:
        validate_slug(slug)
    except ValidationError as error:
        errors["slug"] = error.messages
    if "slug" not in errors and Partnership.objects.filter(slug=slug).exists():
        errors["slug"] = _("A partnership with this short name already exists.")
    if network_slug is not None:
        try:
            validate_slug(network_slug)
        except ValidationError as error:
            errors["network"] = error.messages
    try:
        require_a_name(name_en, name_fr)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    partnership = Partnership(slug=slug, name_en=name_en, name_fr=name_fr)
    partnership.full_clean()
    partnership.save()
    if network_slug is not None:
        network = Network.objects.filter(slug=network_slug).first()
        if network is None:
            network = Network(slug=network_slug, name_en=network_slug)
            network.full_clean()
            network.save()
        partnership.networks.add(network)
    return partnership
