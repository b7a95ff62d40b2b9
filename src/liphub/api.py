"""The JSON API (django-ninja): OpenAPI document at /api/openapi.json, docs at /api/docs.

Authentication: `Authorization: Bearer <token>` (tokens from the account page) or the
browser session (with its CSRF token). Every endpoint reads through the tenant scope of the
signed-in user and starts with `access_partnership(request.auth, slug, perm)`.

Errors: 401 without valid credentials, 403 without the permission, 404 for anything outside
the partnerships you may see, 409 when an update carries a stale `version`, 422 with field
details for invalid input.
"""

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.security import APIKeyCookie, HttpBearer

from liphub.accounts.api_messages import PERMISSION_DENIED
from liphub.actions.api import router as actions_router
from liphub.core.api import router as core_router
from liphub.core.services import ConcurrentEditError
from liphub.documents.api import router as documents_router
from liphub.meetings.api import router as meetings_router
from liphub.partnerships.api import router as partnerships_router
from liphub.progress.api import router as progress_router
from liphub.resources.api import router as resources_router
from liphub.strategy.api import router as strategy_router


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
    description=(
        "Partnerships, partners, council and committees, meetings, documents, the strategy, "
        "action plans, commitments, progress updates and contributions. "
        "Authenticate with `Authorization: Bearer <token>` (create tokens on your account's "
        "API tokens page). Updates are partial (PATCH) and carry the `version` you read: a "
        "stale version answers 409. Invalid input answers 422 with the field in `loc`."
    ),
    auth=[TokenAuth(), SessionAuth(csrf=True)],
    openapi_url="/openapi.json",
    docs_url="/docs",
    urls_namespace="api",
)


def _field_errors(error: ValidationError) -> list[dict[str, Any]]:
    if hasattr(error, "error_dict"):
        return [
            {
                "loc": ["body"] if field == "__all__" else ["body", field],
                "msg": str(m),
                "type": "invalid",
            }
            for field, messages in error.message_dict.items()
            for m in messages
        ]
    return [{"loc": ["body"], "msg": str(m), "type": "invalid"} for m in error.messages]


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """A rule of a service refused the input: 422 with the fields at fault."""
    return api.create_response(request, {"detail": _field_errors(exc)}, status=422)


@api.exception_handler(ConcurrentEditError)
def concurrent_edit(request: HttpRequest, exc: ConcurrentEditError) -> HttpResponse:
    """Someone saved the record after the client read it: 409, fetch it again."""
    return api.create_response(
        request, {"detail": " ".join(str(m) for m in exc.messages), "code": "stale"}, status=409
    )


@api.exception_handler(PermissionDenied)
def permission_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(request, {"detail": str(PERMISSION_DENIED)}, status=403)


api.add_router("", core_router)
api.add_router("", partnerships_router)
api.add_router("", meetings_router)
api.add_router("", documents_router)
api.add_router("", strategy_router)
api.add_router("", actions_router)
api.add_router("", progress_router)
api.add_router("", resources_router)
