"""Benchmark: the public directory search at scale (issue 4), on a throw-away SQLite database.

Generates N services (default 100,000) with organizations, locations, addresses, categories
and languages by bulk inserts, builds the search index (`reindex_services`, timed), then times
a mix of queries three ways on the same data in the same run:

- the public search page through the whole Django stack (test client GET of
  `directory_public:search`, anonymous, DEBUG off); when that page does not exist, the bench
  says so and times `search_services` only;
- `search_services` called directly (the search interface, no HTTP);
- the bare FTS query: the same MATCH expression (same normalisation and synonyms, restricted
  to the partnership's public services by the index's scope tokens), ranked by bm25 over every
  match and limited to one page, as a raw cursor query, without the total, the filters or the
  ORM. The search ranks by tiers instead (see docs/directory.md), so the bench checks that
  every hit of the page matches the bare query's expression and that the page holds the first
  20 matches by (tier, newest first) worked out the slow way; it prints how many hits the page
  shares with the bare query's bm25 top 20.

    .venv/bin/python bench/bench_directory.py [--services 100000] [--runs 200]

Not part of the test suite. Targets: page p95 at most 50 ms on SQLite and at most 3x the bare
query. The exit status is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_P95_MS = 50.0
TARGET_RATIO = 3.0

TOPICS = [
    ("employment", "emploi"),
    ("housing", "logement"),
    ("dentist", "dentiste"),
    ("clinic", "clinique"),
    ("LINC English classes", "cours d'anglais CLIC"),
    ("French classes", "cours de français"),
    ("food bank", "banque alimentaire"),
    ("legal aid", "aide juridique"),
    ("tax clinic", "impôts"),
    ("youth", "jeunesse"),
    ("seniors", "aînés"),
    ("mental health", "santé mentale"),
    ("child care", "garderie"),
    ("interpreter", "interprète"),
    ("credential recognition", "reconnaissance des diplômes"),
    ("microloan", "microcrédit"),
    ("refugee health", "santé des réfugiés"),
    ("settlement", "établissement"),
    ("mentoring", "mentorat"),
    ("women's group", "groupe de femmes"),
    ("driving lessons", "cours de conduite"),
    ("computer skills", "informatique"),
    ("after-school", "parascolaire"),
    ("physician", "médecin"),
    ("counselling", "counseling"),
    ("sports", "sports"),
    ("library", "bibliothèque"),
    ("citizenship test", "examen de citoyenneté"),
    ("job search", "recherche d'emploi"),
    ("newcomer orientation", "orientation des nouveaux arrivants"),
]
KINDS = [
    ("program", "programme"),
    ("workshop", "atelier"),
    ("centre", "centre"),
    ("service", "service"),
    ("drop-in", "halte-accueil"),
    ("support", "soutien"),
    ("network", "réseau"),
]
PLACES = [
    "Vanier",
    "Orléans",
    "Kanata",
    "Barrhaven",
    "Nepean",
    "Gloucester",
    "Centretown",
    "Byward",
    "Overbrook",
    "Hintonburg",
    "Alta Vista",
    "Riverside",
    "Stittsville",
    "Manotick",
    "Carlington",
]
CITIES = ["Ottawa", "Orléans", "Kanata", "Nepean", "Gatineau", "Gloucester"]
LANGS = [
    ("en", "English"),
    ("fr", "French"),
    ("ar", "Arabic"),
    ("zh", "Chinese"),
    ("es", "Spanish"),
    ("so", "Somali"),
    ("fa", "Persian"),
    ("ti", "Tigrinya"),
    ("pa", "Punjabi"),
]
QUERIES = [
    "employment",
    "jobs",
    "dentist",
    "médecin",
    "doctor",
    "ESL",
    "cours d'anglais",
    "logement",
    "housing Vanier",
    "food bank",
    "legal aid",
    "santé mentale",
    "youth sports",
    "microloan",
    "citizenship",
    "interpreter arabic",
    "garderie",
    "computer workshop",
    "refugee health clinic",
    "orientation nouveaux arrivants",
]


def configure(var_dir: Path) -> None:
    """Environment for a production-like run on a throw-away SQLite file (before setup)."""
    os.environ["LIPHUB_VAR_DIR"] = str(var_dir)
    os.environ["DATABASE_URL"] = f"sqlite:///{var_dir / 'bench.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "liphub.settings"
    os.environ.setdefault("SECRET_KEY", "bench-" + "x" * 60)
    os.environ["DEBUG"] = "0"
    os.environ["LIPHUB_PLAIN_STATIC"] = "1"
    os.environ["SECURE_SSL_REDIRECT"] = "0"
    os.environ["SESSION_COOKIE_SECURE"] = "0"
    os.environ["CSRF_COOKIE_SECURE"] = "0"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def time_each(
    run: Callable[[str], Any], queries: list[str], *, runs: int
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run, cycling through the queries (one warm-up
    pass first). CPU time is steadier on a busy machine (SQLite runs in this process)."""
    for q in queries:
        run(q)
    wall, cpu = [], []
    for i in range(runs):
        q = queries[i % len(queries)]
        started, started_cpu = time.perf_counter(), time.process_time()
        run(q)
        cpu.append((time.process_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    return wall, cpu


# --- data --------------------------------------------------------------------------------------


def generate(partnership: Any, n: int, rng: random.Random) -> None:
    """N services and their places, categories and languages, by bulk inserts."""
    from django.db import transaction

    from liphub.directory.models import (
        Address,
        Attribute,
        Language,
        Location,
        Service,
        ServiceAtLocation,
        Taxonomy,
        TaxonomyTerm,
    )
    from liphub.partnerships.models import Organization

    filler = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9)))
        for _ in range(3000)
    ]
    batch = 5000
    with transaction.atomic():
        orgs = Organization.objects.bulk_create(
            [
                Organization(partnership=partnership, name_en=f"{rng.choice(PLACES)} agency {i}")
                for i in range(max(10, n // 200))
            ]
        )
        tax = Taxonomy.objects.create(partnership=partnership, name="Bench categories")
        terms = TaxonomyTerm.objects.bulk_create(
            [
                TaxonomyTerm(partnership=partnership, taxonomy=tax, name_en=en, name_fr=fr)
                for en, fr in TOPICS
            ]
        )
        locations = Location.objects.bulk_create(
            [
                Location(
                    partnership=partnership,
                    name_en=f"Site {i}",
                    latitude=45.42 + rng.uniform(-0.15, 0.15),
                    longitude=-75.69 + rng.uniform(-0.25, 0.25),
                )
                for i in range(max(10, n // 10))
            ],
            batch_size=batch,
        )
        Address.objects.bulk_create(
            [
                Address(
                    partnership=partnership,
                    location=loc,
                    address_1=f"{i} Main St",
                    city=rng.choice(CITIES),
                    state_province="ON",
                    postal_code=f"K{rng.randint(1, 2)}{rng.choice('ABCGHJKLMNPRSTVXY')} "
                    f"{rng.randint(1, 9)}A{rng.randint(1, 9)}",
                )
                for i, loc in enumerate(locations)
            ],
            batch_size=batch,
        )
        for start in range(0, n, batch):
            rows = []
            topics = []
            for _ in range(min(batch, n - start)):
                t = rng.randrange(len(TOPICS))
                k = rng.randrange(len(KINDS))
                place = rng.choice(PLACES)
                topics.append(t)
                body = " ".join(rng.choice(filler) for _ in range(rng.randint(20, 40)))
                other = TOPICS[rng.randrange(len(TOPICS))][0]
                rows.append(
                    Service(
                        partnership=partnership,
                        organization=rng.choice(orgs),
                        name_en=f"{TOPICS[t][0].capitalize()} {KINDS[k][0]} {place}",
                        name_fr=f"{KINDS[k][1].capitalize()} {TOPICS[t][1]} {place}",
                        description_en=f"{body} Also helps with {other}.",
                        description_fr=f"Aide pour {TOPICS[t][1]}. {body[:80]}",
                    )
                )
            services = Service.objects.bulk_create(rows)
            ServiceAtLocation.objects.bulk_create(
                [
                    ServiceAtLocation(
                        partnership=partnership, service=s, location=rng.choice(locations)
                    )
                    for s in services
                ]
            )
            Attribute.objects.bulk_create(
                [
                    Attribute(
                        partnership=partnership,
                        link_id=s.hsds_id,
                        link_entity="service",
                        taxonomy_term=terms[t],
                        service=s,
                    )
                    for s, t in zip(services, topics, strict=True)
                ]
            )
            Language.objects.bulk_create(
                [
                    Language(partnership=partnership, service=s, code=code, name=name)
                    for s in services
                    for code, name in rng.sample(LANGS, 2)
                ]
            )


# --- main --------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument(
        "--reuse",
        metavar="DIR",
        help="reuse the database a --keep run left in DIR (skips generating; still reindexes)",
    )
    parser.add_argument(
        "--from-file",
        metavar="PATH",
        help="import this HSDS/ORUK file (e.g. ../shared/hsds/real/...) instead of generating",
    )
    parser.add_argument(
        "--queries",
        help="comma-separated queries to time instead of the built-in ones (e.g. for UK data)",
    )
    args = parser.parse_args()
    if args.queries:
        QUERIES[:] = [q.strip() for q in args.queries.split(",") if q.strip()]

    if args.reuse:
        var_dir = Path(args.reuse)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="liphub-bench-dir-")
        if args.keep:
            tmp._finalizer.detach()  # type: ignore[attr-defined]  # keep the folder at exit
            print(f"Keeping {tmp.name}")
        var_dir = Path(tmp.name)
    configure(var_dir)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import NoReverseMatch, reverse
    from django_scopes import scope, scopes_disabled

    from liphub.core.models import Partnership
    from liphub.directory.models import SearchSynonym, Service
    from liphub.directory.search import (
        reindex_services,
        search_services,
        synonym_groups,
    )
    from liphub.directory.search_rankers import RELEVANCE_TIER_MAX
    from liphub.directory.search_sqlite import (
        BODY_WEIGHT,
        FTS_TABLE,
        NAME_WEIGHT,
        bare_sql,
        tier_expressions,
    )
    from liphub.directory.search_text import default_synonyms, parse_query

    print(f"Database: {os.environ['DATABASE_URL']}")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.1f} s")

    rng = random.Random(args.seed)
    with scopes_disabled():
        if args.reuse:
            big = Partnership.objects.get(slug="big")
            args.services = Service.objects.filter(partnership=big).count()
        else:
            big = Partnership.objects.create(
                slug="big", name_en="Big LIP", name_fr="Grand PLI", is_public=True
            )
            SearchSynonym.objects.bulk_create(
                [SearchSynonym(partnership=big, terms=t) for t in default_synonyms()]
            )
            started = time.perf_counter()
            if args.from_file:
                from liphub.directory.interchange.hsds_import import import_hsds

                import_hsds(partnership=big, path=Path(args.from_file), feed="bench")
                args.services = Service.objects.filter(partnership=big).count()
                print(
                    f"import {args.from_file}: {args.services:,} services in "
                    f"{time.perf_counter() - started:.1f} s"
                )
            else:
                generate(big, args.services, rng)
                generated = time.perf_counter() - started
                print(f"generate {args.services:,} services (bulk inserts): {generated:.1f} s")
        started = time.perf_counter()
        count = reindex_services(partnership=big)
        indexed = time.perf_counter() - started
        print(
            f"reindex_services: {count:,} services in {indexed:.1f} s "
            f"({count / max(indexed, 1e-9):,.0f} services/s)"
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    client = Client()
    try:
        url = reverse("directory_public:search", args=["big"])
    except NoReverseMatch:
        url = ""
    page_ok = False
    if url:
        response = client.get(url, {"q": QUERIES[0]})
        page_ok = response.status_code == 200
        if not page_ok:
            print(f"public search page answered {response.status_code}: timing the function only")
    else:
        print("no public search page (directory_public:search): timing the function only")

    synonyms = synonym_groups(big)

    def bare(q: str) -> int:
        sql, params = bare_sql(parse_query(q, synonyms), big.pk, 20)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return len(cursor.fetchall())

    def call(q: str) -> int:
        with scope(partnership=big):
            return search_services(partnership=big, query=q).total

    def page(q: str) -> int:
        response = client.get(url, {"q": q})
        assert response.status_code == 200, response.status_code
        return len(response.content)

    totals = {q: call(q) for q in QUERIES}
    print("matches per query: " + ", ".join(f"{q!r} {n:,}" for q, n in totals.items()))

    def page_ids(q: str) -> list[int]:
        with scope(partnership=big):
            return [h.service.pk for h in search_services(partnership=big, query=q).hits]

    def bare_ids(q: str) -> list[int]:
        sql, params = bare_sql(parse_query(q, synonyms), big.pk, 20)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [int(row[0]) for row in cursor.fetchall()]

    def tiered_ids(q: str) -> list[int]:
        """The first page by the search's ranking, worked out the slow way: every match of
        every tier read in full with its bm25, then sorted by tier, and within a tier by bm25
        when it has at most RELEVANCE_TIER_MAX matches, else newest first."""
        tier_of: dict[int, int] = {}
        score: dict[int, float] = {}
        with connection.cursor() as cursor:
            for number, expression in tier_expressions(parse_query(q, synonyms)):
                cursor.execute(
                    f"SELECT rowid, bm25({FTS_TABLE}, %s, %s, 0.0) FROM {FTS_TABLE} "  # noqa: S608
                    f"WHERE {FTS_TABLE} MATCH %s",
                    [NAME_WEIGHT, BODY_WEIGHT, f'scope : "v{big.pk}" AND ({expression})'],
                )
                for rowid, bm25 in cursor.fetchall():
                    if int(rowid) not in tier_of:
                        tier_of[int(rowid)] = number
                        score[int(rowid)] = float(bm25)
        sizes = Counter(tier_of.values())

        def key(sid: int) -> tuple[int, float, int]:
            tier = tier_of[sid]
            return (tier, score[sid] if sizes[tier] <= RELEVANCE_TIER_MAX else 0.0, -sid)

        return sorted(tier_of, key=key)[:20]

    def bare_matches(q: str, ids: list[int]) -> int:
        """How many of these ids the bare query's MATCH expression matches."""
        if not ids:
            return 0
        match = bare_sql(parse_query(q, synonyms), big.pk, 20)[1][2]
        marks = ", ".join(["%s"] * len(ids))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "  # noqa: S608
                f"AND rowid IN ({marks})",
                [match, *ids],
            )
            return int(cursor.fetchone()[0])

    pages = {q: page_ids(q) for q in QUERIES}
    outside = [q for q in QUERIES if bare_matches(q, pages[q]) != len(pages[q])]
    print(
        "every hit of the page is a match of the bare query: "
        + ("yes, for every query" if not outside else f"NO for {outside}")
    )
    differ = [q for q in QUERIES if pages[q] != tiered_ids(q)]
    wrong = bool(outside or differ)
    print(
        "the page's hits are the first 20 by tier (then bm25 or newest first), read in full: "
        + ("yes, for every query" if not differ else f"NO for {differ}")
    )
    shared = sum(len(set(pages[q]) & set(bare_ids(q))) for q in QUERIES)
    print(
        f"hits shared with the bare query's bm25 top 20: {shared} of {20 * len(QUERIES)} "
        "(the bare query ranks by bm25 over every match, the page by tiers)"
    )

    load_before = os.getloadavg()
    rows: list[tuple[str, tuple[list[float], list[float]]]] = []
    bare_times = time_each(bare, QUERIES, runs=args.runs)
    if page_ok:
        rows.append(("Public search page (Django stack)", time_each(page, QUERIES, runs=args.runs)))
    else:
        print("(the page row is missing: the public search page is not there)")
    rows.append(
        ("search_services() (no HTTP, exact total)", time_each(call, QUERIES, runs=args.runs))
    )
    rows.append(("Bare FTS query (one page, bm25)", bare_times))

    bare_p95 = percentile(bare_times[0], 0.95)
    bare_cpu_p95 = percentile(bare_times[1], 0.95)
    print()
    print(f"{args.services:,} services, {args.runs} runs over {len(QUERIES)} queries, SQLite")
    print(
        f"load average (1, 5, 15 min): before {' '.join(f'{x:.1f}' for x in load_before)}, "
        f"after {' '.join(f'{x:.1f}' for x in os.getloadavg())} (2 cores: compare CPU columns)"
    )
    print(
        "| measured | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | p95/bare | CPU p95/bare "
        "| p95 <= 50 ms | <= 3x |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    failed = False
    for label, (wall, cpu) in rows:
        p50, p95 = statistics.median(wall), percentile(wall, 0.95)
        c50, c95 = statistics.median(cpu), percentile(cpu, 0.95)
        ratio = p95 / bare_p95 if bare_p95 else 0.0
        cpu_ratio = c95 / bare_cpu_p95 if bare_cpu_p95 else 0.0
        is_bare = wall is bare_times[0]
        meets_ms = p95 <= TARGET_P95_MS
        meets_ratio = ratio <= TARGET_RATIO
        if not is_bare and (not meets_ms or not meets_ratio):
            failed = True
        print(
            f"| {label} | {p50:.1f} | {p95:.1f} | {c50:.1f} | {c95:.1f} | {ratio:.1f}x "
            f"| {cpu_ratio:.1f}x | {'yes' if meets_ms else 'no'} "
            f"| {'-' if is_bare else ('yes' if meets_ratio else 'no')} |"
        )
    return 1 if failed or wrong else 0


if __name__ == "__main__":
    sys.exit(main())
