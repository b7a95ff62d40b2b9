"""The HSDS importer's bulk path: records across many batches, several rows per INSERT
statement with the new keys read from RETURNING, a shared organization met again in a later
batch, the search index built in the same transaction, and the connection's settings put
back afterwards (SQLite here, PostgreSQL with DATABASE_URL)."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django_scopes import scope, scopes_disabled

from liphub.core.models import Partnership
from liphub.directory import models as m
from liphub.directory.interchange import hsds_import, sql_writer
from liphub.directory.interchange.hsds_import import import_hsds
from liphub.directory.interchange.report import ImportRejectedError
from liphub.directory.search import search_services
from liphub.directory.search_index import _texts
from liphub.partnerships.models import Organization

pytestmark = pytest.mark.django_db
SERVICES = 23
PER_ORGANIZATION = 5  # an organization spans two batches of 4 records


def service(i: int, name: str = "") -> dict[str, Any]:
    org = i // PER_ORGANIZATION
    return {
        "id": f"svc-{i}",
        "name": name or f"Housing help {i}",
        "description": f"Rent bank and shelter referrals, desk {i}",
        "status": "active",
        "organization": {"id": f"org-{org}", "name": f"Agency {org}"},
        "service_at_locations": [
            {
                "id": f"sal-{i}",
                "location": {
                    "id": f"loc-{i}",
                    "name": f"Site {i}",
                    "location_type": "physical",
                    "addresses": [
                        {
                            "id": f"adr-{i}",
                            "address_1": f"{i} Main St",
                            "city": "Orléans" if i % 2 else "Kanata",
                            "state_province": "ON",
                            "postal_code": "K1A 0A1",
                            "country": "CA",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
        "languages": [{"id": f"lang-{i}", "name": "Tigrinya", "code": "ti"}],
        "attributes": [
            {
                "id": f"attr-{i}",
                "taxonomy_term": {"id": f"term-{i % 3}", "name": f"Housing {i % 3}"},
            }
        ],
    }


def write(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(items))
    return path


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    # 4 records per batch and 3 rows per INSERT statement (services have more columns than
    # that many parameters allow: one row per statement), so every path of the batching runs
    monkeypatch.setattr(hsds_import, "BATCH_RECORDS", 4)
    monkeypatch.setattr(sql_writer, "max_params", lambda: 3 * 12)


def test_many_batches_link_every_object_and_index_it(
    partnership: Partnership, tmp_path: Path, small_batches: None
) -> None:
    path = write(tmp_path / "services.json", [service(i) for i in range(SERVICES)])
    summary = import_hsds(partnership=partnership, path=path)
    organizations = -(-SERVICES // PER_ORGANIZATION)
    assert summary.counts["service"] == {"created": SERVICES}
    assert summary.counts["organization"]["created"] == organizations
    with scope(partnership=[partnership.pk]):
        services = {s.hsds_id: s for s in m.Service.objects.select_related("organization")}
        assert len(services) == SERVICES
        for i in range(SERVICES):
            s = services[f"svc-{i}"]
            assert s.organization.hsds_id == f"org-{i // PER_ORGANIZATION}"
            sal = m.ServiceAtLocation.objects.select_related("location").get(service=s)
            assert sal.hsds_id == f"sal-{i}" and sal.location.hsds_id == f"loc-{i}"
            assert m.Address.objects.get(location=sal.location).hsds_id == f"adr-{i}"
            attribute = m.Attribute.objects.select_related("taxonomy_term").get(service=s)
            assert attribute.taxonomy_term.hsds_id == f"term-{i % 3}"
        assert Organization.objects.filter(partnership=partnership).count() == organizations
        entries = {
            e.service_id: (e.name_text, e.body_text)
            for e in m.ServiceSearchEntry.objects.filter(partnership=partnership)
        }
    ids = sorted(s.pk for s in services.values())
    assert entries == _texts(partnership, ids)  # the same text as indexing each one anew
    with scope(partnership=partnership):
        found = search_services(partnership=partnership, query="orleans tigrinya", per_page=50)
    assert found.total == SERVICES // 2


def test_reimport_across_batches_updates_in_place(
    partnership: Partnership, tmp_path: Path, small_batches: None
) -> None:
    items = [service(i) for i in range(SERVICES)]
    import_hsds(partnership=partnership, path=write(tmp_path / "a.json", items))
    with scopes_disabled():
        before = dict(m.Service.objects.values_list("hsds_id", "pk"))
    again = import_hsds(partnership=partnership, path=write(tmp_path / "b.json", items))
    assert again.counts["service"] == {"unchanged": SERVICES}
    items[7] = service(7, name="Food bank 7")
    changed = import_hsds(partnership=partnership, path=write(tmp_path / "c.json", items))
    assert changed.counts["service"] == {"unchanged": SERVICES - 1, "updated": 1}
    with scopes_disabled():
        assert dict(m.Service.objects.values_list("hsds_id", "pk")) == before
        assert m.Service.objects.get(hsds_id="svc-7").version == 2
    with scope(partnership=partnership):
        food = search_services(partnership=partnership, query="food bank")
    assert [h.service.hsds_id for h in food.hits] == ["svc-7"]


def test_a_rejected_bulk_import_changes_nothing_and_restores_settings(
    partnership: Partnership, tmp_path: Path, small_batches: None
) -> None:
    items = [service(i) for i in range(SERVICES)]
    items[-1]["organization"] = {"id": "org-x", "name": ""}  # invalid: the last batch
    thresholds = gc.get_threshold()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA cache_size")
            cache = cursor.fetchone()[0]
    with pytest.raises(ImportRejectedError) as rejected:
        import_hsds(partnership=partnership, path=write(tmp_path / "bad.json", items))
    problem = rejected.value.problems[0]
    assert (problem.row, problem.field) == (SERVICES, "organization.name")
    with scopes_disabled():
        assert not m.Service.objects.filter(partnership=partnership).exists()
        assert not m.ServiceSearchEntry.objects.filter(partnership=partnership).exists()
    assert gc.get_threshold() == thresholds
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size")
            assert cursor.fetchone()[0] == cache


def test_bulk_writes_sets_and_restores_the_connection(partnership: Partnership) -> None:
    thresholds = gc.get_threshold()
    with sql_writer.bulk_writes(cache_mb=16):
        assert gc.get_threshold()[0] >= 20_000
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA cache_size")
                assert cursor.fetchone()[0] == -16 * 1024
    assert gc.get_threshold() == thresholds


def test_insert_returns_the_new_keys(partnership: Partnership, monkeypatch: Any) -> None:
    monkeypatch.setattr(sql_writer, "max_params", lambda: 40)  # a few rows per statement
    writer = sql_writer.table_writer(m.Taxonomy)
    rows = [
        {"partnership_id": partnership.pk, "hsds_id": f"tax-{i}", "name": f"T{i}"} for i in range(7)
    ]
    created = writer.insert(rows)
    with scopes_disabled():
        stored = dict(m.Taxonomy.objects.values_list("hsds_id", "pk"))
    if writer.returning:
        assert created == stored and len(created) == 7
    else:  # pragma: no cover - a database without RETURNING: the caller looks them up
        assert created == {} and len(stored) == 7


def test_insert_raises_django_database_errors(partnership: Partnership) -> None:
    """The long statements run past Django's `%s` rewriting on SQLite; a failure is still
    Django's exception (and the transaction is left to the caller to roll back)."""
    writer = sql_writer.table_writer(m.Taxonomy)
    row = {"partnership_id": partnership.pk, "hsds_id": "tax-1", "name": "T"}
    writer.insert([row])
    with pytest.raises(IntegrityError), transaction.atomic():
        writer.insert([dict(row)])
    with scopes_disabled():
        assert m.Taxonomy.objects.filter(hsds_id="tax-1").count() == 1
