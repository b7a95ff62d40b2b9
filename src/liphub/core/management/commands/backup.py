"""`liphub backup OUT`: a consistent copy of the database and uploaded files, site running."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from liphub.core.backups import ENGINE_LABELS, BackupError, create_backup


class Command(BaseCommand):
    help = "Write the database and the uploaded files to a new .tar.gz archive."
    # A backup must run even when a configuration check fails: it is how you keep your data.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("out", help="the archive to create (.tar.gz)")

    def handle(self, *args: Any, **options: Any) -> None:
        out = Path(options["out"]).expanduser().resolve()
        try:
            manifest = create_backup(out=out)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            f"Backed up the {ENGINE_LABELS[manifest['engine']]} database "
            f"({rows} rows in {len(manifest['counts'])} tables) and "
            f"{manifest['media_files']} uploaded files to {out}"
        )
