"""Benchmark: the coordinator dashboard, the annual report page and the network view, at scale.

Builds a fresh SQLite file database in a temporary folder, generates a partnership with 500
activities, 2,000 indicators and 20,000 measurements in a network of 100 more partnerships
(`liphub generate`), then times each page through the whole Django stack (test client,
signed in; median and 95th percentile after warm-up) beside the bare SQL aggregation of the
same figures (raw cursor queries, same process, same data).

    .venv/bin/python bench/bench_reports.py [--runs 30] [--profile network]

Not part of the test suite. Targets (issue 3): each page under 300 ms server time on SQLite,
and within 3x of its bare SQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_MS = 300.0
TARGET_RATIO = 3.0


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


# --- Timing ------------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


Timings = tuple[list[float], list[float]]


def time_pair(
    page: Callable[[], Any], bare: Callable[[], Any], *, runs: int, warmup: int
) -> tuple[Timings, Timings]:
    """Wall-clock and CPU milliseconds of each run of the page and of its bare SQL, taken in
    turn (page, bare, page, bare...): on a shared machine whose speed drifts from second to
    second, both then run under the same conditions and their ratio is steady."""
    for _ in range(warmup):
        page()
        bare()
    timings: tuple[Timings, Timings] = (([], []), ([], []))
    for _ in range(runs):
        for run, (wall, cpu) in ((page, timings[0]), (bare, timings[1])):
            started, started_cpu = time.perf_counter(), time.process_time()
            run()
            cpu.append((time.process_time() - started_cpu) * 1000)
            wall.append((time.perf_counter() - started) * 1000)
    return timings


def time_it(run: Callable[[], Any], *, runs: int, warmup: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run (CPU time is steadier on a busy machine)."""
    for _ in range(warmup):
        run()
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        run()
        cpu.append((time.process_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    return wall, cpu


# --- Bare SQL: the same figures, straight from the database ------------------------------------


def _all(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def bare_dashboard(partnership_id: int, plan_id: int, today: dt.date) -> int:
    """The figures the dashboard shows: activities by priority area (on track / late / done /
    cancelled) and how many end in the next 30 days; per area, the indicators with a target
    at or above it, below it and not measured yet (latest measurement of each); the 10
    indicators furthest below target with their measurements (the sparklines, whose last
    date is the latest); the overdue follow-ups (count and the 10 oldest); the 10 next end
    dates; the plan quality counts (the targets not measured yet are the figure above)."""
    from django.utils import timezone

    horizon = today + dt.timedelta(days=30)
    [(stale_days,)] = _all(
        "SELECT stale_after_days FROM actions_actionplan WHERE id = %s", [plan_id]
    )
    limit = today - dt.timedelta(days=stale_days)
    limit_at = timezone.make_aware(dt.datetime.combine(limit, dt.time.min)).astimezone(dt.UTC)
    rows = _all(
        """
        SELECT g.priority_area_id, COUNT(*),
               SUM(a.status = 'completed'),
               SUM(a.status = 'cancelled'),
               SUM(a.status = 'delayed' OR (a.status NOT IN ('completed', 'cancelled')
                   AND a.end_date < %s)),
               SUM(a.status NOT IN ('completed', 'cancelled') AND a.end_date BETWEEN %s AND %s)
        FROM actions_activity a LEFT JOIN strategy_goal g ON g.id = a.goal_id
        WHERE a.partnership_id = %s AND a.plan_id = %s
        GROUP BY g.priority_area_id
        """,
        [today, today, horizon, partnership_id, plan_id],
    )
    latest = """
        SELECT i.id, i.name_en, i.unit, i.target, a.title_en, g.priority_area_id AS area,
               (SELECT m.value FROM actions_measurement m WHERE m.indicator_id = i.id
                ORDER BY m.date DESC, m.id DESC LIMIT 1) AS value
        FROM actions_indicator i JOIN actions_activity a ON a.id = i.activity_id
        LEFT JOIN strategy_goal g ON g.id = a.goal_id
        WHERE i.partnership_id = %s AND a.plan_id = %s AND i.target IS NOT NULL
          AND a.status <> 'cancelled'
    """
    # per area and state (1 at or above target, 0 below, -1 not measured; the "not measured"
    # total is also the quality check's count): one lookup of the latest measurement per
    # indicator (a CTE with SUM(value >= target), SUM(value IS NULL)... is flattened by
    # SQLite into one lookup per SUM, twice as slow)
    rows += _all(
        f"""
        SELECT area, COALESCE(value >= target, -1), COUNT(*) FROM ({latest})
        GROUP BY 1, 2
        """,  # noqa: S608 - constant SQL text, values bound as parameters
        [partnership_id, plan_id],
    )
    furthest = _all(
        f"""
        WITH latest AS ({latest})
        SELECT l.id, l.name_en, l.unit, l.target, l.title_en, l.value
        FROM latest l WHERE l.value < l.target
        ORDER BY CAST(l.value AS REAL) / NULLIF(CAST(l.target AS REAL), 0), l.id LIMIT 10
        """,  # noqa: S608 - constant SQL text, values bound as parameters
        [partnership_id, plan_id],
    )
    rows += furthest
    ids = [row[0] for row in furthest] or [0]
    rows += _all(
        f"""
        SELECT indicator_id, value, date FROM actions_measurement
        WHERE indicator_id IN ({", ".join(["%s"] * len(ids))})
        ORDER BY indicator_id, date, id
        """,  # noqa: S608 - placeholders only, values bound as parameters
        ids,
    )
    rows += _all(
        """
        SELECT pa.id, pa.name_en, pa.name_fr, pa."order" FROM strategy_priorityarea pa
        WHERE pa.id IN (SELECT g.priority_area_id FROM actions_activity a
                        JOIN strategy_goal g ON g.id = a.goal_id WHERE a.plan_id = %s)
        """,
        [plan_id],
    )
    rows += _all(
        """
        SELECT COUNT(*) FROM meetings_followup
        WHERE partnership_id = %s AND status = 'open' AND due_date < %s
        """,
        [partnership_id, today],
    )
    rows += _all(
        """
        SELECT f.id, f.description_en, f.due_date, m.title_en, p.full_name
        FROM meetings_followup f JOIN meetings_meeting m ON m.id = f.meeting_id
        LEFT JOIN partnerships_person p ON p.id = f.owner_id
        WHERE f.partnership_id = %s AND f.status = 'open' AND f.due_date < %s
        ORDER BY f.due_date, f.id LIMIT 10
        """,
        [partnership_id, today],
    )
    rows += _all(
        """
        SELECT id, title_en, end_date, status FROM actions_activity
        WHERE partnership_id = %s AND plan_id = %s AND end_date BETWEEN %s AND %s
          AND status NOT IN ('completed', 'cancelled')
        ORDER BY end_date, id LIMIT 10
        """,
        [partnership_id, plan_id, today, horizon],
    )
    rows += _all(
        """
        SELECT SUM(a.lead_organization_id IS NULL),
               SUM(NOT EXISTS (SELECT 1 FROM actions_indicator i WHERE i.activity_id = a.id)),
               SUM(a.status IN ('planned', 'in_progress', 'delayed') AND a.end_date IS NULL),
               SUM(a.status IN ('planned', 'in_progress', 'delayed') AND a.end_date < %s),
               SUM(a.status IN ('planned', 'in_progress', 'delayed')
                   AND (a.last_progress_at < %s
                        OR (a.last_progress_at IS NULL AND a.start_date < %s)))
        FROM actions_activity a
        WHERE a.partnership_id = %s AND a.plan_id = %s AND a.status <> 'cancelled'
        """,
        [today, limit_at.strftime("%Y-%m-%d %H:%M:%S"), limit, partnership_id, plan_id],
    )
    return len(rows)


def bare_annual_report(partnership_id: int, year: int) -> int:
    """Exactly the figures the annual report page shows: membership by sector (and the
    partners with no sector, all partners), seats by body and role, meetings and attendance,
    the plan's priority areas and its activities by area and status (and the list), the
    indicator results per priority area and overall (latest measurement of the year against
    the target: with a target, at or above, below, not measured, average share of target),
    contributions (totals, by source, by sector), success stories, the submitted versions."""
    start, end = dt.date(year, 4, 1), dt.date(year + 1, 3, 31)
    active = "(p.since IS NULL OR p.since <= %s) AND (p.until IS NULL OR p.until >= %s)"
    rows = _all(
        f"""
        SELECT sec.id, sec.code, sec.name_en, sec.is_key, COUNT(DISTINCT p.id)
        FROM partnerships_sector sec
        LEFT JOIN partnerships_partner_sectors ps ON ps.sector_id = sec.id
        LEFT JOIN partnerships_partner p ON p.id = ps.partner_id AND p.partnership_id = %s
          AND {active}
        GROUP BY sec.id ORDER BY sec."order", sec.code
        """,  # noqa: S608 - constant SQL text, values bound as parameters
        [partnership_id, end, start],
    )
    rows += _all(
        f"""
        SELECT COUNT(DISTINCT p.id),
               COUNT(DISTINCT CASE WHEN ps.id IS NULL THEN p.id END)
        FROM partnerships_partner p
        LEFT JOIN partnerships_partner_sectors ps ON ps.partner_id = p.id
        WHERE p.partnership_id = %s AND {active}
        """,  # noqa: S608 - constant SQL text, values bound as parameters
        [partnership_id, end, start],
    )
    rows += _all(
        """
        SELECT b.id, b.name_en, b.kind, b.is_active, COUNT(s.id), SUM(s.role = 'chair'),
               SUM(s.role = 'co_chair'), SUM(s.role = 'member'), SUM(s.role = 'ex_officio'),
               SUM(s.is_immigrant_representative), SUM(s.is_francophone OR o.is_francophone)
        FROM partnerships_body b LEFT JOIN partnerships_seat s ON s.body_id = b.id
          AND (s.term_start IS NULL OR s.term_start <= %s)
          AND (s.term_end IS NULL OR s.term_end >= %s)
        LEFT JOIN partnerships_organization o ON o.id = s.organization_id
        WHERE b.partnership_id = %s GROUP BY b.id ORDER BY b.kind, b.name_en, b.id
        """,
        [end, start, partnership_id],
    )
    rows += _all(
        """
        SELECT m.body_id, COUNT(DISTINCT m.id), SUM(at.status = 'present'),
               SUM(at.status = 'regrets'), SUM(at.status = 'absent')
        FROM meetings_meeting m LEFT JOIN meetings_attendance at ON at.meeting_id = m.id
        WHERE m.partnership_id = %s AND m.starts_at >= %s AND m.starts_at < %s
        GROUP BY m.body_id
        """,
        [partnership_id, start.isoformat(), (end + dt.timedelta(days=1)).isoformat()],
    )
    rows += _all(
        """
        SELECT pa.id, pa.name_en, pa.name_fr FROM actions_actionplan pl
        JOIN strategy_priorityarea pa ON pa.strategy_id = pl.strategy_id
        WHERE pl.partnership_id = %s AND pl.fiscal_year = %s ORDER BY pa."order", pa.id
        """,
        [partnership_id, year],
    )
    rows += _all(
        """
        SELECT g.priority_area_id, a.status, COUNT(*) FROM actions_activity a
        JOIN actions_actionplan pl ON pl.id = a.plan_id
        LEFT JOIN strategy_goal g ON g.id = a.goal_id
        WHERE a.partnership_id = %s AND pl.fiscal_year = %s
        GROUP BY g.priority_area_id, a.status
        """,
        [partnership_id, year],
    )
    rows += _all(
        """
        SELECT a.id, a.title_en, a.status, a.start_date, a.end_date, pa.name_en, o.name_en
        FROM actions_activity a JOIN actions_actionplan pl ON pl.id = a.plan_id
        LEFT JOIN strategy_goal g ON g.id = a.goal_id
        LEFT JOIN strategy_priorityarea pa ON pa.id = g.priority_area_id
        LEFT JOIN partnerships_organization o ON o.id = a.lead_organization_id
        WHERE a.partnership_id = %s AND pl.fiscal_year = %s
        ORDER BY pa.strategy_id, pa."order", pa.id, a.start_date, a.id
        """,
        [partnership_id, year],
    )
    # the latest measurement of the year of each indicator, looked up once (MATERIALIZED),
    # then counted per priority area and for all areas
    figures = """COUNT(*), COUNT(target), SUM(value >= target), SUM(value < target),
        SUM(target IS NOT NULL AND value IS NULL),
        AVG(CASE WHEN target <> 0 THEN value * 100.0 / target END)"""
    rows += _all(
        f"""
        WITH results (area_id, target, value) AS MATERIALIZED (
            SELECT g.priority_area_id, i.target,
                   (SELECT m.value FROM actions_measurement m WHERE m.indicator_id = i.id
                      AND m.date BETWEEN %s AND %s ORDER BY m.date DESC, m.id DESC LIMIT 1)
            FROM actions_indicator i JOIN actions_activity a ON a.id = i.activity_id
            JOIN actions_actionplan pl ON pl.id = a.plan_id
            LEFT JOIN strategy_goal g ON g.id = a.goal_id
            WHERE i.partnership_id = %s AND pl.fiscal_year = %s)
        SELECT area_id, {figures} FROM results GROUP BY area_id
        UNION ALL SELECT NULL, {figures} FROM results
        """,  # noqa: S608 - constant SQL text, values bound as parameters
        [start, end, partnership_id, year],
    )
    rows += _all(
        """
        SELECT COUNT(*), SUM(CASE WHEN kind = 'cash' THEN amount END),
               SUM(CASE WHEN kind = 'in_kind' THEN amount END)
        FROM resources_contribution WHERE partnership_id = %s AND fiscal_year = %s
        """,
        [partnership_id, year],
    )
    rows += _all(
        """
        SELECT c.source_organization_id, o.name_en, c.source_name,
               SUM(CASE WHEN c.kind = 'cash' THEN c.amount END),
               SUM(CASE WHEN c.kind = 'in_kind' THEN c.amount END)
        FROM resources_contribution c
        LEFT JOIN partnerships_organization o ON o.id = c.source_organization_id
        WHERE c.partnership_id = %s AND c.fiscal_year = %s
        GROUP BY c.source_organization_id, c.source_name
        """,
        [partnership_id, year],
    )
    rows += _all(
        """
        SELECT sec.code, sec.name_en, SUM(CASE WHEN c.kind = 'cash' THEN c.amount END),
               SUM(CASE WHEN c.kind = 'in_kind' THEN c.amount END)
        FROM resources_contribution c
        LEFT JOIN partnerships_partner p ON p.organization_id = c.source_organization_id
        LEFT JOIN partnerships_partner_sectors ps ON ps.partner_id = p.id
        LEFT JOIN partnerships_sector sec ON sec.id = ps.sector_id
        WHERE c.partnership_id = %s AND c.fiscal_year = %s GROUP BY sec.code
        """,
        [partnership_id, year],
    )
    rows += _all(
        """
        SELECT s.id, s.title_en, s.text_en, s.activity_id, a.title_en
        FROM actions_successstory s LEFT JOIN actions_activity a ON a.id = s.activity_id
        WHERE s.partnership_id = %s AND s.fiscal_year = %s ORDER BY s.id
        """,
        [partnership_id, year],
    )
    rows += _all(
        """
        SELECT id, number, submitted_at FROM reports_submittedreport
        WHERE partnership_id = %s AND fiscal_year = %s ORDER BY number DESC
        """,
        [partnership_id, year],
    )
    return len(rows)


def bare_network(network_id: int, year: int, today: dt.date) -> int:
    """Key sectors at each partnership's table, contributions, activities by theme and
    status, reports submitted: every partnership of the network at once; the key sectors and
    the years with data."""
    rows = _all(
        """
        SELECT s.partnership_id, ps.sector_id, COUNT(s.id)
        FROM core_partnership_networks n
        JOIN partnerships_seat s ON s.partnership_id = n.partnership_id
        JOIN partnerships_body b ON b.id = s.body_id
        JOIN partnerships_partner p ON p.organization_id = s.organization_id
        JOIN partnerships_partner_sectors ps ON ps.partner_id = p.id
        JOIN partnerships_sector sec ON sec.id = ps.sector_id AND sec.is_key
        WHERE n.network_id = %s AND b.is_active
          AND (s.term_start IS NULL OR s.term_start <= %s)
          AND (s.term_end IS NULL OR s.term_end >= %s)
          AND (p.since IS NULL OR p.since <= %s) AND (p.until IS NULL OR p.until >= %s)
        GROUP BY s.partnership_id, ps.sector_id
        """,
        [network_id, today, today, today, today],
    )
    rows += _all(
        """
        SELECT c.partnership_id, c.kind, SUM(c.amount) FROM core_partnership_networks n
        JOIN resources_contribution c ON c.partnership_id = n.partnership_id
        WHERE n.network_id = %s AND c.fiscal_year = %s
        GROUP BY c.partnership_id, c.kind
        """,
        [network_id, year],
    )
    rows += _all(
        """
        SELECT a.partnership_id, pa.code, pa.name_en, pa.name_fr, a.status, COUNT(a.id)
        FROM core_partnership_networks n
        JOIN actions_activity a ON a.partnership_id = n.partnership_id
        JOIN actions_actionplan pl ON pl.id = a.plan_id
        LEFT JOIN strategy_goal g ON g.id = a.goal_id
        LEFT JOIN strategy_priorityarea pa ON pa.id = g.priority_area_id
        WHERE n.network_id = %s AND pl.fiscal_year = %s
        GROUP BY a.partnership_id, pa.code, pa.name_en, pa.name_fr, a.status
        """,
        [network_id, year],
    )
    rows += _all(
        """
        SELECT r.partnership_id, MAX(r.number), MAX(r.submitted_at), COUNT(*)
        FROM core_partnership_networks n
        JOIN reports_submittedreport r ON r.partnership_id = n.partnership_id
        WHERE n.network_id = %s AND r.fiscal_year = %s GROUP BY r.partnership_id
        """,
        [network_id, year],
    )
    rows += _all(
        "SELECT p.id, p.slug, p.name_en, p.name_fr FROM core_partnership p "
        "JOIN core_partnership_networks n ON n.partnership_id = p.id WHERE n.network_id = %s",
        [network_id],
    )
    # the page also shows the key sectors (a column each, with those no partnership seats)
    # and the fiscal years with data (its year menu)
    rows += _all(
        'SELECT id, name_en, name_fr FROM partnerships_sector WHERE is_key ORDER BY "order", code',
        [],
    )
    rows += _all(
        """
        SELECT pl.fiscal_year FROM core_partnership_networks n
        JOIN actions_actionplan pl ON pl.partnership_id = n.partnership_id
        WHERE n.network_id = %s
        UNION SELECT c.fiscal_year FROM core_partnership_networks n
        JOIN resources_contribution c ON c.partnership_id = n.partnership_id
        WHERE n.network_id = %s
        UNION SELECT r.fiscal_year FROM core_partnership_networks n
        JOIN reports_submittedreport r ON r.partnership_id = n.partnership_id
        WHERE n.network_id = %s
        """,
        [network_id, network_id, network_id],
    )
    return len(rows)


# --- Main --------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--activities", type=int, default=500)
    parser.add_argument("--indicators", type=int, default=2000)
    parser.add_argument("--measurements", type=int, default=20000)
    parser.add_argument("--partnerships", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--profile",
        choices=["dashboard", "annual", "network", "floor"],
        help="print a pyinstrument profile of one page (pip install pyinstrument)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    parser.add_argument(
        "--reuse",
        metavar="DIR",
        type=Path,
        help="time again on the database a --keep run left in DIR (migrates, skips generating)",
    )
    args = parser.parse_args()

    if args.reuse:
        var_dir = args.reuse.resolve()
        if not (var_dir / "bench.sqlite3").exists():
            parser.error(f"no bench.sqlite3 in {var_dir}")
    else:
        tmp = tempfile.TemporaryDirectory(prefix="liphub-bench-")
        var_dir = Path(tmp.name)
        if args.keep:
            tmp._finalizer.detach()  # type: ignore[attr-defined]  # keep the folder at exit
    configure(var_dir)

    # the application as a web server worker loads it (liphub.wsgi: Django set up, the URL
    # configuration and the chart engine loaded, the loaded objects frozen for the collector)
    from django.core.management import call_command
    from django.test import Client
    from django.urls import NoReverseMatch, reverse
    from django.utils import timezone
    from django_scopes import scopes_disabled

    import liphub.wsgi  # noqa: F401
    from liphub.accounts.models import Membership, NetworkAnalyst, User
    from liphub.actions.models import ActionPlan
    from liphub.core.fiscal import fiscal_year_label, fiscal_year_of
    from liphub.core.models import Network, Partnership

    print(f"Database: {os.environ['DATABASE_URL']}")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.1f} s")
    year = fiscal_year_of(timezone.localdate())
    if not args.reuse:
        started = time.perf_counter()
        call_command(
            "generate",
            partnership="big",
            activities=args.activities,
            indicators=args.indicators,
            measurements=args.measurements,
            network="synthetic",
            partnerships=args.partnerships,
            year=fiscal_year_label(year),
            seed=args.seed,
        )
        print(f"generate: {time.perf_counter() - started:.1f} s")

    with scopes_disabled():
        big = Partnership.objects.get(slug="big")
        network = Network.objects.get(slug="synthetic")
        plan = ActionPlan.objects.get(partnership=big, fiscal_year=year)
        if args.reuse:
            coordinator = User.objects.get(email="coordinator@bench.example")
            analyst = User.objects.get(email="analyst@bench.example")
        else:
            coordinator = User.objects.create_user(email="coordinator@bench.example", password="x")
            Membership.objects.create(user=coordinator, partnership=big, role="coordinator")
            analyst = User.objects.create_user(email="analyst@bench.example", password="x")
            NetworkAnalyst.objects.create(user=analyst, network=network)

    coordinator_client, analyst_client = Client(), Client()
    coordinator_client.force_login(coordinator)
    analyst_client.force_login(analyst)

    label = fiscal_year_label(year)
    try:
        annual_url = reverse("reports:annual", args=["big", label])
    except NoReverseMatch:
        annual_url = reverse("reports:report_list", args=["big"])
    today = timezone.localdate()
    pages: list[tuple[str, Client, str, Callable[[], int]]] = [
        (
            "Coordinator dashboard",
            coordinator_client,
            reverse("actions:dashboard", args=["big"]) + f"?year={label}",
            lambda: bare_dashboard(big.pk, plan.pk, today),
        ),
        (
            "Annual report page",
            coordinator_client,
            annual_url,
            lambda: bare_annual_report(big.pk, year),
        ),
        (
            "Network view",
            analyst_client,
            reverse("network:overview", args=["synthetic"]) + f"?year={year}",
            lambda: bare_network(network.pk, year, today),
        ),
    ]
    # the network view's tabs: a topic's table for every partnership, from the same figures
    pages += [
        (
            f"  tab: {section}",
            analyst_client,
            reverse("network:section", args=["synthetic", section]) + f"?year={year}",
            lambda: bare_network(network.pk, year, today),
        )
        for section in ("representation", "contributions", "activities", "reports")
    ]

    floor_url = reverse("accounts:tokens")

    if args.profile:
        from pyinstrument import Profiler

        pages = [*pages[:3], ("Stack floor", analyst_client, floor_url, lambda: 0)]
        name = {"dashboard": 0, "annual": 1, "network": 2, "floor": 3}[args.profile]
        _title, client, url, _bare = pages[name]
        client.get(url)
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(args.runs):
            client.get(url)
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return 0

    load_before = os.getloadavg()
    results = []
    for title, client, url, bare in pages:
        response = client.get(url)
        if response.status_code != 200:
            print(f"{title}: {url} answered {response.status_code}", file=sys.stderr)
            return 1
        size = len(response.content)
        (page_ms, page_cpu), (bare_ms, bare_cpu) = time_pair(
            lambda c=client, u=url: c.get(u), bare, runs=args.runs, warmup=args.warmup
        )
        results.append(
            (
                title,
                url,
                size,
                page_ms,
                statistics.median(page_cpu),
                statistics.median(bare_ms),
                statistics.median(bare_cpu),
            )
        )

    analyst_client.get(floor_url)
    floor_wall, floor_cpu = time_it(
        lambda: analyst_client.get(floor_url), runs=args.runs, warmup=args.warmup
    )

    print()
    print(
        f"{args.activities} activities, {args.indicators} indicators, "
        f"{args.measurements} measurements; network of {args.partnerships + 1} partnerships; "
        f"{args.runs} runs after {args.warmup} warm-up, SQLite, DEBUG off"
    )
    header = (
        f"| {'page':<22} | {'p50 ms':>7} | {'p95 ms':>7} | {'bare SQL ms':>11} | "
        f"{'page/bare':>9} | {'target':<16} | {'met':<3} | {'CPU p50 ms':>10} | "
        f"{'bare CPU ms':>11} | {'CPU ratio':>9} |"
    )
    print(header)
    print("|" + "|".join("-" * len(part) for part in header.split("|")[1:-1]) + "|")
    failed = False
    for title, _url, _size, page_ms, page_cpu, bare, bare_cpu in results:
        p50, p95 = statistics.median(page_ms), percentile(page_ms, 0.95)
        ratio = p50 / bare if bare else float("inf")
        cpu_ratio = page_cpu / bare_cpu if bare_cpu else float("inf")
        met = p50 < TARGET_MS and ratio <= TARGET_RATIO
        failed |= not met
        print(
            f"| {title:<22} | {p50:>7.1f} | {p95:>7.1f} | {bare:>11.1f} | {ratio:>8.1f}x | "
            f"{'<300 ms, <=3x':<16} | {'yes' if met else 'NO':<3} | {page_cpu:>10.1f} | "
            f"{bare_cpu:>11.1f} | {cpu_ratio:>8.1f}x |"
        )
    print(
        f"Stack floor (the API tokens page: session, auth, middleware, base template): "
        f"p50 {statistics.median(floor_wall):.1f} ms, CPU p50 {statistics.median(floor_cpu):.1f} ms"
    )
    load_after = os.getloadavg()
    print(
        "Load average (1, 5, 15 min) before: "
        + ", ".join(f"{value:.2f}" for value in load_before)
        + "; after: "
        + ", ".join(f"{value:.2f}" for value in load_after)
        + f" ({os.cpu_count()} CPUs: on a busy machine compare the CPU columns)"
    )
    print()
    for title, url, size, *_figures in results:
        print(f"{title}: {url} ({size // 1024} KiB of HTML)")
    if args.keep:
        print(f"Database kept in {var_dir}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
