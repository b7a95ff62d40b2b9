"""The annual report's figures as tables, in the reader's language.

The web page, the PDF, the DOCX and the XLSX are all drawn from these tables (and the charts
from the same figures), so every format holds the same numbers. On the web page each figure
links to the records behind it (`links`); the files carry the figures only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape

from django.urls import reverse
from django.utils.formats import get_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from liphub.actions.models import ActivityStatus, IndicatorKind
from liphub.core.fiscal import fiscal_year_label
from liphub.core.i18n import current_language
from liphub.partnerships.models import BodyKind
from liphub.reports.annual import (
    ActivityFigure,
    AnnualReport,
    IndicatorFigure,
    LangText,
    pick,
)
from liphub.reports.charts import BarChart, Series
from liphub.resources.models import ContributionKind

Cell = str | int | Decimal | dt.date | None
NO_VALUE = "—"
NO_AREA = 0  # the `area` filter of the indicator list for indicators with no priority area


def number_separators() -> tuple[str, str]:
    """The decimal and thousands separators of the current language."""
    return str(get_format("DECIMAL_SEPARATOR")), str(get_format("THOUSAND_SEPARATOR"))


def format_cell(value: Cell, separators: tuple[str, str] | None = None) -> str:
    """A figure as a reader sees it on the page, in the PDF and in the DOCX (numbers grouped
    and with the decimal mark of the current language: 12,500.00 or 12 500,00)."""
    if value is None:
        return NO_VALUE
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, int | Decimal):
        decimal_mark, thousands = separators or number_separators()
        text = f"{value:,.2f}" if isinstance(value, Decimal) else f"{value:,}"
        return text.replace(",", "\x00").replace(".", decimal_mark).replace("\x00", thousands)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass
class ReportTable:
    """A titled table; the first column names the row. `links` has the shape of `rows`."""

    key: str
    sheet: str
    title: str
    headers: list[str]
    rows: list[list[Cell]]
    links: list[list[str | None]] = field(default_factory=list)
    empty: str = ""

    def link(self, row: int, column: int) -> str | None:
        if row < len(self.links) and column < len(self.links[row]):
            return self.links[row][column]
        return None

    def as_html(self) -> SafeString:
        """An accessible HTML table (caption, column and row headers), links where known.

        Built in Python rather than a template loop, in one pass: numbers and dates need no
        escaping (digits and separators), text and URLs do."""
        if not self.rows:
            return format_html("<p>{}</p>", self.empty)
        separators = number_separators()
        parts = [
            '<div class="table-scroll"><table class="report-table">',
            f"<caption>{escape(self.title)}</caption><thead><tr>",
            *[f'<th scope="col">{escape(header)}</th>' for header in self.headers],
            "</tr></thead><tbody>",
        ]
        append = parts.append
        links = self.links
        date = dt.date
        for r, row in enumerate(self.rows):
            row_links = links[r] if r < len(links) else ()
            append("<tr>")
            for c, value in enumerate(row):
                # the common cases first (a report lists hundreds of activities)
                number = False
                if isinstance(value, str):
                    text = escape(value)
                elif type(value) is date:
                    text = value.isoformat()
                else:  # numbers and None: no markup characters
                    text = format_cell(value, separators)
                    number = isinstance(value, int | Decimal)
                url = row_links[c] if c < len(row_links) else None
                if url:
                    text = f'<a href="{escape(url)}">{text}</a>'
                if c == 0:
                    append(f'<th scope="row">{text}</th>')
                elif number:
                    append(f'<td class="num">{text}</td>')
                else:
                    append(f"<td>{text}</td>")
            append("</tr>")
        append("</tbody></table></div>")
        return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


# A stand-in id reversed once per URL name; the real ids go where it stands.
_ANY_ID = 987654321987654321


class Links:
    """URLs of the records behind the figures (None everywhere for files).

    Each URL name is reversed once per report: the tables link hundreds of rows."""

    def __init__(self, slug: str | None, fiscal_year: int, plan_id: int | None = None) -> None:
        self.slug = slug
        self.fiscal_year = fiscal_year
        self.plan_id = plan_id
        self.language = current_language()
        self._urls: dict[str, str] = {}
        self._patterns: dict[str, tuple[str, str]] = {}

    def _url(self, name: str, query: str = "", **kwargs: object) -> str | None:
        """The URL of `name` (with `query`, already encoded), reversed once."""
        if self.slug is None:
            return None
        if name not in self._urls:
            self._urls[name] = reverse(name, kwargs={"slug": self.slug, **kwargs})
        url = self._urls[name]
        return f"{url}?{query}" if query else url

    def _with_id(self, name: str, pk: int) -> str | None:
        """The URL of `name` for object `pk`: reversed once with a stand-in id."""
        if self.slug is None:
            return None
        if name not in self._patterns:
            url = reverse(name, kwargs={"slug": self.slug, "pk": _ANY_ID})
            before, _any, after = url.partition(str(_ANY_ID))
            self._patterns[name] = (before, after)
        before, after = self._patterns[name]
        return f"{before}{pk}{after}"

    def pick(self, text: LangText) -> str:
        """A name in the reader's language (read once per report, not once per cell)."""
        return pick(text, self.language)

    def representation(self, body_id: int | None = None) -> str | None:
        return self._url("partnerships:representation", f"body={body_id}" if body_id else "")

    def body(self, body_id: int) -> str | None:
        return self._with_id("partnerships:body_detail", body_id)

    def meetings(self, body_id: int | None = None) -> str | None:
        return self._url("meetings:meeting_list", f"body={body_id}" if body_id else "")

    def activities(self, area_id: int | None = None, status: str = "") -> str | None:
        """The activity list of the year's plan, of one priority area (NO_AREA: none) and
        status (the list of plans when the year has no plan)."""
        if self.plan_id is None:
            return self._url("actions:plan_list")
        filters = [f"year={fiscal_year_label(self.fiscal_year)}"]
        if area_id is not None:
            filters.append(f"area={'none' if area_id == NO_AREA else area_id}")
        if status:
            filters.append(f"status={status}")
        return self._url("actions:activity_list", "&".join(filters))

    def activity(self, activity_id: int) -> str | None:
        return self._with_id("actions:activity_detail", activity_id)

    def contributions(self, kind: str | None = None) -> str | None:
        query = f"year={self.fiscal_year}" + (f"&kind={kind}" if kind else "")
        return self._url("resources:contribution_list", query)

    def indicator_results(self, area_id: int | None = None, result: str = "") -> str | None:
        """The paged list of the year's indicators, of one area (NO_AREA: none) and result."""
        filters = [f"area={area_id}"] if area_id is not None else []
        if result:
            filters.append(f"result={result}")
        return self._url(
            "reports:indicator_results", "&".join(filters), year=fiscal_year_label(self.fiscal_year)
        )


def _labels(choices: type[ActivityStatus] | type[IndicatorKind] | type[BodyKind]) -> dict[str, str]:
    """Code -> label in the current language, read once per table (a lazy label's str()
    costs a translation lookup)."""
    return {str(value): str(label) for value, label in choices.choices}


def _label(labels: dict[str, str], code: str) -> str:
    return labels.get(code, code)


def membership_table(report: AnnualReport, links: Links) -> ReportTable:
    rows: list[list[Cell]] = []
    link_rows: list[list[str | None]] = []
    for sector in report.membership.sectors:
        rows.append(
            [links.pick(sector.name), _("Yes") if sector.is_key else _("No"), sector.partners]
        )
        link_rows.append([None, None, links.representation()])
    rows.append([_("No sector recorded"), "", report.membership.partners_without_sector])
    link_rows.append([None, None, None])
    rows.append([_("All partners"), "", report.membership.partners])
    link_rows.append([None, None, links.representation()])
    return ReportTable(
        key="membership",
        sheet=_("Membership"),
        title=_("Partners active during the year, by sector"),
        headers=[_("Sector"), _("Key sector"), _("Partners")],
        rows=rows,
        links=link_rows,
    )


def bodies_table(report: AnnualReport, links: Links) -> ReportTable:
    kinds = _labels(BodyKind)
    rows: list[list[Cell]] = []
    link_rows: list[list[str | None]] = []
    for body in report.bodies:
        rows.append(
            [
                links.pick(body.name),
                _label(kinds, body.kind),
                body.seats,
                body.chairs,
                body.co_chairs,
                body.members,
                body.ex_officio,
                body.immigrant_representatives,
                body.francophone_representatives,
            ]
        )
        to_body = links.body(body.body_id)
        link_rows.append([to_body, None, *[links.representation(body.body_id)] * 7])
    return ReportTable(
        key="bodies",
        sheet=_("Bodies"),
        title=_("Seats held during the year, by body and role"),
        headers=[
            _("Body"),
            _("Kind"),
            _("Seats"),
            _("Chairs"),
            _("Co-chairs"),
            _("Members"),
            _("Ex officio"),
            _("Immigrant representatives"),
            _("Francophone representatives"),
        ],
        rows=rows,
        links=link_rows,
        empty=_("No body recorded."),
    )


def meetings_table(report: AnnualReport, links: Links) -> ReportTable:
    rows: list[list[Cell]] = []
    link_rows: list[list[str | None]] = []
    figures = [*report.attendance.bodies, report.attendance.overall]
    for figure in figures:
        label = links.pick(figure.name) if figure.body_id else _("All bodies")
        rows.append(
            [
                label,
                figure.meetings,
                figure.present,
                figure.regrets,
                figure.absent,
                figure.rate_percent,
            ]
        )
        to_meetings = links.meetings(figure.body_id)
        link_rows.append([None, to_meetings, None, None, None, None])
    return ReportTable(
        key="meetings",
        sheet=_("Meetings"),
        title=_("Meetings held during the year and attendance"),
        headers=[
            _("Body"),
            _("Meetings held"),
            _("Present"),
            _("Regrets"),
            _("Absent"),
            _("Attendance rate (%)"),
        ],
        rows=rows,
        links=link_rows,
    )


def areas_table(report: AnnualReport, links: Links) -> ReportTable:
    statuses = list(ActivityStatus)
    rows: list[list[Cell]] = []
    link_rows: list[list[str | None]] = []
    for area in report.areas:
        label = links.pick(area.name) if area.area_id else _("No priority area")
        counts = [area.statuses.get(s.value, 0) for s in statuses]
        rows.append([label, *counts, area.total])
        area_id = area.area_id if area.area_id is not None else NO_AREA
        link_rows.append(
            [
                None,
                *[
                    links.activities(area_id, s.value) if n else None
                    for s, n in zip(statuses, counts, strict=True)
                ],
                links.activities(area_id) if area.total else None,
            ]
        )
    totals = [sum(area.statuses.get(s.value, 0) for area in report.areas) for s in statuses]
    rows.append([_("All priority areas"), *totals, report.activity_count])
    link_rows.append(
        [
            None,
            *[
                links.activities(None, s.value) if n else None
                for s, n in zip(statuses, totals, strict=True)
            ],
            links.activities(),
        ]
    )
    return ReportTable(
        key="areas",
        sheet=_("Activities by area"),
        title=_("Activities of the action plan by priority area and status"),
        headers=[_("Priority area"), *[str(s.label) for s in statuses], _("Total")],
        rows=rows,
        links=link_rows,
    )


def activities_table(activities: list[ActivityFigure], links: Links) -> ReportTable:
    """Activities one by one: in the XLSX (the figures behind the counts by area and
    status; the web page links each count to the filtered activity list)."""
    statuses = _labels(ActivityStatus)
    language = links.language
    to_activity = links.activity
    rows: list[list[Cell]] = [
        [
            pick(activity.title, language),
            pick(activity.area, language) if activity.area_id else "",
            pick(activity.lead, language),
            activity.start,
            activity.end,
            statuses.get(activity.status, activity.status),
        ]
        for activity in activities
    ]
    link_rows: list[list[str | None]] = [
        [to_activity(activity.activity_id)] for activity in activities
    ]
    return ReportTable(
        key="activities",
        sheet=_("Activities"),
        title=_("Activities of the action plan"),
        headers=[
            _("Activity"),
            _("Priority area"),
            _("Lead organization"),
            _("Start date"),
            _("End date"),
            _("Status"),
        ],
        rows=rows,
        links=link_rows,
        empty=_("No action plan for this year."),
    )


def indicator_results_table(report: AnnualReport, links: Links) -> ReportTable:
    """Indicator results per priority area (the summary the report shows)."""
    results = report.indicator_results
    rows: list[list[Cell]] = []
    link_rows: list[list[str | None]] = []
    for figure in [*results.areas, results.overall]:
        if figure is results.overall:
            label, area = _("All priority areas"), None
        elif figure.area_id is None:
            label, area = _("No priority area"), NO_AREA
        else:
            label, area = links.pick(figure.name), figure.area_id
        rows.append(
            [
                label,
                figure.indicators,
                figure.with_target,
                figure.at_or_above,
                figure.below,
                figure.not_measured,
                figure.average_percent,
            ]
        )
        link_rows.append(
            [
                None,
                links.indicator_results(area),
                *[
                    links.indicator_results(area, result)
                    for result in ("with_target", "met", "below", "not_measured")
                ],
            ]
        )
    return ReportTable(
        key="indicator_results",
        sheet=_("Indicator results"),
        title=_("Indicator results by priority area: the latest measurement of the year"),
        headers=[
            _("Priority area"),
            _("Indicators"),
            _("With a target"),
            _("At or above target"),
            _("Below target"),
            _("Not measured in the year"),
            _("Average share of target (%)"),
        ],
        rows=rows,
        links=link_rows,
    )


def indicators_table(
    indicators: list[IndicatorFigure], links: Links, *, title: str | None = None
) -> ReportTable:
    """Indicators one by one: in the XLSX (the figures behind the summary) and on the paged
    list of the web."""
    kinds = _labels(IndicatorKind)
    rows: list[list[Cell]] = []
    link_rows: list[list[str | None]] = []
    for indicator in indicators:
        rows.append(
            [
                links.pick(indicator.name),
                links.pick(indicator.activity),
                _label(kinds, indicator.kind),
                indicator.unit,
                indicator.baseline,
                indicator.target,
                indicator.latest,
                indicator.latest_date,
                indicator.percent_of_target,
            ]
        )
        link_rows.append([None, links.activity(indicator.activity_id)])
    return ReportTable(
        key="indicators",
        sheet=_("Indicators"),
        title=title or _("Indicators: the latest measurement of the year against the target"),
        headers=[
            _("Indicator"),
            _("Activity"),
            _("Measure"),
            _("Unit"),
            _("Baseline"),
            _("Target"),
            _("Latest result"),
            _("Measured on"),
            _("Share of target (%)"),
        ],
        rows=rows,
        links=link_rows,
        empty=_("No indicator for the activities of this year."),
    )


def _money_headers(first: str) -> list[str]:
    return [first, _("Cash (CAD)"), _("In-kind (CAD)"), _("Total (CAD)")]


def contributions_table(report: AnnualReport, links: Links) -> ReportTable:
    money = report.contributions
    cash, in_kind = (
        links.contributions(ContributionKind.CASH),
        links.contributions(ContributionKind.IN_KIND),
    )
    return ReportTable(
        key="contributions",
        sheet=_("Contributions"),
        title=_("Contributions leveraged during the year"),
        headers=[_("Contributions"), _("Cash (CAD)"), _("In-kind (CAD)"), _("Total (CAD)")],
        rows=[[_("All sources"), money.cash, money.in_kind, money.total]],
        links=[[None, cash, in_kind, links.contributions()]],
    )


def contributions_by_source_table(report: AnnualReport, links: Links) -> ReportTable:
    to_list = links.contributions()
    return ReportTable(
        key="contributions_by_source",
        sheet=_("Contributions by source"),
        title=_("Contributions by source"),
        headers=_money_headers(_("Source")),
        rows=[
            [links.pick(row.name), row.cash, row.in_kind, row.total]
            for row in report.contributions.by_source
        ],
        links=[[None, to_list, to_list, to_list] for _row in report.contributions.by_source],
        empty=_("No contribution recorded for this year."),
    )


def contributions_by_sector_table(report: AnnualReport, links: Links) -> ReportTable:
    to_list = links.contributions()
    return ReportTable(
        key="contributions_by_sector",
        sheet=_("Contributions by sector"),
        title=_("Contributions by sector of the source (a source in two sectors counts in both)"),
        headers=_money_headers(_("Sector")),
        rows=[
            [
                links.pick(row.name) if row.key else _("No partner sector"),
                row.cash,
                row.in_kind,
                row.total,
            ]
            for row in report.contributions.by_sector
        ],
        links=[[None, to_list, to_list, to_list] for _row in report.contributions.by_sector],
        empty=_("No contribution recorded for this year."),
    )


def stories_table(report: AnnualReport, links: Links) -> ReportTable:
    return ReportTable(
        key="stories",
        sheet=_("Success stories"),
        title=_("Success stories"),
        headers=[_("Story"), _("Activity"), _("Text")],
        rows=[
            [links.pick(story.title), links.pick(story.activity), links.pick(story.text)]
            for story in report.stories
        ],
        links=[
            [None, links.activity(story.activity_id) if story.activity_id else None]
            for story in report.stories
        ],
        empty=_("No success story for this year."),
    )


BUILDERS: tuple[Callable[[AnnualReport, Links], ReportTable], ...] = (
    membership_table,
    bodies_table,
    meetings_table,
    areas_table,
    indicator_results_table,
    contributions_table,
    contributions_by_source_table,
    contributions_by_sector_table,
    stories_table,
)


def annual_tables(
    report: AnnualReport, *, slug: str | None = None, full_lists: bool = False
) -> dict[str, ReportTable]:
    """Every table of the report, by key, in the current language (with links when a
    partnership slug is given: the web page). With `full_lists` (the XLSX, comparing
    versions) also every activity and every indicator one by one, each right after its
    summary, when the report holds them."""
    links = Links(slug, report.fiscal_year, report.plan_id)
    tables = {table.key: table for table in (build(report, links) for build in BUILDERS)}
    if not full_lists or (report.activities is None and report.indicators is None):
        return tables
    ordered: dict[str, ReportTable] = {}
    for key, table in tables.items():
        ordered[key] = table
        if key == "areas" and report.activities is not None:
            ordered["activities"] = activities_table(report.activities, links)
        if key == "indicator_results" and report.indicators is not None:
            ordered["indicators"] = indicators_table(report.indicators, links)
    return ordered


def annual_charts(report: AnnualReport) -> dict[str, BarChart]:
    """The charts of the report, each beside the table that gives the same figures."""
    charts: dict[str, BarChart] = {}
    key_sectors = [s for s in report.membership.sectors if s.is_key]
    if key_sectors:
        charts["membership"] = BarChart.single(
            title=_("Partners per key sector"),
            labels=[pick(s.name) for s in key_sectors],
            values=[s.partners for s in key_sectors],
            value_label=_("Partners"),
        )
    held = [f for f in report.attendance.bodies if f.recorded]
    if held:
        charts["meetings"] = BarChart.single(
            title=_("Attendance rate by body (%)"),
            labels=[pick(f.name) for f in held],
            values=[f.rate_percent or 0 for f in held],
            value_label=_("Attendance rate (%)"),
            percent=True,
        )
    if report.activity_count:
        charts["areas"] = BarChart(
            title=_("Activities by priority area and status"),
            labels=tuple(
                pick(a.name) if a.area_id else _("No priority area") for a in report.areas
            ),
            series=tuple(
                Series(
                    name=str(status.label),
                    values=tuple(float(a.statuses.get(status.value, 0)) for a in report.areas),
                )
                for status in ActivityStatus
            ),
            value_label=_("Activities"),
        )
    money = report.contributions
    if money.by_sector and money.total:
        charts["contributions"] = BarChart(
            title=_("Contributions by sector (CAD)"),
            labels=tuple(
                pick(row.name) if row.key else _("No partner sector") for row in money.by_sector
            ),
            series=(
                Series(
                    name=pgettext("contribution type", "Cash"),
                    values=tuple(float(row.cash) for row in money.by_sector),
                ),
                Series(
                    name=pgettext("contribution type", "In-kind"),
                    values=tuple(float(row.in_kind) for row in money.by_sector),
                ),
            ),
            value_label=_("CAD"),
        )
    return charts
