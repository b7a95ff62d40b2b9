"""Reads of the network view: every partnership of a network side by side, for its analysts.

- `access_network(user, slug)`: the network, or 404 unless the user analyses it (or is a
  site administrator).
- `get_network_overview(network=..., year=...)`: representation by key sector, contributions,
  activities by priority theme and status, and reports submitted, for every partnership.
- `get_comparison(network=..., partnerships=..., year=...)`: two or more partnerships' plans
  and indicators side by side.

Every figure comes from aggregate queries over all the partnerships at once: a fixed number of
queries whatever the number of partnerships. Tenant queries run inside the request's scope
(an analyst's scope holds every partnership of the networks they analyse).
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace
from typing import Any

from django.db import connection
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Sum
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext
from django_scopes import get_scope

from liphub.actions.models import ActionPlan, Activity, ActivityStatus, Indicator, Measurement
from liphub.core.fiscal import fiscal_year_of
from liphub.core.i18n import current_language, translated
from liphub.core.models import Network, Partnership
from liphub.partnerships.models import Seat, Sector
from liphub.partnerships.selectors import current_seats_filter
from liphub.reports.models import SubmittedReport
from liphub.reports.rows import as_datetime, fetch_rows
from liphub.resources.models import Contribution, ContributionKind

STATUSES: tuple[str, ...] = tuple(ActivityStatus.values)
NO_THEME = ""


# --- Access ------------------------------------------------------------------------------------


def _is_admin(user: Any) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_superuser)


def list_analysed_networks(user: Any) -> QuerySet[Network]:
    """The networks whose view the user may open: those they analyse (every one for admins)."""
    if user is None or not user.is_authenticated:
        return Network.objects.none()
    if _is_admin(user):
        return Network.objects.order_by("slug")
    return Network.objects.filter(analysts__user=user).distinct().order_by("slug")


def access_network(user: Any, slug: str) -> Network:
    """The network `slug` if the user analyses it or is a site administrator; 404 otherwise."""
    if user is None or not user.is_authenticated:
        raise Http404("No such network.")
    networks = Network.objects.filter(slug=slug)
    if not _is_admin(user):
        networks = networks.filter(analysts__user=user)
    network = networks.first()
    if network is None:
        raise Http404("No such network.")
    return network


@dataclass(frozen=True, slots=True)
class NetworkMember:
    """A partnership of the network as the network view shows it (its id, slug and names:
    read as plain rows, a hundred model instances cost more than the rest of a table)."""

    pk: int
    slug: str
    name_en: str
    name_fr: str
    display_name: str

    def __str__(self) -> str:
        return self.display_name


def _name(name_en: str | None, name_fr: str | None, language: str) -> str:
    """A name in the reader's language, else in another (`translated`, for plain rows)."""
    names = SimpleNamespace(name_en=name_en or "", name_fr=name_fr or "")
    return str(translated(names, "name", language))


@functools.cache
def _members_sql() -> str:
    """The query of a network's partnerships (id, slug, names), compiled once per process
    with the network's id as its one parameter (partnerships themselves are not tenant
    rows: no scope goes in it)."""
    sentinel = -7_654_321
    query = Partnership.objects.filter(networks=sentinel).values_list(
        "id", "slug", "name_en", "name_fr"
    )
    sql, params = query.query.sql_with_params()
    if tuple(params) != (sentinel,):
        raise ValueError(f"unexpected parameters {params!r}")
    return sql


def _member_rows(network: Network) -> list[tuple[int, str, str | None, str | None]]:
    with connection.cursor() as cursor:
        cursor.execute(_members_sql(), [network.pk])
        return cursor.fetchall()


def list_network_partnerships(*, network: Network) -> list[NetworkMember]:
    """The partnerships of the network, by name in the reader's language."""
    language = current_language()
    members = [
        NetworkMember(
            pk=pk,
            slug=slug,
            name_en=name_en or "",
            name_fr=name_fr or "",
            display_name=_name(name_en, name_fr, language),
        )
        for pk, slug, name_en, name_fr in _member_rows(network)
    ]
    members.sort(key=lambda member: member.display_name.casefold())
    return members


def _members(network: Network, partnership_ids: Collection[int] | None = None) -> Q:
    """Rows of the network's partnerships (`partnership_ids`: its partnerships, when known).

    Every query also runs in the request's tenant scope, which holds the partnerships the
    user may see. When the scope holds none outside this network (an analyst of this
    network alone), the scope is already the whole restriction and no filter is added;
    otherwise a subquery of the network's partnerships, lighter than a long list of ids."""
    if partnership_ids is not None:
        scope = get_scope()
        visible = scope.get("partnership")
        if (
            scope.get("_enabled", False)
            and isinstance(visible, list | tuple)
            and set(visible) <= set(partnership_ids)
        ):
            return Q()
    through = Partnership.networks.through.objects.filter(network_id=network.pk)
    return Q(partnership_id__in=through.values("partnership_id"))


def list_network_years(*, network: Network) -> list[int]:
    """Fiscal years with a plan, a contribution or a submitted report, latest first (1 query)."""
    members = _members(network)
    plans = ActionPlan.objects.filter(members).values_list("fiscal_year")
    contributions = Contribution.objects.filter(members).values_list("fiscal_year")
    reports = SubmittedReport.objects.filter(members).values_list("fiscal_year")
    years = plans.order_by().union(contributions.order_by(), reports.order_by())
    return sorted({year for (year,) in years}, reverse=True)


@dataclass(frozen=True)
class NetworkRecords:
    """What the network view reads for every year at once: the years with a plan, the
    contribution totals per partnership, year and type, and the submitted reports. The
    year choice and the chosen year's contributions and reports come from the same rows (3
    queries rather than a query for the years and one more each for the year's figures).
    The rows are the database driver's (no per-value converters): a sum may be a float or a
    Decimal, a date and time may be text; `get_network_overview` converts the chosen year's."""

    plan_years: frozenset[int]
    contributions: list[tuple[int, int, str, Any]]  # partnership, year, kind, sum
    reports: list[tuple[int, int, int, Any]]  # partnership, year, number, submitted at

    @property
    def years(self) -> list[int]:
        """As `list_network_years`: a plan, a contribution or a report, latest first."""
        years = set(self.plan_years)
        years.update(row[1] for row in self.contributions)
        years.update(row[1] for row in self.reports)
        return sorted(years, reverse=True)


def read_network_records(
    *, network: Network, partnership_ids: Collection[int] | None = None
) -> NetworkRecords:
    members = _members(network, partnership_ids)
    plan_years = ActionPlan.objects.filter(members).values_list("fiscal_year", flat=True)
    contributions = (
        Contribution.objects.filter(members)
        .values_list("partnership_id", "fiscal_year", "kind")
        .annotate(total=Sum("amount"))
        .order_by()
    )
    reports = SubmittedReport.objects.filter(members).values_list(
        "partnership_id", "fiscal_year", "number", "submitted_at"
    )
    return NetworkRecords(
        plan_years=frozenset(year for (year,) in fetch_rows(plan_years.order_by().distinct())),
        contributions=typing.cast(list[tuple[int, int, str, Any]], fetch_rows(contributions)),
        reports=typing.cast(list[tuple[int, int, int, Any]], fetch_rows(reports.order_by())),
    )


def default_year(years: list[int], today: dt.date | None = None) -> int:
    """The latest year with data up to the current fiscal year (or the current one)."""
    current = fiscal_year_of(today or timezone.localdate())
    past = [year for year in years if year <= current]
    if past:
        return max(past)
    return min(years) if years else current


# --- Figures -----------------------------------------------------------------------------------


def _dollars(amount: Any) -> int:
    """Whole Canadian dollars (half up): the network view reports totals to the dollar (a
    sum read as a float is taken to the cent first, as the decimal column holds it)."""
    if amount is None:
        return 0
    if type(amount) is int:  # SQLite sums whole amounts as an integer
        return amount
    if not isinstance(amount, Decimal):
        amount = Decimal(str(amount)).quantize(Decimal("0.01"))
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class ReportStatus:
    latest_number: int
    submitted_at: dt.datetime
    versions: int

    @functools.cached_property
    def submitted_on(self) -> dt.date:
        return timezone.localdate(self.submitted_at)


@dataclass
class PartnershipFigures:
    """One partnership's figures in the network view."""

    partnership: NetworkMember
    name: str = ""
    seats_by_sector: dict[int, int] = field(default_factory=dict)
    cash: int = 0
    in_kind: int = 0
    activities: Counter[str] = field(default_factory=Counter)
    report: ReportStatus | None = None

    @property
    def key_sectors_present(self) -> int:
        return sum(1 for seats in self.seats_by_sector.values() if seats)

    @property
    def contributions_total(self) -> int:
        return self.cash + self.in_kind

    @property
    def activities_total(self) -> int:
        return sum(self.activities.values())


@dataclass
class Theme:
    """A priority theme across partnerships: areas grouped by code, else by name."""

    key: str
    label: str
    by_status: Counter[str] = field(default_factory=Counter)
    partnership_ids: set[int] = field(default_factory=set)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


@dataclass(frozen=True, slots=True)
class KeySector:
    """A key sector (its id and its name in the reader's language)."""

    pk: int
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class SectorCoverage:
    sector: KeySector
    partnerships_present: int
    partnerships_total: int

    @property
    def share_percent(self) -> int | None:
        if not self.partnerships_total:
            return None
        return round(100 * self.partnerships_present / self.partnerships_total)


@dataclass(frozen=True)
class NetworkOverview:
    network: Network
    year: int
    on: dt.date
    key_sectors: list[KeySector]
    partnerships: list[PartnershipFigures]
    themes: list[Theme]

    @property
    def sector_coverage(self) -> list[SectorCoverage]:
        total = len(self.partnerships)
        present: dict[int, int] = {}
        for row in self.partnerships:
            for pk, seats in row.seats_by_sector.items():
                if seats:
                    present[pk] = present.get(pk, 0) + 1
        return [
            SectorCoverage(
                sector=sector,
                partnerships_present=present.get(sector.pk, 0),
                partnerships_total=total,
            )
            for sector in self.key_sectors
        ]

    @property
    def cash(self) -> int:
        return sum(row.cash for row in self.partnerships)

    @property
    def in_kind(self) -> int:
        return sum(row.in_kind for row in self.partnerships)

    @property
    def reports_submitted(self) -> int:
        return sum(1 for row in self.partnerships if row.report is not None)


def theme_key(code: str | None, name_en: str | None, name_fr: str | None) -> str:
    """Priority areas differ per partnership: the same code is the same theme, else the name."""
    if code:
        return f"code:{code.strip().casefold()}"
    name = (name_en or "").strip() or (name_fr or "").strip()
    return f"name:{name.casefold()}" if name else NO_THEME


def _theme_label(key: str, name_en: str | None, name_fr: str | None) -> str:
    if key == NO_THEME:
        return gettext("No priority area")
    return _name(name_en, name_fr, current_language()).strip()


ActivityRow = tuple[int, str | None, str | None, str | None, str, int]


def _activity_rows(members: Q, year: int) -> list[ActivityRow]:
    """Activity counts per (partnership, priority area, status) for the year's plans:
    (partnership id, area code, area name_en, area name_fr, status, count)."""
    rows = fetch_rows(  # thousands of small values: no per-value converters
        Activity.objects.filter(members, plan__fiscal_year=year)
        .values_list(
            "partnership_id",
            "goal__priority_area__code",
            "goal__priority_area__name_en",
            "goal__priority_area__name_fr",
            "status",
        )
        .annotate(n=Count("id"))
        .order_by()
    )
    return typing.cast(list[ActivityRow], rows)


def _themes(rows: list[ActivityRow], order: dict[int, int]) -> list[Theme]:
    """Group activity counts into themes; a theme's label is that of its first partnership."""
    themes: dict[str, Theme] = {}
    area_themes: dict[tuple[str | None, str | None, str | None], Theme] = {}
    # per theme, the row that names it: the first of the partnership that comes first
    # (rows are not sorted: a network's plans have thousands of them)
    names: dict[str, tuple[int, str | None, str | None]] = {}
    for pid, code, name_en, name_fr, status, n in rows:
        area = (code, name_en, name_fr)
        theme = area_themes.get(area)
        if theme is None:
            key = theme_key(code, name_en, name_fr)
            theme = themes.get(key)
            if theme is None:
                theme = themes[key] = Theme(key=key, label="")
            area_themes[area] = theme
        rank = order.get(pid, 0)
        named = names.get(theme.key)
        if named is None or rank < named[0]:
            names[theme.key] = (rank, name_en, name_fr)
        counts = theme.by_status
        counts[status] = counts.get(status, 0) + n
        theme.partnership_ids.add(pid)
    for key, (_rank, name_en, name_fr) in names.items():
        themes[key].label = _theme_label(key, name_en, name_fr)
    return sorted(themes.values(), key=lambda t: (t.key == NO_THEME, t.label.casefold()))


@functools.cache
def _key_sectors_sql() -> tuple[str, tuple[Any, ...]]:
    """The key sectors' query (id and names, in their order), compiled once per process:
    sectors are reference data shared by every partnership (no tenant scope goes in the
    query), so its text never changes; building and compiling it cost more than running it."""
    query = Sector.objects.filter(is_key=True).values_list("id", "name_en", "name_fr").query
    sql, params = query.sql_with_params()
    return sql, tuple(params)


def _key_sector_rows() -> list[tuple[int, str, str]]:
    """The key sectors as they are now (read on every call): (id, name_en, name_fr)."""
    sql, params = _key_sectors_sql()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def get_network_overview(
    *,
    network: Network,
    partnerships: list[NetworkMember],
    year: int,
    on: dt.date | None = None,
    records: NetworkRecords | None = None,
) -> NetworkOverview:
    """Every partnership's figures for a fiscal year; a fixed number of queries.

    - a key sector is at a partnership's table when a current seat of an active body represents
      an organization that is a partner (on the day) in that sector (as on the representation
      page of each partnership); the figure is the number of such seats;
    - contributions are the year's cash and in-kind totals, in whole dollars;
    - activities are those of the year's action plan, by priority theme and status;
    - reports are the versions submitted for the year (the latest one and its date).

    `records` are the network's `read_network_records` when already read (for the years).
    """
    day = on or timezone.localdate()
    ids = [p.pk for p in partnerships]
    members = _members(network, ids)
    rows = {p.pk: PartnershipFigures(partnership=p, name=p.display_name) for p in partnerships}
    language = current_language()
    key_sectors = [
        KeySector(pk=pk, name=_name(en, fr, language)) for pk, en, fr in _key_sector_rows()
    ]
    key_ids = {sector.pk for sector in key_sectors}

    partner_on_day = (
        Q(organization__partner__since__isnull=True) | Q(organization__partner__since__lte=day)
    ) & (Q(organization__partner__until__isnull=True) | Q(organization__partner__until__gte=day))
    seats = (
        Seat.objects.filter(
            members & current_seats_filter(day) & partner_on_day, body__is_active=True
        )
        .values_list("partnership_id", "organization__partner__sectors")
        .annotate(seats=Count("id"))
        .order_by()
    )
    for pid, sector_id, count in fetch_rows(seats):
        if sector_id in key_ids:
            rows[pid].seats_by_sector[sector_id] = count

    if records is None:
        records = read_network_records(network=network, partnership_ids=ids)
    for pid, row_year, kind, total in records.contributions:
        if row_year != year:
            continue
        if kind == ContributionKind.CASH:
            rows[pid].cash += _dollars(total)
        else:
            rows[pid].in_kind += _dollars(total)

    activity_rows = _activity_rows(members, year)
    for pid, _code, _en, _fr, status, n in activity_rows:
        counts = rows[pid].activities
        counts[status] = counts.get(status, 0) + n

    versions: dict[int, list[tuple[int, Any]]] = defaultdict(list)
    for pid, row_year, number, submitted_at in records.reports:
        if row_year == year:
            versions[pid].append((number, submitted_at))
    for pid, submitted in versions.items():
        number, submitted_at = max(submitted)
        rows[pid].report = ReportStatus(
            latest_number=number, submitted_at=as_datetime(submitted_at), versions=len(submitted)
        )

    order = {pid: index for index, pid in enumerate(ids)}
    return NetworkOverview(
        network=network,
        year=year,
        on=day,
        key_sectors=key_sectors,
        partnerships=[rows[pid] for pid in ids],
        themes=_themes(activity_rows, order),
    )


# --- Comparison --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorResult:
    name: str
    activity: str
    unit: str
    target: Decimal | None
    latest_value: Decimal | None
    latest_date: dt.date | None

    @property
    def percent_of_target(self) -> int | None:
        """The latest value as a share of the target, in whole percent."""
        if self.latest_value is None or not self.target:
            return None
        return int(
            (100 * self.latest_value / self.target).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        )


@dataclass(frozen=True)
class PartnershipPlan:
    partnership: NetworkMember
    themes: list[Theme]
    indicators: list[IndicatorResult]

    @property
    def activities_total(self) -> int:
        return sum(theme.total for theme in self.themes)


@dataclass(frozen=True)
class Comparison:
    network: Network
    year: int
    plans: list[PartnershipPlan]

    @property
    def themes(self) -> list[tuple[str, str]]:
        """Every theme of the compared plans: (key, label), by label."""
        labels: dict[str, str] = {}
        for plan in self.plans:
            for theme in plan.themes:
                labels.setdefault(theme.key, theme.label)
        return sorted(labels.items(), key=lambda kv: (kv[0] == NO_THEME, kv[1].casefold()))


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def get_comparison(*, network: Network, partnerships: list[NetworkMember], year: int) -> Comparison:
    """Plans (activities per theme and status) and indicators of the year, side by side.

    Two queries whatever the number of partnerships; an indicator's latest value is its
    measurement with the latest date.
    """
    ids = [p.pk for p in partnerships]
    activity_rows = _activity_rows(Q(partnership_id__in=ids), year)
    by_partnership: dict[int, list[ActivityRow]] = defaultdict(list)
    for activity_row in activity_rows:
        by_partnership[activity_row[0]].append(activity_row)

    latest = Measurement.objects.filter(indicator=OuterRef("pk")).order_by("-date", "-id")
    indicator_rows = (
        Indicator.objects.filter(partnership_id__in=ids, activity__plan__fiscal_year=year)
        .annotate(
            latest_value=Subquery(latest.values("value")[:1]),
            latest_date=Subquery(latest.values("date")[:1]),
        )
        .values(
            "partnership_id",
            "name_en",
            "name_fr",
            "unit",
            "target",
            "activity__title_en",
            "activity__title_fr",
            "latest_value",
            "latest_date",
        )
        .order_by("partnership_id", "activity_id", "kind", "id")
    )
    indicators: dict[int, list[IndicatorResult]] = defaultdict(list)
    for row in indicator_rows:
        latest_date = row["latest_date"]
        if isinstance(latest_date, str):  # SQLite returns a subquery's date as text
            latest_date = dt.date.fromisoformat(latest_date)
        indicators[row["partnership_id"]].append(
            IndicatorResult(
                name=str(translated(SimpleNamespace(**row), "name")),
                activity=str(
                    translated(
                        SimpleNamespace(
                            title_en=row["activity__title_en"], title_fr=row["activity__title_fr"]
                        ),
                        "title",
                    )
                ),
                unit=row["unit"],
                target=row["target"],
                latest_value=_decimal(row["latest_value"]),
                latest_date=latest_date,
            )
        )
    order = {pid: index for index, pid in enumerate(ids)}
    return Comparison(
        network=network,
        year=year,
        plans=[
            PartnershipPlan(
                partnership=p,
                themes=_themes(by_partnership[p.pk], order),
                indicators=indicators[p.pk],
            )
            for p in partnerships
        ],
    )
