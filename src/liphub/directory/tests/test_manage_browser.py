"""The partner/secretariat directory pages in a real browser: a partner edits their listing
and adds one, the coordinator approves it; axe on the listing pages and the gap analysis."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.conftest import axe_violations, browser_login
from liphub.directory.models import Service
from liphub.directory.tests.manage_data import build_directory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def directory(partnership, other_partnership, member, coordinator):
    return build_directory(partnership, other_partnership, member=member)


def text(page):
    return page.text_content("main") or ""


def test_a_partner_edits_their_listing_and_the_coordinator_approves_a_new_one(page, directory):
    browser_login(page, "member@example.org")
    page.goto("/en/p/ottawa/directory/")
    page.get_by_role("link", name="ESL classes", exact=True).click()
    page.get_by_role("link", name="Edit the listing").click()
    page.get_by_label("Description (English)").fill("Free English classes, mornings and evenings.")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert "Listing saved." in text(page) and "Changed since review" in text(page)
    # hours, on the listing's page
    page.get_by_text("Add hours", exact=True).first.click()
    page.get_by_label("Monday").check()
    page.get_by_label("Thursday").check()
    page.get_by_label("Opens at").fill("09:00")
    page.get_by_label("Closes at").fill("16:30")
    page.get_by_role("button", name="Add hours").click()
    page.wait_for_load_state()
    assert "Monday, Thursday 09:00-16:30" in text(page)
    # a new listing waits for approval
    page.goto("/en/p/ottawa/directory/new/")
    page.get_by_label("Name (English)").fill("Conversation circles")
    page.get_by_label("Name (French)").fill("Cercles de conversation")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert "once the coordinator approves it" in text(page)
    with scopes_disabled():
        esl = Service.objects.get(pk=directory.services["esl"].pk)
        new = Service.objects.get(name_en="Conversation circles")
        assert esl.needs_review and esl.is_approved and esl.schedules.count() == 1
    assert new.organization == directory.orgs["A"] and not new.is_approved

    page.context.clear_cookies()
    browser_login(page, "coordinator@example.org")
    page.goto("/en/p/ottawa/directory/?pending=on")
    page.get_by_role("link", name="Conversation circles", exact=True).click()
    page.get_by_text("Send back to the organization with a note").click()
    page.get_by_label("What should the partner change?").fill("Please add the hours.")
    page.get_by_role("button", name="Send back", exact=True).click()
    page.wait_for_load_state()
    assert "Listing sent back to its organization with your note." in text(page)
    assert "Sent back by the coordinator" in text(page) and "Please add the hours." in text(page)
    page.get_by_role("button", name="Approve").click()
    page.wait_for_load_state()
    assert "Listing approved" in text(page)
    with scopes_disabled():
        assert Service.objects.get(pk=new.pk).is_approved


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_listing_pages_and_gap_analysis_have_no_accessibility_violations(
    page, directory, language
):
    browser_login(page, "coordinator@example.org")
    esl = directory.services["esl"]
    with scopes_disabled():  # a listing sent back shows its note
        Service.objects.filter(pk=esl.pk).update(
            review_note="Please add the evening hours.", reviewed_at=timezone.now()
        )
    for path in (
        "",
        "new/",
        f"{esl.pk}/",
        f"{esl.pk}/edit/",
        "not-verified/",
        "gaps/",
        "settings/",
    ):
        url = f"/{language}/p/ottawa/directory/{path}"
        page.goto(url)
        page.wait_for_load_state()
        if path == f"{esl.pk}/":
            for summary in page.locator("summary").all():
                summary.click()  # open every "add" form
        assert page.locator("h1").count() == 1, url
        assert axe_violations(page) == [], url


def test_the_gap_map_shows_areas_as_markers(page, directory):
    browser_login(page, "coordinator@example.org")
    page.goto("/en/p/ottawa/directory/gaps/")
    page.wait_for_selector("#gap-map .leaflet-interactive")
    assert page.locator("#gap-map .leaflet-interactive").count() == 2
