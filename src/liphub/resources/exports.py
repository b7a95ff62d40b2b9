"""The contribution totals as tables: shown on the page, exported as CSV and XLSX (the same
`Table` objects and writers as the representation figures, so page and files always agree)."""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from django.utils.translation import gettext as _

from liphub.core.fiscal import fiscal_year_label
from liphub.partnerships.exports import Cell, Table, tables_to_csv, tables_to_xlsx
from liphub.resources.models import Contribution
from liphub.resources.selectors import ContributionTotals, TotalRow

__all__ = ["contribution_tables", "tables_to_csv", "tables_to_xlsx"]


def _amount(value: Decimal) -> Cell:
    """Amounts stay numbers (openpyxl writes a Decimal as a number, csv as its digits)."""
    return cast(Cell, value)


def _totals_table(key: str, sheet: str, title: str, first: str, rows: list[TotalRow]) -> Table:
    return Table(
        key=key,
        sheet=sheet,
        title=title,
        headers=[first, _("Cash (CAD)"), _("In-kind (CAD)"), _("Total (CAD)"), _("Contributions")],
        rows=[
            [row.label, _amount(row.cash), _amount(row.in_kind), _amount(row.total), row.count]
            for row in rows
        ],
    )


def _scope(totals: ContributionTotals) -> str:
    if totals.fiscal_year is None:
        return _("all fiscal years")
    return _("fiscal year %(year)s") % {"year": fiscal_year_label(totals.fiscal_year)}


def contribution_tables(
    totals: ContributionTotals, contributions: list[Contribution]
) -> list[Table]:
    scope = _scope(totals)
    return [
        _totals_table(
            "by_year",
            _("By fiscal year"),
            _("Contributions by fiscal year"),
            _("Fiscal year"),
            totals.by_year,
        ),
        _totals_table(
            "by_kind",
            _("By type"),
            _("Contributions by type: %(scope)s") % {"scope": scope},
            _("Type"),
            totals.by_kind,
        ),
        _totals_table(
            "by_source",
            _("By source"),
            _("Contributions by source: %(scope)s") % {"scope": scope},
            _("Source"),
            totals.by_source,
        ),
        _totals_table(
            "by_sector",
            _("By sector"),
            _("Contributions by sector of the source: %(scope)s") % {"scope": scope},
            _("Sector"),
            totals.by_sector,
        ),
        Table(
            key="contributions",
            sheet=_("Contributions"),
            title=_("Contributions: %(scope)s") % {"scope": scope},
            headers=[
                _("Source"),
                _("Type"),
                _("Amount (CAD)"),
                _("Fiscal year"),
                _("For"),
                _("Activity"),
                _("Description"),
            ],
            rows=[
                [
                    str(c.source_organization or c.source_name),
                    c.get_kind_display(),
                    _amount(c.amount),
                    fiscal_year_label(c.fiscal_year),
                    c.get_purpose_display(),
                    str(c.activity) if c.activity else "",
                    c.description,
                ]
                for c in contributions
            ],
        ),
    ]
