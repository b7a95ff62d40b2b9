"""The annual report in a real browser: axe on the pages, and a coordinator submits a report."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from liphub.conftest import axe_violations, browser_login
from liphub.partnerships.services import seed_key_sectors
from liphub.reports.models import SubmittedReport
from liphub.reports.tests.annual_data import build_year

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def browser_year(partnership):
    """Transactional tests start from a flushed database: seed the sectors, then the year."""
    seed_key_sectors()
    with scopes_disabled():
        return build_year(partnership)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_report_pages_have_no_accessibility_violations(
    page, coordinator, browser_year, language
):
    browser_login(page, "coordinator@example.org")
    page.goto(f"/{language}/p/ottawa/reports/")
    assert axe_violations(page) == []
    page.goto(f"/{language}/p/ottawa/reports/2011-12/")
    assert page.locator("svg[role=img]").count() == 4
    assert axe_violations(page) == []
    page.goto(f"/{language}/p/ottawa/reports/2011-12/indicators/")
    assert axe_violations(page) == []


def test_a_coordinator_submits_the_report_and_opens_the_frozen_version(
    page, coordinator, browser_year
):
    browser_login(page, "coordinator@example.org")
    page.goto("/en/p/ottawa/reports/2011-12/")
    page.get_by_label("Note for this version (optional)").fill("Sent to the funder")
    page.get_by_role("button", name="Submit this report (freeze the figures)").click()
    page.wait_for_load_state()
    assert "Version 1 of the 2011-12 report is submitted and frozen." in page.text_content("main")
    assert "Sent to the funder" in page.text_content("main")
    assert axe_violations(page) == []
    with scopes_disabled():
        assert SubmittedReport.objects.get().number == 1
