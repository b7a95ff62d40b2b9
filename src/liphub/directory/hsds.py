"""Models → Open Referral HSDS 3.0 dictionaries (export files and the HSDS API).

One `HsdsSerializer` per partnership and language turns directory rows into the shapes of
the official schemas (`spec-3.0/schema/*.json` and `schema/compiled/*`): the fully nested
`service`, `organization` and `service_at_location`, their `*_list` forms (one-to-one fields
only) and `taxonomy` / `taxonomy_term`. LIP Hub's own columns (`is_approved`,
`needs_review`, `feed`, `extra`, the other language) are never written.

Ids: HSDS ids are `format: uuid` and the specification's CI asserts formats, so an id that is
not a UUID (real feeds use "123" or "ORG-7") is written as a deterministic UUID 5 of the
partnership, the table and the original id (`export_id`). The same record always gets the
same exported id, references (`organization_id`, `link_id`, ...) use the same mapping, and
the HSDS API finds a record by either id.

Empty optional fields are left out rather than written as "" (an empty e-mail or URI is not
valid for its format); required fields are always written. A required `description` that is
empty (organization, program, taxonomy, taxonomy_term) is written as the name: the tabular
form reads an empty cell as missing.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from django.db.models import Model, Prefetch, QuerySet

from liphub.core.models import Partnership
from liphub.directory.models import (
    Accessibility,
    Address,
    Attribute,
    Contact,
    CostOption,
    Funding,
    Language,
    Location,
    Metadata,
    OrganizationIdentifier,
    Phone,
    Program,
    RequiredDocument,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from liphub.partnerships.models import Organization

HSDS_VERSION = "3.0"
# Namespace of the UUID 5 ids written for records whose own id is not a UUID.
ID_NAMESPACE = uuid.UUID("5a0c1b52-3f7e-4c55-9a55-6c6970687562")

Json = dict[str, Any]

WKST = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
FREQ = {"WEEKLY", "MONTHLY"}
LOCATION_TYPES = {"physical", "postal", "virtual"}
SERVICE_STATUSES = {"active", "inactive", "defunct", "temporarily closed"}

# HSDS table name of each model (the `link_entity` / `resource_type` vocabulary).
TABLE_OF: dict[type[Model], str] = {
    Organization: "organization",
    Service: "service",
    Location: "location",
    ServiceAtLocation: "service_at_location",
    Address: "address",
    Contact: "contact",
    Phone: "phone",
    Schedule: "schedule",
    Funding: "funding",
    ServiceArea: "service_area",
    RequiredDocument: "required_document",
    Language: "language",
    Accessibility: "accessibility",
    CostOption: "cost_option",
    OrganizationIdentifier: "organization_identifier",
    Program: "program",
    Attribute: "attribute",
    Metadata: "metadata",
    Taxonomy: "taxonomy",
    TaxonomyTerm: "taxonomy_term",
}


ADDRESS_REQUIRED = ("address_1", "city", "state_province", "postal_code", "country")


def is_complete(address: Address) -> bool:
    return all(getattr(address, name) for name in ADDRESS_REQUIRED)


def is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value.lower() and len(value) == 36
    except ValueError:
        return False


def export_id(partnership_slug: str, table: str, hsds_id: str) -> str:
    """The HSDS id written for a record: its own id if it is a UUID, else a UUID 5 of it."""
    if is_uuid(hsds_id):
        return hsds_id.lower()
    return str(uuid.uuid5(ID_NAMESPACE, f"liphub:{partnership_slug}:{table}:{hsds_id}"))


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def utc_timestamp(value: datetime) -> str:
    """RFC 3339 in UTC with a Z (what both JSON `date-time` and tabular `datetime` accept)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _put(data: Json, key: str, value: Any) -> None:
    """Set an optional field, leaving it out when empty."""
    if value is None or value == "":
        return
    data[key] = _value(value)


def _pick(primary: str, secondary: str) -> str:
    return primary or secondary


class HsdsSerializer:
    """Serialises one partnership's directory in one language (`en` or `fr`)."""

    def __init__(self, partnership: Partnership, language: str = "en") -> None:
        self.partnership = partnership
        self.language = "fr" if language == "fr" else "en"
        self._attributes: dict[tuple[str, str], list[Attribute]] | None = None
        self._metadata: dict[str, list[Metadata]] | None = None

    # --- ids and translated text -----------------------------------------------------------

    def id(self, table: str, hsds_id: str) -> str:
        return export_id(self.partnership.slug, table, hsds_id)

    def ref(self, obj: Model | None) -> str | None:
        if obj is None:
            return None
        return self.id(TABLE_OF[type(obj)], obj.hsds_id)  # type: ignore[attr-defined]

    def text(self, obj: Any, field: str) -> str:
        en, fr = getattr(obj, f"{field}_en"), getattr(obj, f"{field}_fr")
        return str(_pick(fr, en) if self.language == "fr" else _pick(en, fr))

    # --- attributes and metadata of any object (loaded once per serializer) ----------------

    def _attributes_of(self, table: str, hsds_id: str) -> list[Attribute]:
        if self._attributes is None:
            self._attributes = defaultdict(list)
            for attribute in (
                Attribute.objects.filter(partnership=self.partnership)
                .select_related("taxonomy_term__taxonomy", "taxonomy_term__parent")
                .order_by("id")
            ):
                self._attributes[(attribute.link_entity, attribute.link_id)].append(attribute)
        return self._attributes.get((table, hsds_id), [])

    def _metadata_of(self, table: str, hsds_id: str) -> list[Metadata]:
        if self._metadata is None:
            self._metadata = defaultdict(list)
            for row in Metadata.objects.filter(partnership=self.partnership).order_by("id"):
                self._metadata[f"{row.resource_type}:{row.resource_id}"].append(row)
        return self._metadata.get(f"{table}:{hsds_id}", [])

    def _links(self, data: Json, obj: Model, *, attributes: bool = True) -> Json:
        """Add the object's `attributes` (taxonomy terms) and `metadata` (change history)."""
        table = TABLE_OF[type(obj)]
        hsds_id: str = obj.hsds_id  # type: ignore[attr-defined]
        if attributes:
            data["attributes"] = [self.attribute(a) for a in self._attributes_of(table, hsds_id)]
        data["metadata"] = [self.metadata(m) for m in self._metadata_of(table, hsds_id)]
        return data

    # --- leaf objects ------------------------------------------------------------------------

    def metadata(self, m: Metadata) -> Json:
        data: Json = {"id": self.id("metadata", m.hsds_id)}
        if m.resource_id:
            data["resource_id"] = self.id(m.resource_type, m.resource_id)
        _put(data, "resource_type", m.resource_type)
        data.update(
            last_action_date=_value(m.last_action_date),
            last_action_type=m.last_action_type,
            field_name=m.field_name,
            previous_value=m.previous_value,
            replacement_value=m.replacement_value,
            updated_by=m.updated_by,
        )
        return data

    def taxonomy(self, t: Taxonomy, *, metadata: bool = True) -> Json:
        data: Json = {"id": self.id("taxonomy", t.hsds_id), "name": t.name}
        data["description"] = t.description or t.name
        _put(data, "uri", t.uri)
        _put(data, "version", t.taxonomy_version)
        if metadata:
            self._links(data, t, attributes=False)
        return data

    def taxonomy_term(self, t: TaxonomyTerm, *, metadata: bool = True) -> Json:
        data: Json = {
            "id": self.id("taxonomy_term", t.hsds_id),
            "name": self.text(t, "name") or t.code or t.hsds_id,
        }
        data["description"] = t.description or data["name"]
        _put(data, "code", t.code)
        if t.parent_id is not None and t.parent is not None:
            data["parent_id"] = self.id("taxonomy_term", t.parent.hsds_id)
        taxonomy = t.taxonomy
        _put(data, "taxonomy", t.taxonomy_name or (taxonomy.name if taxonomy else ""))
        if taxonomy is not None:
            data["taxonomy_detail"] = self.taxonomy(taxonomy, metadata=metadata)
            data["taxonomy_id"] = self.id("taxonomy", taxonomy.hsds_id)
        _put(data, "language", t.language)
        _put(data, "term_uri", t.term_uri)
        if metadata:
            self._links(data, t, attributes=False)
        return data

    def attribute(self, a: Attribute) -> Json:
        data: Json = {"id": self.id("attribute", a.hsds_id)}
        data["link_id"] = self.id(a.link_entity, a.link_id)
        data["taxonomy_term_id"] = self.id("taxonomy_term", a.taxonomy_term.hsds_id)
        _put(data, "link_type", a.link_type)
        _put(data, "link_entity", a.link_entity)
        _put(data, "value", a.value)
        data["taxonomy_term"] = self.taxonomy_term(a.taxonomy_term)
        return self._links(data, a, attributes=False)

    def _owner_ids(self, data: Json, obj: Any, fields: Iterable[str]) -> None:
        for name in fields:
            _put(data, f"{name}_id", self.ref(getattr(obj, name)))

    def language_(self, lang: Language) -> Json:
        data: Json = {"id": self.id("language", lang.hsds_id)}
        self._owner_ids(data, lang, ("service", "location", "phone"))
        _put(data, "name", lang.name)
        _put(data, "code", lang.code)
        _put(data, "note", lang.note)
        return self._links(data, lang)

    def phone(self, p: Phone) -> Json:
        data: Json = {"id": self.id("phone", p.hsds_id)}
        self._owner_ids(
            data, p, ("location", "service", "organization", "contact", "service_at_location")
        )
        data["number"] = p.number
        _put(data, "extension", p.extension)
        _put(data, "type", p.type)
        _put(data, "description", p.description)
        data["languages"] = [self.language_(lang) for lang in p.languages.all()]
        return self._links(data, p)

    def contact(self, c: Contact) -> Json:
        data: Json = {"id": self.id("contact", c.hsds_id)}
        self._owner_ids(data, c, ("organization", "service", "service_at_location", "location"))
        for name in ("name", "title", "department", "email"):
            _put(data, name, getattr(c, name))
        data["phones"] = [self.phone(p) for p in c.phones.all()]
        return self._links(data, c)

    def schedule(self, s: Schedule) -> Json:
        data: Json = {"id": self.id("schedule", s.hsds_id)}
        self._owner_ids(data, s, ("service", "location", "service_at_location"))
        for name in (
            "valid_from",
            "valid_to",
            "dtstart",
            "timezone",
            "until",
            "count",
        ):
            _put(data, name, getattr(s, name))
        if s.wkst.upper() in WKST:
            data["wkst"] = s.wkst.upper()
        if s.freq.upper() in FREQ:
            data["freq"] = s.freq.upper()
        for name in (
            "interval",
            "byday",
            "byweekno",
            "bymonthday",
            "byyearday",
            "description",
            "opens_at",
            "closes_at",
            "schedule_link",
            "attending_type",
            "notes",
        ):
            _put(data, name, getattr(s, name))
        return self._links(data, s)

    def address(self, a: Address) -> Json:
        data: Json = {"id": self.id("address", a.hsds_id)}
        _put(data, "location_id", self.ref(a.location))
        _put(data, "attention", a.attention)
        data["address_1"] = a.address_1
        _put(data, "address_2", a.address_2)
        data["city"] = a.city
        _put(data, "region", a.region)
        data["state_province"] = a.state_province
        data["postal_code"] = a.postal_code
        data["country"] = a.country
        data["address_type"] = (
            a.address_type if a.address_type in LOCATION_TYPES else LOCATION_TYPES_DEFAULT
        )
        return self._links(data, a)

    def accessibility(self, a: Accessibility) -> Json:
        data: Json = {"id": self.id("accessibility", a.hsds_id)}
        _put(data, "location_id", self.ref(a.location))
        for name in ("description", "details", "url"):
            _put(data, name, getattr(a, name))
        return self._links(data, a)

    def funding(self, f: Funding) -> Json:
        data: Json = {"id": self.id("funding", f.hsds_id)}
        self._owner_ids(data, f, ("organization", "service"))
        _put(data, "source", f.source)
        return self._links(data, f)

    def service_area(self, a: ServiceArea) -> Json:
        data: Json = {"id": self.id("service_area", a.hsds_id)}
        _put(data, "service_id", self.ref(a.service))
        for name in ("name", "description", "extent", "extent_type", "uri"):
            _put(data, name, getattr(a, name))
        return self._links(data, a)

    def required_document(self, d: RequiredDocument) -> Json:
        data: Json = {"id": self.id("required_document", d.hsds_id)}
        _put(data, "service_id", self.ref(d.service))
        _put(data, "document", d.document)
        _put(data, "uri", d.uri)
        return self._links(data, d)

    def cost_option(self, c: CostOption) -> Json:
        data: Json = {"id": self.id("cost_option", c.hsds_id)}
        _put(data, "service_id", self.ref(c.service))
        for name in (
            "valid_from",
            "valid_to",
            "option",
            "currency",
            "amount",
            "amount_description",
        ):
            _put(data, name, getattr(c, name))
        return self._links(data, c)

    def organization_identifier(self, i: OrganizationIdentifier) -> Json:
        data: Json = {"id": self.id("organization_identifier", i.hsds_id)}
        _put(data, "organization_id", self.ref(i.organization))
        _put(data, "identifier_scheme", i.identifier_scheme)
        data["identifier_type"] = i.identifier_type
        data["identifier"] = i.identifier
        return self._links(data, i)

    def program(self, p: Program, *, nested: bool = True) -> Json:
        data: Json = {
            "id": self.id("program", p.hsds_id),
            "organization_id": self.id("organization", p.organization.hsds_id),
            "name": p.name,
        }
        _put(data, "alternate_name", p.alternate_name)
        data["description"] = p.description or p.name
        return self._links(data, p) if nested else data

    # --- locations ---------------------------------------------------------------------------

    def location(self, loc: Location, *, nested: bool = True) -> Json:
        data: Json = {
            "id": self.id("location", loc.hsds_id),
            "location_type": loc.location_type
            if loc.location_type in LOCATION_TYPES
            else LOCATION_TYPES_DEFAULT,
        }
        _put(data, "url", loc.url)
        _put(data, "organization_id", self.ref(loc.organization))
        _put(data, "name", self.text(loc, "name"))
        for name in (
            "alternate_name",
            "description",
            "transportation",
            "latitude",
            "longitude",
            "external_identifier",
            "external_identifier_type",
        ):
            _put(data, name, getattr(loc, name))
        if not nested:
            return data
        data["languages"] = [self.language_(x) for x in loc.languages.all()]
        # HSDS 3.0 requires street, city, province, postal code and country: an address known
        # only by its city (a 211 outreach site) has no HSDS form and is left out of the export
        data["addresses"] = [self.address(x) for x in loc.addresses.all() if is_complete(x)]
        data["contacts"] = [self.contact(x) for x in loc.contacts.all()]
        data["accessibility"] = [self.accessibility(x) for x in loc.accessibility.all()]
        data["phones"] = [self.phone(x) for x in loc.phones.all()]
        data["schedules"] = [self.schedule(x) for x in loc.schedules.all()]
        return self._links(data, loc)

    # --- organizations -----------------------------------------------------------------------

    def organization(
        self,
        org: Organization,
        *,
        nested: bool = True,
        services: Iterable[Service] | None = None,
        full_services: bool = False,
    ) -> Json:
        data: Json = {
            "id": self.id("organization", org.hsds_id),
            "name": self.text(org, "name") or org.alternate_name or org.hsds_id,
        }
        _put(data, "alternate_name", org.alternate_name)
        data["description"] = self.text(org, "description") or data["name"]
        for name in (
            "email",
            "website",
            "tax_status",
            "tax_id",
            "year_incorporated",
            "legal_status",
            "logo",
            "uri",
        ):
            _put(data, name, getattr(org, name))
        _put(data, "parent_organization_id", self.ref(org.parent_organization))
        if not nested:
            return data
        data["funding"] = [self.funding(x) for x in org.fundings.all()]
        data["contacts"] = [self.contact(x) for x in org.contacts.all()]
        data["phones"] = [self.phone(x) for x in org.phones.all()]
        data["locations"] = [self.location(x) for x in org.locations.all()]
        data["programs"] = [self.program(x) for x in org.programs.all()]
        data["organization_identifiers"] = [
            self.organization_identifier(x) for x in org.organization_identifiers.all()
        ]
        self._links(data, org)
        if services is not None:
            data["services"] = [
                self.service(s, with_organization=False)
                if full_services
                else self.service_list_item(s, with_related=False)
                for s in services
            ]
        return data

    # --- services ----------------------------------------------------------------------------

    def _service_fields(self, s: Service) -> Json:
        data: Json = {
            "id": self.id("service", s.hsds_id),
            "organization_id": self.id("organization", s.organization.hsds_id),
        }
        _put(data, "program_id", self.ref(s.program))
        data["name"] = self.text(s, "name") or s.alternate_name or s.hsds_id
        _put(data, "alternate_name", s.alternate_name)
        _put(data, "description", self.text(s, "description"))
        _put(data, "url", s.url)
        _put(data, "email", s.email)
        data["status"] = s.status if s.status in SERVICE_STATUSES else "active"
        for name in (
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "fees",
            "accreditations",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "assurer_email",
            "licenses",
            "alert",
        ):
            _put(data, name, getattr(s, name))
        data["last_modified"] = utc_timestamp(s.last_modified or s.updated_at)
        return data

    def service_list_item(self, s: Service, *, with_related: bool = True) -> Json:
        """A service with its one-to-one fields only (`compiled/service_list.json`)."""
        data = self._service_fields(s)
        if with_related:
            data["organization"] = self.organization(s.organization, nested=False)
            if s.program is not None:
                data["program"] = self.program(s.program, nested=False)
        return data

    def service_at_location_nested(self, sal: ServiceAtLocation, *, location: bool) -> Json:
        data: Json = {
            "id": self.id("service_at_location", sal.hsds_id),
            "service_id": self.id("service", sal.service.hsds_id),
            "location_id": self.id("location", sal.location.hsds_id),
        }
        _put(data, "description", sal.description)
        data["contacts"] = [self.contact(x) for x in sal.contacts.all()]
        data["phones"] = [self.phone(x) for x in sal.phones.all()]
        data["schedules"] = [self.schedule(x) for x in sal.schedules.all()]
        if location:
            data["location"] = self.location(sal.location)
        return self._links(data, sal)

    def service(self, s: Service, *, with_organization: bool = True) -> Json:
        """A fully nested service (`compiled/service.json`)."""
        data = self._service_fields(s)
        data["phones"] = [self.phone(x) for x in s.phones.all()]
        data["schedules"] = [self.schedule(x) for x in s.schedules.all()]
        data["service_areas"] = [self.service_area(x) for x in s.service_areas.all()]
        data["service_at_locations"] = [
            self.service_at_location_nested(x, location=True) for x in s.service_at_locations.all()
        ]
        data["languages"] = [self.language_(x) for x in s.languages.all()]
        if with_organization:
            data["organization"] = self.organization(s.organization)
        data["funding"] = [self.funding(x) for x in s.fundings.all()]
        data["cost_options"] = [self.cost_option(x) for x in s.cost_options.all()]
        if s.program is not None:
            data["program"] = self.program(s.program)
        data["required_documents"] = [self.required_document(x) for x in s.required_documents.all()]
        data["contacts"] = [self.contact(x) for x in s.contacts.all()]
        return self._links(data, s)

    # --- service at location -----------------------------------------------------------------

    def service_at_location(self, sal: ServiceAtLocation) -> Json:
        """A fully nested service_at_location (`compiled/service_at_location.json`)."""
        data = self.service_at_location_nested(sal, location=True)
        service = self.service(sal.service)
        service.pop("service_at_locations")
        data["service"] = service
        return data

    def service_at_location_list_item(self, sal: ServiceAtLocation) -> Json:
        data: Json = {
            "id": self.id("service_at_location", sal.hsds_id),
            "service_id": self.id("service", sal.service.hsds_id),
            "location_id": self.id("location", sal.location.hsds_id),
        }
        _put(data, "description", sal.description)
        data["location"] = self.location(sal.location, nested=False)
        data["service"] = self.service_list_item(sal.service)
        return data


LOCATION_TYPES_DEFAULT = "physical"


# --- querysets with everything the nested shapes read (a fixed number of queries) ----------

# Built per call: the scoped managers check the tenant scope when a queryset is created.


def _phones(lookup: str = "phones") -> Any:
    return Prefetch(lookup, queryset=Phone.objects.prefetch_related("languages"))


def _contacts(lookup: str = "contacts") -> Any:
    return Prefetch(lookup, queryset=Contact.objects.prefetch_related(_phones()))


def _location_prefetches(prefix: str) -> list[Any]:
    return [
        f"{prefix}languages",
        f"{prefix}addresses",
        _contacts(f"{prefix}contacts"),
        f"{prefix}accessibility",
        _phones(f"{prefix}phones"),
        f"{prefix}schedules",
        f"{prefix}organization",
    ]


def _organization_prefetches(prefix: str) -> list[Any]:
    return [
        f"{prefix}fundings",
        _contacts(f"{prefix}contacts"),
        _phones(f"{prefix}phones"),
        Prefetch(
            f"{prefix}locations",
            queryset=Location.objects.select_related("organization").prefetch_related(
                *_location_prefetches("")
            ),
        ),
        Prefetch(f"{prefix}programs", queryset=Program.objects.select_related("organization")),
        f"{prefix}organization_identifiers",
        f"{prefix}parent_organization",
    ]


def _sal_prefetches(prefix: str) -> list[Any]:
    return [
        _contacts(f"{prefix}contacts"),
        _phones(f"{prefix}phones"),
        f"{prefix}schedules",
        Prefetch(
            f"{prefix}location",
            queryset=Location.objects.select_related("organization").prefetch_related(
                *_location_prefetches("")
            ),
        ),
    ]


def with_service_relations(qs: QuerySet[Service]) -> QuerySet[Service]:
    """Services with every related row a fully nested service reads."""
    return qs.select_related("organization", "program__organization").prefetch_related(
        _phones(),
        "schedules",
        "service_areas",
        Prefetch(
            "service_at_locations",
            queryset=ServiceAtLocation.objects.select_related("service").prefetch_related(
                *_sal_prefetches("")
            ),
        ),
        "languages",
        "fundings",
        "cost_options",
        "required_documents",
        _contacts(),
        *_organization_prefetches("organization__"),
    )


def with_organization_relations(qs: QuerySet[Organization]) -> QuerySet[Organization]:
    return qs.prefetch_related(*_organization_prefetches(""))


def with_sal_relations(qs: QuerySet[ServiceAtLocation]) -> QuerySet[ServiceAtLocation]:
    return qs.prefetch_related(
        *_sal_prefetches(""),
        Prefetch("service", queryset=with_service_relations(Service.objects.all())),
    )


def with_term_relations(qs: QuerySet[TaxonomyTerm]) -> QuerySet[TaxonomyTerm]:
    return qs.select_related("taxonomy", "parent")
