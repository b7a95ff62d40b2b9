"""The partnership pages in a real browser: the add-partner flow, and axe on every main page."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from liphub.conftest import axe_violations, browser_login
from liphub.partnerships.models import Organization
from liphub.partnerships.tests.conftest import ensure_key_sectors

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _key_sectors(db):
    """Transactional tests start from a flushed database: put the seeded sectors back."""
    ensure_key_sectors()


def test_coordinator_adds_a_partner_from_the_list_page(page, coordinator, council_table):
    browser_login(page, "coordinator@example.org")
    page.goto("/en/p/ottawa/organizations/")
    page.get_by_role("link", name="Add partner").click()
    page.get_by_label("Organization name (English)").fill("Ottawa Chinese Community Service Centre")
    page.get_by_label("Organization name (French)").fill(
        "Centre de services communautaires chinois d'Ottawa"
    )
    page.get_by_label("Website").fill("https://occsc.org")
    page.get_by_label("Settlement agencies").check()
    page.get_by_label("Social services").check()
    page.get_by_label("Partner since").fill("2014-05-01")
    page.get_by_role("button", name="Add partner").click()
    page.wait_for_load_state()
    assert page.get_by_role(
        "heading", level=1, name="Ottawa Chinese Community Service Centre"
    ).is_visible()
    assert "is now a partner" in page.text_content("main")
    with scopes_disabled():
        organization = Organization.objects.get(name_en="Ottawa Chinese Community Service Centre")
        assert {s.code for s in organization.partner.sectors.all()} == {
            "settlement",
            "social_services",
        }


def test_a_form_with_errors_announces_them(page, coordinator):
    browser_login(page, "coordinator@example.org")
    page.goto("/en/p/ottawa/organizations/add-partner/")
    page.get_by_role("button", name="Add partner").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert "Give a name in English, in French or in both." in page.get_by_role("alert").inner_text()
    assert axe_violations(page) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_main_partnership_pages_have_no_accessibility_violations(
    page, coordinator, council_table, language
):
    browser_login(page, "coordinator@example.org")
    council = council_table.bodies["council"]
    organization = council_table.orgs["A"]
    for path in (
        "",
        "organizations/",
        f"organizations/{organization.pk}/",
        f"organizations/{organization.pk}/edit/",
        "organizations/add-partner/",
        "people/",
        "bodies/",
        f"bodies/{council.pk}/",
        f"bodies/{council.pk}/seats/new/",
        "representation/",
        f"representation/?body={council.pk}",
        "audit/",
    ):
        url = f"/{language}/p/ottawa/{path}"
        page.goto(url)
        assert page.locator("h1").count() == 1, url
        assert axe_violations(page) == [], url
