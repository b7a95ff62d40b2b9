"""`liphub report`: the annual report to a file, with the same render functions as the web."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django_scopes import scope
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from liphub.reports.services import submit_report
from liphub.reports.tests.annual_data import YEAR, Year

pytestmark = pytest.mark.django_db


def _run(tmp_path: Path, fmt: str, *extra: str) -> Path:
    out = tmp_path / f"report.{fmt}"
    call_command(
        "report",
        "--partnership",
        "ottawa",
        "--year",
        "2011-12",
        "--format",
        fmt,
        "-o",
        str(out),
        *extra,
        stdout=io.StringIO(),
    )
    return out


def test_the_command_writes_every_format(tmp_path: Path, ottawa_year: Year) -> None:
    html = _run(tmp_path, "html").read_text()
    assert "Annual report 2011-12" in html and "15,000.00" in html
    pdf = PdfReader(str(_run(tmp_path, "pdf")))
    assert "15,000.00" in "".join(page.extract_text() for page in pdf.pages)
    document = Document(str(_run(tmp_path, "docx")))
    assert any("Annual report 2011-12" in p.text for p in document.paragraphs)
    workbook = load_workbook(str(_run(tmp_path, "xlsx")))
    assert workbook["Contributions"]["B3"].value == 15000


def test_the_command_writes_a_submitted_version_in_french(
    tmp_path: Path, ottawa_year: Year, coordinator: Any
) -> None:
    with scope(partnership=[ottawa_year.partnership.pk]):
        submit_report(partnership=ottawa_year.partnership, fiscal_year=YEAR, submitted_by=None)
    html = _run(tmp_path, "html", "--version", "1", "--language", "fr").read_text()
    assert "Intégration économique" in html
    assert "Rapport annuel 2011-12" in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--partnership", "nowhere", "--year", "2011-12"], "No partnership"),
        (["--partnership", "ottawa", "--year", "2011-13"], "Not a fiscal year"),
        (
            ["--partnership", "ottawa", "--year", "2011-12", "--version", "7"],
            "no submitted version 7",
        ),
    ],
)
def test_the_command_explains_bad_input(
    tmp_path: Path, ottawa_year: Year, args: list[str], message: str
) -> None:
    with pytest.raises(CommandError, match=message):
        call_command("report", *args, "--format", "html", "-o", str(tmp_path / "x.html"))
    assert not (tmp_path / "x.html").exists()
