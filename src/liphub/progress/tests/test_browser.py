"""In a real browser: a partner's staff member posts a progress update on the activity their
organization leads, from their home page; every page on the way passes axe."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from liphub.actions.models import Activity
from liphub.conftest import axe_violations, browser_login
from liphub.partnerships.tests.factories import OrganizationFactory, PersonFactory
from liphub.progress.models import ProgressUpdate
from liphub.progress.tests.factories import (
    ActivityFactory,
    CommitmentFactory,
    ProgressUpdateFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def job_fair(partnership, member):
    with scopes_disabled():
        agency = OrganizationFactory(
            partnership=partnership, name_en="Agency A", name_fr="Agence A"
        )
        PersonFactory(partnership=partnership, organization=agency, user=member)
        activity = ActivityFactory(
            partnership=partnership,
            title_en="Job fair",
            title_fr="Salon de l'emploi",
            lead_organization=agency,
        )
        CommitmentFactory(partnership=partnership, organization=agency, activity=activity)
        ProgressUpdateFactory(
            partnership=partnership, activity=activity, text="Venue booked.", percent_complete=10
        )
    return activity


def test_a_member_posts_a_progress_update_on_the_activity_their_organization_leads(
    page, member, job_fair
):
    browser_login(page, "member@example.org")
    page.goto("/en/p/ottawa/work/")
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []
    page.get_by_role("link", name="Post an update (Job fair)").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1, name="Post a progress update").is_visible()
    assert axe_violations(page) == []

    page.get_by_label("What has happened").fill("   ")  # blank once stripped: a field error
    page.get_by_role("button", name="Post the update").click()
    page.wait_for_load_state()
    assert "What has happened" in page.get_by_role("alert").inner_text()
    assert axe_violations(page) == []

    page.get_by_label("What has happened").fill("Forty employers have confirmed.")
    page.get_by_label("Milestone reached").fill("Employers confirmed")
    page.get_by_label("Percent complete").fill("40")
    page.get_by_label("Evidence: a link").fill("https://example.org/fair")
    page.get_by_label("Status of the activity").select_option("in_progress")
    page.get_by_role("button", name="Post the update").click()
    page.wait_for_load_state()

    assert page.get_by_role("heading", level=1, name="Job fair").is_visible()
    main = page.text_content("main") or ""
    assert "Your progress update has been posted." in main
    assert "Forty employers have confirmed." in main
    assert "In progress" in main
    assert axe_violations(page) == []
    with scopes_disabled():
        activity = Activity.objects.get(pk=job_fair.pk)
        update = ProgressUpdate.objects.get(text="Forty employers have confirmed.")
    assert activity.status == "in_progress"
    assert activity.last_progress_at == update.created_at


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_progress_pages_have_no_accessibility_violations(page, coordinator, job_fair, language):
    browser_login(page, "coordinator@example.org")
    for path in (
        "work/",
        "work/commitments/",
        "work/commitments/new/",
        f"work/activities/{job_fair.pk}/",
        "work/people/",
    ):
        url = f"/{language}/p/ottawa/{path}"
        page.goto(url)
        assert page.locator("h1").count() == 1, url
        assert axe_violations(page) == [], url
