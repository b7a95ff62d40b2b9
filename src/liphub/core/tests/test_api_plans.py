"""The JSON API of the strategy, action plans, commitments, progress updates and contributions:
tokens, roles, validation, optimistic locking, filters, pagination, query counts, OpenAPI."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from liphub.actions import services as action_services
from liphub.actions.models import Activity, Indicator, Measurement
from liphub.core.tests.test_api import bearer, build_world, call
from liphub.partnerships import services as partnership_services
from liphub.partnerships.models import Sector
from liphub.progress import services as progress_services
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.resources import services as resource_services
from liphub.resources.models import Contribution
from liphub.strategy import services as strategy_services

pytestmark = pytest.mark.django_db

API = "/api/partnerships/ottawa"


# --- Fixtures shared with test_api_isolation.py ----------------------------------------------


def build_plan_world(partnership, prefix: str, organization) -> dict:
    """A strategy, a plan and one of each of their records in `partnership`, through the
    services; `organization` leads the activity, commits to it and contributes."""
    with scopes_disabled():
        strategy = strategy_services.create_strategy(
            partnership=partnership,
            title_en=f"{prefix} settlement strategy",
            title_fr=f"Stratégie {prefix}",
            period_start=dt.date(2011, 4, 1),
            period_end=dt.date(2014, 3, 31),
        )
        area = strategy_services.create_priority_area(
            strategy=strategy, code="economic", name_en=f"{prefix} economic integration"
        )
        goal = strategy_services.create_goal(priority_area=area, title_en=f"{prefix} jobs")
        plan = action_services.create_plan(
            partnership=partnership, fiscal_year=2011, strategy=strategy, title_en=f"{prefix} plan"
        )
        activity = action_services.create_activity(
            plan=plan,
            goal=goal,
            title_en=f"{prefix} mentoring",
            lead_organization=organization,
            start_date=dt.date(2011, 5, 1),
            end_date=dt.date(2012, 3, 31),
        )
        indicator = action_services.create_indicator(
            activity=activity,
            kind="how_much",
            name_en=f"{prefix} newcomers mentored",
            unit="people",
            target=Decimal("100"),
        )
        measurement = action_services.add_measurement(
            indicator=indicator, date=dt.date(2011, 9, 30), value=Decimal("40"), source="Intake"
        )
        commitment = progress_services.create_commitment(
            partnership=partnership,
            organization=organization,
            activity=activity,
            brings="staff_hours",
            quantity=Decimal("20"),
        )
        update = progress_services.post_progress_update(
            activity=activity, author=None, text=f"{prefix} first cohort", organization=organization
        )
        contribution = resource_services.record_contribution(
            partnership=partnership,
            source_organization=organization,
            kind="cash",
            amount=Decimal("1500"),
            fiscal_year=2011,
        )
    return {
        "strategy": strategy,
        "priority_area": area,
        "goal": goal,
        "plan": plan,
        "activity": activity,
        "indicator": indicator,
        "measurement": measurement,
        "commitment": commitment,
        "progress_update": update,
        "contribution": contribution,
    }


def build_everything(partnership, prefix: str) -> dict:
    world = build_world(partnership, prefix)
    return {**world, **build_plan_world(partnership, prefix, world["organization"])}


@pytest.fixture
def ours(partnership):
    return build_everything(partnership, "Ottawa")


@pytest.fixture
def theirs(other_partnership):
    return build_everything(other_partnership, "Kingston")


@pytest.fixture
def coordinator_auth(coordinator):
    return bearer(coordinator)


@pytest.fixture
def other_organization(partnership):
    with scopes_disabled():
        return partnership_services.create_organization(
            partnership=partnership, name_en="Community Health Centre"
        )


@pytest.fixture
def member_auth(member, ours):
    """The member acts for the Ottawa Settlement Agency (their account is linked to its
    contact), which leads the activity."""
    with scopes_disabled():
        progress_services.link_user_to_person(person=ours["person"], user=member)
    return bearer(member)


def counts() -> dict[str, int]:
    with scopes_disabled():
        return {
            model.__name__: model.objects.count()
            for model in (
                Activity,
                Indicator,
                Measurement,
                Commitment,
                ProgressUpdate,
                Contribution,
            )
        }


# --- Authentication ----------------------------------------------------------------------------


def test_the_new_routes_need_credentials_and_accept_a_token(client, partnership, ours, viewer):
    urls = [
        f"{API}/strategies",
        f"{API}/plans",
        f"{API}/activities",
        f"{API}/commitments",
        f"{API}/contributions",
        f"{API}/contributions/totals",
    ]
    for url in urls:
        assert client.get(url).status_code == 401, url
        assert client.get(url, headers={"Authorization": "Bearer lh_wrong"}).status_code == 401
        assert client.get(url, headers=bearer(viewer)).status_code == 200, url


# --- Reads -------------------------------------------------------------------------------------


def test_every_new_list_and_detail_answers(client, partnership, ours, coordinator_auth):
    urls = [
        f"{API}/strategies",
        f"{API}/strategies/{ours['strategy'].pk}",
        f"{API}/priority-areas",
        f"{API}/priority-areas/{ours['priority_area'].pk}",
        f"{API}/goals",
        f"{API}/goals/{ours['goal'].pk}",
        f"{API}/plans",
        f"{API}/plans/{ours['plan'].pk}",
        f"{API}/activities",
        f"{API}/activities/{ours['activity'].pk}",
        f"{API}/indicators",
        f"{API}/indicators/{ours['indicator'].pk}",
        f"{API}/indicators/{ours['indicator'].pk}/measurements",
        f"{API}/commitments",
        f"{API}/commitments/{ours['commitment'].pk}",
        f"{API}/activities/{ours['activity'].pk}/updates",
        f"{API}/contributions",
        f"{API}/contributions/{ours['contribution'].pk}",
        f"{API}/contributions/totals",
    ]
    for url in urls:
        response = client.get(url, headers=coordinator_auth)
        assert response.status_code == 200, (url, response.content)


def test_a_strategy_nests_its_priority_areas_and_goals(client, partnership, ours, coordinator_auth):
    with scopes_disabled():
        second = strategy_services.create_goal(
            priority_area=ours["priority_area"], title_fr="Reconnaissance des titres"
        )
    data = client.get(f"{API}/strategies/{ours['strategy'].pk}", headers=coordinator_auth).json()
    assert data["title_fr"] == "Stratégie Ottawa"
    assert data["period_start"] == "2011-04-01"
    [area] = data["priority_areas"]
    assert area["name_en"] == "Ottawa economic integration"
    assert [g["id"] for g in area["goals"]] == [ours["goal"].pk, second.pk]
    assert area["goals"][1]["title_fr"] == "Reconnaissance des titres"
    goal = client.get(f"{API}/goals/{ours['goal'].pk}", headers=coordinator_auth).json()
    assert goal["strategy_id"] == ours["strategy"].pk
    assert goal["priority_area_id"] == ours["priority_area"].pk
    goals = client.get(
        f"{API}/goals?priority_area_id={ours['priority_area'].pk}", headers=coordinator_auth
    ).json()
    assert goals["count"] == 2


def test_plans_are_listed_by_fiscal_year_label(client, partnership, ours, coordinator_auth):
    with scopes_disabled():
        action_services.create_plan(partnership=partnership, fiscal_year=2012)
    everything = client.get(f"{API}/plans", headers=coordinator_auth).json()
    assert [p["fiscal_year_label"] for p in everything["items"]] == ["2012-13", "2011-12"]
    only = client.get(f"{API}/plans?fiscal_year=2011-12", headers=coordinator_auth).json()
    assert [p["id"] for p in only["items"]] == [ours["plan"].pk]
    assert (
        client.get(f"{API}/plans?fiscal_year=2011", headers=coordinator_auth).json()["count"] == 1
    )
    bad = client.get(f"{API}/plans?fiscal_year=2011-13", headers=coordinator_auth)
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["query", "fiscal_year"]
    assert "2011-12" in bad.json()["detail"][0]["msg"]


def test_activities_are_filtered(client, partnership, ours, coordinator_auth, other_organization):
    with scopes_disabled():
        later = action_services.create_plan(partnership=partnership, fiscal_year=2012)
        other = action_services.create_activity(
            plan=later,
            title_en="Civic training",
            status="in_progress",
            lead_organization=other_organization,
            supporting_organizations=[ours["organization"]],
        )

    def ids(query: str) -> list[int]:
        response = client.get(f"{API}/activities?{query}", headers=coordinator_auth)
        assert response.status_code == 200, response.content
        return [a["id"] for a in response.json()["items"]]

    mine, theirs_ = ours["activity"].pk, other.pk
    assert ids("") == [theirs_, mine]  # the latest fiscal year first
    assert ids(f"plan_id={ours['plan'].pk}") == [mine]
    assert ids("fiscal_year=2012-13") == [theirs_]
    assert ids(f"goal_id={ours['goal'].pk}") == [mine]
    assert ids("status=in_progress") == [theirs_]
    assert ids(f"lead_organization_id={other_organization.pk}") == [theirs_]
    bad = client.get(f"{API}/activities?status=asleep", headers=coordinator_auth)
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["query", "status"]
    row = client.get(f"{API}/activities?plan_id={later.pk}", headers=coordinator_auth).json()
    assert row["items"][0]["supporting_organization_ids"] == [ours["organization"].pk]
    assert row["items"][0]["fiscal_year_label"] == "2012-13"


def test_an_activity_comes_with_its_indicators(client, partnership, ours, coordinator_auth):
    data = client.get(f"{API}/activities/{ours['activity'].pk}", headers=coordinator_auth).json()
    assert data["title_en"] == "Ottawa mentoring"
    assert data["lead_organization_id"] == ours["organization"].pk
    assert data["last_progress_at"] is not None
    [indicator] = data["indicators"]
    assert indicator["kind"] == "how_much"
    assert Decimal(indicator["target"]) == 100
    measurements = client.get(
        f"{API}/indicators/{ours['indicator'].pk}/measurements", headers=coordinator_auth
    ).json()
    assert [(m["date"], Decimal(m["value"])) for m in measurements["items"]] == [("2011-09-30", 40)]


def test_lists_of_activities_are_paginated(client, partnership, ours, coordinator_auth):
    with scopes_disabled():
        for n in range(4):
            action_services.create_activity(plan=ours["plan"], title_en=f"Extra {n}")
    first = client.get(f"{API}/activities?limit=2&offset=0", headers=coordinator_auth).json()
    rest = client.get(f"{API}/activities?limit=10&offset=2", headers=coordinator_auth).json()
    assert first["count"] == 5
    assert len(first["items"]) == 2
    assert len(rest["items"]) == 3
    assert {a["id"] for a in first["items"]}.isdisjoint({a["id"] for a in rest["items"]})


def grow(partnership, world: dict, n: int) -> None:
    """`n` more of every listed record, each with its relations."""
    with scopes_disabled():
        sector = Sector.objects.order_by("code").first()
        for i in range(n):
            organization = partnership_services.create_organization(
                partnership=partnership, name_en=f"Grown {i}"
            )
            partnership_services.make_partner(organization=organization, sectors=[sector])
            area = strategy_services.create_priority_area(
                strategy=world["strategy"], name_en=f"Area {i}"
            )
            goal = strategy_services.create_goal(priority_area=area, title_en=f"Goal {i}")
            activity = action_services.create_activity(
                plan=world["plan"],
                goal=goal,
                title_en=f"Grown {i}",
                lead_organization=organization,
                supporting_organizations=[world["organization"]],
            )
            indicator = action_services.create_indicator(
                activity=activity, kind="how_well", name_en=f"Grown {i}"
            )
            action_services.add_measurement(
                indicator=world["indicator"], date=dt.date(2011, 10, 1 + i), value=Decimal(i)
            )
            action_services.add_measurement(indicator=indicator, date=dt.date(2011, 10, 1), value=1)
            progress_services.create_commitment(
                partnership=partnership, organization=organization, goal=goal
            )
            progress_services.post_progress_update(
                activity=world["activity"], author=None, text=f"Update {i}"
            )
            resource_services.record_contribution(
                partnership=partnership,
                source_organization=organization,
                kind="in_kind",
                amount=Decimal(100 + i),
                fiscal_year=2011,
            )


def test_list_queries_do_not_grow_with_the_rows(client, partnership, ours, coordinator_auth):
    urls = [
        f"{API}/strategies",
        f"{API}/strategies/{ours['strategy'].pk}",
        f"{API}/priority-areas",
        f"{API}/goals",
        f"{API}/plans",
        f"{API}/activities",
        f"{API}/indicators",
        f"{API}/indicators/{ours['indicator'].pk}/measurements",
        f"{API}/commitments",
        f"{API}/activities/{ours['activity'].pk}/updates",
        f"{API}/contributions",
        f"{API}/contributions/totals",
    ]

    def queries(url: str) -> int:
        client.get(url, headers=coordinator_auth)  # warm caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, headers=coordinator_auth)
        assert response.status_code == 200, url
        return len(captured.captured_queries)

    before = {url: queries(url) for url in urls}
    grow(partnership, ours, 6)
    after = {url: queries(url) for url in urls}
    assert after == before
    assert max(after.values()) <= 14
    listed = client.get(f"{API}/activities", headers=coordinator_auth).json()
    assert listed["count"] == 7


# --- Roles -------------------------------------------------------------------------------------


def writes(world: dict) -> list[tuple[str, str, object]]:
    return [
        ("post", f"{API}/activities", {"plan_id": world["plan"].pk, "title_en": "New"}),
        (
            "patch",
            f"{API}/activities/{world['activity'].pk}",
            {"version": world["activity"].version, "title_en": "Renamed"},
        ),
        (
            "post",
            f"{API}/indicators",
            {"activity_id": world["activity"].pk, "kind": "how_well", "name_en": "Satisfaction"},
        ),
        (
            "post",
            f"{API}/indicators/{world['indicator'].pk}/measurements",
            {"date": "2012-01-31", "value": "55"},
        ),
        (
            "post",
            f"{API}/contributions",
            {"source_name": "United Way", "kind": "cash", "amount": "10", "fiscal_year": "2011-12"},
        ),
    ]


@pytest.mark.parametrize("role", ["viewer", "analyst"])
def test_viewers_and_analysts_cannot_write(client, partnership, ours, role, request):
    headers = bearer(request.getfixturevalue(role))
    before = counts()
    for method, url, payload in [
        *writes(ours),
        (
            "post",
            f"{API}/commitments",
            {"organization_id": ours["organization"].pk, "goal_id": ours["goal"].pk},
        ),
        ("post", f"{API}/activities/{ours['activity'].pk}/updates", {"text": "Done"}),
    ]:
        response = call(client, method, url, headers, payload)
        assert response.status_code == 403, (method, url, response.content)
        assert response.json()["detail"] == "You do not have permission to do this."
    assert counts() == before


def test_members_cannot_change_the_plan(client, partnership, ours, member_auth):
    before = counts()
    for method, url, payload in writes(ours):
        response = call(client, method, url, member_auth, payload)
        assert response.status_code == 403, (method, url)
    assert counts() == before


def test_a_member_commits_only_for_their_own_organization(
    client, partnership, ours, member_auth, other_organization
):
    url = f"{API}/commitments"
    mine = call(
        client,
        "post",
        url,
        member_auth,
        {
            "organization_id": ours["organization"].pk,
            "goal_id": ours["goal"].pk,
            "brings": "space",
            "description_fr": "Une salle de réunion",
        },
    )
    assert mine.status_code == 201, mine.content
    assert mine.json()["brings"] == "space"
    assert mine.json()["description_fr"] == "Une salle de réunion"
    before = counts()
    other = call(
        client,
        "post",
        url,
        member_auth,
        {"organization_id": other_organization.pk, "goal_id": ours["goal"].pk},
    )
    assert other.status_code == 403
    assert counts() == before


def test_a_member_not_linked_to_an_organization_cannot_commit(client, partnership, ours, member):
    response = call(
        client,
        "post",
        f"{API}/commitments",
        bearer(member),
        {"organization_id": ours["organization"].pk, "goal_id": ours["goal"].pk},
    )
    assert response.status_code == 403


def test_a_commitment_names_a_goal_or_an_activity(
    client, partnership, ours, theirs, coordinator_auth
):
    before = counts()
    both = call(
        client,
        "post",
        f"{API}/commitments",
        coordinator_auth,
        {
            "organization_id": ours["organization"].pk,
            "goal_id": ours["goal"].pk,
            "activity_id": ours["activity"].pk,
        },
    )
    assert both.status_code == 422
    assert {"goal", "activity"} <= {e["loc"][-1] for e in both.json()["detail"]}
    foreign = call(
        client,
        "post",
        f"{API}/commitments",
        coordinator_auth,
        {"organization_id": ours["organization"].pk, "goal_id": theirs["goal"].pk},
    )
    assert foreign.status_code == 422
    assert foreign.json()["detail"][0]["loc"] == ["body", "goal_id"]
    assert counts() == before


def test_a_member_posts_progress_on_their_organizations_activity(
    client, partnership, ours, member, member_auth
):
    url = f"{API}/activities/{ours['activity'].pk}/updates"
    response = call(
        client,
        "post",
        url,
        member_auth,
        {
            "text": "Second cohort started",
            "organization_id": ours["organization"].pk,
            "percent_complete": 50,
            "evidence_url": "https://example.org/report",
            "new_status": "in_progress",
        },
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["author_name"] == "Mo Member"
    assert data["activity_status"] == "in_progress"
    listed = client.get(url, headers=member_auth).json()
    assert [u["text"] for u in listed["items"]] == ["Second cohort started", "Ottawa first cohort"]
    with scopes_disabled():
        assert Activity.objects.get(pk=ours["activity"].pk).status == "in_progress"


def test_a_member_posting_on_another_organizations_activity_is_refused(
    client, partnership, ours, member_auth, other_organization
):
    with scopes_disabled():
        theirs_ = action_services.create_activity(
            plan=ours["plan"], title_en="Health clinic", lead_organization=other_organization
        )
    before = counts()
    response = call(
        client,
        "post",
        f"{API}/activities/{theirs_.pk}/updates",
        member_auth,
        {"text": "We did it", "organization_id": ours["organization"].pk},
    )
    assert response.status_code == 403
    assert counts() == before


def test_a_supporting_member_posts_but_cannot_change_the_status(
    client, partnership, ours, member_auth, other_organization
):
    with scopes_disabled():
        supported = action_services.create_activity(
            plan=ours["plan"],
            title_en="Health clinic",
            lead_organization=other_organization,
            supporting_organizations=[ours["organization"]],
        )
    url = f"{API}/activities/{supported.pk}/updates"
    update = {"text": "Interpreters booked", "organization_id": ours["organization"].pk}
    status = call(client, "post", url, member_auth, {**update, "new_status": "completed"})
    assert status.status_code == 403
    foreign = call(client, "post", url, member_auth, {**update, "organization_id": None})
    assert foreign.status_code == 422
    assert foreign.json()["detail"][0]["loc"] == ["body", "organization_id"]
    not_theirs = call(
        client, "post", url, member_auth, {**update, "organization_id": other_organization.pk}
    )
    assert not_theirs.status_code == 422
    assert not_theirs.json()["detail"][0]["loc"] == ["body", "organization_id"]
    assert call(client, "post", url, member_auth, update).status_code == 201


def test_progress_updates_are_validated(client, partnership, ours, coordinator_auth):
    url = f"{API}/activities/{ours['activity'].pk}/updates"
    before = counts()
    for payload, field in [
        ({"text": "  "}, "text"),
        ({"text": "Half", "percent_complete": 150}, "percent_complete"),
        ({"text": "Link", "evidence_url": "not a link"}, "evidence_url"),
        ({"text": "Jump", "new_status": "cancelled"}, "new_status"),
        ({"text": "Odd", "new_status": "asleep"}, "new_status"),
    ]:
        response = call(client, "post", url, coordinator_auth, payload)
        assert response.status_code == 422, (payload, response.content)
        assert field in [e["loc"][-1] for e in response.json()["detail"]], response.json()
    assert counts() == before
    done = call(client, "post", url, coordinator_auth, {"text": "Launched"})
    assert done.status_code == 201
    assert done.json()["organization_id"] is None


# --- Writes, validation, optimistic locking ---------------------------------------------------


def test_a_coordinator_builds_an_activity_with_indicators_and_measurements(
    client, partnership, ours, coordinator_auth, other_organization
):
    created = call(
        client,
        "post",
        f"{API}/activities",
        coordinator_auth,
        {
            "plan_id": ours["plan"].pk,
            "goal_id": ours["goal"].pk,
            "title_en": "Youth Futures",
            "title_fr": "Avenir jeunesse",
            "lead_organization_id": other_organization.pk,
            "supporting_organization_ids": [ours["organization"].pk],
            "start_date": "2011-06-01",
            "end_date": "2011-08-31",
            "status": "in_progress",
            "budget": "12500.50",
        },
    )
    assert created.status_code == 201, created.content
    activity = created.json()
    assert activity["supporting_organization_ids"] == [ours["organization"].pk]
    assert Decimal(activity["budget"]) == Decimal("12500.50")
    assert activity["indicators"] == []
    indicator = call(
        client,
        "post",
        f"{API}/indicators",
        coordinator_auth,
        {
            "activity_id": activity["id"],
            "kind": "better_off",
            "name_fr": "Jeunes ayant un emploi",
            "unit": "%",
            "baseline": 10,
            "target": "60",
            "target_date": "2012-03-31",
        },
    )
    assert indicator.status_code == 201, indicator.content
    measurement = call(
        client,
        "post",
        f"{API}/indicators/{indicator.json()['id']}/measurements",
        coordinator_auth,
        {"date": "2011-09-01", "value": 35, "source": "Exit survey"},
    )
    assert measurement.status_code == 201, measurement.content
    assert measurement.json()["source"] == "Exit survey"
    detail = client.get(f"{API}/activities/{activity['id']}", headers=coordinator_auth).json()
    assert [i["name_fr"] for i in detail["indicators"]] == ["Jeunes ayant un emploi"]


def test_invalid_activities_answer_422_with_the_field(
    client, partnership, ours, theirs, coordinator_auth
):
    url = f"{API}/activities"
    plan = ours["plan"].pk
    before = counts()
    for payload, field in [
        ({"plan_id": plan, "title_en": "X", "start_date": "2012-01-01", "end_date": "2011-01-01"},
         "end_date"),
        ({"plan_id": plan, "description_en": "no title"}, "title_en"),
        ({"plan_id": plan, "title_en": "X", "status": "asleep"}, "status"),
        ({"plan_id": plan, "title_en": "X", "budget": "a lot"}, "budget"),
        ({"plan_id": plan, "title_en": "X", "budget": "1234567890123"}, "budget"),
        ({"plan_id": plan, "title_en": "X", "goal_id": theirs["goal"].pk}, "goal_id"),
        ({"plan_id": theirs["plan"].pk, "title_en": "X"}, "plan_id"),
        ({"plan_id": plan, "title_en": "X", "lead_organization_id": theirs["organization"].pk},
         "lead_organization_id"),
        ({"plan_id": plan, "title_en": "X",
          "supporting_organization_ids": [theirs["organization"].pk]},
         "supporting_organization_ids"),
        ({"title_en": "X"}, "plan_id"),
    ]:  # fmt: skip
        response = call(client, "post", url, coordinator_auth, payload)
        assert response.status_code == 422, (payload, response.content)
        assert field in [e["loc"][-1] for e in response.json()["detail"]], response.json()
    assert counts() == before


def test_invalid_indicators_measurements_and_contributions_answer_422(
    client, partnership, ours, theirs, coordinator_auth
):
    before = counts()
    cases = [
        (f"{API}/indicators", {"activity_id": ours["activity"].pk, "kind": "how_much"}, "name_en"),
        (
            f"{API}/indicators",
            {"activity_id": ours["activity"].pk, "kind": "vibes", "name_en": "X"},
            "kind",
        ),
        (
            f"{API}/indicators",
            {"activity_id": theirs["activity"].pk, "kind": "how_much", "name_en": "X"},
            "activity_id",
        ),
        (f"{API}/indicators/{ours['indicator'].pk}/measurements", {"value": 3}, "date"),
        (
            f"{API}/indicators/{ours['indicator'].pk}/measurements",
            {"date": "2011-10-01", "value": "lots"},
            "value",
        ),
        (
            f"{API}/contributions",
            {
                "source_organization_id": ours["organization"].pk,
                "source_name": "Also a name",
                "kind": "cash",
                "amount": 5,
                "fiscal_year": "2011-12",
            },
            "source_name",
        ),
        (
            f"{API}/contributions",
            {"source_name": "City", "kind": "cash", "amount": 5, "fiscal_year": "next year"},
            "fiscal_year",
        ),
        (
            f"{API}/contributions",
            {"source_name": "City", "kind": "cash", "amount": -5, "fiscal_year": 2011},
            "amount",
        ),
        (
            f"{API}/contributions",
            {
                "source_name": "City",
                "kind": "cash",
                "amount": 5,
                "fiscal_year": 2011,
                "purpose": "activity",
            },
            "activity",
        ),
        (
            f"{API}/contributions",
            {
                "source_organization_id": theirs["organization"].pk,
                "kind": "in_kind",
                "amount": 5,
                "fiscal_year": 2011,
            },
            "source_organization_id",
        ),
    ]
    for url, payload, field in cases:
        response = call(client, "post", url, coordinator_auth, payload)
        assert response.status_code == 422, (url, payload, response.content)
        assert field in [e["loc"][-1] for e in response.json()["detail"]], response.json()
    assert counts() == before


def test_an_activity_update_carries_the_version_and_a_stale_one_answers_409(
    client, partnership, ours, coordinator_auth, other_organization
):
    url = f"{API}/activities/{ours['activity'].pk}"
    version = client.get(url, headers=coordinator_auth).json()["version"]
    first = call(
        client,
        "patch",
        url,
        coordinator_auth,
        {
            "version": version,
            "status": "delayed",
            "supporting_organization_ids": [other_organization.pk],
        },
    )
    assert first.status_code == 200, first.content
    data = first.json()
    assert data["version"] == version + 1
    assert data["status"] == "delayed"
    assert data["title_en"] == "Ottawa mentoring"  # fields not sent are kept
    assert data["supporting_organization_ids"] == [other_organization.pk]
    stale = call(client, "patch", url, coordinator_auth, {"version": version, "title_en": "Old"})
    assert stale.status_code == 409
    assert stale.json()["code"] == "stale"
    cleared = call(
        client, "patch", url, coordinator_auth, {"version": version + 1, "goal_id": None}
    )
    assert cleared.status_code == 200
    assert cleared.json()["goal_id"] is None
    nulled = call(
        client, "patch", url, coordinator_auth, {"version": version + 2, "title_en": None}
    )
    assert nulled.status_code == 422
    assert nulled.json()["detail"][0]["loc"] == ["body", "title_en"]
    backwards = call(
        client, "patch", url, coordinator_auth, {"version": version + 2, "end_date": "2011-01-01"}
    )
    assert backwards.status_code == 422
    with scopes_disabled():
        activity = Activity.objects.get(pk=ours["activity"].pk)
        assert activity.title_en == "Ottawa mentoring"
        assert activity.end_date == dt.date(2012, 3, 31)
        assert activity.version == version + 2


# --- Contributions -----------------------------------------------------------------------------


def test_contributions_are_recorded_listed_by_year_and_totalled(
    client, partnership, ours, coordinator_auth
):
    created = call(
        client,
        "post",
        f"{API}/contributions",
        coordinator_auth,
        {
            "source_name": "United Way",
            "kind": "in_kind",
            "amount": "250.00",
            "fiscal_year": "2012-13",
            "purpose": "activity",
            "activity_id": ours["activity"].pk,
            "description": "Meeting space",
        },
    )
    assert created.status_code == 201, created.content
    assert created.json()["fiscal_year_label"] == "2012-13"
    assert created.json()["fiscal_year"] == 2012
    listed = client.get(f"{API}/contributions?fiscal_year=2012-13", headers=coordinator_auth)
    assert [c["source_name"] for c in listed.json()["items"]] == ["United Way"]
    cash = client.get(f"{API}/contributions?kind=cash", headers=coordinator_auth).json()
    assert [c["id"] for c in cash["items"]] == [ours["contribution"].pk]

    totals = client.get(f"{API}/contributions/totals", headers=coordinator_auth).json()
    assert totals["fiscal_year"] is None
    assert Decimal(totals["overall"]["total"]) == Decimal("1750.00")
    assert [(r["key"], r["label"], Decimal(r["total"])) for r in totals["by_year"]] == [
        (2011, "2011-12", Decimal("1500.00")),
        (2012, "2012-13", Decimal("250.00")),
    ]
    assert {r["label"] for r in totals["by_source"]} == {"Ottawa Settlement Agency", "United Way"}
    assert {r["key"]: Decimal(r["total"]) for r in totals["by_kind"]} == {
        "cash": Decimal("1500.00"),
        "in_kind": Decimal("250.00"),
    }
    assert sum(Decimal(r["total"]) for r in totals["by_sector"]) == Decimal("1750.00")
    year = client.get(
        f"{API}/contributions/totals?fiscal_year=2012-13", headers=coordinator_auth
    ).json()
    assert year["fiscal_year_label"] == "2012-13"
    assert Decimal(year["overall"]["in_kind"]) == Decimal("250.00")
    assert Decimal(year["overall"]["cash"]) == 0
    assert len(year["by_year"]) == 2  # the years are always all there
    bad = client.get(f"{API}/contributions/totals?fiscal_year=soon", headers=coordinator_auth)
    assert bad.status_code == 422


def test_french_clients_get_french_messages(client, partnership, ours, coordinator_auth):
    response = client.get(
        f"{API}/plans?fiscal_year=bientôt",
        headers={**coordinator_auth, "Accept-Language": "fr"},
    )
    assert response.status_code == 422
    assert "exercice" in response.json()["detail"][0]["msg"]


# --- OpenAPI -----------------------------------------------------------------------------------


def test_the_openapi_document_lists_every_new_path(client, db):
    paths = set(json.loads(client.get("/api/openapi.json").content)["paths"])
    base = "/api/partnerships/{slug}"
    expected = {
        f"{base}/strategies",
        f"{base}/strategies/{{strategy_id}}",
        f"{base}/priority-areas",
        f"{base}/priority-areas/{{priority_area_id}}",
        f"{base}/goals",
        f"{base}/goals/{{goal_id}}",
        f"{base}/plans",
        f"{base}/plans/{{plan_id}}",
        f"{base}/activities",
        f"{base}/activities/{{activity_id}}",
        f"{base}/indicators",
        f"{base}/indicators/{{indicator_id}}",
        f"{base}/indicators/{{indicator_id}}/measurements",
        f"{base}/commitments",
        f"{base}/commitments/{{commitment_id}}",
        f"{base}/activities/{{activity_id}}/updates",
        f"{base}/contributions",
        f"{base}/contributions/totals",
        f"{base}/contributions/{{contribution_id}}",
    }
    assert expected <= paths
