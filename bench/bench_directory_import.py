"""Benchmark: importing a large HSDS 3.0 file (issue 4), on a throw-away SQLite database.

Generates an HSDS 3.0 JSON file of N services (default 100,000) with realistic nesting (each
service carries its organization, shared by about ten services, a service_at_location with its
location and address, a phone, a schedule, a language and an attribute with its taxonomy
term: ten HSDS objects per service), then, on the same data in the same run:

- `import_hsds` end to end (read, check, write, search index), in a child process that does
  only the import: wall-clock and CPU time, the part spent in `reindex_services`, and the
  peak memory of that process (peak resident set size, `VmHWM` from /proc/self/status, else
  `ru_maxrss`; it includes Python and Django, and is reported with its value before the
  import);
- the bare bulk insert of the same rows: every row the import wrote (same tables, same
  values, same primary keys) inserted with a raw `sqlite3` cursor `executemany` into a copy
  of the database as it was before the import, in one transaction, with the same PRAGMAs
  and the same page cache as the import (`sql_writer.BULK_CACHE_MB`);
- optionally the AIRS XML importer on a generated file of agencies (the BC211 one-agency
  sample repeated with new keys), measured the same way.

    .venv/bin/python bench/bench_directory_import.py [--services 100000] [--airs 10000] [--keep]

Not part of the test suite. Targets: at least 2,000 services/s for the HSDS import (end to
end, wall-clock) and under 500 MB peak memory for a 100,000-service import. The exit status is
1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_RATE = 2000.0  # services per second, import end to end
TARGET_PEAK_MB = 500.0  # peak memory of a 100,000-service import
PER_ORGANIZATION = 10
AIRS_SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "airs" / "BC211_data_one_agency.xml"
if not AIRS_SAMPLE.is_file():
    AIRS_SAMPLE = Path("/work/shared/airs/BC211_data_one_agency.xml")

TOPICS = [
    ("employment", "Emploi"),
    ("housing", "Logement"),
    ("dentist", "Dentiste"),
    ("food bank", "Banque alimentaire"),
    ("legal aid", "Aide juridique"),
    ("mental health", "Santé mentale"),
    ("child care", "Garderie"),
    ("settlement", "Établissement"),
    ("LINC English classes", "Cours d'anglais CLIC"),
    ("newcomer orientation", "Orientation des nouveaux arrivants"),
]
CITIES = ["Ottawa", "Orléans", "Kanata", "Nepean", "Gatineau", "Gloucester"]
LANGS = [("en", "English"), ("fr", "French"), ("ar", "Arabic"), ("es", "Spanish")]
DAYS = ["MO", "TU", "WE", "TH", "FR"]
WORDS = [
    "support",
    "help",
    "newcomers",
    "families",
    "community",
    "access",
    "program",
    "referral",
    "clients",
    "weekly",
    "appointment",
    "information",
    "workshop",
    "group",
    "language",
    "local",
    "free",
    "confidential",
]


def configure(var_dir: Path) -> None:
    """Environment for a production-like run on a throw-away SQLite file (before setup)."""
    os.environ["LIPHUB_VAR_DIR"] = str(var_dir)
    os.environ["DATABASE_URL"] = f"sqlite:///{var_dir / 'bench.sqlite3'}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "liphub.settings"
    os.environ.setdefault("SECRET_KEY", "bench-" + "x" * 60)
    os.environ["DEBUG"] = "0"
    os.environ["LIPHUB_PLAIN_STATIC"] = "1"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


# --- data --------------------------------------------------------------------------------------


def hsds_service(i: int, rng: random.Random) -> dict[str, Any]:
    """One nested HSDS 3.0 service (ten objects)."""
    org = i // PER_ORGANIZATION
    topic, topic_fr = TOPICS[i % len(TOPICS)]
    city = CITIES[i % len(CITIES)]
    code, lang = LANGS[i % len(LANGS)]
    term = i % 50
    day = DAYS[i % len(DAYS)]
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 30)))
    return {
        "id": f"svc-{i}",
        "name": f"{topic.capitalize()} service {i}",
        "alternate_name": f"{topic_fr} {i}",
        "description": f"{topic.capitalize()}: {words}.",
        "url": f"https://example.org/services/{i}",
        "email": f"service{i}@example.org",
        "status": "active",
        "fees_description": "Free" if i % 3 == 0 else "Sliding scale",
        "eligibility_description": "Newcomers and their families",
        "minimum_age": 16,
        "assured_date": "2025-06-01",
        "organization": {
            "id": f"org-{org}",
            "name": f"Community Agency {org}",
            "description": f"An agency serving {city} since {1950 + org % 70}.",
            "email": f"info{org}@agency.example.org",
            "website": f"https://agency{org}.example.org",
            "year_incorporated": 1950 + org % 70,
        },
        "service_at_locations": [
            {
                "id": f"sal-{i}",
                "description": f"{topic} at site {i}",
                "location": {
                    "id": f"loc-{i}",
                    "location_type": "physical",
                    "name": f"{city} site {i}",
                    "latitude": 45.3 + (i % 1000) / 5000,
                    "longitude": -75.8 + (i % 997) / 2500,
                    "addresses": [
                        {
                            "id": f"adr-{i}",
                            "address_1": f"{100 + i % 900} Main Street",
                            "city": city,
                            "state_province": "ON",
                            "postal_code": f"K1{chr(65 + i % 26)} {i % 10}A{i % 7}",
                            "country": "CA",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
        "phones": [{"id": f"ph-{i}", "number": f"613-555-{i % 10000:04d}", "type": "voice"}],
        "schedules": [
            {
                "id": f"sch-{i}",
                "freq": "WEEKLY",
                "byday": day,
                "opens_at": "09:00:00",
                "closes_at": "17:00:00",
                "description": "Weekdays, by appointment",
            }
        ],
        "languages": [{"id": f"lang-{i}", "name": lang, "code": code}],
        "attributes": [
            {
                "id": f"attr-{i}",
                "link_type": "category",
                "taxonomy_term": {
                    "id": f"term-{term}",
                    "name": f"{TOPICS[term % len(TOPICS)][0].capitalize()} {term}",
                    "code": f"T{term:03d}",
                    "taxonomy": "LIP categories",
                },
            }
        ],
    }


def write_hsds(path: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for i in range(n):
            if i:
                out.write(",\n")
            out.write(json.dumps(hsds_service(i, rng), ensure_ascii=False))
        out.write("\n]\n")


def write_airs(path: Path, n: int) -> None:
    """N agencies: the BC211 one-agency sample (agency, site, site service) with new keys."""
    text = AIRS_SAMPLE.read_text(encoding="utf-8")
    start, end = text.index("<Agency "), text.rindex("</Agency>") + len("</Agency>")
    agency = text[start:end]
    key = re.search(r"<Key>(\d+)</Key>", agency)
    assert key is not None
    with path.open("w", encoding="utf-8") as out:
        out.write(text[:start])
        for i in range(n):
            out.write(agency.replace(f"<Key>{key.group(1)}</Key>", f"<Key>{1_000_000 + i}</Key>"))
            out.write("\n  ")
        out.write(text[end:])


# --- the child: one import, nothing else -------------------------------------------------------


def peak_kb() -> int:
    """Peak resident memory of this process in KB: VmHWM where Linux has it (ru_maxrss there
    is carried over from the parent across fork + exec, so a large parent would show), else
    ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(kind: str, slug: str, path: str) -> int:
    import django

    django.setup()
    from django_scopes import scopes_disabled

    from liphub.core.models import Partnership
    from liphub.directory.interchange import hsds_import

    reindex = {"wall": 0.0, "cpu": 0.0}
    original = hsds_import.reindex_services

    def timed_reindex(**kwargs: Any) -> Any:
        started, started_cpu = time.perf_counter(), time.process_time()
        try:
            return original(**kwargs)
        finally:
            reindex["wall"] += time.perf_counter() - started
            reindex["cpu"] += time.process_time() - started_cpu

    hsds_import.reindex_services = timed_reindex  # type: ignore[assignment]
    if kind == "airs":
        from liphub.directory.interchange import airs

        airs.reindex_services = timed_reindex  # type: ignore[attr-defined,assignment]
    with scopes_disabled():
        partnership = Partnership.objects.get(slug=slug)
    baseline = peak_kb()
    started, started_cpu = time.perf_counter(), time.process_time()
    if kind == "hsds":
        summary = hsds_import.import_hsds(partnership=partnership, path=path)
    else:
        summary = airs.import_airs(partnership=partnership, path=path)
    wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    peak = peak_kb()
    print(
        json.dumps(
            {
                "wall": wall,
                "cpu": cpu,
                "reindex_wall": reindex["wall"],
                "reindex_cpu": reindex["cpu"],
                "baseline_kb": baseline,
                "peak_kb": peak,
                "counts": summary.as_dict()["counts"],
                "problems": len(summary.problems),
            }
        )
    )
    return 0


def run_child(kind: str, slug: str, path: Path) -> dict[str, Any]:
    done = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [sys.executable, __file__, "--child", kind, slug, str(path)],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"the {kind} import failed")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the yardstick: a bare bulk insert of the same rows -----------------------------------------


def connect(path: Path) -> sqlite3.Connection:
    """The project's PRAGMAs, and the page cache the importers use while they write
    (`sql_writer.bulk_writes`), so the yardstick gets what the import gets."""
    from liphub.directory.interchange.sql_writer import BULK_CACHE_MB

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute(f"PRAGMA cache_size = -{BULK_CACHE_MB * 1024}")
    return db


def bare_insert(
    source: Path, target: Path, tables: list[str], partnership_id: int
) -> dict[str, Any]:
    """Insert every row of these tables for this partnership, read from `source`, into
    `target` (the database before the import): one transaction, executemany per table."""
    src = sqlite3.connect(source)
    data: list[tuple[str, list[tuple[Any, ...]]]] = []
    rows_total = 0
    for table in tables:
        cursor = src.execute(f'SELECT * FROM "{table}" WHERE partnership_id = ?', [partnership_id])  # noqa: S608
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        rows_total += len(rows)
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        data.append((f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows))  # noqa: S608
    src.close()
    db = connect(target)
    started, started_cpu = time.perf_counter(), time.process_time()
    db.execute("BEGIN IMMEDIATE")
    for sql, rows in data:
        for start in range(0, len(rows), 5000):
            db.executemany(sql, rows[start : start + 5000])
    db.execute("COMMIT")
    wall, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    db.close()
    return {"wall": wall, "cpu": cpu, "rows": rows_total}


def written_tables() -> list[str]:
    """The tables the importers write (the search index and the import log excepted)."""
    from liphub.directory.interchange.hsds_specs import ORDER, SPECS

    return [SPECS[name].model._meta.db_table for name in ORDER]


# --- main ----------------------------------------------------------------------------------------


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
        return child(sys.argv[2], sys.argv[3], sys.argv[4])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument(
        "--airs", type=int, default=1000, help="AIRS agencies to import too (0: skip)"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    airs_n = args.airs

    tmp = tempfile.TemporaryDirectory(prefix="liphub-bench-import-")
    if args.keep:
        tmp._finalizer.detach()  # type: ignore[attr-defined]  # keep the folder at exit
        print(f"Keeping {tmp.name}")
    var_dir = Path(tmp.name)
    configure(var_dir)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django_scopes import scopes_disabled

    from liphub.core.models import Partnership

    print(f"Database: {os.environ['DATABASE_URL']}")
    load = os.getloadavg()
    print(f"Load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} CPUs)")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.1f} s")
    with scopes_disabled():
        hsds_p = Partnership.objects.create(slug="hsds", name_en="HSDS LIP", name_fr="PLI HSDS")
        airs_p = Partnership.objects.create(slug="airs", name_en="AIRS LIP", name_fr="PLI AIRS")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    database = var_dir / "bench.sqlite3"
    shutil.copyfile(database, var_dir / "empty.sqlite3")  # kept as it is (to re-run by hand)
    empty = var_dir / "bare.sqlite3"
    shutil.copyfile(database, empty)

    hsds_file = var_dir / "services.json"
    started = time.perf_counter()
    write_hsds(hsds_file, args.services, args.seed)
    size = hsds_file.stat().st_size / 1e6
    print(
        f"generate {args.services:,} services ({args.services * 10:,} HSDS objects, "
        f"{size:,.0f} MB JSON): {time.perf_counter() - started:.1f} s"
    )
    results: list[tuple[str, int, dict[str, Any], dict[str, Any]]] = []
    imported = run_child("hsds", "hsds", hsds_file)
    if imported["problems"]:
        print(f"warning: {imported['problems']} problems reported")
    bare = bare_insert(database, empty, written_tables(), hsds_p.pk)
    results.append(("HSDS JSON", args.services, imported, bare))

    if airs_n > 0 and AIRS_SAMPLE.is_file():
        airs_file = var_dir / "agencies.xml"
        write_airs(airs_file, airs_n)
        print(f"generate {airs_n:,} AIRS agencies ({airs_file.stat().st_size / 1e6:,.0f} MB XML)")
        imported = run_child("airs", "airs", airs_file)
        bare = bare_insert(database, empty, written_tables(), airs_p.pk)
        results.append(("AIRS XML", airs_n, imported, bare))

    load = os.getloadavg()
    print(f"Load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n")
    header = (
        f"{'importer':<10} {'services':>9} {'wall s':>7} {'cpu s':>7} {'svc/s':>7} "
        f"{'svc/s cpu':>9} {'reindex s':>9} {'idx cpu':>7} {'cpu w/o idx':>11} {'bare s':>7} "
        f"{'bare cpu':>8} "
        f"{'bare svc/s':>10} {'ratio':>6} {'peak MB':>8} {'(+import)':>9}  target"
    )
    print(header)
    print("-" * len(header))
    failed = False
    for name, n, imp, bare in results:
        rate = n / imp["wall"]
        rate_cpu = n / imp["cpu"]
        no_index = n / max(imp["cpu"] - imp["reindex_cpu"], 1e-9)
        bare_rate = n / bare["wall"]
        peak = imp["peak_kb"] / 1024
        grown = (imp["peak_kb"] - imp["baseline_kb"]) / 1024
        verdict = "-"
        if name == "HSDS JSON":
            misses = []
            if rate < TARGET_RATE:
                misses.append(f"< {TARGET_RATE:,.0f}/s")
            if peak >= TARGET_PEAK_MB * max(1.0, n / 100_000):
                misses.append(f">= {TARGET_PEAK_MB:,.0f} MB")
            verdict = "MISSED " + ", ".join(misses) if misses else "ok"
            failed = bool(misses)
        print(
            f"{name:<10} {n:>9,} {imp['wall']:>7.1f} {imp['cpu']:>7.1f} {rate:>7,.0f} "
            f"{rate_cpu:>9,.0f} {imp['reindex_wall']:>9.1f} {imp['reindex_cpu']:>7.1f} "
            f"{no_index:>11,.0f} "
            f"{bare['wall']:>7.2f} {bare['cpu']:>8.2f} {bare_rate:>10,.0f} "
            f"{bare['wall'] / imp['wall']:>6.3f} "
            f"{peak:>8.0f} {grown:>9.0f}  {verdict}"
        )
    print(
        "\nsvc/s: services per second, wall-clock, import end to end (reindex included); "
        "svc/s cpu: per CPU second;\nreindex s / idx cpu: wall / CPU seconds in "
        "reindex_services (the search index); cpu w/o idx: services per\nCPU second without "
        "it; bare: raw executemany of the same rows (one transaction; wall and CPU seconds),\n"
        "ratio = bare / import (wall); peak MB: peak resident memory (VmHWM) of the child\n"
        "process that only imports (Python + Django included), (+import): growth over its\n"
        "peak before the import."
    )
    for name, _n, imp, bare in results:
        print(f"{name}: {bare['rows']:,} rows written; counts {json.dumps(imp['counts'])[:300]}")
    if args.keep:
        print(f"Kept {var_dir}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
