"""Reads of the reports app: the years a partnership can report on, its submitted versions.

Every function takes the partnership (already checked by `access_partnership`); another
partnership's submitted report answers 404.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import F, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.shortcuts import get_object_or_404

from liphub.actions.models import ActionPlan, SuccessStory
from liphub.core.fiscal import fiscal_year_label, fiscal_year_of
from liphub.core.models import Partnership
from liphub.meetings.models import Meeting
from liphub.reports.annual import INDICATOR_COLUMNS, AnnualReport, indicators_of_year
from liphub.reports.models import SubmittedReport
from liphub.resources.models import Contribution
from liphub.strategy.models import PriorityArea


@dataclass
class ReportYear:
    fiscal_year: int
    versions: list[SubmittedReport] = field(default_factory=list)

    @property
    def label(self) -> str:
        return fiscal_year_label(self.fiscal_year)

    @property
    def latest(self) -> SubmittedReport | None:
        return self.versions[0] if self.versions else None


def list_submitted_reports(*, partnership: Partnership) -> QuerySet[SubmittedReport]:
    """Newest year first, newest version first (without the frozen figures)."""
    return (
        SubmittedReport.objects.filter(partnership=partnership)
        .select_related("submitted_by")
        .defer("data")
        .order_by("-fiscal_year", "-number")
    )


def list_report_years(*, partnership: Partnership) -> list[ReportYear]:
    """Fiscal years with data (a plan, meetings, contributions, stories or a submitted report),
    newest first, each with its submitted versions. A fixed number of queries."""
    years: set[int] = set()
    years.update(
        ActionPlan.objects.filter(partnership=partnership).values_list("fiscal_year", flat=True)
    )
    years.update(
        Contribution.objects.filter(partnership=partnership)
        .order_by()
        .values_list("fiscal_year", flat=True)
        .distinct()
    )
    years.update(
        SuccessStory.objects.filter(partnership=partnership)
        .order_by()
        .values_list("fiscal_year", flat=True)
        .distinct()
    )
    months = (
        Meeting.objects.filter(partnership=partnership)
        .annotate(month=TruncMonth("starts_at"))
        .order_by()
        .values_list("month", flat=True)
        .distinct()
    )
    years.update(
        fiscal_year_of(month.date() if hasattr(month, "date") else month) for month in months
    )
    submitted = list(list_submitted_reports(partnership=partnership))
    years.update(report.fiscal_year for report in submitted)
    by_year = {year: ReportYear(fiscal_year=year) for year in years}
    for report in submitted:
        by_year[report.fiscal_year].versions.append(report)
    return [by_year[year] for year in sorted(by_year, reverse=True)]


def list_year_versions(*, partnership: Partnership, fiscal_year: int) -> list[SubmittedReport]:
    return list(list_submitted_reports(partnership=partnership).filter(fiscal_year=fiscal_year))


def list_year_version_links(*, partnership: Partnership, fiscal_year: int) -> list[SubmittedReport]:
    """The year's versions, newest first, with what a link to each shows (number, date)."""
    return list(
        SubmittedReport.objects.filter(partnership=partnership, fiscal_year=fiscal_year)
        .only("id", "number", "submitted_at")
        .order_by("-number")
    )


def get_submitted_report(*, partnership: Partnership, pk: int) -> SubmittedReport:
    return get_object_or_404(
        SubmittedReport.objects.filter(partnership=partnership).select_related("submitted_by"),
        pk=pk,
    )


def get_submitted_version(
    *, partnership: Partnership, fiscal_year: int, number: int
) -> SubmittedReport:
    """Version `number` of a year's report (404 when there is none)."""
    report = (
        SubmittedReport.objects.filter(
            partnership=partnership, fiscal_year=fiscal_year, number=number
        )
        .select_related("submitted_by")
        .first()
    )
    if report is None:
        raise Http404("No such version.")
    return report


def frozen_report(submitted: SubmittedReport) -> AnnualReport:
    """The figures exactly as they were submitted."""
    return AnnualReport.from_dict(submitted.data)


# An indicator's result in the year, as the summary of the report counts it.
RESULT_FILTERS: dict[str, Q] = {
    "with_target": Q(target__isnull=False),
    "met": Q(target__isnull=False, latest_value__gte=F("target")),
    "below": Q(target__isnull=False, latest_value__lt=F("target")),
    "not_measured": Q(target__isnull=False, latest_value__isnull=True),
}


def list_indicator_results(
    *, partnership: Partnership, fiscal_year: int, area_id: int | None = None, result: str = ""
) -> QuerySet[Any]:
    """The indicators of the year's activities with their latest result in the year, in the
    report's order, of one priority area (0: those with none) and result when given (rows
    of `INDICATOR_COLUMNS`, for `indicator_figure`)."""
    indicators = indicators_of_year(partnership=partnership, fiscal_year=fiscal_year)
    if area_id == 0:
        indicators = indicators.filter(activity__goal__priority_area__isnull=True)
    elif area_id is not None:
        indicators = indicators.filter(activity__goal__priority_area_id=area_id)
    if result:
        indicators = indicators.filter(RESULT_FILTERS[result])
    return indicators.order_by("activity_id", "kind", "id").values(*INDICATOR_COLUMNS)


def list_year_areas(*, partnership: Partnership, fiscal_year: int) -> list[PriorityArea]:
    """The priority areas of the year's activities, in the strategy's order."""
    return list(
        PriorityArea.objects.filter(
            partnership=partnership, goals__activities__plan__fiscal_year=fiscal_year
        )
        .distinct()
        .order_by("strategy_id", "order", "id")
    )
