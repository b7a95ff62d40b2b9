"""The public directory of one partnership never shows another's services, nor hidden ones."""

from __future__ import annotations

import pytest
from django.urls import reverse

from liphub.directory.tests.public_data import build_directory

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {
    "directory_public:service",
    "directory_public:service_by_hsds_id",
}


@pytest.fixture
def directory(partnership, other_partnership):
    return build_directory(partnership, other_partnership)


def cases():
    return [
        ("directory_public:service", "kingston", "ottawa", 404),
        ("directory_public:service", "kingston", "kingston", 200),
        ("directory_public:service", "clinic", "kingston", 404),
        ("directory_public:service", "clinic", "ottawa", 200),
        ("directory_public:service", "unapproved", "ottawa", 404),
        ("directory_public:service", "inactive", "ottawa", 404),
        ("directory_public:service_by_hsds_id", "kingston", "ottawa", 404),
        ("directory_public:service_by_hsds_id", "kingston", "kingston", 302),
        ("directory_public:service_by_hsds_id", "clinic", "kingston", 404),
        ("directory_public:service_by_hsds_id", "unapproved", "ottawa", 404),
        ("directory_public:service_by_hsds_id", "inactive", "ottawa", 404),
    ]


def test_cases_cover_every_isolated_url():
    assert {name for name, *_rest in cases()} == ISOLATED_URLS


@pytest.mark.parametrize(("url_name", "key", "slug", "status"), cases())
@pytest.mark.parametrize("as_coordinator", [False, True])
def test_services_are_only_reachable_under_their_own_partnership(
    client, coordinator, directory, url_name, key, slug, status, as_coordinator
):
    if as_coordinator:
        client.force_login(coordinator)  # signing in never widens the public directory
    service = directory[key]
    arg = service.pk if url_name == "directory_public:service" else service.hsds_id
    url = reverse(url_name, args=[slug, arg])
    assert client.get(url).status_code == status
    assert client.post(url).status_code in {404, 405, 200, 302}


def test_a_non_public_partnership_hides_its_services(client, directory, other_partnership):
    other_partnership.is_public = False
    other_partnership.save()
    kingston = directory["kingston"]
    assert client.get(reverse("directory_public:search", args=["kingston"])).status_code == 404
    for name, arg in (
        ("directory_public:service", kingston.pk),
        ("directory_public:service_by_hsds_id", kingston.hsds_id),
    ):
        assert client.get(reverse(name, args=["kingston", arg])).status_code == 404


def test_lists_never_show_another_partnerships_or_hidden_services(client, directory):
    ids = [str(directory[k].pk) for k in ("kingston", "unapproved", "inactive", "clinic")]
    html = client.get(reverse("directory_public:list", args=["ottawa"]), {"s": ids}).content
    assert b"Refugee health clinic" in html
    for text in (b"Kingston", b"Unapproved clinic listing", b"Inactive clinic listing"):
        assert text not in html
    search = client.get(
        reverse("directory_public:search", args=["ottawa"]), {"q": "clinic", "s": ids}
    ).content
    for text in (b"Kingston", b"Unapproved clinic listing", b"Inactive clinic listing"):
        assert text not in search
