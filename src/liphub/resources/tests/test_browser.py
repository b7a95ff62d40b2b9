"""The contribution pages in a real browser: a coordinator records one; axe on every page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django_scopes import scopes_disabled

from liphub.conftest import axe_violations, browser_login
from liphub.partnerships.tests.factories import OrganizationFactory
from liphub.resources.models import Contribution
from liphub.resources.tests.factories import ContributionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def recorded(partnership):
    with scopes_disabled():
        agency = OrganizationFactory(partnership=partnership, name_en="Agency A")
        ContributionFactory(partnership=partnership, source_organization=agency, amount=500)
        return ContributionFactory(
            partnership=partnership, source_name="United Way", kind="in_kind", fiscal_year=2012
        )


def test_a_coordinator_records_a_contribution(page, coordinator, recorded):
    browser_login(page, "coordinator@example.org")
    page.goto("/en/p/ottawa/contributions/")
    page.get_by_role("link", name="Record a contribution").click()
    page.wait_for_load_state()
    page.get_by_label("Source (if not a listed organization)").fill("City of Ottawa")
    page.get_by_label("Cash", exact=True).check()
    page.get_by_label("Amount (CAD)").fill("10000")
    page.get_by_label("Fiscal year").select_option(label="2011-12")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert "Contribution recorded." in (page.text_content("main") or "")
    with scopes_disabled():
        contribution = Contribution.objects.get(source_name="City of Ottawa")
    assert contribution.amount == Decimal("10000") and contribution.fiscal_year == 2011


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_contribution_pages_have_no_accessibility_violations(
    page, coordinator, recorded, language
):
    browser_login(page, "coordinator@example.org")
    for path in ("", "?year=2012", "new/", f"{recorded.pk}/edit/", f"{recorded.pk}/delete/"):
        url = f"/{language}/p/ottawa/contributions/{path}"
        page.goto(url)
        assert page.locator("h1").count() == 1, url
        assert axe_violations(page) == [], url
