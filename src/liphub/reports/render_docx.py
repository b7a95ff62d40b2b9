"""The annual report as DOCX (python-docx): headings, the tables, and the charts as PNG."""

from __future__ import annotations

import io
from typing import Any

from django.utils.translation import gettext as _
from docx import Document
from docx.shared import Cm, Pt
from docx.table import _Cell

from liphub.reports.annual import AnnualReport
from liphub.reports.charts import render_bar_chart
from liphub.reports.render_html import highlights, report_title
from liphub.reports.tables import ReportTable, annual_charts, annual_tables, format_cell


def _sections() -> list[tuple[str, list[str], list[str]]]:
    """(heading, table keys, chart keys placed before the tables), in page order."""
    return [
        (_("Membership by sector"), ["membership"], ["membership"]),
        (_("Bodies and composition"), ["bodies"], []),
        (_("Meetings and attendance"), ["meetings"], ["meetings"]),
        (_("Activities and status by priority area"), ["areas"], ["areas"]),
        (_("Indicator results"), ["indicator_results"], []),
        (
            _("Contributions (cash and in-kind)"),
            ["contributions", "contributions_by_sector", "contributions_by_source"],
            ["contributions"],
        ),
    ]


def _add_table(document: Any, table: ReportTable) -> None:
    document.add_paragraph(table.title, style="Caption")
    if not table.rows:
        document.add_paragraph(table.empty)
        return
    grid = document.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid"
    for cell, header in zip(grid.rows[0].cells, table.headers, strict=True):
        cell.text = header
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in table.rows:
        # Through the row's own cells: `grid.rows[i].cells` walks the whole table each time.
        new_row = grid.add_row()
        for tc, value in zip(new_row._tr.tc_lst, row, strict=False):
            _Cell(tc, grid).text = format_cell(value)


def render_docx(report: AnnualReport, *, submitted: Any = None) -> bytes:
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(report_title(report), level=0)
    if submitted is not None:
        document.add_paragraph(
            _("Submitted version %(number)s, %(day)s.")
            % {"number": submitted.number, "day": submitted.submitted_at.date().isoformat()}
        )
    else:
        document.add_paragraph(
            _("Live figures as of %(day)s; not a submitted version.")
            % {"day": report.generated_at.strftime("%Y-%m-%d %H:%M")}
        )
    document.add_heading(_("The year at a glance"), level=1)
    for item in highlights(report):
        document.add_paragraph(f"{item.label}: {item.value}", style="List Bullet")
    tables = annual_tables(report)
    charts = annual_charts(report)
    for heading, table_keys, chart_keys in _sections():
        document.add_heading(heading, level=1)
        for key in chart_keys:
            if key in charts:
                chart = charts[key]
                document.add_picture(io.BytesIO(render_bar_chart(chart, "png")), width=Cm(16))
                document.add_paragraph(
                    _("%(chart)s (the table below gives the same figures)")
                    % {"chart": chart.title},
                    style="Caption",
                )
        for key in table_keys:
            _add_table(document, tables[key])
    document.add_heading(_("Success stories"), level=1)
    if not report.stories:
        document.add_paragraph(tables["stories"].empty)
    for row in tables["stories"].rows:
        title, activity, text = (format_cell(value) for value in row)
        document.add_heading(title, level=2)
        if activity:
            document.add_paragraph(_("Activity: %(activity)s") % {"activity": activity})
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                document.add_paragraph(paragraph.strip())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
