"""The HSDS 3.0 API of a partnership's public directory: /api/hsds/<slug>/.

The read endpoints of the official OpenAPI document (`spec-3.0/schema/openapi.json`) with its
query parameters and `Page` responses. Plain Django views so each response is exactly the
official shape. Public data only: approved, active services (`public_services`) of a
published partnership, read inside `public_scope`; anything else answers 404.

Notes on the document's parameters:
- ids in paths and filters are the exported HSDS ids (`hsds.export_id`: the record's own id
  when it is a UUID, else its UUID 5); the original id is accepted too.
- `search` is the public directory's search (`directory.search.search_services`), ranked.
- `format=ndjson` streams every result (no pagination), one object per line.
- `minimal=true` lists services with `id`, `name`, `status` and `last_modified` only (the
  document's list schema requires name and status).
- `postcode`: locations with an address in that postal code (a prefix such as "K1A" matches
  the area); with `proximity` (metres) the locations within that distance of the centre of
  the directory's own addresses in that postal code.
- `top_only=true`: terms without a parent; `parent_id`: the children of a term.
- The language of names and descriptions: `Accept-Language` (or `?lang=fr`), English by default.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import wraps
from typing import Any, TypeVar

from django.db.models import Model, Prefetch, Q, QuerySet
from django.http import (
    Http404,
    HttpRequest,
    HttpResponseBase,
    JsonResponse,
    StreamingHttpResponse,
)
from django.urls import path
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import get_language_from_request
from django.views.decorators.http import require_GET

from liphub.accounts.access import public_scope
from liphub.core.models import Partnership
from liphub.directory.hsds import (
    HSDS_VERSION,
    HsdsSerializer,
    Json,
    is_uuid,
    with_organization_relations,
    with_sal_relations,
    with_service_relations,
    with_term_relations,
)
from liphub.directory.models import (
    Address,
    Attribute,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from liphub.directory.search import public_services, search_services
from liphub.partnerships.models import Organization

OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
PROFILE_URL = "https://docs.openreferral.org/en/v3.0/"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 1000
MAX_PAGE = 1_000_000
BATCH = 200
UUID_REGEX = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"

M = TypeVar("M", bound=Model)
View = Callable[..., HttpResponseBase]


class BadParameterError(Exception):
    pass


def _error(status: int, detail: str) -> JsonResponse:
    return JsonResponse({"detail": detail}, status=status)


def hsds_view(view: View) -> View:
    """GET only; the published partnership or 404; the public scope; JSON errors; CORS."""

    @require_GET
    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, **kwargs: Any) -> HttpResponseBase:
        partnership = Partnership.objects.filter(slug=slug, is_public=True).first()
        if partnership is None or "\x00" in kwargs.get("id", ""):
            response: HttpResponseBase = _error(404, "Not found.")
        elif any("\x00" in v for _key, values in request.GET.lists() for v in values):
            response = _error(400, "Parameters cannot contain NUL characters.")
        else:
            try:
                with public_scope(partnership):
                    response = view(request, partnership, **kwargs)
            except Http404:
                response = _error(404, "Not found.")
            except BadParameterError as error:
                response = _error(400, str(error))
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


# --- parameters ------------------------------------------------------------------------------


def _int(request: HttpRequest, name: str, default: int, low: int, high: int) -> int:
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as error:
        raise BadParameterError(f"{name} must be an integer.") from error
    return min(max(value, low), high)


def _bool(request: HttpRequest, name: str) -> bool:
    return request.GET.get(name, "").strip().lower() in {"true", "1", "yes"}


def _datetime(request: HttpRequest, name: str) -> datetime | None:
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    try:
        value = parse_datetime(raw)
        if value is None and (day := parse_date(raw)) is not None:
            value = datetime(day.year, day.month, day.day)
    except ValueError:
        value = None
    if value is None:
        raise BadParameterError(f"{name} must be a date-time, e.g. 2026-01-31T00:00:00Z.")
    if timezone.is_naive(value):
        value = timezone.make_aware(value, timezone.get_current_timezone())
    return value


def _serializer(request: HttpRequest, partnership: Partnership) -> HsdsSerializer:
    language = request.GET.get("lang") or get_language_from_request(request) or "en"
    return HsdsSerializer(partnership, "fr" if language.startswith("fr") else "en")


def find(qs: QuerySet[M], table: str, serializer: HsdsSerializer, given: str) -> M:
    """The record whose exported id (or own id) is `given`, in `qs`; else 404."""
    found = qs.filter(hsds_id=given).first()
    if found is None and is_uuid(given.lower()):
        found = qs.filter(hsds_id__iexact=given).first()
        if found is None:
            # records whose own id is not a UUID are exported as a UUID 5 of it
            for pk, hsds_id in qs.exclude(hsds_id__regex=UUID_REGEX).values_list("pk", "hsds_id"):
                if serializer.id(table, hsds_id) == given.lower():
                    found = qs.filter(pk=pk).first()
                    break
    if found is None:
        raise Http404
    return found


def _ids(qs: QuerySet[M], table: str, serializer: HsdsSerializer, given: str) -> list[int]:
    """Primary keys of the records a filter id names (empty list: nothing matches)."""
    try:
        return [find(qs, table, serializer, given).pk]
    except Http404:
        return []


# --- pages -----------------------------------------------------------------------------------


def _page(contents: list[Json], total: int, page: int, per_page: int) -> JsonResponse:
    total_pages = max(1, math.ceil(total / per_page)) if total else 0
    return JsonResponse(
        {
            "total_items": total,
            "total_pages": total_pages,
            "page_number": page,
            "size": len(contents),
            "first_page": page == 1,
            "last_page": page >= total_pages,
            "empty": total == 0,
            "contents": contents,
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _ndjson(partnership: Partnership, rows: Callable[[], Iterator[Json]]) -> HttpResponseBase:
    def stream() -> Iterator[bytes]:
        with public_scope(partnership):
            for row in rows():
                yield (json.dumps(row, ensure_ascii=False) + "\n").encode()

    return StreamingHttpResponse(stream(), content_type="application/x-ndjson")


def _in_order(qs: QuerySet[M], pks: list[int]) -> list[M]:
    by_pk = {obj.pk: obj for obj in qs.filter(pk__in=pks)}
    return [by_pk[pk] for pk in pks if pk in by_pk]


def _listing(
    request: HttpRequest,
    partnership: Partnership,
    qs: QuerySet[M],
    load: Callable[[QuerySet[M]], QuerySet[M]],
    serialize: Callable[[M], Json],
) -> HttpResponseBase:
    """A `Page` of `qs` (ordered), or every row as NDJSON with `format=ndjson`."""
    if request.GET.get("format", "").lower() == "ndjson":

        def rows() -> Iterator[Json]:
            pks = list(qs.values_list("pk", flat=True))
            for start in range(0, len(pks), BATCH):
                yield from map(
                    serialize,
                    _in_order(load(qs.model._default_manager.all()), pks[start : start + BATCH]),
                )

        return _ndjson(partnership, rows)
    page = _int(request, "page", 1, 1, MAX_PAGE)
    per_page = _int(request, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    total = qs.count()
    start = (page - 1) * per_page
    pks = list(qs.values_list("pk", flat=True)[start : start + per_page])
    objects = _in_order(load(qs.model._default_manager.all()), pks)
    return _page([serialize(o) for o in objects], total, page, per_page)


# --- services --------------------------------------------------------------------------------


def _filter_services(
    request: HttpRequest, partnership: Partnership, serializer: HsdsSerializer
) -> QuerySet[Service]:
    qs = public_services(partnership)
    if term_id := request.GET.get("taxonomy_term_id", ""):
        terms = _ids(
            TaxonomyTerm.objects.filter(partnership=partnership),
            "taxonomy_term",
            serializer,
            term_id,
        )
        qs = qs.filter(
            hsds_id__in=Attribute.objects.filter(
                partnership=partnership, link_entity="service", taxonomy_term_id__in=terms
            ).values("link_id")
        )
    if taxonomy_id := request.GET.get("taxonomy_id", ""):
        taxonomies = _ids(
            Taxonomy.objects.filter(partnership=partnership), "taxonomy", serializer, taxonomy_id
        )
        qs = qs.filter(
            hsds_id__in=Attribute.objects.filter(
                partnership=partnership,
                link_entity="service",
                taxonomy_term__taxonomy_id__in=taxonomies,
            ).values("link_id")
        )
    if organization_id := request.GET.get("organization_id", ""):
        organizations = _ids(
            Organization.objects.filter(partnership=partnership),
            "organization",
            serializer,
            organization_id,
        )
        qs = qs.filter(organization_id__in=organizations)
    if (after := _datetime(request, "modified_after")) is not None:
        qs = qs.filter(
            Q(last_modified__gte=after) | Q(last_modified__isnull=True, updated_at__gte=after)
        )
    return qs


def _minimal(serializer: HsdsSerializer, service: Service) -> Json:
    data = serializer.service_list_item(service, with_related=False)
    return {k: data[k] for k in ("id", "name", "status", "last_modified")}


def _service_serializer(
    request: HttpRequest, serializer: HsdsSerializer
) -> tuple[Callable[[QuerySet[Service]], QuerySet[Service]], Callable[[Service], Json]]:
    if _bool(request, "minimal"):
        return (lambda qs: qs), (lambda s: _minimal(serializer, s))
    if _bool(request, "full"):
        return with_service_relations, serializer.service
    return (
        lambda qs: qs.select_related("organization", "program__organization"),
        serializer.service_list_item,
    )


def _searched(
    request: HttpRequest,
    partnership: Partnership,
    base: QuerySet[Service],
    load: Callable[[QuerySet[Service]], QuerySet[Service]],
    serialize: Callable[[Service], Json],
) -> HttpResponseBase:
    """The `search` parameter: the public directory's ranked search over `base`."""
    query = request.GET["search"].strip()
    if not base.exists():  # search_services cannot take a provably empty base (pk__in=[])
        return _listing(request, partnership, base, load, serialize)
    if request.GET.get("format", "").lower() == "ndjson":

        def rows() -> Iterator[Json]:
            number = 1
            while True:
                results = search_services(
                    partnership=partnership, query=query, page=number, per_page=BATCH, base=base
                )
                pks = [hit.service.pk for hit in results.hits]
                yield from map(serialize, _in_order(load(Service.objects.all()), pks))
                if number >= results.pages or not pks:
                    return
                number += 1

        return _ndjson(partnership, rows)
    page = _int(request, "page", 1, 1, MAX_PAGE)
    per_page = _int(request, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    results = search_services(
        partnership=partnership, query=query, page=page, per_page=per_page, base=base
    )
    pks = [hit.service.pk for hit in results.hits]
    services = _in_order(load(Service.objects.all()), pks)
    return _page([serialize(s) for s in services], results.total, page, per_page)


@hsds_view
def services(request: HttpRequest, partnership: Partnership) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    qs = _filter_services(request, partnership, serializer)
    load, serialize = _service_serializer(request, serializer)
    if request.GET.get("search", "").strip():
        return _searched(request, partnership, qs, load, serialize)
    return _listing(request, partnership, qs.order_by("name_en", "name_fr", "id"), load, serialize)


@hsds_view
def service(request: HttpRequest, partnership: Partnership, id: str) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    found = find(public_services(partnership), "service", serializer, id)
    loaded = with_service_relations(Service.objects.filter(pk=found.pk)).get()
    return JsonResponse(serializer.service(loaded), json_dumps_params={"ensure_ascii": False})


# --- organizations ---------------------------------------------------------------------------


def public_organizations(partnership: Partnership) -> QuerySet[Organization]:
    """Organizations with at least one public service."""
    return Organization.objects.filter(
        partnership=partnership, id__in=public_services(partnership).values("organization_id")
    )


def _with_public_services(partnership: Partnership, full: bool) -> Any:
    qs = public_services(partnership).order_by("name_en", "id")
    qs = with_service_relations(qs) if full else qs.select_related("organization", "program")
    return Prefetch("services", queryset=qs, to_attr="public_service_list")


def _organization_loader(
    request: HttpRequest, partnership: Partnership, serializer: HsdsSerializer, *, detail: bool
) -> tuple[
    Callable[[QuerySet[Organization]], QuerySet[Organization]], Callable[[Organization], Json]
]:
    full_service = _bool(request, "full_service")
    if not (detail or _bool(request, "full") or full_service):
        return (lambda qs: qs.select_related("parent_organization")), (
            lambda o: serializer.organization(o, nested=False)
        )

    def load(qs: QuerySet[Organization]) -> QuerySet[Organization]:
        return with_organization_relations(qs).prefetch_related(
            _with_public_services(partnership, full_service)
        )

    def serialize(org: Organization) -> Json:
        return serializer.organization(
            org, services=getattr(org, "public_service_list", []), full_services=full_service
        )

    return load, serialize


@hsds_view
def organizations(request: HttpRequest, partnership: Partnership) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    qs = public_organizations(partnership)
    for word in request.GET.get("search", "").split():
        qs = qs.filter(
            Q(name_en__icontains=word)
            | Q(name_fr__icontains=word)
            | Q(alternate_name__icontains=word)
            | Q(description_en__icontains=word)
            | Q(description_fr__icontains=word)
        )
    load, serialize = _organization_loader(request, partnership, serializer, detail=False)
    return _listing(request, partnership, qs.order_by("name_en", "id"), load, serialize)


@hsds_view
def organization(request: HttpRequest, partnership: Partnership, id: str) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    found = find(public_organizations(partnership), "organization", serializer, id)
    load, serialize = _organization_loader(request, partnership, serializer, detail=True)
    loaded = load(Organization.objects.filter(pk=found.pk)).get()
    return JsonResponse(serialize(loaded), json_dumps_params={"ensure_ascii": False})


# --- services at locations -------------------------------------------------------------------


def public_service_at_locations(partnership: Partnership) -> QuerySet[ServiceAtLocation]:
    return ServiceAtLocation.objects.filter(
        partnership=partnership, service__in=public_services(partnership)
    )


def _normal_postcode(value: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", value.upper())


def _near_postcode(
    request: HttpRequest, partnership: Partnership, qs: QuerySet[ServiceAtLocation]
) -> QuerySet[ServiceAtLocation]:
    postcode = _normal_postcode(request.GET.get("postcode", ""))
    if not postcode:
        return qs
    addresses = [
        a
        for a in Address.objects.filter(partnership=partnership).select_related("location")
        if _normal_postcode(a.postal_code).startswith(postcode)
    ]
    raw_proximity = request.GET.get("proximity", "").strip()
    if not raw_proximity:
        return qs.filter(location_id__in={a.location_id for a in addresses})
    try:
        metres = float(raw_proximity)
    except ValueError as error:
        raise BadParameterError("proximity must be a number of metres.") from error
    points = [
        (a.location.latitude, a.location.longitude)
        for a in addresses
        if a.location.latitude is not None and a.location.longitude is not None
    ]
    if not points or not math.isfinite(metres):
        return qs.none()
    lat = sum(p[0] for p in points) / len(points)
    lon = sum(p[1] for p in points) / len(points)
    near = [
        pk
        for pk, la, lo in qs.filter(
            location__latitude__isnull=False, location__longitude__isnull=False
        ).values_list("pk", "location__latitude", "location__longitude")
        if la is not None and lo is not None and _distance_m(lat, lon, la, lo) <= metres
    ]
    return qs.filter(pk__in=near)


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_000 * math.asin(min(1.0, math.sqrt(h)))


@hsds_view
def service_at_locations(request: HttpRequest, partnership: Partnership) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    services_qs: QuerySet[Service] = _filter_services(request, partnership, serializer)
    if (query := request.GET.get("search", "").strip()) and services_qs.exists():
        results = search_services(
            partnership=partnership, query=query, per_page=MAX_PER_PAGE * 10, base=services_qs
        )
        services_qs = Service.objects.filter(pk__in=[hit.service.pk for hit in results.hits])
    qs: QuerySet[ServiceAtLocation] = ServiceAtLocation.objects.filter(
        partnership=partnership, service__in=services_qs
    )
    qs = _near_postcode(request, partnership, qs)
    if _bool(request, "full"):
        load: Callable[[QuerySet[ServiceAtLocation]], QuerySet[ServiceAtLocation]] = (
            with_sal_relations
        )
        serialize: Callable[[ServiceAtLocation], Json] = serializer.service_at_location
    else:
        load = lambda q: q.select_related(  # noqa: E731
            "location__organization", "service__organization", "service__program__organization"
        )
        serialize = serializer.service_at_location_list_item
    return _listing(request, partnership, qs.order_by("id"), load, serialize)


@hsds_view
def service_at_location(
    request: HttpRequest, partnership: Partnership, id: str
) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    found = find(public_service_at_locations(partnership), "service_at_location", serializer, id)
    loaded = with_sal_relations(ServiceAtLocation.objects.filter(pk=found.pk)).get()
    return JsonResponse(
        serializer.service_at_location(loaded), json_dumps_params={"ensure_ascii": False}
    )


# --- taxonomies ------------------------------------------------------------------------------


def _search_words(qs: QuerySet[M], request: HttpRequest, fields: Iterable[str]) -> QuerySet[M]:
    for word in request.GET.get("search", "").split():
        condition = Q()
        for name in fields:
            condition |= Q(**{f"{name}__icontains": word})
        qs = qs.filter(condition)
    return qs


@hsds_view
def taxonomies(request: HttpRequest, partnership: Partnership) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    qs = _search_words(
        Taxonomy.objects.filter(partnership=partnership), request, ("name", "description")
    )
    return _listing(
        request, partnership, qs.order_by("name", "id"), lambda q: q, serializer.taxonomy
    )


@hsds_view
def taxonomy(request: HttpRequest, partnership: Partnership, id: str) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    found = find(Taxonomy.objects.filter(partnership=partnership), "taxonomy", serializer, id)
    return JsonResponse(serializer.taxonomy(found), json_dumps_params={"ensure_ascii": False})


@hsds_view
def taxonomy_terms(request: HttpRequest, partnership: Partnership) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    qs = _search_words(
        TaxonomyTerm.objects.filter(partnership=partnership),
        request,
        ("name_en", "name_fr", "code", "description"),
    )
    if taxonomy_id := request.GET.get("taxonomy_id", ""):
        found = _ids(
            Taxonomy.objects.filter(partnership=partnership), "taxonomy", serializer, taxonomy_id
        )
        qs = qs.filter(taxonomy_id__in=found)
    if parent_id := request.GET.get("parent_id", ""):
        parents = _ids(
            TaxonomyTerm.objects.filter(partnership=partnership),
            "taxonomy_term",
            serializer,
            parent_id,
        )
        qs = qs.filter(parent_id__in=parents)
    if _bool(request, "top_only"):
        qs = qs.filter(parent__isnull=True)
    return _listing(
        request,
        partnership,
        qs.order_by("code", "name_en", "id"),
        with_term_relations,
        serializer.taxonomy_term,
    )


@hsds_view
def taxonomy_term(request: HttpRequest, partnership: Partnership, id: str) -> HttpResponseBase:
    serializer = _serializer(request, partnership)
    qs = with_term_relations(TaxonomyTerm.objects.filter(partnership=partnership))
    found = find(qs, "taxonomy_term", serializer, id)
    return JsonResponse(serializer.taxonomy_term(found), json_dumps_params={"ensure_ascii": False})


# --- about -----------------------------------------------------------------------------------


@hsds_view
def about(request: HttpRequest, partnership: Partnership) -> HttpResponseBase:
    return JsonResponse(
        {"version": HSDS_VERSION, "profile": PROFILE_URL, "openapi_url": OPENAPI_URL}
    )


app_name = "hsds_api"
urlpatterns = [
    path("", about, name="about"),
    path("services", services, name="services"),
    path("services/<str:id>", service, name="service"),
    path("organizations", organizations, name="organizations"),
    path("organizations/<str:id>", organization, name="organization"),
    path("service_at_locations", service_at_locations, name="service_at_locations"),
    path("service_at_locations/<str:id>", service_at_location, name="service_at_location"),
    path("taxonomies", taxonomies, name="taxonomies"),
    path("taxonomies/<str:id>", taxonomy, name="taxonomy"),
    path("taxonomy_terms", taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:id>", taxonomy_term, name="taxonomy_term"),
]
