"""The JSON API (django-ninja): OpenAPI document at /api/openapi.json, docs at /api/docs.

Authentication: `Authorization: Bearer <token>` (tokens from the account page) or the
browser session. Every endpoint reads through the tenant scope of the signed-in user.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import NinjaAPI
from ninja.security import APIKeyCookie, HttpBearer


class TokenAuth(HttpBearer):
    """Bearer tokens are checked by ApiTokenMiddleware; this documents and enforces them."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        if getattr(request, "liphub_token_auth", False):
            return request.user
        return None


class SessionAuth(APIKeyCookie):
    """The browser session (CSRF-protected), for htmx and the interactive docs."""

    param_name = "sessionid"

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        if request.user.is_authenticated:
            return request.user
        return None


api = NinjaAPI(
    title="LIP Hub API",
    version="1",
    description="Partnerships, partners, council and committees, meetings and documents.",
    auth=[TokenAuth(), SessionAuth(csrf=True)],
    openapi_url="/openapi.json",
    docs_url="/docs",
    urls_namespace="api",
)
