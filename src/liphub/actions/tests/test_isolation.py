"""Another partnership's plans, activities, indicators, measurements, lenses and follow-up
items answer 404 under every URL, and nothing changes."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.actions.models import ActionPlan, Activity, Indicator, LensAnswer, Measurement
from liphub.actions.tests.factories import (
    ActivityFactory,
    GoalFactory,
    IndicatorFactory,
    LensFactory,
    LensQuestionFactory,
    MeasurementFactory,
    PlanFactory,
    PriorityAreaFactory,
)
from liphub.meetings.tests.factories import FollowUpFactory, MeetingFactory

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {
    "actions:plan_detail",
    "actions:plan_edit",
    "actions:plan_export",
    "actions:plan_import",
    "actions:activity_create",
    "actions:activity_detail",
    "actions:activity_edit",
    "actions:activity_delete",
    "actions:activity_lens",
    "actions:indicator_create",
    "actions:indicator_edit",
    "actions:indicator_delete",
    "actions:measurement_create",
    "actions:measurement_edit",
    "actions:measurement_delete",
    "actions:activity_from_follow_up",
}


@pytest.fixture
def foreign(other_partnership):
    """Kingston's plan with everything hanging off it."""
    with scopes_disabled():
        plan = PlanFactory(partnership=other_partnership, fiscal_year=2011)
        activity = ActivityFactory(plan=plan, title_en="Kingston activity")
        indicator = IndicatorFactory(activity=activity)
        lens = LensFactory(partnership=other_partnership)
        question = LensQuestionFactory(lens=lens)
        return {
            "plan": plan,
            "activity": activity,
            "indicator": indicator,
            "measurement": MeasurementFactory(indicator=indicator),
            "lens": lens,
            "question": question,
            "follow_up": FollowUpFactory(meeting=MeetingFactory(partnership=other_partnership)),
        }


def url_args(url_name, foreign):
    kind = url_name.split(":")[1]
    if kind.startswith("plan_") or kind == "activity_create":
        return [foreign["plan"].pk]
    if kind == "activity_lens":
        return [foreign["activity"].pk, foreign["lens"].pk]
    if kind == "activity_from_follow_up":
        return [foreign["follow_up"].pk]
    if kind.startswith("activity_") or kind == "indicator_create":
        return [foreign["activity"].pk]
    if kind.startswith("indicator_") or kind == "measurement_create":
        return [foreign["indicator"].pk]
    return [foreign["measurement"].pk]


def snapshot():
    with scopes_disabled():
        return (
            list(ActionPlan.objects.values_list("id", "version", "title_en")),
            list(Activity.objects.values_list("id", "version", "title_en", "source_follow_up")),
            list(Indicator.objects.values_list("id", "version", "name_en")),
            list(Measurement.objects.values_list("id", "version", "value")),
            list(LensAnswer.objects.values_list("id", "answer")),
        )


@pytest.mark.parametrize("url_name", sorted(ISOLATED_URLS))
@pytest.mark.parametrize("slug", ["ottawa", "kingston"])
def test_other_partnerships_objects_answer_404(coordinator_client, setup, foreign, url_name, slug):
    before = snapshot()
    url = reverse(url_name, args=[slug, *url_args(url_name, foreign)])
    assert coordinator_client.get(url).status_code == 404
    data = {
        "version": 1,
        "fiscal_year": "2011-12",
        "stale_after_days": 1,
        "title_en": "Hijacked",
        "name_en": "Hijacked",
        "kind": "how_much",
        "status": "completed",
        "date": "2011-05-01",
        "value": "999",
        "plan": setup.plan.pk,
        f"answer_{foreign['question'].pk}": "yes",
    }
    assert coordinator_client.post(url, data).status_code == 404
    assert snapshot() == before


def test_an_ottawa_activity_cannot_be_read_through_a_kingston_lens(
    coordinator_client, setup, foreign
):
    with scopes_disabled():
        activity = ActivityFactory(plan=setup.plan)
    url = reverse("actions:activity_lens", args=["ottawa", activity.pk, foreign["lens"].pk])
    assert coordinator_client.get(url).status_code == 404
    assert (
        coordinator_client.post(url, {f"answer_{foreign['question'].pk}": "yes"}).status_code == 404
    )


def test_a_kingston_follow_up_cannot_join_an_ottawa_plan(coordinator_client, setup, foreign):
    before = snapshot()
    url = reverse("actions:activity_from_follow_up", args=["ottawa", foreign["follow_up"].pk])
    assert coordinator_client.post(url, {"plan": setup.plan.pk}).status_code == 404
    assert snapshot() == before


def test_the_plan_list_and_dashboard_never_show_another_partnerships_plans(
    coordinator_client, setup, foreign
):
    for name in ("actions:plan_list", "actions:dashboard", "actions:indicator_list"):
        response = coordinator_client.get(reverse(name, args=["ottawa"]))
        assert response.status_code == 200
        assert "Kingston activity" not in response.text
        assert coordinator_client.get(reverse(name, args=["kingston"])).status_code == 404


def test_the_indicator_list_never_shows_another_partnerships_area_or_indicators(
    coordinator_client, setup, foreign
):
    """The list takes a priority area id in its query string: Kingston's shows nothing."""
    with scopes_disabled():
        area = PriorityAreaFactory(partnership=foreign["plan"].partnership, name_en="Kingston area")
        goal = GoalFactory(priority_area=area)
        Activity.objects.filter(pk=foreign["activity"].pk).update(goal=goal)
    url = reverse("actions:indicator_list", args=["ottawa"])
    for query in ({"area": area.pk}, {"area": area.pk, "year": "2011-12"}):
        response = coordinator_client.get(url, query)
        assert response.status_code == 200
        assert "Kingston" not in response.text
        assert not response.context["rows"]
