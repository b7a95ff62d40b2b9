"""Two versions of a report side by side: the figures that differ (old -> new).

Figures are compared cell by cell through the same tables every format shows; rows are
matched by their label (the first column), so a row that appears or disappears shows as
"—" on the other side.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from liphub.reports.annual import AnnualReport
from liphub.reports.tables import NO_VALUE, ReportTable, annual_tables, format_cell

MAX_TEXT = 120


@dataclass(frozen=True)
class FigureChange:
    table: str
    row: str
    column: str
    old: str
    new: str


def _short(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _keyed_rows(table: ReportTable) -> dict[tuple[str, int], list[str]]:
    """Rows by (label, occurrence): two rows with the same label stay apart."""
    seen: Counter[str] = Counter()
    rows: dict[tuple[str, int], list[str]] = {}
    for row in table.rows:
        label = format_cell(row[0])
        seen[label] += 1
        rows[(label, seen[label])] = [format_cell(value) for value in row]
    return rows


def compare_reports(old: AnnualReport, new: AnnualReport) -> list[FigureChange]:
    """Every figure that differs between two reports, in page order."""
    old_tables = annual_tables(old, full_lists=True)
    changes: list[FigureChange] = []
    for key, new_table in annual_tables(new, full_lists=True).items():
        old_rows = _keyed_rows(old_tables[key]) if key in old_tables else {}
        new_rows = _keyed_rows(new_table)
        keys = list(old_rows) + [k for k in new_rows if k not in old_rows]
        for row_key in keys:
            before = old_rows.get(row_key)
            after = new_rows.get(row_key)
            for index, header in enumerate(new_table.headers[1:], start=1):
                old_value = before[index] if before and index < len(before) else NO_VALUE
                new_value = after[index] if after and index < len(after) else NO_VALUE
                if old_value != new_value:
                    changes.append(
                        FigureChange(
                            table=new_table.title,
                            row=row_key[0],
                            column=header,
                            old=_short(old_value),
                            new=_short(new_value),
                        )
                    )
    return changes
