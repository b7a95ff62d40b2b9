"""Another partnership's submitted reports answer 404 on every page that takes their id.

The Ottawa coordinator guesses Kingston's ids, under the Ottawa slug and under the Kingston
slug; every GET and POST answers 404 and nothing changes.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from liphub.reports.models import SubmittedReport
from liphub.reports.services import submit_report

pytestmark = pytest.mark.django_db

# URL name -> extra kwargs besides the slug and the report id(s)
TARGETS: dict[str, dict[str, Any]] = {
    "reports:submitted_detail": {},
    "reports:submitted_download": {"fmt": "pdf"},
    "reports:compare": {"other_pk": None},
}
ISOLATED_URLS: set[str] = set(TARGETS)


@pytest.fixture
def reports(partnership: Any, other_partnership: Any) -> dict[str, SubmittedReport]:
    with scopes_disabled():
        kingston = submit_report(partnership=other_partnership, fiscal_year=2011, submitted_by=None)
    with scope(partnership=[partnership.pk]):
        ottawa = submit_report(partnership=partnership, fiscal_year=2011, submitted_by=None)
    return {"kingston": kingston, "ottawa": ottawa}


def _snapshot() -> list[tuple[Any, ...]]:
    with scopes_disabled():
        return list(SubmittedReport.objects.order_by("pk").values_list("pk", "number", "data"))


def _kwargs(name: str, slug: str, reports: dict[str, SubmittedReport]) -> list[dict[str, Any]]:
    extra = TARGETS[name]
    kingston, ottawa = reports["kingston"].pk, reports["ottawa"].pk
    if "other_pk" in extra:
        # Kingston's id in either place, beside an Ottawa id or alone
        return [
            {"slug": slug, "pk": kingston, "other_pk": ottawa},
            {"slug": slug, "pk": ottawa, "other_pk": kingston},
            {"slug": slug, "pk": kingston, "other_pk": kingston},
        ]
    return [{"slug": slug, "pk": kingston, **extra}]


@pytest.mark.parametrize("name", sorted(ISOLATED_URLS))
@pytest.mark.parametrize("slug", ["ottawa", "kingston"])
def test_another_partnerships_report_ids_answer_404(
    name: str, slug: str, coordinator_client: Any, reports: dict[str, SubmittedReport]
) -> None:
    before = _snapshot()
    for kwargs in _kwargs(name, slug, reports):
        url = reverse(name, kwargs=kwargs)
        assert coordinator_client.get(url).status_code == 404, url
        assert coordinator_client.post(url, {"note": "x"}).status_code in (404, 405), url
    assert _snapshot() == before


def test_the_coordinators_own_report_opens(
    coordinator_client: Any, reports: dict[str, SubmittedReport]
) -> None:
    """The 404s above come from isolation, not from broken pages."""
    pk = reports["ottawa"].pk
    assert (
        coordinator_client.get(
            reverse("reports:submitted_detail", kwargs={"slug": "ottawa", "pk": pk})
        ).status_code
        == 200
    )
    assert (
        coordinator_client.get(
            reverse("reports:compare", kwargs={"slug": "ottawa", "pk": pk, "other_pk": pk})
        ).status_code
        == 200
    )


def test_a_submitted_report_of_another_partnership_never_shows_in_the_list(
    coordinator_client: Any, reports: dict[str, SubmittedReport]
) -> None:
    content = coordinator_client.get("/en/p/ottawa/reports/").content.decode()
    kingston = reverse(
        "reports:submitted_detail", kwargs={"slug": "ottawa", "pk": reports["kingston"].pk}
    )
    assert kingston not in content
