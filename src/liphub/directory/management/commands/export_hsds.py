"""`liphub export-hsds --partnership SLUG OUT [--language en|fr]`: the directory as HSDS 3.0.

Writes OUT/hsds.json (a list of fully nested services) and OUT/datapackage/ (datapackage.json
and one CSV per table), both valid against the official HSDS 3.0 schemas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_scopes import scopes_disabled

from liphub.core.models import Partnership
from liphub.directory.interchange.export import export_hsds


class Command(BaseCommand):
    help = "Export a partnership's service directory as HSDS 3.0 JSON and a CSV datapackage."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--partnership", required=True, help="short name, e.g. ottawa")
        parser.add_argument(
            "--language",
            choices=["en", "fr"],
            default="en",
            help="language of service names and descriptions (falls back to the other one)",
        )
        parser.add_argument("out", help="folder to write (created if needed)")

    def handle(self, *args: Any, **options: Any) -> None:
        with scopes_disabled():
            partnership = Partnership.objects.filter(slug=options["partnership"]).first()
            if partnership is None:
                raise CommandError(f"No partnership {options['partnership']!r}.")
            summary = export_hsds(
                partnership=partnership, out=Path(options["out"]), language=options["language"]
            )
        tables = ", ".join(f"{name} {count}" for name, count in summary.rows.items() if count)
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {summary.json_path} ({summary.services} services) and "
                f"{summary.datapackage_path} ({tables})."
            )
        )
