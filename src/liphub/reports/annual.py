"""The annual report of a partnership for a fiscal year, built from the data.

`build_annual_report(partnership=..., fiscal_year=...)` returns an `AnnualReport`: a tree of
plain dataclasses holding figures only (no model instances), so that

- the same figures feed every format (web page, PDF, DOCX, XLSX);
- `to_dict()` is JSON: a submitted report freezes it, and `AnnualReport.from_dict()` renders
  the frozen version identically years later, whatever the data became;
- names are kept in both languages (`LangText`), so a frozen report still reads in English or
  French.

The builder runs a fixed number of aggregated queries, whatever the number of activities,
indicators and measurements (no query per row).

Indicator results are summarised per priority area (`IndicatorResults`, computed in SQL); the
full list of indicators (`AnnualReport.indicators`) is built only for the files that list it
(the XLSX, a submitted version) and is paged on the web (`list_indicator_results`). Likewise
activities are counted per priority area and status (`AreaFigure`); the list of every activity
(`AnnualReport.activities`) is built for the XLSX and a submitted version, and the web page
links each count to the filtered activity list (`actions:activity_list`).

Format versions of the frozen figures (`schema`): 1 had no indicator summary; `from_dict`
upgrades it from the indicators it froze, so every version submitted since still renders.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

from django.db import connection
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from liphub.actions.models import (
    ActionPlan,
    Activity,
    ActivityStatus,
    Indicator,
    Measurement,
    SuccessStory,
)
from liphub.core.fiscal import fiscal_year_bounds, fiscal_year_label
from liphub.core.i18n import content_languages, current_language
from liphub.core.models import Partnership
from liphub.meetings.models import AttendanceStatus, Meeting
from liphub.partnerships.models import Body, Partner, Seat, SeatRole, Sector
from liphub.reports.rows import as_date, fetch_rows
from liphub.resources.models import Contribution, ContributionKind

SCHEMA_VERSION = 2

# A name in every content language: {"en": "...", "fr": "..."}.
LangText = dict[str, str]


def lang_text(obj: Any, field_name: str, prefix: str = "") -> LangText:
    """{"en": obj.<field>_en, "fr": ...} from a model instance or a values() row."""
    if isinstance(obj, dict):
        return {lang: obj.get(f"{prefix}{field_name}_{lang}") or "" for lang in content_languages()}
    return {lang: getattr(obj, f"{field_name}_{lang}", "") or "" for lang in content_languages()}


def _has_text(value: str) -> bool:
    return bool(value) and not value.isspace()  # no copy of a long text, unlike strip()


def pick(text: LangText, language: str | None = None) -> str:
    """The text in the reader's language, or in another language when it has none."""
    lang = language or current_language()
    if _has_text(text.get(lang, "")):
        return text[lang]
    return next((value for value in text.values() if _has_text(value)), "")


def percent(part: float | Decimal, whole: float | Decimal) -> int | None:
    """Whole percent, or None when the whole is zero (no meaningful rate)."""
    if not whole:
        return None
    return round(100 * Decimal(part) / Decimal(whole))


# --- The figures --------------------------------------------------------------------------------


@dataclass
class SectorFigure:
    sector_id: int
    code: str
    name: LangText
    is_key: bool
    partners: int


@dataclass
class Membership:
    """Partners active at some point in the fiscal year, per sector (a partner in two sectors
    counts in both)."""

    partners: int
    partners_without_sector: int
    sectors: list[SectorFigure]


@dataclass
class BodyFigure:
    """Seats whose term overlaps the fiscal year, by role and representation."""

    body_id: int
    name: LangText
    kind: str
    seats: int
    chairs: int
    co_chairs: int
    members: int
    ex_officio: int
    immigrant_representatives: int
    francophone_representatives: int


@dataclass
class MeetingFigure:
    """Meetings held in the fiscal year and the attendance recorded at them."""

    body_id: int | None
    name: LangText
    meetings: int
    present: int
    regrets: int
    absent: int

    @property
    def recorded(self) -> int:
        return self.present + self.regrets + self.absent

    @property
    def rate_percent(self) -> int | None:
        return percent(self.present, self.recorded)


@dataclass
class MeetingsAndAttendance:
    overall: MeetingFigure
    bodies: list[MeetingFigure]


@dataclass
class AreaFigure:
    """Activities of the year's action plan in a priority area, per status."""

    area_id: int | None
    name: LangText
    statuses: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.statuses.values())


@dataclass
class ActivityFigure:
    activity_id: int
    title: LangText
    area_id: int | None
    area: LangText
    lead: LangText
    start: dt.date | None
    end: dt.date | None
    status: str


@dataclass
class IndicatorFigure:
    """An indicator with its latest measurement within the fiscal year."""

    indicator_id: int
    activity_id: int
    activity: LangText
    name: LangText
    kind: str
    unit: str
    baseline: Decimal | None
    target: Decimal | None
    latest: Decimal | None
    latest_date: dt.date | None
    percent_of_target: int | None


@dataclass
class IndicatorResultFigure:
    """Indicators of the year's activities in a priority area (or all of them) against their
    targets, by the latest measurement within the fiscal year. The indicators with a target
    are at or above it, below it, or not measured in the year; the average share of target is
    over the measured indicators whose target is not zero."""

    area_id: int | None
    name: LangText
    indicators: int
    with_target: int
    at_or_above: int
    below: int
    not_measured: int
    average_percent: int | None


@dataclass
class IndicatorResults:
    overall: IndicatorResultFigure
    areas: list[IndicatorResultFigure]


@dataclass
class MoneyFigure:
    key: str
    name: LangText
    cash: Decimal
    in_kind: Decimal

    @property
    def total(self) -> Decimal:
        return self.cash + self.in_kind


@dataclass
class Contributions:
    count: int
    cash: Decimal
    in_kind: Decimal
    by_source: list[MoneyFigure]
    by_sector: list[MoneyFigure]

    @property
    def total(self) -> Decimal:
        return self.cash + self.in_kind


@dataclass
class StoryFigure:
    story_id: int
    title: LangText
    text: LangText
    activity_id: int | None
    activity: LangText


@dataclass
class AnnualReport:
    partnership_slug: str
    partnership_name: LangText
    fiscal_year: int
    generated_at: dt.datetime
    membership: Membership
    bodies: list[BodyFigure]
    attendance: MeetingsAndAttendance
    areas: list[AreaFigure]
    # Every activity: None when not built (the web page counts them per area and status).
    activities: list[ActivityFigure] | None
    indicator_results: IndicatorResults
    # Every indicator with its result: None when not built (the web page pages them instead).
    indicators: list[IndicatorFigure] | None
    contributions: Contributions
    stories: list[StoryFigure]
    plan_id: int | None = None
    schema: int = SCHEMA_VERSION
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def fiscal_year_label(self) -> str:
        return fiscal_year_label(self.fiscal_year)

    @property
    def activity_count(self) -> int:
        """Every activity of the year's plan (each counts in exactly one area figure)."""
        return sum(area.total for area in self.areas)

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable figures (decimals and dates as strings)."""
        encoded = _encode(self)
        assert isinstance(encoded, dict)
        return encoded

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnnualReport:
        """The report from its frozen figures, whatever format version froze them."""
        if data.get("schema", 1) < 2:  # format 2 added the indicator summary
            data = upgrade_schema_1(data)
        return _decode(cls, data)


def upgrade_schema_1(data: dict[str, Any]) -> dict[str, Any]:
    """Frozen figures of format 1 in format 2: the indicator summary per priority area,
    worked out from the indicators and activities format 1 froze (same definitions as the
    SQL of `_build_indicator_results`)."""
    area_of = {row["activity_id"]: row["area_id"] for row in data["activities"]}
    results: dict[int | None, list[tuple[Decimal | None, Decimal | None]]] = {
        row["area_id"]: [] for row in data["areas"]
    }
    for row in data["indicators"]:
        area_id = area_of.get(row["activity_id"])
        results.setdefault(area_id, []).append(
            (_optional_decimal(row["target"]), _optional_decimal(row["latest"]))
        )
    names = {row["area_id"]: row["name"] for row in data["areas"]}

    def figure(area_id: int | None, pairs: list[tuple[Decimal | None, Decimal | None]]) -> Any:
        shares = [100 * value / target for target, value in pairs if target and value is not None]
        return _encode(
            IndicatorResultFigure(
                area_id=area_id,
                name=names.get(area_id, {}),
                indicators=len(pairs),
                with_target=sum(1 for target, _value in pairs if target is not None),
                at_or_above=sum(1 for t, v in pairs if t is not None and v is not None and v >= t),
                below=sum(1 for t, v in pairs if t is not None and v is not None and v < t),
                not_measured=sum(1 for t, v in pairs if t is not None and v is None),
                average_percent=_whole(sum(shares) / len(shares)) if shares else None,
            )
        )

    everything = [pair for pairs in results.values() for pair in pairs]
    return {
        **data,
        "schema": 2,
        "indicator_results": {
            "overall": figure(None, everything),
            "areas": [
                figure(area_id, pairs)
                for area_id, pairs in results.items()
                if area_id is not None or pairs
            ],
        },
    }


def _optional_decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _whole(value: Decimal | float) -> int:
    """Whole percent, half up (as the report rounds an average)."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- JSON: dataclass tree <-> plain data ------------------------------------------------------

T = TypeVar("T")


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _encode(item) for key, item in value.items()}
    return value


@functools.cache
def _type_hints(kind: Any) -> dict[str, Any]:
    """The field types of a dataclass (resolved once: a report holds thousands of rows)."""
    return typing.get_type_hints(kind)


def _decode(kind: Any, data: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        if data is None:
            return None
        (inner,) = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return _decode(inner, data)
    if origin is list:
        (inner,) = typing.get_args(kind)
        return [_decode(inner, item) for item in data]
    if origin is dict:
        _key, inner = typing.get_args(kind)
        return {str(key): _decode(inner, item) for key, item in data.items()}
    if dataclasses.is_dataclass(kind):
        hints = _type_hints(typing.cast(type, kind))
        kwargs = {
            f.name: _decode(hints[f.name], data[f.name])
            for f in dataclasses.fields(kind)
            if f.name in data
        }
        constructor: Any = kind
        return constructor(**kwargs)
    if kind is Decimal:
        return Decimal(str(data))
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(data)
    if kind is dt.date:
        return dt.date.fromisoformat(data)
    if kind is Any:
        return data
    return kind(data)


# --- The builder --------------------------------------------------------------------------------

_ZERO = Decimal("0.00")


def _active_partner(start: dt.date, end: dt.date, prefix: str = "") -> Q:
    return (Q(**{f"{prefix}since__isnull": True}) | Q(**{f"{prefix}since__lte": end})) & (
        Q(**{f"{prefix}until__isnull": True}) | Q(**{f"{prefix}until__gte": start})
    )


def _build_membership(partnership: Partnership, start: dt.date, end: dt.date) -> Membership:
    active = Partner.objects.filter(partnership=partnership).filter(_active_partner(start, end))
    # each active partner with each of its sectors (None: no sector), one query: counted
    # per sector and in all here (a partner in two sectors counts in both, once in all)
    pairs = fetch_rows(active.order_by().values_list("id", "sectors").distinct())
    per_sector: Counter[int | None] = Counter(sector_id for _partner_id, sector_id in pairs)
    total = len({partner_id for partner_id, _sector_id in pairs})
    languages = content_languages()
    return Membership(
        partners=total,
        partners_without_sector=per_sector.get(None, 0),
        sectors=[
            SectorFigure(
                sector_id=sector_id,
                code=code,
                name=dict(zip(languages, (name_en or "", name_fr or ""), strict=True)),
                is_key=bool(is_key),
                partners=per_sector.get(sector_id, 0),
            )
            for sector_id, code, name_en, name_fr, is_key in fetch_rows(
                Sector.objects.order_by("order", "code").values_list(
                    "id", "code", "name_en", "name_fr", "is_key"
                )
            )
            if is_key or per_sector.get(sector_id)
        ],
    )


def _build_bodies(
    partnership: Partnership, start: dt.date, end: dt.date, since: dt.datetime, until: dt.datetime
) -> tuple[list[BodyFigure], MeetingsAndAttendance]:
    bodies = fetch_rows(
        Body.objects.filter(partnership=partnership)
        .order_by("kind", "name_en", "id")
        .values_list("id", "name_en", "name_fr", "kind", "is_active")
    )
    # seats whose term overlaps the year, grouped by body, role and representation: a few
    # rows per body, tallied below (simpler SQL than one filtered count per figure)
    seats = (
        Seat.objects.filter(partnership=partnership)
        .filter(Q(term_start__isnull=True) | Q(term_start__lte=end))
        .filter(Q(term_end__isnull=True) | Q(term_end__gte=start))
        .order_by()
        .values_list(
            "body_id",
            "role",
            "is_immigrant_representative",
            "is_francophone",
            "organization__is_francophone",
        )
        .annotate(n=Count("id"))
    )
    tallies: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for body_id, role, immigrant, francophone, francophone_org, n in fetch_rows(seats):
        tally = tallies[body_id]
        tally["seats"] += n
        tally[role] += n
        tally["immigrant"] += n if immigrant else 0
        tally["francophone"] += n if francophone or francophone_org else 0
    # meetings held per body and the attendance recorded at them, in one aggregate
    meetings_per_body: dict[int | None, int] = {}
    attendance_per_body: dict[int | None, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    attendance_statuses = list(AttendanceStatus)
    for body_id, held, *recorded in fetch_rows(
        Meeting.objects.filter(partnership=partnership, starts_at__range=(since, until))
        .order_by()
        .values_list("body_id")
        .annotate(
            held=Count("id", distinct=True),
            **{
                f"status_{i}": Count("attendance", filter=Q(attendance__status=status))
                for i, status in enumerate(attendance_statuses)
            },
        )
    ):
        meetings_per_body[body_id] = held
        for status, n in zip(attendance_statuses, recorded, strict=True):
            if n:
                attendance_per_body[body_id][status] += n
    languages = content_languages()
    names = {
        body_id: dict(zip(languages, (name_en or "", name_fr or ""), strict=True))
        for body_id, name_en, name_fr, _kind, _active in bodies
    }
    composition = []
    for body_id, _en, _fr, kind, is_active in bodies:
        tally = tallies.get(body_id, {})
        if not (is_active or tally.get("seats")):
            continue
        composition.append(
            BodyFigure(
                body_id=body_id,
                name=names[body_id],
                kind=kind,
                seats=tally.get("seats", 0),
                chairs=tally.get(SeatRole.CHAIR, 0),
                co_chairs=tally.get(SeatRole.CO_CHAIR, 0),
                members=tally.get(SeatRole.MEMBER, 0),
                ex_officio=tally.get(SeatRole.EX_OFFICIO, 0),
                immigrant_representatives=tally.get("immigrant", 0),
                francophone_representatives=tally.get("francophone", 0),
            )
        )
    per_body: list[MeetingFigure] = []
    for body_id, _en, _fr, _kind, is_active in bodies:
        held = meetings_per_body.get(body_id, 0)
        if not (is_active or held):
            continue
        tally = attendance_per_body.get(body_id, {})
        per_body.append(
            MeetingFigure(
                body_id=body_id,
                name=names[body_id],
                meetings=held,
                present=tally.get(AttendanceStatus.PRESENT, 0),
                regrets=tally.get(AttendanceStatus.REGRETS, 0),
                absent=tally.get(AttendanceStatus.ABSENT, 0),
            )
        )
    statuses = [attendance_per_body[body_id] for body_id in list(attendance_per_body)]
    overall = MeetingFigure(
        body_id=None,
        name={},
        meetings=sum(meetings_per_body.values()),
        present=sum(tally.get(AttendanceStatus.PRESENT, 0) for tally in statuses),
        regrets=sum(tally.get(AttendanceStatus.REGRETS, 0) for tally in statuses),
        absent=sum(tally.get(AttendanceStatus.ABSENT, 0) for tally in statuses),
    )
    return composition, MeetingsAndAttendance(overall=overall, bodies=per_body)


def _build_activities(
    partnership: Partnership, fiscal_year: int
) -> tuple[int | None, list[AreaFigure], list[ActivityFigure]]:
    """The year's plan (its id), its activities per priority area and status, and the list."""
    area = "goal__priority_area__"
    rows = fetch_rows(
        Activity.objects.filter(partnership=partnership, plan__fiscal_year=fiscal_year)
        .order_by(f"{area}strategy_id", f"{area}order", f"{area}id", "start_date", "id")
        .values_list(  # read by position below
            "id",
            "title_en",
            "title_fr",
            "status",
            "start_date",
            "end_date",
            f"{area}id",
            f"{area}name_en",
            f"{area}name_fr",
            "lead_organization__name_en",
            "lead_organization__name_fr",
        )
    )
    plan_id, areas = _plan_areas(partnership, fiscal_year)
    languages = content_languages()
    activities: list[ActivityFigure] = []
    append = activities.append
    leads: dict[tuple[str, str], LangText] = {}  # an organization leads many activities
    for row in rows:
        area_id = row[6]
        figure = areas.get(area_id)
        if figure is None:
            name = dict(zip(languages, (row[7] or "", row[8] or ""), strict=True))
            figure = areas[area_id] = AreaFigure(
                area_id=area_id, name=name if area_id else {}, statuses={}
            )
        status = row[3]
        figure.statuses[status] = figure.statuses.get(status, 0) + 1
        lead_names = (row[9] or "", row[10] or "")
        lead = leads.get(lead_names)
        if lead is None:
            lead = leads[lead_names] = dict(zip(languages, lead_names, strict=True))
        append(
            ActivityFigure(
                activity_id=row[0],
                title=dict(zip(languages, (row[1] or "", row[2] or ""), strict=True)),
                area_id=area_id,
                area=figure.name,
                lead=lead,
                start=as_date(row[4]),
                end=as_date(row[5]),
                status=status,
            )
        )
    return plan_id, _ordered_areas(areas), activities


def _plan_areas(
    partnership: Partnership, fiscal_year: int
) -> tuple[int | None, dict[int | None, AreaFigure]]:
    """The year's plan (its id) and its strategy's priority areas, in order: one query."""
    pa = "strategy__priority_areas__"
    plan_rows = fetch_rows(
        ActionPlan.objects.filter(partnership=partnership, fiscal_year=fiscal_year)
        .order_by("id", f"{pa}order", f"{pa}id")
        .values_list("id", f"{pa}id", f"{pa}name_en", f"{pa}name_fr")
    )
    plan_id = plan_rows[0][0] if plan_rows else None
    languages = content_languages()
    areas: dict[int | None, AreaFigure] = {}
    for row_plan, area_id, name_en, name_fr in plan_rows:
        if row_plan != plan_id or area_id is None:
            continue
        name = dict(zip(languages, (name_en or "", name_fr or ""), strict=True))
        areas[area_id] = AreaFigure(area_id=area_id, name=name, statuses={})
    return plan_id, areas


def _ordered_areas(areas: dict[int | None, AreaFigure]) -> list[AreaFigure]:
    """Every status in every area (0 when none); the activities with no area last."""
    for figure in areas.values():
        figure.statuses = {
            status.value: figure.statuses.get(status.value, 0) for status in ActivityStatus
        }
    ordered = [figure for key, figure in areas.items() if key is not None]
    if None in areas:
        ordered.append(areas[None])
    return ordered


def _build_area_counts(
    partnership: Partnership, fiscal_year: int
) -> tuple[int | None, list[AreaFigure]]:
    """The year's plan (its id) and its activities counted per priority area and status by
    the database (the same figures as `_build_activities`, without the list)."""
    area = "goal__priority_area__"
    rows = fetch_rows(
        Activity.objects.filter(partnership=partnership, plan__fiscal_year=fiscal_year)
        .values_list(f"{area}id", f"{area}name_en", f"{area}name_fr", "status")
        .annotate(n=Count("id"))
        .order_by(f"{area}strategy_id", f"{area}order", f"{area}id", "status")
    )
    plan_id, areas = _plan_areas(partnership, fiscal_year)
    languages = content_languages()
    for area_id, name_en, name_fr, status, n in rows:
        figure = areas.get(area_id)
        if figure is None:
            name = dict(zip(languages, (name_en or "", name_fr or ""), strict=True))
            figure = areas[area_id] = AreaFigure(
                area_id=area_id, name=name if area_id else {}, statuses={}
            )
        figure.statuses[status] = figure.statuses.get(status, 0) + n
    return plan_id, _ordered_areas(areas)


def indicators_of_year(*, partnership: Partnership, fiscal_year: int) -> QuerySet[Any]:
    """The indicators of the activities of the year's action plan, each annotated with its
    latest measurement within the fiscal year (`latest_value`, `latest_date`; None when the
    year has none)."""
    start, end = fiscal_year_bounds(fiscal_year)
    latest = Measurement.objects.filter(
        indicator=OuterRef("pk"), date__gte=start, date__lte=end
    ).order_by("-date", "-id")
    return Indicator.objects.filter(
        partnership=partnership, activity__plan__fiscal_year=fiscal_year
    ).annotate(
        latest_value=Subquery(latest.values("value")[:1]),
        latest_date=Subquery(latest.values("date")[:1]),
    )


# The columns `indicator_figure` reads.
INDICATOR_COLUMNS = (
    "id",
    "activity_id",
    "activity__title_en",
    "activity__title_fr",
    "name_en",
    "name_fr",
    "kind",
    "unit",
    "baseline",
    "target",
    "latest_value",
    "latest_date",
)


def indicator_figure(row: dict[str, Any]) -> IndicatorFigure:
    """An `indicators_of_year(...).values(*INDICATOR_COLUMNS)` row as a figure."""
    value = _decimal(row["latest_value"])
    target = row["target"]
    latest_date = row["latest_date"]
    if isinstance(latest_date, str):  # SQLite gives a subquery's date as text
        latest_date = dt.date.fromisoformat(latest_date)
    return IndicatorFigure(
        indicator_id=row["id"],
        activity_id=row["activity_id"],
        activity=lang_text(row, "title", "activity__"),
        name=lang_text(row, "name"),
        kind=row["kind"],
        unit=row["unit"],
        baseline=row["baseline"],
        target=target,
        latest=value,
        latest_date=latest_date,
        percent_of_target=percent(value, target) if value is not None else None,
    )


def _build_indicators(partnership: Partnership, fiscal_year: int) -> list[IndicatorFigure]:
    rows = (
        indicators_of_year(partnership=partnership, fiscal_year=fiscal_year)
        .order_by("activity_id", "kind", "id")
        .values(*INDICATOR_COLUMNS)
    )
    return [indicator_figure(row) for row in rows]


# The figures of a group of indicators (`results`: area_id, target, latest value in the year).
_RESULT_COLUMNS = """COUNT(*), COUNT(target),
    SUM(CASE WHEN value >= target THEN 1 ELSE 0 END),
    SUM(CASE WHEN value < target THEN 1 ELSE 0 END),
    SUM(CASE WHEN target IS NOT NULL AND value IS NULL THEN 1 ELSE 0 END),
    AVG(CASE WHEN target <> 0 THEN value * 100.0 / target END)"""


def _build_indicator_results(
    partnership: Partnership, fiscal_year: int, areas: list[AreaFigure]
) -> IndicatorResults:
    """Indicator results per priority area and overall, aggregated by the database in one
    query. The indicators come from the scoped ORM query (the tenant scope applies); their
    latest measurements are MATERIALIZED, looked up once per indicator rather than once per
    sum that reads them."""
    indicators = (
        indicators_of_year(partnership=partnership, fiscal_year=fiscal_year)
        .order_by()
        .values_list("activity__goal__priority_area_id", "target", "latest_value")
    )
    inner, params = indicators.query.sql_with_params()
    sql = (
        f"WITH results (area_id, target, value) AS MATERIALIZED ({inner}) "  # noqa: S608
        f"SELECT 1, area_id, {_RESULT_COLUMNS} FROM results GROUP BY area_id "
        f"UNION ALL SELECT 0, NULL, {_RESULT_COLUMNS} FROM results"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    names = {area.area_id: area.name for area in areas}
    figures: dict[int | None, IndicatorResultFigure] = {}
    total = None
    for per, area_id, n, with_target, above, below, unmeasured, average in rows:
        figure = IndicatorResultFigure(
            area_id=area_id if per else None,
            name=names.get(area_id, {}) if per else {},
            indicators=n,
            with_target=with_target,
            at_or_above=above or 0,
            below=below or 0,
            not_measured=unmeasured or 0,
            average_percent=None if average is None else _whole(average),
        )
        if per:
            figures[area_id] = figure
        else:
            total = figure
    assert total is not None
    ordered = [
        figures.get(area.area_id) or _no_indicator(area)
        for area in areas
        if area.area_id is not None or area.area_id in figures
    ]
    return IndicatorResults(overall=total, areas=ordered)


def _no_indicator(area: AreaFigure) -> IndicatorResultFigure:
    return IndicatorResultFigure(
        area_id=area.area_id,
        name=area.name,
        indicators=0,
        with_target=0,
        at_or_above=0,
        below=0,
        not_measured=0,
        average_percent=None,
    )


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _money(value: Any) -> Decimal:
    return _decimal(value) or _ZERO


def _build_contributions(partnership: Partnership, fiscal_year: int) -> Contributions:
    """Totals by type, by source and by the source's sectors, from one query: a row per
    contribution and sector of its source (a source in two sectors counts in both; a
    contribution counts once by source), added up here."""
    org = "source_organization__"
    sector = f"{org}partner__sectors__"
    rows = fetch_rows(
        Contribution.objects.filter(partnership=partnership, fiscal_year=fiscal_year)
        .order_by("id")
        .values_list(
            "id",
            "source_organization_id",
            f"{org}name_en",
            f"{org}name_fr",
            "source_name",
            "kind",
            "amount",
            f"{sector}code",
            f"{sector}name_en",
            f"{sector}name_fr",
            f"{sector}order",
        )
    )
    languages = content_languages()
    sources: dict[str, MoneyFigure] = {}
    sectors: dict[str, MoneyFigure] = {}
    sector_order: dict[str, tuple[int, str]] = {}
    counted: set[int] = set()
    for pk, org_id, name_en, name_fr, source_name, kind, amount, *sector_row in rows:
        if pk not in counted:  # by source: once per contribution
            counted.add(pk)
            key = f"organization:{org_id}" if org_id else f"name:{source_name}"
            if key not in sources:
                names = (name_en or "", name_fr or "") if org_id else (source_name, source_name)
                sources[key] = MoneyFigure(
                    key=key,
                    name=dict(zip(languages, names, strict=True)),
                    cash=_ZERO,
                    in_kind=_ZERO,
                )
            _add(sources[key], kind, amount)
        code, sector_en, sector_fr, order = sector_row
        key = code or ""
        if key not in sectors:
            name = dict(zip(languages, (sector_en or "", sector_fr or ""), strict=True))
            sectors[key] = MoneyFigure(
                key=key, name=name if code else {}, cash=_ZERO, in_kind=_ZERO
            )
            sector_order[key] = (order or 0, key)
        _add(sectors[key], kind, amount)
    by_source = sorted(
        sources.values(), key=lambda figure: (-figure.total, pick(figure.name, "en").casefold())
    )
    # in the sectors' order; no sector last
    by_sector = sorted(
        sectors.values(), key=lambda figure: (not figure.key, sector_order[figure.key])
    )
    return Contributions(
        count=len(counted),
        cash=sum((figure.cash for figure in by_source), _ZERO),
        in_kind=sum((figure.in_kind for figure in by_source), _ZERO),
        by_source=by_source,
        by_sector=by_sector,
    )


def _add(figure: MoneyFigure, kind: str, amount: Any) -> None:
    if kind == ContributionKind.CASH:
        figure.cash += _money(amount)
    elif kind == ContributionKind.IN_KIND:
        figure.in_kind += _money(amount)


def _build_stories(partnership: Partnership, fiscal_year: int) -> list[StoryFigure]:
    languages = content_languages()
    rows = fetch_rows(
        SuccessStory.objects.filter(partnership=partnership, fiscal_year=fiscal_year)
        .order_by("id")
        .values_list(
            "id",
            "title_en",
            "title_fr",
            "text_en",
            "text_fr",
            "activity_id",
            "activity__title_en",
            "activity__title_fr",
        )
    )
    return [
        StoryFigure(
            story_id=story_id,
            title=dict(zip(languages, (title_en or "", title_fr or ""), strict=True)),
            text=dict(zip(languages, (text_en or "", text_fr or ""), strict=True)),
            activity_id=activity_id,
            activity=dict(zip(languages, (act_en or "", act_fr or ""), strict=True))
            if activity_id
            else {},
        )
        for story_id, title_en, title_fr, text_en, text_fr, activity_id, act_en, act_fr in rows
    ]


def build_annual_report(
    *,
    partnership: Partnership,
    fiscal_year: int,
    indicator_list: bool = True,
    activity_list: bool = True,
) -> AnnualReport:
    """The figures of a partnership's fiscal year (April to March), in a fixed number of
    queries. `indicator_list=False` leaves out the list of every indicator (`indicators` is
    None; the summary per priority area is always there): the web page pages the list.
    `activity_list=False` leaves out the list of every activity (`activities` is None; the
    counts per priority area and status are always there): the web page, PDF and DOCX show
    the counts, each linking (on the web) to the filtered activity list."""
    start, end = fiscal_year_bounds(fiscal_year)
    since = timezone.make_aware(dt.datetime.combine(start, dt.time.min))
    until = timezone.make_aware(dt.datetime.combine(end, dt.time.max))
    bodies, attendance = _build_bodies(partnership, start, end, since, until)
    activities: list[ActivityFigure] | None = None
    if activity_list:
        plan_id, areas, activities = _build_activities(partnership, fiscal_year)
    else:
        plan_id, areas = _build_area_counts(partnership, fiscal_year)
    return AnnualReport(
        partnership_slug=partnership.slug,
        partnership_name=lang_text(partnership, "name"),
        fiscal_year=fiscal_year,
        generated_at=timezone.now().replace(microsecond=0),
        membership=_build_membership(partnership, start, end),
        bodies=bodies,
        attendance=attendance,
        areas=areas,
        activities=activities,
        indicator_results=_build_indicator_results(partnership, fiscal_year, areas),
        indicators=_build_indicators(partnership, fiscal_year) if indicator_list else None,
        contributions=_build_contributions(partnership, fiscal_year),
        stories=_build_stories(partnership, fiscal_year),
        plan_id=plan_id,
    )
