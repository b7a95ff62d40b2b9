"""Contribution totals by fiscal year, source, sector and type, from real rows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django_scopes import scopes_disabled

from liphub.resources.selectors import get_totals
from liphub.resources.tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def figures(rows):
    return {row.label: (row.cash, row.in_kind, row.total, row.count) for row in rows}


def D(value):
    return Decimal(value)


def test_totals_of_every_year(partnership, funds):
    with scopes_disabled():
        totals = get_totals(partnership=partnership)
    assert (totals.overall.cash, totals.overall.in_kind, totals.overall.total) == (
        D("13000"),
        D("800"),
        D("13800"),
    )
    assert figures(totals.by_year) == {
        "2011-12": (D("3000"), D("500"), D("3500"), 3),
        "2012-13": (D("10000"), D("300"), D("10300"), 2),
    }
    assert figures(totals.by_kind) == {
        "Cash": (D("13000"), D("0"), D("13000"), 3),
        "In-kind": (D("0"), D("800"), D("800"), 2),
    }
    assert figures(totals.by_source) == {
        "City of Ottawa": (D("10000"), D("0"), D("10000"), 1),
        "Board B": (D("2000"), D("0"), D("2000"), 1),
        "Agency A": (D("1000"), D("500"), D("1500"), 2),
        "Diner D": (D("0"), D("300"), D("300"), 1),
    }
    assert [row.label for row in totals.by_source][:2] == ["City of Ottawa", "Board B"]


def test_an_organization_in_two_sectors_counts_in_both_and_the_rest_has_no_sector(
    partnership, funds
):
    with scopes_disabled():
        totals = get_totals(partnership=partnership)
    settlement = str(funds.sectors["settlement"])
    health = str(funds.sectors["health"])
    schools = str(funds.sectors["school_boards"])
    assert figures(totals.by_sector) == {
        settlement: (D("1000"), D("500"), D("1500"), 2),
        health: (D("1000"), D("500"), D("1500"), 2),
        schools: (D("2000"), D("0"), D("2000"), 1),
        "No sector": (D("10000"), D("300"), D("10300"), 2),
    }
    assert totals.by_sector[-1].label == "No sector"
    assert totals.multi_sector_sources == 1
    assert sum(row.total for row in totals.by_sector) == totals.overall.total + D("1500")


def test_totals_of_one_fiscal_year_keep_every_year_in_the_yearly_table(partnership, funds):
    with scopes_disabled():
        totals = get_totals(partnership=partnership, fiscal_year=2012)
    assert totals.overall.total == D("10300")
    assert set(figures(totals.by_source)) == {"City of Ottawa", "Diner D"}
    assert len(totals.by_year) == 2
    assert totals.multi_sector_sources == 0


def test_another_partnerships_contributions_never_count(partnership, other_partnership, funds):
    with scopes_disabled():
        ContributionFactory(partnership=other_partnership, amount=D("99999"), source_name="X")
        totals = get_totals(partnership=partnership)
    assert totals.overall.total == D("13800")


def test_no_contribution_gives_zero_totals(partnership):
    with scopes_disabled():
        totals = get_totals(partnership=partnership)
    assert totals.overall.total == D("0") and totals.by_year == [] and totals.by_sector == []
