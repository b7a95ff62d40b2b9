"""`liphub report --partnership SLUG --year 2011-12 --format pdf -o FILE [--version N]`.

Writes a partnership's annual report (the live figures, or a submitted version) with the same
render functions as the web pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.http import Http404
from django.utils import translation
from django_scopes import scope

from liphub.core.fiscal import fiscal_year_label, parse_fiscal_year
from liphub.core.models import Partnership
from liphub.reports import selectors
from liphub.reports.annual import build_annual_report
from liphub.reports.render_docx import render_docx
from liphub.reports.render_html import render_print_html
from liphub.reports.render_pdf import render_pdf
from liphub.reports.render_xlsx import render_xlsx

FORMATS = ("html", "pdf", "docx", "xlsx")


class Command(BaseCommand):
    help = "Write a partnership's annual report (live, or a submitted version) to a file."

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        # `--version N` picks a submitted version: it replaces Django's `--version` flag.
        return super().create_parser(prog_name, subcommand, conflict_handler="resolve", **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--partnership", required=True, help="the partnership's short name")
        parser.add_argument("--year", required=True, help="the fiscal year, e.g. 2011-12")
        parser.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
        parser.add_argument("-o", "--output", required=True, help="the file to write")
        parser.add_argument(
            "--version",
            type=int,
            dest="report_version",
            help="a submitted version number (default: the live figures)",
        )
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            choices=[code for code, _name in settings.LANGUAGES],
        )

    def handle(self, *args: Any, **options: Any) -> None:
        slug: str = options["partnership"]
        partnership = Partnership.objects.filter(slug=slug).first()
        if partnership is None:
            raise CommandError(f"No partnership with the short name {slug!r}.")
        try:
            fiscal_year = parse_fiscal_year(options["year"])
        except ValueError as error:
            raise CommandError(str(error)) from None
        number: int | None = options["report_version"]
        with translation.override(options["language"]), scope(partnership=[partnership.pk]):
            submitted = None
            if number is None:
                report = build_annual_report(partnership=partnership, fiscal_year=fiscal_year)
            else:
                try:
                    submitted = selectors.get_submitted_version(
                        partnership=partnership, fiscal_year=fiscal_year, number=number
                    )
                except Http404:
                    raise CommandError(
                        f"{slug} has no submitted version {number} of the "
                        f"{fiscal_year_label(fiscal_year)} report."
                    ) from None
                report = selectors.frozen_report(submitted)
            content = self._render(report, options["fmt"], submitted)
        output = Path(options["output"])
        try:
            output.write_bytes(content)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}") from None
        self.stdout.write(f"Wrote {output} ({len(content):,} bytes).")

    def _render(self, report: Any, fmt: str, submitted: Any) -> bytes:
        if fmt == "html":
            return render_print_html(report, submitted=submitted).encode("utf-8")
        renderers = {"pdf": render_pdf, "docx": render_docx, "xlsx": render_xlsx}
        return renderers[fmt](report, submitted=submitted)
