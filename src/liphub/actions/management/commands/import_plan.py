"""`liphub import-plan PATH --partnership SLUG --year 2011-12`: apply an XLSX action plan.

The import is atomic: when any row has a problem, nothing changes and every problem is
printed. The year's plan is created if it does not exist yet (in the same transaction).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django_scopes import scope

from liphub.actions import selectors, services, xlsx
from liphub.core.fiscal import parse_fiscal_year
from liphub.core.models import Partnership


def partnership_and_year(options: dict[str, Any]) -> tuple[Partnership, int]:
    partnership = Partnership.objects.filter(slug=options["partnership"]).first()
    if partnership is None:
        raise CommandError(f"No partnership {options['partnership']!r}.")
    try:
        year = parse_fiscal_year(options["year"])
    except ValueError as error:
        raise CommandError(str(error)) from error
    return partnership, year


class Command(BaseCommand):
    help = "Import an action plan from an XLSX workbook (atomic: all rows or nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the .xlsx file")
        parser.add_argument("--partnership", required=True, help="short name, e.g. ottawa")
        parser.add_argument("--year", required=True, help="fiscal year, e.g. 2011-12")

    def handle(self, *args: Any, **options: Any) -> None:
        partnership, year = partnership_and_year(options)
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        with scope(partnership=[partnership.pk]):
            try:
                with transaction.atomic():
                    plan = selectors.get_plan_for_year(
                        partnership=partnership, fiscal_year=year
                    ) or services.create_plan(partnership=partnership, fiscal_year=year)
                    summary = xlsx.import_plan(plan=plan, content=path.read_bytes())
            except xlsx.PlanImportError as error:
                for problem in error.errors:
                    self.stderr.write(str(problem))
                raise CommandError(
                    f"Nothing was imported: {len(error.errors)} problem(s) in {path}."
                ) from error
        self.stdout.write(self.style.SUCCESS(f"Imported {path} into {plan}: {summary}."))
