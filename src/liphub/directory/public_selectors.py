"""Reads for the public directory pages (run inside `public_scope(partnership)`).

A service page needs the whole HSDS record (locations, addresses, phones, schedules, languages,
documents, costs, accessibility) in a fixed number of queries; the search page needs its filter
choices; the "where to go" list needs the services a newcomer ticked, in their order. Only
services the public may see (`search.public_services`: approved and active) are ever returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from babel import Locale, UnknownLocaleError
from django.db import connection
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.formats import time_format
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from liphub.core.i18n import translated
from liphub.core.models import Partnership
from liphub.core.templatetags.liphub import render_translated
from liphub.directory.models import (
    Accessibility,
    Address,
    Attribute,
    Language,
    Location,
    LocationType,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    TaxonomyTerm,
)
from liphub.directory.search import SearchResults, public_services
from liphub.directory.search_text import fold

# iCalendar day codes in Monday-first order (Django's WEEKDAYS: 0 = Monday).
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

# The most services a "where to go" list takes (the selection lives in the URL).
MAX_LIST_ITEMS = 30


# --- hours --------------------------------------------------------------------------------


def schedule_days(schedule: Schedule) -> list[int]:
    """Weekday numbers (0 = Monday) a schedule covers; every day for a daily rule."""
    days: list[int] = []
    for part in schedule.byday.upper().replace(" ", "").split(","):
        code = part[-2:]  # "1MO" (first Monday) counts as Monday
        if code in DAY_CODES and DAY_CODES.index(code) not in days:
            days.append(DAY_CODES.index(code))
    if not days and schedule.freq.upper() == "DAILY":
        days = list(range(7))
    return sorted(days)


def days_label(days: Sequence[int]) -> str:
    """ "Monday to Friday", "Monday, Wednesday", in the active language."""
    if not days:
        return ""
    runs: list[list[int]] = []
    for day in days:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(
                _("%(first)s to %(last)s")
                % {"first": str(WEEKDAYS[run[0]]), "last": str(WEEKDAYS[run[-1]])}
            )
        else:
            parts.extend(str(WEEKDAYS[d]) for d in run)
    return ", ".join(parts)


@dataclass(frozen=True)
class HoursLine:
    days: str
    hours: str
    note: str


def _is_current(schedule: Schedule, today: date) -> bool:
    if schedule.valid_from and schedule.valid_from > today:
        return False
    if schedule.valid_to and schedule.valid_to < today:
        return False
    return not (schedule.until and schedule.until < today)


def describe_hours(schedules: Iterable[Schedule], today: date | None = None) -> list[HoursLine]:
    """Human-readable opening hours, one line per schedule still in force."""
    today = today or timezone.localdate()
    lines: list[HoursLine] = []
    for schedule in schedules:
        if not _is_current(schedule, today):
            continue
        hours = ""
        if schedule.opens_at and schedule.closes_at:
            hours = _("%(opens)s to %(closes)s") % {
                "opens": time_format(schedule.opens_at),
                "closes": time_format(schedule.closes_at),
            }
        note = " ".join(p for p in (schedule.description, schedule.notes) if p)
        line = HoursLine(days=days_label(schedule_days(schedule)), hours=hours, note=note)
        if (line.days or line.hours or line.note) and line not in lines:
            lines.append(line)
    return lines


def _open_at(schedule: Schedule, moment: datetime) -> bool:
    if not (schedule.opens_at and schedule.closes_at) or not _is_current(schedule, moment.date()):
        return False
    days = schedule_days(schedule)
    now: time = moment.time()
    if schedule.opens_at <= schedule.closes_at:
        return moment.weekday() in days and schedule.opens_at <= now < schedule.closes_at
    # Overnight hours (22:00 to 02:00): open late on a listed day or early the day after.
    return (moment.weekday() in days and now >= schedule.opens_at) or (
        (moment.weekday() - 1) % 7 in days and now < schedule.closes_at
    )


def is_open_now(schedules: Iterable[Schedule], at: datetime | None = None) -> bool | None:
    """True/False when the hours say; None when no schedule gives days and times."""
    moment = timezone.localtime(at) if at else timezone.localtime()
    known = False
    for schedule in schedules:
        if schedule.opens_at and schedule.closes_at and schedule_days(schedule):
            known = True
            if _open_at(schedule, moment):
                return True
    return False if known else None


# --- a service's full record ----------------------------------------------------------------


@dataclass
class Place:
    """One place a service is offered: the location, its addresses and what is specific to it."""

    location: Location
    addresses: list[Address]
    phones: list[Phone] = field(default_factory=list)
    hours: list[HoursLine] = field(default_factory=list)
    accessibility: list[Accessibility] = field(default_factory=list)

    @property
    def name(self) -> str:
        return translated(self.location, "name").text

    @property
    def has_point(self) -> bool:
        return self.location.latitude is not None and self.location.longitude is not None


@dataclass
class ServiceDetail:
    service: Service
    places: list[Place]
    hours: list[HoursLine]
    open_now: bool | None
    phones: list[Phone]
    languages: list[str]
    categories: list[TaxonomyTerm]
    schedules: list[Schedule]

    def map_points(self, url: str) -> list[dict[str, object]]:
        name = translated(self.service, "name").text
        return [
            {
                "lat": p.location.latitude,
                "lng": p.location.longitude,
                "name": p.name or name,
                "url": url,
            }
            for p in self.places
            if p.has_point
        ]


def _detail_queryset(partnership: Partnership) -> QuerySet[Service]:
    locations = Location.objects.filter(is_active=True).prefetch_related(
        "addresses", "phones", "schedules", "accessibility", "languages"
    )
    return (
        public_services(partnership)
        .select_related("organization")
        .prefetch_related(
            Prefetch(
                "service_at_locations",
                queryset=ServiceAtLocation.objects.filter(
                    location__is_active=True
                ).prefetch_related(Prefetch("location", queryset=locations), "phones", "schedules"),
            ),
            "phones",
            "schedules",
            "languages",
            "required_documents",
            "cost_options",
            "contacts",
            "service_areas",
            Prefetch("attributes__taxonomy_term"),
        )
    )


def get_public_service(partnership: Partnership, pk: int) -> Service:
    """A public service of this partnership (else 404), with everything its page shows."""
    service = _detail_queryset(partnership).filter(pk=pk).first()
    if service is None:
        raise Http404("No such service.")
    return service


def get_public_service_pk(partnership: Partnership, hsds_id: str) -> int:
    """The pk of the public service with this HSDS id in this partnership, else 404."""
    pk = public_services(partnership).filter(hsds_id=hsds_id).values_list("pk", flat=True).first()
    if pk is None:
        raise Http404("No such service.")
    return int(pk)


@lru_cache(maxsize=8)
def _cldr_language_names(locale: str) -> dict[str, str]:
    """Babel's (CLDR) language names in one interface language, keyed by lower-case code."""
    try:
        names = Locale.parse(locale.replace("-", "_")).languages
    except (ValueError, UnknownLocaleError):
        names = Locale.parse("en").languages
    return {code.lower(): name for code, name in names.items()}


def language_name(code: str, name: str = "") -> str:
    """A language's name in the reader's language (CLDR names through Babel: every ISO 639
    code, "tigrinya" and "amharique" included), else the name as given, else the code."""
    names = _cldr_language_names((get_language() or "en").split("-")[0])
    key = code.strip().lower().replace("-", "_")
    label = names.get(key) or names.get(key.split("_")[0])
    if not label:
        return name or code
    return label[:1].upper() + label[1:]


def _languages(languages: Iterable[Language]) -> list[str]:
    names: list[str] = []
    for language in languages:
        label = language_name(language.code, language.name) if language.code else language.name
        if label and label not in names:
            names.append(label)
    return names


def service_detail(service: Service, at: datetime | None = None) -> ServiceDetail:
    """Everything the service page shows, from the prefetched record."""
    places: list[Place] = []
    schedules: list[Schedule] = list(service.schedules.all())
    languages: list[Language] = list(service.languages.all())
    for sal in service.service_at_locations.all():
        location = sal.location
        if location.location_type == LocationType.VIRTUAL and not location.addresses.all():
            continue
        place_schedules = list(sal.schedules.all()) or list(location.schedules.all())
        schedules.extend(place_schedules)
        languages.extend(location.languages.all())
        places.append(
            Place(
                location=location,
                addresses=[
                    a for a in location.addresses.all() if a.address_type != LocationType.POSTAL
                ]
                or list(location.addresses.all()),
                phones=[*sal.phones.all(), *location.phones.all()],
                hours=describe_hours(place_schedules),
                accessibility=list(location.accessibility.all()),
            )
        )
    categories: list[TaxonomyTerm] = []
    for attribute in service.attributes.all():
        if attribute.taxonomy_term not in categories:
            categories.append(attribute.taxonomy_term)
    return ServiceDetail(
        service=service,
        places=places,
        hours=describe_hours(service.schedules.all()),
        open_now=is_open_now(schedules, at),
        phones=list(service.phones.all()),
        languages=_languages(languages),
        categories=categories,
        schedules=schedules,
    )


# --- the search page's choices ----------------------------------------------------------------
#
# Each list is computed per request in time proportional to the number of distinct values, not
# to the number of services: the distinct values come from an index (a "loose index scan": a
# recursive query that jumps from one value to the next, on the (partnership_id, column)
# indexes of migration 0004), and each value is kept when one public service uses it (an
# EXISTS that stops at the first one). Nothing is cached across requests, so an edit shows at
# once.


def _public_service_sql(alias: str) -> tuple[str, list[Any]]:
    """SQL condition: the service `alias` is public (see `search.public_services`)."""
    return f"{alias}.is_approved = %s AND {alias}.status = %s", [True, ServiceStatus.ACTIVE.value]


def _distinct_used(
    partnership: Partnership, table: str, column: str, used: str, used_params: Sequence[Any]
) -> list[tuple[str, object]]:
    """Distinct non-empty values of `table.column` in this partnership, each with the first
    column of the `used` query (correlated on `v.x`, the value), dropped when that is NULL."""
    # table and column names come from our models; every value is a parameter
    sql = (
        f"WITH RECURSIVE v(x) AS ("  # noqa: S608
        f"SELECT MIN({column}) FROM {table} WHERE partnership_id = %s "
        f"UNION ALL SELECT (SELECT MIN({column}) FROM {table} "
        f"WHERE partnership_id = %s AND {column} > v.x) FROM v WHERE v.x IS NOT NULL) "
        f"SELECT x, ({used}) FROM v WHERE x IS NOT NULL AND x <> ''"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [partnership.pk, partnership.pk, *used_params])
        return [(str(x), u) for x, u in cursor.fetchall() if u is not None]


def list_categories(partnership: Partnership) -> list[tuple[str, str]]:
    """(HSDS id, name in the reader's language) of the taxonomy terms attached to at least one
    public service, by name."""
    public, params = _public_service_sql("s")
    term, attribute = TaxonomyTerm._meta.db_table, Attribute._meta.db_table
    with connection.cursor() as cursor:
        # one EXISTS per term, stopping at its first public service (table names, no values)
        cursor.execute(
            f"SELECT t.hsds_id, t.name_en, t.name_fr FROM {term} t "  # noqa: S608
            f"WHERE t.partnership_id = %s AND EXISTS (SELECT 1 FROM {attribute} a "
            f"JOIN {Service._meta.db_table} s ON s.id = a.service_id "
            f"WHERE a.partnership_id = %s AND a.taxonomy_term_id = t.id AND {public})",
            [partnership.pk, partnership.pk, *params],
        )
        rows = cursor.fetchall()
    names = [
        (str(hsds_id), translated(SimpleNamespace(name_en=en, name_fr=fr), "name").text)
        for hsds_id, en, fr in rows
    ]
    return sorted(names, key=lambda choice: choice[1].casefold())


def list_languages(partnership: Partnership) -> list[tuple[str, str]]:
    """(code, name) of the languages public services are offered in."""
    public, params = _public_service_sql("s")
    rows = _distinct_used(
        partnership,
        Language._meta.db_table,
        "code",
        f"SELECT l.name FROM {Language._meta.db_table} l "  # noqa: S608 - table names, no values
        f"JOIN {Service._meta.db_table} s ON s.id = l.service_id "
        f"WHERE l.partnership_id = %s AND l.code = v.x AND {public} LIMIT 1",
        [partnership.pk, *params],
    )
    choices: dict[str, str] = {}
    for code, name in rows:
        choices.setdefault(code.lower(), language_name(code, str(name)))
    return sorted(choices.items(), key=lambda item: fold(item[1]))


def list_cities(partnership: Partnership) -> list[str]:
    """Cities where public services have an address."""
    public, params = _public_service_sql("s")
    rows = _distinct_used(
        partnership,
        Address._meta.db_table,
        "city",
        "SELECT 1 "  # noqa: S608 - table names, no values
        f"FROM {Address._meta.db_table} a "
        f"JOIN {ServiceAtLocation._meta.db_table} sal ON sal.location_id = a.location_id "
        f"JOIN {Service._meta.db_table} s ON s.id = sal.service_id "
        f"WHERE a.partnership_id = %s AND a.city = v.x AND {public} LIMIT 1",
        [partnership.pk, *params],
    )
    return sorted({c.strip() for c, _used in rows if c.strip()}, key=str.casefold)


# --- results: map points and a short "where" for each hit -----------------------------------
#
# The result list shows 20 services: their places, addresses and hours are read with a few
# flat queries for the whole page (no per-object related managers, which cost more than the
# queries themselves).


@dataclass(frozen=True)
class ResultPlace:
    service_id: int
    address: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class _Link:
    """A service-at-location row of a result with its location's fields."""

    pk: int
    service_id: int
    location_id: int
    location_type: str
    is_active: bool
    latitude: float | None
    longitude: float | None


def _marks(values: Sequence[Any]) -> str:
    return ", ".join(["%s"] * len(values)) or "NULL"


def _links(partnership: Partnership, service_ids: Sequence[int]) -> list[_Link]:
    """The service-at-location rows of these services with their locations' fields (one flat
    query, no ORM: a page of results reads a few hundred values)."""
    sal, location = ServiceAtLocation._meta.db_table, Location._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sal.id, sal.service_id, sal.location_id, l.location_type, l.is_active, "  # noqa: S608 - table names, no values
            f"l.latitude, l.longitude FROM {sal} sal JOIN {location} l ON l.id = sal.location_id "
            f"WHERE sal.partnership_id = %s AND sal.service_id IN ({_marks(service_ids)}) "
            "ORDER BY sal.service_id, sal.id",
            [partnership.pk, *service_ids],
        )
        return [
            _Link(pk, sid, lid, kind, bool(active), lat, lng)
            for pk, sid, lid, kind, active, lat, lng in cursor.fetchall()
        ]


@dataclass(frozen=True)
class _Address:
    """The fields of an address a result shows; `str()` as `Address.__str__`."""

    location_id: int
    address_type: str
    address_1: str
    city: str
    postal_code: str

    def __str__(self) -> str:
        return ", ".join(p for p in (self.address_1, self.city, self.postal_code) if p)


def _addresses(partnership: Partnership, location_ids: Iterable[int]) -> list[_Address]:
    """The addresses of these locations in id order, with the fields a result shows."""
    ids = sorted(set(location_ids))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT location_id, address_type, address_1, city, postal_code "  # noqa: S608 - table name, no values
            f"FROM {Address._meta.db_table} WHERE partnership_id = %s "
            f"AND location_id IN ({_marks(ids)}) ORDER BY id",
            [partnership.pk, *ids],
        )
        return [_Address(*row) for row in cursor.fetchall()]


def result_places(
    partnership: Partnership, service_ids: Sequence[int], links: list[_Link] | None = None
) -> dict[int, ResultPlace]:
    """The first physical place of each service (two queries), for the list and the map."""
    if links is None:
        links = _links(partnership, service_ids)
    links = [link for link in links if link.is_active]
    addresses: dict[int, list[_Address]] = {}
    for address in _addresses(partnership, (link.location_id for link in links)):
        addresses.setdefault(address.location_id, []).append(address)
    places: dict[int, ResultPlace] = {}
    for link in links:
        if link.service_id in places:
            continue
        at_location = addresses.get(link.location_id, [])
        shown = [a for a in at_location if a.address_type != LocationType.POSTAL] or at_location
        if link.location_type == LocationType.VIRTUAL and not shown:
            continue
        places[link.service_id] = ResultPlace(
            service_id=link.service_id,
            address=str(shown[0]) if shown else "",
            latitude=link.latitude,
            longitude=link.longitude,
        )
    return places


def open_now_by_service(
    services: Sequence[Service],
    at: datetime | None = None,
    links: list[_Link] | None = None,
) -> dict[int, bool]:
    """Which of these services are open now, from their own, their places' and their
    locations' schedules (one query, plus one for the places unless given); a service without
    usable hours is left out."""
    if not services:
        return {}
    partnership_id = services[0].partnership_id
    ids = [s.pk for s in services]
    id_set = set(ids)
    if links is None:
        links = _links(services[0].partnership, ids)
    sal_ids = [link.pk for link in links]
    location_ids = sorted({link.location_id for link in links})
    # a raw query (Django still converts the times and dates): the fields the hours need
    schedules = Schedule.objects.raw(
        "SELECT id, service_id, service_at_location_id, location_id, opens_at, closes_at, "  # noqa: S608 - table name, no values
        f"byday, freq, valid_from, valid_to, until FROM {Schedule._meta.db_table} "
        f"WHERE partnership_id = %s AND (service_id IN ({_marks(ids)}) "
        f"OR service_at_location_id IN ({_marks(sal_ids)}) "
        f"OR location_id IN ({_marks(location_ids)})) ORDER BY id",
        [partnership_id, *ids, *sal_ids, *location_ids],
    )
    by_service: dict[int, list[Schedule]] = {}
    by_link: dict[int, list[Schedule]] = {}
    by_location: dict[int, list[Schedule]] = {}
    for schedule in schedules:
        if schedule.service_id in id_set:
            by_service.setdefault(schedule.service_id, []).append(schedule)
        if schedule.service_at_location_id is not None:
            by_link.setdefault(schedule.service_at_location_id, []).append(schedule)
        if schedule.location_id is not None:
            by_location.setdefault(schedule.location_id, []).append(schedule)
    gathered: dict[int, list[Schedule]] = {pk: list(by_service.get(pk, [])) for pk in ids}
    for link in links:
        gathered[link.service_id].extend(by_link.get(link.pk, []))
        gathered[link.service_id].extend(by_location.get(link.location_id, []))
    result: dict[int, bool] = {}
    for pk, found in gathered.items():
        state = is_open_now(found, at)
        if state is not None:
            result[pk] = state
    return result


def result_extras(
    partnership: Partnership, services: Sequence[Service], at: datetime | None = None
) -> tuple[dict[int, ResultPlace], dict[int, bool]]:
    """`result_places` and `open_now_by_service` of a page of results, sharing one query."""
    if not services:
        return {}, {}
    links = _links(partnership, [s.pk for s in services])
    return (
        result_places(partnership, [s.pk for s in services], links),
        open_now_by_service(services, at, links),
    )


@dataclass(frozen=True)
class ResultRow:
    """One result of the search page, with its text ready to show."""

    pk: int
    url: str
    name: SafeString  # in the reader's language, or the other one with a note
    name_text: str
    organization: SafeString
    summary: str  # the description as text, its first 30 words
    place: ResultPlace | None
    distance_km: float | None
    open_now: bool | None
    selected: bool


def summary(text: str, words: int = 30) -> str:
    """A description as plain text, cut after `words` words (the `striptags|truncatewords`
    of a template, without the HTML parser when there is no tag)."""
    if "<" in text:
        text = strip_tags(text)
    return Truncator(text).words(words, truncate=" …")


def result_rows(
    partnership: Partnership,
    results: SearchResults,
    service_url: str,
    selection: Sequence[int] = (),
    at: datetime | None = None,
) -> list[ResultRow]:
    """The rows of a page of results. `service_url` is a service page's URL with `{pk}` in
    place of the id (one `reverse` for the page, not one per hit)."""
    services = [hit.service for hit in results.hits]
    places, open_now = result_extras(partnership, services, at)
    rows = []
    for hit in results.hits:
        service = hit.service
        name = translated(service, "name")
        rows.append(
            ResultRow(
                pk=service.pk,
                url=service_url.format(pk=service.pk),
                name=render_translated(name),
                name_text=name.text,
                organization=render_translated(translated(service.organization, "name")),
                summary=summary(translated(service, "description").text),
                place=places.get(service.pk),
                distance_km=hit.distance_km,
                open_now=open_now.get(service.pk),
                selected=service.pk in selection,
            )
        )
    return rows


# --- the "where to go" list -------------------------------------------------------------------


def parse_selection(values: Iterable[str]) -> list[int]:
    """Service ids from the URL (?s=12&s=34), in order, without repeats or junk."""
    ids: list[int] = []
    for value in values:
        for part in str(value).split(","):
            part = part.strip()
            if part.isdigit() and 0 < int(part) < 2**31 and int(part) not in ids:
                ids.append(int(part))
    return ids[:MAX_LIST_ITEMS]


def where_to_go(partnership: Partnership, service_ids: Sequence[int]) -> list[ServiceDetail]:
    """The public services of this partnership among these ids, in the order given."""
    if not service_ids:
        return []
    services = {s.pk: s for s in _detail_queryset(partnership).filter(pk__in=service_ids)}
    return [service_detail(services[pk]) for pk in service_ids if pk in services]
