"""The public directory pages through the Django test client: search, service page, list."""

from __future__ import annotations

import json
import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.http import QueryDict
from django_scopes import scopes_disabled

from liphub.directory import public_views
from liphub.directory.models import (
    Address,
    Attribute,
    Language,
    Location,
    LocationType,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from liphub.directory.public_selectors import (
    describe_hours,
    is_open_now,
    parse_selection,
    result_extras,
    schedule_days,
    summary,
)
from liphub.directory.search import SearchFilters
from liphub.directory.tests.public_data import build_directory
from liphub.partnerships.models import Organization

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def directory(partnership, other_partnership):
    return build_directory(partnership, other_partnership)


def search_url(lang="en", slug="ottawa"):
    return f"/{lang}/lip/{slug}/services/"


def _points(response, element_id):
    match = re.search(
        rf'<script id="{element_id}" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no {element_id} data on the page"
    return json.loads(match.group(1))


# --- search -------------------------------------------------------------------------------


def test_search_lists_public_services_with_a_map(client, directory):
    response = client.get(search_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Refugee health clinic" in html
    assert "English classes (LINC)" in html
    assert "Childminding during classes" in html
    assert "3 services found" in html
    # never the unapproved or inactive listings, nor another partnership's
    assert "Unapproved clinic listing" not in html
    assert "Inactive clinic listing" not in html
    assert "Kingston" not in html
    # map points for the services that have a position (the daycare has none)
    points = _points(response, "results-points")
    assert sorted(p["name"] for p in points) == ["English classes (LINC)", "Refugee health clinic"]
    clinic = directory["clinic"]
    clinic_point = next(p for p in points if p["name"] == "Refugee health clinic")
    assert (clinic_point["lat"], clinic_point["lng"]) == (45.4167, -75.6981)
    assert clinic_point["url"] == f"/en/lip/ottawa/services/{clinic.pk}/"
    assert 'data-tile-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in html


def test_search_by_text_narrows_the_results(client, directory):
    response = client.get(search_url(), {"q": "clinic"})
    html = response.content.decode()
    assert "Refugee health clinic" in html
    assert "English classes (LINC)" not in html
    assert "1 service found" in html


def test_search_in_french_shows_french_names_and_fallbacks(client, directory):
    response = client.get(search_url("fr"), {"q": "clinique"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="fr">' in html
    assert "Clinique de santé pour réfugiés" in html
    everything = client.get(search_url("fr")).content.decode()
    # no French name: the English one, marked as English
    assert '<span lang="en">Childminding during classes</span>' in everything


def test_filter_labels_follow_the_reader_language(client, directory, partnership):
    """Distance choices and language names are in the page's language, every time: a label
    formatted once at import would stay in the first request's language."""
    with scopes_disabled():
        clinic = directory["clinic"]
        Language.objects.create(partnership=partnership, service=clinic, code="ti", name="")
        Language.objects.create(partnership=partnership, service=clinic, code="am", name="Amharic")
    english = client.get(search_url("en")).content.decode()
    french = client.get(search_url("fr")).content.decode()
    again = client.get(search_url("en")).content.decode()
    assert '<option value="5">Within 5 km</option>' in english
    assert '<option value="5">À 5 km ou moins</option>' in french
    assert '<option value="5">Within 5 km</option>' in again
    # names for every ISO 639 code, in the reader's language, not only Django's own languages
    assert '<option value="ti">Tigrinya</option>' in english
    assert '<option value="ti">Tigrigna</option>' in french
    assert '<option value="am">Amharique</option>' in french
    assert '<option value="ar">Arabe</option>' in french


def test_the_language_switch_keeps_the_search(client, directory):
    html = client.get(search_url(), {"q": "clinic"}).content.decode()
    assert 'href="/fr/lip/ottawa/services/?q=clinic"' in html


def test_the_tile_server_comes_from_settings(client, directory, settings):
    settings.DIRECTORY_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    html = client.get(search_url()).content.decode()
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in html


def test_every_filter_reaches_the_search(client, directory, monkeypatch):
    calls = []
    real = public_views.search_services

    def spy(**kwargs):
        calls.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(public_views, "search_services", spy)
    response = client.get(
        search_url(),
        {
            "q": "  health  ",
            "category": "cat-health",
            "language": "ar",
            "city": "Ottawa",
            "postal_code": "k1p  1j1",
            "distance": "5",
            "open_now": "on",
            "free": "on",
            "wheelchair": "on",
            "french": "on",
            "page": "2",
        },
    )
    assert response.status_code == 200
    (call,) = calls
    assert call["query"] == "health"
    assert call["page"] == 2
    assert call["partnership"].slug == "ottawa"
    assert call["filters"] == SearchFilters(
        category="cat-health",
        language="ar",
        city="Ottawa",
        postal_code="K1P 1J1",
        distance_km=5.0,
        open_now=True,
        free=True,
        wheelchair=True,
        french=True,
    )


def test_unknown_filter_values_filter_nothing(client, directory, monkeypatch):
    calls = []
    real = public_views.search_services
    monkeypatch.setattr(
        public_views, "search_services", lambda **kw: calls.append(kw) or real(**kw)
    )
    # a category of another partnership and a made-up distance are not valid choices
    response = client.get(
        search_url(), {"category": "cat-kingston", "distance": "999", "language": "ar"}
    )
    assert response.status_code == 200
    # the bad values are dropped, the good one is kept
    assert calls[0]["filters"] == SearchFilters(language="ar")
    html = client.get(search_url()).content.decode()
    assert '<option value="10" selected>Within 10 km</option>' in html


def test_filter_choices_are_this_partnerships_own(client, directory):
    html = client.get(search_url()).content.decode()
    assert '<option value="cat-health">Health</option>' in html
    assert '<option value="cat-language">Language training</option>' in html
    assert "cat-unused" not in html  # a term no public service uses
    assert "cat-kingston" not in html
    assert '<option value="ar">Arabic</option>' in html
    assert '<option value="ti">' not in html  # Tigrinya is only offered in Kingston
    assert '<option value="Vanier">Vanier</option>' in html
    assert "Kingston" not in html
    french = client.get(search_url("fr")).content.decode()
    assert '<option value="cat-health">Santé</option>' in french
    assert '<option value="ar">Arabe</option>' in french


def test_filter_choices_follow_public_services_at_once(client, directory, partnership):
    """Choices come from public services only, computed per request (no stale cache)."""
    pending = directory["unapproved"]
    with scopes_disabled():
        term = TaxonomyTerm.objects.create(
            partnership=partnership,
            taxonomy=Taxonomy.objects.filter(partnership=partnership).first(),
            hsds_id="cat-pending",
            name_en="Pending category",
        )
        Attribute.objects.create(
            partnership=partnership,
            link_id=pending.hsds_id,
            link_entity="service",
            taxonomy_term=term,
            service=pending,
        )
        Language.objects.create(partnership=partnership, service=pending, code="so", name="Somali")
        place = Location.objects.create(partnership=partnership, name_en="Pending site")
        Address.objects.create(partnership=partnership, location=place, city="Gatineau")
        ServiceAtLocation.objects.create(partnership=partnership, service=pending, location=place)
    html = client.get(search_url()).content.decode()
    for hidden in ('value="cat-pending"', 'value="so"', 'value="Gatineau"'):
        assert hidden not in html
    with scopes_disabled():
        pending.is_approved = True
        pending.save()
    html = client.get(search_url()).content.decode()
    assert '<option value="cat-pending">Pending category</option>' in html
    assert '<option value="so">Somali</option>' in html
    assert '<option value="Gatineau">Gatineau</option>' in html


def test_every_field_of_the_form_is_labelled(client, directory):
    html = client.get(search_url()).content.decode()
    for name in ("q", "category", "language", "city", "postal_code", "distance", "open_now",
                 "free", "wheelchair", "french"):  # fmt: skip
        assert f'<label for="id_{name}">' in html, name
    assert 'method="get"' in html


def test_htmx_gets_only_the_results(client, directory):
    response = client.get(search_url(), {"q": "clinic"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert "Refugee health clinic" in html
    assert 'id="results-points"' in html


def test_the_selection_is_kept_in_links(client, directory):
    clinic = directory["clinic"]
    html = client.get(search_url(), {"s": [str(clinic.pk)]}).content.decode()
    assert f'href="/en/lip/ottawa/services/{clinic.pk}/?s={clinic.pk}"' in html
    assert f'id="pick-{clinic.pk}" name="s" value="{clinic.pk}" checked' in html
    assert f'<input type="hidden" name="s" value="{clinic.pk}">' in html  # in the search form


def test_pagination_keeps_the_query(client, directory, monkeypatch):
    monkeypatch.setattr(public_views, "PER_PAGE", 1)
    html = client.get(search_url(), {"city": "Vanier"}).content.decode()
    assert "Page 1 of 2" in html
    assert 'href="?city=Vanier&amp;page=2"' in html
    page2 = client.get(search_url(), {"city": "Vanier", "page": "2"}).content.decode()
    assert "Page 2 of 2" in page2


def test_a_non_public_or_unknown_partnership_has_no_directory(client, directory, partnership):
    assert client.get(search_url(slug="nowhere")).status_code == 404
    partnership.is_public = False
    partnership.save()
    assert client.get(search_url()).status_code == 404
    assert client.get(f"/en/lip/ottawa/services/{directory['clinic'].pk}/").status_code == 404
    assert client.get("/en/lip/ottawa/services/list/").status_code == 404


# --- service page -------------------------------------------------------------------------


def test_the_service_page_shows_the_whole_listing(client, directory, django_assert_max_num_queries):
    clinic = directory["clinic"]
    with django_assert_max_num_queries(25):
        response = client.get(f"/en/lip/ottawa/services/{clinic.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "<h1>Refugee health clinic</h1>",
        "Primary care for refugees and refugee claimants.",
        "Ottawa Community Health Centre",
        "Closed on statutory holidays",
        "Monday to Friday",
        "123 Bank Street",
        "K1P 1J1",
        'href="tel:613-555-0101"',
        "Arabic",
        "French",
        "Refugees and refugee claimants",
        "Ages 0 to 64",
        "No fee",
        "Consultation: free",
        "Proof of refugee status",
        "Walk in or call to book.",
        "Wheelchair accessible entrance on Bank Street",
        'href="https://health.example.org/clinic"',
        'href="mailto:clinic@example.org"',
        "Last verified",
        "March 2, 2026",
        "Health",
    ):
        assert text in html, text
    points = _points(response, "service-points")
    assert points == [
        {
            "lat": 45.4167,
            "lng": -75.6981,
            "name": "Bank Street site",
            "url": f"/en/lip/ottawa/services/{clinic.pk}/",
        }
    ]
    # add to the list: the list URL with this service
    assert f'href="/en/lip/ottawa/services/list/?s={clinic.pk}"' in html


def test_the_service_page_in_french(client, directory):
    clinic = directory["clinic"]
    html = client.get(f"/fr/lip/ottawa/services/{clinic.pk}/").content.decode()
    assert "<h1>Clinique de santé pour réfugiés</h1>" in html
    assert "Soins de première ligne" in html
    assert "lundi" in html and "vendredi" in html
    assert "2 mars 2026" in html
    assert "Arabe" in html
    daycare = directory["daycare"]
    fallback = client.get(f"/fr/lip/ottawa/services/{daycare.pk}/").content.decode()
    assert '<span lang="en">Childminding during classes</span>' in fallback
    assert (
        "Not yet verified" in client.get(f"/en/lip/ottawa/services/{daycare.pk}/").content.decode()
    )


def test_the_service_page_by_hsds_id_redirects(client, directory):
    clinic = directory["clinic"]
    response = client.get("/en/lip/ottawa/services/id/svc-clinic/", {"s": "7"})
    assert response.status_code == 302
    assert response["Location"] == f"/en/lip/ottawa/services/{clinic.pk}/?s=7"


def test_the_service_page_keeps_a_service_already_in_the_list(client, directory):
    clinic, linc = directory["clinic"], directory["linc"]
    html = client.get(
        f"/en/lip/ottawa/services/{clinic.pk}/", {"s": [str(linc.pk)]}
    ).content.decode()
    assert f'href="/en/lip/ottawa/services/list/?s={linc.pk}&amp;s={clinic.pk}"' in html
    in_list = client.get(
        f"/en/lip/ottawa/services/{clinic.pk}/", {"s": [str(clinic.pk)]}
    ).content.decode()
    assert "This service is in your list." in in_list


# --- the "where to go" list ---------------------------------------------------------------


def test_the_list_shows_the_ticked_services_in_order(client, directory):
    clinic, linc, kingston = directory["clinic"], directory["linc"], directory["kingston"]
    unapproved = directory["unapproved"]
    response = client.get(
        "/en/lip/ottawa/services/list/",
        {"s": [str(linc.pk), "junk", str(kingston.pk), str(unapproved.pk), str(clinic.pk)]},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("English classes (LINC)") < html.index("Refugee health clinic")
    assert "Kingston" not in html
    assert "Unapproved clinic listing" not in html
    assert "45 Montreal Road" in html
    assert "613-555-0101" in html
    assert "Monday to Friday" in html
    assert "Monday, Wednesday" in html
    # removing one keeps the others
    assert f'href="/en/lip/ottawa/services/list/?s={clinic.pk}"' in html
    assert f'href="/en/lip/ottawa/services/list/?s={linc.pk}"' in html
    assert "data-print" in html


def test_an_empty_list_says_so(client, directory):
    html = client.get("/en/lip/ottawa/services/list/").content.decode()
    assert "Your list is empty." in html


def test_the_public_home_links_to_the_directory(client, directory):
    html = client.get("/en/lip/ottawa/").content.decode()
    assert 'href="/en/lip/ottawa/services/"' in html


# --- hours and open now -------------------------------------------------------------------


def _schedule(**kwargs):
    return Schedule(**kwargs)


def test_schedule_days_reads_icalendar_days():
    assert schedule_days(_schedule(byday="MO, we,1FR")) == [0, 2, 4]
    assert schedule_days(_schedule(freq="DAILY")) == list(range(7))
    assert schedule_days(_schedule(byday="")) == []


def test_hours_are_written_for_people():
    lines = describe_hours(
        [
            _schedule(byday="MO,TU,WE,TH,FR", opens_at=time(9), closes_at=time(17)),
            _schedule(byday="SA,SU", opens_at=time(10), closes_at=time(14), description="Drop-in"),
        ]
    )
    assert [(line.days, line.note) for line in lines] == [
        ("Monday to Friday", ""),
        ("Saturday, Sunday", "Drop-in"),
    ]
    assert lines[0].hours == "9 a.m. to 5 p.m."


def test_open_now():
    weekdays = [_schedule(byday="MO,TU,WE,TH,FR", opens_at=time(9), closes_at=time(17))]
    monday_10 = datetime(2026, 11, 23, 10, 0, tzinfo=TORONTO)
    monday_17 = datetime(2026, 11, 23, 17, 0, tzinfo=TORONTO)
    saturday_10 = datetime(2026, 11, 28, 10, 0, tzinfo=TORONTO)
    assert is_open_now(weekdays, monday_10) is True
    assert is_open_now(weekdays, monday_17) is False
    assert is_open_now(weekdays, saturday_10) is False
    assert is_open_now([_schedule(description="By appointment")], monday_10) is None
    overnight = [_schedule(byday="FR", opens_at=time(22), closes_at=time(2))]
    assert is_open_now(overnight, datetime(2026, 11, 27, 23, 0, tzinfo=TORONTO)) is True
    assert is_open_now(overnight, datetime(2026, 11, 28, 1, 0, tzinfo=TORONTO)) is True
    assert is_open_now(overnight, datetime(2026, 11, 28, 3, 0, tzinfo=TORONTO)) is False


def test_the_service_page_says_open_or_closed(client, directory, partnership):
    with scopes_disabled():
        Schedule.objects.filter(service=directory["clinic"]).update(
            byday="MO,TU,WE,TH,FR,SA,SU", opens_at=time(0), closes_at=time(23, 59, 59)
        )
    html = client.get(f"/en/lip/ottawa/services/{directory['clinic'].pk}/").content.decode()
    assert '<span class="badge open-badge">Open now</span>' in html
    results = client.get(search_url(), {"q": "clinic"}).content.decode()
    assert '<span class="badge open-badge">Open now</span>' in results


def test_result_extras_read_places_and_hours_of_a_page(partnership):
    """The flat queries behind the result list: the first active physical place (its street
    address before a postal one), and open now from the service's, its place's or its
    location's hours."""
    with scopes_disabled():
        org = Organization.objects.create(partnership=partnership, name_en="Agency")

        def service(name):
            return Service.objects.create(partnership=partnership, organization=org, name_en=name)

        def place(service, name, **fields):
            loc = Location.objects.create(partnership=partnership, name_en=name, **fields)
            sal = ServiceAtLocation.objects.create(
                partnership=partnership, service=service, location=loc
            )
            return loc, sal

        by_location, by_place, closed, online = (
            service(n) for n in ("By location", "By place", "Closed", "Online")
        )
        gone, _ = place(by_location, "Old office", is_active=False, latitude=1.0, longitude=1.0)
        Address.objects.create(
            partnership=partnership, location=gone, address_1="1 Old St", city="Ottawa"
        )
        loc, _ = place(by_location, "Office", latitude=45.0, longitude=-75.0)
        for kind, line in ((LocationType.POSTAL, "PO Box 9"), ("physical", "2 Main St")):
            Address.objects.create(
                partnership=partnership,
                location=loc,
                address_type=kind,
                address_1=line,
                city="Ottawa",
                postal_code="K1N 5T1",
            )
        all_day = {"byday": "MO", "opens_at": time(0), "closes_at": time(23, 59)}
        Schedule.objects.create(partnership=partnership, location=loc, **all_day)
        _, sal = place(by_place, "Hall")
        Schedule.objects.create(partnership=partnership, service_at_location=sal, **all_day)
        Schedule.objects.create(
            partnership=partnership,
            service=closed,
            byday="TU",
            opens_at=time(9),
            closes_at=time(17),
        )
        place(online, "Website", location_type=LocationType.VIRTUAL)
        services = [by_location, by_place, closed, online]
    monday = datetime(2026, 11, 23, 10, 0, tzinfo=TORONTO)
    with scopes_disabled():
        places, open_now = result_extras(partnership, services, monday)
    assert places[by_location.pk].address == "2 Main St, Ottawa, K1N 5T1"
    shown = Address(address_1="2 Main St", city="Ottawa", postal_code="K1N 5T1")
    assert places[by_location.pk].address == str(shown)  # as the service page writes it
    assert (places[by_location.pk].latitude, places[by_location.pk].longitude) == (45.0, -75.0)
    assert places[by_place.pk].address == ""  # a place without an address still counts
    assert closed.pk not in places and online.pk not in places
    assert open_now == {by_location.pk: True, by_place.pk: True, closed.pk: False}
    assert result_extras(partnership, []) == ({}, {})


@pytest.mark.parametrize(
    "query",
    [
        "",
        "q=clinic",
        "open_now=on&free=1&postal_code=K1P+1J1&wheelchair=",
        "postal_code=" + "x" * 20,
    ],
)
def test_inputs_are_rendered_as_django_renders_them(partnership, query):
    """The search form builds its text input and checkboxes directly (no widget templates):
    the same HTML as `{{ field }}`, errors and help text included."""
    form = public_views.SearchForm(QueryDict(query), partnership)
    form.is_valid()
    for name in (*public_views.CHECKS, *public_views.INPUTS):
        assert form.input_html(name) == str(form[name]), name
    assert [check["input"] for check in form.checks] == [
        str(form[name]) for name in public_views.CHECKS
    ]
    if "x" * 20 in query:
        assert 'aria-invalid="true"' in form.inputs["postal_code"]


def test_summary_is_plain_text_cut_after_30_words():
    text = " ".join(f"w{i}" for i in range(40))
    assert summary(text) == " ".join(f"w{i}" for i in range(30)) + " …"
    assert summary("<p>Free <b>dental</b> care</p>") == "Free dental care"
    assert summary("short") == "short"


def test_parse_selection_ignores_junk_and_repeats():
    assert parse_selection(["3", "x", "3", "4,5", "-1", "0", "99999999999"]) == [3, 4, 5]
    assert len(parse_selection([str(n) for n in range(1, 100)])) == 30


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"category": "cat-health"}, {"Refugee health clinic"}),
        ({"category": "cat-language"}, {"English classes (LINC)"}),
        ({"language": "ar"}, {"Refugee health clinic"}),
        ({"city": "Vanier"}, {"English classes (LINC)", "Childminding during classes"}),
        ({"free": "on"}, {"Refugee health clinic"}),
        ({"wheelchair": "on"}, {"Refugee health clinic"}),
        ({"french": "on"}, {"Refugee health clinic"}),
        ({"postal_code": "K1P 1J1", "distance": "2"}, {"Refugee health clinic"}),
        (
            {"q": "classes", "city": "Vanier"},
            {"English classes (LINC)", "Childminding during classes"},
        ),
    ],
)
def test_filters_narrow_the_results(client, directory, params, expected):
    html = client.get(search_url(), params).content.decode()
    shown = set(re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html))
    assert shown == expected


def test_pages_do_not_query_per_service(client, directory, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url, params):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, params).status_code == 200
        return len(queries.captured_queries)

    ids = [str(directory[k].pk) for k in ("clinic", "linc", "daycare")]
    list_url = "/en/lip/ottawa/services/list/"
    assert count(list_url, {"s": ids[:1]}) == count(list_url, {"s": ids})
    monkeypatch.setattr(public_views, "PER_PAGE", 1)
    one_per_page = count(search_url(), {})
    monkeypatch.setattr(public_views, "PER_PAGE", 3)
    assert count(search_url(), {}) == one_per_page
