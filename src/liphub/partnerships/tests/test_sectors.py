"""The key sectors are seeded by a data migration that holds a frozen copy of the list."""

from __future__ import annotations

import importlib

import pytest

from liphub.partnerships.models import Sector
from liphub.partnerships.sectors import KEY_SECTORS


@pytest.mark.django_db
def test_the_fifteen_key_sectors_of_the_outcomes_report_are_seeded_in_both_languages():
    seeded = list(Sector.objects.filter(is_key=True).values_list("code", "name_en", "name_fr"))
    assert seeded == [tuple(sector) for sector in KEY_SECTORS]
    assert len(seeded) == 15
    assert Sector.objects.get(code="settlement").name_fr == "Organismes d'établissement"


def test_the_migration_copy_matches_the_sector_list():
    migration = importlib.import_module("liphub.partnerships.migrations.0002_seed_key_sectors")
    assert [tuple(row) for row in migration.KEY_SECTORS] == [tuple(s) for s in KEY_SECTORS]


@pytest.mark.django_db
def test_seed_key_sectors_restores_missing_ones_and_keeps_the_others():
    from liphub.partnerships.services import seed_key_sectors

    Sector.objects.filter(code="housing").delete()
    Sector.objects.filter(code="health").update(name_en="Health care")
    seed_key_sectors()
    assert Sector.objects.filter(is_key=True).count() == 15
    assert Sector.objects.get(code="housing").name_fr == "Logement"
    assert Sector.objects.get(code="health").name_en == "Health care"
