"""The directory search on a real database (SQLite FTS5 here, PostgreSQL with DATABASE_URL)."""

from __future__ import annotations

import datetime as dt
import importlib
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django_scopes import scope, scopes_disabled

from liphub.directory import search_postgres, search_sqlite
from liphub.directory.models import (
    Accessibility,
    Address,
    Attribute,
    CostOption,
    Language,
    Location,
    Schedule,
    SearchSynonym,
    Service,
    ServiceAtLocation,
    ServiceSearchEntry,
    ServiceStatus,
    Taxonomy,
    TaxonomyTerm,
)
from liphub.directory.search import SearchFilters, reindex_services, search_services
from liphub.directory.search_text import default_synonyms, fold, forms, parse_query, words
from liphub.partnerships.models import Organization

pytestmark = pytest.mark.django_db
TORONTO = ZoneInfo("America/Toronto")
migration = importlib.import_module("liphub.directory.migrations.0002_search_fts")


class Directory:
    """A small directory builder for one partnership (rows created without scopes)."""

    def __init__(self, partnership: Any) -> None:
        self.p = partnership
        with scopes_disabled():
            self.org = Organization.objects.create(partnership=partnership, name_en="Agency")

    def service(self, name: str = "", description: str = "", **fields: Any) -> Service:
        with scopes_disabled():
            org = fields.pop("organization", self.org)
            s = Service.objects.create(
                partnership=self.p,
                organization=org,
                name_en=name,
                description_en=description,
                **fields,
            )
            reindex_services(partnership=self.p, service_ids=[s.pk])
            return s

    def location(
        self,
        service: Service,
        *,
        city: str = "Ottawa",
        postal_code: str = "K1N 5T1",
        lat: float | None = 45.4215,
        lon: float | None = -75.6972,
    ) -> Location:
        with scopes_disabled():
            loc = Location.objects.create(
                partnership=self.p, name_en=f"{service.name_en} site", latitude=lat, longitude=lon
            )
            Address.objects.create(
                partnership=self.p,
                location=loc,
                address_1="1 Main St",
                city=city,
                state_province="ON",
                postal_code=postal_code,
            )
            ServiceAtLocation.objects.create(partnership=self.p, service=service, location=loc)
            return loc

    def search(self, query: str = "", **filters: Any) -> list[str]:
        with scope(partnership=self.p):
            results = search_services(
                partnership=self.p, query=query, filters=SearchFilters(**filters), per_page=100
            )
            return [h.service.name_en for h in results.hits]


@pytest.fixture
def d(partnership: Any) -> Directory:
    return Directory(partnership)


# --- normalisation -------------------------------------------------------------------------


def test_fold_and_words() -> None:
    assert fold("Médecin À L'ÉCOLE Œuvre") == "medecin a l'ecole oeuvre"
    assert words("Cours d'anglais, l'École!") == ["cours", "anglais", "ecole"]


def test_forms_hold_english_and_french_stems() -> None:
    assert "job" in forms("jobs")
    assert "log" in forms("logements")  # French stem
    assert set(forms("course")) & set(forms("cours"))


def test_parse_query_recognises_multi_word_synonyms() -> None:
    parsed = parse_query("free English classes", [["ESL", "English classes", "LINC"]])
    assert len(parsed.clauses) == 2  # "free" and the synonym group
    group = parsed.clauses[1]
    assert (("esl",),) in group and (("linc",),) in group


# --- text search ---------------------------------------------------------------------------


def test_accent_and_case_insensitive(d: Directory) -> None:
    d.service("Médecin de famille")
    d.service("Banque alimentaire")
    assert d.search("medecin") == ["Médecin de famille"]
    assert d.search("MÉDECIN") == ["Médecin de famille"]
    assert d.search("Medécins") == ["Médecin de famille"]


def test_english_and_french_stemming(d: Directory) -> None:
    d.service("Job search workshop")
    d.service("Cours de conversation")
    d.service("Logement abordable")
    assert d.search("jobs") == ["Job search workshop"]
    assert d.search("course") == ["Cours de conversation"]
    assert d.search("logements") == ["Logement abordable"]
    assert d.search("searching") == ["Job search workshop"]


def test_every_query_word_must_match(d: Directory) -> None:
    d.service("Job search workshop")
    d.service("Job fair")
    assert d.search("job workshop") == ["Job search workshop"]
    assert sorted(d.search("job")) == ["Job fair", "Job search workshop"]
    assert d.search("job nothinglikethis") == []
    assert d.search("the job fair") == ["Job fair"]  # stop words are not required


def test_synonyms_are_applied_at_query_time(d: Directory) -> None:
    d.service("LINC level 3")
    d.service("Family physician clinic")
    d.service("Cours d'anglais du soir")
    assert d.search("ESL") == []
    with scopes_disabled():
        esl = SearchSynonym.objects.create(partnership=d.p, terms="ESL, LINC")
        SearchSynonym.objects.create(partnership=d.p, terms="doctor, physician, médecin")
    assert d.search("ESL") == ["LINC level 3"]
    assert d.search("doctors") == ["Family physician clinic"]
    assert d.search("linc") == ["LINC level 3"]
    # editing a synonym changes the search without reindexing
    with scopes_disabled():
        esl.terms = "ESL, cours d'anglais"
        esl.save()
    assert d.search("ESL") == ["Cours d'anglais du soir"]


def test_default_synonyms_cover_the_examples(d: Directory) -> None:
    d.service("LINC level 3")
    d.service("Physician on call")
    d.service("Emploi Ottawa")
    with scopes_disabled():
        for terms in default_synonyms():
            SearchSynonym.objects.create(partnership=d.p, terms=terms)
    assert d.search("ESL") == ["LINC level 3"]
    assert d.search("English classes") == ["LINC level 3"]
    assert d.search("doctor") == ["Physician on call"]
    assert d.search("médecin") == ["Physician on call"]
    assert d.search("jobs") == ["Emploi Ottawa"]


def test_name_match_ranks_above_description_match(d: Directory) -> None:
    d.service("Settlement help", "Includes a referral to a dentist")
    d.service("Dentist for newcomers", "Low-cost dental care")
    d.service("Another program", "We talk about many things and also the dentist")
    names = d.search("dentist")
    assert names[0] == "Dentist for newcomers"
    assert set(names[1:]) == {"Settlement help", "Another program"}


def test_ranking_tiers(d: Directory) -> None:
    """Own words in the name, then synonyms in the name, then own words anywhere, then
    synonyms anywhere (both engines alike; within a tier, see the next test)."""
    with scopes_disabled():
        SearchSynonym.objects.create(partnership=d.p, terms="doctor, physician")
    d.service("Helpline", "Ask a physician")  # tier 4
    d.service("Physician on call")  # tier 2
    d.service("Walk-in", "A doctor every day")  # tier 3
    d.service("Doctor for families")  # tier 1
    d.service("Family doctor", "Also a physician")  # tier 1, newer
    d.service("Physicians together")  # tier 2, newer
    names = d.search("doctors")
    assert set(names[:2]) == {"Family doctor", "Doctor for families"}
    assert set(names[2:4]) == {"Physicians together", "Physician on call"}
    assert names[4:] == ["Walk-in", "Helpline"]
    with scope(partnership=d.p):
        scores = [h.score for h in search_services(partnership=d.p, query="doctor").hits]
        plain = [h.score for h in search_services(partnership=d.p, query="walk day").hits]
    assert scores == [4, 4, 3, 3, 2, 1]  # the tier, the same on both engines
    assert plain == [2]  # no synonym: "own words anywhere" keeps its number


def test_relevance_orders_a_small_tier_and_newest_first_a_large_one(
    d: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Within a tier the engine's relevance (bm25 / ts_rank_cd) decides while the tier is
    small enough to score: the exact name first. Past RELEVANCE_TIER_MAX matches, newest
    first, so a page of a huge tier never scores every match."""
    d.service("Food bank")
    d.service("Community centre with a food bank, meals, clothing and a volunteer program")
    d.service("Clothing room", "Next to the food bank")  # own words outside the name: tier 3
    assert d.search("food bank") == [
        "Food bank",
        "Community centre with a food bank, meals, clothing and a volunteer program",
        "Clothing room",
    ]
    for module in (search_sqlite, search_postgres):
        monkeypatch.setattr(module, "RELEVANCE_TIER_MAX", 1)
    assert d.search("food bank") == [
        "Community centre with a food bank, meals, clothing and a volunteer program",
        "Food bank",
        "Clothing room",
    ]


def test_every_query_word_in_the_name_ranks_first(d: Directory) -> None:
    d.service("Housing help Vanier")
    d.service("Housing help", "Offices in Vanier")
    d.service("Vanier drop-in", "Housing lists")
    assert d.search("housing vanier")[0] == "Housing help Vanier"


def test_pages_across_tiers_add_up(d: Directory) -> None:
    """Paging through the tiers (page boundaries inside and between tiers, pages past the
    first skipping whole tiers) gives the same order as one long page, and the same total."""
    with scopes_disabled():
        SearchSynonym.objects.create(partnership=d.p, terms="doctor, physician")
    for i in range(4):
        d.service(f"Doctor {i}")
        d.service(f"Physician {i}")
        d.service(f"Walk-in {i}", "A doctor every day")
        d.service(f"Helpline {i}", "Ask a physician")
    with scope(partnership=d.p):
        whole = search_services(partnership=d.p, query="doctor", per_page=100)
        assert whole.total == 16 and len(whole.hits) == 16
        for per_page in (1, 3, 4, 5, 7):
            paged = []
            for page in range(1, 20):
                results = search_services(
                    partnership=d.p, query="doctor", per_page=per_page, page=page
                )
                assert results.total == 16 and results.total_exact
                paged += [h.service.pk for h in results.hits]
            assert paged == [h.service.pk for h in whole.hits], per_page


def test_count_limit_stops_the_count(d: Directory) -> None:
    for i in range(6):
        d.service(f"Clinic {i}")
    with scope(partnership=d.p):
        capped = search_services(partnership=d.p, query="clinic", per_page=2, count_limit=3)
        exact = search_services(partnership=d.p, query="clinic", per_page=2)
        beyond = search_services(partnership=d.p, query="clinic", per_page=2, page=3, count_limit=3)
        roomy = search_services(partnership=d.p, query="clinic", per_page=2, count_limit=10)
    if connection.vendor == "sqlite":
        assert (capped.total, capped.total_exact, capped.has_next) == (3, False, True)
    else:  # PostgreSQL counts with a window function in the page's query anyway
        assert (capped.total, capped.total_exact, capped.has_next) == (6, True, True)
    assert (exact.total, exact.total_exact, exact.pages) == (6, True, 3)
    assert [h.service.pk for h in capped.hits] == [h.service.pk for h in exact.hits]
    # a page past the limit still counts up to its own end
    assert (beyond.total, beyond.total_exact, len(beyond.hits)) == (6, True, 2)
    assert not beyond.has_next
    assert (roomy.total, roomy.total_exact) == (6, True)


def test_french_name_and_organization_are_searched(d: Directory) -> None:
    with scopes_disabled():
        org = Organization.objects.create(partnership=d.p, name_en="Refugee 613")
    d.service("Orientation", name_fr="Séance d'orientation", organization=org)
    assert d.search("seance") == ["Orientation"]
    assert d.search("refugee") == ["Orientation"]


def test_taxonomy_terms_are_searched(d: Directory) -> None:
    s = d.service("Helping hands")
    with scopes_disabled():
        term = TaxonomyTerm.objects.create(
            partnership=d.p, name_en="Income support", name_fr="Soutien du revenu"
        )
        Attribute.objects.create(
            partnership=d.p,
            link_id=s.hsds_id,
            link_entity="service",
            taxonomy_term=term,
            service=s,
        )
    assert d.search("revenu") == []  # not reindexed yet
    reindex_services(partnership=d.p, service_ids=[s.pk])
    assert d.search("revenu") == ["Helping hands"]


def test_empty_query_lists_everything_by_name(d: Directory) -> None:
    d.service("beta")
    d.service("Alpha")
    d.service("", name_fr="Gamma (fr only)")
    assert d.search("") == ["Alpha", "beta", ""]


def test_only_public_services(d: Directory) -> None:
    d.service("Visible clinic")
    d.service("Pending clinic", is_approved=False)
    d.service("Closed clinic", status=ServiceStatus.DEFUNCT)
    assert d.search("clinic") == ["Visible clinic"]


def test_visibility_changes_apply_without_reindex(d: Directory) -> None:
    """Approving, withdrawing or deleting a service shows in the search at once (the SQLite
    index keeps a public marker per service, kept by triggers on the service table)."""
    pending = d.service("Pending clinic", is_approved=False)
    assert d.search("clinic") == []
    with scopes_disabled():
        pending.is_approved = True
        pending.save()
    assert d.search("clinic") == ["Pending clinic"]
    with scopes_disabled():
        Service.objects.filter(pk=pending.pk).update(status=ServiceStatus.INACTIVE)
    assert d.search("clinic") == []
    with scopes_disabled():
        Service.objects.filter(pk=pending.pk).update(status=ServiceStatus.ACTIVE)
        Service.objects.filter(pk=pending.pk).delete()
    assert d.search("clinic") == []


def test_search_stays_in_its_partnership(d: Directory, other_partnership: Any) -> None:
    d.service("Ottawa clinic")
    Directory(other_partnership).service("Kingston clinic")
    assert d.search("clinic") == ["Ottawa clinic"]
    assert Directory(other_partnership).search("clinic") == ["Kingston clinic"]


def test_pagination(d: Directory) -> None:
    for i in range(7):
        d.service(f"Clinic {i}")
    with scope(partnership=d.p):
        first = search_services(partnership=d.p, query="clinic", per_page=3, page=1)
        last = search_services(partnership=d.p, query="clinic", per_page=3, page=3)
        beyond = search_services(partnership=d.p, query="clinic", per_page=3, page=9)
    assert (first.total, first.pages, len(first.hits)) == (7, 3, 3)
    assert len(last.hits) == 1 and last.total == 7
    assert beyond.hits == [] and beyond.total == 7
    seen = {h.service.pk for h in first.hits}
    assert not seen & {h.service.pk for h in last.hits}


def test_tenant_scoping(d: Directory, other_partnership: Any) -> None:
    d.service("Ottawa clinic")
    other = Directory(other_partnership)
    other.service("Kingston clinic")
    assert d.search("clinic") == ["Ottawa clinic"]
    assert other.search("clinic") == ["Kingston clinic"]
    assert d.search("kingston") == []
    assert d.search("") == ["Ottawa clinic"]
    with scopes_disabled():
        SearchSynonym.objects.create(partnership=other_partnership, terms="doctor, clinic")
    assert d.search("doctor") == []  # another partnership's synonyms do not apply


def test_reindex_after_update_and_delete(d: Directory) -> None:
    s = d.service("Food bank")
    assert d.search("food") == ["Food bank"]
    with scopes_disabled():
        Service.objects.filter(pk=s.pk).update(name_en="Clothing bank")
    reindex_services(partnership=d.p, service_ids=[s.pk])
    assert d.search("food") == []
    assert d.search("clothing") == ["Clothing bank"]
    with scopes_disabled():
        Service.objects.filter(pk=s.pk).delete()
        assert not ServiceSearchEntry.objects.filter(service_id=s.pk).exists()
    assert d.search("clothing") == []


def test_full_reindex_builds_every_entry(d: Directory, partnership: Any) -> None:
    with scopes_disabled():
        ids = [
            Service.objects.create(
                partnership=partnership, organization=d.org, name_en=f"Yoga {i}"
            ).pk
            for i in range(5)
        ]
        assert ServiceSearchEntry.objects.filter(service_id__in=ids).count() == 0
    assert reindex_services(partnership=partnership) == 5
    assert len(d.search("yoga")) == 5
    assert reindex_services(partnership=partnership) == 5  # idempotent
    with scopes_disabled():
        assert ServiceSearchEntry.objects.filter(service_id__in=ids).count() == 5


# --- filters --------------------------------------------------------------------------------


def test_category_filter_includes_descendants(d: Directory) -> None:
    with scopes_disabled():
        tax = Taxonomy.objects.create(partnership=d.p, name="LIP categories")
        health = TaxonomyTerm.objects.create(partnership=d.p, taxonomy=tax, name_en="Health")
        dental = TaxonomyTerm.objects.create(
            partnership=d.p, taxonomy=tax, name_en="Dental", parent=health
        )
        work = TaxonomyTerm.objects.create(partnership=d.p, taxonomy=tax, name_en="Employment")
    for name, term in (("Dental clinic", dental), ("Health centre", health), ("Jobs", work)):
        s = d.service(name)
        with scopes_disabled():
            Attribute.objects.create(
                partnership=d.p,
                link_id=s.hsds_id,
                link_entity="service",
                taxonomy_term=term,
                service=s,
            )
    assert d.search(category=health.hsds_id) == ["Dental clinic", "Health centre"]
    assert d.search(category=dental.hsds_id) == ["Dental clinic"]
    assert d.search("clinic", category=work.hsds_id) == []


def test_language_filter_on_service_or_location(d: Directory) -> None:
    a = d.service("Arabic support")
    b = d.service("Site with Arabic staff")
    d.service("English only")
    loc = d.location(b)
    with scopes_disabled():
        Language.objects.create(partnership=d.p, service=a, name="Arabic", code="ar")
        Language.objects.create(partnership=d.p, location=loc, name="Arabic", code="AR")
    assert d.search(language="ar") == ["Arabic support", "Site with Arabic staff"]
    assert d.search(language="ti") == []


def test_city_filter_ignores_case_and_accents(d: Directory) -> None:
    a = d.service("Montreal office")
    b = d.service("Ottawa office")
    d.location(a, city="Montréal")
    d.location(b, city="Ottawa")
    assert d.search(city="montreal") == ["Montreal office"]
    assert d.search("office", city="MONTRÉAL ") == ["Montreal office"]
    assert d.search(city="Gatineau") == []


def test_near_point_filter_with_distances(d: Directory) -> None:
    downtown = d.service("Downtown")
    kanata = d.service("Kanata")
    toronto = d.service("Toronto")
    d.service("No location")
    d.location(downtown, lat=45.4215, lon=-75.6972)
    d.location(kanata, lat=45.3088, lon=-75.8987)  # ~20 km west
    d.location(toronto, lat=43.6532, lon=-79.3832)
    here = (45.4236, -75.7009)
    with scope(partnership=d.p):
        near = search_services(
            partnership=d.p, filters=SearchFilters(near=here, distance_km=5), per_page=50
        )
        wider = search_services(
            partnership=d.p, filters=SearchFilters(near=here, distance_km=30), per_page=50
        )
    assert [h.service.name_en for h in near.hits] == ["Downtown"]
    assert near.hits[0].distance_km is not None and near.hits[0].distance_km < 1
    # empty query with a point: nearest first
    assert [h.service.name_en for h in wider.hits] == ["Downtown", "Kanata"]
    assert wider.hits[1].distance_km == pytest.approx(20.9, abs=1.5)
    assert d.search("kanata", near=here, distance_km=30) == ["Kanata"]


def test_postal_code_becomes_a_point(d: Directory) -> None:
    a = d.service("Byward")
    b = d.service("Orleans")
    d.location(a, postal_code="K1N 5T1", lat=45.4289, lon=-75.6903)
    d.location(b, postal_code="K1C 1G3", lat=45.4760, lon=-75.5150)
    assert d.search(postal_code="k1n5t1", distance_km=3) == ["Byward"]
    # unknown exact code: the centroid of its FSA (K1N)
    assert d.search(postal_code="K1N 9Z9", distance_km=3) == ["Byward"]
    with scope(partnership=d.p):
        unknown = search_services(partnership=d.p, filters=SearchFilters(postal_code="H2X 1Y4"))
    assert unknown.postal_code_unknown and unknown.total == 2


def test_open_now(d: Directory) -> None:
    weekday = d.service("Weekday office")
    evening = d.service("Evening drop-in")
    site = d.service("Site hours")
    d.service("No hours")
    loc = d.location(site)
    with scopes_disabled():
        Schedule.objects.create(
            partnership=d.p,
            service=weekday,
            byday="MO,TU,WE,TH,FR",
            opens_at=dt.time(9),
            closes_at=dt.time(17),
        )
        Schedule.objects.create(
            partnership=d.p,
            service=evening,
            freq="DAILY",
            opens_at=dt.time(18),
            closes_at=dt.time(2),
        )
        Schedule.objects.create(
            partnership=d.p, location=loc, byday="SA", opens_at=dt.time(10), closes_at=dt.time(14)
        )
    monday_10 = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TORONTO)
    monday_10_utc = monday_10.astimezone(dt.UTC)  # local time is what counts
    saturday_11 = dt.datetime(2026, 11, 28, 11, 0, tzinfo=TORONTO)
    tuesday_1am = dt.datetime(2026, 11, 24, 1, 0, tzinfo=TORONTO)
    assert d.search(open_now=True, at=monday_10) == ["Weekday office"]
    assert d.search(open_now=True, at=monday_10_utc) == ["Weekday office"]
    assert d.search(open_now=True, at=saturday_11) == ["Site hours"]
    assert d.search(open_now=True, at=tuesday_1am) == ["Evening drop-in"]


def test_free_filter(d: Directory) -> None:
    zero = d.service("Zero cost")
    said = d.service("Gratuit")
    fees = d.service("Fees text", fees_description="Free for permanent residents")
    paid = d.service("Paid")
    d.service("Unknown cost")
    with scopes_disabled():
        CostOption.objects.create(partnership=d.p, service=zero, amount=Decimal("0"))
        CostOption.objects.create(partnership=d.p, service=said, option="Service gratuit")
        CostOption.objects.create(partnership=d.p, service=paid, amount=Decimal("25"))
    assert d.search(free=True) == ["Fees text", "Gratuit", "Zero cost"]
    assert fees.pk


def test_wheelchair_filter(d: Directory) -> None:
    a = d.service("Ramp")
    b = d.service("Fauteuil")
    c = d.service("Stairs")
    la, lb, lc = d.location(a), d.location(b), d.location(c)
    with scopes_disabled():
        Accessibility.objects.create(partnership=d.p, location=la, description="Wheelchair ramp")
        Accessibility.objects.create(
            partnership=d.p, location=lb, details="Accessible en fauteuil roulant"
        )
        Accessibility.objects.create(partnership=d.p, location=lc, description="Stairs only")
    assert d.search(wheelchair=True) == ["Fauteuil", "Ramp"]


def test_french_filter(d: Directory) -> None:
    with scopes_disabled():
        franco = Organization.objects.create(
            partnership=d.p, name_en="Centre francophone", is_francophone=True
        )
    a = d.service("Offered in French")
    d.service("Francophone org service", organization=franco)
    c = d.service("Site in French")
    d.service("English only")
    loc = d.location(c)
    with scopes_disabled():
        Language.objects.create(partnership=d.p, service=a, name="French", code="fr-CA")
        Language.objects.create(partnership=d.p, location=loc, name="Français", code="")
    assert d.search(french=True) == [
        "Francophone org service",
        "Offered in French",
        "Site in French",
    ]


def test_filters_combine_with_text(d: Directory) -> None:
    a = d.service("Clinic one")
    b = d.service("Clinic two")
    d.location(a, city="Ottawa")
    d.location(b, city="Gatineau")
    with scopes_disabled():
        CostOption.objects.create(partnership=d.p, service=a, amount=Decimal("0"))
        CostOption.objects.create(partnership=d.p, service=b, amount=Decimal("0"))
    assert d.search("clinic", free=True, city="gatineau") == ["Clinic two"]


# --- engine plumbing -------------------------------------------------------------------------


def test_migration_names_match_the_engines() -> None:
    assert migration.FTS_TABLE == search_sqlite.FTS_TABLE
    assert migration.TSVECTOR == search_postgres.TSVECTOR
    assert migration.GIN_INDEX == search_postgres.GIN_INDEX


def test_engine_index_exists() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = %s", [search_sqlite.FTS_TABLE]
            )
        else:
            cursor.execute(
                "SELECT count(*) FROM pg_indexes WHERE indexname = %s", [search_postgres.GIN_INDEX]
            )
        assert cursor.fetchone()[0] == 1


def test_hits_report_the_ranker(d: Directory) -> None:
    d.service("Clinic")
    with scope(partnership=d.p):
        results = search_services(partnership=d.p, query="clinic")
    expected = {"sqlite": "sqlite-fts5", "postgresql": "postgres-fts"}[connection.vendor]
    assert results.ranker == expected
    assert results.hits[0].score > 0


def test_hits_hold_what_a_result_list_shows(d: Directory, django_assert_num_queries: Any) -> None:
    d.service("Dental clinic", "Low-cost care", name_fr="Clinique dentaire", alternate_name="DC")
    with scope(partnership=d.p):
        [hit] = search_services(partnership=d.p, query="dental").hits
        with django_assert_num_queries(0):
            shown = (hit.service.name_fr, hit.service.description_en)
            assert hit.service.organization.name_en == "Agency"
        assert shown == ("Clinique dentaire", "Low-cost care")
        with django_assert_num_queries(1):  # any other field loads when read
            assert hit.service.alternate_name == "DC"


def test_base_widens_the_candidates(d: Directory) -> None:
    d.service("Pending clinic", is_approved=False)
    with scope(partnership=d.p):
        everything = Service.objects.filter(partnership=d.p)
        results = search_services(partnership=d.p, query="clinic", base=everything)
    assert [h.service.name_en for h in results.hits] == ["Pending clinic"]


class LongestNameRanker:
    """A third ranker for the test: entries whose name holds the first word, longest first."""

    name = "longest-name"

    def rank(
        self,
        *,
        partnership_id: int,
        query: Any,
        candidates: Any,
        limit: int,
        offset: int,
        narrowed: bool = True,
        max_total: int | None = None,  # counts every match anyway (an exact total)
    ) -> Any:
        from liphub.directory.search_rankers import RankedPage

        first = query.clauses[0][0][0][0]
        entries = ServiceSearchEntry.objects.filter(
            partnership_id=partnership_id,
            name_text__contains=first,
            service__in=candidates.values("pk"),
        ).values_list("service_id", "service__name_en")
        ordered = sorted(entries, key=lambda e: -len(e[1]))
        return RankedPage(
            total=len(ordered),
            scores=[(sid, float(len(n))) for sid, n in ordered[offset : offset + limit]],
        )

    def refresh(self, *, partnership_id: int, service_ids: Any) -> None:
        return None


def test_a_third_ranker_can_be_plugged_in(d: Directory) -> None:
    from liphub.directory.search_rankers import register_ranker

    d.service("Clinic")
    d.service("Clinic with the longest name")
    d.service("Pending clinic", is_approved=False)
    register_ranker("longest-name", LongestNameRanker)
    with scope(partnership=d.p):
        results = search_services(partnership=d.p, query="clinic", ranker="longest-name")
    assert results.ranker == "longest-name"
    assert [h.service.name_en for h in results.hits] == ["Clinic with the longest name", "Clinic"]
