"""The network view: every partnership of a network side by side, for network analysts.

Only analysts of the network and site administrators open it; anyone else gets 404. Every
table on the page is a `Table` (partnerships/exports.py), so the page, the CSV and the XLSX
always hold the same figures; `?format=csv|xlsx` downloads every table, `&table=KEY` one.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.html import escape, format_html
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from liphub.actions.models import ActivityStatus
from liphub.core.fiscal import fiscal_year_label
from liphub.core.models import Network
from liphub.partnerships.exports import Cell, Table, tables_to_csv, tables_to_xlsx
from liphub.reports import network as selectors
from liphub.reports.network import (
    Comparison,
    NetworkMember,
    NetworkOverview,
    PartnershipPlan,
    Theme,
)
from liphub.reports.tables import format_cell, number_separators

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --- Forms -------------------------------------------------------------------------------------


class YearForm(forms.Form):
    year = forms.TypedChoiceField(label=gettext_lazy("Fiscal year"), coerce=int, required=False)

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        year_field = self.fields["year"]
        assert isinstance(year_field, forms.TypedChoiceField)
        year_field.choices = [(year, fiscal_year_label(year)) for year in years]


class CompareForm(YearForm):
    p = forms.MultipleChoiceField(
        label=gettext_lazy("Partnerships to compare"), widget=forms.CheckboxSelectMultiple
    )

    def __init__(
        self, *args: Any, years: list[int], partnerships: list[NetworkMember], **kwargs: Any
    ) -> None:
        super().__init__(*args, years=years, **kwargs)
        choice_field = self.fields["p"]
        assert isinstance(choice_field, forms.MultipleChoiceField)
        choice_field.choices = [(p.slug, str(p)) for p in partnerships]

    def clean_p(self) -> list[str]:
        slugs: list[str] = self.cleaned_data["p"]
        if len(slugs) < 2:
            raise forms.ValidationError(_("Select two or more partnerships to compare."))
        return slugs


# --- Tables (the page, CSV and XLSX read the same objects) ------------------------------------


def _status_headers() -> list[str]:
    return [str(label) for label in ActivityStatus.labels]


def _report_cells(report: selectors.ReportStatus | None, texts: dict[str, str]) -> list[Cell]:
    if report is None:
        return [texts["none"], None, None]
    return [
        texts["version"] % {"number": report.latest_number},
        report.submitted_on.isoformat(),
        report.versions,
    ]


def _report_texts() -> dict[str, str]:
    """Translated once per table, not once per partnership."""
    return {"none": _("Not submitted"), "version": _("Version %(number)s")}


def summary_table(overview: NetworkOverview) -> Table:
    total_sectors = len(overview.key_sectors)
    sectors_present = _("%(present)s of %(total)s")
    texts = _report_texts()
    return Table(
        key="partnerships",
        sheet=_("Partnerships"),
        title=_("Partnerships side by side, %(year)s") % {"year": fiscal_year_label(overview.year)},
        headers=[
            _("Partnership"),
            _("Key sectors at the table"),
            _("Cash contributions (CAD)"),
            _("In-kind contributions (CAD)"),
            _("Activities"),
            _("Activities completed"),
            _("Report"),
        ],
        rows=[
            [
                row.name,
                sectors_present % {"present": row.key_sectors_present, "total": total_sectors},
                row.cash,
                row.in_kind,
                row.activities_total,
                row.activities[ActivityStatus.COMPLETED],
                texts["none"]
                if row.report is None
                else texts["version"] % {"number": row.report.latest_number},
            ]
            for row in overview.partnerships
        ],
    )


def sector_table(overview: NetworkOverview) -> Table:
    return Table(
        key="sectors",
        sheet=_("Key sectors"),
        title=_("Partnerships with each key sector at the table"),
        headers=[
            _("Key sector"),
            _("Partnerships with the sector at the table"),
            _("Partnerships without it"),
            _("Share of partnerships (%)"),
        ],
        rows=[
            [
                str(row.sector),
                row.partnerships_present,
                row.partnerships_total - row.partnerships_present,
                row.share_percent,
            ]
            for row in overview.sector_coverage
        ],
    )


def sector_matrix_table(overview: NetworkOverview) -> Table:
    sector_ids = [sector.pk for sector in overview.key_sectors]
    return Table(
        key="sector_matrix",
        sheet=_("Sectors by partnership"),
        title=_("Current seats per key sector in each partnership (0: the sector is missing)"),
        headers=[_("Partnership"), *[str(sector) for sector in overview.key_sectors]],
        rows=[
            [row.name, *[row.seats_by_sector.get(pk, 0) for pk in sector_ids]]
            for row in overview.partnerships
        ],
    )


def contributions_table(overview: NetworkOverview) -> Table:
    rows: list[list[Cell]] = [
        [row.name, row.cash, row.in_kind, row.contributions_total] for row in overview.partnerships
    ]
    rows.append(
        [_("All partnerships"), overview.cash, overview.in_kind, overview.cash + overview.in_kind]
    )
    return Table(
        key="contributions",
        sheet=_("Contributions"),
        title=_("Contributions leveraged in %(year)s (CAD)")
        % {"year": fiscal_year_label(overview.year)},
        headers=[_("Partnership"), _("Cash"), _("In-kind"), _("Total")],
        rows=rows,
    )


def themes_table(overview: NetworkOverview) -> Table:
    return Table(
        key="themes",
        sheet=_("Priority themes"),
        title=_("Activities by priority theme and status, %(year)s")
        % {"year": fiscal_year_label(overview.year)},
        headers=[_("Priority theme"), _("Partnerships"), *_status_headers(), _("Total")],
        rows=[
            [
                theme.label,
                len(theme.partnership_ids),
                *[theme.by_status[status] for status in selectors.STATUSES],
                theme.total,
            ]
            for theme in overview.themes
        ],
    )


def activity_status_table(overview: NetworkOverview) -> Table:
    return Table(
        key="activities",
        sheet=_("Activities by partnership"),
        title=_("Activities by status in each partnership, %(year)s")
        % {"year": fiscal_year_label(overview.year)},
        headers=[_("Partnership"), *_status_headers(), _("Total")],
        rows=[
            [
                row.name,
                *[row.activities[status] for status in selectors.STATUSES],
                row.activities_total,
            ]
            for row in overview.partnerships
        ],
    )


def reports_table(overview: NetworkOverview) -> Table:
    texts = _report_texts()
    return Table(
        key="reports",
        sheet=_("Reports"),
        title=_("Annual reports submitted for %(year)s")
        % {"year": fiscal_year_label(overview.year)},
        headers=[_("Partnership"), _("Latest version"), _("Submitted on"), _("Versions")],
        rows=[[row.name, *_report_cells(row.report, texts)] for row in overview.partnerships],
    )


TABLES: dict[str, Callable[[NetworkOverview], Table]] = {
    "partnerships": summary_table,
    "sectors": sector_table,
    "sector_matrix": sector_matrix_table,
    "contributions": contributions_table,
    "themes": themes_table,
    "activities": activity_status_table,
    "reports": reports_table,
}


def overview_tables(overview: NetworkOverview) -> list[Table]:
    """Every table of the network view (the downloads hold them all)."""
    return [build(overview) for build in TABLES.values()]


@dataclass(frozen=True)
class Section:
    """A tab of the network view: the overview, or one topic with a row per partnership."""

    slug: str
    label: str | Promise
    tables: tuple[str, ...]


# The overview answers the funder's questions in one screen (a row per partnership, the
# network's sector coverage and themes); each topic's full table per partnership has its own
# tab, so a network of a hundred partnerships is not one page of seven hundred rows.
SECTIONS: dict[str, Section] = {
    section.slug: section
    for section in (
        Section("", gettext_lazy("Overview"), ("partnerships", "sectors", "themes")),
        Section("representation", gettext_lazy("Representation"), ("sectors", "sector_matrix")),
        Section("contributions", gettext_lazy("Contributions"), ("contributions",)),
        Section("activities", gettext_lazy("Activities"), ("themes", "activities")),
        Section("reports", gettext_lazy("Reports"), ("reports",)),
    )
}


def _theme_cells(themes: list[Theme], key: str) -> Cell:
    for theme in themes:
        if theme.key == key:
            return theme.total
    return 0


def compare_themes_table(comparison: Comparison) -> Table:
    return Table(
        key="compare_themes",
        sheet=_("Activities per theme"),
        title=_("Activities per priority theme, %(year)s")
        % {"year": fiscal_year_label(comparison.year)},
        headers=[_("Priority theme"), *[str(plan.partnership) for plan in comparison.plans]],
        rows=[
            [label, *[_theme_cells(plan.themes, key) for plan in comparison.plans]]
            for key, label in comparison.themes
        ]
        + [[_("Total"), *[plan.activities_total for plan in comparison.plans]]],
    )


def plan_table(plan: PartnershipPlan, index: int) -> Table:
    return Table(
        key=f"plan_{index}",
        sheet=_("Plan %(number)s") % {"number": index},
        title=_("Plan of %(partnership)s: activities by priority theme and status")
        % {"partnership": plan.partnership},
        headers=[_("Priority theme"), *_status_headers(), _("Total")],
        rows=[
            [
                theme.label,
                *[theme.by_status[status] for status in selectors.STATUSES],
                theme.total,
            ]
            for theme in plan.themes
        ],
    )


def _number(value: Any) -> Cell:
    """A decimal as an int when whole, else as text with its decimals (CSV/XLSX-safe)."""
    if value is None:
        return None
    return int(value) if value == int(value) else str(value.normalize())


def indicators_table(plan: PartnershipPlan, index: int) -> Table:
    return Table(
        key=f"indicators_{index}",
        sheet=_("Indicators %(number)s") % {"number": index},
        title=_("Indicators of %(partnership)s") % {"partnership": plan.partnership},
        headers=[
            _("Indicator"),
            _("Activity"),
            _("Unit"),
            _("Target"),
            _("Latest value"),
            _("Measured on"),
            _("Share of target (%)"),
        ],
        rows=[
            [
                result.name,
                result.activity,
                result.unit,
                _number(result.target),
                _number(result.latest_value),
                result.latest_date.isoformat() if result.latest_date else None,
                result.percent_of_target,
            ]
            for result in plan.indicators
        ],
    )


def comparison_tables(comparison: Comparison) -> list[Table]:
    tables = [compare_themes_table(comparison)]
    for index, plan in enumerate(comparison.plans, start=1):
        tables += [plan_table(plan, index), indicators_table(plan, index)]
    return tables


# --- Views -------------------------------------------------------------------------------------


def _download(request: HttpRequest, tables: list[Table], filename: str) -> HttpResponse | None:
    """The CSV or XLSX of every table, or of `?table=KEY`; None when no download is asked."""
    export = request.GET.get("format", "")
    if export not in {"csv", "xlsx"}:
        return None
    key = request.GET.get("table", "")
    if key:
        tables = [table for table in tables if table.key == key]
        if not tables:
            raise Http404("No such table.")
        filename = f"{filename}-{key}"
    if export == "csv":
        response = HttpResponse(tables_to_csv(tables), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(tables_to_xlsx(tables), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{export}"'
    return response


def _query(params: list[tuple[str, Any]], **extra: Any) -> str:
    return "?" + urlencode([*params, *extra.items()])


@dataclass(frozen=True)
class TableBlock:
    """A table on the page with the links that download it alone."""

    table: Table
    csv_url: str
    xlsx_url: str


def _blocks(tables: list[Table], params: list[tuple[str, Any]]) -> dict[str, TableBlock]:
    return {
        table.key: TableBlock(
            table=table,
            csv_url=_query(params, format="csv", table=table.key),
            xlsx_url=_query(params, format="xlsx", table=table.key),
        )
        for table in tables
    }


# The tables are written in Python rather than with template loops: a network of a hundred
# partnerships has thousands of cells, and this keeps the page fast (see bench/).


# The same few texts fill most cells (a partnership's name in five tables, "Not submitted"):
# escaped once each (a pure function of the text).
_escape_text = functools.lru_cache(maxsize=4096)(html.escape)


def _cell(value: Cell, separators: tuple[str, str]) -> str:
    if value is None:
        return "—"
    return format_cell(value, separators) if isinstance(value, int) else _escape_text(value)


def _html_table(
    block: TableBlock,
    *,
    empty: str,
    row_links: list[str] | None = None,
    checkboxes: list[str] | None = None,
) -> SafeString:
    """The table (caption, column and row headers) and the links that download it."""
    table = block.table
    if not table.rows:
        return format_html("<p>{}</p>", empty)
    title = escape(table.title)
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in table.headers)
    # escaped once with its placeholder; each row puts in its escaped name
    compare = escape(_("Compare %(partnership)s"))
    if checkboxes is not None:
        head = f'<th scope="col">{escape(_("Compare"))}</th>' + head
    body = []
    escape_text = _escape_text
    separators = number_separators()
    for index, row in enumerate(table.rows):
        name = _cell(row[0], separators)
        if row_links is not None:
            name = f'<a href="{escape_text(row_links[index])}">{name}</a>'
        # as _cell, inline: a hundred partnerships make thousands of cells
        cells = "".join(
            [
                f"<td>{escape_text(value)}</td>"
                if type(value) is str
                else "<td>—</td>"
                if value is None
                else f"<td>{value}</td>"
                if -1000 < value < 1000  # type: ignore[operator]
                else f"<td>{format_cell(value, separators)}</td>"
                for value in row[1:]
            ]
        )
        pick = ""
        if checkboxes is not None:
            slug = html.escape(checkboxes[index])
            label = compare % {"partnership": _escape_text(row[0])}
            pick = (
                f'<td><input type="checkbox" name="p" value="{slug}" id="compare-{slug}">'
                f'<label for="compare-{slug}" class="visually-hidden">{label}</label></td>'
            )
        body.append(f'<tr>{pick}<th scope="row">{name}</th>{cells}</tr>')
    csv_label = escape(_("Download “%(title)s” as CSV") % {"title": table.title})
    xlsx_label = escape(_("Download “%(title)s” as Excel (XLSX)") % {"title": table.title})
    return mark_safe(  # noqa: S308 - every value above is escaped
        f'<div class="table-scroll" role="region" tabindex="0" aria-label="{title}">'
        f"<table><caption>{title}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>"
        f'<p class="actions"><a href="{escape(block.csv_url)}" download>{csv_label}</a> '
        f'<a href="{escape(block.xlsx_url)}" download>{xlsx_label}</a></p>'
    )


def _year(request: HttpRequest, years: list[int]) -> tuple[YearForm, int]:
    form = YearForm(request.GET or None, years=years)
    year = selectors.default_year(years)
    if form.is_bound and form.is_valid() and form.cleaned_data["year"]:
        year = form.cleaned_data["year"]
    return form, year


def _context(network: Network, years: list[int], year: int) -> dict[str, Any]:
    return {
        "network": network,
        "year": year,
        "year_label": fiscal_year_label(year),
        "years": [(value, fiscal_year_label(value)) for value in years],
    }


_EMPTY = {
    "sectors": gettext_lazy("No key sector."),
    "themes": gettext_lazy("No activity in an action plan for this year."),
    "partnerships": gettext_lazy("This network has no partnership yet."),
}


def _tabs(network: Network, current: Section, year: int) -> list[dict[str, Any]]:
    """The tab links of the network view (each keeps the chosen year)."""
    query = _query([("year", year)])
    # one reverse for every topic tab: the section is the URL's last part
    sections = reverse("network:section", args=[network.slug, "-section-"])
    prefix = sections.removesuffix("-section-/")
    assert prefix != sections
    tabs = []
    for section in SECTIONS.values():
        if section.slug:
            url = f"{prefix}{section.slug}/"
        else:
            url = reverse("network:overview", args=[network.slug])
        tabs.append(
            {
                "slug": section.slug,
                "label": section.label,
                "url": url + query,
                "current": section is current,
            }
        )
    return tabs


@login_required
def overview(request: HttpRequest, slug: str, section: str = "") -> HttpResponse:
    """The network view: the overview tab, or the tab of one topic (`section`)."""
    network = selectors.access_network(request.user, slug)
    shown = SECTIONS.get(section)
    if shown is None:
        raise Http404("No such section of the network view.")
    partnerships = selectors.list_network_partnerships(network=network)
    records = selectors.read_network_records(
        network=network, partnership_ids=[p.pk for p in partnerships]
    )
    years = records.years
    form, year = _year(request, years)
    figures = selectors.get_network_overview(
        network=network, partnerships=partnerships, year=year, records=records
    )
    if request.GET.get("format"):
        download = _download(
            request,
            overview_tables(figures),
            f"network-{network.slug}-{fiscal_year_label(year)}",
        )
        if download is not None:
            return download
    params = [("year", year)]
    blocks = _blocks([TABLES[key](figures) for key in shown.tables], params)
    no_partnership = _("No partnership.")
    html: dict[str, SafeString] = {}
    for key, block in blocks.items():
        if key != "partnerships":
            html[key] = _html_table(block, empty=str(_EMPTY.get(key, no_partnership)))
            continue
        dashboard = reverse("partnerships:dashboard", args=["-slug-"])
        html[key] = _html_table(
            block,
            empty=str(_EMPTY[key]),
            row_links=[
                dashboard.replace("-slug-", row.partnership.slug) for row in figures.partnerships
            ],
            checkboxes=[row.partnership.slug for row in figures.partnerships],
        )
    tabs = _tabs(network, shown, year)
    return render(
        request,
        "reports/network/overview.html",
        {
            **_context(network, years, year),
            "form": form,
            "figures": figures,
            "section": shown.slug,
            "section_label": shown.label,
            "tabs": tabs,
            "tab_urls": {tab["slug"]: tab["url"] for tab in tabs},
            "blocks": blocks,
            "html": html,
            "csv_query": _query(params, format="csv"),
            "xlsx_query": _query(params, format="xlsx"),
            "compare_url": reverse("network:compare", args=[network.slug]),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
def compare(request: HttpRequest, slug: str) -> HttpResponse:
    network = selectors.access_network(request.user, slug)
    partnerships = selectors.list_network_partnerships(network=network)
    years = selectors.list_network_years(network=network)
    form = CompareForm(request.GET or None, years=years, partnerships=partnerships)
    year = selectors.default_year(years)
    context = _context(network, years, year)
    if not form.is_bound or not form.is_valid():
        context.update({"form": form, "comparison": None})
        status = 400 if form.is_bound else 200
        return render(request, "reports/network/compare.html", context, status=status)
    year = form.cleaned_data["year"] or year
    chosen = set(form.cleaned_data["p"])
    selected = [p for p in partnerships if p.slug in chosen]
    comparison = selectors.get_comparison(network=network, partnerships=selected, year=year)
    tables = comparison_tables(comparison)
    slugs = "-".join(p.slug for p in selected)
    download = _download(request, tables, f"compare-{slugs}-{fiscal_year_label(year)}"[:120])
    if download is not None:
        return download
    params: list[tuple[str, Any]] = [("year", year), *[("p", p.slug) for p in selected]]
    blocks = _blocks(tables, params)
    no_plan = _("No action plan for this year.")
    no_indicator = _("No indicator in this year's plan.")
    context.update(_context(network, years, year))
    context.update(
        {
            "form": form,
            "comparison": comparison,
            "theme_block": blocks[tables[0].key],
            "theme_html": _html_table(
                blocks[tables[0].key], empty=_("No activity in these plans for this year.")
            ),
            "plans": [
                (plan, blocks[f"plan_{i}"], blocks[f"indicators_{i}"])
                for i, plan in enumerate(comparison.plans, start=1)
            ],
            "plan_html": [
                (
                    plan,
                    _html_table(blocks[f"plan_{i}"], empty=no_plan),
                    _html_table(blocks[f"indicators_{i}"], empty=no_indicator),
                )
                for i, plan in enumerate(comparison.plans, start=1)
            ],
            "csv_query": _query(params, format="csv"),
            "xlsx_query": _query(params, format="xlsx"),
        }
    )
    return render(request, "reports/network/compare.html", context)
