"""Gap analysis of the directory: what newcomers can find, and what is missing.

Counts use the services a newcomer can find (approved and active: `search.public_services`).

- services per category (taxonomy term), categories with none included: needs with no service;
- services per area: the cities of the places a service is offered at, plus its HSDS service
  areas (names compared case-insensitively), with how many of them are Francophone services
  (offered in French, or by a Francophone organization);
- the languages newcomers speak (the coordinator's list) against the languages services are
  offered in: coverage per language, and those no service offers;
- the current strategy's priority areas with the services in their categories
  (`TaxonomyTerm.priority_areas`), those with none being gaps.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from liphub.core.models import Partnership
from liphub.directory.models import (
    Address,
    Attribute,
    CommunityLanguage,
    Language,
    ServiceArea,
    TaxonomyTerm,
)
from liphub.directory.search import public_services
from liphub.partnerships.exports import Cell, Table
from liphub.strategy.models import PriorityArea
from liphub.strategy.selectors import get_current_strategy

FRENCH_NAMES = {"french", "francais", "français"}


@dataclass(frozen=True)
class CategoryRow:
    term_id: int
    label: str
    services: int
    code: str = ""


@dataclass
class AreaRow:
    name: str
    services: int = 0
    francophone: int = 0
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class LanguageRow:
    code: str
    label: str
    speakers: int | None
    services: int


@dataclass(frozen=True)
class PriorityRow:
    label: str
    categories: int
    services: int


@dataclass
class GapReport:
    categories: list[CategoryRow]
    areas: list[AreaRow]
    languages: list[LanguageRow]
    priorities: list[PriorityRow]
    service_count: int
    strategy_label: str = ""
    unserved_languages: list[LanguageRow] = field(default_factory=list)
    empty_categories: list[CategoryRow] = field(default_factory=list)
    unserved_priorities: list[PriorityRow] = field(default_factory=list)
    max_area_services: int = 0


def _public_ids(partnership: Partnership) -> set[int]:
    return set(public_services(partnership).values_list("pk", flat=True))


def services_per_category(*, partnership: Partnership) -> list[CategoryRow]:
    """Every taxonomy term with the number of findable services attached to it."""
    public = _public_ids(partnership)
    per_term: dict[int, set[int]] = defaultdict(set)
    for term_id, service_id in Attribute.objects.filter(
        partnership=partnership, service__isnull=False
    ).values_list("taxonomy_term_id", "service_id"):
        if service_id in public:
            per_term[term_id].add(service_id)
    rows = [
        CategoryRow(
            term_id=term.pk,
            label=str(term.tr("name")) or term.code,
            services=len(per_term.get(term.pk, ())),
            code=term.code,
        )
        for term in TaxonomyTerm.objects.filter(partnership=partnership).order_by(
            "code", "name_en", "id"
        )
    ]
    return sorted(rows, key=lambda row: (-row.services, row.label.casefold()))


def francophone_service_ids(*, partnership: Partnership) -> set[int]:
    """Findable services offered in French or by a Francophone organization."""
    services = public_services(partnership)
    by_org = set(services.filter(organization__is_francophone=True).values_list("pk", flat=True))
    french = Q(code__iexact="fr") | Q(code__istartswith="fr-") | Q(code__iexact="fra")
    for name in FRENCH_NAMES:
        french |= Q(name__iexact=name)
    offered = set(
        Language.objects.filter(partnership=partnership, service__in=services)
        .filter(french)
        .values_list("service_id", flat=True)
    )
    return by_org | {pk for pk in offered if pk is not None}


def _area_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def services_per_area(*, partnership: Partnership) -> list[AreaRow]:
    """Areas (city of a place, or service area name) with their services and Francophone ones."""
    public = _public_ids(partnership)
    francophone = francophone_service_ids(partnership=partnership)
    names: dict[str, str] = {}
    members: dict[str, set[int]] = defaultdict(set)
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    addresses = Address.objects.filter(
        partnership=partnership, location__service_at_locations__service_id__in=public
    ).values_list(
        "city",
        "location__service_at_locations__service_id",
        "location__latitude",
        "location__longitude",
    )
    for city, service_id, latitude, longitude in addresses:
        key = _area_key(city or "")
        if not key or service_id not in public:
            continue
        names.setdefault(key, " ".join(city.split()))
        members[key].add(service_id)
        if latitude is not None and longitude is not None:
            points[key].append((latitude, longitude))
    for name, service_id in ServiceArea.objects.filter(
        partnership=partnership, service_id__in=public
    ).values_list("name", "service_id"):
        key = _area_key(name or "")
        if key and service_id is not None:
            names.setdefault(key, " ".join(name.split()))
            members[key].add(service_id)
    rows = []
    for key, ids in members.items():
        row = AreaRow(name=names[key], services=len(ids), francophone=len(ids & francophone))
        if points[key]:
            row.latitude = sum(p[0] for p in points[key]) / len(points[key])
            row.longitude = sum(p[1] for p in points[key]) / len(points[key])
        rows.append(row)
    return sorted(rows, key=lambda row: (-row.services, row.name.casefold()))


def _language_keys(code: str, name: str) -> set[str]:
    keys = set()
    if code.strip():
        keys.add(code.strip().lower().split("-")[0].split("_")[0])
    if name.strip():
        keys.add(name.strip().casefold())
    return keys


def language_coverage(*, partnership: Partnership) -> list[LanguageRow]:
    """Each language newcomers speak, with the number of findable services offered in it."""
    public = _public_ids(partnership)
    offered: dict[str, set[int]] = defaultdict(set)
    for code, name, service_id in Language.objects.filter(
        partnership=partnership, service_id__in=public
    ).values_list("code", "name", "service_id"):
        for key in _language_keys(code, name):
            offered[key].add(service_id)
    rows = []
    for language in CommunityLanguage.objects.filter(partnership=partnership):
        keys = _language_keys(language.code, language.name_en) | _language_keys(
            "", language.name_fr
        )
        services: set[int] = set()
        for key in keys:
            services |= offered.get(key, set())
        rows.append(
            LanguageRow(
                code=language.code,
                label=str(language),
                speakers=language.speakers,
                services=len(services),
            )
        )
    return rows


def priority_area_coverage(
    *, partnership: Partnership, today: dt.date | None = None
) -> tuple[str, list[PriorityRow]]:
    """The current strategy's priority areas with their categories and findable services."""
    strategy = get_current_strategy(partnership=partnership, today=today)
    if strategy is None:
        return "", []
    public = _public_ids(partnership)
    rows = []
    for area in PriorityArea.objects.filter(partnership=partnership, strategy=strategy).order_by(
        "order", "id"
    ):
        term_ids = set(
            TaxonomyTerm.objects.filter(partnership=partnership, priority_areas=area).values_list(
                "pk", flat=True
            )
        )
        services = set(
            Attribute.objects.filter(
                partnership=partnership, taxonomy_term_id__in=term_ids, service_id__in=public
            ).values_list("service_id", flat=True)
        )
        rows.append(PriorityRow(label=str(area), categories=len(term_ids), services=len(services)))
    return str(strategy), rows


def gap_report(*, partnership: Partnership, today: dt.date | None = None) -> GapReport:
    strategy_label, priorities = priority_area_coverage(partnership=partnership, today=today)
    categories = services_per_category(partnership=partnership)
    areas = services_per_area(partnership=partnership)
    languages = language_coverage(partnership=partnership)
    return GapReport(
        categories=categories,
        areas=areas,
        languages=languages,
        priorities=priorities,
        service_count=public_services(partnership).count(),
        strategy_label=strategy_label,
        unserved_languages=[row for row in languages if row.services == 0],
        empty_categories=[row for row in categories if row.services == 0],
        unserved_priorities=[row for row in priorities if row.services == 0],
        max_area_services=max((row.services for row in areas), default=0),
    )


def gap_tables(report: GapReport) -> list[Table]:
    """The gap analysis as tables: the page, the CSV and the XLSX files show the same."""

    def yes_no(value: bool) -> str:
        return _("Yes") if value else _("No")

    area_rows: list[list[Cell]] = [
        [row.name, row.services, row.francophone] for row in report.areas
    ]
    return [
        Table(
            key="categories",
            sheet=_("By category"),
            title=_("Services per category"),
            headers=[_("Category"), _("Code"), _("Services")],
            rows=[[row.label, row.code, row.services] for row in report.categories],
        ),
        Table(
            key="areas",
            sheet=_("By area"),
            title=_("Services and Francophone services per area"),
            headers=[_("Area"), _("Services"), _("Francophone services")],
            rows=area_rows,
        ),
        Table(
            key="languages",
            sheet=_("Languages"),
            title=_("Languages newcomers speak and services offered in them"),
            headers=[_("Language"), _("Code"), _("Newcomers who speak it"), _("Services")],
            rows=[[row.label, row.code, row.speakers, row.services] for row in report.languages],
        ),
        Table(
            key="priorities",
            sheet=_("Priority areas"),
            title=_("Priority areas and the services in their categories"),
            headers=[_("Priority area"), _("Categories"), _("Services"), _("Gap")],
            rows=[
                [row.label, row.categories, row.services, yes_no(row.services == 0)]
                for row in report.priorities
            ],
        ),
    ]
