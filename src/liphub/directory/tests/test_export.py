"""`export-hsds`: the JSON and the CSV datapackage validate strictly against HSDS 3.0."""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django_scopes import scopes_disabled

from liphub.directory.hsds import export_id, is_uuid
from liphub.directory.tests.hsds_support import build_directory, errors, validate_datapackage

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(partnership: Any, other_partnership: Any) -> dict[str, Any]:
    with scopes_disabled():
        built = build_directory(partnership, "ott")
        build_directory(other_partnership, "kgn")
    return built


def _export(tmp_path: Path, *args: str) -> tuple[list[dict[str, Any]], Path]:
    call_command("export_hsds", "--partnership", "ottawa", str(tmp_path / "out"), *args)
    services = json.loads((tmp_path / "out" / "hsds.json").read_text(encoding="utf-8"))
    return services, tmp_path / "out" / "datapackage"


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _walk(value: Any) -> Any:
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v)


def test_the_json_export_validates_strictly(directory: Any, tmp_path: Path) -> None:
    services, _ = _export(tmp_path)
    assert len(services) == 3  # two active approved + one inactive; the unreviewed one is not
    for service in services:
        assert errors("service.json", service) == []
        assert errors("compiled/service.json", service) == []
    clinic = next(s for s in services if s["name"] == "Refugee health clinic")
    # every nested object type is there
    assert clinic["organization"]["locations"][0]["addresses"][0]["city"] == "Ottawa"
    assert clinic["service_at_locations"][0]["location"]["accessibility"][0]["details"]
    assert clinic["phones"][0]["languages"][0]["code"] == "fr"
    assert clinic["schedules"][0]["opens_at"] == "09:00:00"
    assert clinic["cost_options"][0]["amount"] == 12.5
    assert clinic["attributes"][0]["taxonomy_term"]["taxonomy_detail"]["version"] == "1.0"
    assert clinic["metadata"][0]["field_name"] == "name"
    assert clinic["organization"]["organization_identifiers"][0]["identifier"]
    assert clinic["program"]["name"] == "Refugee Health"
    assert clinic["last_modified"] == "2026-02-01T09:30:00Z"
    # LIP Hub-only columns and the other language are not exported
    text = json.dumps(services)
    for private in ("is_approved", "needs_review", "name_fr", "feed", "extra"):
        assert f'"{private}"' not in text
    assert "Unreviewed listing" not in text


def test_the_strict_check_can_fail(directory: Any, tmp_path: Path) -> None:
    services, _ = _export(tmp_path)
    broken = dict(services[0], is_approved=True)
    assert any("is_approved" in e for e in errors("service.json", broken))
    assert errors("service.json", dict(services[0], id="svc-1"))  # not a uuid
    assert errors("service.json", dict(services[0], email="not an e-mail"))


def test_ids_that_are_not_uuids_become_stable_uuid5(directory: Any, tmp_path: Path) -> None:
    services, _ = _export(tmp_path)
    ids = [o["id"] for o in _walk(services) if "id" in o]
    assert ids and all(is_uuid(i) for i in ids)
    clinic_id = export_id("ottawa", "service", "ott-svc-1")
    clinic = next(s for s in services if s["id"] == clinic_id)
    assert clinic["service_at_locations"][0]["service_id"] == clinic_id
    assert clinic["attributes"][0]["link_id"] == clinic_id
    assert clinic["metadata"][0]["resource_id"] == clinic_id
    # same record, same id on the next export; another partnership's same id differs
    again, _ = _export(tmp_path)
    assert sorted(s["id"] for s in again) == sorted(s["id"] for s in services)
    assert export_id("kingston", "service", "ott-svc-1") != clinic_id
    # a UUID id is kept as it is
    kept = str(uuid.uuid4())
    assert export_id("ottawa", "service", kept) == kept
    assert export_id("ottawa", "service", kept.upper()) == kept


def test_the_export_language(directory: Any, tmp_path: Path) -> None:
    english, _ = _export(tmp_path)
    assert {s["name"] for s in english} >= {"Refugee health clinic", "Cours de français"}
    french, _ = _export(tmp_path, "--language", "fr")
    names = {s["name"] for s in french}
    assert "Clinique de santé des réfugiés" in names
    assert "Cours de français" in names  # no English: falls back
    clinic = next(s for s in french if s["name"] == "Clinique de santé des réfugiés")
    assert clinic["description"].startswith("Un médecin")
    assert clinic["organization"]["name"] == "Centre de santé des nouveaux arrivants"


def test_the_datapackage_validates(directory: Any, tmp_path: Path) -> None:
    services, folder = _export(tmp_path)
    problems = [str(p) for p in validate_datapackage(folder)]
    assert problems == [], "\n".join(problems)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert {(folder / r["path"]).exists() for r in descriptor["resources"]} == {True}
    rows = _rows(folder, "services.csv")
    assert {r["id"] for r in rows} == {s["id"] for s in services}
    clinic = next(r for r in rows if r["name"] == "Refugee health clinic")
    assert clinic["assured_date"] == "2026-01-15"
    assert clinic["organization_id"] == export_id("ottawa", "organization", "ott-org-1")
    # one row per object, each table filled
    for table in (
        "organizations.csv",
        "programs.csv",
        "locations.csv",
        "service_at_location.csv",
        "addresses.csv",
        "phones.csv",
        "contacts.csv",
        "schedules.csv",
        "funding.csv",
        "service_areas.csv",
        "required_documents.csv",
        "languages.csv",
        "accessibility.csv",
        "cost_options.csv",
        "organization_identifiers.csv",
        "attributes.csv",
        "metadata.csv",
        "taxonomies.csv",
        "taxonomy_terms.csv",
    ):
        assert _rows(folder, table), table
    assert len(_rows(folder, "phones.csv")) == 5
    assert len(_rows(folder, "taxonomy_terms.csv")) == 3
    # only this partnership
    assert "kgn" not in (folder / "services.csv").read_text(encoding="utf-8")
    assert "Kingston" not in json.dumps(services)


def test_the_datapackage_check_can_fail(directory: Any, tmp_path: Path) -> None:
    _, folder = _export(tmp_path)
    path = folder / "services.csv"
    rows = path.read_text(encoding="utf-8").splitlines()
    rows[1] = rows[1].replace(rows[1].split(",")[0], "not-a-uuid", 1)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    problems = [str(p) for p in validate_datapackage(folder)]
    assert any("service row 2 id: not a uuid" in p for p in problems)


def test_unknown_partnership(db: Any, tmp_path: Path) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("export_hsds", "--partnership", "nowhere", str(tmp_path))
