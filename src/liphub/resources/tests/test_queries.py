"""The contributions page and its exports run a bounded number of queries."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.partnerships.tests.factories import OrganizationFactory, PartnerFactory
from liphub.progress.tests.factories import ActivityFactory
from liphub.resources.tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def grow(partnership, funds, n):
    with scopes_disabled():
        sectors = list(funds.sectors.values())
        for i in range(n):
            organization = OrganizationFactory(partnership=partnership)
            PartnerFactory(
                partnership=partnership,
                organization=organization,
                sectors=sectors[i % len(sectors) : i % len(sectors) + 2],
            )
            ContributionFactory(
                partnership=partnership,
                source_organization=organization,
                kind="cash" if i % 2 else "in_kind",
                amount=Decimal(100 + i),
                fiscal_year=2008 + i % 5,
                purpose="activity",
                activity=ActivityFactory(partnership=partnership),
            )


@pytest.mark.parametrize("size", [3, 40])
@pytest.mark.parametrize("export", ["", "csv", "xlsx"])
def test_the_contribution_page_runs_a_bounded_number_of_queries(
    coordinator_client, partnership, funds, django_assert_max_num_queries, size, export
):
    grow(partnership, funds, size)
    query = {"format": export} if export else {}
    with django_assert_max_num_queries(20):
        response = coordinator_client.get(
            reverse("resources:contribution_list", args=["ottawa"]), query
        )
    assert response.status_code == 200
