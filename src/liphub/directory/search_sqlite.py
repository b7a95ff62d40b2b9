# ruff: noqa: S608 - SQL text built from constants; every value is a bound parameter
"""The SQLite engine of the directory search: an FTS5 table over `ServiceSearchEntry`.

The table (created by migration 0002 on SQLite only) is an external-content FTS5 index of the
entries' `name_text` and `body_text` (rowid = entry id), kept in sync by triggers on the
entry table. Ranking is FTS5's bm25 with the name column weighted 10 to the body's 1.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import connection
from django.db.models import QuerySet

from liphub.directory.models import Service, ServiceStatus
from liphub.directory.search_rankers import RankedPage, candidate_condition
from liphub.directory.search_text import ParsedQuery

FTS_TABLE = "directory_search_fts"
NAME_WEIGHT = 10.0
BODY_WEIGHT = 1.0


def match_expression(query: ParsedQuery) -> str:
    """The FTS5 MATCH string: clauses AND-ed, alternatives OR-ed, word forms OR-ed.

    Words are plain `[a-z0-9]+` after normalisation, quoted so none reads as an operator.
    """

    def word(word_forms: tuple[str, ...]) -> str:
        inner = " OR ".join(f'"{f}"' for f in word_forms)
        return f"({inner})" if len(word_forms) > 1 else inner

    clauses = []
    for alternatives in query.clauses:
        alts = [" AND ".join(word(w) for w in alt) for alt in alternatives]
        clauses.append("(" + " OR ".join(f"({a})" for a in alts) + ")")
    return " AND ".join(clauses)


def bare_sql(query: ParsedQuery, partnership_id: int, limit: int) -> tuple[str, list[Any]]:
    """The bare FTS query of one page (no filters, no ORM): what the benchmark compares with."""
    sql = (
        f"SELECT e.service_id, bm25({FTS_TABLE}, %s, %s) AS score "
        f"FROM {FTS_TABLE} JOIN directory_servicesearchentry e ON e.id = {FTS_TABLE}.rowid "
        f"WHERE {FTS_TABLE} MATCH %s AND e.partnership_id = %s "
        "ORDER BY score LIMIT %s"
    )
    return sql, [NAME_WEIGHT, BODY_WEIGHT, match_expression(query), partnership_id, limit]


PUBLIC_JOIN = "JOIN directory_service s ON s.id = e.service_id AND s.is_approved AND s.status = %s"


class SqliteFtsRanker:
    name = "sqlite-fts5"

    def rank(
        self,
        *,
        partnership_id: int,
        query: ParsedQuery,
        candidates: QuerySet[Service],
        limit: int,
        offset: int,
        narrowed: bool = True,
    ) -> RankedPage:
        source = f"{FTS_TABLE} JOIN directory_servicesearchentry e ON e.id = {FTS_TABLE}.rowid"
        where = f"{FTS_TABLE} MATCH %s AND e.partnership_id = %s"
        params: list[Any] = []
        if narrowed:
            condition, condition_params = candidate_condition(candidates, "e.service_id")
            where += f" AND {condition}"
            params = [match_expression(query), partnership_id, *condition_params]
        else:  # the public services: a join is cheaper than a correlated EXISTS
            source += f" {PUBLIC_JOIN}"
            params = [ServiceStatus.ACTIVE.value, match_expression(query), partnership_id]
        with connection.cursor() as cursor:
            # bm25() cannot sit beside a window function: rank in a subquery, count outside
            cursor.execute(
                "SELECT service_id, score, count(*) OVER () FROM ("
                f"SELECT e.service_id AS service_id, bm25({FTS_TABLE}, %s, %s) AS score "
                f"FROM {source} WHERE {where}"
                ") ORDER BY score, service_id LIMIT %s OFFSET %s",
                [NAME_WEIGHT, BODY_WEIGHT, *params, limit, offset],
            )
            rows = cursor.fetchall()
            if rows:
                total = int(rows[0][2])
            else:  # a page past the end: count alone
                cursor.execute(f"SELECT count(*) FROM {source} WHERE {where}", params)
                total = int(cursor.fetchone()[0])
        # bm25 is lower-is-better (negative); report higher-is-better
        return RankedPage(total=total, scores=[(int(r[0]), -float(r[1])) for r in rows])

    def refresh(self, *, partnership_id: int, service_ids: Iterable[int] | None) -> None:
        """Nothing to do: the triggers of migration 0002 keep the FTS table in sync."""
