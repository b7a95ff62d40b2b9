"""`liphub import-hsds PATH --partnership SLUG`: import an HSDS 3.0 / Open Referral UK directory.

PATH is an HSDS JSON file (one object, a list, or an API page), a folder of such files, or the
tabular CSV datapackage (a folder or a .zip). The import is atomic: when any record has a
problem nothing changes and every problem is printed (exit status 1), unless
`--skip-invalid` is given, which imports the valid records and lists each skipped one.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from liphub.core.models import Partnership
from liphub.directory.interchange.hsds_import import import_hsds
from liphub.directory.interchange.report import ImportRejectedError


class Command(BaseCommand):
    help = "Import an HSDS 3.0 directory (JSON, CSV datapackage or Open Referral UK JSON)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="a .json file, a .zip or a folder")
        parser.add_argument("--partnership", required=True, help="short name, e.g. ottawa")
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="import the valid records and report the invalid ones",
        )
        parser.add_argument(
            "--language",
            choices=["en", "fr"],
            default="en",
            help="the language of the names and descriptions in the file (default en)",
        )
        parser.add_argument("--feed", default="", help="name of the source feed, e.g. 211east")

    def handle(self, *args: Any, **options: Any) -> None:
        partnership = Partnership.objects.filter(slug=options["partnership"]).first()
        if partnership is None:
            raise CommandError(_('No partnership "%(slug)s".') % {"slug": options["partnership"]})
        try:
            summary = import_hsds(
                partnership=partnership,
                path=options["path"],
                skip_invalid=options["skip_invalid"],
                language=options["language"],
                feed=options["feed"],
            )
        except ImportRejectedError as error:
            for line in error.lines():
                self.stderr.write(line)
            raise CommandError(
                _("Nothing was imported: %(count)d problem(s) in %(path)s.")
                % {"count": len(error.problems), "path": options["path"]}
            ) from error
        for line in summary.lines():
            self.stdout.write(line)
        self.stdout.write(
            self.style.SUCCESS(
                _("Imported %(path)s into %(partnership)s.")
                % {"path": options["path"], "partnership": partnership.slug}
            )
        )
