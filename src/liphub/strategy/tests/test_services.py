"""Writes of the strategy module: validation, optimistic locking, order, built-in lenses."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from liphub.core.services import ConcurrentEditError
from liphub.strategy import selectors, services
from liphub.strategy.lenses import FRANCOPHONE_LENS, LENS_TEMPLATES, OPTIONAL_LENSES
from liphub.strategy.models import Goal, Lens, LensQuestion, PriorityArea, Strategy
from liphub.strategy.tests.factories import GoalFactory, PriorityAreaFactory, StrategyFactory

pytestmark = pytest.mark.django_db


def _strategy_fields(**overrides):
    fields = {
        "title_en": "Ottawa Immigration Strategy",
        "title_fr": "Stratégie d'immigration d'Ottawa",
        "period_start": dt.date(2011, 4, 1),
        "period_end": dt.date(2016, 3, 31),
        "vision_en": "A welcoming Ottawa.",
        "vision_fr": "",
        "is_published": True,
    }
    fields.update(overrides)
    return fields


# --- Strategies and the built-in lens ----------------------------------------------------------


def test_creating_a_strategy_ships_the_francophone_lens(partnership, unscoped):
    services.create_strategy(partnership=partnership, **_strategy_fields())
    lens = Lens.objects.get(partnership=partnership, code="francophone")
    assert lens.name_fr == "Lentille francophone"
    texts = list(lens.questions.order_by("order").values_list("text_en", "text_fr", "order"))
    assert 6 <= len(texts) <= 8
    assert [order for _en, _fr, order in texts] == list(range(1, len(texts) + 1))
    assert all(en.strip() and fr.strip() for en, fr, _order in texts)


def test_the_francophone_lens_reads_through_the_five_framework_objectives():
    text = " ".join(question.text_en for question in FRANCOPHONE_LENS.questions)
    for words in (
        "in French",
        "Francophone partners",
        "increase the number of French-speaking immigrants",
        "capacity of Francophone minority communities to receive",
        "economic integration",
        "social and cultural integration",
        "regionalization of Francophone immigration",
    ):
        assert words in text


def test_ensuring_the_builtin_lenses_twice_creates_them_once(partnership, unscoped):
    first = services.ensure_builtin_lenses(partnership=partnership)
    second = services.ensure_builtin_lenses(partnership=partnership)
    services.create_strategy(partnership=partnership, **_strategy_fields())
    assert [lens.pk for lens in first] == [lens.pk for lens in second]
    assert Lens.objects.filter(partnership=partnership).count() == 1
    assert LensQuestion.objects.filter(partnership=partnership).count() == len(
        FRANCOPHONE_LENS.questions
    )


def test_ensuring_the_builtin_lenses_keeps_a_coordinators_changes(partnership, unscoped):
    (lens,) = services.ensure_builtin_lenses(partnership=partnership)
    services.update_lens(
        lens=lens, expected_version=lens.version, code="francophone", name_en="Our lens",
        name_fr="", description_en="", description_fr="", is_active=False,
    )  # fmt: skip
    lens.questions.first().delete()
    services.ensure_builtin_lenses(partnership=partnership)
    lens.refresh_from_db()
    assert (lens.name_en, lens.is_active) == ("Our lens", False)
    assert lens.questions.count() == len(FRANCOPHONE_LENS.questions) - 1


def test_each_partnership_gets_its_own_francophone_lens(partnership, other_partnership, unscoped):
    services.ensure_builtin_lenses(partnership=partnership)
    services.ensure_builtin_lenses(partnership=other_partnership)
    assert Lens.objects.filter(code="francophone").count() == 2
    for question in LensQuestion.objects.all():
        assert question.partnership_id == question.lens.partnership_id


@pytest.mark.parametrize("end", [dt.date(2011, 4, 1), dt.date(2010, 1, 1)])
def test_a_strategy_period_must_end_after_it_starts(partnership, unscoped, end):
    with pytest.raises(ValidationError) as error:
        services.create_strategy(partnership=partnership, **_strategy_fields(period_end=end))
    assert "period_end" in error.value.message_dict
    assert not Strategy.objects.exists()


def test_a_strategy_needs_a_title_in_one_language(partnership, unscoped):
    with pytest.raises(ValidationError) as error:
        services.create_strategy(
            partnership=partnership, **_strategy_fields(title_en=" ", title_fr="")
        )
    assert {"title_en", "title_fr"} <= set(error.value.message_dict)
    strategy = services.create_strategy(
        partnership=partnership, **_strategy_fields(title_en="", title_fr="Stratégie")
    )
    assert str(strategy) == "Stratégie"


def test_a_stale_strategy_edit_is_refused_and_changes_nothing(partnership, unscoped):
    strategy = services.create_strategy(partnership=partnership, **_strategy_fields())
    opened = strategy.version
    services.update_strategy(
        strategy=Strategy.objects.get(pk=strategy.pk),
        expected_version=opened,
        **_strategy_fields(vision_en="First editor's vision."),
    )
    with pytest.raises(ConcurrentEditError):
        services.update_strategy(
            strategy=Strategy.objects.get(pk=strategy.pk),
            expected_version=opened,
            **_strategy_fields(vision_en="Second editor's vision."),
        )
    assert Strategy.objects.get(pk=strategy.pk).vision_en == "First editor's vision."


def test_the_current_strategy_contains_today_else_is_the_latest(partnership, unscoped):
    today = dt.date(2013, 6, 1)
    old = StrategyFactory(partnership=partnership, period_start=dt.date(2006, 1, 1),
                          period_end=dt.date(2010, 12, 31))  # fmt: skip
    current = StrategyFactory(partnership=partnership, period_start=dt.date(2011, 4, 1),
                              period_end=dt.date(2016, 3, 31), is_published=False)  # fmt: skip
    future = StrategyFactory(partnership=partnership, period_start=dt.date(2016, 4, 1),
                             period_end=dt.date(2021, 3, 31))  # fmt: skip
    get = selectors.get_current_strategy
    assert get(partnership=partnership, today=today) == current
    assert get(partnership=partnership, today=dt.date(2030, 1, 1)) == future
    assert get(partnership=partnership, today=today, published_only=True) == future
    assert list(selectors.list_strategies(partnership=partnership)) == [future, current, old]


def test_a_partnership_without_a_strategy_has_no_current_one(partnership, unscoped):
    assert selectors.get_current_strategy(partnership=partnership) is None


# --- Priority areas and goals ------------------------------------------------------------------


def test_a_priority_area_needs_a_name_in_one_language(partnership, unscoped):
    strategy = StrategyFactory(partnership=partnership)
    with pytest.raises(ValidationError) as error:
        services.create_priority_area(strategy=strategy, name_en="", name_fr="  ")
    assert {"name_en", "name_fr"} <= set(error.value.message_dict)
    area = services.create_priority_area(strategy=strategy, name_fr="Santé et bien-être")
    assert area.partnership_id == partnership.pk


def test_a_new_priority_area_goes_last_unless_given_an_order(partnership, unscoped):
    strategy = StrategyFactory(partnership=partnership)
    first = services.create_priority_area(strategy=strategy, name_en="Economic integration")
    second = services.create_priority_area(strategy=strategy, name_en="Education", order=None)
    placed = services.create_priority_area(strategy=strategy, name_en="Settlement", order=7)
    assert (first.order, second.order, placed.order) == (1, 2, 7)


def test_moving_a_priority_area_swaps_it_with_its_neighbour(partnership, unscoped):
    strategy = StrategyFactory(partnership=partnership)
    a, _b, c = (services.create_priority_area(strategy=strategy, name_en=name) for name in "ABC")
    services.move_priority_area(area=c, expected_version=c.version, direction="up")
    names = [area.name_en for area in selectors.list_priority_areas(strategy=strategy)]
    assert names == ["A", "C", "B"]
    a.refresh_from_db()
    services.move_priority_area(area=a, expected_version=a.version, direction="up")
    names = [area.name_en for area in selectors.list_priority_areas(strategy=strategy)]
    assert names == ["A", "C", "B"]


def test_moving_a_stale_priority_area_is_refused(partnership, unscoped):
    strategy = StrategyFactory(partnership=partnership)
    a = services.create_priority_area(strategy=strategy, name_en="A")
    b = services.create_priority_area(strategy=strategy, name_en="B")
    services.update_priority_area(area=PriorityArea.objects.get(pk=b.pk),
                                  expected_version=b.version, name_en="B2")  # fmt: skip
    with pytest.raises(ConcurrentEditError):
        services.move_priority_area(area=b, expected_version=b.version, direction="up")
    assert list(PriorityArea.objects.order_by("order").values_list("pk", flat=True)) == [
        a.pk,
        b.pk,
    ]


def test_deleting_a_priority_area_deletes_its_goals(partnership, unscoped):
    goal = GoalFactory(partnership=partnership)
    area = goal.priority_area
    with pytest.raises(ConcurrentEditError):
        services.delete_priority_area(area=area, expected_version=area.version + 1)
    services.delete_priority_area(area=area, expected_version=area.version)
    assert not PriorityArea.objects.exists()
    assert not Goal.objects.exists()


def test_a_goal_needs_a_title_in_one_language(partnership, unscoped):
    area = PriorityAreaFactory(partnership=partnership)
    with pytest.raises(ValidationError) as error:
        services.create_goal(priority_area=area, title_en="", title_fr="")
    assert "title_en" in error.value.message_dict
    goal = services.create_goal(priority_area=area, title_fr="Accroître l'emploi")
    assert goal.order == 1


def test_a_goals_area_must_belong_to_its_partnership(partnership, other_partnership, unscoped):
    goal = GoalFactory(partnership=partnership)
    foreign_area = PriorityAreaFactory(partnership=other_partnership)
    with pytest.raises(ValidationError) as error:
        services.update_goal(goal=goal, expected_version=goal.version, priority_area=foreign_area)
    assert "priority_area" in error.value.message_dict
    goal.refresh_from_db()
    assert goal.priority_area.partnership_id == partnership.pk


def test_moving_a_goal_to_another_area_of_the_strategy(partnership, unscoped):
    goal = GoalFactory(partnership=partnership)
    other_area = PriorityAreaFactory(partnership=partnership, strategy=goal.priority_area.strategy)
    GoalFactory(partnership=partnership, priority_area=other_area, order=4)
    services.update_goal(goal=goal, expected_version=goal.version, priority_area=other_area,
                         order=None)  # fmt: skip
    goal.refresh_from_db()
    assert (goal.priority_area, goal.order) == (other_area, 5)


def test_moving_a_goal_down_and_deleting_one(partnership, unscoped):
    area = PriorityAreaFactory(partnership=partnership)
    first = services.create_goal(priority_area=area, title_en="First")
    second = services.create_goal(priority_area=area, title_en="Second")
    services.move_goal(goal=first, expected_version=first.version, direction="down")
    assert list(area.goals.order_by("order").values_list("title_en", flat=True)) == [
        "Second",
        "First",
    ]
    second.refresh_from_db()
    services.delete_goal(goal=second, expected_version=second.version)
    assert list(area.goals.values_list("title_en", flat=True)) == ["First"]


# --- Lenses ------------------------------------------------------------------------------------


def test_a_lens_code_is_unique_within_a_partnership_only(partnership, other_partnership, unscoped):
    services.create_lens(partnership=partnership, code="gender", name_en="Gender lens")
    with pytest.raises(ValidationError) as error:
        services.create_lens(partnership=partnership, code="gender", name_en="Another")
    assert "code" in error.value.message_dict
    services.create_lens(partnership=other_partnership, code="gender", name_en="Gender lens")


@pytest.mark.parametrize("template", OPTIONAL_LENSES, ids=lambda t: t.code)
def test_an_optional_lens_is_added_from_its_template_once(partnership, unscoped, template):
    lens = services.add_lens_from_template(partnership=partnership, code=template.code)
    assert (lens.name_en, lens.name_fr) == (template.name_en, template.name_fr)
    assert [(q.text_en, q.text_fr) for q in lens.questions.order_by("order")] == [
        (q.text_en, q.text_fr) for q in template.questions
    ]
    with pytest.raises(ValidationError):
        services.add_lens_from_template(partnership=partnership, code=template.code)


def test_every_shipped_lens_is_written_in_both_languages():
    assert {"francophone", "gender", "youth", "seniors"} == set(LENS_TEMPLATES)
    for template in LENS_TEMPLATES.values():
        assert template.name_en and template.name_fr and template.description_fr
        assert len(template.questions) >= 5
        assert all(q.text_en.endswith("?") and q.text_fr.endswith("?") for q in template.questions)


def test_an_unknown_lens_template_is_refused(partnership, unscoped):
    with pytest.raises(ValidationError):
        services.add_lens_from_template(partnership=partnership, code="astrology")


def test_a_lens_question_needs_text_and_goes_last(partnership, unscoped):
    lens = services.create_lens(partnership=partnership, code="youth", name_en="Youth lens")
    with pytest.raises(ValidationError):
        services.create_lens_question(lens=lens, text_en="", text_fr="")
    first = services.create_lens_question(lens=lens, text_en="Were youth consulted?")
    second = services.create_lens_question(lens=lens, text_fr="Les jeunes ont-ils participé?")
    assert (first.order, second.order) == (1, 2)
    with pytest.raises(ConcurrentEditError):
        services.delete_lens_question(question=first, expected_version=first.version + 1)
    services.delete_lens_question(question=first, expected_version=first.version)
    assert list(lens.questions.all()) == [second]


def test_active_lenses_come_with_their_questions_in_two_queries(
    partnership, unscoped, django_assert_num_queries
):
    services.ensure_builtin_lenses(partnership=partnership)
    for code in ("gender", "youth"):
        services.add_lens_from_template(partnership=partnership, code=code)
    Lens.objects.filter(code="gender").update(is_active=False)
    with django_assert_num_queries(2):
        lenses = list(selectors.list_active_lenses(partnership))
        questions = {lens.code: [q.order for q in lens.questions.all()] for lens in lenses}
    assert list(questions) == ["francophone", "youth"]
    assert questions["youth"] == [1, 2, 3, 4, 5]
