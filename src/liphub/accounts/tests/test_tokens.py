"""API tokens: created and shown once, listed, revoked."""

from __future__ import annotations

import pytest
from django.urls import reverse

from liphub.accounts.models import ApiToken

pytestmark = pytest.mark.django_db


def test_the_token_page_needs_a_signed_in_user(client):
    response = client.get(reverse("accounts:tokens"))
    assert response.status_code == 302


def test_creating_a_token_shows_it_once_and_stores_only_its_hash(coordinator_client, coordinator):
    response = coordinator_client.post(reverse("accounts:tokens"), {"name": "Spreadsheet"})
    assert response.status_code == 200
    token = ApiToken.objects.get(user=coordinator)
    raw = response.context["new_token"]
    assert raw.startswith(token.prefix)
    assert raw in response.text
    assert "no-store" in response["Cache-Control"]
    assert token.token_hash != raw
    assert ApiToken.authenticate(raw) == coordinator

    again = coordinator_client.get(reverse("accounts:tokens"))
    assert "Spreadsheet" in again.text
    assert token.prefix in again.text
    assert raw not in again.text


def test_a_token_without_a_name_shows_a_field_error(coordinator_client):
    response = coordinator_client.post(reverse("accounts:tokens"), {"name": ""})
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    assert not ApiToken.objects.exists()


def test_revoking_a_token_stops_it_working(coordinator_client, coordinator):
    token, raw = ApiToken.issue(coordinator, "old")
    url = reverse("accounts:token_revoke", kwargs={"token_id": token.pk})
    assert coordinator_client.post(url).status_code == 302
    assert not ApiToken.objects.exists()
    assert ApiToken.authenticate(raw) is None


def test_the_token_list_shows_when_a_token_was_last_used(coordinator_client, coordinator):
    _token, raw = ApiToken.issue(coordinator, "script")
    assert "Never" in coordinator_client.get(reverse("accounts:tokens")).text
    ApiToken.authenticate(raw)
    assert "Never" not in coordinator_client.get(reverse("accounts:tokens")).text


def test_the_token_page_is_in_french(coordinator_client):
    response = coordinator_client.get("/fr/accounts/tokens/")
    assert "<h1>Jetons d'API</h1>" in response.text
