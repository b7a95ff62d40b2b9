"""Writes of the reports app: submitting (freezing) an annual report."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from liphub.core.models import Partnership
from liphub.reports.annual import build_annual_report
from liphub.reports.models import SubmittedReport


@transaction.atomic
def submit_report(
    *, partnership: Partnership, fiscal_year: int, submitted_by: Any, note: str = ""
) -> SubmittedReport:
    """Freeze the year's figures as the next version of its report.

    The frozen figures (`data`) never change afterwards: a submitted version renders from them
    in every format, whatever the records become. Versions count 1, 2, 3... per year.
    """
    # Lock the partnership row: two coordinators submitting at once get 1 and 2, not 1 and 1.
    Partnership.objects.select_for_update().filter(pk=partnership.pk).first()
    last = SubmittedReport.objects.filter(
        partnership=partnership, fiscal_year=fiscal_year
    ).aggregate(last=Max("number"))["last"]
    report = build_annual_report(partnership=partnership, fiscal_year=fiscal_year)
    submitted = SubmittedReport(
        partnership=partnership,
        fiscal_year=fiscal_year,
        number=(last or 0) + 1,
        submitted_at=timezone.now(),
        submitted_by=submitted_by,
        note=note.strip(),
        data=report.to_dict(),
    )
    submitted.full_clean()
    submitted.save()
    return submitted
