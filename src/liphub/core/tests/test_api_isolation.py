"""Cross-partnership isolation of the API: another partnership's ids answer 404, change nothing.

Every API route with an object id is attacked as the Ottawa coordinator with Kingston's ids,
under the Ottawa slug and under the Kingston slug, with every method the route accepts.
"""

from __future__ import annotations

import json

import pytest
from django.urls import get_resolver, reverse
from django_scopes import scopes_disabled

from liphub.actions.models import ActionPlan, Activity, Indicator, Measurement
from liphub.core.tests.test_api import bearer
from liphub.core.tests.test_api_plans import build_everything
from liphub.core.tests.test_isolation_coverage import _walk, id_taking_url_names
from liphub.documents.models import Document
from liphub.meetings.models import Attendance, Meeting
from liphub.partnerships.models import Body, Organization, Partner, Person, Seat
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.resources.models import Contribution
from liphub.strategy.models import Goal, PriorityArea, Strategy

ISOLATED_URLS: set[str] = {
    "api:organization_detail",
    "api:organization_update",
    "api:partner_detail",
    "api:person_detail",
    "api:body_detail",
    "api:body_update",
    "api:seat_detail",
    "api:meeting_detail",
    "api:meeting_update",
    "api:attendance_detail",
    "api:attendance_update",
    "api:document_detail",
    "api:document_download",
    "api:strategy_detail",
    "api:priority_area_detail",
    "api:goal_detail",
    "api:plan_detail",
    "api:activity_detail",
    "api:activity_update",
    "api:indicator_detail",
    "api:measurement_list",
    "api:measurement_create",
    "api:commitment_detail",
    "api:progress_update_list",
    "api:progress_update_create",
    "api:contribution_detail",
}

# URL name -> (id kwarg, key of the object in build_world, method, request body)
ATTACKS: dict[str, tuple[str, str, str, object]] = {
    "api:organization_detail": ("organization_id", "organization", "get", None),
    "api:organization_update": (
        "organization_id",
        "organization",
        "patch",
        {"version": 1, "name_en": "Hijacked"},
    ),
    "api:partner_detail": ("partner_id", "partner", "get", None),
    "api:person_detail": ("person_id", "person", "get", None),
    "api:body_detail": ("body_id", "body", "get", None),
    "api:body_update": ("body_id", "body", "patch", {"version": 1, "name_en": "Hijacked"}),
    "api:seat_detail": ("seat_id", "seat", "get", None),
    "api:meeting_detail": ("meeting_id", "meeting", "get", None),
    "api:meeting_update": (
        "meeting_id",
        "meeting",
        "patch",
        {"version": 1, "title_en": "Hijacked", "minutes_en": "Hijacked"},
    ),
    "api:attendance_detail": ("meeting_id", "meeting", "get", None),
    "api:attendance_update": ("meeting_id", "meeting", "put", "SEAT"),
    "api:document_detail": ("document_id", "document", "get", None),
    "api:document_download": ("document_id", "document", "get", None),
    "api:strategy_detail": ("strategy_id", "strategy", "get", None),
    "api:priority_area_detail": ("priority_area_id", "priority_area", "get", None),
    "api:goal_detail": ("goal_id", "goal", "get", None),
    "api:plan_detail": ("plan_id", "plan", "get", None),
    "api:activity_detail": ("activity_id", "activity", "get", None),
    "api:activity_update": (
        "activity_id",
        "activity",
        "patch",
        # version 2: the progress update of the world moved the activity on once
        {"version": 2, "title_en": "Hijacked", "status": "cancelled"},
    ),
    "api:indicator_detail": ("indicator_id", "indicator", "get", None),
    "api:measurement_list": ("indicator_id", "indicator", "get", None),
    "api:measurement_create": (
        "indicator_id",
        "indicator",
        "post",
        {"date": "2012-01-31", "value": "99"},
    ),
    "api:commitment_detail": ("commitment_id", "commitment", "get", None),
    "api:progress_update_list": ("activity_id", "activity", "get", None),
    "api:progress_update_create": (
        "activity_id",
        "activity",
        "post",
        {"text": "Hijacked", "new_status": "in_progress"},
    ),
    "api:contribution_detail": ("contribution_id", "contribution", "get", None),
}


@pytest.fixture
def ours(partnership):
    return build_everything(partnership, "Ottawa")


@pytest.fixture
def theirs(other_partnership):
    return build_everything(other_partnership, "Kingston")


TENANT_MODELS = (
    Organization,
    Partner,
    Person,
    Body,
    Seat,
    Meeting,
    Attendance,
    Document,
    Strategy,
    PriorityArea,
    Goal,
    ActionPlan,
    Activity,
    Indicator,
    Measurement,
    Commitment,
    ProgressUpdate,
    Contribution,
)


def snapshot(partnership) -> dict[str, list]:
    """Every tenant row of a partnership with its version and update time."""
    with scopes_disabled():
        return {
            model.__name__: sorted(
                model.objects.filter(partnership=partnership).values_list(
                    "pk", "version", "updated_at"
                )
            )
            for model in TENANT_MODELS
        }


def test_every_api_route_with_an_id_is_attacked():
    api_id_urls = {name for name in id_taking_url_names() if name.startswith("api:")}
    assert api_id_urls == ISOLATED_URLS
    assert set(ATTACKS) == ISOLATED_URLS


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(ISOLATED_URLS))
@pytest.mark.parametrize("slug_of", ["ours", "theirs"])
def test_another_partnerships_ids_answer_404_and_change_nothing(
    client, partnership, other_partnership, coordinator, ours, theirs, name, slug_of
):
    kwarg, key, method, payload = ATTACKS[name]
    slug = partnership.slug if slug_of == "ours" else other_partnership.slug
    url = reverse(name, kwargs={"slug": slug, kwarg: theirs[key].pk})
    if payload == "SEAT":
        payload = [{"seat_id": theirs["seat"].pk, "status": "present"}]
    headers = bearer(coordinator)
    before = snapshot(other_partnership)
    mine_before = snapshot(partnership)

    kwargs: dict = {"headers": headers}
    if payload is not None:
        kwargs.update(data=json.dumps(payload), content_type="application/json")
    response = getattr(client, method)(url, **kwargs)

    assert response.status_code == 404, (name, slug, response.content)
    assert snapshot(other_partnership) == before
    assert snapshot(partnership) == mine_before


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(ISOLATED_URLS))
def test_the_same_routes_answer_for_our_own_ids(client, partnership, coordinator, ours, name):
    """The attack above fails because of the partnership, not because the route is broken."""
    kwarg, key, method, payload = ATTACKS[name]
    url = reverse(name, kwargs={"slug": partnership.slug, kwarg: ours[key].pk})
    if payload == "SEAT":
        payload = [{"seat_id": ours["seat"].pk, "status": "present"}]
    kwargs: dict = {"headers": bearer(coordinator)}
    if payload is not None:
        kwargs.update(data=json.dumps(payload), content_type="application/json")
    response = getattr(client, method)(url, **kwargs)
    expected = 201 if method == "post" else 200  # a POST on an object's URL creates under it
    assert response.status_code == expected, (name, response.content)


LIST_URLS = [
    ("api:partnership_detail", "get", None),
    ("api:organization_list", "get", None),
    ("api:organization_create", "post", {"name_en": "Intruder"}),
    ("api:partner_list", "get", None),
    ("api:partner_create", "post", {"organization_id": 1}),
    ("api:person_list", "get", None),
    ("api:body_list", "get", None),
    ("api:body_create", "post", {"kind": "council", "name_en": "Intruder"}),
    ("api:seat_list", "get", None),
    ("api:seat_create", "post", {"body_id": 1, "person_id": 1}),
    ("api:audit_list", "get", None),
    ("api:meeting_list", "get", None),
    ("api:meeting_create", "post", {"body_id": 1, "starts_at": "2030-01-01T10:00:00Z"}),
    ("api:document_list", "get", None),
    ("api:strategy_list", "get", None),
    ("api:priority_area_list", "get", None),
    ("api:goal_list", "get", None),
    ("api:plan_list", "get", None),
    ("api:activity_list", "get", None),
    ("api:activity_create", "post", {"plan_id": 1, "title_en": "Intruder"}),
    ("api:indicator_list", "get", None),
    ("api:indicator_create", "post", {"activity_id": 1, "kind": "how_much", "name_en": "X"}),
    ("api:commitment_list", "get", None),
    ("api:commitment_create", "post", {"organization_id": 1, "goal_id": 1}),
    ("api:contribution_list", "get", None),
    ("api:contribution_totals", "get", None),
    (
        "api:contribution_create",
        "post",
        {"source_name": "Intruder", "kind": "cash", "amount": "1", "fiscal_year": "2011-12"},
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "method", "payload"), LIST_URLS)
def test_another_partnerships_slug_answers_404_on_every_route(
    client, partnership, other_partnership, coordinator, theirs, name, method, payload
):
    url = reverse(name, kwargs={"slug": other_partnership.slug})
    kwargs: dict = {"headers": bearer(coordinator)}
    if payload is not None:
        kwargs.update(data=json.dumps(payload), content_type="application/json")
    before = snapshot(other_partnership)
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == 404, (name, response.content)
    assert snapshot(other_partnership) == before


@pytest.mark.django_db
def test_the_partnership_list_never_shows_another_partnership(
    client, partnership, other_partnership, coordinator, other_coordinator
):
    mine = client.get("/api/partnerships", headers=bearer(coordinator)).json()
    theirs_ = client.get("/api/partnerships", headers=bearer(other_coordinator)).json()
    assert [p["slug"] for p in mine["items"]] == ["ottawa"]
    assert [p["slug"] for p in theirs_["items"]] == ["kingston"]


def test_every_api_route_of_a_partnership_is_tried_with_another_slug():
    with_slug = {
        name
        for name, _route, kwargs in _walk(get_resolver().url_patterns)
        if name.startswith("api:") and "slug" in kwargs
    }
    assert with_slug == ISOLATED_URLS | {name for name, _m, _p in LIST_URLS}
