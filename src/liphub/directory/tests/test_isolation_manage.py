"""Id-guessing on the directory pages: another partnership's ids answer 404 under every URL,
and a partner's staff cannot touch another organization's listing of their own partnership."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.directory.models import (
    CommunityLanguage,
    Language,
    Phone,
    SearchSynonym,
    Service,
)
from liphub.directory.tests.manage_data import build_directory

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {
    "directory:service_detail",
    "directory:service_edit",
    "directory:service_approve",
    "directory:service_reviewed",
    "directory:service_send_back",
    "directory:service_verify",
    "directory:detail_add",
    "directory:detail_remove",
    "directory:synonym_edit",
    "directory:language_edit",
    "directory:setting_delete",
}

# what each URL would change if it let the request through
POSTS = {
    "directory:service_edit": {"name_en": "Hijacked", "status": "active", "version": 1},
    "directory:detail_add": {"phone-number": "666"},
    "directory:synonym_edit": {"terms": "hijacked, stolen", "version": 1},
    "directory:service_send_back": {"note": "Hijacked"},
    "directory:language_edit": {"code": "zz", "name_en": "Hijacked", "version": 1},
}


@pytest.fixture
def directory(partnership, other_partnership, member):
    return build_directory(partnership, other_partnership, member=member)


@pytest.fixture
def foreign(other_partnership, directory):
    """Kingston's records: its listing (with a phone), a synonym and a community language."""
    with scopes_disabled():
        service = directory.foreign
        phone = Phone.objects.create(partnership=other_partnership, service=service, number="1")
        synonym = SearchSynonym.objects.create(partnership=other_partnership, terms="a, b")
        language = CommunityLanguage.objects.create(
            partnership=other_partnership, code="ar", name_en="Arabic"
        )
    return {"service": service, "phone": phone, "synonym": synonym, "language": language}


def args_for(name, service, row, synonym, language):
    return {
        "directory:service_detail": [service.pk],
        "directory:service_edit": [service.pk],
        "directory:service_approve": [service.pk],
        "directory:service_reviewed": [service.pk],
        "directory:service_send_back": [service.pk],
        "directory:service_verify": [service.pk],
        "directory:detail_add": [service.pk, "phone"],
        "directory:detail_remove": [service.pk, "phone", row.pk],
        "directory:synonym_edit": [synonym.pk],
        "directory:language_edit": [language.pk],
        "directory:setting_delete": ["synonym", synonym.pk],
    }[name]


def snapshot():
    with scopes_disabled():
        return (
            list(
                Service.objects.values_list(
                    "id",
                    "version",
                    "name_en",
                    "is_approved",
                    "needs_review",
                    "assured_date",
                    "review_note",
                )
            ),
            list(Phone.objects.values_list("id", "number")),
            list(Language.objects.values_list("id", "code")),
            list(SearchSynonym.objects.values_list("id", "terms", "version")),
            list(CommunityLanguage.objects.values_list("id", "code", "name_en", "version")),
        )


@pytest.mark.parametrize("url_name", sorted(ISOLATED_URLS))
@pytest.mark.parametrize("slug", ["ottawa", "kingston"])
def test_other_partnerships_objects_answer_404(coordinator_client, foreign, url_name, slug):
    before = snapshot()
    url = reverse(
        url_name,
        args=[
            slug,
            *args_for(
                url_name,
                foreign["service"],
                foreign["phone"],
                foreign["synonym"],
                foreign["language"],
            ),
        ],
    )
    assert coordinator_client.get(url).status_code in {404, 405}
    assert coordinator_client.post(url, POSTS.get(url_name, {})).status_code == 404
    assert snapshot() == before


def test_a_row_of_another_partnership_answers_404_under_an_own_listing(
    coordinator_client, directory, foreign
):
    before = snapshot()
    esl = directory.services["esl"]
    url = reverse("directory:detail_remove", args=["ottawa", esl.pk, "phone", foreign["phone"].pk])
    assert coordinator_client.post(url).status_code == 404
    assert snapshot() == before


LISTING_WRITES = sorted(
    name
    for name in ISOLATED_URLS
    if name.startswith("directory:service_") or name.startswith("directory:detail_")
)


@pytest.mark.parametrize("url_name", [n for n in LISTING_WRITES if n != "directory:service_detail"])
def test_a_partner_cannot_write_another_organizations_listing_by_guessing_its_id(
    client, member, directory, url_name
):
    """The `member` acts for Agency A; the Health clinic belongs to Clinic C."""
    clinic = directory.services["clinic"]
    with scopes_disabled():
        row = Language.objects.get(service=clinic)
    args = {
        "directory:detail_add": [clinic.pk, "phone"],
        "directory:detail_remove": [clinic.pk, "language", row.pk],
    }.get(url_name, [clinic.pk])
    url = reverse(url_name, args=["ottawa", *args])
    client.force_login(member)
    before = snapshot()
    assert client.get(url).status_code in {403, 405}
    assert client.post(url, POSTS.get(url_name, {})).status_code == 403
    assert snapshot() == before


def test_the_listing_page_of_another_organization_is_read_only_for_a_partner(
    client, member, directory
):
    client.force_login(member)
    clinic = directory.services["clinic"]
    page = client.get(reverse("directory:service_detail", args=["ottawa", clinic.pk])).text
    assert "Health clinic" in page
    assert "Edit the listing" not in page and "Remove" not in page
    own = client.get(
        reverse("directory:service_detail", args=["ottawa", directory.services["esl"].pk])
    ).text
    assert "Edit the listing" in own


def test_lists_and_reports_never_show_another_partnerships_listings(coordinator_client, foreign):
    for name in ("service_list", "stale_listings", "gaps", "settings"):
        response = coordinator_client.get(reverse(f"directory:{name}", args=["ottawa"]))
        assert response.status_code == 200
        assert "Kingston" not in response.text, name
        assert (
            coordinator_client.get(reverse(f"directory:{name}", args=["kingston"])).status_code
            == 404
        )
    csv_text = coordinator_client.get(
        reverse("directory:stale_listings", args=["ottawa"]), {"format": "csv"}
    ).content.decode()
    assert "Kingston" not in csv_text
