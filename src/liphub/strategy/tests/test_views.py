"""The strategy pages: every role reads, coordinators write, bad input shows field errors."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.strategy import services
from liphub.strategy.models import Goal, Lens, LensQuestion, PriorityArea, Strategy
from liphub.strategy.tests.factories import GoalFactory, PriorityAreaFactory

pytestmark = pytest.mark.django_db

READERS = ["coordinator", "member", "viewer", "analyst"]
NOT_MANAGERS = ["member", "viewer", "analyst"]


def _state():
    with scopes_disabled():
        return (
            list(Strategy.objects.order_by("pk").values_list("pk", "version")),
            list(PriorityArea.objects.order_by("pk").values_list("pk", "version", "order")),
            list(Goal.objects.order_by("pk").values_list("pk", "version", "order")),
            list(Lens.objects.order_by("pk").values_list("pk", "version")),
            list(LensQuestion.objects.order_by("pk").values_list("pk", "version")),
        )


def _write_urls(plan):
    """(URL, data a coordinator's POST would be accepted with), from the rows as they are now;
    the deletes come last."""
    with scopes_disabled():
        strategy = Strategy.objects.get(pk=plan.strategy.pk)
        area = PriorityArea.objects.filter(pk=plan.economic.pk).first() or plan.economic
        goal = Goal.objects.filter(pk=plan.goal.pk).first() or plan.goal
        lens = Lens.objects.get(pk=plan.lens.pk)
        question = lens.questions.order_by("order").first()
    p = "ottawa"
    return [
        (reverse("strategy:strategy_create", args=[p]), {
            "title_en": "New", "period_start": "2016-04-01", "period_end": "2021-03-31"}),
        (reverse("strategy:strategy_edit", args=[p, strategy.pk]), {
            "title_en": "Edited", "period_start": "2011-04-01", "period_end": "2016-03-31",
            "version": strategy.version}),
        (reverse("strategy:area_create", args=[p, strategy.pk]), {"name_en": "Education"}),
        (reverse("strategy:area_edit", args=[p, area.pk]), {
            "name_en": "Edited", "version": area.version}),
        (reverse("strategy:area_move", args=[p, area.pk]), {
            "direction": "down", "version": area.version}),
        (reverse("strategy:goal_create", args=[p, area.pk]), {
            "priority_area": area.pk, "title_en": "New goal"}),
        (reverse("strategy:goal_edit", args=[p, goal.pk]), {
            "priority_area": area.pk, "title_en": "Edited", "version": goal.version}),
        (reverse("strategy:goal_move", args=[p, goal.pk]), {
            "direction": "down", "version": goal.version}),
        (reverse("strategy:lens_create", args=[p]), {"code": "mine", "name_en": "Mine"}),
        (reverse("strategy:lens_add_template", args=[p]), {"template": "youth"}),
        (reverse("strategy:lens_edit", args=[p, lens.pk]), {
            "code": "francophone", "name_en": "Edited", "version": lens.version}),
        (reverse("strategy:question_create", args=[p, lens.pk]), {"text_en": "New?"}),
        (reverse("strategy:question_edit", args=[p, question.pk]), {
            "text_en": "Edited?", "version": question.version}),
        (reverse("strategy:question_delete", args=[p, question.pk]), {
            "version": question.version}),
        (reverse("strategy:goal_delete", args=[p, goal.pk]), {"version": goal.version}),
        (reverse("strategy:area_delete", args=[p, area.pk]), {"version": area.version}),
    ]  # fmt: skip


def _read_urls(plan):
    return [
        reverse("strategy:overview", args=["ottawa"]),
        reverse("strategy:strategy_detail", args=["ottawa", plan.strategy.pk]),
        reverse("strategy:lens_list", args=["ottawa"]),
        reverse("strategy:lens_detail", args=["ottawa", plan.lens.pk]),
    ]


@pytest.mark.parametrize("role", READERS)
def test_every_role_reads_the_strategy_and_lenses(client, request, ottawa_strategy, role):
    client.force_login(request.getfixturevalue(role))
    for url in _read_urls(ottawa_strategy):
        response = client.get(url)
        assert response.status_code == 200, url
    overview = client.get(reverse("strategy:overview", args=["ottawa"])).text
    assert "Economic integration" in overview
    assert "More employers hire immigrants" in overview
    assert ("Add a priority area" in overview) is (role == "coordinator")


@pytest.mark.parametrize("role", NOT_MANAGERS)
def test_only_coordinators_write(client, request, ottawa_strategy, role):
    client.force_login(request.getfixturevalue(role))
    before = _state()
    for url, data in _write_urls(ottawa_strategy):
        assert client.get(url).status_code == 403, url
        assert client.post(url, data).status_code == 403, url
    assert _state() == before


def test_the_coordinators_write_requests_are_accepted(coordinator_client, ottawa_strategy):
    """The 403s above come from the permission, not from bad requests."""
    for index in range(len(_write_urls(ottawa_strategy))):
        url, data = _write_urls(ottawa_strategy)[index]
        response = coordinator_client.post(url, data)
        assert response.status_code == 302, (url, response.content[:2000])
    with scopes_disabled():
        assert not PriorityArea.objects.filter(pk=ottawa_strategy.economic.pk).exists()
        assert Lens.objects.filter(code__in=["mine", "youth"]).count() == 2


def test_anonymous_visitors_are_sent_to_sign_in(client, ottawa_strategy):
    response = client.get(reverse("strategy:overview", args=["ottawa"]))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_coordinator_of_another_partnership_gets_404(client, other_coordinator, ottawa_strategy):
    client.force_login(other_coordinator)
    for url in _read_urls(ottawa_strategy):
        assert client.get(url).status_code == 404, url
    for url, data in _write_urls(ottawa_strategy):
        assert client.post(url, data).status_code == 404, url


def test_without_a_strategy_the_coordinator_is_invited_to_write_one(
    client, coordinator, viewer, partnership
):
    client.force_login(coordinator)
    response = client.get(reverse("strategy:overview", args=["ottawa"]))
    assert "Write the strategy" in response.text
    client.force_login(viewer)
    response = client.get(reverse("strategy:overview", args=["ottawa"]))
    assert response.status_code == 200
    assert "has no strategy yet" in response.text
    assert "Write the strategy" not in response.text


def test_a_coordinator_writes_a_strategy_and_gets_the_francophone_lens(
    coordinator_client, partnership
):
    response = coordinator_client.post(
        reverse("strategy:strategy_create", args=["ottawa"]),
        {
            "title_en": "Ottawa Immigration Strategy",
            "period_start": "2011-04-01",
            "period_end": "2016-03-31",
            "vision_en": "A welcoming city.",
            "is_published": "on",
        },
    )
    with scopes_disabled():
        strategy = Strategy.objects.get()
        assert Lens.objects.filter(partnership=partnership, code="francophone").exists()
    assert response["Location"] == reverse("strategy:strategy_detail", args=["ottawa", strategy.pk])
    lenses = coordinator_client.get(reverse("strategy:lens_list", args=["ottawa"])).text
    assert "Francophone lens" in lenses
    assert "Add the Francophone lens" not in lenses
    assert "Add the youth lens" in lenses


def test_a_period_that_ends_before_it_starts_shows_a_field_error(coordinator_client, partnership):
    response = coordinator_client.post(
        reverse("strategy:strategy_create", args=["ottawa"]),
        {"title_en": "Strategy", "period_start": "2016-04-01", "period_end": "2011-03-31"},
    )
    assert response.status_code == 400
    assert "The end of the period must be after its start." in response.text
    assert 'role="alert"' in response.text
    with scopes_disabled():
        assert not Strategy.objects.exists()


def test_a_priority_area_with_no_name_shows_a_field_error(coordinator_client, ottawa_strategy):
    response = coordinator_client.post(
        reverse("strategy:area_create", args=["ottawa", ottawa_strategy.strategy.pk]),
        {"code": "empty", "name_en": "", "name_fr": ""},
    )
    assert response.status_code == 400
    assert "Give a name in English, in French or in both." in response.text


def test_a_goal_cannot_be_put_under_another_partnerships_area(
    coordinator_client, ottawa_strategy, other_partnership
):
    with scopes_disabled():
        foreign = PriorityAreaFactory(partnership=other_partnership)
    goal = ottawa_strategy.goal
    response = coordinator_client.post(
        reverse("strategy:goal_edit", args=["ottawa", goal.pk]),
        {"priority_area": foreign.pk, "title_en": "Moved", "version": goal.version},
    )
    assert response.status_code == 400
    with scopes_disabled():
        goal.refresh_from_db()
    assert goal.priority_area_id == ottawa_strategy.economic.pk


def test_a_stale_edit_says_so_and_keeps_the_other_change(coordinator_client, ottawa_strategy):
    area = ottawa_strategy.economic
    url = reverse("strategy:area_edit", args=["ottawa", area.pk])
    first = coordinator_client.post(url, {"name_en": "First", "version": area.version})
    assert first.status_code == 302
    second = coordinator_client.post(url, {"name_en": "Second", "version": area.version})
    assert second.status_code == 400
    assert "Someone else changed this record" in second.text
    with scopes_disabled():
        area.refresh_from_db()
    assert area.name_en == "First"


def test_moving_a_priority_area_reorders_the_overview(coordinator_client, ottawa_strategy):
    health = ottawa_strategy.health
    url = reverse("strategy:area_move", args=["ottawa", health.pk])
    assert coordinator_client.get(url).status_code == 405
    coordinator_client.post(url, {"direction": "up", "version": health.version})
    text = coordinator_client.get(reverse("strategy:overview", args=["ottawa"])).text
    assert text.index("Health and wellbeing") < text.index("Economic integration")


def test_deleting_a_goal_asks_first(coordinator_client, ottawa_strategy):
    goal = ottawa_strategy.goal
    url = reverse("strategy:goal_delete", args=["ottawa", goal.pk])
    confirm = coordinator_client.get(url)
    assert "This cannot be undone." in confirm.text
    stale = coordinator_client.post(url, {"version": goal.version + 1})
    assert stale.status_code == 400
    coordinator_client.post(url, {"version": goal.version})
    with scopes_disabled():
        assert not Goal.objects.filter(pk=goal.pk).exists()


def test_the_overview_shows_the_current_strategy_and_lists_the_others(
    coordinator_client, ottawa_strategy, partnership
):
    with scopes_disabled():
        old = services.create_strategy(
            partnership=partnership,
            title_en="First strategy",
            period_start=dt.date(2006, 1, 1),
            period_end=dt.date(2010, 12, 31),
        )
    overview = coordinator_client.get(reverse("strategy:overview", args=["ottawa"])).text
    assert "<h1>Ottawa Immigration Strategy</h1>" in overview
    assert "Other strategies" in overview
    assert reverse("strategy:strategy_detail", args=["ottawa", old.pk]) in overview
    detail = coordinator_client.get(reverse("strategy:strategy_detail", args=["ottawa", old.pk]))
    assert "<h1>First strategy</h1>" in detail.text
    assert "See the current strategy" in detail.text


def test_the_overview_is_in_french_with_fallback_notes(coordinator_client, ottawa_strategy):
    text = html.unescape(coordinator_client.get("/fr/p/ottawa/strategy/").text)
    assert "<h1>Stratégie d'immigration d'Ottawa</h1>" in text
    assert "Ottawa est une ville <strong>accueillante</strong>." in text
    assert "Intégration économique" in text
    assert '<span lang="en">Health and wellbeing</span>' in text  # no French name: a note
    assert "Disponible en anglais seulement" in text
    assert "Secteurs prioritaires" in text


def test_a_coordinator_adds_the_youth_lens_in_one_step(coordinator_client, ottawa_strategy):
    response = coordinator_client.post(
        reverse("strategy:lens_add_template", args=["ottawa"]), {"template": "youth"}
    )
    with scopes_disabled():
        lens = Lens.objects.get(code="youth")
        assert lens.questions.count() == 5
    assert response["Location"] == reverse("strategy:lens_detail", args=["ottawa", lens.pk])
    again = coordinator_client.post(
        reverse("strategy:lens_add_template", args=["ottawa"]), {"template": "youth"}, follow=True
    )
    assert "already has a lens with this code" in again.text
    bad = coordinator_client.post(
        reverse("strategy:lens_add_template", args=["ottawa"]), {"template": "nope"}
    )
    assert bad.status_code == 302


def test_the_lens_page_lists_its_questions_in_order(coordinator_client, ottawa_strategy):
    lens = ottawa_strategy.lens
    response = coordinator_client.get(reverse("strategy:lens_detail", args=["ottawa", lens.pk]))
    with scopes_disabled():
        texts = [q.text_en for q in lens.questions.order_by("order")]
    page = html.unescape(response.text)
    positions = [page.index(text) for text in texts]
    assert positions == sorted(positions)


def test_the_overview_runs_a_fixed_number_of_queries(
    coordinator_client, ottawa_strategy, partnership, django_assert_max_num_queries
):
    url = reverse("strategy:overview", args=["ottawa"])
    coordinator_client.get(url)
    with django_assert_max_num_queries(20) as small:
        coordinator_client.get(url)
    with scopes_disabled():
        for _ in range(6):
            area = PriorityAreaFactory(partnership=partnership, strategy=ottawa_strategy.strategy)
            for _ in range(4):
                GoalFactory(partnership=partnership, priority_area=area)
    with django_assert_max_num_queries(len(small.captured_queries)):
        coordinator_client.get(url)
