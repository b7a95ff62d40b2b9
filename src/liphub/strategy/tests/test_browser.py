"""The strategy pages in a real browser, in French: a coordinator writes the strategy."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from liphub.conftest import axe_violations, browser_login
from liphub.strategy.models import Goal, Lens, PriorityArea, Strategy

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _no_violations(page):
    assert page.locator("h1").count() == 1, page.url
    assert axe_violations(page) == [], page.url


def test_a_coordinator_writes_the_strategy_in_french(page, coordinator):
    browser_login(page, "coordinator@example.org")
    page.goto("/fr/p/ottawa/strategy/")
    _no_violations(page)
    page.get_by_role("link", name="Rédiger la stratégie").click()
    page.wait_for_load_state()
    _no_violations(page)
    page.get_by_label("Titre (français)").fill("Stratégie d'immigration d'Ottawa")
    page.get_by_label("Début de la période").fill("2011-04-01")
    page.get_by_label("Fin de la période").fill("2099-03-31")
    page.get_by_label("Vision (français)").fill("Ottawa est une ville **accueillante**.")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_load_state()
    assert page.get_by_role(
        "heading", level=1, name="Stratégie d'immigration d'Ottawa"
    ).is_visible()

    page.get_by_role("link", name="Ajouter un secteur prioritaire").click()
    page.wait_for_load_state()
    _no_violations(page)
    page.get_by_label("Code").fill("integration-economique")
    page.get_by_label("Nom (français)").fill("Intégration économique")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_load_state()
    assert "Secteur prioritaire ajouté." in page.text_content("main")

    page.get_by_role("link", name="Ajouter un objectif").first.click()
    page.wait_for_load_state()
    _no_violations(page)
    page.get_by_label("Titre (français)").fill("Plus d'employeurs embauchent des immigrants")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_load_state()
    assert "Objectif ajouté." in page.text_content("main")
    goal_title = page.locator(".goals strong", has_text="Plus d'employeurs embauchent")
    assert goal_title.inner_text() == "Plus d'employeurs embauchent des immigrants"
    _no_violations(page)

    with scopes_disabled():
        strategy = Strategy.objects.get()
        area = PriorityArea.objects.get(strategy=strategy)
        goal = Goal.objects.get(priority_area=area)
        assert (strategy.title_en, strategy.title_fr) == ("", "Stratégie d'immigration d'Ottawa")
        assert (area.name_fr, area.order) == ("Intégration économique", 1)
        assert goal.title_fr == "Plus d'employeurs embauchent des immigrants"
        assert Lens.objects.filter(code="francophone").exists()

    page.goto("/fr/p/ottawa/strategy/lenses/")
    _no_violations(page)
    page.get_by_role("link", name="Lentille francophone").click()
    page.wait_for_load_state()
    _no_violations(page)


def test_a_form_with_errors_announces_them_in_french(page, coordinator):
    browser_login(page, "coordinator@example.org")
    page.goto("/fr/p/ottawa/strategy/new/")
    page.get_by_label("Début de la période").fill("2016-04-01")
    page.get_by_label("Fin de la période").fill("2011-03-31")
    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_load_state()
    alert = page.get_by_role("alert").inner_text()
    assert "La fin de la période doit être postérieure à son début." in alert
    assert "Donnez un titre en anglais, en français ou dans les deux langues." in alert
    _no_violations(page)


def test_the_public_progress_page_reads_well_on_a_phone(phone_page, coordinator):
    import datetime as dt

    from liphub.core.models import Partnership
    from liphub.strategy import services

    with scopes_disabled():
        partnership = Partnership.objects.get(slug="ottawa")
        strategy = services.create_strategy(
            partnership=partnership,
            title_en="Ottawa Immigration Strategy",
            title_fr="Stratégie d'immigration d'Ottawa",
            period_start=dt.date(2011, 4, 1),
            period_end=dt.date(2099, 3, 31),
            vision_en="A welcoming city.",
        )
        area = services.create_priority_area(strategy=strategy, name_en="Health and wellbeing")
        services.create_goal(priority_area=area, title_en="Newcomers get the care they need")
    phone_page.goto("/fr/lip/ottawa/strategy/")
    assert phone_page.get_by_role("heading", level=1).inner_text() == (
        "Stratégie d'immigration d'Ottawa"
    )
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    _no_violations(phone_page)
