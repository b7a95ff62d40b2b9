"""`liphub import-airs PATH --partnership SLUG [--feed NAME] [--skip-invalid]`.

Imports an AIRS XML 3.0 file (a 211 export) into the partnership's service directory. Atomic:
when any agency, site or service is invalid, nothing changes and every problem is printed
(exit status 1); `--skip-invalid` imports the rest and lists each record it left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from liphub.core.models import Partnership
from liphub.directory.interchange.airs import import_airs
from liphub.directory.interchange.report import ImportRejectedError


class Command(BaseCommand):
    help = "Import a 211 AIRS XML 3.0 export into a partnership's service directory."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the AIRS .xml file")
        parser.add_argument("--partnership", required=True, help="short name, e.g. ottawa")
        parser.add_argument(
            "--feed",
            default="",
            help="feed name (default: the file's SourceEntity, else its name); a newer full "
            "export of the same feed marks the records it no longer holds inactive",
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="import the valid agencies and report the invalid ones instead of rejecting",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        partnership = Partnership.objects.filter(slug=options["partnership"]).first()
        if partnership is None:
            raise CommandError(f"No partnership {options['partnership']!r}.")
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            summary = import_airs(
                partnership=partnership,
                path=path,
                feed=options["feed"],
                skip_invalid=options["skip_invalid"],
            )
        except ImportRejectedError as error:
            for line in error.lines():
                self.stderr.write(line)
            raise CommandError(
                f"Nothing was imported: {len(error.problems)} problem(s) in {path}."
            ) from error
        for line in summary.lines():
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(f"Imported {path} into {partnership.slug}."))
