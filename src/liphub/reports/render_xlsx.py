"""The annual report as XLSX: one worksheet per table, the figures as numbers (not text)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from liphub.reports.annual import AnnualReport
from liphub.reports.render_html import report_title
from liphub.reports.tables import annual_tables

MONEY_FORMAT = "#,##0.00"


def _sheet_title(title: str, taken: set[str]) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)[:31]
    name, n = cleaned, 2
    while name.casefold() in taken:
        suffix = f" {n}"
        name = cleaned[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(name.casefold())
    return name


def render_xlsx(report: AnnualReport, *, submitted: Any = None) -> bytes:
    workbook = Workbook()
    about = workbook.active
    assert about is not None
    taken: set[str] = set()
    about.title = _sheet_title(_("About"), taken)
    about.append([report_title(report)])
    about["A1"].font = Font(bold=True)
    about.append([_("Fiscal year"), report.fiscal_year_label])
    if submitted is not None:
        about.append([_("Submitted version"), submitted.number])
        about.append([_("Submitted on"), submitted.submitted_at.date().isoformat()])
    else:
        about.append([_("Live figures as of"), report.generated_at.date().isoformat()])
    about.column_dimensions["A"].width = 30
    for table in annual_tables(report, full_lists=True).values():
        sheet = workbook.create_sheet(title=_sheet_title(table.sheet, taken))
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True)
        sheet.append(table.headers)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for index, row in enumerate(table.rows, start=3):
            sheet.append([_xlsx_value(value) for value in row])
            for column, value in enumerate(row, start=1):
                if isinstance(value, Decimal):
                    sheet.cell(row=index, column=column).number_format = MONEY_FORMAT
                elif isinstance(value, dt.date):
                    sheet.cell(row=index, column=column).number_format = "yyyy-mm-dd"
        sheet.column_dimensions["A"].width = 45
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _xlsx_value(value: object) -> object:
    return "" if value is None else value
