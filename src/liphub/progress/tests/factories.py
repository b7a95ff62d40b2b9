"""factory_boy factories for strategy goals, plans, activities, commitments and updates (use
inside a scope, e.g. `unscoped`)."""

from __future__ import annotations

import datetime as dt

import factory
from factory.django import DjangoModelFactory

from liphub.actions.models import ActionPlan, Activity
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.strategy.models import Goal, PriorityArea, Strategy


class StrategyFactory(DjangoModelFactory):
    class Meta:
        model = Strategy

    title_en = "Settlement strategy"
    title_fr = "Stratégie d'établissement"
    period_start = dt.date(2011, 4, 1)
    period_end = dt.date(2016, 3, 31)


class PriorityAreaFactory(DjangoModelFactory):
    class Meta:
        model = PriorityArea

    strategy = factory.SubFactory(
        StrategyFactory, partnership=factory.SelfAttribute("..partnership")
    )
    name_en = factory.Sequence(lambda n: f"Priority {n}")
    name_fr = factory.Sequence(lambda n: f"Priorité {n}")


class GoalFactory(DjangoModelFactory):
    class Meta:
        model = Goal

    priority_area = factory.SubFactory(
        PriorityAreaFactory, partnership=factory.SelfAttribute("..partnership")
    )
    title_en = factory.Sequence(lambda n: f"Goal {n}")
    title_fr = factory.Sequence(lambda n: f"Objectif {n}")


class ActionPlanFactory(DjangoModelFactory):
    class Meta:
        model = ActionPlan
        django_get_or_create = ("partnership", "fiscal_year")

    fiscal_year = 2011
    title_en = "Action plan 2011-12"
    title_fr = "Plan d'action 2011-2012"


class ActivityFactory(DjangoModelFactory):
    class Meta:
        model = Activity
        skip_postgeneration_save = True

    plan = factory.SubFactory(ActionPlanFactory, partnership=factory.SelfAttribute("..partnership"))
    title_en = factory.Sequence(lambda n: f"Activity {n}")
    title_fr = factory.Sequence(lambda n: f"Activité {n}")

    @factory.post_generation
    def supporting(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.supporting_organizations.set(extracted)


class CommitmentFactory(DjangoModelFactory):
    class Meta:
        model = Commitment

    brings = "staff_hours"
    quantity = 40
    description_en = "A settlement worker two hours a week"
    description_fr = "Une intervenante en établissement deux heures par semaine"
    mandate_fit_en = "Our mandate is newcomer settlement."
    mandate_fit_fr = "Notre mandat est l'établissement des nouveaux arrivants."


class ProgressUpdateFactory(DjangoModelFactory):
    class Meta:
        model = ProgressUpdate

    text = "Two workshops held."
