"""The action plan pages: who may read and write, forms that explain bad input, the
follow-up-to-activity step, lens answers and coverage."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.actions.models import ActionPlan, Activity, Indicator, LensAnswer, Measurement
from liphub.actions.tests.factories import (
    ActivityFactory,
    IndicatorFactory,
    LensFactory,
    LensQuestionFactory,
    MeasurementFactory,
)
from liphub.meetings.tests.factories import FollowUpFactory, MeetingFactory, PersonFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(setup):
    with scopes_disabled():
        activity = ActivityFactory(
            plan=setup.plan,
            title_en="Equity Project",
            title_fr="Projet équité",
            goal=setup.goals["health"],
            lead_organization=setup.orgs["chc"],
        )
        indicator = IndicatorFactory(
            activity=activity, name_en="Clinicians trained", target=40, unit="people"
        )
        MeasurementFactory(indicator=indicator, date=dt.date(2011, 10, 1), value=12)
        MeasurementFactory(indicator=indicator, date=dt.date(2012, 1, 1), value=30)
        return activity


def url(name, *args):
    return reverse(name, args=["ottawa", *args])


# --- Reading ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["coordinator", "member", "viewer", "analyst", "site_admin"])
def test_every_role_reads_plans_activities_and_the_dashboard(
    client, request, setup, activity, role
):
    client.force_login(request.getfixturevalue(role))
    for page in (
        url("actions:plan_list"),
        url("actions:plan_detail", setup.plan.pk),
        url("actions:activity_detail", activity.pk),
        url("actions:dashboard"),
    ):
        response = client.get(page)
        assert response.status_code == 200, page
    assert "Equity Project" in response.text


def test_the_plan_page_groups_activities_by_priority_area_and_goal(
    coordinator_client, setup, activity
):
    response = coordinator_client.get(url("actions:plan_detail", setup.plan.pk))
    text = response.text.split("Activities by priority area and goal")[1]
    assert text.index("Health and wellbeing") < text.index("Newcomers reach health services")
    assert text.index("Newcomers reach health services") < text.index("Equity Project")
    assert '<span class="flag">No end date</span>' in text  # its quality flag


def test_the_activity_page_shows_indicators_measurements_and_a_sparkline(
    coordinator_client, activity
):
    response = coordinator_client.get(url("actions:activity_detail", activity.pk))
    assert response.status_code == 200
    text = response.text
    assert "Clinicians trained" in text
    assert '<svg class="sparkline" role="img"' in text
    assert "Measurements of Clinicians trained over time, target 40.00" in text
    assert "30.00" in text and "12.00" in text


def test_the_activity_page_includes_the_progress_panel_when_it_exists(
    coordinator_client, activity, settings, tmp_path
):
    panel = tmp_path / "progress" / "_activity_panel.html"
    panel.parent.mkdir()
    panel.write_text("PANEL {{ activity.pk }} {{ partnership.slug }}")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    response = coordinator_client.get(url("actions:activity_detail", activity.pk))
    assert response.context["progress_panel"] is True
    assert f"PANEL {activity.pk} ottawa" in response.text


def test_a_viewer_sees_no_edit_links(client, viewer, activity):
    client.force_login(viewer)
    response = client.get(url("actions:activity_detail", activity.pk))
    assert "Edit the activity" not in response.text
    assert "Add a measurement" not in response.text


# --- Writing: roles ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["member", "viewer", "analyst"])
def test_only_coordinators_write(client, request, setup, activity, role):
    client.force_login(request.getfixturevalue(role))
    with scopes_disabled():
        indicator = activity.indicators.get()
        measurement = indicator.measurements.first()
        before = (Activity.objects.count(), Indicator.objects.count(), Measurement.objects.count())
    for page in (
        url("actions:plan_create"),
        url("actions:plan_edit", setup.plan.pk),
        url("actions:plan_import", setup.plan.pk),
        url("actions:activity_create", setup.plan.pk),
        url("actions:activity_edit", activity.pk),
        url("actions:activity_delete", activity.pk),
        url("actions:indicator_create", activity.pk),
        url("actions:indicator_edit", indicator.pk),
        url("actions:indicator_delete", indicator.pk),
        url("actions:measurement_create", indicator.pk),
        url("actions:measurement_edit", measurement.pk),
        url("actions:measurement_delete", measurement.pk),
    ):
        assert client.get(page).status_code == 403, page
        assert client.post(page, {"title_en": "x"}).status_code == 403, page
    with scopes_disabled():
        after = (Activity.objects.count(), Indicator.objects.count(), Measurement.objects.count())
    assert after == before


def test_a_stranger_gets_404(client, other_coordinator, setup):
    client.force_login(other_coordinator)
    assert client.get(url("actions:plan_list")).status_code == 404
    assert client.get(url("actions:dashboard")).status_code == 404


# --- Writing: forms ---------------------------------------------------------------------------


def test_coordinator_creates_a_plan(coordinator_client, setup):
    response = coordinator_client.post(
        url("actions:plan_create"),
        {
            "fiscal_year": "2012-13",
            "strategy": setup.strategy.pk,
            "title_en": "Year two",
            "title_fr": "Deuxième année",
            "stale_after_days": 60,
        },
    )
    with scopes_disabled():
        plan = ActionPlan.objects.get(fiscal_year=2012)
    assert response.status_code == 302
    assert response["Location"] == url("actions:plan_detail", plan.pk)
    assert plan.stale_after_days == 60


def test_a_bad_fiscal_year_and_a_duplicate_year_show_field_errors(coordinator_client, setup):
    response = coordinator_client.post(
        url("actions:plan_create"), {"fiscal_year": "2012-14", "stale_after_days": 90}
    )
    assert response.status_code == 400
    assert "Write the fiscal year like 2011-12" in response.text
    response = coordinator_client.post(
        url("actions:plan_create"), {"fiscal_year": "2011-12", "stale_after_days": 90}
    )
    assert response.status_code == 400
    assert "There is already an action plan for 2011-12." in response.text


def test_coordinator_creates_an_activity(coordinator_client, setup):
    response = coordinator_client.post(
        url("actions:activity_create", setup.plan.pk),
        {
            "title_en": "Microloan program",
            "title_fr": "Programme de microprêts",
            "goal": setup.goals["jobs"].pk,
            "lead_organization": setup.orgs["ociso"].pk,
            "supporting_organizations": [setup.orgs["city"].pk, setup.orgs["chc"].pk],
            "start_date": "2011-05-01",
            "end_date": "2012-03-31",
            "status": "in_progress",
            "budget": "25000",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        activity = Activity.objects.get(title_en="Microloan program")
        assert set(activity.supporting_organizations.all()) == {
            setup.orgs["city"],
            setup.orgs["chc"],
        }
    assert response["Location"] == url("actions:activity_detail", activity.pk)


def test_bad_activity_input_shows_field_errors(coordinator_client, setup):
    response = coordinator_client.post(
        url("actions:activity_create", setup.plan.pk),
        {
            "title_en": "",
            "start_date": "2012-03-01",
            "end_date": "2012-01-01",
            "status": "unknown",
            "budget": "a lot",
        },
    )
    assert response.status_code == 400
    form = response.context["form"]
    assert set(form.errors) >= {"title_en", "end_date", "status", "budget"}
    assert 'role="alert"' in response.text


def test_the_supporting_partners_are_checkboxes_of_this_partnership(coordinator_client, setup):
    response = coordinator_client.get(url("actions:activity_create", setup.plan.pk))
    assert 'type="checkbox" name="supporting_organizations"' in response.text
    assert "Somerset West Community Health Centre" in response.text


def test_a_stale_activity_edit_shows_a_clear_error(coordinator_client, activity):
    data = {"title_en": "Mine", "status": "planned", "version": 1}
    with scopes_disabled():
        Activity.objects.filter(pk=activity.pk).update(version=2, title_en="Theirs")
    response = coordinator_client.post(url("actions:activity_edit", activity.pk), data)
    assert response.status_code == 400
    assert "Someone else changed this record" in response.text
    with scopes_disabled():
        assert Activity.objects.get(pk=activity.pk).title_en == "Theirs"


def test_coordinator_adds_edits_and_deletes_indicators_and_measurements(
    coordinator_client, activity
):
    response = coordinator_client.post(
        url("actions:indicator_create", activity.pk),
        {"kind": "better_off", "name_en": "Patients with a family doctor", "target": "200"},
    )
    assert response.status_code == 302
    with scopes_disabled():
        indicator = Indicator.objects.get(name_en="Patients with a family doctor")
    response = coordinator_client.post(
        url("actions:measurement_create", indicator.pk),
        {"date": "2011-12-31", "value": "85", "source": "Clinic register"},
    )
    assert response.status_code == 302
    with scopes_disabled():
        measurement = indicator.measurements.get()
    response = coordinator_client.post(
        url("actions:measurement_edit", measurement.pk),
        {"date": "2011-12-31", "value": "90", "version": measurement.version},
    )
    assert response.status_code == 302
    response = coordinator_client.post(
        url("actions:indicator_edit", indicator.pk),
        {"kind": "better_off", "name_en": "Patients with a doctor", "version": 1},
    )
    assert response.status_code == 302
    with scopes_disabled():
        measurement.refresh_from_db()
        indicator.refresh_from_db()
        assert (measurement.value, indicator.name_en) == (90, "Patients with a doctor")
    assert (
        coordinator_client.post(url("actions:measurement_delete", measurement.pk)).status_code
        == 302
    )
    assert coordinator_client.post(url("actions:indicator_delete", indicator.pk)).status_code == 302
    with scopes_disabled():
        assert not Indicator.objects.filter(pk=indicator.pk).exists()


def test_bad_measurement_input_shows_field_errors(coordinator_client, activity):
    with scopes_disabled():
        indicator = activity.indicators.get()
    response = coordinator_client.post(
        url("actions:measurement_create", indicator.pk), {"date": "yesterday", "value": "many"}
    )
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"date", "value"}


def test_coordinator_deletes_an_activity(coordinator_client, setup, activity):
    response = coordinator_client.post(url("actions:activity_delete", activity.pk))
    assert response["Location"] == url("actions:plan_detail", setup.plan.pk)
    with scopes_disabled():
        assert not Activity.objects.filter(pk=activity.pk).exists()


# --- Lenses -----------------------------------------------------------------------------------


@pytest.fixture
def lens(partnership):
    with scopes_disabled():
        lens = LensFactory(partnership=partnership, code="francophone")
        LensQuestionFactory(lens=lens, text_en="Are services offered in French?")
        LensQuestionFactory(lens=lens, text_en="Are Francophone partners at the table?")
        return lens


def test_coordinator_answers_a_lens_and_sees_the_coverage(
    coordinator_client, setup, activity, lens
):
    with scopes_disabled():
        q1, q2 = lens.questions.all()
        ActivityFactory(plan=setup.plan, title_en="Unanswered")
    page = url("actions:activity_lens", activity.pk, lens.pk)
    form = coordinator_client.get(page)
    assert "Are services offered in French?" in form.text
    response = coordinator_client.post(
        page,
        {f"answer_{q1.pk}": "yes", f"note_{q1.pk}": "Bilingual staff", f"answer_{q2.pk}": "no"},
    )
    assert response.status_code == 302
    with scopes_disabled():
        assert LensAnswer.objects.count() == 2
    coverage = coordinator_client.get(url("actions:plan_detail", setup.plan.pk)).context["coverage"]
    row = coverage[0]
    assert (row.full, row.partial, row.none, row.yes_percent) == (1, 0, 1, 50)


def test_a_bad_lens_answer_shows_a_field_error(coordinator_client, activity, lens):
    with scopes_disabled():
        q1 = lens.questions.first()
    response = coordinator_client.post(
        url("actions:activity_lens", activity.pk, lens.pk), {f"answer_{q1.pk}": "maybe"}
    )
    assert response.status_code == 400
    assert f"answer_{q1.pk}" in response.context["form"].errors


# --- Follow-up items ---------------------------------------------------------------------------


@pytest.fixture
def follow_up(partnership, setup):
    with scopes_disabled():
        return FollowUpFactory(
            meeting=MeetingFactory(partnership=partnership, title_en="Council, January"),
            description_en="Hold a civic training on the housing system",
            owner=PersonFactory(partnership=partnership, organization=setup.orgs["city"]),
            due_date=dt.date(2012, 3, 1),
        )


def test_the_meeting_page_offers_to_make_a_follow_up_an_activity_once(
    coordinator_client, setup, follow_up
):
    meeting = url("meetings:meeting_detail", follow_up.meeting_id)
    button = url("actions:activity_from_follow_up", follow_up.pk)
    assert button in coordinator_client.get(meeting).text
    chooser = coordinator_client.post(button)
    assert chooser.status_code == 200
    assert chooser.context["form"]["plan"].value() == setup.plan.pk
    response = coordinator_client.post(button, {"plan": setup.plan.pk})
    with scopes_disabled():
        activity = Activity.objects.get(source_follow_up=follow_up)
    assert response["Location"] == url("actions:activity_detail", activity.pk)
    assert activity.lead_organization == setup.orgs["city"]
    assert activity.end_date == dt.date(2012, 3, 1)
    detail = coordinator_client.get(response["Location"])
    assert meeting in detail.text
    assert button not in coordinator_client.get(meeting).text
    again = coordinator_client.post(button, {"plan": setup.plan.pk})
    assert again.status_code == 400
    with scopes_disabled():
        assert Activity.objects.filter(source_follow_up=follow_up).count() == 1


def test_members_cannot_make_a_follow_up_an_activity(client, member, follow_up):
    client.force_login(member)
    button = url("actions:activity_from_follow_up", follow_up.pk)
    assert button not in client.get(url("meetings:meeting_detail", follow_up.meeting_id)).text
    assert client.post(button, {"plan": 1}).status_code == 403


def test_the_plan_page_reads_in_french(coordinator_client, setup, activity):
    response = coordinator_client.get(
        reverse("actions:plan_detail", args=["ottawa", setup.plan.pk]).replace("/en/", "/fr/")
    )
    assert response.status_code == 200
    assert "Vérifications de la qualité du plan" in response.text
    assert "Projet équité" in response.text
    assert "Santé et bien-être" in response.text
