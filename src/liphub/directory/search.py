"""Public directory search: one interface, an engine per database.

`search_services(partnership=..., query=..., filters=...)` is what the public page, the HSDS
API's `search` parameter and the benchmark call; `reindex_services(...)` keeps the search
entries (one `ServiceSearchEntry` per service) up to date and is called by importers and
editing code after they write services, in the same transaction.

How it works:

- Text is normalised in Python (`search_text.py`): lower-case, accents folded, words plus
  their English and French Snowball stems. Entries store that text in `name_text` (service
  names EN/FR, alternate name, organization names) and `body_text` (descriptions EN/FR,
  eligibility, interpretation, program, category names EN/FR and codes, languages, cities).
- A query goes through the same steps, then the partnership's `SearchSynonym` rows expand it
  (at query time: editing a synonym needs no reindex). Each query word must match (any of
  its forms, or a synonym of it).
- A ranker (`search_rankers.py`) finds and orders the matches: SQLite FTS5 (bm25, name 10x
  body) or PostgreSQL full-text search (ts_rank_cd, name weight A, body B), picked by the
  database vendor; a third ranker can be registered.
- Filters are ORM conditions on `Service` (`filter_services`), so they combine with any
  ranker. An empty query lists everything by name (or by distance when a point is given).

Filter rules worth knowing:

- free: the service says so explicitly: a cost option with amount 0 or whose option /
  amount description says free ("free", "gratuit", "no fee", "no cost", "sans frais"), or
  its fees description says so. A service that says nothing about cost is NOT free (unknown).
- open now: a schedule of the service, of one of its service-at-locations or of one of its
  locations whose `byday` holds today's day (or `freq` DAILY with no `byday`), with
  `opens_at` <= now < `closes_at` (overnight hours wrap), within valid_from / valid_to;
  "now" is `filters.at` (default: the current time) in settings.TIME_ZONE.
- postal code: see `geo.py` (centroid of our own locations with that code, else its FSA).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.db.models import Exists, F, ForeignKey, Min, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils import timezone

from liphub.core.models import Partnership
from liphub.directory.geo import (
    haversine_sql,
    locations_within,
    postal_code_point,
    service_distances,
)
from liphub.directory.models import (
    Accessibility,
    Address,
    Attribute,
    CostOption,
    Language,
    Schedule,
    SearchSynonym,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    TaxonomyTerm,
)
from liphub.directory.search_index import reindex_services
from liphub.directory.search_rankers import get_ranker
from liphub.directory.search_text import default_synonyms, fold, parse_query
from liphub.partnerships.models import Organization

__all__ = [
    "SearchFilters",
    "SearchHit",
    "SearchResults",
    "default_synonyms",
    "filter_services",
    "public_services",
    "reindex_services",
    "search_services",
    "synonym_groups",
]

# the fields a ranked hit's service is loaded with (what a result list shows); any other
# field loads when read
HIT_FIELDS = (
    "partnership_id",
    "organization_id",
    "hsds_id",
    "name_en",
    "name_fr",
    "description_en",
    "description_fr",
)
HIT_ORGANIZATION_FIELDS = ("partnership_id", "name_en", "name_fr")
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREE_WORDS = ("free", "gratuit", "no fee", "no cost", "sans frais", "aucuns frais")
WHEELCHAIR_WORDS = ("wheelchair", "fauteuil roulant")
FRENCH_NAMES = ("french", "français", "francais")


@dataclass(frozen=True)
class SearchFilters:
    """Every filter of the public search; the defaults filter nothing."""

    category: str = ""  # TaxonomyTerm.hsds_id (services with an attribute to it or a child term)
    language: str = ""  # ISO 639 code the service is offered in ("ar")
    city: str = ""  # Address.city, case- and accent-insensitive
    near: tuple[float, float] | None = None  # (latitude, longitude)
    postal_code: str = ""  # resolved to a point (see search docs); used when near is None
    distance_km: float = 10.0  # radius around near / postal_code
    open_now: bool = False
    at: datetime | None = None  # "now" for open_now (tests pass a fixed time)
    free: bool = False
    wheelchair: bool = False
    french: bool = False  # French-language service (offered in French)


@dataclass(frozen=True)
class SearchHit:
    service: Service
    score: float = 0.0
    distance_km: float | None = None


@dataclass(frozen=True)
class SearchResults:
    hits: list[SearchHit]
    total: int
    page: int
    per_page: int
    query: str
    filters: SearchFilters = field(default_factory=SearchFilters)
    point: tuple[float, float] | None = None  # the point distances are measured from
    postal_code_unknown: bool = False  # a postal code was given but could not be placed
    ranker: str = ""  # which ranker ordered the hits ("" for an empty query)
    total_exact: bool = True  # False: more than `total` match (the count stopped there)

    @property
    def pages(self) -> int:
        """The number of pages (when the total is not exact: the pages counted so far)."""
        return max(1, -(-self.total // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages or not self.total_exact


def public_services(partnership: Partnership) -> QuerySet[Service]:
    """Services a newcomer may see: approved and active (the caller holds a scope)."""
    return Service.objects.filter(
        partnership=partnership, is_approved=True, status=ServiceStatus.ACTIVE
    )


def synonym_groups(partnership: Partnership) -> list[list[str]]:
    """The partnership's synonym sets, each a list of terms."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT terms FROM {SearchSynonym._meta.db_table} "  # noqa: S608 - table name
            "WHERE partnership_id = %s ORDER BY terms",
            [partnership.pk],
        )
        rows = [str(terms) for (terms,) in cursor.fetchall()]
    return [[t.strip() for t in terms.split(",") if t.strip()] for terms in rows]


# --- filters -----------------------------------------------------------------------------


def _category_ids(partnership: Partnership, hsds_id: str) -> list[int]:
    """The term with this HSDS id and all its descendants."""
    terms = TaxonomyTerm.objects.filter(partnership=partnership)
    ids = list(terms.filter(hsds_id=hsds_id).values_list("pk", flat=True))
    frontier = list(ids)
    while frontier:
        frontier = [
            pk
            for pk in terms.filter(parent_id__in=frontier).values_list("pk", flat=True)
            if pk not in ids
        ]
        ids.extend(frontier)
    return ids


def _cities(partnership: Partnership, city: str) -> list[str]:
    """The stored spellings of a city, matched without case or accents."""
    wanted = " ".join(fold(city).split())
    stored = (
        Address.objects.filter(partnership=partnership).values_list("city", flat=True).distinct()
    )
    return [c for c in stored if " ".join(fold(c).split()) == wanted]


def _at_service_or_location(model: type, partnership: Partnership, condition: Q) -> Q:
    """Services with a `model` row (matching condition) on the service or one of its locations."""
    rows = model.objects.filter(condition, partnership=partnership)  # type: ignore[attr-defined]
    on_locations = ServiceAtLocation.objects.filter(
        service=OuterRef("pk"),
        location__in=rows.filter(location__isnull=False).values("location_id"),
    )
    q = Q(Exists(on_locations))
    if any(f.name == "service" for f in model._meta.get_fields()):  # type: ignore[attr-defined]
        q = Q(Exists(rows.filter(service=OuterRef("pk")))) | q
    return q


def _language_q(code: str) -> Q:
    code = code.strip().lower()
    return Q(code__iexact=code) | Q(code__istartswith=f"{code}-")


def _open_now_q(partnership: Partnership, at: datetime | None) -> Q:
    local = timezone.localtime(at or timezone.now())
    today, now = local.date(), local.time().replace(tzinfo=None)
    day = DAY_CODES[local.weekday()]
    condition = (
        (Q(byday__icontains=day) | (Q(byday="") & Q(freq__iexact="daily")))
        & Q(opens_at__isnull=False, closes_at__isnull=False)
        & (Q(valid_from__isnull=True) | Q(valid_from__lte=today))
        & (Q(valid_to__isnull=True) | Q(valid_to__gte=today))
        & (
            Q(opens_at__lte=now, closes_at__gt=now)
            | (Q(closes_at__lt=F("opens_at")) & (Q(opens_at__lte=now) | Q(closes_at__gt=now)))
        )
    )
    schedules = Schedule.objects.filter(condition, partnership=partnership)
    via_sal = ServiceAtLocation.objects.filter(
        service=OuterRef("pk"),
        pk__in=schedules.filter(service_at_location__isnull=False).values("service_at_location_id"),
    )
    via_location = ServiceAtLocation.objects.filter(
        service=OuterRef("pk"),
        location__in=schedules.filter(location__isnull=False).values("location_id"),
    )
    return Q(
        Exists(schedules.filter(service=OuterRef("pk"))) | Exists(via_sal) | Exists(via_location)
    )


def _free_q(partnership: Partnership) -> Q:
    said_free = Q()
    for word in FREE_WORDS:
        said_free |= Q(option__icontains=word) | Q(amount_description__icontains=word)
    options = CostOption.objects.filter(
        Q(amount=0) | said_free, partnership=partnership, service=OuterRef("pk")
    )
    fees = Q()
    for word in FREE_WORDS:
        fees |= Q(fees_description__icontains=word) | Q(fees__icontains=word)
    return Q(Exists(options)) | fees


def filter_services(
    qs: QuerySet[Service], partnership: Partnership, filters: SearchFilters
) -> tuple[QuerySet[Service], tuple[float, float] | None, bool]:
    """Apply every filter; returns the queryset, the distance point and "postal code unknown"."""
    f = filters
    if f.category:
        ids = _category_ids(partnership, f.category)
        qs = qs.filter(
            Exists(
                Attribute.objects.filter(
                    partnership=partnership, service=OuterRef("pk"), taxonomy_term_id__in=ids
                )
            )
        )
    if f.language:
        qs = qs.filter(_at_service_or_location(Language, partnership, _language_q(f.language)))
    if f.french:
        french = _language_q("fr")
        for name in FRENCH_NAMES:
            french |= Q(name__iexact=name)
        qs = qs.filter(
            _at_service_or_location(Language, partnership, french)
            | Q(organization__is_francophone=True)
        )
    if f.city:
        located = Address.objects.filter(
            partnership=partnership, city__in=_cities(partnership, f.city)
        ).values("location_id")
        qs = qs.filter(
            Exists(ServiceAtLocation.objects.filter(service=OuterRef("pk"), location__in=located))
        )
    if f.wheelchair:
        words = Q()
        for word in WHEELCHAIR_WORDS:
            words |= Q(description__icontains=word) | Q(details__icontains=word)
        qs = qs.filter(_at_service_or_location(Accessibility, partnership, words))
    if f.free:
        qs = qs.filter(_free_q(partnership))
    if f.open_now:
        qs = qs.filter(_open_now_q(partnership, f.at))
    point, unknown = f.near, False
    if point is None and f.postal_code.strip():
        point = postal_code_point(partnership, f.postal_code)
        unknown = point is None
    if point is not None:
        near = locations_within(partnership, point, f.distance_km).values("pk")
        qs = qs.filter(
            Exists(ServiceAtLocation.objects.filter(service=OuterRef("pk"), location__in=near))
        )
    return qs, point, unknown


# --- search ------------------------------------------------------------------------------


def _hit_services(partnership: Partnership, ids: Sequence[int]) -> dict[int, Service]:
    """The services of a page of ranked hits, by id, each with its organization: one flat
    query of `HIT_FIELDS` (what a result list shows; any other field loads when read),
    instances made the way the ORM makes them (`Model.from_db`)."""
    if not ids:
        return {}
    service_fields = [
        f for f in Service._meta.concrete_fields if f.primary_key or f.attname in HIT_FIELDS
    ]
    org_fields = [
        f
        for f in Organization._meta.concrete_fields
        if f.primary_key or f.attname in HIT_ORGANIZATION_FIELDS
    ]
    columns = [f"s.{f.column}" for f in service_fields] + [f"o.{f.column}" for f in org_fields]
    marks = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(columns)} FROM {Service._meta.db_table} s "  # noqa: S608
            f"JOIN {Organization._meta.db_table} o ON o.id = s.organization_id "
            f"WHERE s.partnership_id = %s AND s.id IN ({marks})",
            [partnership.pk, *ids],
        )
        rows = cursor.fetchall()
    db, cut = connection.alias, len(service_fields)
    service_names = [f.attname for f in service_fields]
    org_names = [f.attname for f in org_fields]
    cache = Service._meta.get_field("organization")
    assert isinstance(cache, ForeignKey)
    found: dict[int, Service] = {}
    for row in rows:
        service = Service.from_db(db, service_names, row[:cut])
        cache.set_cached_value(service, Organization.from_db(db, org_names, row[cut:]))
        found[service.pk] = service
    return found


def search_services(
    *,
    partnership: Partnership,
    query: str = "",
    filters: SearchFilters | None = None,
    page: int = 1,
    per_page: int = 20,
    base: QuerySet[Service] | None = None,
    ranker: str = "",
    count_limit: int | None = None,
) -> SearchResults:
    """One page of services matching the query and filters, best first (the caller holds a
    scope). `base` narrows the candidates (default: the public services); `ranker` names a
    registered ranker (default: the database's); a ranked hit's service holds `HIT_FIELDS`
    (other fields load when read). `count_limit`: a text search may stop
    counting the matches past this number and past the page (`total_exact` is then False;
    the public page shows "more than 1,000"); None counts them all (the HSDS API)."""
    filters = filters or SearchFilters()
    page, per_page = max(int(page), 1), max(int(per_page), 1)
    offset = (page - 1) * per_page
    start = base if base is not None else public_services(partnership)
    qs, point, unknown = filter_services(start, partnership, filters)
    narrowed = base is not None or qs is not start
    parsed = parse_query(query, synonym_groups(partnership)) if query.strip() else None
    used, exact = "", True
    if parsed:
        engine = get_ranker(ranker)
        used = engine.name
        ranked = engine.rank(
            partnership_id=partnership.pk,
            query=parsed,
            candidates=qs,
            limit=per_page,
            offset=offset,
            narrowed=narrowed,
            max_total=None if count_limit is None else max(count_limit, offset + per_page),
        )
        total, exact = ranked.total, ranked.exact
        by_id = _hit_services(partnership, [sid for sid, _ in ranked.scores])
        pairs = [(by_id[sid], score) for sid, score in ranked.scores if sid in by_id]
    else:
        total = qs.count()
        name = Lower(Coalesce(NullIf("name_en", Value("")), "name_fr"))
        if point is not None:
            nearest = qs.annotate(
                distance=Min(
                    haversine_sql(
                        point,
                        "service_at_locations__location__latitude",
                        "service_at_locations__location__longitude",
                    )
                )
            ).order_by("distance", name, "pk")
            services: list[Service] = list(
                nearest.select_related("organization")[offset : offset + per_page]
            )
        else:
            services = list(
                qs.select_related("organization").order_by(name, "pk")[offset : offset + per_page]
            )
        pairs = [(s, 0.0) for s in services]
    distances = service_distances(partnership, point, [s.pk for s, _ in pairs]) if point else {}
    return SearchResults(
        hits=[
            SearchHit(service=s, score=score, distance_km=distances.get(s.pk)) for s, score in pairs
        ],
        total=total,
        page=page,
        per_page=per_page,
        query=query,
        filters=filters,
        point=point,
        postal_code_unknown=unknown,
        ranker=used,
        total_exact=exact,
    )
