"""Submitting freezes the report: a submitted version never changes; versions compare."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scope, scopes_disabled
from openpyxl import load_workbook

from liphub.reports.models import SubmittedReport
from liphub.reports.services import submit_report
from liphub.reports.tests.annual_data import YEAR, Year

pytestmark = pytest.mark.django_db

SUBMIT = "/en/p/ottawa/reports/2011-12/submit/"


def _submit(year: Year, user: Any, note: str = "") -> SubmittedReport:
    with scope(partnership=[year.partnership.pk]):
        return submit_report(
            partnership=year.partnership, fiscal_year=YEAR, submitted_by=user, note=note
        )


def _versions() -> list[SubmittedReport]:
    with scopes_disabled():
        return list(SubmittedReport.objects.order_by("number"))


def test_a_coordinator_submits_a_report_and_versions_count_up(
    coordinator_client: Any, coordinator: Any, ottawa_year: Year
) -> None:
    response = coordinator_client.post(SUBMIT, {"note": "For the funder"})
    first = _versions()[0]
    assert response.status_code == 302
    assert response["Location"].endswith(f"/reports/versions/{first.pk}/")
    coordinator_client.post(SUBMIT, {"note": ""})
    versions = _versions()
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].note == "For the funder"
    assert versions[0].submitted_by == coordinator
    assert versions[0].data["contributions"]["cash"] == "15000.00"


def test_the_submit_page_shows_a_form_and_rejects_a_note_too_long(
    coordinator_client: Any, ottawa_year: Year
) -> None:
    assert coordinator_client.get(SUBMIT).status_code == 200
    response = coordinator_client.post(SUBMIT, {"note": "x" * 2001})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert _versions() == []


@pytest.mark.parametrize("role", ["member", "viewer", "analyst"])
def test_only_coordinators_submit(role: str, request: Any, client: Any, ottawa_year: Year) -> None:
    client.force_login(request.getfixturevalue(role))
    assert client.post(SUBMIT, {"note": ""}).status_code == 403
    assert client.get(SUBMIT).status_code == 403
    assert _versions() == []


def test_a_submitted_version_never_changes_when_the_data_do(
    coordinator_client: Any, coordinator: Any, ottawa_year: Year
) -> None:
    submitted = _submit(ottawa_year, coordinator)
    detail = reverse("reports:submitted_detail", args=["ottawa", submitted.pk])
    xlsx = reverse("reports:submitted_download", args=["ottawa", submitted.pk, "xlsx"])
    before_page = coordinator_client.get(detail).content.decode()
    before_xlsx = load_workbook(io.BytesIO(coordinator_client.get(xlsx).content))
    with scopes_disabled():
        fair = ottawa_year.activities["fair"]
        fair.status = "completed"
        fair.save()
        city = ottawa_year.contributions["city"]
        city.amount = Decimal("12345.67")
        city.save()

    after_page = coordinator_client.get(detail).content.decode()
    after_xlsx = load_workbook(io.BytesIO(coordinator_client.get(xlsx).content))
    assert "10,000.00" in after_page and "12,345.67" not in after_page
    assert _main(after_page) == _main(before_page)
    for sheet in before_xlsx.sheetnames:
        assert list(before_xlsx[sheet].values) == list(after_xlsx[sheet].values)
    area = after_xlsx["Activities by area"]
    rows = {row[0]: row[1:] for row in area.iter_rows(min_row=3, values_only=True)}
    assert rows["Economic integration"][2] == 2  # completed, as submitted

    live = coordinator_client.get("/en/p/ottawa/reports/2011-12/").content.decode()
    assert "12,345.67" in live
    live_xlsx = load_workbook(
        io.BytesIO(coordinator_client.get("/en/p/ottawa/reports/2011-12/download/xlsx/").content)
    )
    rows = {
        row[0]: row[1:]
        for row in live_xlsx["Activities by area"].iter_rows(min_row=3, values_only=True)
    }
    assert rows["Economic integration"][2] == 3


def _main(page: str) -> str:
    """The report part of a page (the messages and nav around it may differ)."""
    return page[page.index("<h1>") : page.index("</main>")]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_a_submitted_version_downloads_in_every_format(
    fmt: str, coordinator_client: Any, coordinator: Any, ottawa_year: Year
) -> None:
    submitted = _submit(ottawa_year, coordinator)
    url = reverse("reports:submitted_download", args=["ottawa", submitted.pk, fmt])
    response = coordinator_client.get(url)
    assert response.status_code == 200
    assert f"-2011-12-v1.{fmt}" in response["Content-Disposition"]


def test_an_unknown_format_of_a_version_answers_404(
    coordinator_client: Any, coordinator: Any, ottawa_year: Year
) -> None:
    submitted = _submit(ottawa_year, coordinator)
    url = reverse("reports:submitted_download", args=["ottawa", submitted.pk, "exe"])
    assert coordinator_client.get(url).status_code == 404


def test_an_unknown_version_id_answers_404(coordinator_client: Any, ottawa_year: Year) -> None:
    assert coordinator_client.get("/en/p/ottawa/reports/versions/999999/").status_code == 404
    url = "/en/p/ottawa/reports/versions/999999/compare/999998/"
    assert coordinator_client.get(url).status_code == 404


def test_analysts_of_the_network_read_submitted_versions(
    client: Any, analyst: Any, coordinator: Any, ottawa_year: Year
) -> None:
    submitted = _submit(ottawa_year, coordinator)
    client.force_login(analyst)
    detail = reverse("reports:submitted_detail", args=["ottawa", submitted.pk])
    response = client.get(detail)
    assert response.status_code == 200
    assert "Submitted version 1" in response.content.decode()
    listing = client.get("/en/p/ottawa/reports/").content.decode()
    assert detail in listing


def test_comparing_two_versions_lists_the_figures_that_differ(
    coordinator_client: Any, coordinator: Any, ottawa_year: Year
) -> None:
    first = _submit(ottawa_year, coordinator)
    with scopes_disabled():
        city = ottawa_year.contributions["city"]
        city.amount = Decimal("12000")
        city.save()
        fair = ottawa_year.activities["fair"]
        fair.status = "completed"
        fair.save()
    second = _submit(ottawa_year, coordinator)
    detail = coordinator_client.get(
        reverse("reports:submitted_detail", args=["ottawa", second.pk])
    ).content.decode()
    compare = reverse("reports:compare", args=["ottawa", first.pk, second.pk])
    assert compare in detail
    response = coordinator_client.get(compare)
    assert response.status_code == 200
    changes = {(c.table, c.row, c.column): (c.old, c.new) for c in response.context["changes"]}
    assert changes[("Contributions leveraged during the year", "All sources", "Cash (CAD)")] == (
        "15,000.00",
        "17,000.00",
    )
    assert changes[
        (
            "Activities of the action plan by priority area and status",
            "Economic integration",
            "Completed",
        )
    ] == ("2", "3")
    assert changes[("Activities of the action plan", "Activity fair", "Status")] == (
        "Planned",
        "Completed",
    )
    # the order of the ids does not matter: old is always the lower version
    reverse_compare = reverse("reports:compare", args=["ottawa", second.pk, first.pk])
    assert coordinator_client.get(reverse_compare).context["changes"] == response.context["changes"]


def test_comparing_a_version_with_itself_shows_no_difference(
    coordinator_client: Any, coordinator: Any, ottawa_year: Year
) -> None:
    first = _submit(ottawa_year, coordinator)
    response = coordinator_client.get(
        reverse("reports:compare", args=["ottawa", first.pk, first.pk])
    )
    assert response.status_code == 200
    assert response.context["changes"] == []
    assert "The two versions hold the same figures." in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "versions/99999999999999999999999/",
        "versions/99999999999999999999999/download/pdf/",
        "versions/1/compare/99999999999999999999999/",
        "versions/-1/",
        "versions/abc/",
    ],
)
def test_bad_version_ids_answer_404_never_500(
    coordinator_client: Any, coordinator: Any, ottawa_year: Year, path: str
) -> None:
    _submit(ottawa_year, coordinator)
    assert coordinator_client.get(f"/en/p/ottawa/reports/{path}").status_code == 404
