"""The contribution pages: who may see and record them, bad input as field errors, the
totals page and its CSV and XLSX exports."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from liphub.progress.tests.factories import ActivityFactory
from liphub.resources.models import Contribution

pytestmark = pytest.mark.django_db

ROLES = ["coordinator", "member", "viewer", "analyst"]


def url(name, *args):
    return reverse(name, args=["ottawa", *args])


@pytest.mark.parametrize(
    ("role", "read", "write"),
    [
        ("coordinator", 200, 200),
        ("member", 200, 403),
        ("viewer", 200, 403),
        ("analyst", 200, 403),
        ("other_coordinator", 404, 404),
    ],
)
def test_permission_matrix_of_the_contribution_pages(client, request, funds, role, read, write):
    client.force_login(request.getfixturevalue(role))
    pk = funds.contributions["a_cash"].pk
    assert client.get(url("resources:contribution_list")).status_code == read
    assert client.get(url("resources:contribution_create")).status_code == write
    assert client.get(url("resources:contribution_edit", pk)).status_code == write
    assert client.get(url("resources:contribution_delete", pk)).status_code == write
    if write != 200:
        assert client.post(url("resources:contribution_delete", pk)).status_code == write
        with scopes_disabled():
            assert Contribution.objects.filter(pk=pk).exists()


def valid(**overrides):
    data = {
        "source_name": "United Way",
        "kind": "cash",
        "amount": "2500.00",
        "fiscal_year": "2011",
        "purpose": "lip_process",
        "description": "Forum sponsorship",
    }
    data.update(overrides)
    return data


def test_a_coordinator_records_a_contribution_for_an_activity(
    coordinator_client, partnership, funds
):
    with scopes_disabled():
        activity = ActivityFactory(partnership=partnership, title_en="Job fair")
    response = coordinator_client.post(
        url("resources:contribution_create"),
        valid(
            source_name="",
            source_organization=funds.orgs["B"].pk,
            kind="in_kind",
            purpose="activity",
            activity=activity.pk,
        ),
    )
    assert response.status_code == 302
    with scopes_disabled():
        contribution = Contribution.objects.get(description="Forum sponsorship")
    assert contribution.activity == activity
    assert contribution.source_organization == funds.orgs["B"]
    assert contribution.amount == Decimal("2500.00") and contribution.fiscal_year == 2011


@pytest.mark.parametrize(
    ("overrides", "fields"),
    [
        ({"source_name": ""}, {"source_organization", "source_name"}),
        ({"amount": "-5"}, {"amount"}),
        ({"amount": "lots"}, {"amount"}),
        ({"fiscal_year": "1999"}, {"fiscal_year"}),
        ({"kind": "bitcoin"}, {"kind"}),
        ({"purpose": "activity"}, {"activity"}),
    ],
)
def test_bad_input_shows_field_errors_and_records_nothing(
    coordinator_client, funds, overrides, fields
):
    response = coordinator_client.post(url("resources:contribution_create"), valid(**overrides))
    assert response.status_code == 400
    assert fields <= set(response.context["form"].errors)
    assert 'role="alert"' in response.text
    with scopes_disabled():
        assert Contribution.objects.count() == 5


def test_both_an_organization_and_a_typed_source_is_refused(coordinator_client, funds):
    response = coordinator_client.post(
        url("resources:contribution_create"), valid(source_organization=funds.orgs["A"].pk)
    )
    assert response.status_code == 400
    assert "source_name" in response.context["form"].errors


def test_an_activity_of_another_partnership_is_refused(
    coordinator_client, other_partnership, funds
):
    with scopes_disabled():
        foreign = ActivityFactory(partnership=other_partnership)
    response = coordinator_client.post(
        url("resources:contribution_create"), valid(purpose="activity", activity=foreign.pk)
    )
    assert response.status_code == 400
    assert "activity" in response.context["form"].errors


def test_a_stale_edit_is_refused_and_a_fresh_one_saved(coordinator_client, funds):
    pk = funds.contributions["city"].pk
    edit = url("resources:contribution_edit", pk)
    data = valid(source_name="City of Ottawa", amount="12000", fiscal_year="2012", version=1)
    assert coordinator_client.post(edit, data).status_code == 302
    response = coordinator_client.post(edit, {**data, "amount": "1"})
    assert response.status_code == 400
    assert "Someone else changed this record" in response.text
    with scopes_disabled():
        assert Contribution.objects.get(pk=pk).amount == Decimal("12000")


def test_a_coordinator_deletes_a_contribution(coordinator_client, funds):
    pk = funds.contributions["city"].pk
    assert coordinator_client.post(url("resources:contribution_delete", pk)).status_code == 302
    with scopes_disabled():
        assert not Contribution.objects.filter(pk=pk).exists()


def test_the_page_shows_totals_tables_and_a_chart_with_text(client, viewer, funds):
    client.force_login(viewer)
    response = client.get(url("resources:contribution_list"))
    text = response.text
    assert "Total: 13,800.00 CAD" in text
    assert "Cash: 13,000.00 CAD" in text and "In-kind: 800.00 CAD" in text
    assert "10,300.00 CAD (cash 10,000.00, in-kind 300.00)" in text
    assert "No sector" in text
    assert "1 source counts in more than one sector" in text
    assert "<caption>Contributions by sector of the source: all fiscal years</caption>" in text


def test_the_page_filters_by_fiscal_year_and_type(coordinator_client, funds):
    response = coordinator_client.get(
        url("resources:contribution_list"), {"year": "2011", "kind": "in_kind"}
    )
    assert response.status_code == 200
    assert [c.pk for c in response.context["contributions"]] == [funds.contributions["a_kind"].pk]
    assert response.context["totals"].overall.total == Decimal("3500")
    bad = coordinator_client.get(url("resources:contribution_list"), {"year": "soon"})
    assert bad.status_code == 200
    assert "year" in bad.context["filters"].errors


def test_the_csv_export_holds_the_same_figures(coordinator_client, funds):
    response = coordinator_client.get(url("resources:contribution_list"), {"format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="contributions-ottawa.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert ["2011-12", "3000.00", "500.00", "3500.00", "3"] in rows
    assert ["No sector", "10000.00", "300.00", "10300.00", "2"] in rows
    assert ["City of Ottawa", "Cash", "10000.00", "2012-13", "The LIP process", "", ""] in rows


def test_the_xlsx_export_holds_numbers(coordinator_client, funds):
    response = coordinator_client.get(
        url("resources:contribution_list"), {"format": "xlsx", "year": "2011"}
    )
    assert 'filename="contributions-ottawa-2011-12.xlsx"' in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook["By type"]
    values = list(sheet.iter_rows(min_row=3, values_only=True))
    assert ("Cash", 3000, 0, 3000, 2) in values
    assert ("In-kind", 0, 500, 500, 1) in values
    assert workbook.sheetnames == [
        "By fiscal year",
        "By type",
        "By source",
        "By sector",
        "Contributions",
    ]


def test_the_page_is_translated_into_french(coordinator_client, funds):
    response = coordinator_client.get("/fr/p/ottawa/contributions/")
    assert response.status_code == 200
    assert "Aucun secteur" in response.text
