"""XLSX import and export of an action plan: round trip, atomic import with every bad row
listed, a clear error for a file that is not a workbook, the template, the commands."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from liphub.actions import xlsx
from liphub.actions.models import ActionPlan, Activity, Indicator, Measurement
from liphub.actions.tests.factories import (
    ActivityFactory,
    IndicatorFactory,
    MeasurementFactory,
    PlanFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _unscoped():
    with scopes_disabled():
        yield


@pytest.fixture
def filled(setup):
    activity = ActivityFactory(
        plan=setup.plan,
        title_en="Refugee health clinic",
        title_fr="Clinique de santé des réfugiés",
        description_en="A clinic **for** newly arrived refugees.",
        goal=setup.goals["health"],
        lead_organization=setup.orgs["chc"],
        start_date=dt.date(2011, 4, 1),
        end_date=dt.date(2012, 3, 31),
        status="in_progress",
        budget="12500.50",
    )
    activity.supporting_organizations.set([setup.orgs["city"], setup.orgs["ociso"]])
    ActivityFactory(plan=setup.plan, title_en="Youth Futures", status="planned")
    indicator = IndicatorFactory(
        activity=activity,
        kind="how_well",
        name_en="Patients seen within a week",
        unit="%",
        baseline=20,
        target="75.5",
        target_date=dt.date(2012, 3, 31),
    )
    MeasurementFactory(indicator=indicator, date=dt.date(2011, 9, 30), value=40, source="Log")
    MeasurementFactory(indicator=indicator, date=dt.date(2011, 12, 31), value="55.25", note="Q3")
    return setup


def snapshot():
    return (
        list(Activity.objects.order_by("id").values()),
        sorted(
            Activity.supporting_organizations.through.objects.values_list(
                "activity_id", "organization_id"
            )
        ),
        list(Indicator.objects.order_by("id").values()),
        list(Measurement.objects.order_by("id").values()),
    )


def workbook_bytes(workbook):
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_the_export_has_every_sheet_and_row(filled):
    workbook = load_workbook(io.BytesIO(xlsx.export_plan(plan=filled.plan)))
    assert workbook.sheetnames == ["README", "Activities", "Indicators", "Measurements"]
    activities = list(workbook["Activities"].iter_rows(values_only=True))
    assert activities[0] == tuple(xlsx.ACTIVITY_COLUMNS)
    clinic = dict(zip(xlsx.ACTIVITY_COLUMNS, activities[1], strict=True))
    assert clinic["goal"] == "Newcomers reach health services"
    assert clinic["priority_area"] == "Health and wellbeing"
    assert (
        clinic["supporting_partners"]
        == "City of Ottawa; Ottawa Community Immigrant Services Organization"
    )
    assert clinic["budget"] == 12500.5
    assert len(list(workbook["Measurements"].iter_rows(min_row=2))) == 2


def test_a_round_trip_export_then_import_changes_nothing(filled):
    before = snapshot()
    summary = xlsx.import_plan(plan=filled.plan, content=xlsx.export_plan(plan=filled.plan))
    assert snapshot() == before
    assert dict(summary.unchanged) == {"Activities": 2, "Indicators": 1, "Measurements": 2}
    assert not any(summary.created.values()) and not any(summary.updated.values())


def test_an_import_updates_rows_with_an_id_and_creates_rows_without(filled):
    workbook = load_workbook(io.BytesIO(xlsx.export_plan(plan=filled.plan)))
    activities = workbook["Activities"]
    status_col = xlsx.ACTIVITY_COLUMNS.index("status") + 1
    activities.cell(row=2, column=status_col, value="Completed")  # a label works too
    activities.append(
        [
            None,
            "Francophone Lens",
            "Lentille francophone",
            "",
            "",
            "",
            "Newcomers find jobs that match their skills",
            "city of ottawa",
            "Somerset West Community Health Centre",
            "2011-06-01",
            dt.date(2011, 12, 1),
            "planned",
            "1 000",
        ]
    )
    workbook["Indicators"].append(
        [None, "Francophone Lens", "how_much", "Partners trained", "", "partners", 0, 10, None]
    )
    workbook["Measurements"].append(
        [None, "Francophone Lens", "Partners trained", dt.date(2011, 11, 1), 4, "", ""]
    )
    summary = xlsx.import_plan(plan=filled.plan, content=workbook_bytes(workbook))
    assert (summary.created["Activities"], summary.updated["Activities"]) == (1, 1)
    assert Activity.objects.get(title_en="Refugee health clinic").status == "completed"
    lens = Activity.objects.get(title_en="Francophone Lens")
    assert lens.goal == filled.goals["jobs"]
    assert lens.lead_organization == filled.orgs["city"]
    assert list(lens.supporting_organizations.all()) == [filled.orgs["chc"]]
    assert lens.budget == 1000
    assert lens.indicators.get().measurements.get().value == 4


def test_three_bad_rows_are_all_listed_and_nothing_changes(filled):
    workbook = load_workbook(io.BytesIO(xlsx.export_plan(plan=filled.plan)))
    activities = workbook["Activities"]
    activities.append(
        [None, "Good new row", "", "", "", "", "", "", "", None, None, "planned", None]
    )
    activities.append(
        [None, "Bad goal", "", "", "", "", "No such goal", "", "", None, None, "planned", None]
    )
    activities.append(
        [None, "Backwards", "", "", "", "", "", "", "", "2011-09-01", "2011-08-01", "planned", None]
    )
    workbook["Indicators"].append(
        [None, "Good new row", "how_much", "Count", "", "", None, "lots", None]
    )
    before = snapshot()
    with pytest.raises(xlsx.PlanImportError) as caught:
        xlsx.import_plan(plan=filled.plan, content=workbook_bytes(workbook))
    errors = caught.value.errors
    assert [(e.sheet, e.row, e.column) for e in errors] == [
        ("Activities", 5, "goal"),
        ("Activities", 6, "end_date"),
        ("Indicators", 3, "target"),
    ]
    assert "No such goal" in errors[0].message
    assert "not a number" in errors[2].message
    assert snapshot() == before


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("lead_organization", "Nobody Inc.", "Unknown organization"),
        ("start_date", "31/02/2011", "is not a date"),
        ("status", "finished", "Unknown status"),
        ("budget", "twelve", "is not a number"),
        ("id", "abc", "whole number"),
    ],
)
def test_each_kind_of_bad_cell_is_explained(filled, column, value, message):
    workbook = load_workbook(io.BytesIO(xlsx.export_plan(plan=filled.plan)))
    workbook["Activities"].cell(row=2, column=xlsx.ACTIVITY_COLUMNS.index(column) + 1, value=value)
    with pytest.raises(xlsx.PlanImportError) as caught:
        xlsx.import_plan(plan=filled.plan, content=workbook_bytes(workbook))
    [error] = caught.value.errors
    assert (error.sheet, error.row, error.column) == ("Activities", 2, column)
    assert message in error.message


def test_ids_of_another_plan_or_partnership_are_errors(filled, other_partnership):
    other_plan = PlanFactory(partnership=filled.plan.partnership, fiscal_year=2012)
    elsewhere = ActivityFactory(plan=other_plan, title_en="Next year")
    foreign = ActivityFactory(plan=PlanFactory(partnership=other_partnership), title_en="Kingston")
    workbook = load_workbook(io.BytesIO(xlsx.export_plan(plan=filled.plan)))
    workbook["Activities"].append(
        [elsewhere.pk, "Moved", "", "", "", "", "", "", "", None, None, "planned", None]
    )
    workbook["Activities"].append(
        [foreign.pk, "Stolen", "", "", "", "", "", "", "", None, None, "planned", None]
    )
    before = snapshot()
    with pytest.raises(xlsx.PlanImportError) as caught:
        xlsx.import_plan(plan=filled.plan, content=workbook_bytes(workbook))
    assert [(e.row, e.column) for e in caught.value.errors] == [(4, "id"), (5, "id")]
    assert snapshot() == before


def test_a_file_that_is_not_xlsx_gives_a_clear_error(filled):
    with pytest.raises(xlsx.PlanImportError) as caught:
        xlsx.import_plan(plan=filled.plan, content=b"title,status\nA,planned\n")
    assert "not an XLSX workbook" in str(caught.value.errors[0])


def test_the_template_has_lists_of_values_and_an_example_row_that_imports_nothing(setup):
    content = xlsx.plan_template(partnership=setup.plan.partnership)
    workbook = load_workbook(io.BytesIO(content))
    activities = workbook["Activities"]
    assert [c.value for c in activities[1]] == xlsx.ACTIVITY_COLUMNS
    assert activities.cell(row=2, column=1).value == "example"
    formulas = [rule.formula1 for rule in activities.data_validations.dataValidation]
    assert '"planned,in_progress,completed,delayed,cancelled"' in formulas
    kinds = [rule.formula1 for rule in workbook["Indicators"].data_validations.dataValidation]
    assert '"how_much,how_well,better_off"' in kinds
    summary = xlsx.import_plan(plan=setup.plan, content=content)
    assert not any(summary.created.values())
    assert not Activity.objects.exists()


# --- Through the web and the command line ------------------------------------------------------


def test_the_import_page_lists_the_bad_rows(coordinator_client, filled):
    workbook = load_workbook(io.BytesIO(xlsx.export_plan(plan=filled.plan)))
    workbook["Activities"].append(
        [None, "Bad", "", "", "", "", "", "", "", None, None, "someday", None]
    )
    upload = SimpleUploadedFile("plan.xlsx", workbook_bytes(workbook))
    page = reverse("actions:plan_import", args=["ottawa", filled.plan.pk])
    response = coordinator_client.post(page, {"file": upload})
    assert response.status_code == 400
    assert "Nothing was imported" in response.text
    assert "Unknown status" in response.text
    not_xlsx = coordinator_client.post(page, {"file": SimpleUploadedFile("plan.csv", b"a,b")})
    assert not_xlsx.status_code == 400
    assert "not an XLSX workbook" in not_xlsx.text


def test_the_export_and_template_download(coordinator_client, filled):
    export = coordinator_client.get(reverse("actions:plan_export", args=["ottawa", filled.plan.pk]))
    assert export.status_code == 200
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "action-plan-ottawa-2011-12.xlsx" in export["Content-Disposition"]
    template = coordinator_client.get(reverse("actions:plan_template", args=["ottawa"]))
    assert load_workbook(io.BytesIO(template.content)).sheetnames[0] == "README"


def test_the_commands_export_and_import_the_same_plan(filled, tmp_path):
    path = tmp_path / "plan.xlsx"
    call_command("export_plan", partnership="ottawa", year="2011-12", output=str(path))
    before = snapshot()
    call_command("import_plan", str(path), partnership="ottawa", year="2011-12")
    assert snapshot() == before
    with pytest.raises(CommandError, match="Nothing was imported: 2 problem"):
        # the ids belong to the 2011-12 plan: errors, and the new plan is rolled back too
        call_command("import_plan", str(path), partnership="ottawa", year="2013-14")
    assert not ActionPlan.objects.filter(fiscal_year=2013).exists()


def test_the_import_command_rolls_back_a_new_plan_when_rows_are_bad(filled, tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"not a workbook")
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_plan", str(path), partnership="ottawa", year="2014-15")
    assert not ActionPlan.objects.filter(fiscal_year=2014).exists()
