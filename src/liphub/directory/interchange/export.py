"""Export a partnership's directory as HSDS 3.0: nested JSON and the tabular CSV datapackage.

`export_hsds(partnership=..., out=..., language="en")` writes

- `OUT/hsds.json`: a JSON list of fully nested services (`compiled/service.json`);
- `OUT/datapackage/`: `datapackage.json` (the official 3.0 descriptor) and one CSV per table
  (`services.csv`, `organizations.csv`, ... with exactly the descriptor's columns, in order;
  a table with no rows still gets its header).

What is exported: the approved services (any HSDS status), their organizations, programs,
locations and every related object, and all of the partnership's taxonomies and terms.
Not exported: listings waiting for review, LIP Hub's own columns and the other language.
The CSV tables are the JSON flattened, so both carry the same ids and values.
The caller holds the tenant scope (the command uses `scopes_disabled`).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liphub.core.models import Partnership
from liphub.directory.hsds import (
    HsdsSerializer,
    Json,
    with_service_relations,
    with_term_relations,
)
from liphub.directory.models import Service, Taxonomy, TaxonomyTerm
from liphub.partnerships.models import Organization

DATAPACKAGE = Path(__file__).with_name("hsds_datapackage.json")
JSON_NAME = "hsds.json"
DATAPACKAGE_DIR = "datapackage"
BATCH = 200

# Key of a nested object or list in the JSON → its HSDS table.
NESTED_TABLE = {
    "phones": "phone",
    "schedules": "schedule",
    "service_areas": "service_area",
    "service_at_locations": "service_at_location",
    "languages": "language",
    "organization": "organization",
    "funding": "funding",
    "cost_options": "cost_option",
    "program": "program",
    "programs": "program",
    "required_documents": "required_document",
    "contacts": "contact",
    "attributes": "attribute",
    "metadata": "metadata",
    "locations": "location",
    "location": "location",
    "addresses": "address",
    "accessibility": "accessibility",
    "organization_identifiers": "organization_identifier",
    "taxonomy_term": "taxonomy_term",
    "taxonomy_detail": "taxonomy",
    "services": "service",
    "service": "service",
}


@dataclass
class ExportSummary:
    services: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    json_path: Path | None = None
    datapackage_path: Path | None = None


def load_datapackage() -> dict[str, Any]:
    descriptor: dict[str, Any] = json.loads(DATAPACKAGE.read_text(encoding="utf-8"))
    return descriptor


def exported_services(partnership: Partnership) -> Iterator[list[Service]]:
    """The exported services, in batches with their relations loaded."""
    ids = list(
        Service.objects.filter(partnership=partnership, is_approved=True)
        .order_by("name_en", "id")
        .values_list("id", flat=True)
    )
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        by_id = {s.pk: s for s in with_service_relations(Service.objects.filter(id__in=chunk))}
        yield [by_id[pk] for pk in chunk]


def flatten(obj: Json, table: str, tables: dict[str, dict[str, Json]]) -> None:
    """Put a nested object and everything inside it into its table (first seen wins)."""
    row: Json = {}
    for key, value in obj.items():
        child_table = NESTED_TABLE.get(key)
        if child_table is not None and isinstance(value, list):
            for item in value:
                flatten(item, child_table, tables)
        elif child_table is not None and isinstance(value, dict):
            flatten(value, child_table, tables)
        else:
            row[key] = value
    tables.setdefault(table, {}).setdefault(row["id"], row)


def _add_parents(
    serializer: HsdsSerializer, parents: list[Organization], tables: dict[str, dict[str, Json]]
) -> None:
    """Parent organizations of exported ones (one-to-one fields), so references resolve."""
    organizations = tables.setdefault("organization", {})
    while parents:
        org = parents.pop()
        key = serializer.id("organization", org.hsds_id)
        if key not in organizations:
            organizations[key] = serializer.organization(org, nested=False)
            if org.parent_organization is not None:
                parents.append(org.parent_organization)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def export_hsds(*, partnership: Partnership, out: Path, language: str = "en") -> ExportSummary:
    serializer = HsdsSerializer(partnership, language)
    summary = ExportSummary()
    tables: dict[str, dict[str, Json]] = {}
    parents: list[Organization] = []
    out.mkdir(parents=True, exist_ok=True)
    json_path = out / JSON_NAME
    with json_path.open("w", encoding="utf-8") as handle:
        handle.write("[")
        first = True
        for batch in exported_services(partnership):
            for service in batch:
                data = serializer.service(service)
                flatten(data, "service", tables)
                if service.organization.parent_organization is not None:
                    parents.append(service.organization.parent_organization)
                handle.write("\n" if first else ",\n")
                json.dump(data, handle, ensure_ascii=False)
                first = False
                summary.services += 1
        handle.write("\n]\n")
    _add_parents(serializer, parents, tables)
    for taxonomy in Taxonomy.objects.filter(partnership=partnership):
        flatten(serializer.taxonomy(taxonomy), "taxonomy", tables)
    for term in with_term_relations(TaxonomyTerm.objects.filter(partnership=partnership)):
        flatten(serializer.taxonomy_term(term), "taxonomy_term", tables)

    descriptor = load_datapackage()
    package_dir = out / DATAPACKAGE_DIR
    package_dir.mkdir(parents=True, exist_ok=True)
    for resource in descriptor["resources"]:
        columns = [f["name"] for f in resource["schema"]["fields"]]
        rows = tables.get(resource["name"], {})
        with (package_dir / resource["path"]).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows.values():
                writer.writerow([_cell(row.get(c)) for c in columns])
        summary.rows[resource["name"]] = len(rows)
    (package_dir / "datapackage.json").write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    summary.json_path = json_path
    summary.datapackage_path = package_dir / "datapackage.json"
    return summary
