"""`liphub i18n-update [APP ...]`: refresh and compile the French catalogue of each app.

Each app keeps its own catalogue in `<app>/locale/fr/LC_MESSAGES/django.po`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from liphub.core.i18n_catalogue import liphub_app_paths


class Command(BaseCommand):
    help = "Extract interface strings into each app's French catalogue and compile it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("apps", nargs="*", help="app labels (default: every LIP Hub app)")
        parser.add_argument("--no-compile", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        labels: list[str] = options["apps"]
        paths = liphub_app_paths()
        if labels:
            unknown = set(labels) - set(paths)
            if unknown:
                apps.get_app_config(sorted(unknown)[0])  # raises a clear LookupError
            paths = {label: paths[label] for label in labels}
        start = Path.cwd()
        for label, path in paths.items():
            (path / "locale").mkdir(exist_ok=True)
            os.chdir(path)
            try:
                call_command(
                    "makemessages",
                    locale=["fr"],
                    no_obsolete=True,
                    ignore_patterns=["tests/*", "migrations/*"],
                    verbosity=0,
                )
                if not options["no_compile"]:
                    call_command("compilemessages", locale=["fr"], verbosity=0)
            finally:
                os.chdir(start)
            self.stdout.write(f"{label}: {path / 'locale/fr/LC_MESSAGES/django.po'}")
