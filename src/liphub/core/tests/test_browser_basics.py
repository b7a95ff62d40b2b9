"""The shell of every page in a real browser: landmarks, language switch, keyboard, axe."""

from __future__ import annotations

import pytest

from liphub.conftest import axe_violations, browser_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_has_no_accessibility_violations_in_either_language(page, partnership):
    for path in ("/en/", "/fr/"):
        page.goto(path)
        assert page.locator("main").count() == 1
        assert page.locator("header").count() >= 1
        assert page.locator("footer").count() == 1
        assert axe_violations(page) == [], path


def test_language_switch_keeps_the_page_and_changes_the_language(page, partnership):
    page.goto("/en/")
    page.get_by_role("link", name="français").click()
    page.wait_for_url("**/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("heading", name="Partenariats locaux d'immigration").is_visible()


def test_skip_link_is_the_first_stop_for_keyboard_users(page, partnership):
    page.goto("/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_coordinator_signs_in_with_e_mail_and_sees_their_partnership(page, coordinator):
    browser_login(page, "coordinator@example.org")
    assert page.get_by_role("heading", name="Your partnerships").is_visible()
    assert page.get_by_text("Ottawa Local Immigration Partnership").first.is_visible()
    assert axe_violations(page) == []
