"""Reads of the resources module: contributions and their totals.

Totals are SQL aggregations (one query per breakdown), never a Python loop over the rows.
An organization in two sectors counts in both sector totals, so those can add up to more than
the grand total; contributions whose source has no partner sector fall in a "no sector" bucket.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from django.db.models import Count, DecimalField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext as _

from liphub.core.fiscal import fiscal_year_label
from liphub.core.i18n import translated
from liphub.core.models import Partnership
from liphub.partnerships.models import Sector
from liphub.resources.models import Contribution, ContributionKind

ZERO = Decimal("0.00")


def list_contributions(
    *, partnership: Partnership, fiscal_year: int | None = None, kind: str = ""
) -> QuerySet[Contribution]:
    contributions = Contribution.objects.filter(partnership=partnership)
    if fiscal_year is not None:
        contributions = contributions.filter(fiscal_year=fiscal_year)
    if kind:
        contributions = contributions.filter(kind=kind)
    return contributions.select_related("source_organization", "activity").order_by(
        "-fiscal_year", "-amount", "id"
    )


def get_contribution(*, partnership: Partnership, pk: int) -> Contribution:
    contribution = list_contributions(partnership=partnership).filter(pk=pk).first()
    if contribution is None:
        raise Http404("No such contribution.")
    return contribution


def list_fiscal_years(*, partnership: Partnership) -> list[int]:
    """The fiscal years that have contributions, most recent first."""
    return list(
        Contribution.objects.filter(partnership=partnership)
        .order_by("-fiscal_year")
        .values_list("fiscal_year", flat=True)
        .distinct()
    )


@dataclass(frozen=True)
class TotalRow:
    label: str
    cash: Decimal
    in_kind: Decimal
    count: int
    key: Any = None  # the fiscal year, organization id or sector id behind the row

    @property
    def total(self) -> Decimal:
        return self.cash + self.in_kind


@dataclass(frozen=True)
class ContributionTotals:
    fiscal_year: int | None
    overall: TotalRow
    by_year: list[TotalRow]
    by_source: list[TotalRow]
    by_sector: list[TotalRow]
    by_kind: list[TotalRow]
    multi_sector_sources: int  # source organizations counted in more than one sector

    @property
    def max_year_total(self) -> Decimal:
        return max((row.total for row in self.by_year), default=ZERO) or Decimal(1)

    @property
    def max_sector_total(self) -> Decimal:
        return max((row.total for row in self.by_sector), default=ZERO) or Decimal(1)


def _sums(prefix: str = "") -> dict[str, Any]:
    """cash, in_kind and count aggregates (on a related path when `prefix` is given)."""
    money: DecimalField[Decimal, Decimal] = DecimalField(max_digits=14, decimal_places=2)
    kind = f"{prefix}kind"
    amount = f"{prefix}amount"
    return {
        "cash": Coalesce(
            Sum(amount, filter=Q(**{kind: ContributionKind.CASH})), Value(ZERO), output_field=money
        ),
        "in_kind": Coalesce(
            Sum(amount, filter=Q(**{kind: ContributionKind.IN_KIND})),
            Value(ZERO),
            output_field=money,
        ),
        "count": Count(f"{prefix}id"),
    }


def _money(value: Any) -> Decimal:
    """Cents, whatever the database returns for a sum (SQLite may drop the decimals)."""
    return Decimal(value or 0).quantize(ZERO)


def _row(label: str, values: dict[str, Any], key: Any = None) -> TotalRow:
    return TotalRow(
        label=label,
        cash=_money(values["cash"]),
        in_kind=_money(values["in_kind"]),
        count=int(values["count"] or 0),
        key=key,
    )


def _source_label(values: dict[str, Any]) -> str:
    if values["source_organization"] is None:
        return str(values["source_name"] or _("Unnamed source"))
    names = SimpleNamespace(
        name_en=values["source_organization__name_en"],
        name_fr=values["source_organization__name_fr"],
    )
    return translated(names, "name").text


def get_totals(*, partnership: Partnership, fiscal_year: int | None = None) -> ContributionTotals:
    """Totals by fiscal year (every year), and by source, sector and type (for `fiscal_year`,
    or every year when None)."""
    every_year = Contribution.objects.filter(partnership=partnership)
    rows = every_year if fiscal_year is None else every_year.filter(fiscal_year=fiscal_year)

    overall = _row(_("All contributions"), rows.aggregate(**_sums()))

    by_year = [
        _row(fiscal_year_label(values["fiscal_year"]), values, key=values["fiscal_year"])
        for values in every_year.values("fiscal_year").annotate(**_sums()).order_by("fiscal_year")
    ]

    source_values = (
        rows.values(
            "source_organization",
            "source_organization__name_en",
            "source_organization__name_fr",
            "source_name",
        )
        .annotate(**_sums())
        .order_by()
    )
    by_source = sorted(
        (_row(_source_label(v), v, key=v["source_organization"]) for v in source_values),
        key=lambda row: (-row.total, row.label.casefold()),
    )

    sector_values = (
        rows.values("source_organization__partner__sectors").annotate(**_sums()).order_by()
    )
    sectors = Sector.objects.in_bulk(
        [
            v["source_organization__partner__sectors"]
            for v in sector_values
            if v["source_organization__partner__sectors"]
        ]
    )
    named = [
        _row(str(sectors[v["source_organization__partner__sectors"]]), v, key=sector_id)
        for v in sector_values
        if (sector_id := v["source_organization__partner__sectors"]) is not None
    ]
    named.sort(key=lambda row: (-row.total, row.label.casefold()))
    no_sector = [
        _row(_("No sector"), v)
        for v in sector_values
        if v["source_organization__partner__sectors"] is None
    ]

    kinds = {v["kind"]: v for v in rows.values("kind").annotate(**_sums()).order_by()}
    by_kind = [
        _row(str(choice.label), kinds[choice.value], key=choice.value)
        for choice in ContributionKind
        if choice.value in kinds
    ]

    multi_sector_sources = (
        rows.filter(source_organization__isnull=False)
        .values("source_organization")
        .annotate(sectors=Count("source_organization__partner__sectors", distinct=True))
        .filter(sectors__gt=1)
        .count()
    )
    return ContributionTotals(
        fiscal_year=fiscal_year,
        overall=overall,
        by_year=by_year,
        by_source=by_source,
        by_sector=named + no_sector,
        by_kind=by_kind,
        multi_sector_sources=multi_sector_sources,
    )
