"""`liphub load-demo`: load the demo data into an empty database and print the demo accounts."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from liphub.ops.demo.loader import DemoDataError, accounts_table, load_demo


class Command(BaseCommand):
    help = "Load the demo data (the LIPs of 2012-13, Ottawa in depth) into an empty database."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            summary = load_demo()
        except DemoDataError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Loaded the demo data: {summary.partnerships} partnerships, "
            f"{summary.organizations} organizations, {summary.seats} seats, "
            f"{summary.meetings} meetings, {summary.services} services in the directory."
        )
        self.stdout.write(accounts_table())
