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

from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import Http404
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.formats import time_format
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from liphub.core.i18n import translated
from liphub.core.models import Partnership
from liphub.directory.models import (
    Accessibility,
    Address,
    Language,
    Location,
    LocationType,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from liphub.directory.search import public_services

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


def language_name(code: str, name: str = "") -> str:
    """A language's name in the reader's language when Django knows it, else as given."""
    try:
        return str(get_language_info(code.lower())["name_translated"])
    except KeyError:
        return name or code


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


def list_categories(partnership: Partnership) -> list[TaxonomyTerm]:
    """Taxonomy terms attached to at least one public service, by name in the reader's language."""
    terms = TaxonomyTerm.objects.filter(
        partnership=partnership, attributes__service__in=public_services(partnership)
    ).distinct()
    return sorted(terms, key=lambda t: translated(t, "name").text.casefold())


def list_languages(partnership: Partnership) -> list[tuple[str, str]]:
    """(code, name) of the languages public services are offered in."""
    services = public_services(partnership)
    rows = (
        Language.objects.filter(partnership=partnership, service__in=services)
        .exclude(code="")
        .values_list("code", "name")
        .distinct()
    )
    choices: dict[str, str] = {}
    for code, name in rows:
        choices.setdefault(code.lower(), language_name(code, name))
    return sorted(choices.items(), key=lambda item: item[1].casefold())


def list_cities(partnership: Partnership) -> list[str]:
    """Cities where public services have an address."""
    cities = (
        Address.objects.filter(
            partnership=partnership,
            location__service_at_locations__service__in=public_services(partnership),
        )
        .exclude(city="")
        .values_list("city", flat=True)
        .distinct()
    )
    return sorted({c.strip() for c in cities}, key=str.casefold)


# --- results: map points and a short "where" for each hit -----------------------------------


@dataclass(frozen=True)
class ResultPlace:
    service_id: int
    address: str
    latitude: float | None
    longitude: float | None


def result_places(partnership: Partnership, service_ids: Sequence[int]) -> dict[int, ResultPlace]:
    """The first physical place of each service (one query), for the list and the map."""
    places: dict[int, ResultPlace] = {}
    rows = (
        ServiceAtLocation.objects.filter(
            partnership=partnership, service_id__in=service_ids, location__is_active=True
        )
        .select_related("location")
        .prefetch_related("location__addresses")
        .order_by("service_id", "pk")
    )
    for sal in rows:
        if sal.service_id in places:
            continue
        location = sal.location
        addresses = [
            a for a in location.addresses.all() if a.address_type != LocationType.POSTAL
        ] or list(location.addresses.all())
        if location.location_type == LocationType.VIRTUAL and not addresses:
            continue
        places[sal.service_id] = ResultPlace(
            service_id=sal.service_id,
            address=str(addresses[0]) if addresses else "",
            latitude=location.latitude,
            longitude=location.longitude,
        )
    return places


def open_now_by_service(services: Sequence[Service], at: datetime | None = None) -> dict[int, bool]:
    """Which of these services are open now, from their own, their places' and their
    locations' schedules (three queries); a service without usable hours is left out."""
    prefetch_related_objects(
        list(services),
        "schedules",
        "service_at_locations__schedules",
        "service_at_locations__location__schedules",
    )
    result: dict[int, bool] = {}
    for service in services:
        schedules = list(service.schedules.all())
        for sal in service.service_at_locations.all():
            schedules.extend(sal.schedules.all())
            schedules.extend(sal.location.schedules.all())
        state = is_open_now(schedules, at)
        if state is not None:
            result[service.pk] = state
    return result


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
