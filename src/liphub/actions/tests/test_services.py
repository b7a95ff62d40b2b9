"""The action plan services validate, keep relations inside the partnership and refuse
stale edits."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from liphub.actions import services
from liphub.actions.models import Activity, LensAnswer
from liphub.actions.tests.factories import (
    ActivityFactory,
    GoalFactory,
    LensFactory,
    LensQuestionFactory,
    PriorityAreaFactory,
)
from liphub.core.services import ConcurrentEditError
from liphub.meetings.tests.factories import FollowUpFactory, MeetingFactory, PersonFactory
from liphub.partnerships.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _unscoped():
    with scopes_disabled():
        yield


def test_create_activity_with_supporting_partners(setup):
    activity = services.create_activity(
        plan=setup.plan,
        title_en="Municipal Immigration Network",
        goal=setup.goals["jobs"],
        lead_organization=setup.orgs["city"],
        supporting_organizations=[setup.orgs["ociso"], setup.orgs["chc"]],
        start_date=dt.date(2011, 4, 1),
        end_date=dt.date(2012, 3, 31),
        status="in_progress",
    )
    assert activity.partnership == setup.plan.partnership
    assert set(activity.supporting_organizations.all()) == {setup.orgs["ociso"], setup.orgs["chc"]}


def test_an_activity_cannot_end_before_it_starts(setup):
    with pytest.raises(ValidationError) as caught:
        services.create_activity(
            plan=setup.plan,
            title_en="Backwards",
            start_date=dt.date(2011, 6, 1),
            end_date=dt.date(2011, 5, 1),
        )
    assert "end_date" in caught.value.message_dict


def test_an_activity_needs_a_title(setup):
    with pytest.raises(ValidationError) as caught:
        services.create_activity(plan=setup.plan, title_en=" ", title_fr="")
    assert "title_en" in caught.value.message_dict


def test_goals_and_organizations_of_another_partnership_are_refused(setup, other_partnership):
    foreign_goal = GoalFactory(priority_area=PriorityAreaFactory(partnership=other_partnership))
    foreign_org = OrganizationFactory(partnership=other_partnership)
    with pytest.raises(ValidationError) as caught:
        services.create_activity(
            plan=setup.plan,
            title_en="Hijack",
            goal=foreign_goal,
            lead_organization=foreign_org,
            supporting_organizations=[foreign_org],
        )
    assert set(caught.value.message_dict) == {
        "goal",
        "lead_organization",
        "supporting_organizations",
    }
    assert not Activity.objects.exists()


def test_a_goal_of_another_strategy_is_refused(setup, partnership):
    other_goal = GoalFactory(priority_area=PriorityAreaFactory(partnership=partnership))
    with pytest.raises(ValidationError) as caught:
        services.create_activity(plan=setup.plan, title_en="Elsewhere", goal=other_goal)
    assert "goal" in caught.value.message_dict


def test_a_stale_edit_is_refused(setup):
    activity = ActivityFactory(plan=setup.plan, title_en="Before")
    services.update_activity(activity=activity, expected_version=1, title_en="First edit")
    stale = Activity.objects.get(pk=activity.pk)
    with pytest.raises(ConcurrentEditError):
        services.update_activity(activity=stale, expected_version=1, title_en="Second edit")
    assert Activity.objects.get(pk=activity.pk).title_en == "First edit"


def test_one_plan_per_fiscal_year(setup, partnership):
    with pytest.raises(ValidationError) as caught:
        services.create_plan(partnership=partnership, fiscal_year=2011)
    assert "fiscal_year" in caught.value.message_dict


def test_a_follow_up_item_becomes_an_activity_with_its_link(setup, partnership):
    owner = PersonFactory(partnership=partnership, organization=setup.orgs["ociso"])
    follow_up = FollowUpFactory(
        meeting=MeetingFactory(partnership=partnership),
        description_en="Map the employment programs",
        description_fr="Cartographier les programmes d'emploi",
        owner=owner,
        due_date=dt.date(2012, 2, 1),
    )
    activity = services.create_activity_from_follow_up(follow_up=follow_up, plan=setup.plan)
    assert (activity.title_en, activity.title_fr) == (
        "Map the employment programs",
        "Cartographier les programmes d'emploi",
    )
    assert activity.end_date == dt.date(2012, 2, 1)
    assert activity.lead_organization == setup.orgs["ociso"]
    assert activity.source_follow_up == follow_up
    with pytest.raises(ValidationError):
        services.create_activity_from_follow_up(follow_up=follow_up, plan=setup.plan)


def test_lens_answers_are_recorded_changed_and_removed(setup, partnership):
    activity = ActivityFactory(plan=setup.plan)
    lens = LensFactory(partnership=partnership)
    q1, q2 = LensQuestionFactory(lens=lens), LensQuestionFactory(lens=lens)
    services.save_lens_answers(
        activity=activity, lens=lens, answers={q1.pk: ("yes", "In French"), q2.pk: ("no", "")}
    )
    assert {a.question_id: a.answer for a in LensAnswer.objects.all()} == {
        q1.pk: "yes",
        q2.pk: "no",
    }
    services.save_lens_answers(activity=activity, lens=lens, answers={q1.pk: ("partly", "")})
    assert {a.question_id: a.answer for a in LensAnswer.objects.all()} == {q1.pk: "partly"}
