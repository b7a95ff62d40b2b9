"""The representation figures as tables: shown on the page, exported as CSV and XLSX.

The page and both exports are built from the same `Table` objects, so they always agree.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from liphub.partnerships.selectors import Representation, RepresentationScope

Cell = str | int | None


@dataclass(frozen=True)
class Table:
    """A titled table; the first column names the row."""

    key: str
    sheet: str
    title: str
    headers: list[str]
    rows: list[list[Cell]]


def _yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


def bodies_table(representation: Representation) -> Table:
    rows: list[list[Cell]] = []
    for scope in [representation.overall, *representation.bodies]:
        rows.append(
            [
                scope.label,
                scope.seats,
                len(scope.key_present),
                len(scope.key_missing),
                scope.immigrant_representatives,
                scope.francophone_representatives,
            ]
        )
    return Table(
        key="bodies",
        sheet=_("Bodies"),
        title=_("Representation by body"),
        headers=[
            _("Body"),
            _("Current seats"),
            _("Key sectors at the table"),
            _("Key sectors missing"),
            _("Immigrant representatives"),
            _("Francophone representatives"),
        ],
        rows=rows,
    )


def sectors_table(scope: RepresentationScope) -> Table:
    rows: list[list[Cell]] = [
        [
            str(row.sector),
            _yes_no(row.sector.is_key),
            _("At the table") if row.present else _("Missing"),
            row.seats,
        ]
        for row in scope.sectors
    ]
    rows.append([_("No partner sector"), "", "", scope.seats_without_sector])
    return Table(
        key="sectors",
        sheet=_("Sectors"),
        title=_("Seats per sector: %(scope)s") % {"scope": scope.label},
        headers=[_("Sector"), _("Key sector"), _("Status"), _("Current seats")],
        rows=rows,
    )


def _attendance_headers(first: str) -> list[str]:
    return [first, _("Present"), _("Regrets"), _("Absent"), _("Attendance rate (%)")]


def attendance_by_organization_table(scope: RepresentationScope) -> Table:
    return Table(
        key="attendance_organizations",
        sheet=_("Attendance by organization"),
        title=_("Attendance by organization over the last 12 months: %(scope)s")
        % {"scope": scope.label},
        headers=_attendance_headers(_("Organization")),
        rows=[
            [t.label, t.present, t.regrets, t.absent, t.rate_percent]
            for t in scope.attendance_by_organization
        ],
    )


def attendance_by_sector_table(scope: RepresentationScope) -> Table:
    return Table(
        key="attendance_sectors",
        sheet=_("Attendance by sector"),
        title=_("Attendance by sector over the last 12 months: %(scope)s") % {"scope": scope.label},
        headers=_attendance_headers(_("Sector")),
        rows=[
            [t.label, t.present, t.regrets, t.absent, t.rate_percent]
            for t in scope.attendance_by_sector
        ],
    )


def representation_tables(
    representation: Representation, focus: RepresentationScope
) -> list[Table]:
    """Every body side by side, then the details of the focused scope (whole or one body)."""
    return [
        bodies_table(representation),
        sectors_table(focus),
        attendance_by_organization_table(focus),
        attendance_by_sector_table(focus),
    ]


def tables_to_csv(tables: list[Table]) -> str:
    """One CSV: each table as its title row, header row and data rows, then a blank row."""
    out = io.StringIO()
    writer = csv.writer(out)
    for table in tables:
        writer.writerow([table.title])
        writer.writerow(table.headers)
        writer.writerows([["" if cell is None else cell for cell in row] for row in table.rows])
        writer.writerow([])
    return out.getvalue()


def tables_to_xlsx(tables: list[Table]) -> bytes:
    """One worksheet per table: its title, a bold header row, then the data rows."""
    workbook = Workbook()
    first = workbook.active
    if first is not None:
        workbook.remove(first)
    for table in tables:
        sheet = workbook.create_sheet(title=_sheet_title(table.sheet))
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True)
        sheet.append(table.headers)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(row)
        sheet.column_dimensions["A"].width = 40
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title)
    return cleaned[:31]
