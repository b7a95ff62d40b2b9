"""In a real browser: a coordinator builds a plan, an activity with an indicator and a
measurement, and finds it on the dashboard; axe finds no WCAG 2.1 AA violation on the way."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.actions.tests.factories import (
    GoalFactory,
    LensFactory,
    LensQuestionFactory,
    PriorityAreaFactory,
    StrategyFactory,
)
from liphub.conftest import axe_violations, browser_login
from liphub.core.fiscal import fiscal_year_label, fiscal_year_of
from liphub.partnerships.tests.factories import OrganizationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def strategy(partnership):
    with scopes_disabled():
        strategy = StrategyFactory(partnership=partnership)
        area = PriorityAreaFactory(
            partnership=partnership, strategy=strategy, name_en="Health and wellbeing"
        )
        GoalFactory(priority_area=area, title_en="Newcomers reach health services")
        OrganizationFactory(partnership=partnership, name_en="Somerset West CHC")
        lens = LensFactory(partnership=partnership, code="francophone")
        LensQuestionFactory(lens=lens, text_en="Are services offered in French?")
        return strategy


def no_violations(page):
    assert page.locator("h1").count() == 1, page.url
    assert axe_violations(page) == [], page.url


def test_coordinator_builds_a_plan_and_sees_it_on_the_dashboard(page, coordinator, strategy):
    year = fiscal_year_label(fiscal_year_of(timezone.localdate()))
    browser_login(page, "coordinator@example.org")
    page.goto("/en/p/ottawa/plans/")
    no_violations(page)
    page.get_by_role("link", name="New action plan").click()
    page.get_by_label("Fiscal year").fill(year)
    page.get_by_label("Strategy").select_option(label="Settlement strategy 2011-2014")
    page.get_by_label("Title (English)").fill("Health first")
    no_violations(page)
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1, name=f"Action plan {year}").is_visible()
    no_violations(page)

    page.get_by_role("link", name="New activity").click()
    page.get_by_label("Title (English)").fill("Refugee health clinic")
    page.get_by_label("Goal").select_option(index=1)
    page.get_by_label("Lead organization").select_option(label="Somerset West CHC")
    page.get_by_label("Start date").fill(f"{year[:4]}-04-01")
    page.get_by_label("End date").fill(f"{year[:4]}-03-01")  # before the start: refused
    no_violations(page)
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert "The end date cannot be before the start date." in page.get_by_role("alert").inner_text()
    no_violations(page)
    page.get_by_label("End date").fill(f"{int(year[:4]) + 1}-03-31")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1, name="Refugee health clinic").is_visible()

    page.get_by_role("link", name="Add an indicator").click()
    page.get_by_label("Is anyone better off?").check()
    page.get_by_label("Indicator (English)").fill("Patients with a family doctor")
    page.locator("#id_target").fill("200")
    no_violations(page)
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    page.get_by_role("link", name="Add a measurement").click()
    page.get_by_label("Value").fill("150")
    page.get_by_label("Source").fill("Clinic register")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert "Clinic register" in page.text_content("main")
    assert page.locator("svg.sparkline").count() == 1
    no_violations(page)

    page.get_by_role("link", name="Answer the questions of the Francophone lens").click()
    page.get_by_label("Yes").check()
    no_violations(page)
    page.get_by_role("button", name="Save the answers").click()
    page.wait_for_load_state()

    page.goto("/en/p/ottawa/plans/dashboard/")
    main = page.text_content("main")
    assert "Health and wellbeing" in main
    assert "Patients with a family doctor" in main
    assert "75 %" in main
    no_violations(page)
    page.goto("/fr/p/ottawa/plans/dashboard/")
    assert page.get_by_role("heading", level=1, name="Tableau de bord des progrès").is_visible()
    no_violations(page)
    page.get_by_role("link", name="Tous les indicateurs du plan").click()
    page.wait_for_load_state()
    assert "Patients with a family doctor" in page.text_content("main")
    no_violations(page)
