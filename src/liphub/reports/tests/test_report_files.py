"""PDF, DOCX and XLSX hold the same figures as the web page and the AnnualReport."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from django_scopes import scope
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from liphub.reports.annual import AnnualReport, build_annual_report
from liphub.reports.tables import format_cell
from liphub.reports.tests.annual_data import YEAR, Year

pytestmark = pytest.mark.django_db

DOWNLOAD = "/{lang}/p/ottawa/reports/2011-12/download/{fmt}/"


def _report(year: Year) -> AnnualReport:
    with scope(partnership=[year.partnership.pk]):
        return build_annual_report(partnership=year.partnership, fiscal_year=YEAR)


def _download(client: Any, fmt: str, lang: str = "en") -> bytes:
    response = client.get(DOWNLOAD.format(lang=lang, fmt=fmt))
    assert response.status_code == 200
    assert f'.{fmt}"' in response["Content-Disposition"]
    return bytes(response.content)


def _key_figures(report: AnnualReport) -> list[str]:
    """Figures every format must show, formatted as the reader sees them."""
    council = report.attendance.bodies[0]
    return [
        format_cell(report.contributions.cash),  # 15,000.00
        format_cell(report.contributions.in_kind),  # 2,500.50
        format_cell(report.contributions.total),  # 17,500.50
        "Indicator results by priority area: the latest measurement of the year",
        "Not measured in the year",
        "Average share of target (%)",
        "Economic integration",
        "A first loan, a first shop",
        "Partnership Council",
        "Activity microloan",
        "City of Ottawa",
        f"{council.rate_percent}",
    ]


def _pdf_text(content: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return re.sub(r"\s+", " ", text)


def test_the_pdf_holds_the_figures_of_the_page(coordinator_client: Any, ottawa_year: Year) -> None:
    content = _download(coordinator_client, "pdf")
    assert content.startswith(b"%PDF")
    text = _pdf_text(content)
    report = _report(ottawa_year)
    page = coordinator_client.get("/en/p/ottawa/reports/2011-12/").content.decode()
    assert "Annual report 2011-12" in text
    for figure in _key_figures(report):
        assert figure in text, figure
        assert figure in page, figure
    # the indicator summary, not the list of indicators (that is in the XLSX)
    assert "Loans granted" not in text and "Loans granted" not in page
    # the charts are drawn in the PDF too (SVG text stays text)
    assert "Partners per key sector" in text


def test_the_docx_holds_the_figures_and_the_charts(
    coordinator_client: Any, ottawa_year: Year
) -> None:
    document = Document(io.BytesIO(_download(coordinator_client, "docx")))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    text = paragraphs + "\n" + cells
    assert "Annual report 2011-12" in paragraphs
    for figure in _key_figures(_report(ottawa_year)):
        assert figure in text, figure
    assert "Loans granted" not in text  # the summary, not the list of indicators
    summary = next(
        t
        for t in document.tables
        if t.rows[0].cells[0].text == "Priority area" and t.rows[0].cells[1].text == "Indicators"
    )
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in summary.rows[1:]}
    assert rows["Economic integration"] == ["1", "1", "0", "1", "0", "75"]
    assert len(document.inline_shapes) == 4  # the four charts, as pictures
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Indicator results" in headings
    assert "Contributions (cash and in-kind)" in headings


def _sheet_rows(workbook: Any, title: str) -> dict[Any, list[Any]]:
    sheet = workbook[title]
    return {row[0]: list(row[1:]) for row in sheet.iter_rows(min_row=3, values_only=True)}


def test_the_xlsx_holds_the_figures_behind_every_table(
    coordinator_client: Any, ottawa_year: Year
) -> None:
    workbook = load_workbook(io.BytesIO(_download(coordinator_client, "xlsx")))
    assert workbook.sheetnames == [
        "About",
        "Membership",
        "Bodies",
        "Meetings",
        "Activities by area",
        "Activities",
        "Indicator results",
        "Indicators",
        "Contributions",
        "Contributions by source",
        "Contributions by sector",
        "Success stories",
    ]
    report = _report(ottawa_year)
    money = _sheet_rows(workbook, "Contributions")["All sources"]
    assert money == [15000, 2500.5, 17500.5]
    assert money[0] == float(report.contributions.cash)
    loans = _sheet_rows(workbook, "Indicators")["Loans granted"]
    assert loans[4:6] == [80, 60]
    assert loans[-1] == 75
    results = _sheet_rows(workbook, "Indicator results")
    # indicators, with a target, at or above, below, not measured, average share of target
    assert results["Economic integration"] == [1, 1, 0, 1, 0, 75]
    assert results["Health and wellbeing"] == [1, 0, 0, 0, 0, None]
    assert results["All priority areas"] == [2, 1, 0, 1, 0, 75]
    areas = _sheet_rows(workbook, "Activities by area")
    assert areas["Economic integration"] == [1, 0, 2, 0, 0, 3]
    assert areas["All priority areas"][-1] == report.activity_count
    meetings = _sheet_rows(workbook, "Meetings")
    assert meetings["All bodies"] == [4, 4, 1, 1, 67]
    membership = _sheet_rows(workbook, "Membership")
    assert membership["All partners"][-1] == report.membership.partners


def test_files_are_in_the_language_of_the_request(
    client: Any, coordinator: Any, ottawa_year: Year
) -> None:
    client.force_login(coordinator)
    pdf = _pdf_text(_download(client, "pdf", "fr"))
    assert "Rapport annuel 2011-12" in pdf
    assert "Intégration économique" in pdf
    workbook = load_workbook(io.BytesIO(_download(client, "xlsx", "fr")))
    assert "Indicateurs" in workbook.sheetnames
    document = Document(io.BytesIO(_download(client, "docx", "fr")))
    assert any("Rapport annuel" in p.text for p in document.paragraphs)
