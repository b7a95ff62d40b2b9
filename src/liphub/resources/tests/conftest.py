"""Contributions with known totals.

Sources: Agency A (partner in settlement + health: two sectors), Board B (partner in school
boards), Diner D (an organization, not a partner), and "City of Ottawa" (typed name).

| source | kind | amount | year |
| A | cash | 1000 | 2011 |
| A | in-kind | 500 | 2011 |
| B | cash | 2000 | 2011 |
| D | in-kind | 300 | 2012 |
| City of Ottawa | cash | 10000 | 2012 |
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from django_scopes import scopes_disabled

from liphub.partnerships.models import Sector
from liphub.partnerships.services import seed_key_sectors
from liphub.partnerships.tests.factories import OrganizationFactory, PartnerFactory
from liphub.resources.tests.factories import ContributionFactory


@dataclass
class Funds:
    orgs: dict[str, Any]
    sectors: dict[str, Sector]
    contributions: dict[str, Any]


@pytest.fixture
def funds(partnership: Any) -> Funds:
    p = partnership
    with scopes_disabled():
        seed_key_sectors()
        sectors = {s.code: s for s in Sector.objects.all()}
        orgs = {
            "A": OrganizationFactory(partnership=p, name_en="Agency A", name_fr="Agence A"),
            "B": OrganizationFactory(partnership=p, name_en="Board B", name_fr="Conseil B"),
            "D": OrganizationFactory(partnership=p, name_en="Diner D", name_fr="Resto D"),
        }
        PartnerFactory(
            partnership=p,
            organization=orgs["A"],
            sectors=[sectors["settlement"], sectors["health"]],
        )
        PartnerFactory(partnership=p, organization=orgs["B"], sectors=[sectors["school_boards"]])

        def give(source: Any, kind: str, amount: str, year: int, **extra: Any) -> Any:
            fields = {"source_organization": source} if source else {}
            return ContributionFactory(
                partnership=p,
                kind=kind,
                amount=Decimal(amount),
                fiscal_year=year,
                **fields,
                **extra,
            )

        contributions = {
            "a_cash": give(orgs["A"], "cash", "1000", 2011),
            "a_kind": give(orgs["A"], "in_kind", "500", 2011, description="Meeting rooms"),
            "b_cash": give(orgs["B"], "cash", "2000", 2011),
            "d_kind": give(orgs["D"], "in_kind", "300", 2012),
            "city": give(None, "cash", "10000", 2012, source_name="City of Ottawa"),
        }
    return Funds(orgs=orgs, sectors=sectors, contributions=contributions)
