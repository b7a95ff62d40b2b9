"""The gap analysis functions on a known directory (see manage_data.py for the table)."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from liphub.directory import gaps
from liphub.directory.models import CommunityLanguage, Language
from liphub.directory.tests.manage_data import build_directory

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(partnership, other_partnership):
    return build_directory(partnership, other_partnership)


def test_services_per_category_counts_findable_services_and_keeps_empty_categories(
    partnership, directory
):
    with scopes_disabled():
        rows = {
            (row.label, row.code): row.services
            for row in gaps.services_per_category(partnership=partnership)
        }
    assert rows == {
        ("Employment", "EM"): 2,
        ("Language training", "LT"): 1,
        ("Health", "HE"): 1,  # the pending listing is not counted
        ("Housing", "HO"): 0,  # its only listing is inactive
        ("Legal help", "LE"): 0,
    }


def test_services_per_area_merges_city_spellings_and_counts_francophone_services(
    partnership, directory
):
    with scopes_disabled():
        rows = {row.name: row for row in gaps.services_per_area(partnership=partnership)}
    assert {name: (row.services, row.francophone) for name, row in rows.items()} == {
        "Ottawa": (2, 1),  # ESL classes + Job search help ("ottawa "), the latter in French
        "Nepean": (1, 1),  # a service area of Job search help
        "Orléans": (1, 1),  # offered by a Francophone organization
        "Vanier": (1, 0),
    }
    assert "Kanata" not in rows  # only pending and inactive listings there
    assert rows["Ottawa"].latitude == pytest.approx(45.41)
    assert rows["Vanier"].latitude is None


def test_francophone_services_are_offered_in_french_or_by_a_francophone_organization(
    partnership, directory
):
    with scopes_disabled():
        ids = gaps.francophone_service_ids(partnership=partnership)
        assert ids == {directory.services["jobs"].pk, directory.services["emploi"].pk}
        Language.objects.create(
            partnership=partnership, service=directory.services["clinic"], name="Français"
        )
        ids = gaps.francophone_service_ids(partnership=partnership)
    assert directory.services["clinic"].pk in ids


def test_language_coverage_compares_community_languages_with_languages_offered(
    partnership, directory
):
    with scopes_disabled():
        rows = {row.code: row for row in gaps.language_coverage(partnership=partnership)}
        assert {code: row.services for code, row in rows.items()} == {
            "ar": 1,  # ESL classes; the pending listing is not counted
            "es": 1,
            "so": 0,  # only an inactive listing offers it
            "ti": 0,
        }
        assert rows["ar"].speakers == 5000
        # a regional code and a language given by name count as the same language
        Language.objects.create(
            partnership=partnership, service=directory.services["clinic"], code="ti-ER"
        )
        Language.objects.create(
            partnership=partnership, service=directory.services["jobs"], name="Somali"
        )
        rows = {row.code: row for row in gaps.language_coverage(partnership=partnership)}
    assert rows["ti"].services == 1 and rows["so"].services == 1


def test_priority_areas_of_the_current_strategy_with_no_service_are_gaps(partnership, directory):
    with scopes_disabled():
        label, rows = gaps.priority_area_coverage(partnership=partnership)
    assert label == "Ottawa Immigration Strategy"
    assert [(row.label, row.categories, row.services) for row in rows] == [
        ("Employment", 1, 2),
        ("Health", 1, 1),
        ("Housing", 1, 0),
    ]


def test_the_report_and_its_tables_list_every_gap(partnership, directory):
    with scopes_disabled():
        report = gaps.gap_report(partnership=partnership)
    assert report.service_count == 4
    assert [row.label for row in report.unserved_languages] == ["Somali", "Tigrinya"]
    assert [row.label for row in report.unserved_priorities] == ["Housing"]
    assert {row.label for row in report.empty_categories} == {"Housing", "Legal help"}
    tables = {table.key: table for table in gaps.gap_tables(report)}
    assert tables["categories"].rows[0] == ["Employment", "EM", 2]
    assert tables["languages"].rows[0] == ["Arabic", "ar", 5000, 1]
    assert ["Housing", 1, 0, "Yes"] in tables["priorities"].rows
    assert tables["areas"].rows[0] == ["Ottawa", 2, 1]


def test_another_partnerships_directory_is_not_counted(partnership, other_partnership, directory):
    with scopes_disabled():
        CommunityLanguage.objects.create(
            partnership=other_partnership, code="ar", name_en="Arabic", speakers=1
        )
        report = gaps.gap_report(partnership=other_partnership)
    assert report.service_count == 1
    assert report.categories == [] and report.areas == []
    assert [(row.code, row.services) for row in report.languages] == [("ar", 0)]
    assert report.priorities == []
