"""`liphub create-partnership SLUG --name NAME [--name-fr NAME] [--network SLUG]`."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from liphub.partnerships.services import create_partnership


class Command(BaseCommand):
    help = "Create a partnership (and its network, if it does not exist yet)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="short name used in URLs, e.g. ottawa")
        parser.add_argument("--name", required=True, help="name in English")
        parser.add_argument("--name-fr", default="", help="name in French")
        parser.add_argument("--network", default=None, help="short name of its network")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            partnership = create_partnership(
                slug=options["slug"],
                name_en=options["name"],
                name_fr=options["name_fr"],
                network_slug=options["network"],
            )
        except ValidationError as error:
            problems = "; ".join(
                f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
            )
            raise CommandError(f"Partnership not created. {problems}") from error
        networks = ", ".join(n.slug for n in partnership.networks.all()) or "none"
        self.stdout.write(
            self.style.SUCCESS(
                f"Created partnership {partnership.slug}: {partnership} (network: {networks})."
            )
        )
