"""Another partnership's objects answer 404 on every strategy page that takes an object id.

The Ottawa coordinator guesses Kingston's ids, under the Ottawa slug and under the Kingston
slug; every GET and POST answers 404 and nothing changes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.strategy import services
from liphub.strategy.models import Goal, Lens, LensQuestion, PriorityArea, Strategy

pytestmark = pytest.mark.django_db

# URL name -> (the object whose id it takes, whether it accepts POST, the owner's GET status)
TARGETS: dict[str, tuple[str, bool, int]] = {
    "strategy:strategy_detail": ("strategy", False, 200),
    "strategy:strategy_edit": ("strategy", True, 200),
    "strategy:area_create": ("strategy", True, 200),
    "strategy:area_edit": ("area", True, 200),
    "strategy:area_move": ("area", True, 405),
    "strategy:area_delete": ("area", True, 200),
    "strategy:goal_create": ("area", True, 200),
    "strategy:goal_edit": ("goal", True, 200),
    "strategy:goal_move": ("goal", True, 405),
    "strategy:goal_delete": ("goal", True, 200),
    "strategy:lens_detail": ("lens", False, 200),
    "strategy:lens_edit": ("lens", True, 200),
    "strategy:question_create": ("lens", True, 200),
    "strategy:question_edit": ("question", True, 200),
    "strategy:question_delete": ("question", True, 200),
}
ISOLATED_URLS: set[str] = set(TARGETS)


@pytest.fixture
def kingston_records(other_partnership: Any) -> dict[str, Any]:
    with scopes_disabled():
        strategy = services.create_strategy(
            partnership=other_partnership,
            title_en="Kingston strategy",
            period_start=dt.date(2012, 4, 1),
            period_end=dt.date(2099, 3, 31),
            vision_en="Kingston vision",
        )
        area = services.create_priority_area(strategy=strategy, name_en="Kingston area")
        goal = services.create_goal(priority_area=area, title_en="Kingston goal")
        lens = Lens.objects.get(partnership=other_partnership, code="francophone")
        question = lens.questions.order_by("order").first()
    return {"strategy": strategy, "area": area, "goal": goal, "lens": lens, "question": question}


def _valid_post(records: dict[str, Any], key: str) -> dict[str, Any]:
    """Data the form would accept, had the object been the coordinator's own."""
    return {
        "title_en": "Taken over",
        "name_en": "Taken over",
        "text_en": "Taken over?",
        "code": "taken",
        "period_start": "2012-04-01",
        "period_end": "2017-03-31",
        "priority_area": records["area"].pk,
        "direction": "down",
        "version": records[key].version,
    }


def _snapshot() -> tuple[Any, ...]:
    with scopes_disabled():
        return (
            list(Strategy.objects.order_by("pk").values_list("pk", "version", "title_en")),
            list(PriorityArea.objects.order_by("pk").values_list("pk", "version", "name_en")),
            list(Goal.objects.order_by("pk").values_list("pk", "version", "title_en")),
            list(Lens.objects.order_by("pk").values_list("pk", "version", "name_en")),
            list(LensQuestion.objects.order_by("pk").values_list("pk", "version", "text_en")),
        )


@pytest.mark.parametrize("slug", ["ottawa", "kingston"])
@pytest.mark.parametrize("name", sorted(ISOLATED_URLS))
def test_another_partnerships_object_answers_404(
    coordinator_client, other_partnership, kingston_records, name, slug
):
    key, accepts_post, _owner_status = TARGETS[name]
    target = reverse(name, kwargs={"slug": slug, "pk": kingston_records[key].pk})
    before = _snapshot()
    assert coordinator_client.get(target).status_code == 404
    if accepts_post:
        response = coordinator_client.post(target, _valid_post(kingston_records, key))
        assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize("name", sorted(ISOLATED_URLS))
def test_the_owner_reaches_the_same_urls(client, other_coordinator, kingston_records, name):
    """The 404s above come from isolation, not from broken URLs."""
    client.force_login(other_coordinator)
    key, _accepts_post, owner_status = TARGETS[name]
    target = reverse(name, kwargs={"slug": "kingston", "pk": kingston_records[key].pk})
    assert client.get(target).status_code == owner_status


def test_the_list_pages_never_show_another_partnerships_rows(
    coordinator_client, partnership, kingston_records
):
    with scopes_disabled():
        services.add_lens_from_template(partnership=kingston_records["lens"].partnership,
                                        code="youth")  # fmt: skip
    for name in ("overview", "lens_list"):
        response = coordinator_client.get(reverse(f"strategy:{name}", args=["ottawa"]))
        assert response.status_code == 200
        for foreign in ("Kingston strategy", "Kingston vision", "Kingston area", "Youth lens"):
            assert foreign not in response.text, (name, foreign)
