"""Another partnership's contributions answer 404 under every resources URL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.resources.models import Contribution
from liphub.resources.tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {
    "resources:contribution_edit",
    "resources:contribution_delete",
}


@pytest.fixture
def foreign(other_partnership):
    with scopes_disabled():
        return ContributionFactory(
            partnership=other_partnership, source_name="Kingston funder", amount=Decimal("777")
        )


def snapshot():
    with scopes_disabled():
        return list(Contribution.objects.values_list("id", "version", "amount", "source_name"))


@pytest.mark.parametrize("url_name", sorted(ISOLATED_URLS))
@pytest.mark.parametrize("slug", ["ottawa", "kingston"])
def test_other_partnerships_objects_answer_404(
    coordinator_client, partnership, foreign, url_name, slug
):
    before = snapshot()
    url = reverse(url_name, args=[slug, foreign.pk])
    assert coordinator_client.get(url).status_code == 404
    data = {
        "version": 1,
        "source_name": "Hijacked",
        "kind": "cash",
        "amount": "1",
        "fiscal_year": "2011",
        "purpose": "lip_process",
    }
    assert coordinator_client.post(url, data).status_code == 404
    assert snapshot() == before


def test_the_list_and_totals_never_show_another_partnerships_contributions(
    coordinator_client, foreign
):
    response = coordinator_client.get(reverse("resources:contribution_list", args=["ottawa"]))
    assert response.status_code == 200
    assert "Kingston funder" not in response.text
    assert response.context["totals"].overall.total == 0
    kingston = reverse("resources:contribution_list", args=["kingston"])
    assert coordinator_client.get(kingston).status_code == 404
