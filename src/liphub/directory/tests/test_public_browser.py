"""The public directory in a real browser: a newcomer on a phone, axe, the map offline."""

from __future__ import annotations

import pytest
from django.urls import reverse

from liphub.conftest import axe_violations
from liphub.directory.tests.public_data import build_directory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# No test reaches a real tile server: tiles come from a host that never answers.
UNREACHABLE_TILES = "http://tiles.invalid/{z}/{x}/{y}.png"


@pytest.fixture
def directory(partnership, other_partnership, settings):
    settings.DIRECTORY_TILE_URL = UNREACHABLE_TILES
    # Load the URL configuration here: the live server's first request would otherwise spend
    # the browser's whole timeout importing every app.
    reverse("directory_public:search", args=["ottawa"])
    return build_directory(partnership, other_partnership)


def _offline_tiles(page):
    page.route("http://tiles.invalid/**", lambda route: route.abort())


def _no_violations(page):
    assert page.locator("h1").count() == 1, page.url
    assert axe_violations(page) == [], page.url


def test_a_newcomer_finds_a_service_in_french_on_a_phone_and_prints_a_list(phone_page, directory):
    page = phone_page
    _offline_tiles(page)
    page.goto("/fr/lip/ottawa/services/")
    assert page.locator("html").get_attribute("lang") == "fr"
    # nothing wider than the phone's screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.locator("#id_q").fill("clinique")
    page.locator("#id_q").press("Enter")
    page.wait_for_url("**q=clinique**")
    results = page.locator(".service-result")
    results.first.wait_for()
    assert results.count() == 1
    link = page.get_by_role("link", name="Clinique de santé pour réfugiés")
    link.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Clinique de santé pour réfugiés"
    assert "123 Bank Street" in page.text_content("main")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.locator(".actions a.button").click()  # add to my list
    page.wait_for_load_state()
    assert "/services/list/?s=" in page.url
    item = page.locator(".where-item")
    assert item.count() == 1
    assert "Clinique de santé pour réfugiés" in item.inner_text()
    assert "613-555-0101" in item.inner_text()
    assert page.locator("[data-print]").is_visible()  # the print button (JavaScript on)
    page.emulate_media(media="print")
    assert not page.locator(".partnership-nav").is_visible()
    assert not page.locator("[data-print]").is_visible()
    assert page.locator(".where-item h2").is_visible()
    pdf = page.pdf(format="Letter")
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000


def test_ticking_services_in_the_results_makes_the_list(page, directory):
    _offline_tiles(page)
    page.goto("/en/lip/ottawa/services/")
    page.get_by_label("Add to my list: Refugee health clinic").check()
    page.get_by_label("Add to my list: English classes (LINC)").check()
    page.get_by_role("button", name="Make my list").click()
    page.wait_for_load_state()
    names = page.locator(".where-item h2").all_inner_texts()
    assert sorted(names) == ["English classes (LINC)", "Refugee health clinic"]
    _no_violations(page)


def test_services_ticked_before_a_new_search_stay_on_the_list(page, directory):
    """Ticking, then searching again in place, keeps the tick; unticking drops it."""
    _offline_tiles(page)
    page.goto("/en/lip/ottawa/services/")
    page.get_by_label("Add to my list: Refugee health clinic").check()
    search = page.get_by_label("What are you looking for?")
    search.fill("classes")
    search.press("Enter")
    page.wait_for_url("**q=classes**")
    # the clinic is not among these results, and still on the list
    page.get_by_role("link", name="See my list (1 service)").wait_for()
    assert page.get_by_label("Add to my list: Refugee health clinic").count() == 0
    page.get_by_label("Add to my list: English classes (LINC)").check()
    search.fill("")
    search.press("Enter")
    page.wait_for_function("!window.location.search.includes('q=classes')")
    page.wait_for_function("document.querySelectorAll('.service-result').length > 1")
    clinic = page.get_by_label("Add to my list: Refugee health clinic")
    assert clinic.is_checked()
    assert page.get_by_label("Add to my list: English classes (LINC)").is_checked()
    clinic.uncheck()
    page.locator(".directory-filters summary").click()
    page.get_by_label("City", exact=True).select_option("Vanier")
    page.wait_for_url("**city=Vanier**")
    page.wait_for_function("document.querySelectorAll('.service-result').length === 2")
    page.get_by_role("button", name="Make my list").click()
    page.wait_for_load_state()
    assert page.locator(".where-item h2").all_inner_texts() == ["English classes (LINC)"]


def test_filters_update_the_results_in_place(page, directory):
    _offline_tiles(page)
    page.goto("/en/lip/ottawa/services/")
    page.locator(".directory-filters summary").click()
    page.get_by_label("City", exact=True).select_option("Vanier")
    page.wait_for_url("**city=Vanier**")
    page.wait_for_function("document.querySelectorAll('.service-result').length === 2")
    assert page.locator("#results-status").inner_text() == "2 services found"
    # the language switch follows the search
    page.wait_for_function(
        "document.querySelector('.lang-switch a[hreflang=fr]').href.includes('city=Vanier')"
    )
    # the map was redrawn with the one located service
    page.wait_for_function(
        "document.querySelectorAll('#results-map path.leaflet-interactive').length === 1"
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_directory_pages_have_no_accessibility_violations(page, directory, lang):
    _offline_tiles(page)
    clinic = directory["clinic"]
    daycare = directory["daycare"]
    for url in (
        f"/{lang}/lip/ottawa/services/",
        f"/{lang}/lip/ottawa/services/?q=clinic&category=cat-health&free=on",
        f"/{lang}/lip/ottawa/services/{clinic.pk}/",
        f"/{lang}/lip/ottawa/services/{daycare.pk}/",
        f"/{lang}/lip/ottawa/services/list/?s={clinic.pk}&s={daycare.pk}",
    ):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        _no_violations(page)


def test_the_map_shows_markers_and_the_list_when_no_tiles_load(page, directory):
    failed_tiles = []

    def refuse(route):
        failed_tiles.append(route.request.url)
        route.abort()

    page.route("http://tiles.invalid/**", refuse)
    page.goto("/en/lip/ottawa/services/")
    page.wait_for_selector("#results-map .leaflet-container, #results-map.leaflet-container")
    markers = page.locator("#results-map path.leaflet-interactive")
    markers.first.wait_for()
    assert markers.count() == 2  # the clinic and the classes (the daycare has no position)
    assert page.locator(".service-result").count() == 3
    page.locator(".tiles-failed-note").wait_for()
    assert failed_tiles, "the map asked for tiles"
    # a marker opens a popup that links to the service
    markers.first.click(force=True)
    popup_link = page.locator(".leaflet-popup-content a")
    popup_link.wait_for()
    assert "/en/lip/ottawa/services/" in popup_link.get_attribute("href")
    # the service page's small map works offline too
    page.goto(f"/en/lip/ottawa/services/{directory['clinic'].pk}/")
    page.locator("#service-map path.leaflet-interactive").first.wait_for()
    assert page.locator("#service-map path.leaflet-interactive").count() == 1


def test_search_and_list_work_without_javascript(browser, live_server, directory):
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport={"width": 375, "height": 740}
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        page.goto("/en/lip/ottawa/services/")
        page.locator(".directory-filters summary").click()
        page.get_by_label("Language offered").select_option("ar")
        page.get_by_role("button", name="Apply filters").click()
        page.wait_for_url("**language=ar**")
        assert page.locator(".service-result h3").all_inner_texts() == ["Refugee health clinic"]
        page.get_by_label("Add to my list: Refugee health clinic").check()
        page.get_by_role("button", name="Make my list").click()
        page.wait_for_url("**/services/list/?s=**")
        assert page.locator(".where-item h2").all_inner_texts() == ["Refugee health clinic"]
        assert not page.locator("[data-print]").is_visible()  # printing needs the browser menu
    finally:
        context.close()
