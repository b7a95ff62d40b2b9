"""`liphub generate`: synthetic data of a given size (benchmarks, trying LIP Hub at scale).

    liphub generate --partnership big --activities 500 --indicators 2000 --measurements 20000 \\
        --network synthetic --partnerships 100 --seed 1
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from liphub.core.fiscal import fiscal_year_label, fiscal_year_of, parse_fiscal_year
from liphub.ops.generate import GenerateError, generate


class Command(BaseCommand):
    help = (
        "Write synthetic data: one partnership with a strategy, a plan of the given size, "
        "indicators, measurements, contributions and meetings; optionally a network of many "
        "smaller partnerships. Deterministic for a given --seed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--partnership", required=True, help="slug of the new partnership")
        parser.add_argument("--activities", type=int, default=500)
        parser.add_argument("--indicators", type=int, default=2000)
        parser.add_argument("--measurements", type=int, default=20000)
        parser.add_argument("--network", help="also a network (created if missing) of ...")
        parser.add_argument(
            "--partnerships", type=int, default=100, help="... this many more partnerships"
        )
        parser.add_argument(
            "--year", help="fiscal year of the plan, e.g. 2011-12 (default: the current one)"
        )
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            year = (
                parse_fiscal_year(options["year"])
                if options["year"]
                else fiscal_year_of(timezone.localdate())
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        started = time.perf_counter()
        try:
            result = generate(
                partnership_slug=options["partnership"],
                activities=options["activities"],
                indicators=options["indicators"],
                measurements=options["measurements"],
                network_slug=options["network"],
                partnerships=options["partnerships"] if options["network"] else 0,
                year=year,
                seed=options["seed"],
            )
        except GenerateError as exc:
            raise CommandError(str(exc)) from exc
        elapsed = time.perf_counter() - started
        where = f" and network {result.network_slug!r}" if result.network_slug else ""
        self.stdout.write(
            f"Generated {len(result.partnership_slugs)} partnership(s){where} for "
            f"{fiscal_year_label(year)} in {elapsed:.1f} s: {result.summary()}."
        )
