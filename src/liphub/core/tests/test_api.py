"""The JSON API: authentication, roles, validation, optimistic locking, documents, OpenAPI."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.contrib.staticfiles import finders
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.accounts.models import ApiToken
from liphub.documents import services as document_services
from liphub.meetings import services as meeting_services
from liphub.meetings.models import Attendance, Meeting
from liphub.partnerships import services as partnership_services
from liphub.partnerships.models import Body, Organization, Partner, Seat, Sector

pytestmark = pytest.mark.django_db


# --- Fixtures shared with test_api_isolation.py ----------------------------------------------


def build_world(partnership, prefix: str) -> dict:
    """One of everything the API serves, in `partnership`, built through the services."""
    with scopes_disabled():
        organization = partnership_services.create_organization(
            partnership=partnership,
            name_en=f"{prefix} Settlement Agency",
            name_fr=f"Agence {prefix}",
        )
        partner = partnership_services.make_partner(
            organization=organization, sectors=list(Sector.objects.all()[:1])
        )
        person = partnership_services.create_person(
            partnership=partnership, full_name=f"{prefix} Person", organization=organization
        )
        body = partnership_services.create_body(
            partnership=partnership, kind="council", name_en=f"{prefix} Council"
        )
        seat = partnership_services.create_seat(
            body=body, person=person, organization=organization, role="chair"
        )
        meeting = meeting_services.create_meeting(
            partnership=partnership,
            body=body,
            starts_at=timezone.now() - dt.timedelta(days=7),
            title_en=f"{prefix} council meeting",
        )
        document = document_services.upload_document(
            partnership=partnership,
            file=SimpleUploadedFile("notes.txt", b"Minutes draft", content_type="text/plain"),
            uploaded_by=None,
            title_en=f"{prefix} notes",
        )
        private = document_services.upload_document(
            partnership=partnership,
            file=SimpleUploadedFile("secret.txt", b"Budget", content_type="text/plain"),
            uploaded_by=None,
            title_en=f"{prefix} budget",
            visibility="private",
        )
    return {
        "organization": organization,
        "partner": partner,
        "person": person,
        "body": body,
        "seat": seat,
        "meeting": meeting,
        "document": document,
        "private_document": private,
    }


@pytest.fixture
def ours(partnership):
    return build_world(partnership, "Ottawa")


@pytest.fixture
def theirs(other_partnership):
    return build_world(other_partnership, "Kingston")


def bearer(user) -> dict[str, str]:
    _token, raw = ApiToken.issue(user, "tests")
    return {"Authorization": f"Bearer {raw}"}


@pytest.fixture
def coordinator_auth(coordinator):
    return bearer(coordinator)


def call(client, method: str, url: str, headers: dict, payload=None):
    kwargs = {"headers": headers}
    if payload is not None:
        kwargs.update(data=json.dumps(payload), content_type="application/json")
    return getattr(client, method.lower())(url, **kwargs)


# --- Authentication ----------------------------------------------------------------------------


def test_a_bearer_token_authenticates_and_lists_only_visible_partnerships(
    client, partnership, other_partnership, coordinator_auth
):
    response = client.get("/api/partnerships", headers=coordinator_auth)
    assert response.status_code == 200
    assert [p["slug"] for p in response.json()["items"]] == ["ottawa"]
    assert response.json()["count"] == 1


def test_a_bad_token_answers_401(client, partnership, coordinator):
    response = client.get("/api/partnerships", headers={"Authorization": "Bearer lh_wrong"})
    assert response.status_code == 401


def test_no_credentials_answer_401(client, partnership):
    assert client.get("/api/partnerships").status_code == 401
    assert client.get("/api/partnerships/ottawa/organizations").status_code == 401


def test_a_revoked_token_answers_401(client, partnership, coordinator):
    token, raw = ApiToken.issue(coordinator, "old")
    token.delete()
    response = client.get("/api/partnerships", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 401


def test_using_a_token_records_when_it_was_last_used(client, partnership, coordinator):
    token, raw = ApiToken.issue(coordinator, "script")
    client.get("/api/partnerships", headers={"Authorization": f"Bearer {raw}"})
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_the_browser_session_works_for_reading(client, partnership, viewer):
    client.force_login(viewer)
    assert client.get("/api/partnerships/ottawa").json()["role"] == "viewer"


def test_a_session_write_without_the_csrf_token_is_refused(partnership, coordinator):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(coordinator)
    response = browser.post(
        "/api/partnerships/ottawa/organizations",
        data=json.dumps({"name_en": "Sneaky"}),
        content_type="application/json",
    )
    assert response.status_code == 403
    with scopes_disabled():
        assert not Organization.objects.filter(name_en="Sneaky").exists()


def test_a_token_write_needs_no_csrf_token(partnership, coordinator_auth):
    from django.test import Client

    response = call(
        Client(enforce_csrf_checks=True),
        "post",
        "/api/partnerships/ottawa/organizations",
        coordinator_auth,
        {"name_en": "Library"},
    )
    assert response.status_code == 201


# --- Roles -------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["viewer", "member", "analyst"])
def test_only_coordinators_may_write(client, partnership, ours, role, request):
    headers = bearer(request.getfixturevalue(role))
    writes = [
        ("post", "/api/partnerships/ottawa/organizations", {"name_en": "New"}),
        (
            "patch",
            f"/api/partnerships/ottawa/organizations/{ours['organization'].pk}",
            {"version": 1, "name_en": "Renamed"},
        ),
        ("post", "/api/partnerships/ottawa/bodies", {"kind": "working_group", "name_en": "WG"}),
        (
            "put",
            f"/api/partnerships/ottawa/meetings/{ours['meeting'].pk}/attendance",
            [{"seat_id": ours["seat"].pk, "status": "present"}],
        ),
    ]
    for method, url, payload in writes:
        response = call(client, method, url, headers, payload)
        assert response.status_code == 403, (method, url)
    with scopes_disabled():
        assert Organization.objects.filter(partnership=partnership).count() == 1
        assert not Attendance.objects.exists()


@pytest.mark.parametrize("role", ["viewer", "member", "analyst"])
def test_every_role_may_read(client, partnership, ours, role, request):
    headers = bearer(request.getfixturevalue(role))
    response = client.get("/api/partnerships/ottawa/organizations", headers=headers)
    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_the_audit_trail_is_for_coordinators(client, partnership, ours, viewer, coordinator_auth):
    assert client.get("/api/partnerships/ottawa/audit", headers=bearer(viewer)).status_code == 403
    response = client.get("/api/partnerships/ottawa/audit", headers=coordinator_auth)
    assert response.status_code == 200
    assert response.json()["count"] > 0


# --- Reads -------------------------------------------------------------------------------------


def test_translated_fields_are_exposed_per_language(client, partnership, ours, coordinator_auth):
    organization = ours["organization"]
    response = client.get(
        f"/api/partnerships/ottawa/organizations/{organization.pk}", headers=coordinator_auth
    )
    data = response.json()
    assert data["name_en"] == "Ottawa Settlement Agency"
    assert data["name_fr"] == "Agence Ottawa"
    assert data["version"] == 1
    assert data["partner_id"] == ours["partner"].pk
    detail = client.get("/api/partnerships/ottawa", headers=coordinator_auth).json()
    assert detail["name_fr"] == "Partenariat local d'immigration d'Ottawa"
    assert detail["role"] == "coordinator"
    assert detail["networks"] == ["ontario"]


def test_lists_are_paginated(client, partnership, ours, coordinator_auth):
    with scopes_disabled():
        for n in range(3):
            partnership_services.create_organization(partnership=partnership, name_en=f"Org {n}")
    response = client.get(
        "/api/partnerships/ottawa/organizations?limit=2&offset=0", headers=coordinator_auth
    )
    data = response.json()
    assert data["count"] == 4
    assert len(data["items"]) == 2
    rest = client.get(
        "/api/partnerships/ottawa/organizations?limit=2&offset=2", headers=coordinator_auth
    ).json()
    assert {i["id"] for i in data["items"]}.isdisjoint({i["id"] for i in rest["items"]})


def test_every_list_and_detail_answers(client, partnership, ours, coordinator_auth):
    urls = [
        "/api/sectors",
        "/api/partnerships/ottawa/partners",
        f"/api/partnerships/ottawa/partners/{ours['partner'].pk}",
        "/api/partnerships/ottawa/people",
        f"/api/partnerships/ottawa/people/{ours['person'].pk}",
        "/api/partnerships/ottawa/bodies",
        f"/api/partnerships/ottawa/bodies/{ours['body'].pk}",
        f"/api/partnerships/ottawa/seats?body_id={ours['body'].pk}",
        f"/api/partnerships/ottawa/seats/{ours['seat'].pk}",
        "/api/partnerships/ottawa/meetings",
        f"/api/partnerships/ottawa/meetings/{ours['meeting'].pk}",
        f"/api/partnerships/ottawa/meetings/{ours['meeting'].pk}/attendance",
        "/api/partnerships/ottawa/documents",
        f"/api/partnerships/ottawa/documents/{ours['document'].pk}",
    ]
    for url in urls:
        response = client.get(url, headers=coordinator_auth)
        assert response.status_code == 200, url
    seat = client.get(f"/api/partnerships/ottawa/seats/{ours['seat'].pk}", headers=coordinator_auth)
    assert seat.json()["person_name"] == "Ottawa Person"
    assert seat.json()["is_current"] is True
    partner = client.get(
        f"/api/partnerships/ottawa/partners/{ours['partner'].pk}", headers=coordinator_auth
    ).json()
    assert partner["organization_name_en"] == "Ottawa Settlement Agency"
    assert len(partner["sectors"]) == 1


def test_list_queries_do_not_grow_with_the_rows(
    client, partnership, ours, coordinator_auth, django_assert_max_num_queries
):
    with scopes_disabled():
        for n in range(5):
            organization = partnership_services.create_organization(
                partnership=partnership, name_en=f"Org {n}"
            )
            partnership_services.make_partner(
                organization=organization, sectors=list(Sector.objects.all()[:2])
            )
    client.get("/api/partnerships/ottawa/partners", headers=coordinator_auth)  # warm caches
    with django_assert_max_num_queries(12):
        response = client.get("/api/partnerships/ottawa/partners", headers=coordinator_auth)
    assert response.json()["count"] == 6


def test_documents_follow_their_visibility(client, partnership, ours, viewer, coordinator_auth):
    viewer_auth = bearer(viewer)
    listed = client.get("/api/partnerships/ottawa/documents", headers=viewer_auth).json()
    assert [d["title_en"] for d in listed["items"]] == ["Ottawa notes"]
    private_url = f"/api/partnerships/ottawa/documents/{ours['private_document'].pk}"
    assert client.get(private_url, headers=viewer_auth).status_code == 404
    assert client.get(f"{private_url}/download", headers=viewer_auth).status_code == 404
    assert client.get(private_url, headers=coordinator_auth).status_code == 200


def test_a_document_downloads_through_its_link(client, partnership, ours, viewer):
    headers = bearer(viewer)
    data = client.get(
        f"/api/partnerships/ottawa/documents/{ours['document'].pk}", headers=headers
    ).json()
    assert data["download_url"].endswith(f"/documents/{ours['document'].pk}/download")
    response = client.get(data["download_url"], headers=headers)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Minutes draft"
    assert "attachment" in response["Content-Disposition"]


# --- Writes, validation, optimistic locking ---------------------------------------------------


def test_a_coordinator_creates_an_organization_and_the_audit_trail_names_them(
    client, partnership, coordinator, coordinator_auth
):
    from auditlog.models import LogEntry

    response = call(
        client,
        "post",
        "/api/partnerships/ottawa/organizations",
        coordinator_auth,
        {"name_en": "Public Library", "name_fr": "Bibliothèque publique", "is_francophone": True},
    )
    assert response.status_code == 201
    data = response.json()
    assert data["name_fr"] == "Bibliothèque publique"
    with scopes_disabled():
        organization = Organization.objects.get(pk=data["id"])
    assert organization.partnership == partnership
    entry = LogEntry.objects.get_for_object(organization).get()
    assert entry.actor == coordinator


def test_validation_errors_answer_422_with_the_field(client, partnership, coordinator_auth):
    url = "/api/partnerships/ottawa/organizations"
    response = call(client, "post", url, coordinator_auth, {"name_en": "X", "email": "nope"})
    assert response.status_code == 422
    assert ["body", "email"] in [e["loc"] for e in response.json()["detail"]]

    response = call(client, "post", url, coordinator_auth, {"alternate_name": "no name"})
    assert response.status_code == 422
    assert {"name_en", "name_fr"} <= {e["loc"][-1] for e in response.json()["detail"]}

    response = call(client, "post", url, coordinator_auth, {"year_incorporated": "long ago"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] == "year_incorporated"

    response = call(
        client, "post", "/api/partnerships/ottawa/bodies", coordinator_auth, {"kind": "cabal"}
    )
    assert response.status_code == 422
    with scopes_disabled():
        assert not Organization.objects.exists()
        assert not Body.objects.exists()


def test_malformed_json_is_refused_without_a_500(client, partnership, coordinator_auth):
    response = client.post(
        "/api/partnerships/ottawa/organizations",
        data="{not json",
        content_type="application/json",
        headers=coordinator_auth,
    )
    assert 400 <= response.status_code < 500


def test_a_stale_version_answers_409_and_changes_nothing(
    client, partnership, ours, coordinator_auth
):
    url = f"/api/partnerships/ottawa/organizations/{ours['organization'].pk}"
    first = call(client, "patch", url, coordinator_auth, {"version": 1, "name_en": "First"})
    assert first.status_code == 200
    assert first.json()["version"] == 2
    assert first.json()["name_fr"] == "Agence Ottawa"  # fields not sent are kept
    stale = call(client, "patch", url, coordinator_auth, {"version": 1, "name_en": "Second"})
    assert stale.status_code == 409
    assert "Someone else changed" in stale.json()["detail"]
    with scopes_disabled():
        assert Organization.objects.get(pk=ours["organization"].pk).name_en == "First"


def test_a_body_update_with_a_stale_version_answers_409(
    client, partnership, ours, coordinator_auth
):
    url = f"/api/partnerships/ottawa/bodies/{ours['body'].pk}"
    assert call(client, "patch", url, coordinator_auth, {"version": 1}).status_code == 200
    response = call(client, "patch", url, coordinator_auth, {"version": 1, "name_fr": "Conseil"})
    assert response.status_code == 409


def test_related_ids_of_another_partnership_are_field_errors(
    client, partnership, ours, theirs, coordinator_auth
):
    response = call(
        client,
        "post",
        "/api/partnerships/ottawa/seats",
        coordinator_auth,
        {"body_id": ours["body"].pk, "person_id": theirs["person"].pk},
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "person_id"]
    response = call(
        client,
        "post",
        "/api/partnerships/ottawa/meetings",
        coordinator_auth,
        {"body_id": theirs["body"].pk, "starts_at": "2030-01-01T10:00:00-05:00", "title_en": "X"},
    )
    assert response.status_code == 422
    response = call(
        client,
        "post",
        "/api/partnerships/ottawa/partners",
        coordinator_auth,
        {"organization_id": theirs["organization"].pk},
    )
    assert response.status_code == 422
    with scopes_disabled():
        assert Seat.objects.filter(partnership=partnership).count() == 1
        assert Meeting.objects.filter(partnership=partnership).count() == 1
        assert Partner.objects.filter(partnership=partnership).count() == 1


def test_bodies_seats_partners_and_meetings_are_created_through_the_api(
    client, partnership, ours, coordinator_auth
):
    body = call(
        client,
        "post",
        "/api/partnerships/ottawa/bodies",
        coordinator_auth,
        {"kind": "working_group", "name_en": "Health WG", "parent_id": ours["body"].pk},
    )
    assert body.status_code == 201, body.json()
    body_id = body.json()["id"]
    seat = call(
        client,
        "post",
        "/api/partnerships/ottawa/seats",
        coordinator_auth,
        {"body_id": body_id, "person_id": ours["person"].pk, "role": "co_chair"},
    )
    assert seat.status_code == 201, seat.json()
    organization = call(
        client,
        "post",
        "/api/partnerships/ottawa/organizations",
        coordinator_auth,
        {"name_fr": "CSC"},
    ).json()
    sector = Sector.objects.order_by("code").first()
    partner = call(
        client,
        "post",
        "/api/partnerships/ottawa/partners",
        coordinator_auth,
        {"organization_id": organization["id"], "sectors": [sector.code], "since": "2020-04-01"},
    )
    assert partner.status_code == 201, partner.json()
    assert partner.json()["sectors"] == [sector.code]
    bad_sector = call(
        client,
        "post",
        "/api/partnerships/ottawa/partners",
        coordinator_auth,
        {"organization_id": ours["organization"].pk, "sectors": ["astrology"]},
    )
    assert bad_sector.status_code == 422
    meeting = call(
        client,
        "post",
        "/api/partnerships/ottawa/meetings",
        coordinator_auth,
        {"body_id": body_id, "starts_at": "2030-01-01T10:00:00-05:00", "title_fr": "Réunion"},
    )
    assert meeting.status_code == 201, meeting.json()
    assert meeting.json()["title_fr"] == "Réunion"


def test_a_meeting_and_its_minutes_are_updated_with_the_version(
    client, partnership, ours, coordinator_auth
):
    url = f"/api/partnerships/ottawa/meetings/{ours['meeting'].pk}"
    response = call(
        client,
        "patch",
        url,
        coordinator_auth,
        {"version": 1, "location": "City Hall", "minutes_fr": "Procès-verbal"},
    )
    assert response.status_code == 200, response.json()
    data = response.json()
    assert data["location"] == "City Hall"
    assert data["minutes_fr"] == "Procès-verbal"
    assert data["title_en"] == "Ottawa council meeting"
    stale = call(client, "patch", url, coordinator_auth, {"version": 1, "location": "Elsewhere"})
    assert stale.status_code == 409
    bad = call(
        client,
        "patch",
        url,
        coordinator_auth,
        {"version": data["version"], "ends_at": "2000-01-01T00:00:00Z"},
    )
    assert bad.status_code == 422


def test_attendance_is_read_and_recorded(client, partnership, ours, coordinator_auth):
    url = f"/api/partnerships/ottawa/meetings/{ours['meeting'].pk}/attendance"
    before = client.get(url, headers=coordinator_auth).json()
    assert before["attendance"] == [
        {
            "seat_id": ours["seat"].pk,
            "person_name": "Ottawa Person",
            "organization_id": ours["organization"].pk,
            "role": "chair",
            "status": None,
        }
    ]
    response = call(
        client,
        "put",
        f"{url}?version={before['version']}",
        coordinator_auth,
        [{"seat_id": ours["seat"].pk, "status": "regrets"}],
    )
    assert response.status_code == 200, response.json()
    assert response.json()["attendance"][0]["status"] == "regrets"
    stale = call(
        client,
        "put",
        f"{url}?version={before['version']}",
        coordinator_auth,
        [{"seat_id": ours["seat"].pk, "status": "present"}],
    )
    assert stale.status_code == 409
    bad = call(
        client, "put", url, coordinator_auth, [{"seat_id": ours["seat"].pk, "status": "asleep"}]
    )
    assert bad.status_code == 422
    with scopes_disabled():
        assert Attendance.objects.get().status == "regrets"


def test_attendance_for_a_seat_of_another_partnership_is_refused(
    client, partnership, ours, theirs, coordinator_auth
):
    url = f"/api/partnerships/ottawa/meetings/{ours['meeting'].pk}/attendance"
    response = call(
        client, "put", url, coordinator_auth, [{"seat_id": theirs["seat"].pk, "status": "present"}]
    )
    assert response.status_code == 422
    with scopes_disabled():
        assert not Attendance.objects.exists()


# --- OpenAPI and docs --------------------------------------------------------------------------


def _api_routes() -> set[str]:
    """Every API route of the URL configuration, in OpenAPI's {param} notation."""
    routes: set[str] = set()

    def walk(patterns, prefix: str, in_api: bool) -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(
                    entry.url_patterns,
                    prefix + str(entry.pattern),
                    in_api or entry.namespace == "api",
                )
            elif isinstance(entry, URLPattern) and in_api:
                route = "/" + prefix + str(entry.pattern)
                routes.add(re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route))

    walk(get_resolver().url_patterns, "", False)
    return routes


def test_the_openapi_document_is_valid_json_listing_every_path(client, db):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    assert document["openapi"].startswith("3.")
    documented = set(document["paths"])
    served = _api_routes() - {"/api/openapi.json", "/api/docs", "/api/"}
    assert served == documented
    assert "/api/partnerships/{slug}/meetings/{meeting_id}/attendance" in documented
    schemes = document["components"]["securitySchemes"]
    assert any(s.get("scheme") == "bearer" for s in schemes.values())


def test_the_docs_page_loads_its_assets_from_our_static_files(client, db):
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets)
    assert any(a.endswith("swagger-ui.css") for a in assets)
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert finders.find(asset.removeprefix("/static/")), asset
    assert "cdn" not in html.lower()
