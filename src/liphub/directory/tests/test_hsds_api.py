"""The HSDS API (/api/hsds/<slug>/): public data, the document's parameters, strict shapes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from liphub.directory.hsds import export_id
from liphub.directory.models import Service
from liphub.directory.tests.hsds_support import build_directory, errors

pytestmark = pytest.mark.django_db

BASE = "/api/hsds/ottawa/"


@pytest.fixture
def directory(partnership: Any, other_partnership: Any) -> dict[str, Any]:
    with scopes_disabled():
        built = build_directory(partnership, "ott")
        build_directory(other_partnership, "kgn")
    return built


def get(client: Client, url: str, status: int = 200, **headers: str) -> Any:
    response = client.get(BASE + url, headers=headers)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def sid(name: str, table: str = "service") -> str:
    return export_id("ottawa", table, f"ott-{name}")


def _assert_page(body: dict[str, Any], item_schema: str, total: int) -> None:
    assert body["total_items"] == total
    assert body["size"] == len(body["contents"])
    assert body["empty"] is (total == 0)
    for item in body["contents"]:
        assert errors(item_schema, item) == []


def test_about(client: Client, directory: Any) -> None:
    body = get(client, "")
    assert body["version"] == "3.0"
    assert body["openapi_url"].endswith("/schema/openapi.json")


def test_services_list_public_only(client: Client, directory: Any) -> None:
    body = get(client, "services")
    _assert_page(body, "compiled/service_list.json", 2)  # not unapproved, not inactive
    names = {s["name"] for s in body["contents"]}
    assert names == {"Refugee health clinic", "Cours de français"}
    assert body["page_number"] == 1 and body["first_page"] and body["last_page"]
    clinic = next(s for s in body["contents"] if s["id"] == sid("svc-1"))
    assert clinic["organization"]["name"] == "Newcomer Health Centre"
    assert "phones" not in clinic  # list items have one-to-one fields only


def test_services_pagination(client: Client, directory: Any) -> None:
    first = get(client, "services?per_page=1&page=1")
    second = get(client, "services?per_page=1&page=2")
    assert first["total_pages"] == 2 and first["size"] == 1 and not first["last_page"]
    assert second["last_page"] and not second["first_page"]
    assert first["contents"][0]["id"] != second["contents"][0]["id"]
    beyond = get(client, "services?per_page=1&page=9")
    assert beyond["contents"] == [] and beyond["size"] == 0 and beyond["total_items"] == 2
    assert get(client, "services?page=abc", status=400)["detail"]


def test_services_full_and_minimal(client: Client, directory: Any) -> None:
    full = get(client, "services?full=true")
    for item in full["contents"]:
        assert errors("compiled/service.json", item) == []
    assert any(s["service_at_locations"] for s in full["contents"])
    minimal = get(client, "services?minimal=true")
    assert {tuple(sorted(s)) for s in minimal["contents"]} == {
        ("id", "last_modified", "name", "status")
    }


def test_services_search_and_filters(client: Client, directory: Any) -> None:
    assert [s["id"] for s in get(client, "services?search=doctor")["contents"]] == [sid("svc-1")]
    assert get(client, "services?search=nothingmatches")["empty"] is True
    by_term = get(client, f"services?taxonomy_term_id={sid('term-doctor', 'taxonomy_term')}")
    assert [s["id"] for s in by_term["contents"]] == [sid("svc-1")]
    by_taxonomy = get(client, f"services?taxonomy_id={sid('tax-1', 'taxonomy')}")
    assert [s["id"] for s in by_taxonomy["contents"]] == [sid("svc-1")]
    by_org = get(client, f"services?organization_id={sid('org-1', 'organization')}")
    assert by_org["total_items"] == 2
    other_org = export_id("kingston", "organization", "kgn-org-1")
    assert get(client, f"services?organization_id={other_org}")["total_items"] == 0
    assert get(client, "services?modified_after=2999-01-01T00:00:00Z")["total_items"] == 0
    assert get(client, "services?modified_after=2000-01-01")["total_items"] == 2
    assert get(client, "services?modified_after=yesterday", status=400)


def test_service_detail_in_both_languages(client: Client, directory: Any) -> None:
    body = get(client, f"services/{sid('svc-1')}")
    assert errors("compiled/service.json", body) == []
    assert body["name"] == "Refugee health clinic"
    french = get(client, f"services/{sid('svc-1')}", **{"Accept-Language": "fr-CA,fr;q=0.9"})
    assert french["name"] == "Clinique de santé des réfugiés"
    assert french["organization"]["name"] == "Centre de santé des nouveaux arrivants"
    assert get(client, f"services/{sid('svc-1')}?lang=fr")["name"] == (
        "Clinique de santé des réfugiés"
    )
    assert french["id"] == body["id"]
    # the original id works too
    assert get(client, "services/ott-svc-1")["id"] == body["id"]


def test_unpublished_services_and_directories_are_404(
    client: Client, directory: Any, partnership: Any
) -> None:
    get(client, f"services/{sid('svc-unapproved')}", status=404)
    get(client, f"services/{sid('svc-inactive')}", status=404)
    assert client.get("/api/hsds/nowhere/services").status_code == 404
    partnership.is_public = False
    partnership.save()
    assert client.get(BASE + "services").status_code == 404


def test_organizations(client: Client, directory: Any) -> None:
    body = get(client, "organizations")
    _assert_page(body, "compiled/organization_list.json", 1)  # the parent has no service
    org_id = sid("org-1", "organization")
    detail = get(client, f"organizations/{org_id}")
    assert errors("compiled/organization.json", detail) == []
    assert {s["name"] for s in detail["services"]} == {
        "Refugee health clinic",
        "Cours de français",
    }
    full = get(client, f"organizations/{org_id}?full_service=true")
    assert errors("compiled/organization.json", full) == []
    assert any("schedules" in s for s in full["services"])
    listed_full = get(client, "organizations?full=true&search=health")
    assert listed_full["total_items"] == 1 and "locations" in listed_full["contents"][0]
    assert get(client, "organizations?search=zzz")["empty"]


def test_service_at_locations(client: Client, directory: Any) -> None:
    body = get(client, "service_at_locations")
    _assert_page(body, "compiled/service_at_location_list.json", 2)
    detail = get(client, f"service_at_locations/{sid('sal-1', 'service_at_location')}")
    assert errors("compiled/service_at_location.json", detail) == []
    assert detail["service"]["name"] == "Refugee health clinic"
    assert detail["location"]["addresses"][0]["postal_code"] == "K1A 0B1"
    full = get(client, "service_at_locations?full=true&search=doctor")
    assert full["total_items"] == 1
    assert errors("compiled/service_at_location.json", full["contents"][0]) == []
    assert get(client, "service_at_locations?postcode=k1a0b1")["total_items"] == 2
    assert get(client, "service_at_locations?postcode=K1A")["total_items"] == 2
    assert get(client, "service_at_locations?postcode=H2X")["total_items"] == 0
    assert get(client, "service_at_locations?postcode=K1A&proximity=500")["total_items"] == 2


def test_taxonomies_and_terms(client: Client, directory: Any) -> None:
    body = get(client, "taxonomies")
    _assert_page(body, "taxonomy.json", 1)
    assert errors("taxonomy.json", get(client, f"taxonomies/{sid('tax-1', 'taxonomy')}")) == []
    terms = get(client, "taxonomy_terms")
    _assert_page(terms, "taxonomy_term.json", 3)
    top = get(client, "taxonomy_terms?top_only=true")
    assert top["total_items"] == 2
    children = get(client, f"taxonomy_terms?parent_id={sid('term-health', 'taxonomy_term')}")
    assert [t["name"] for t in children["contents"]] == ["Family doctor"]
    in_taxonomy = get(client, f"taxonomy_terms?taxonomy_id={sid('tax-1', 'taxonomy')}")
    assert in_taxonomy["total_items"] == 2
    assert get(client, "taxonomy_terms?search=doctor")["total_items"] == 1
    term = get(client, f"taxonomy_terms/{sid('term-doctor', 'taxonomy_term')}")
    assert errors("taxonomy_term.json", term) == []
    assert term["parent_id"] == sid("term-health", "taxonomy_term")


def test_ndjson_streams_every_result(client: Client, directory: Any) -> None:
    response = client.get(BASE + "services?format=ndjson&per_page=1")
    assert response["Content-Type"] == "application/x-ndjson"
    lines = b"".join(response.streaming_content).decode().splitlines()  # type: ignore[attr-defined]
    services = [json.loads(line) for line in lines]
    assert len(services) == 2
    for item in services:
        assert errors("compiled/service_list.json", item) == []
    searched = client.get(BASE + "services?format=ndjson&search=doctor")
    text = b"".join(searched.streaming_content).decode()  # type: ignore[attr-defined]
    assert [json.loads(x)["name"] for x in text.splitlines()] == ["Refugee health clinic"]


def test_only_get(client: Client, directory: Any) -> None:
    assert client.post(BASE + "services").status_code == 405


def test_query_count_does_not_grow_with_services(
    client: Client, directory: Any, partnership: Any, django_assert_max_num_queries: Any
) -> None:
    with scopes_disabled():
        org = directory["organization"]
        for n in range(30):
            Service.objects.create(partnership=partnership, organization=org, name_en=f"S {n}")
    with django_assert_max_num_queries(60):
        body = get(client, "services?full=true&per_page=100")
    assert body["total_items"] == 32


def test_nul_characters_are_refused(client: Client, directory: Any) -> None:
    # PostgreSQL cannot compare text with NUL: a clear 400/404, not a server error
    assert get(client, "services?search=a%00b", status=400)["detail"]
    assert get(client, "organizations?search=%00", status=400)["detail"]
    assert get(client, "services/ab%00cd", status=404)["detail"]
