"""Another partnership's objects answer 404 on every page that takes an object id.

The Ottawa coordinator guesses Kingston's ids, under the Ottawa slug and under the Kingston
slug; every GET and POST answers 404 and nothing changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.partnerships.models import Body, Organization, Partner, Person, Seat, Sector
from liphub.partnerships.tests.factories import (
    BodyFactory,
    OrganizationFactory,
    PartnerFactory,
    PersonFactory,
    SeatFactory,
)

pytestmark = pytest.mark.django_db

# URL name -> (the object whose id it takes, whether it accepts POST)
TARGETS: dict[str, tuple[str, bool]] = {
    "partnerships:organization_detail": ("organization", False),
    "partnerships:organization_edit": ("organization", True),
    "partnerships:partner_edit": ("organization", True),
    "partnerships:person_edit": ("person", True),
    "partnerships:body_detail": ("body", False),
    "partnerships:body_edit": ("body", True),
    "partnerships:seat_create": ("body", True),
    "partnerships:seat_edit": ("seat", True),
    "partnerships:seat_end": ("seat", True),
}
ISOLATED_URLS: set[str] = set(TARGETS)


@pytest.fixture
def kingston_records(other_partnership: Any) -> dict[str, Any]:
    with scopes_disabled():
        organization = OrganizationFactory(partnership=other_partnership, name_en="KEYS")
        PartnerFactory(
            partnership=other_partnership,
            organization=organization,
            sectors=[Sector.objects.get(code="settlement")],
        )
        body = BodyFactory(partnership=other_partnership, name_en="Kingston council")
        person = PersonFactory(partnership=other_partnership, full_name="Kim Kingston")
        seat = SeatFactory(
            partnership=other_partnership,
            body=body,
            person=person,
            organization=organization,
            term_start=dt.date(2024, 1, 1),
        )
    return {"organization": organization, "body": body, "person": person, "seat": seat}


def _valid_post(records: dict[str, Any], key: str) -> dict[str, Any]:
    """Data the form would accept, had the object been the coordinator's own."""
    return {
        "name_en": "Taken over",
        "full_name": "Taken over",
        "kind": "council",
        "role": "chair",
        "person": records["person"].pk,
        "organization": records["organization"].pk,
        "term_end": "2025-01-31",
        "since": "2020-01-01",
        "version": records[key].version,
    }


def _snapshot() -> tuple[Any, ...]:
    with scopes_disabled():
        return (
            list(Organization.objects.order_by("pk").values_list("pk", "version", "name_en")),
            list(Partner.objects.order_by("pk").values_list("pk", "version", "since")),
            list(Person.objects.order_by("pk").values_list("pk", "version", "full_name")),
            list(Body.objects.order_by("pk").values_list("pk", "version", "name_en")),
            list(Seat.objects.order_by("pk").values_list("pk", "version", "role", "term_end")),
        )


@pytest.mark.parametrize("slug", ["ottawa", "kingston"])
@pytest.mark.parametrize("name", sorted(ISOLATED_URLS))
def test_another_partnerships_object_answers_404(
    coordinator_client, other_partnership, kingston_records, name, slug
):
    key, accepts_post = TARGETS[name]
    target = reverse(name, kwargs={"slug": slug, "pk": kingston_records[key].pk})
    before = _snapshot()
    assert coordinator_client.get(target).status_code == 404
    if accepts_post:
        response = coordinator_client.post(target, _valid_post(kingston_records, key))
        assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize("name", sorted(ISOLATED_URLS))
def test_the_owner_reaches_the_same_urls(client, other_coordinator, kingston_records, name):
    """The 404s above come from isolation, not from broken URLs."""
    client.force_login(other_coordinator)
    key, _accepts_post = TARGETS[name]
    target = reverse(name, kwargs={"slug": "kingston", "pk": kingston_records[key].pk})
    assert client.get(target).status_code == 200


def test_the_list_pages_never_show_another_partnerships_rows(coordinator_client, kingston_records):
    for name in ("organization_list", "person_list", "body_list", "representation"):
        response = coordinator_client.get(reverse(f"partnerships:{name}", args=["ottawa"]))
        assert response.status_code == 200
        for foreign in ("KEYS", "Kim Kingston", "Kingston council"):
            assert foreign not in response.text, (name, foreign)
