"""The HSDS API never shows another partnership's records, whatever id is guessed."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.directory.hsds import export_id
from liphub.directory.tests.hsds_support import build_directory

pytestmark = pytest.mark.django_db

ISOLATED_URLS = {
    "hsds_api:service",
    "hsds_api:organization",
    "hsds_api:service_at_location",
    "hsds_api:taxonomy",
    "hsds_api:taxonomy_term",
}

TABLES = {
    "hsds_api:service": ("service", "svc-1"),
    "hsds_api:organization": ("organization", "org-1"),
    "hsds_api:service_at_location": ("service_at_location", "sal-1"),
    "hsds_api:taxonomy": ("taxonomy", "tax-1"),
    "hsds_api:taxonomy_term": ("taxonomy_term", "term-doctor"),
}


@pytest.fixture
def both(partnership: Any, other_partnership: Any) -> None:
    with scopes_disabled():
        build_directory(partnership, "ott")
        build_directory(other_partnership, "kgn")


@pytest.mark.parametrize("name", sorted(ISOLATED_URLS))
def test_another_partnerships_ids_are_404(client: Client, both: None, name: str) -> None:
    table, key = TABLES[name]
    own = export_id("ottawa", table, f"ott-{key}")
    theirs_exported = export_id("kingston", table, f"kgn-{key}")
    assert client.get(reverse(name, kwargs={"slug": "ottawa", "id": own})).status_code == 200
    for guess in (theirs_exported, f"kgn-{key}", export_id("ottawa", table, f"kgn-{key}")):
        url = reverse(name, kwargs={"slug": "ottawa", "id": guess})
        assert client.get(url).status_code == 404, url
    # and the other way round: their API does not show ours
    url = reverse(name, kwargs={"slug": "kingston", "id": own})
    assert client.get(url).status_code == 404
    assert (
        client.get(reverse(name, kwargs={"slug": "kingston", "id": theirs_exported})).status_code
        == 200
    )


def test_lists_only_show_the_partnership(client: Client, both: None) -> None:
    for url in (
        "services",
        "organizations",
        "service_at_locations",
        "taxonomies",
        "taxonomy_terms",
    ):
        text = client.get(f"/api/hsds/ottawa/{url}?full=true&per_page=1000").content.decode()
        assert "kgn" not in text and "Kingston" not in text
        for key in ("svc-1", "org-1", "sal-1", "tax-1", "term-doctor"):
            for table in (
                "service",
                "organization",
                "service_at_location",
                "taxonomy",
                "taxonomy_term",
            ):
                assert export_id("kingston", table, f"kgn-{key}") not in text
