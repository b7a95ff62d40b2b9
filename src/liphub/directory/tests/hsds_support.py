"""Test support for the HSDS export and API: a rich directory and the official schemas.

`build_directory(partnership, tag)` creates every HSDS object type through the ORM, with both
languages and ids that are not UUIDs (as real feeds have). `strict_validator(...)` validates
against the official 3.0 schemas (copied in `data/hsds_spec/`) the way the specification's CI
does: every schema loaded into one registry, draft 2020-12, `additionalProperties: false` on
every object schema, formats (uuid, email, uri, date-time...) asserted.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from liphub.core.models import Partnership
from liphub.directory import models as m
from liphub.directory.search import reindex_services
from liphub.partnerships.models import Organization

SPEC = Path(__file__).with_name("data") / "hsds_spec"
SCHEMA_DIR = SPEC / "schema"
BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def load_spec_json(relative: str) -> Any:
    """A file of the copied specification; `compiled/x.json` is read from its .gz."""
    path = SCHEMA_DIR / relative
    if not path.exists() and path.with_suffix(".json.gz").exists():
        with gzip.open(path.with_suffix(".json.gz"), "rt", encoding="utf-8") as handle:
            return json.load(handle)
    return json.loads(path.read_text(encoding="utf-8"))


def disallow_additional(schema: Any) -> Any:
    """A copy with `additionalProperties: false` on every object schema (as upstream CI)."""
    if isinstance(schema, list):
        return [disallow_additional(x) for x in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: disallow_additional(v) for k, v in schema.items()}
    if out.get("type") == "object" or "properties" in schema:
        if "properties" in schema and not isinstance(schema.get("properties"), dict):
            return out
        out["additionalProperties"] = False
    return out


def _schema_files() -> Iterator[str]:
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        if path.name != "openapi.json":
            yield path.name
    for path in sorted((SCHEMA_DIR / "compiled").iterdir()):
        yield "compiled/" + path.name.removesuffix(".gz")


@cache
def registry(strict: bool = True) -> Registry[Any]:
    resources = []
    for name in _schema_files():
        contents = load_spec_json(name)
        if strict:
            contents = disallow_additional(contents)
        resources.append((BASE + name, Resource(contents=contents, specification=DRAFT202012)))
    return Registry().with_resources(resources)


@cache
def strict_validator(name: str) -> Draft202012Validator:
    """A validator for `schema/<name>` (e.g. "service.json", "compiled/service_list.json")."""
    return Draft202012Validator(
        {"$ref": BASE + name}, registry=registry(True), format_checker=FormatChecker()
    )


def errors(name: str, instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in strict_validator(name).iter_errors(instance)
    ]


# --- the tabular (CSV) form -----------------------------------------------------------------


@dataclass
class CsvProblem:
    table: str
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.table} row {self.row} {self.field}: {self.message}"


def _typed(value: str, field: dict[str, Any]) -> Any:
    kind = field["type"]
    if kind == "number":
        return float(value)
    if kind == "integer":
        return int(value)
    if kind == "date":
        return date.fromisoformat(value).isoformat()
    if kind == "time":
        time.fromisoformat(value)
        if len(value) != 8:
            raise ValueError("time must be HH:MM:SS")
        return value
    if kind == "datetime":
        if not value.endswith("Z"):
            raise ValueError("datetime must be UTC with a Z")
        datetime.fromisoformat(value[:-1]).replace(tzinfo=UTC)
        return value
    if kind == "boolean":
        if value not in {"true", "false"}:
            raise ValueError("boolean must be true or false")
        return value == "true"
    return value


def validate_datapackage(folder: Path) -> list[CsvProblem]:
    """Check a CSV datapackage as `frictionless validate` would, plus the tabular schema.

    Per table: header equals the descriptor's fields in order; per cell: required, type
    (number/date/time/datetime), string format (uuid/email/uri), enum, unique; primary keys
    unique; foreign keys resolve. Each row, typed per field, must also validate strictly
    against its table in `compiled/tabular.json`.
    """
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    official = json.loads((SPEC / "datapackage.json").read_text(encoding="utf-8"))
    problems: list[CsvProblem] = []
    if descriptor["resources"] != official["resources"]:
        problems.append(CsvProblem("datapackage.json", 0, "resources", "not the official 3.0"))
    checker = FormatChecker()
    tabular = disallow_additional(load_spec_json("compiled/tabular.json"))
    values: dict[str, dict[str, set[str]]] = {}
    pending_fks: list[tuple[str, int, str, str, str, str]] = []
    for resource in descriptor["resources"]:
        table, fields = resource["name"], resource["schema"]["fields"]
        row_schema = tabular["properties"][table]["items"]
        validator = Draft202012Validator(row_schema, format_checker=checker)
        path = folder / resource["path"]
        if not path.exists():
            problems.append(CsvProblem(table, 0, "", f"{resource['path']} missing"))
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            if header != [f["name"] for f in fields]:
                problems.append(CsvProblem(table, 1, "", f"header {header}"))
                continue
            seen: dict[str, set[str]] = {f["name"]: set() for f in fields}
            for number, cells in enumerate(reader, start=2):
                typed: dict[str, Any] = {}
                for field, value in zip(fields, cells, strict=True):
                    name, constraints = field["name"], field.get("constraints", {})
                    if value == "":
                        if constraints.get("required"):
                            problems.append(CsvProblem(table, number, name, "required"))
                        continue
                    try:
                        typed[name] = _typed(value, field)
                    except ValueError as error:
                        problems.append(CsvProblem(table, number, name, str(error)))
                        continue
                    fmt = field.get("format")
                    if fmt in {"uuid", "email", "uri"} and not checker.conforms(value, fmt):
                        problems.append(CsvProblem(table, number, name, f"not a {fmt}"))
                    if "enum" in constraints and value not in constraints["enum"]:
                        problems.append(CsvProblem(table, number, name, f"{value!r} not in enum"))
                    if constraints.get("unique") and value in seen[name]:
                        problems.append(CsvProblem(table, number, name, "not unique"))
                    seen[name].add(value)
                problems.extend(
                    CsvProblem(table, number, "/".join(map(str, e.path)), e.message)
                    for e in validator.iter_errors(typed)
                )
                for fk in resource["schema"].get("foreignKeys", []):
                    if typed.get(fk["fields"]):
                        pending_fks.append(
                            (
                                table,
                                number,
                                fk["fields"],
                                str(typed[fk["fields"]]),
                                fk["reference"]["resource"] or table,
                                fk["reference"]["fields"],
                            )
                        )
            values[table] = seen
    for table, number, name, value, ref_table, ref_field in pending_fks:
        if value not in values.get(ref_table, {}).get(ref_field, set()):
            problems.append(CsvProblem(table, number, name, f"{value} not in {ref_table}"))
    return problems


# --- a rich directory ------------------------------------------------------------------------


def build_directory(partnership: Partnership, tag: str = "ott") -> dict[str, Any]:
    """Every HSDS object type, both languages, non-UUID ids (`{tag}-...`). Caller holds a scope."""
    p = partnership

    def hid(name: str) -> str:
        return f"{tag}-{name}"

    parent = Organization.objects.create(
        partnership=p, hsds_id=hid("org-parent"), name_en="City of Example", name_fr="Ville"
    )
    org = Organization.objects.create(
        partnership=p,
        hsds_id=hid("org-1"),
        name_en="Newcomer Health Centre",
        name_fr="Centre de santé des nouveaux arrivants",
        alternate_name="NHC",
        description_en="Health care for refugees.",
        description_fr="Soins de santé pour les réfugiés.",
        email="info@nhc.example.org",
        website="https://nhc.example.org/",
        tax_status="charity",
        tax_id="12345 6789 RR0001",
        year_incorporated=1998,
        legal_status="non-profit",
        logo="https://nhc.example.org/logo.png",
        uri="https://nhc.example.org/about",
        parent_organization=parent,
    )
    program = m.Program.objects.create(
        partnership=p,
        hsds_id=hid("prog-1"),
        organization=org,
        name="Refugee Health",
        alternate_name="RH",
        description="Clinics for government-assisted refugees.",
    )
    taxonomy = m.Taxonomy.objects.create(
        partnership=p,
        hsds_id=hid("tax-1"),
        name="LIP categories",
        description="Ottawa LIP service categories",
        uri="https://example.org/taxonomy",
        taxonomy_version="1.0",
    )
    health = m.TaxonomyTerm.objects.create(
        partnership=p,
        hsds_id=hid("term-health"),
        taxonomy=taxonomy,
        code="H",
        name_en="Health",
        name_fr="Santé",
        description="Health services",
        language="en",
        term_uri="https://example.org/taxonomy/H",
    )
    doctor = m.TaxonomyTerm.objects.create(
        partnership=p,
        hsds_id=hid("term-doctor"),
        taxonomy=taxonomy,
        parent=health,
        code="H-1",
        name_en="Family doctor",
        name_fr="Médecin de famille",
        taxonomy_name="LIP categories",
    )
    free_term = m.TaxonomyTerm.objects.create(
        partnership=p, hsds_id=hid("term-free"), code="F", name_en="", name_fr="Gratuit"
    )
    service = m.Service.objects.create(
        partnership=p,
        hsds_id=hid("svc-1"),
        organization=org,
        program=program,
        name_en="Refugee health clinic",
        name_fr="Clinique de santé des réfugiés",
        alternate_name="Clinic",
        description_en="A doctor sees newly arrived refugees.",
        description_fr="Un médecin reçoit les réfugiés nouvellement arrivés.",
        url="https://nhc.example.org/clinic",
        email="clinic@nhc.example.org",
        interpretation_services="Arabic, Dari",
        application_process="Walk in",
        fees_description="Free",
        wait_time="2 weeks",
        fees="none",
        accreditations="Accredited",
        licenses="Ontario",
        eligibility_description="Refugees in their first year",
        minimum_age=0,
        maximum_age=120,
        assured_date=date(2026, 1, 15),
        assurer_email="coordinator@example.org",
        alert="Closed on holidays",
        last_modified=datetime(2026, 2, 1, 9, 30, tzinfo=UTC),
    )
    french_only = m.Service.objects.create(
        partnership=p,
        hsds_id=hid("svc-2"),
        organization=org,
        name_en="",
        name_fr="Cours de français",
        description_fr="Cours pour adultes.",
    )
    m.Service.objects.create(
        partnership=p,
        hsds_id=hid("svc-unapproved"),
        organization=org,
        name_en="Unreviewed listing",
        is_approved=False,
    )
    m.Service.objects.create(
        partnership=p,
        hsds_id=hid("svc-inactive"),
        organization=org,
        name_en="Closed doctor service",
        status=m.ServiceStatus.INACTIVE,
    )
    location = m.Location.objects.create(
        partnership=p,
        hsds_id=hid("loc-1"),
        organization=org,
        name_en="Main site",
        name_fr="Site principal",
        alternate_name="Downtown",
        description="Ground floor",
        transportation="Bus 7",
        latitude=45.42,
        longitude=-75.69,
        external_identifier="X1",
        external_identifier_type="internal",
        url="https://nhc.example.org/site",
    )
    m.Location.objects.create(
        partnership=p,
        hsds_id=hid("loc-virtual"),
        organization=org,
        location_type=m.LocationType.VIRTUAL,
        name_en="Online",
        url="https://nhc.example.org/online",
    )
    sal = m.ServiceAtLocation.objects.create(
        partnership=p,
        hsds_id=hid("sal-1"),
        service=service,
        location=location,
        description="At the main site",
    )
    m.ServiceAtLocation.objects.create(
        partnership=p, hsds_id=hid("sal-2"), service=french_only, location=location
    )
    m.Address.objects.create(
        partnership=p,
        hsds_id=hid("addr-1"),
        location=location,
        attention="Reception",
        address_1="100 Main Street",
        address_2="Suite 2",
        city="Ottawa",
        region="Eastern Ontario",
        state_province="ON",
        postal_code="K1A 0B1",
        country="CA",
    )
    contact = m.Contact.objects.create(
        partnership=p,
        hsds_id=hid("contact-1"),
        service=service,
        name="Amira",
        title="Nurse",
        department="Intake",
        email="amira@nhc.example.org",
    )
    for owner, key in (
        ({"organization": org}, "org"),
        ({"location": location}, "loc"),
        ({"service_at_location": sal}, "sal"),
    ):
        m.Contact.objects.create(partnership=p, hsds_id=hid(f"contact-{key}"), name=key, **owner)
    phone = m.Phone.objects.create(
        partnership=p,
        hsds_id=hid("phone-1"),
        service=service,
        number="613-555-0100",
        extension=12,
        type="voice",
        description="Appointments",
    )
    for owner, key in (
        ({"organization": org}, "org"),
        ({"location": location}, "loc"),
        ({"contact": contact}, "contact"),
        ({"service_at_location": sal}, "sal"),
    ):
        m.Phone.objects.create(
            partnership=p, hsds_id=hid(f"phone-{key}"), number="613-555-0199", **owner
        )
    m.Language.objects.create(
        partnership=p, hsds_id=hid("lang-1"), service=service, name="Arabic", code="ar", note="x"
    )
    m.Language.objects.create(partnership=p, hsds_id=hid("lang-fr"), service=french_only, code="fr")
    m.Language.objects.create(partnership=p, hsds_id=hid("lang-loc"), location=location, code="en")
    m.Language.objects.create(partnership=p, hsds_id=hid("lang-phone"), phone=phone, code="fr")
    m.Schedule.objects.create(
        partnership=p,
        hsds_id=hid("sched-1"),
        service=service,
        valid_from=date(2026, 1, 1),
        valid_to=date(2026, 12, 31),
        dtstart=date(2026, 1, 5),
        timezone=-5,
        until=date(2026, 12, 31),
        count=10,
        wkst="MO",
        freq="WEEKLY",
        interval=1,
        byday="MO,WE",
        byweekno="1",
        bymonthday="5",
        byyearday="5",
        description="Mornings",
        opens_at=time(9, 0),
        closes_at=time(12, 30),
        schedule_link="https://nhc.example.org/hours",
        attending_type="in person",
        notes="Bring a health card",
    )
    m.Schedule.objects.create(
        partnership=p, hsds_id=hid("sched-loc"), location=location, freq="daily", byday="SA"
    )
    m.Schedule.objects.create(
        partnership=p, hsds_id=hid("sched-sal"), service_at_location=sal, byday="TU"
    )
    m.Funding.objects.create(partnership=p, hsds_id=hid("fund-1"), service=service, source="IRCC")
    m.Funding.objects.create(
        partnership=p, hsds_id=hid("fund-org"), organization=org, source="City"
    )
    m.ServiceArea.objects.create(
        partnership=p,
        hsds_id=hid("area-1"),
        service=service,
        name="Ottawa",
        description="City of Ottawa",
        extent="POLYGON((0 0,1 1,1 0,0 0))",
        extent_type="wkt",
        uri="https://example.org/area",
    )
    m.RequiredDocument.objects.create(
        partnership=p,
        hsds_id=hid("doc-1"),
        service=service,
        document="Health card",
        uri="https://example.org/card",
    )
    m.Accessibility.objects.create(
        partnership=p,
        hsds_id=hid("acc-1"),
        location=location,
        description="Wheelchair ramp",
        details="Automatic doors",
        url="https://example.org/access",
    )
    m.CostOption.objects.create(
        partnership=p,
        hsds_id=hid("cost-1"),
        service=service,
        valid_from=date(2026, 1, 1),
        valid_to=date(2026, 12, 31),
        option="Standard",
        currency="CAD",
        amount=Decimal("12.50"),
        amount_description="Per visit",
    )
    m.OrganizationIdentifier.objects.create(
        partnership=p,
        hsds_id=hid("orgid-1"),
        organization=org,
        identifier_scheme="CA-CRA",
        identifier_type="charity number",
        identifier="123456789RR0001",
    )
    linked: list[tuple[str, str, m.TaxonomyTerm, m.Service | None]] = [
        ("service", service.hsds_id, doctor, service),
        ("service", french_only.hsds_id, free_term, french_only),
        ("organization", org.hsds_id, health, None),
        ("location", location.hsds_id, health, None),
        ("service_at_location", sal.hsds_id, health, None),
        ("phone", phone.hsds_id, free_term, None),
    ]
    for entity, link_id, term, linked_service in linked:
        m.Attribute.objects.create(
            partnership=p,
            hsds_id=hid(f"attr-{entity}-{link_id}"),
            link_id=link_id,
            link_entity=entity,
            link_type="category",
            taxonomy_term=term,
            value="yes",
            service=linked_service,
        )
    m.Metadata.objects.create(
        partnership=p,
        hsds_id=hid("meta-1"),
        resource_id=service.hsds_id,
        resource_type="service",
        last_action_date=date(2026, 2, 1),
        last_action_type="update",
        field_name="name",
        previous_value="Clinic",
        replacement_value="Refugee health clinic",
        updated_by="coordinator@example.org",
    )
    reindex_services(partnership=p)
    return {
        "organization": org,
        "service": service,
        "french_only": french_only,
        "location": location,
        "sal": sal,
        "taxonomy": taxonomy,
        "term": doctor,
        "parent_term": health,
    }
