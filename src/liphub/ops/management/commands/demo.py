"""`liphub demo [--port N] [--no-serve]`: migrate, load the demo data into an empty database,
print the demo accounts and serve the site."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from liphub.core.models import Partnership
from liphub.ops.demo.loader import accounts_table, load_demo
from liphub.ops.management.commands.serve import (
    HOST,
    add_port_argument,
    checked_port,
    migrate,
    run_server,
)


class Command(BaseCommand):
    help = "Migrate, load the demo data if the database is empty, print the accounts, serve."

    def add_arguments(self, parser: CommandParser) -> None:
        add_port_argument(parser)
        parser.add_argument(
            "--no-serve", action="store_true", help="prepare the database, do not serve"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        port = checked_port(options["port"])
        migrate(self.stdout)
        if Partnership.objects.exists():
            self.stdout.write("The database already holds partnerships: demo data not loaded.")
        else:
            summary = load_demo()
            self.stdout.write(
                f"Loaded the demo data: {summary.partnerships} partnerships, "
                f"{summary.organizations} organizations, {summary.meetings} meetings, "
                f"{summary.services} services in the directory."
            )
        self.stdout.write(accounts_table())
        url = f"http://{HOST}:{port}/"
        self.stdout.write(
            f"Open {url} (French: {url}fr/; Ottawa's public site: {url}en/lip/ottawa/)"
        )
        if not options["no_serve"]:
            run_server(port, self.stdout)
