"""AIRS XML 3.0 → HSDS: turn one parsed `<Agency>` into planned records (no database access).

An agency becomes an organization; each `<Site>` a location (addresses, phones, hours,
languages, accessibility, coordinates); each `<SiteService>` a service at that location
(phones, hours, languages, areas served, taxonomy codes). Elements this mapping does not
read are kept in the record's `extra` under their AIRS names, so nothing is silently lost.
Confidential phones and addresses are left out (their count is kept in `extra`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

import nh3
from django.db import models
from django.utils.translation import gettext as _

from liphub.directory.interchange.airs_parse import Node
from liphub.directory.models import (
    Accessibility,
    Address,
    Attribute,
    Language,
    Location,
    LocationType,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceStatus,
)
from liphub.partnerships.models import Organization

HSDS_PREFIX = "airs:"
DAYS = (
    ("Monday", "MO"),
    ("Tuesday", "TU"),
    ("Wednesday", "WE"),
    ("Thursday", "TH"),
    ("Friday", "FR"),
    ("Saturday", "SA"),
    ("Sunday", "SU"),
)
# AIRS/211 LA taxonomy codes: "BD-1800.2000-620.05", several joined with " * " for targets
LA_CODE = re.compile(r"^[A-Z]{1,2}(-\d{4}(\.\d{4}(-\d{3}(\.\d{2})?)?)?)?$")
LANGUAGE_CODES = {
    "english": "en",
    "french": "fr",
    "spanish": "es",
    "arabic": "ar",
    "mandarin": "zh",
    "chinese": "zh",
    "cantonese": "yue",
    "punjabi": "pa",
    "tagalog": "tl",
    "filipino": "fil",
    "hindi": "hi",
    "urdu": "ur",
    "farsi": "fa",
    "persian": "fa",
    "dari": "prs",
    "korean": "ko",
    "vietnamese": "vi",
    "russian": "ru",
    "ukrainian": "uk",
    "portuguese": "pt",
    "german": "de",
    "italian": "it",
    "polish": "pl",
    "japanese": "ja",
    "somali": "so",
    "swahili": "sw",
    "tigrinya": "ti",
    "amharic": "am",
    "tamil": "ta",
    "gujarati": "gu",
    "bengali": "bn",
    "turkish": "tr",
    "kurdish": "ku",
    "pashto": "ps",
    "nepali": "ne",
    "american sign language": "ase",
    "asl": "ase",
}


@dataclass
class Planned:
    """One record to write: its model, HSDS id and field values, and where it came from."""

    model: type[models.Model]
    hsds_id: str
    fields: dict[str, Any]
    record: str  # "Agency 123 (Name), Site 456" for problems
    line: int | None = None
    sources: dict[str, str] = field(default_factory=dict)  # model field -> AIRS element
    children: list[Planned] = field(default_factory=list)  # owned rows (phones, hours...)
    fk: str = ""  # for children: the FK to the parent ("location", "service", ...)
    missing: list[str] = field(default_factory=list)  # required AIRS elements not given
    invalid: list[tuple[str, str]] = field(default_factory=list)  # (AIRS element, message)
    prefix: str = ""  # HSDS id prefix of its owned rows ("airs:site:123"): keys repeat across
    # agency, site and service (often the same number), so owned rows say whose they are


@dataclass
class PlannedSite:
    location: Planned
    services: list[Planned] = field(default_factory=list)


@dataclass
class PlannedAgency:
    key: str
    organization: Planned
    sites: list[PlannedSite] = field(default_factory=list)

    def all_planned(self) -> list[Planned]:
        out = [self.organization]
        for site in self.sites:
            out.append(site.location)
            out.extend(site.services)
        return out


# --- small value cleaners ---------------------------------------------------------------


def clean_text(value: str) -> str:
    """Plain text from AIRS free text (HTML escaped once or twice, as iCarol exports it)."""
    text = value
    for _attempt in range(3):
        if "&lt;" not in text and "&amp;" not in text and "&gt;" not in text:
            break
        text = html.unescape(text)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</li>", "\n", text)
    text = html.unescape(nh3.clean(text, tags=set()))
    return "\n".join(line.strip() for line in text.splitlines()).strip()


def clean_url(value: str) -> str:
    value = value.strip()
    if value and not re.match(r"(?i)^[a-z][a-z0-9+.-]*://", value):
        value = f"http://{value}"
    return value


def split_extension(number: str) -> tuple[str, int | None]:
    match = re.match(r"^(.*?)[\s,]*(?:ext\.?|extension|x|local)\s*(\d{1,9})\s*$", number, re.I)
    if match and match.group(1).strip():
        return match.group(1).strip(), int(match.group(2))
    return number.strip(), None


def parse_date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    return date.fromisoformat(value[:10])


def _parse_clock(value: str) -> time | None:
    value = value.strip().lower().replace(".", "")
    if value in {"noon", "12 noon", "midday"}:
        return time(12, 0)
    if value == "midnight":
        return time(0, 0)
    match = re.fullmatch(r"(\d{1,2})(?::?(\d{2}))?\s*(am|pm|a|p)?", value)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = match.group(3)
    if suffix and hour > 12:
        return None
    if suffix in {"pm", "p"} and hour != 12:
        hour += 12
    elif suffix in {"am", "a"} and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_hours(text: str) -> list[tuple[time, time]] | None:
    """ "9:00 am - 4:30 pm, 6 pm-9 pm" → [(09:00, 16:30), (18:00, 21:00)]; None if unreadable."""
    ranges = []
    for part in re.split(r"[;,]|\band\b", text):
        part = part.strip()
        if not part:
            continue
        pieces = re.split(r"\s*(?:-|\u2013|\u2014|\bto\b)\s*", part, maxsplit=1)
        if len(pieces) != 2:
            return None
        opens, closes = _parse_clock(pieces[0]), _parse_clock(pieces[1])
        if opens is None or closes is None:
            return None
        ranges.append((opens, closes))
    return ranges or None


def _is_true(value: str) -> bool:
    return value.strip().lower() in {"true", "1", "yes"}


# --- the mapping ------------------------------------------------------------------------


class AgencyMapper:
    """Builds the planned records of one agency; `extra` keeps what it does not map."""

    def __init__(self, *, taxonomy_version: str = "") -> None:
        self.taxonomy_version = taxonomy_version

    def agency(self, node: Node) -> PlannedAgency:
        key = node.find_text("Key")
        name = node.find_text("Name")
        label = f"Agency {key or '(no Key)'}" + (f" ({name})" if name else "")
        org = Planned(
            model=Organization,
            hsds_id=f"{HSDS_PREFIX}{key}",
            fields={},
            record=label,
            line=node.line,
            prefix=f"{HSDS_PREFIX}agency:{key}",
        )
        if not key:
            org.missing.append("Key")
        if not name:
            org.missing.append("Name")
        alternate, more_akas = self._aka(node)
        org.fields = {
            "name_en": name,
            "alternate_name": alternate,
            "description_en": clean_text(node.find_text("AgencyDescription")),
            "website": self._first_url(node),
            "email": node.find_text("Email/Address"),
            "legal_status": node.attrib.get("LegalStatus", ""),
            "tax_status": node.find_text("IRSStatus"),
            "tax_id": node.find_text("FEIN"),
            "year_incorporated": self._year(node, org),
            "is_active": True,
        }
        org.sources = {
            "name_en": "Name",
            "alternate_name": "AKA/Name",
            "description_en": "AgencyDescription",
            "website": "URL/Address",
            "email": "Email/Address",
            "tax_status": "IRSStatus",
            "tax_id": "FEIN",
            "year_incorporated": "YearIncorporated",
        }
        extra = self._extra(
            node,
            {
                "Key",
                "Name",
                "AKA",
                "AgencyDescription",
                "URL",
                "Email",
                "IRSStatus",
                "FEIN",
                "YearIncorporated",
                "Phone",
                "Site",
            },
            {"LegalStatus"},
        )
        if more_akas:
            extra["AKA"] = more_akas
        org.children = self._phones(node, org.prefix, label, "organization", extra)
        org.fields["extra"] = extra
        planned = PlannedAgency(key=key, organization=org)
        for site in node.all("Site"):
            planned.sites.append(self.site(site, label, key))
        return planned

    def site(self, node: Node, agency_label: str, agency_key: str) -> PlannedSite:
        key = node.find_text("Key")
        name = node.find_text("Name")
        label = f"{agency_label}, Site {key or '(no Key)'}" + (f" ({name})" if name else "")
        loc = Planned(
            model=Location,
            hsds_id=f"{HSDS_PREFIX}{key}",
            fields={},
            record=label,
            line=node.line,
            prefix=f"{HSDS_PREFIX}site:{key}",
        )
        if not key:
            loc.missing.append("Key")
        if not name:
            loc.missing.append("Name")
        alternate, more_akas = self._aka(node)
        latitude = self._coordinate(node, "Latitude", 90, loc)
        longitude = self._coordinate(node, "Longitude", 180, loc)
        loc.fields = {
            "name_en": name,
            "alternate_name": alternate,
            "description": clean_text(node.find_text("SiteDescription")),
            "url": self._first_url(node),
            "latitude": latitude,
            "longitude": longitude,
            "location_type": LocationType.PHYSICAL,
            "is_active": True,
        }
        loc.sources = {
            "name_en": "Name",
            "description": "SiteDescription",
            "url": "URL/Address",
            "latitude": "SpatialLocation/Latitude",
            "longitude": "SpatialLocation/Longitude",
        }
        extra = self._extra(
            node,
            {
                "Key",
                "Name",
                "AKA",
                "SiteDescription",
                "URL",
                "Email",
                "PhysicalAddress",
                "MailingAddress",
                "Phone",
                "TimeOpen",
                "Languages",
                "DisabilitiesAccess",
                "SiteService",
                "SpatialLocation",
            },
            set(),
        )
        spatial = node.first("SpatialLocation")
        if spatial is not None:
            rest = {
                c.tag: c.to_json()
                for c in spatial.children
                if c.tag not in {"Latitude", "Longitude", "Datum"} and not c.is_empty()
            }
            if rest:
                extra["SpatialLocation"] = rest
        if more_akas:
            extra["AKA"] = more_akas
        if node.find_text("Email/Address"):
            extra["Email"] = [e.find_text("Address") for e in node.all("Email")]
        children = self._addresses(node, loc.prefix, label, extra)
        children += self._phones(node, loc.prefix, label, "location", extra)
        children += self._hours(node, loc.prefix, label, "location", extra)
        children += self._languages(node, loc.prefix, label, "location")
        access = node.find_text("DisabilitiesAccess")
        if access:
            children.append(
                Planned(
                    model=Accessibility,
                    hsds_id=f"{loc.prefix}:accessibility",
                    fields={"description": clean_text(access)},
                    record=label,
                    fk="location",
                    sources={"description": "DisabilitiesAccess"},
                )
            )
        loc.children = children
        loc.fields["extra"] = extra
        site = PlannedSite(location=loc)
        for service in node.all("SiteService"):
            site.services.append(self.service(service, label))
        return site

    def service(self, node: Node, site_label: str) -> Planned:
        key = node.find_text("Key")
        name = node.find_text("Name")
        label = f"{site_label}, SiteService {key or '(no Key)'}" + (f" ({name})" if name else "")
        svc = Planned(
            model=Service,
            hsds_id=f"{HSDS_PREFIX}{key}",
            fields={},
            record=label,
            line=node.line,
            prefix=f"{HSDS_PREFIX}service:{key}",
        )
        if not key:
            svc.missing.append("Key")
        if not name:
            svc.missing.append("Name")
        alternate, more_akas = self._aka(node)
        info = node.first("ResourceInfo")
        info_attrib = info.attrib if info is not None else {}
        assured, last_action = None, None
        for attr, target in (("DateLastVerified", "assured"), ("DateOfLastAction", "last")):
            try:
                value = parse_date(info_attrib.get(attr, ""))
            except ValueError:
                svc.invalid.append((f"ResourceInfo/@{attr}", _("Not a date (YYYY-MM-DD).")))
                value = None
            if target == "assured":
                assured = value
            else:
                last_action = value
        svc.fields = {
            "name_en": name,
            "alternate_name": alternate,
            "description_en": clean_text(node.find_text("Description")),
            "url": self._first_url(node),
            "email": node.find_text("Email/Address"),
            "status": ServiceStatus.ACTIVE,
            "application_process": clean_text(self._text_or_children(node, "ApplicationProcess")),
            "fees_description": clean_text(self._text_or_children(node, "FeeStructure")),
            "eligibility_description": clean_text(self._text_or_children(node, "Eligibility")),
            "assured_date": assured,
            "last_modified": (
                datetime.combine(last_action, time(0), tzinfo=UTC) if last_action else None
            ),
        }
        svc.sources = {
            "name_en": "Name",
            "alternate_name": "AKA/Name",
            "description_en": "Description",
            "url": "URL/Address",
            "email": "Email/Address",
            "application_process": "ApplicationProcess",
            "fees_description": "FeeStructure",
            "eligibility_description": "Eligibility",
        }
        extra = self._extra(
            node,
            {
                "Key",
                "Name",
                "AKA",
                "Description",
                "URL",
                "Email",
                "Phone",
                "TimeOpen",
                "Seasonal",
                "Taxonomy",
                "Languages",
                "GeographicAreaServed",
                "ApplicationProcess",
                "FeeStructure",
                "Eligibility",
            },
            set(),
        )
        if more_akas:
            extra["AKA"] = more_akas
        # "available for directory" decides the first approval only (see airs.py)
        extra["available_for_directory"] = info_attrib.get("AvailableForDirectory", "true")
        children = self._phones(node, svc.prefix, label, "service", extra)
        children += self._hours(node, svc.prefix, label, "service", extra)
        children += self._seasonal(node, svc.prefix, label, svc)
        children += self._languages(node, svc.prefix, label, "service")
        children += self._areas(node, svc.prefix, label)
        children += self._taxonomy(node, svc, label, extra)
        svc.children = children
        svc.fields["extra"] = extra
        return svc

    # --- parts --------------------------------------------------------------------------

    def _extra(self, node: Node, known: set[str], known_attrib: set[str]) -> dict[str, Any]:
        """Everything of `node` this mapping does not read, under its AIRS name."""
        extra: dict[str, Any] = {}
        for name, value in node.attrib.items():
            if name not in known_attrib:
                extra[f"@{name}"] = value
        for child in node.children:
            if child.tag in known or (child.is_empty() and not child.attrib):
                continue
            value = child.to_json()
            if child.tag in extra:
                previous = extra[child.tag]
                extra[child.tag] = (
                    [*previous, value] if isinstance(previous, list) else [previous, value]
                )
            else:
                extra[child.tag] = value
        return extra

    def _aka(self, node: Node) -> tuple[str, list[Any]]:
        names = [
            a
            for a in node.all("AKA")
            if a.find_text("Name") and not _is_true(a.find_text("Confidential"))
        ]
        if not names:
            return "", []
        first, rest = names[0], names[1:]
        more = [a.to_json() for a in rest]
        if first.find_text("Description"):
            more.insert(0, first.to_json())
        return first.find_text("Name"), more

    def _first_url(self, node: Node) -> str:
        return clean_url(node.find_text("URL/Address"))

    def _text_or_children(self, node: Node, tag: str) -> str:
        found = node.first(tag)
        if found is None:
            return ""
        parts = [found.text] + [c.text for c in found.children if c.text]
        return "\n".join(p for p in parts if p)

    def _year(self, node: Node, planned: Planned) -> int | None:
        text = node.find_text("YearIncorporated")
        if not text:
            return None
        if not re.fullmatch(r"\d{4}", text):
            planned.invalid.append(("YearIncorporated", _("Not a year.")))
            return None
        return int(text)

    def _coordinate(self, node: Node, tag: str, bound: int, planned: Planned) -> float | None:
        text = node.find_text(f"SpatialLocation/{tag}")
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            planned.invalid.append((f"SpatialLocation/{tag}", _("Not a number.")))
            return None
        if not -bound <= value <= bound:
            planned.invalid.append(
                (f"SpatialLocation/{tag}", _("Outside -%(b)s to %(b)s.") % {"b": bound})
            )
            return None
        return value

    def _omit(self, extra: dict[str, Any], what: str) -> None:
        omitted = extra.setdefault("confidential_omitted", {})
        omitted[what] = omitted.get(what, 0) + 1

    def _addresses(
        self, node: Node, parent_id: str, label: str, extra: dict[str, Any]
    ) -> list[Planned]:
        out = []
        for tag, kind in (
            ("PhysicalAddress", LocationType.PHYSICAL),
            ("MailingAddress", LocationType.POSTAL),
        ):
            for index, address in enumerate(node.all(tag)):
                if address.is_empty():
                    continue
                if _is_true(address.attrib.get("Confidential", "")):
                    self._omit(extra, tag)
                    continue
                required = ("City", "State")
                if not all(address.find_text(t) for t in required):
                    # 211 files often give only a city (outreach sites): that is an address
                    # (the city filter finds it); without a city it is kept in `extra`
                    partial = {c.tag: c.text for c in address.children if c.text}
                    extra.setdefault(f"{tag}_incomplete", []).append(partial)
                    continue
                country = address.find_text("Country")
                country = {"canada": "CA", "united states": "US", "usa": "US"}.get(
                    country.lower(), country.upper()
                )
                fields = {
                    "address_1": address.find_text("Line1"),
                    "address_2": ", ".join(
                        t for t in (address.find_text(f"Line{n}") for n in (2, 3, 4, 5)) if t
                    ),
                    "city": address.find_text("City"),
                    "region": address.find_text("County"),
                    "state_province": address.find_text("State"),
                    "postal_code": address.find_text("ZipCode"),
                    "country": country or "CA",
                    "address_type": kind,
                }
                suffix = f":{index + 1}" if index else ""
                out.append(
                    Planned(
                        model=Address,
                        hsds_id=f"{parent_id}:{kind}{suffix}",
                        fields=fields,
                        record=label,
                        line=address.line,
                        fk="location",
                        sources={
                            "address_1": f"{tag}/Line1",
                            "address_2": f"{tag}/Line2",
                            "city": f"{tag}/City",
                            "region": f"{tag}/County",
                            "state_province": f"{tag}/State",
                            "postal_code": f"{tag}/ZipCode",
                            "country": f"{tag}/Country",
                        },
                    )
                )
        return out

    def _phones(
        self, node: Node, parent_id: str, label: str, fk: str, extra: dict[str, Any]
    ) -> list[Planned]:
        out = []
        used: set[str] = set()
        for phone in node.all("Phone"):
            raw = phone.find_text("PhoneNumber")
            if not raw:
                continue
            if _is_true(phone.attrib.get("Confidential", "")):
                self._omit(extra, "Phone")
                continue
            number, extension = split_extension(raw)
            airs_type = phone.find_text("Type")
            lowered = airs_type.lower()
            if "fax" in lowered and "phone" not in lowered:
                kind = "fax"
            elif "tty" in lowered or "tdd" in lowered:
                kind = "textphone"
            elif "cell" in lowered or "mobile" in lowered:
                kind = "cell"
            else:
                kind = "voice"
            notes = [airs_type] if airs_type and not re.fullmatch(r"Phone\d*", airs_type) else []
            if _is_true(phone.attrib.get("TollFree", "")):
                notes.append("toll-free")
            if phone.find_text("Description"):
                notes.append(phone.find_text("Description"))
            slug = re.sub(r"[^a-z0-9]+", "-", lowered).strip("-") or "phone"
            ident, n = slug, 1
            while ident in used:
                n += 1
                ident = f"{slug}-{n}"
            used.add(ident)
            out.append(
                Planned(
                    model=Phone,
                    hsds_id=f"{parent_id}:phone:{ident}",
                    fields={
                        "number": number,
                        "extension": extension,
                        "type": kind,
                        "description": "; ".join(notes),
                    },
                    record=label,
                    line=phone.line,
                    fk=fk,
                    sources={"number": "Phone/PhoneNumber", "extension": "Phone/PhoneNumber"},
                )
            )
        return out

    def _hours(
        self, node: Node, parent_id: str, label: str, fk: str, extra: dict[str, Any]
    ) -> list[Planned]:
        out: list[Planned] = []
        for time_open in node.all("TimeOpen"):
            groups: dict[tuple[time, time], list[str]] = {}
            unreadable: list[tuple[str, str]] = []
            for day_name, code in DAYS:
                day = time_open.first(day_name)
                if day is None or day.is_empty():
                    continue
                ranges = self._day_ranges(day)
                if isinstance(ranges, str):  # "closed"
                    continue
                if ranges is None:
                    unreadable.append((code, day.text or str(day.to_json())))
                    continue
                for opens_closes in ranges:
                    groups.setdefault(opens_closes, []).append(code)
            for (opens, closes), days in groups.items():
                out.append(
                    Planned(
                        model=Schedule,
                        hsds_id=f"{parent_id}:hours:{','.join(days)}:{opens:%H%M}-{closes:%H%M}",
                        fields={
                            "freq": "WEEKLY",
                            "wkst": "MO",
                            "byday": ",".join(days),
                            "opens_at": opens,
                            "closes_at": closes,
                            "description": "",
                        },
                        record=label,
                        line=time_open.line,
                        fk=fk,
                    )
                )
            for code, text in unreadable:
                out.append(
                    Planned(
                        model=Schedule,
                        hsds_id=f"{parent_id}:hours:{code}:text",
                        fields={"freq": "WEEKLY", "wkst": "MO", "byday": code, "description": text},
                        record=label,
                        line=time_open.line,
                        fk=fk,
                    )
                )
            notes = time_open.find_text("Notes")
            if notes:
                out.append(
                    Planned(
                        model=Schedule,
                        hsds_id=f"{parent_id}:hours:notes",
                        fields={"description": clean_text(notes)},
                        record=label,
                        line=time_open.line,
                        fk=fk,
                    )
                )
            rest = {
                c.tag: c.to_json()
                for c in time_open.children
                if c.tag not in {d for d, _code in DAYS} | {"Notes"} and not c.is_empty()
            }
            if rest or time_open.attrib:
                extra["TimeOpen"] = time_open.to_json()
        return out

    def _day_ranges(self, day: Node) -> list[tuple[time, time]] | str | None:
        start = day.find_text("StartTime") or day.find_text("Open")
        end = day.find_text("EndTime") or day.find_text("Close")
        if start and end:
            opens, closes = _parse_clock(start), _parse_clock(end)
            return [(opens, closes)] if opens and closes else None
        text = day.text.strip()
        lowered = text.lower()
        if lowered in {"closed", "close", "none", "n/a"}:
            return "closed"
        if lowered in {"24 hours", "24 hrs", "24/7", "open 24 hours"}:
            return [(time(0, 0), time(23, 59))]
        return parse_hours(text) if text else None

    def _seasonal(self, node: Node, parent_id: str, label: str, svc: Planned) -> list[Planned]:
        out = []
        for index, seasonal in enumerate(node.all("Seasonal")):
            if seasonal.is_empty():
                continue
            description = clean_text(seasonal.find_text("Description"))
            dates: dict[str, date | None] = {}
            for tag, name in (("StartDate", "valid_from"), ("EndDate", "valid_to")):
                text = seasonal.find_text(tag)
                try:
                    dates[name] = parse_date(text)
                except ValueError:
                    dates[name] = None
                    description = f"{description} ({tag}: {text})".strip()
            out.append(
                Planned(
                    model=Schedule,
                    hsds_id=f"{parent_id}:seasonal:{index + 1}",
                    fields={"description": description, **dates},
                    record=label,
                    line=seasonal.line,
                    fk="service",
                )
            )
        return out

    def _languages(self, node: Node, parent_id: str, label: str, fk: str) -> list[Planned]:
        out: list[Planned] = []
        seen: set[str] = set()
        for languages in node.all("Languages"):
            names = [c.text for c in languages.all("Name") if c.text]
            if not names and languages.text:
                names = [n for n in re.split(r"[,;/]|\band\b", languages.text) if n.strip()]
            note = languages.find_text("Notes")
            for raw in names:
                name = raw.strip()
                code = LANGUAGE_CODES.get(name.lower(), "")
                ident = code or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
                if ident in seen:
                    continue
                seen.add(ident)
                out.append(
                    Planned(
                        model=Language,
                        hsds_id=f"{parent_id}:language:{ident}",
                        fields={"name": name, "code": code, "note": note},
                        record=label,
                        line=languages.line,
                        fk=fk,
                    )
                )
        return out

    def _areas(self, node: Node, parent_id: str, label: str) -> list[Planned]:
        out = []
        for index, area in enumerate(node.all("GeographicAreaServed")):
            if area.is_empty():
                continue
            parts = [c.text for c in area.children if c.text and c.tag != "Description"]
            out.append(
                Planned(
                    model=ServiceArea,
                    hsds_id=f"{parent_id}:area:{index + 1}",
                    fields={
                        "name": ", ".join(parts)[:250],
                        "description": area.find_text("Description"),
                    },
                    record=label,
                    line=area.line,
                    fk="service",
                )
            )
        return out

    def _taxonomy(
        self, node: Node, svc: Planned, label: str, extra: dict[str, Any]
    ) -> list[Planned]:
        out = []
        other: list[str] = []
        seen: set[str] = set()
        for taxonomy in node.all("Taxonomy"):
            code = taxonomy.find_text("Code")
            if not code:
                continue
            parts = [p.strip() for p in code.split("*")]
            if len(code) > 100 or not all(LA_CODE.match(p) for p in parts):
                other.append(code)  # e.g. BC211's "{what:'...'}" facet strings
                continue
            code = " * ".join(parts)
            if code in seen:
                continue
            seen.add(code)
            out.append(
                Planned(
                    model=Attribute,
                    hsds_id=f"{svc.prefix}:taxonomy:{code}",
                    fields={
                        "link_id": svc.hsds_id,
                        "link_entity": "service",
                        "link_type": "",
                        "value": "",
                        # resolved to a TaxonomyTerm by the importer:
                        "taxonomy_term": (code, taxonomy.find_text("Name")),
                    },
                    record=label,
                    line=taxonomy.line,
                    fk="service",
                )
            )
        if other:
            extra["Taxonomy"] = other
        return out
