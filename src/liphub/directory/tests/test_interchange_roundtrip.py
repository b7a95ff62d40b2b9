"""Importers and the exporter together: what comes in from real feeds goes out valid HSDS 3.0.

A 211 AIRS export and the official HSDS examples are imported, exported, and the export is
checked strictly (JSON schemas with additional properties disallowed, the CSV datapackage
per field); the export is then imported into another partnership and holds the same services.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django_scopes import scope

from liphub.directory.interchange.airs import import_airs
from liphub.directory.interchange.hsds_import import import_hsds
from liphub.directory.models import Service
from liphub.directory.tests.hsds_support import errors, validate_datapackage

pytestmark = pytest.mark.django_db

DATA = Path(__file__).with_name("data")
AIRS_EXCERPT = DATA / "airs" / "BC211_data_excerpt.xml"
SERVICE_FULL = DATA / "hsds" / "examples" / "service_full.json"


def _export(partnership: Any, out: Path) -> list[dict[str, Any]]:
    call_command("export_hsds", "--partnership", partnership.slug, str(out))
    return list(json.loads((out / "hsds.json").read_text(encoding="utf-8")))


def _service_names(partnership: Any) -> set[str]:
    with scope(partnership=[partnership.pk]):
        return set(
            Service.objects.filter(partnership=partnership).values_list("name_en", flat=True)
        )


def test_a_211_feed_exports_as_valid_hsds_and_reimports(
    partnership: Any, other_partnership: Any, tmp_path: Path
) -> None:
    import_airs(partnership=partnership, path=AIRS_EXCERPT)
    import_hsds(partnership=partnership, path=SERVICE_FULL)

    services = _export(partnership, tmp_path / "out")

    assert len(services) == len(_service_names(partnership))
    problems = [(s["name"], e) for s in services for e in errors("service.json", s)]
    assert problems == []
    assert [str(p) for p in validate_datapackage(tmp_path / "out" / "datapackage")] == []

    import_hsds(partnership=other_partnership, path=tmp_path / "out" / "hsds.json")
    assert _service_names(other_partnership) == _service_names(partnership)
    # the CSV datapackage carries the same services (re-importing it updates in place)
    import_hsds(partnership=other_partnership, path=tmp_path / "out" / "datapackage")
    assert _service_names(other_partnership) == _service_names(partnership)
