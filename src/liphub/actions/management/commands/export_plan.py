"""`liphub export-plan --partnership SLUG --year 2011-12 -o FILE`: an action plan as XLSX."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_scopes import scope

from liphub.actions import selectors, xlsx
from liphub.actions.management.commands.import_plan import partnership_and_year


class Command(BaseCommand):
    help = "Export an action plan (activities, indicators, measurements) as an XLSX workbook."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--partnership", required=True, help="short name, e.g. ottawa")
        parser.add_argument("--year", required=True, help="fiscal year, e.g. 2011-12")
        parser.add_argument("-o", "--output", required=True, help="the .xlsx file to write")

    def handle(self, *args: Any, **options: Any) -> None:
        partnership, year = partnership_and_year(options)
        with scope(partnership=[partnership.pk]):
            plan = selectors.get_plan_for_year(partnership=partnership, fiscal_year=year)
            if plan is None:
                raise CommandError(f"{partnership.slug} has no action plan for {options['year']}.")
            content = xlsx.export_plan(plan=plan)
        output = Path(options["output"])
        output.write_bytes(content)
        self.stdout.write(self.style.SUCCESS(f"Wrote {output} ({plan})."))
