"""Factories for the action plan tests (build inside `unscoped`)."""

from __future__ import annotations

import datetime as dt

import factory
from factory.django import DjangoModelFactory

from liphub.actions.models import ActionPlan, Activity, Indicator, Measurement
from liphub.strategy.models import Goal, Lens, LensQuestion, PriorityArea, Strategy


class StrategyFactory(DjangoModelFactory):
    class Meta:
        model = Strategy

    title_en = "Settlement strategy 2011-2014"
    title_fr = "Stratégie d'établissement 2011-2014"
    period_start = dt.date(2011, 4, 1)
    period_end = dt.date(2014, 3, 31)


class PriorityAreaFactory(DjangoModelFactory):
    class Meta:
        model = PriorityArea

    strategy = factory.SubFactory(
        StrategyFactory, partnership=factory.SelfAttribute("..partnership")
    )
    name_en = factory.Sequence(lambda n: f"Priority area {n}")
    name_fr = factory.Sequence(lambda n: f"Secteur prioritaire {n}")
    order = factory.Sequence(lambda n: n)


class GoalFactory(DjangoModelFactory):
    class Meta:
        model = Goal

    partnership = factory.SelfAttribute("priority_area.partnership")
    title_en = factory.Sequence(lambda n: f"Goal {n}")
    title_fr = factory.Sequence(lambda n: f"Objectif {n}")


class PlanFactory(DjangoModelFactory):
    class Meta:
        model = ActionPlan

    fiscal_year = 2011
    title_en = "Action plan"
    title_fr = "Plan d'action"


class ActivityFactory(DjangoModelFactory):
    class Meta:
        model = Activity

    partnership = factory.SelfAttribute("plan.partnership")
    title_en = factory.Sequence(lambda n: f"Activity {n}")
    title_fr = factory.Sequence(lambda n: f"Activité {n}")
    status = "planned"


class IndicatorFactory(DjangoModelFactory):
    class Meta:
        model = Indicator

    partnership = factory.SelfAttribute("activity.partnership")
    kind = "how_much"
    name_en = factory.Sequence(lambda n: f"Indicator {n}")
    name_fr = factory.Sequence(lambda n: f"Indicateur {n}")
    unit = "people"


class MeasurementFactory(DjangoModelFactory):
    class Meta:
        model = Measurement

    partnership = factory.SelfAttribute("indicator.partnership")
    date = dt.date(2011, 9, 30)
    value = 10


class LensFactory(DjangoModelFactory):
    class Meta:
        model = Lens

    code = factory.Sequence(lambda n: f"lens-{n}")
    name_en = "Francophone lens"
    name_fr = "Lentille francophone"


class LensQuestionFactory(DjangoModelFactory):
    class Meta:
        model = LensQuestion

    partnership = factory.SelfAttribute("lens.partnership")
    text_en = factory.Sequence(lambda n: f"Question {n}?")
    text_fr = factory.Sequence(lambda n: f"Question {n} ?")
