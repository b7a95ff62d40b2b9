"""The issue's user journeys, in headless Chromium: a coordinator adds a partner and records a
meeting with attendance; a public visitor reads the minutes in French on a phone; axe-core finds
no WCAG 2.1 AA violation on the main pages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.conftest import axe_violations, browser_login
from liphub.meetings.models import Attendance, Meeting
from liphub.partnerships.models import Body, Organization, Partner, Person, Seat, Sector

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def council(partnership):
    with scopes_disabled():
        body = Body.objects.create(
            partnership=partnership,
            kind="council",
            name_en="OLIP Council",
            name_fr="Conseil du PLIO",
        )
        board = Organization.objects.create(
            partnership=partnership, name_en="Ottawa Catholic School Board"
        )
        city = Organization.objects.create(partnership=partnership, name_en="City of Ottawa")
        seats = []
        for name, org, role in (
            ("Amina Farah", board, "chair"),
            ("Luc Tremblay", city, "member"),
        ):
            person = Person.objects.create(
                partnership=partnership, full_name=name, organization=org
            )
            seats.append(
                Seat.objects.create(
                    partnership=partnership,
                    body=body,
                    person=person,
                    organization=org,
                    role=role,
                    term_start=dt.date(2020, 1, 1),
                )
            )
    return body, seats


def test_coordinator_adds_a_partner_in_the_browser(page, coordinator, partnership):
    browser_login(page, "coordinator@example.org")
    page.goto("/en/p/ottawa/")
    page.get_by_role("navigation", name="Partnership").get_by_role(
        "link", name="Partners", exact=True
    ).click()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Add partner").click()
    assert axe_violations(page) == []
    # A submission with no name shows a field error, not a server error.
    page.get_by_role("button", name="Add partner").click()
    assert page.get_by_text("Give the name in English, in French or in both.").first.is_visible()
    page.get_by_label("Organization name (English)").fill("Ottawa Public Library")
    page.get_by_label("Organization name (French)").fill("Bibliothèque publique d'Ottawa")
    page.get_by_label("Libraries").check()
    page.get_by_label("Partner since").fill("2009-06-01")
    page.get_by_role("button", name="Add partner").click()
    page.wait_for_load_state()
    assert page.get_by_text("Ottawa Public Library").first.is_visible()
    with scopes_disabled():
        partner = Partner.objects.get(organization__name_en="Ottawa Public Library")
        assert partner.partnership == partnership
        assert [s.code for s in partner.sectors.all()] == [
            Sector.objects.get(name_en="Libraries").code
        ]
        assert partner.since == dt.date(2009, 6, 1)


def test_coordinator_records_a_meeting_with_attendance_in_the_browser(
    page, coordinator, partnership, council
):
    browser_login(page, "coordinator@example.org")
    page.goto("/en/p/ottawa/meetings/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Plan a meeting").click()
    page.get_by_label("Body").select_option(label="OLIP Council")
    page.get_by_label("Title (English)").fill("Council meeting, spring")
    page.get_by_label("Title (French)").fill("Réunion du conseil, printemps")
    start = (timezone.localtime() - dt.timedelta(days=2)).replace(hour=14, minute=0)
    page.get_by_label("Starts").fill(start.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Place").fill("Ottawa City Hall")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Council meeting, spring")
    assert axe_violations(page) == []

    page.get_by_role("link", name="Record attendance").click()
    assert axe_violations(page) == []
    page.get_by_role("group", name="Amina Farah").get_by_label("Present").check()
    page.get_by_role("group", name="Luc Tremblay").get_by_label("Regrets").check()
    page.get_by_role("button", name="Save attendance").click()
    page.wait_for_load_state()
    with scopes_disabled():
        meeting = Meeting.objects.get(title_en="Council meeting, spring")
        statuses = {
            a.seat.person.full_name: a.status
            for a in Attendance.objects.filter(meeting=meeting).select_related("seat__person")
        }
    assert statuses == {"Amina Farah": "present", "Luc Tremblay": "regrets"}
    assert page.get_by_text("Regrets").first.is_visible()


def test_public_visitor_reads_the_minutes_in_french_on_a_phone(phone_page, partnership, council):
    body, _seats = council
    with scopes_disabled():
        Meeting.objects.create(
            partnership=partnership,
            body=body,
            title_en="Council meeting, winter",
            title_fr="Réunion du conseil, hiver",
            starts_at=timezone.now() - dt.timedelta(days=30),
            minutes_en="## Minutes\n\nThe council adopted the strategy.",
            minutes_fr="## Procès-verbal\n\nLe conseil a adopté la stratégie.",
            is_published=True,
            published_at=timezone.now(),
        )
        Meeting.objects.create(
            partnership=partnership,
            body=body,
            title_en="Draft meeting",
            starts_at=timezone.now() - dt.timedelta(days=3),
            minutes_en="Not yet approved.",
        )
    page = phone_page
    page.goto("/fr/lip/ottawa/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert axe_violations(page) == []
    page.get_by_role("link", name="Réunions").first.click()
    assert page.get_by_text("Draft meeting").count() == 0
    page.get_by_role("link", name="Réunion du conseil, hiver").click()
    page.wait_for_load_state()
    assert page.get_by_text("Le conseil a adopté la stratégie.").is_visible()
    assert page.get_by_text("The council adopted the strategy.").count() == 0
    assert axe_violations(page) == []
    # Nothing overflows sideways on a 375 px screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


@pytest.mark.parametrize(
    "path",
    [
        "/{lang}/p/ottawa/",
        "/{lang}/p/ottawa/organizations/",
        "/{lang}/p/ottawa/people/",
        "/{lang}/p/ottawa/bodies/",
        "/{lang}/p/ottawa/bodies/{body}/",
        "/{lang}/p/ottawa/representation/",
        "/{lang}/p/ottawa/meetings/",
        "/{lang}/p/ottawa/documents/",
        "/{lang}/p/ottawa/audit/",
        "/{lang}/accounts/p/ottawa/people/",
        "/{lang}/accounts/tokens/",
        "/{lang}/lip/ottawa/",
        "/{lang}/lip/ottawa/council/",
        "/{lang}/lip/ottawa/meetings/",
        "/{lang}/lip/ottawa/documents/",
    ],
)
def test_main_pages_have_no_accessibility_violations(page, coordinator, council, path):
    body, _seats = council
    browser_login(page, "coordinator@example.org")
    for lang in ("en", "fr"):
        response = page.goto(path.format(lang=lang, body=body.pk))
        assert response is not None and response.status == 200, path
        assert page.locator("h1").count() == 1
        assert axe_violations(page) == [], f"{lang}: {path}"
