"""An Ottawa strategy with two priority areas, goals and the Francophone lens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django_scopes import scopes_disabled

from liphub.strategy import services
from liphub.strategy.models import Goal, Lens, PriorityArea, Strategy


@dataclass
class Plan:
    strategy: Strategy
    economic: PriorityArea
    health: PriorityArea
    goal: Goal
    lens: Lens


@pytest.fixture
def ottawa_strategy(partnership: Any) -> Plan:
    with scopes_disabled():
        strategy = services.create_strategy(
            partnership=partnership,
            title_en="Ottawa Immigration Strategy",
            title_fr="Stratégie d'immigration d'Ottawa",
            period_start=dt.date(2011, 4, 1),
            period_end=dt.date(2099, 3, 31),
            vision_en="Ottawa is a **welcoming** city.",
            vision_fr="Ottawa est une ville **accueillante**.",
            is_published=True,
        )
        economic = services.create_priority_area(
            strategy=strategy,
            code="economic-integration",
            name_en="Economic integration",
            name_fr="Intégration économique",
        )
        health = services.create_priority_area(
            strategy=strategy, code="health", name_en="Health and wellbeing", name_fr=""
        )
        goal = services.create_goal(
            priority_area=economic,
            title_en="More employers hire immigrants",
            title_fr="Plus d'employeurs embauchent des immigrants",
        )
        lens = Lens.objects.get(partnership=partnership, code="francophone")
    return Plan(strategy=strategy, economic=economic, health=health, goal=goal, lens=lens)
