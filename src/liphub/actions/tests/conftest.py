"""A small Ottawa plan for the action plan tests: a strategy with two priority areas, goals,
organizations and the 2011-12 plan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django_scopes import scopes_disabled

from liphub.actions.tests.factories import (
    GoalFactory,
    PlanFactory,
    PriorityAreaFactory,
    StrategyFactory,
)
from liphub.partnerships.tests.factories import OrganizationFactory


@dataclass
class PlanSetup:
    strategy: Any
    areas: dict[str, Any]
    goals: dict[str, Any]
    orgs: dict[str, Any]
    plan: Any


@pytest.fixture
def setup(partnership: Any) -> PlanSetup:
    with scopes_disabled():
        strategy = StrategyFactory(partnership=partnership)
        economic = PriorityAreaFactory(
            partnership=partnership,
            strategy=strategy,
            name_en="Economic integration",
            name_fr="Intégration économique",
        )
        health = PriorityAreaFactory(
            partnership=partnership,
            strategy=strategy,
            name_en="Health and wellbeing",
            name_fr="Santé et bien-être",
        )
        goals = {
            "jobs": GoalFactory(
                priority_area=economic,
                title_en="Newcomers find jobs that match their skills",
                title_fr="Les nouveaux arrivants trouvent des emplois à leur mesure",
            ),
            "health": GoalFactory(
                priority_area=health,
                title_en="Newcomers reach health services",
                title_fr="Les nouveaux arrivants accèdent aux services de santé",
            ),
        }
        orgs = {
            "ociso": OrganizationFactory(
                partnership=partnership,
                name_en="Ottawa Community Immigrant Services Organization",
                name_fr="Organisme communautaire des services aux immigrants d'Ottawa",
            ),
            "chc": OrganizationFactory(
                partnership=partnership,
                name_en="Somerset West Community Health Centre",
                name_fr="Centre de santé communautaire Somerset Ouest",
            ),
            "city": OrganizationFactory(
                partnership=partnership, name_en="City of Ottawa", name_fr="Ville d'Ottawa"
            ),
        }
        plan = PlanFactory(partnership=partnership, strategy=strategy, fiscal_year=2011)
    return PlanSetup(
        strategy=strategy,
        areas={"economic": economic, "health": health},
        goals=goals,
        orgs=orgs,
        plan=plan,
    )
