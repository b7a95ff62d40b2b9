"""Request middleware: API bearer tokens, and the tenant scope around every request."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from liphub.accounts.access import tenant_scope


class ApiTokenMiddleware:
    """Signs in API clients that send `Authorization: Bearer <token>` (no session, no CSRF)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        header = request.headers.get("Authorization", "")
        if header.startswith("Bearer "):
            from liphub.accounts.models import ApiToken

            user = ApiToken.authenticate(header.removeprefix("Bearer ").strip())
            if user is not None:
                request.user = user
                request._dont_enforce_csrf_checks = True  # type: ignore[attr-defined]
                request.liphub_token_auth = True  # type: ignore[attr-defined]
        return self.get_response(request)


class TenantScopeMiddleware:
    """Every query a request makes on tenant data is limited to the partnerships its user sees."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with tenant_scope(getattr(request, "user", None)):
            return self.get_response(request)
