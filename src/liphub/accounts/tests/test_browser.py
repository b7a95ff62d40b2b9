"""Accounts pages in a real browser: keyboard-usable forms and no axe-core violations."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from liphub.conftest import axe_violations, browser_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_coordinator_invites_someone_who_joins_with_a_new_account(
    page, browser, live_server, coordinator, member
):
    browser_login(page, "coordinator@example.org")
    page.goto("/en/accounts/p/ottawa/people/")
    assert page.get_by_role("heading", name="People and roles", level=1).is_visible()
    assert axe_violations(page) == []

    page.get_by_label("E-mail address").fill("nadia@example.org")
    page.locator("#id_role").select_option("viewer")
    page.get_by_label("Language of the invitation e-mail").select_option("fr")
    page.get_by_role("button", name="Send the invitation").click()
    page.wait_for_load_state()
    assert page.get_by_text("Invitation sent to nadia@example.org.").is_visible()
    assert axe_violations(page) == []

    link = re.search(r"https?://\S+/accounts/invitation/\S+/", mail.outbox[0].body).group(0)
    path = "/" + link.split("/", 3)[3]
    assert path.startswith("/fr/")

    invitee = browser.new_context(base_url=live_server.url).new_page()
    invitee.goto(path)
    assert invitee.locator("html").get_attribute("lang") == "fr"
    assert axe_violations(invitee) == []
    invitee.get_by_label("Nom complet").fill("Nadia Nouvelle")
    invitee.locator("#id_password1").fill("une phrase de passe solide")
    invitee.locator("#id_password2").fill("une phrase de passe solide")
    invitee.get_by_role("button", name="Créer mon compte et me joindre au partenariat").click()
    invitee.wait_for_load_state()
    assert "/fr/p/ottawa/" in invitee.url
    invitee.context.close()

    page.reload()
    assert page.get_by_role("row", name=re.compile("Nadia Nouvelle")).is_visible()


def test_the_people_page_in_french_has_no_accessibility_violations(page, coordinator, member):
    browser_login(page, "coordinator@example.org")
    page.goto("/fr/accounts/p/ottawa/people/")
    assert page.get_by_role("heading", name="Personnes et rôles", level=1).is_visible()
    assert axe_violations(page) == []


def test_a_token_is_created_shown_once_and_revoked(page, coordinator):
    browser_login(page, "coordinator@example.org")
    page.goto("/en/accounts/tokens/")
    assert axe_violations(page) == []
    page.get_by_label("Token name").fill("Reporting spreadsheet")
    page.get_by_role("button", name="Create the token").click()
    page.wait_for_load_state()
    token = page.get_by_label("Token", exact=True).input_value()
    assert token.startswith("lh_")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Revoke “Reporting spreadsheet”").click()
    page.wait_for_load_state()
    assert page.get_by_text("You have no API tokens.").is_visible()


def test_login_errors_and_the_lockout_page_are_accessible(page, coordinator):
    page.goto("/en/accounts/login/")
    page.get_by_label("E-mail address").fill("coordinator@example.org")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert axe_violations(page) == []
    for _attempt in range(4):
        page.get_by_label("E-mail address").fill("coordinator@example.org")
        page.get_by_label("Password").fill("wrong")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
    assert page.get_by_role("heading", name="Sign-in paused").is_visible()
    assert axe_violations(page) == []
