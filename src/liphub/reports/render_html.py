"""The annual report as HTML: the context shared by the web page and the print template.

Both templates include `reports/_annual_sections.html`, so the page, the PDF and the `html`
output of the command show the same sections, tables and charts.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from liphub.reports.annual import AnnualReport, pick
from liphub.reports.charts import BarChart, render_bar_chart, svg_for_html
from liphub.reports.tables import Links, annual_charts, annual_tables, format_cell


@dataclass(frozen=True)
class StoryView:
    title: str
    activity: str
    activity_url: str | None
    text: str


@dataclass(frozen=True)
class Highlight:
    label: str
    value: str


def report_title(report: AnnualReport) -> str:
    return _("Annual report %(year)s: %(partnership)s") % {
        "year": report.fiscal_year_label,
        "partnership": pick(report.partnership_name),
    }


def highlights(report: AnnualReport) -> list[Highlight]:
    """The headline figures at the top of the report."""
    money = report.contributions
    pairs: list[tuple[str, int | Decimal | None]] = [
        (_("Partners"), report.membership.partners),
        (_("Meetings held"), report.attendance.overall.meetings),
        (_("Attendance rate (%)"), report.attendance.overall.rate_percent),
        (_("Activities"), report.activity_count),
        (_("Indicators"), report.indicator_results.overall.indicators),
        (_("Contributions (CAD)"), money.total),
    ]
    return [Highlight(label=label, value=format_cell(value)) for label, value in pairs]


def _chart_image(chart: BarChart) -> SafeString:
    """The chart as an SVG image (for WeasyPrint, which draws SVG images with its own engine)."""
    data = base64.b64encode(render_bar_chart(chart, "svg")).decode("ascii")
    return format_html('<img src="data:image/svg+xml;base64,{}" alt="{}">', data, chart.title)


def report_context(
    report: AnnualReport, *, slug: str | None = None, for_print: bool = False
) -> dict[str, Any]:
    """Everything the section templates need, in the current language.

    With `slug` (the web page) figures link to the records behind them; `for_print` gives
    the charts as SVG images rather than inline SVG."""
    tables = annual_tables(report, slug=slug)
    charts = annual_charts(report)
    svgs: dict[str, SafeString] = {
        key: _chart_image(chart)
        if for_print
        else mark_safe(  # noqa: S308 - SVG drawn by matplotlib from our own figures
            svg_for_html(chart, key=f"chart-{key}", label=chart.title)
        )
        for key, chart in charts.items()
    }
    links = Links(slug, report.fiscal_year, report.plan_id)
    stories = [
        StoryView(
            title=pick(story.title),
            activity=pick(story.activity),
            activity_url=links.activity(story.activity_id) if story.activity_id else None,
            text=pick(story.text),
        )
        for story in report.stories
    ]
    return {
        "report": report,
        "report_title": report_title(report),
        "highlights": highlights(report),
        "tables": tables,
        "charts": svgs,
        "chart_titles": {key: chart.title for key, chart in charts.items()},
        "stories": stories,
        "linked": slug is not None,
        "indicator_list_url": links.indicator_results(),
        "activity_list_url": links.activities(),
    }


def render_print_html(report: AnnualReport, *, submitted: Any = None) -> str:
    """A standalone HTML document (styles inline): the PDF source and the `html` format."""
    return render_to_string(
        "reports/annual_print.html",
        {**report_context(report, for_print=True), "submitted": submitted},
    )
