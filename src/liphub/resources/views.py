"""Pages of the resources module: contributions leveraged from partners and funders other than
the main funder, with their totals (page, CSV, XLSX).

Everyone with a role reads them; coordinators record them.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from liphub.accounts.access import access_partnership
from liphub.core.fiscal import fiscal_year_label
from liphub.core.models import Partnership
from liphub.partnerships.forms import show_errors
from liphub.resources import exports, selectors, services
from liphub.resources.forms import ContributionFilterForm, ContributionForm
from liphub.resources.models import Contribution

VIEW = "partnerships.view"
MANAGE = "partnerships.manage"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
    return render(request, f"resources/{template}", context, status=status)


def _posted(request: HttpRequest) -> Any:
    return request.POST if request.method == "POST" else None


def _list_url(partnership: Partnership) -> str:
    return reverse("resources:contribution_list", args=[partnership.slug])


@login_required
def contribution_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    years = selectors.list_fiscal_years(partnership=partnership)
    filters = ContributionFilterForm(request.GET or None, years=years)
    chosen = filters.cleaned_data if filters.is_valid() else {}
    year: int | None = chosen.get("year")
    kind: str = chosen.get("kind") or ""
    totals = selectors.get_totals(partnership=partnership, fiscal_year=year)
    contributions = list(
        selectors.list_contributions(partnership=partnership, fiscal_year=year, kind=kind)
    )
    tables = exports.contribution_tables(totals, contributions)
    export = request.GET.get("format", "")
    if export in {"csv", "xlsx"}:
        name = f"contributions-{partnership.slug}"
        if year is not None:
            name += f"-{fiscal_year_label(year)}"
        if export == "csv":
            response = HttpResponse(
                exports.tables_to_csv(tables), content_type="text/csv; charset=utf-8"
            )
        else:
            response = HttpResponse(exports.tables_to_xlsx(tables), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{name}.{export}"'
        return response
    query = request.GET.copy()
    query.pop("format", None)
    base = query.urlencode()
    return _page(
        request,
        partnership,
        "contribution_list.html",
        {
            "filters": filters,
            "totals": totals,
            "contributions": contributions,
            "tables": {table.key: table for table in tables},
            "csv_query": f"?{base}&format=csv" if base else "?format=csv",
            "xlsx_query": f"?{base}&format=xlsx" if base else "?format=xlsx",
            "is_filtered": bool(year is not None or kind),
        },
    )


def _form_page(
    request: HttpRequest, partnership: Partnership, form: ContributionForm, title: str
) -> HttpResponse:
    return _page(
        request,
        partnership,
        "contribution_form.html",
        {"form": form, "title": title},
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
def contribution_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    form = ContributionForm(
        _posted(request), instance=Contribution(partnership=partnership), partnership=partnership
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.record_contribution(partnership=partnership, **form.changes())
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("Contribution recorded."))
            return redirect(_list_url(partnership))
    return _form_page(request, partnership, form, _("Record a contribution"))


@login_required
def contribution_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    contribution = selectors.get_contribution(partnership=partnership, pk=pk)
    form = ContributionForm(_posted(request), instance=contribution, partnership=partnership)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_contribution(
                contribution=contribution,
                expected_version=form.expected_version,
                **form.changes(),
            )
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(request, _("Contribution saved."))
            return redirect(_list_url(partnership))
    return _form_page(request, partnership, form, _("Edit a contribution"))


@login_required
def contribution_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    contribution = selectors.get_contribution(partnership=partnership, pk=pk)
    if request.method == "POST":
        services.delete_contribution(contribution=contribution)
        messages.success(request, _("Contribution deleted."))
        return redirect(_list_url(partnership))
    return _page(request, partnership, "contribution_delete.html", {"contribution": contribution})
