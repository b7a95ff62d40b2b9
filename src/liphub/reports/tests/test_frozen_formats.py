"""Reports submitted in an earlier format of the frozen figures still render, in every format.

`data/frozen_report_v1.json` is Ottawa's 2011-12 report (annual_data.py) as format 1 froze
it: the list of indicators, no summary per priority area.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from openpyxl import load_workbook

from liphub.reports.annual import SCHEMA_VERSION, AnnualReport
from liphub.reports.models import SubmittedReport
from liphub.reports.services import submit_report
from liphub.reports.tests.annual_data import YEAR, Year

pytestmark = pytest.mark.django_db

V1 = json.loads((Path(__file__).parent / "data" / "frozen_report_v1.json").read_text())


def _submitted_v1(partnership: Any, coordinator: Any) -> SubmittedReport:
    with scopes_disabled():
        return SubmittedReport.objects.create(
            partnership=partnership,
            fiscal_year=YEAR,
            number=1,
            submitted_at=timezone.now(),
            submitted_by=coordinator,
            data=V1,
        )


def test_a_format_1_report_gains_the_summary_worked_out_from_its_indicators() -> None:
    assert V1["schema"] == 1 and "indicator_results" not in V1
    report = AnnualReport.from_dict(V1)
    assert report.schema == SCHEMA_VERSION
    economic, health, education = report.indicator_results.areas
    assert economic.name["en"] == "Economic integration"
    figures = (economic.indicators, economic.with_target, economic.at_or_above, economic.below)
    assert figures == (1, 1, 0, 1)
    assert (economic.not_measured, economic.average_percent) == (0, 75)
    assert (health.indicators, health.with_target, health.average_percent) == (1, 0, None)
    assert education.indicators == 0
    assert report.indicator_results.overall.indicators == 2
    assert report.indicators is not None and len(report.indicators) == 2


def test_a_format_1_version_renders_on_its_page_and_in_every_file(
    coordinator_client: Any, coordinator: Any, partnership: Any
) -> None:
    submitted = _submitted_v1(partnership, coordinator)
    page = coordinator_client.get(
        reverse("reports:submitted_detail", args=["ottawa", submitted.pk])
    )
    assert page.status_code == 200
    content = page.content.decode()
    assert "Indicator results by priority area" in content
    assert "17,500.50" in content
    for fmt in ["pdf", "docx", "xlsx"]:
        url = reverse("reports:submitted_download", args=["ottawa", submitted.pk, fmt])
        response = coordinator_client.get(url)
        assert response.status_code == 200, fmt
        if fmt == "xlsx":
            workbook = load_workbook(io.BytesIO(response.content))
            rows = {r[0]: r[1:] for r in workbook["Indicators"].iter_rows(values_only=True)}
            assert rows["Loans granted"][4:6] == (80, 60)
            summary = workbook["Indicator results"]
            totals = {r[0]: r[1:] for r in summary.iter_rows(values_only=True)}
            assert totals["All priority areas"] == (2, 1, 0, 1, 0, 75)


def test_a_format_1_version_compares_with_a_new_one_of_the_same_figures(
    coordinator_client: Any, coordinator: Any, ottawa_year: Year
) -> None:
    old = _submitted_v1(ottawa_year.partnership, coordinator)
    with scope(partnership=[ottawa_year.partnership.pk]):
        new = submit_report(
            partnership=ottawa_year.partnership, fiscal_year=YEAR, submitted_by=coordinator
        )
    assert new.data["schema"] == SCHEMA_VERSION
    response = coordinator_client.get(reverse("reports:compare", args=["ottawa", old.pk, new.pk]))
    assert response.status_code == 200
    assert response.context["changes"] == []
