"""Pages of the annual report: the years, the live report, downloads, submitting, versions.

Every view starts with `access_partnership`: everyone with a role reads reports (network
analysts included), only coordinators submit. A submitted version renders from its frozen
figures; another partnership's version answers 404.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from liphub.accounts.access import access_partnership
from liphub.core.fiscal import fiscal_year_label, parse_fiscal_year
from liphub.core.models import Partnership
from liphub.reports import selectors, services
from liphub.reports.annual import AnnualReport, build_annual_report, indicator_figure
from liphub.reports.compare import compare_reports
from liphub.reports.forms import IndicatorFilterForm, SubmitReportForm
from liphub.reports.models import SubmittedReport
from liphub.reports.render_docx import render_docx
from liphub.reports.render_html import report_context, report_title
from liphub.reports.render_pdf import render_pdf
from liphub.reports.render_xlsx import render_xlsx
from liphub.reports.tables import Links, indicators_table

VIEW = "partnerships.view"
MANAGE = "partnerships.manage"
EARLIEST_YEAR = 1990
LATEST_YEAR = 2200

Renderer = Callable[..., bytes]
FORMATS: dict[str, tuple[Renderer, str]] = {
    "pdf": (render_pdf, "application/pdf"),
    "docx": (
        render_docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "xlsx": (render_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def _page(
    request: HttpRequest,
    partnership: Partnership,
    template: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    context = {
        "partnership": partnership,
        "can_manage": request.user.has_perm(MANAGE, partnership),
        **context,
    }
    return render(request, f"reports/{template}", context, status=status)


def year_from_label(label: str) -> int:
    """The fiscal year named in a URL ("2011-12"); 404 for anything else."""
    try:
        year = parse_fiscal_year(label)
    except ValueError:
        raise Http404("Not a fiscal year.") from None
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise Http404("No report for that year.")
    return year


def _download(
    report: AnnualReport, fmt: str, filename: str, submitted: SubmittedReport | None = None
) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404("No such format.")
    render_file, content_type = FORMATS[fmt]
    response = HttpResponse(render_file(report, submitted=submitted), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def _file_name(report: AnnualReport, submitted: SubmittedReport | None = None) -> str:
    name = f"annual-report-{report.partnership_slug}-{report.fiscal_year_label}"
    return f"{name}-v{submitted.number}" if submitted else name


@login_required
def report_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    return _page(
        request,
        partnership,
        "report_list.html",
        {"years": selectors.list_report_years(partnership=partnership)},
    )


@login_required
def annual_report(request: HttpRequest, slug: str, year: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    fiscal_year = year_from_label(year)
    if year != fiscal_year_label(fiscal_year):
        return redirect("reports:annual", slug=slug, year=fiscal_year_label(fiscal_year))
    # The page counts activities and indicators per priority area; each count links to the
    # records behind it (the filtered activity list, the paged indicator list).
    report = build_annual_report(
        partnership=partnership, fiscal_year=fiscal_year, indicator_list=False, activity_list=False
    )
    return _page(
        request,
        partnership,
        "annual_detail.html",
        {
            **report_context(report, slug=slug),
            "versions": selectors.list_year_version_links(
                partnership=partnership, fiscal_year=fiscal_year
            ),
            "form": SubmitReportForm(),
        },
    )


@login_required
def annual_download(request: HttpRequest, slug: str, year: str, fmt: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    fiscal_year = year_from_label(year)
    if fmt not in FORMATS:
        raise Http404("No such format.")
    # the XLSX also lists every activity and every indicator; the PDF and DOCX hold the
    # figures of the web page
    report = build_annual_report(
        partnership=partnership,
        fiscal_year=fiscal_year,
        indicator_list=fmt == "xlsx",
        activity_list=fmt == "xlsx",
    )
    return _download(report, fmt, _file_name(report))


INDICATORS_PER_PAGE = 50


@login_required
def indicator_results(request: HttpRequest, slug: str, year: str) -> HttpResponse:
    """Every indicator of the year's activities with its latest result, 50 a page, filtered
    by priority area and result (the figures behind the report's summary)."""
    partnership = access_partnership(request.user, slug, VIEW)
    fiscal_year = year_from_label(year)
    label = fiscal_year_label(fiscal_year)
    if year != label:
        return redirect("reports:indicator_results", slug=slug, year=label)
    areas = selectors.list_year_areas(partnership=partnership, fiscal_year=fiscal_year)
    form = IndicatorFilterForm(
        request.GET or None, areas=[(area.pk, str(area.tr("name"))) for area in areas]
    )
    area_id, result = None, ""
    if form.is_bound and form.is_valid():
        area_id, result = form.cleaned_data["area"], form.cleaned_data["result"]
    rows = selectors.list_indicator_results(
        partnership=partnership, fiscal_year=fiscal_year, area_id=area_id, result=result
    )
    page = Paginator(rows, INDICATORS_PER_PAGE).get_page(request.GET.get("page"))
    links = Links(slug, fiscal_year)
    table = indicators_table(
        [indicator_figure(row) for row in page.object_list],
        links,
        title=_("Indicators %(first)s to %(last)s of %(count)s")
        % {"first": page.start_index(), "last": page.end_index(), "count": page.paginator.count},
    )
    table.empty = _("No indicator matches.")
    filters = {"area": "" if area_id is None else area_id, "result": result}
    return _page(
        request,
        partnership,
        "indicator_results.html",
        {
            "year_label": label,
            "form": form,
            "page": page,
            "table": table,
            "query": urlencode({key: value for key, value in filters.items() if value != ""}),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def submit(request: HttpRequest, slug: str, year: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    fiscal_year = year_from_label(year)
    form = SubmitReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        submitted = services.submit_report(
            partnership=partnership,
            fiscal_year=fiscal_year,
            submitted_by=request.user,
            note=form.cleaned_data["note"],
        )
        messages.success(
            request,
            _("Version %(number)s of the %(year)s report is submitted and frozen.")
            % {"number": submitted.number, "year": fiscal_year_label(fiscal_year)},
        )
        return redirect("reports:submitted_detail", slug=slug, pk=submitted.pk)
    return _page(
        request,
        partnership,
        "submit.html",
        {
            "form": form,
            "year_label": fiscal_year_label(fiscal_year),
            "versions": selectors.list_year_versions(
                partnership=partnership, fiscal_year=fiscal_year
            ),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
def submitted_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    submitted = selectors.get_submitted_report(partnership=partnership, pk=pk)
    report = selectors.frozen_report(submitted)
    others = [
        version
        for version in selectors.list_year_versions(
            partnership=partnership, fiscal_year=submitted.fiscal_year
        )
        if version.pk != submitted.pk
    ]
    return _page(
        request,
        partnership,
        "submitted_detail.html",
        {**report_context(report, slug=slug), "submitted": submitted, "others": others},
    )


@login_required
def submitted_download(request: HttpRequest, slug: str, pk: int, fmt: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    submitted = selectors.get_submitted_report(partnership=partnership, pk=pk)
    if fmt not in FORMATS:
        raise Http404("No such format.")
    report = selectors.frozen_report(submitted)
    return _download(report, fmt, _file_name(report, submitted), submitted)


@login_required
def compare(request: HttpRequest, slug: str, pk: int, other_pk: int) -> HttpResponse:
    """The figures that differ between two submitted versions (old -> new)."""
    partnership = access_partnership(request.user, slug, VIEW)
    first = selectors.get_submitted_report(partnership=partnership, pk=pk)
    second = selectors.get_submitted_report(partnership=partnership, pk=other_pk)
    old, new = sorted([first, second], key=lambda v: (v.fiscal_year, v.number))
    old_report = selectors.frozen_report(old)
    new_report = selectors.frozen_report(new)
    return _page(
        request,
        partnership,
        "compare.html",
        {
            "old": old,
            "new": new,
            "title": report_title(new_report),
            "changes": compare_reports(old_report, new_report),
            "back_url": reverse("reports:submitted_detail", kwargs={"slug": slug, "pk": new.pk}),
        },
    )
