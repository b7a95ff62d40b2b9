# ruff: noqa: S608 - SQL text built from constants; every value is a bound parameter
"""The SQLite engine of the directory search: an FTS5 table over `ServiceSearchEntry`.

The table (migration 0002, rebuilt by 0004; SQLite only) is an FTS5 index of the entries'
`name_text` and `body_text` keyed by service id (rowid = service id), with a `scope` column
of tokens `s<partnership id>` (every service) and `v<partnership id>` (public services), kept
in sync by triggers on the entry and service tables. The public search is then one full-text
query with no join per match. Ranking is FTS5's bm25 with the name column weighted 10 to the
body's 1 (scope 0).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import connection
from django.db.models import QuerySet

from liphub.directory.models import Service
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


def scoped_match(query: ParsedQuery, partnership_id: int, *, public: bool) -> str:
    """The MATCH string restricted to a partnership's services (`public`: only its public
    ones) through the `scope` tokens of migration 0004; the query words match the name and
    body columns only."""
    token = f"v{int(partnership_id)}" if public else f"s{int(partnership_id)}"
    return f'scope : "{token}" AND {{name_text body_text}} : ({match_expression(query)})'


# bm25 weights per column: name, body, scope (weight 0: the scope token never adds to a score)
BM25 = f"bm25({FTS_TABLE}, %s, %s, 0.0)"


def bare_sql(query: ParsedQuery, partnership_id: int, limit: int) -> tuple[str, list[Any]]:
    """The bare FTS query of one page of the public search (no filters, no ORM, no total):
    what the benchmark compares with. It finds exactly the hits the public page shows."""
    sql = (
        f"SELECT rowid, {BM25} AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s "
        "ORDER BY score, rowid LIMIT %s"
    )
    return sql, [
        NAME_WEIGHT,
        BODY_WEIGHT,
        scoped_match(query, partnership_id, public=True),
        limit,
    ]


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
        # rowid = service id (migration 0004). The public services need no join: the scope
        # token says which services are public; other candidates (filters, a base queryset)
        # are checked with an EXISTS on each match.
        where = f"{FTS_TABLE} MATCH %s"
        params: list[Any] = [scoped_match(query, partnership_id, public=not narrowed)]
        if narrowed:
            condition, condition_params = candidate_condition(candidates, f"{FTS_TABLE}.rowid")
            where += f" AND {condition}"
            params.extend(condition_params)
        with connection.cursor() as cursor:
            # One page by bm25 (a top-N sort: cheaper than ranking every match to count them
            # with a window function), then the total by a count of the matches, which needs
            # no ranking at all.
            cursor.execute(
                f"SELECT rowid, {BM25} AS score FROM {FTS_TABLE} WHERE {where} "
                "ORDER BY score, rowid LIMIT %s OFFSET %s",
                [NAME_WEIGHT, BODY_WEIGHT, *params, limit, offset],
            )
            rows = cursor.fetchall()
            if offset == 0 and len(rows) < limit:
                total = len(rows)  # the whole result fits on the first page
            else:
                cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {where}", params)
                total = int(cursor.fetchone()[0])
        # bm25 is lower-is-better (negative); report higher-is-better
        return RankedPage(total=total, scores=[(int(r[0]), -float(r[1])) for r in rows])

    def refresh(self, *, partnership_id: int, service_ids: Iterable[int] | None) -> None:
        """Nothing to do: the triggers of migration 0004 keep the FTS table in sync."""
