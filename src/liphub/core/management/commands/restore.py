"""`liphub restore IN`: replace the database and uploaded files with a backup's contents."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from liphub.core.backups import ENGINE_LABELS, BackupError, read_manifest, restore_backup


class Command(BaseCommand):
    help = "Restore the database and the uploaded files from an archive made by `backup`."
    # Restoring must work even when the current database is broken or out of date.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", help="an archive made by `liphub backup`")
        parser.add_argument("--no-input", action="store_true", help="do not ask for confirmation")

    def handle(self, *args: Any, **options: Any) -> None:
        archive = Path(options["archive"]).expanduser().resolve()
        try:
            manifest = read_manifest(archive)
            if not options["no_input"] and sys.stdin.isatty():
                answer = input(
                    f"This replaces the database and every uploaded file with the backup of "
                    f"{manifest['created_at']}. Type 'yes' to continue: "
                )
                if answer.strip().lower() != "yes":
                    raise CommandError("Restore cancelled; nothing was changed.")
            result = restore_backup(archive_path=archive)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            f"Restored the {ENGINE_LABELS[manifest['engine']]} database "
            f"({rows} rows in {len(manifest['counts'])} tables) and "
            f"{manifest['media_files']} uploaded files from the backup of "
            f"{manifest['created_at']}."
        )
        for table, (expected, found) in sorted(result.mismatched_tables.items()):
            self.stderr.write(
                f"Warning: {table} has {found} rows, the backup had {expected} "
                "(was the site writing during the restore?)."
            )
        self.stdout.write("Run `liphub migrate` if the backup comes from an older version.")
