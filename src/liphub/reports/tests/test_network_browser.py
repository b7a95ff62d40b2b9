"""The network view in a real browser: axe on the overview and its tabs, in both languages,
and an analyst moves between the tabs with the keyboard."""

from __future__ import annotations

from typing import Any

import pytest

from liphub.conftest import axe_violations, browser_login
from liphub.reports.tests.test_network import YEAR, lips  # noqa: F401 - the figures fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TABS = ["", "representation/", "contributions/", "activities/", "reports/"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_overview_and_every_tab_have_no_accessibility_violations(
    page: Any,
    analyst: Any,
    lips: None,  # noqa: F811 - the fixture imported above
    language: str,
) -> None:
    browser_login(page, "analyst@example.org")
    for tab in TABS:
        page.goto(f"/{language}/network/ontario/{tab}?year={YEAR}")
        assert page.locator("nav.tabs [aria-current=page]").count() == 1, tab
        assert axe_violations(page) == [], tab


def test_an_analyst_reaches_a_tab_with_the_keyboard_and_keeps_the_year(
    page: Any,
    analyst: Any,
    lips: None,  # noqa: F811
) -> None:
    browser_login(page, "analyst@example.org")
    page.goto(f"/en/network/ontario/?year={YEAR - 1}")
    tab = page.get_by_role("navigation", name="Parts of the network view").get_by_role(
        "link", name="Contributions"
    )
    tab.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/network/ontario/contributions/?year={YEAR - 1}")
    current = page.locator("nav.tabs [aria-current=page]")
    assert current.text_content() == "Contributions"
    table = page.get_by_role("table", name="Contributions leveraged in 2010-11 (CAD)")
    assert "9,999" in (table.text_content() or "")
