"""Factories for strategy tests (build inside `unscoped` or a tenant scope)."""

from __future__ import annotations

import datetime as dt

import factory

from liphub.strategy.models import Goal, Lens, LensQuestion, PriorityArea, Strategy


class StrategyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Strategy

    title_en = "Ottawa Immigration Strategy"
    title_fr = "Stratégie d'immigration d'Ottawa"
    period_start = dt.date(2011, 4, 1)
    period_end = dt.date(2016, 3, 31)
    vision_en = "Ottawa is a **welcoming** city."
    vision_fr = "Ottawa est une ville **accueillante**."
    is_published = True


class PriorityAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PriorityArea

    strategy = factory.SubFactory(
        StrategyFactory, partnership=factory.SelfAttribute("..partnership")
    )
    code = factory.Sequence(lambda n: f"area-{n}")
    name_en = factory.Sequence(lambda n: f"Priority area {n}")
    name_fr = factory.Sequence(lambda n: f"Secteur prioritaire {n}")
    order = factory.Sequence(lambda n: n + 1)


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    priority_area = factory.SubFactory(
        PriorityAreaFactory, partnership=factory.SelfAttribute("..partnership")
    )
    title_en = factory.Sequence(lambda n: f"Goal {n}")
    title_fr = factory.Sequence(lambda n: f"Objectif {n}")
    order = factory.Sequence(lambda n: n + 1)


class LensFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lens

    code = factory.Sequence(lambda n: f"lens-{n}")
    name_en = factory.Sequence(lambda n: f"Lens {n}")
    name_fr = factory.Sequence(lambda n: f"Lentille {n}")


class LensQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LensQuestion

    lens = factory.SubFactory(LensFactory, partnership=factory.SelfAttribute("..partnership"))
    text_en = factory.Sequence(lambda n: f"Question {n}?")
    text_fr = factory.Sequence(lambda n: f"Question {n}?")
    order = factory.Sequence(lambda n: n + 1)
