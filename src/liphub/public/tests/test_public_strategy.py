"""The public strategy page: the published strategy and what has been done under each priority."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.actions.models import ActionPlan, Activity
from liphub.meetings.tests.factories import OrganizationFactory
from liphub.progress.models import ProgressUpdate
from liphub.strategy import services
from liphub.strategy.tests.factories import GoalFactory, PriorityAreaFactory

pytestmark = pytest.mark.django_db


def _activity(plan, goal, title, status, **extra):
    return Activity.objects.create(
        partnership=plan.partnership, plan=plan, goal=goal, title_en=title, status=status, **extra
    )


def _update(activity, text, days_ago, **extra):
    update = ProgressUpdate.objects.create(
        partnership=activity.partnership, activity=activity, text=text, **extra
    )
    ProgressUpdate.objects.filter(pk=update.pk).update(
        created_at=dt.datetime(2012, 3, 1, tzinfo=dt.UTC) - dt.timedelta(days=days_ago)
    )
    return update


@pytest.fixture
def progress(partnership, coordinator):
    with scopes_disabled():
        strategy = services.create_strategy(
            partnership=partnership,
            title_en="Ottawa Immigration Strategy",
            title_fr="Stratégie d'immigration d'Ottawa",
            period_start=dt.date(2011, 4, 1),
            period_end=dt.date(2099, 3, 31),
            vision_en="Ottawa is a **welcoming** city.",
            vision_fr="",
            is_published=True,
        )
        health = services.create_priority_area(
            strategy=strategy, name_en="Health and wellbeing", name_fr="Santé et bien-être"
        )
        goal = services.create_goal(
            priority_area=health,
            title_en="Newcomers get the care they need",
            title_fr="Les nouveaux arrivants reçoivent les soins dont ils ont besoin",
        )
        services.create_goal(priority_area=health, title_en="A goal with nothing done yet")
        plan = ActionPlan.objects.create(partnership=partnership, strategy=strategy,
                                         fiscal_year=2011)  # fmt: skip
        lead = OrganizationFactory(
            partnership=partnership,
            name_en="Somerset West Community Health Centre",
            email="private@chc.example.org",
        )
        clinic = _activity(plan, goal, "Refugee health clinic", "in_progress",
                           budget=Decimal("98765.43"), lead_organization=lead)  # fmt: skip
        collaboration = _activity(plan, goal, "Community health centres collaboration",
                                  "completed")  # fmt: skip
        planned = _activity(plan, goal, "Health navigators", "planned")
        _update(clinic, "The clinic opened its doors.", 30, author=coordinator)
        _update(clinic, "Two hundred patients seen.", 20, milestone="200 patients")
        _update(clinic, "A second nurse joined the clinic.", 10)
        _update(collaboration, "Eight centres signed the protocol.", 5)
        _update(planned, "Draft job description circulated.", 5)
    return {"strategy": strategy, "clinic": clinic, "planned": planned}


def _page(client, language="en"):
    response = client.get(f"/{language}/lip/ottawa/strategy/")
    assert response.status_code == 200
    return html.unescape(response.text)


def test_anonymous_visitors_see_the_strategy_and_what_has_been_done(client, progress):
    text = _page(client)
    assert "<h1>Ottawa Immigration Strategy</h1>" in text
    assert "Ottawa is a <strong>welcoming</strong> city." in text
    assert "Health and wellbeing" in text
    assert "Newcomers get the care they need" in text
    assert "Refugee health clinic" in text and "Status: In progress" in text
    assert "Community health centres collaboration" in text and "Status: Completed" in text
    assert "Health navigators" in text and "Status: Planned" in text
    assert "Led by Somerset West Community Health Centre" in text
    assert "Action plan 2011-12" in text
    assert "No activities are reported under this goal yet." in text


def test_only_the_latest_updates_of_active_and_completed_activities_show(client, progress):
    text = _page(client)
    assert "A second nurse joined the clinic." in text
    assert "Two hundred patients seen." in text and "Milestone: 200 patients" in text
    assert "The clinic opened its doors." not in text  # older than the latest two
    assert "Eight centres signed the protocol." in text
    assert "Draft job description circulated." not in text  # the activity is only planned
    assert text.index("A second nurse joined") < text.index("Two hundred patients")


def test_the_page_shows_no_private_data(client, progress, coordinator):
    text = _page(client)
    for private in ("98765", "98,765", "private@chc.example.org", coordinator.email,
                    "Cora Coordinator"):  # fmt: skip
        assert private not in text


def test_the_page_is_in_french_with_fallback_notes(client, progress):
    text = _page(client, "fr")
    assert "<h1>Stratégie d'immigration d'Ottawa</h1>" in text
    assert "Santé et bien-être" in text
    assert "Les nouveaux arrivants reçoivent les soins dont ils ont besoin" in text
    assert "Disponible en anglais seulement" in text  # the vision and activities are in English
    assert "État : " in text and "Plan d'action 2011-12" in text
    assert "Stratégie et progrès" in text  # the navigation link


def test_an_unpublished_strategy_stays_private(client, progress):
    with scopes_disabled():
        progress["strategy"].is_published = False
        progress["strategy"].save()
    text = _page(client)
    assert "has not been published yet" in text
    assert "Refugee health clinic" not in text
    assert "welcoming" not in text


def test_a_partnership_without_a_public_site_answers_404(client, progress, partnership):
    partnership.is_public = False
    partnership.save()
    assert client.get(reverse("public:strategy", args=["ottawa"])).status_code == 404


def test_another_partnerships_strategy_never_shows(client, progress, other_partnership):
    with scopes_disabled():
        kingston = services.create_strategy(
            partnership=other_partnership,
            title_en="Kingston strategy",
            period_start=dt.date(2012, 1, 1),
            period_end=dt.date(2099, 1, 1),
        )
        area = PriorityAreaFactory(partnership=other_partnership, strategy=kingston,
                                   name_en="Kingston area")  # fmt: skip
        goal = GoalFactory(partnership=other_partnership, priority_area=area)
        plan = ActionPlan.objects.create(partnership=other_partnership, fiscal_year=2012)
        _activity(plan, goal, "Kingston activity", "completed")
    text = _page(client)
    for foreign in ("Kingston strategy", "Kingston area", "Kingston activity"):
        assert foreign not in text


def test_the_page_runs_a_fixed_number_of_queries(
    client, progress, partnership, django_assert_max_num_queries
):
    url = reverse("public:strategy", args=["ottawa"])
    client.get(url)
    with django_assert_max_num_queries(20) as small:
        client.get(url)
    with scopes_disabled():
        plan = ActionPlan.objects.get(partnership=partnership)
        lead = OrganizationFactory(partnership=partnership)
        for _ in range(4):
            area = PriorityAreaFactory(partnership=partnership, strategy=progress["strategy"])
            for _ in range(3):
                goal = GoalFactory(partnership=partnership, priority_area=area)
                for status in ("in_progress", "completed", "planned"):
                    activity = _activity(plan, goal, "More", status, lead_organization=lead)
                    for days in range(3):
                        _update(activity, "Progress", days)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)
