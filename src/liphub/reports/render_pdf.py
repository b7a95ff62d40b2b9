"""The annual report as a print-ready PDF: WeasyPrint on the print template (same sections,
tables and SVG charts as the web page)."""

from __future__ import annotations

from typing import Any

from liphub.reports.annual import AnnualReport
from liphub.reports.render_html import render_print_html


def render_pdf(report: AnnualReport, *, submitted: Any = None) -> bytes:
    from weasyprint import HTML  # imported late: it loads Pango, only needed for PDFs

    html = render_print_html(report, submitted=submitted)
    pdf = HTML(string=html, base_url=None).write_pdf()
    assert pdf is not None
    return bytes(pdf)
