"""How each HSDS 3.0 object maps onto the directory models (shared by the JSON and CSV readers).

One `ObjectSpec` per HSDS object: its model, the HSDS fields stored as model fields (the
model field decides the type check: text length, e-mail, URL, number, date, enum), the
references to other objects (`organization_id`...) and, for the nested JSON form, the child
arrays and objects. Anything else an object carries is kept in `extra`.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

import nh3
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import models
from django.utils.translation import gettext as _

from liphub.directory import models as m
from liphub.partnerships.models import Organization


@dataclass(frozen=True)
class Ref:
    """A reference field (`organization_id`) to another object, stored as a foreign key."""

    fk: str  # model attribute of the foreign key, e.g. "organization"
    target: str  # object type it points to, e.g. "organization"
    required: bool = False  # the record cannot exist without it


@dataclass(frozen=True)
class ObjectSpec:
    name: str  # HSDS object name, e.g. "service_at_location"
    model: type[models.Model]
    table: str  # CSV table (file name without .csv)
    fields: tuple[str, ...]  # HSDS fields stored in the model field of the same name
    translated: tuple[str, ...] = ()  # HSDS fields stored as <field>_en / <field>_fr
    renamed: dict[str, str] = field(default_factory=dict)  # HSDS field -> model field
    required: tuple[str, ...] = ()  # must be present
    not_blank: tuple[str, ...] = ()  # must be present and not empty
    refs: dict[str, Ref] = field(default_factory=dict)
    children: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (type, ref)
    parents: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (type, own ref)


_META = {"attributes": ("attribute", "link_id"), "metadata": ("metadata", "resource_id")}

SPECS: dict[str, ObjectSpec] = {
    s.name: s
    for s in [
        ObjectSpec(
            "taxonomy",
            m.Taxonomy,
            "taxonomies",
            ("name", "description", "uri"),
            renamed={"version": "taxonomy_version"},
            not_blank=("name",),
        ),
        ObjectSpec(
            "taxonomy_term",
            m.TaxonomyTerm,
            "taxonomy_terms",
            ("code", "description", "language", "term_uri"),
            translated=("name",),
            renamed={"taxonomy": "taxonomy_name"},
            not_blank=("name",),
            refs={
                "taxonomy_id": Ref("taxonomy", "taxonomy"),
                "parent_id": Ref("parent", "taxonomy_term"),
            },
            parents={"taxonomy_detail": ("taxonomy", "taxonomy_id")},
        ),
        ObjectSpec(
            "organization",
            Organization,
            "organizations",
            (
                "alternate_name",
                "email",
                "website",
                "tax_status",
                "tax_id",
                "year_incorporated",
                "legal_status",
                "logo",
                "uri",
            ),
            translated=("name", "description"),
            not_blank=("name",),
            refs={"parent_organization_id": Ref("parent_organization", "organization")},
            children={
                "funding": ("funding", "organization_id"),
                "contacts": ("contact", "organization_id"),
                "phones": ("phone", "organization_id"),
                "locations": ("location", "organization_id"),
                "programs": ("program", "organization_id"),
                "organization_identifiers": ("organization_identifier", "organization_id"),
                "services": ("service", "organization_id"),
                **_META,
            },
        ),
        ObjectSpec(
            "program",
            m.Program,
            "programs",
            ("name", "alternate_name", "description"),
            not_blank=("name",),
            refs={"organization_id": Ref("organization", "organization", required=True)},
            children={**_META},
        ),
        ObjectSpec(
            "service",
            m.Service,
            "services",
            (
                "alternate_name",
                "url",
                "email",
                "status",
                "interpretation_services",
                "application_process",
                "fees_description",
                "wait_time",
                "fees",
                "accreditations",
                "licenses",
                "eligibility_description",
                "minimum_age",
                "maximum_age",
                "assured_date",
                "assurer_email",
                "alert",
                "last_modified",
            ),
            translated=("name", "description"),
            not_blank=("name", "status"),
            refs={
                "organization_id": Ref("organization", "organization", required=True),
                "program_id": Ref("program", "program"),
            },
            children={
                "phones": ("phone", "service_id"),
                "schedules": ("schedule", "service_id"),
                "service_areas": ("service_area", "service_id"),
                "service_at_locations": ("service_at_location", "service_id"),
                "languages": ("language", "service_id"),
                "funding": ("funding", "service_id"),
                "cost_options": ("cost_option", "service_id"),
                "required_documents": ("required_document", "service_id"),
                "contacts": ("contact", "service_id"),
                **_META,
            },
            parents={
                "organization": ("organization", "organization_id"),
                "program": ("program", "program_id"),
            },
        ),
        ObjectSpec(
            "location",
            m.Location,
            "locations",
            (
                "location_type",
                "url",
                "alternate_name",
                "description",
                "transportation",
                "latitude",
                "longitude",
                "external_identifier",
                "external_identifier_type",
            ),
            translated=("name",),
            required=("location_type",),
            refs={"organization_id": Ref("organization", "organization")},
            children={
                "languages": ("language", "location_id"),
                "addresses": ("address", "location_id"),
                "contacts": ("contact", "location_id"),
                "accessibility": ("accessibility", "location_id"),
                "phones": ("phone", "location_id"),
                "schedules": ("schedule", "location_id"),
                **_META,
            },
        ),
        ObjectSpec(
            "service_at_location",
            m.ServiceAtLocation,
            "service_at_location",
            ("description",),
            refs={
                "service_id": Ref("service", "service", required=True),
                "location_id": Ref("location", "location", required=True),
            },
            children={
                "contacts": ("contact", "service_at_location_id"),
                "phones": ("phone", "service_at_location_id"),
                "schedules": ("schedule", "service_at_location_id"),
                **_META,
            },
            parents={
                "location": ("location", "location_id"),
                "service": ("service", "service_id"),
            },
        ),
        ObjectSpec(
            "contact",
            m.Contact,
            "contacts",
            ("name", "title", "department", "email"),
            refs={
                "organization_id": Ref("organization", "organization"),
                "service_id": Ref("service", "service"),
                "service_at_location_id": Ref("service_at_location", "service_at_location"),
                "location_id": Ref("location", "location"),
            },
            children={"phones": ("phone", "contact_id"), **_META},
        ),
        ObjectSpec(
            "phone",
            m.Phone,
            "phones",
            ("number", "extension", "type", "description"),
            not_blank=("number",),
            refs={
                "location_id": Ref("location", "location"),
                "service_id": Ref("service", "service"),
                "organization_id": Ref("organization", "organization"),
                "contact_id": Ref("contact", "contact"),
                "service_at_location_id": Ref("service_at_location", "service_at_location"),
            },
            children={"languages": ("language", "phone_id"), **_META},
        ),
        ObjectSpec(
            "address",
            m.Address,
            "addresses",
            (
                "attention",
                "address_1",
                "address_2",
                "city",
                "region",
                "state_province",
                "postal_code",
                "country",
                "address_type",
            ),
            not_blank=(
                "address_1",
                "city",
                "state_province",
                "postal_code",
                "country",
                "address_type",
            ),
            refs={"location_id": Ref("location", "location", required=True)},
            children={**_META},
        ),
        ObjectSpec(
            "schedule",
            m.Schedule,
            "schedules",
            (
                "valid_from",
                "valid_to",
                "dtstart",
                "timezone",
                "until",
                "count",
                "wkst",
                "freq",
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
            ),
            refs={
                "service_id": Ref("service", "service"),
                "location_id": Ref("location", "location"),
                "service_at_location_id": Ref("service_at_location", "service_at_location"),
            },
            children={**_META},
        ),
        ObjectSpec(
            "language",
            m.Language,
            "languages",
            ("name", "code", "note"),
            refs={
                "service_id": Ref("service", "service"),
                "location_id": Ref("location", "location"),
                "phone_id": Ref("phone", "phone"),
            },
            children={**_META},
        ),
        ObjectSpec(
            "accessibility",
            m.Accessibility,
            "accessibility",
            ("description", "details", "url"),
            refs={"location_id": Ref("location", "location")},
            children={**_META},
        ),
        ObjectSpec(
            "funding",
            m.Funding,
            "funding",
            ("source",),
            refs={
                "organization_id": Ref("organization", "organization"),
                "service_id": Ref("service", "service"),
            },
            children={**_META},
        ),
        ObjectSpec(
            "service_area",
            m.ServiceArea,
            "service_areas",
            ("name", "description", "extent", "extent_type", "uri"),
            refs={"service_id": Ref("service", "service")},
            children={**_META},
        ),
        ObjectSpec(
            "required_document",
            m.RequiredDocument,
            "required_documents",
            ("document", "uri"),
            refs={"service_id": Ref("service", "service")},
            children={**_META},
        ),
        ObjectSpec(
            "cost_option",
            m.CostOption,
            "cost_options",
            ("valid_from", "valid_to", "option", "currency", "amount", "amount_description"),
            refs={"service_id": Ref("service", "service")},
            children={**_META},
        ),
        ObjectSpec(
            "organization_identifier",
            m.OrganizationIdentifier,
            "organization_identifiers",
            ("identifier_scheme", "identifier_type", "identifier"),
            not_blank=("identifier_type", "identifier"),
            refs={"organization_id": Ref("organization", "organization", required=True)},
            children={**_META},
        ),
        ObjectSpec(
            "attribute",
            m.Attribute,
            "attributes",
            ("link_id", "link_entity", "link_type", "value"),
            not_blank=("link_id",),
            refs={"taxonomy_term_id": Ref("taxonomy_term", "taxonomy_term", required=True)},
            parents={"taxonomy_term": ("taxonomy_term", "taxonomy_term_id")},
            children={"metadata": ("metadata", "resource_id")},
        ),
        ObjectSpec(
            "metadata",
            m.Metadata,
            "metadata",
            (
                "resource_id",
                "resource_type",
                "last_action_date",
                "last_action_type",
                "field_name",
                "previous_value",
                "replacement_value",
                "updated_by",
            ),
            required=(
                "last_action_date",
                "last_action_type",
                "field_name",
                "previous_value",
                "replacement_value",
                "updated_by",
            ),
            not_blank=("resource_id", "resource_type"),
        ),
    ]
}

# Write order: an object's references are written before it.
ORDER = (
    "taxonomy",
    "taxonomy_term",
    "organization",
    "program",
    "service",
    "location",
    "service_at_location",
    "contact",
    "phone",
    "address",
    "schedule",
    "language",
    "accessibility",
    "funding",
    "service_area",
    "required_document",
    "cost_option",
    "organization_identifier",
    "attribute",
    "metadata",
)
TABLES = {s.table: s.name for s in SPECS.values()}
IGNORED_TABLES = ("meta_table_descriptions",)  # describes the dataset, not a directory record
# Objects other rows point to: their hsds_id -> pk is cached while importing.
REFERENCED = frozenset(r.target for s in SPECS.values() for r in s.refs.values())


# --- values --------------------------------------------------------------------------------

_HTML = re.compile(r"<[a-zA-Z/!]|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_BREAK = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_BLOCK_END = re.compile(
    r"</\s*(p|div|h[1-6]|tr|ul|ol|table|blockquote|section|article)\s*>", re.IGNORECASE
)
_ITEM = re.compile(r"<\s*li\b[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(value: str) -> str:
    """Plain text of an HTML fragment: tags removed (nh3), entities decoded, breaks kept."""
    if not _HTML.search(value):
        return value
    value = _BREAK.sub("\n", value)
    value = _BLOCK_END.sub("\n\n", value)
    value = _ITEM.sub("\n- ", value)
    text = html.unescape(nh3.clean(value, tags=set(), clean_content_tags={"script", "style"}))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


Converter = Callable[[Any], Any]
_url = URLValidator()
# Fast paths: plain ASCII addresses that Django's validators certainly accept (every string
# these match also passes URLValidator / validate_email); anything else goes through the
# validator itself.
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_PLAIN_HOST = rf"(?:{_LABEL}\.)+[a-z]{{2,63}}"
_PLAIN_URL = re.compile(
    rf"https?://(?P<host>{_PLAIN_HOST})(?:[/?#][a-z0-9._~/%?#=&+:-]*)?", re.IGNORECASE
)
_PLAIN_EMAIL = re.compile(rf"[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@{_PLAIN_HOST}", re.IGNORECASE)


def _valid_url(text: str) -> bool:
    plain = _PLAIN_URL.fullmatch(text) if text.isascii() else None
    if plain is not None and len(text) <= _url.max_length and len(plain["host"]) <= 253:
        return True
    try:
        _url(text)
    except ValidationError:
        return False
    return True


def _valid_email(text: str) -> bool:
    if len(text) <= 320 and text.isascii() and _PLAIN_EMAIL.fullmatch(text):
        return True
    try:
        validate_email(text)
    except ValidationError:
        return False
    return True


_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")
_BARE_DOMAIN = re.compile(r"^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(/\S*)?$", re.IGNORECASE)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if value.isascii():  # nothing invisible to remove (the characters are not ASCII)
            return value.strip()
        return value.translate(_INVISIBLE).strip()
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    raise ValueError(_("expected text, got %(kind)s") % {"kind": _kind(value)})


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return str(_("true/false"))
    if isinstance(value, dict):
        return str(_("an object"))
    if isinstance(value, list):
        return str(_("a list"))
    if isinstance(value, int | float | Decimal):
        return str(_("a number"))
    return type(value).__name__


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def converter_for(f: models.Field[Any, Any]) -> Converter:
    """The check-and-convert function for a model field (raises ValueError with a message)."""
    max_length = getattr(f, "max_length", None)
    choices = [str(c[0]) for c in f.choices] if f.choices else []

    def length(text: str) -> str:
        if max_length and len(text) > max_length:
            raise ValueError(
                _("longer than %(max)d characters (%(length)d)")
                % {"max": max_length, "length": len(text)}
            )
        return text

    if isinstance(f, models.EmailField):

        def email(value: Any) -> str:
            text = _text(value).removeprefix("mailto:").rstrip(".")
            if text and not _valid_email(text):
                raise ValueError(_("not a valid e-mail address: %(value)s") % {"value": repr(text)})
            return length(text)

        return email
    if isinstance(f, models.URLField):

        def url(value: Any) -> str:
            text = _text(value)
            if text and "://" not in text and _BARE_DOMAIN.match(text):
                text = f"https://{text}"  # "www.example.org": real feeds often omit the scheme
            if text and not _valid_url(text):
                raise ValueError(_("not a valid URL: %(value)s") % {"value": repr(text)})
            return length(text)

        return url
    if isinstance(f, models.TextField):

        def text(value: Any) -> str:
            if type(value) is str and value.isascii():
                return html_to_text(value.strip())
            return html_to_text(_text(value))

        return text
    if isinstance(f, models.CharField):
        if choices:

            def choice(value: Any) -> str:
                text = _text(value).lower()
                if text not in choices:
                    raise ValueError(
                        _("%(value)s is not one of: %(choices)s")
                        % {"value": repr(value), "choices": ", ".join(choices)}
                    )
                return text

            return choice

        def char(value: Any) -> str:
            # the common case inline (plain ASCII text): what _text() and length() do
            text = value.strip() if type(value) is str and value.isascii() else _text(value)
            if max_length and len(text) > max_length:
                return length(text)  # raises
            return text

        return char
    if isinstance(f, models.IntegerField):
        positive = isinstance(f, models.PositiveIntegerField | models.PositiveSmallIntegerField)
        upper = 32767 if isinstance(f, models.PositiveSmallIntegerField) else 2**31 - 1

        def integer(value: Any) -> int | None:
            if _is_blank(value):
                return None
            number = _number(value)
            if number != int(number):
                raise ValueError(
                    _("expected a whole number, got %(value)s") % {"value": repr(value)}
                )
            result = int(number)
            if (positive and result < 0) or result > upper:
                raise ValueError(_("out of range: %(value)s") % {"value": repr(value)})
            return result

        return integer
    if isinstance(f, models.FloatField):
        return lambda value: None if _is_blank(value) else float(_number(value))
    if isinstance(f, models.DecimalField):
        places = f.decimal_places or 0
        limit = Decimal(10) ** ((f.max_digits or 12) - places)

        def decimal(value: Any) -> Decimal | None:
            if _is_blank(value):
                return None
            number = Decimal(str(_number(value))).quantize(Decimal(1).scaleb(-places))
            if abs(number) >= limit:
                raise ValueError(_("out of range: %(value)s") % {"value": repr(value)})
            return number

        return decimal
    if isinstance(f, models.DateTimeField):
        return _datetime
    if isinstance(f, models.DateField):
        return _date
    if isinstance(f, models.TimeField):
        return _time
    raise TypeError(f"no converter for {f!r}")  # pragma: no cover - a new field type


def _number(value: Any) -> float | int | Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise ValueError(_("expected a number, got %(value)s") % {"value": _kind(value)})
    if isinstance(value, str):
        try:
            number: float | int | Decimal = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(
                _("expected a number, got %(value)s") % {"value": repr(value)}
            ) from None
    else:
        number = value
    if not math.isfinite(float(number)):
        raise ValueError(_("expected a number, got %(value)s") % {"value": repr(value)})
    return number


def _iso(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(_("expected text, got %(kind)s") % {"kind": _kind(value)})
    return value.strip().replace("Z", "+00:00").replace("z", "+00:00")


def _date(value: Any) -> date | None:
    if _is_blank(value):
        return None
    text = _iso(value, "date")
    try:
        return date.fromisoformat(text)
    except ValueError:
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(
                _("not a date (YYYY-MM-DD): %(value)s") % {"value": repr(value)}
            ) from None


def _time(value: Any) -> time | None:
    if _is_blank(value):
        return None
    try:
        return time.fromisoformat(_iso(value, "time")).replace(tzinfo=None)
    except ValueError:
        raise ValueError(_("not a time (HH:MM:SS): %(value)s") % {"value": repr(value)}) from None


def _datetime(value: Any) -> datetime | None:
    if _is_blank(value):
        return None
    try:
        result = datetime.fromisoformat(_iso(value, "date-time"))
    except ValueError:
        raise ValueError(
            _("not a date-time (ISO 8601): %(value)s") % {"value": repr(value)}
        ) from None
    return result if result.tzinfo else result.replace(tzinfo=UTC)


@dataclass(frozen=True)
class FieldPlan:
    """One HSDS field of one object for one import language: where it goes and its check."""

    model_field: str
    convert: Converter


def field_plans(spec: ObjectSpec, language: str) -> dict[str, FieldPlan]:
    names: dict[str, str] = {f: f for f in spec.fields}
    names.update({f: f"{f}_{language}" for f in spec.translated})
    names.update(spec.renamed)
    meta = spec.model._meta
    return {
        hsds: FieldPlan(model_field, converter_for(meta.get_field(model_field)))  # type: ignore[arg-type]
        for hsds, model_field in names.items()
    }
