# ruff: noqa: S608 - SQL text built from constants; every value is a bound parameter
"""The PostgreSQL engine of the directory search: full-text search over `ServiceSearchEntry`.

The searched vector is `name_text` with weight A and `body_text` with weight B, with the
`simple` configuration (the text is already folded and stemmed in Python); migration 0002
puts a GIN index on exactly that expression. Ranking follows the shared tiers
(`search_rankers.TIERS`; a name match is a match of the query's words restricted to weight A,
`'word':A`); within a tier of at most `RELEVANCE_TIER_MAX` matches by `ts_rank_cd` (A = 1.0,
B = 0.4, divided by 1 + the log of the text's length), else newest first (highest service
id), as on SQLite. Both engines report the tier as the score (4 = best).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import connection
from django.db.models import QuerySet

from liphub.directory.models import Service
from liphub.directory.search_rankers import (
    RELEVANCE_TIER_MAX,
    TIERS,
    RankedPage,
    candidate_condition,
    own_words,
)
from liphub.directory.search_text import ParsedQuery

GIN_INDEX = "directory_search_tsv_gin"
TSVECTOR = (
    "setweight(to_tsvector('simple'::regconfig, name_text), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, body_text), 'B')"
)
WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"  # D, C, B (body), A (name)


def tsquery(query: ParsedQuery, *, weights: str = "") -> str:
    """The `to_tsquery('simple', ...)` text: clauses &-ed, alternatives |-ed, forms |-ed;
    `weights` ("A": the name only) restricts every word to lexemes of those weights."""
    label = f":{weights}" if weights else ""

    def word(word_forms: tuple[str, ...]) -> str:
        inner = " | ".join(f"'{f}'{label}" for f in word_forms)
        return f"({inner})" if len(word_forms) > 1 else inner

    clauses = []
    for alternatives in query.clauses:
        alts = [" & ".join(word(w) for w in alt) for alt in alternatives]
        clauses.append("(" + " | ".join(f"({a})" for a in alts) + ")")
    return " & ".join(clauses)


def bare_sql(query: ParsedQuery, partnership_id: int, limit: int) -> tuple[str, list[Any]]:
    sql = (
        f"SELECT e.service_id, ts_rank_cd(%s::real[], {TSVECTOR}, q) AS score "
        "FROM directory_servicesearchentry e, to_tsquery('simple'::regconfig, %s) q "
        f"WHERE ({TSVECTOR}) @@ q AND e.partnership_id = %s ORDER BY score DESC LIMIT %s"
    )
    return sql, [WEIGHTS, tsquery(query), partnership_id, limit]


class PostgresRanker:
    name = "postgres-fts"

    def rank(
        self,
        *,
        partnership_id: int,
        query: ParsedQuery,
        candidates: QuerySet[Service],
        limit: int,
        offset: int,
        narrowed: bool = True,
        max_total: int | None = None,
    ) -> RankedPage:
        condition, condition_params = candidate_condition(candidates, "e.service_id")
        # the tier of a match (search_rankers.TIERS): 0 own words in the name, 1 every word
        # in the name (synonyms too), 2 own words anywhere, 3 anywhere
        # within a tier of at most RELEVANCE_TIER_MAX matches, by ts_rank_cd; else newest
        # first, as on SQLite
        sql = (
            "SELECT service_id, count(*) OVER (), tier FROM ("
            "SELECT e.service_id, "
            f"CASE WHEN ({TSVECTOR}) @@ q_own_name THEN 0 WHEN ({TSVECTOR}) @@ q_name THEN 1 "
            f"WHEN ({TSVECTOR}) @@ q_own THEN 2 ELSE 3 END AS tier, "
            f"ts_rank_cd(%s::real[], {TSVECTOR}, q, 1) AS relevance "
            "FROM directory_servicesearchentry e, to_tsquery('simple'::regconfig, %s) q, "
            "to_tsquery('simple'::regconfig, %s) q_own_name, "
            "to_tsquery('simple'::regconfig, %s) q_name, "
            "to_tsquery('simple'::regconfig, %s) q_own "
            f"WHERE ({TSVECTOR}) @@ q AND e.partnership_id = %s AND {condition}"
            ") matches ORDER BY tier, "
            "CASE WHEN count(*) OVER (PARTITION BY tier) <= %s THEN relevance ELSE 0 END DESC, "
            "service_id DESC LIMIT %s OFFSET %s"
        )
        match, own = tsquery(query), own_words(query)
        params: list[Any] = [
            WEIGHTS,
            match,
            tsquery(own, weights="A"),
            tsquery(query, weights="A"),
            tsquery(own),
            partnership_id,
            *condition_params,
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, RELEVANCE_TIER_MAX, limit, offset])
            rows = cursor.fetchall()
            if rows:
                total = int(rows[0][1])
            else:
                cursor.execute(
                    "SELECT count(*) FROM directory_servicesearchentry e, "
                    "to_tsquery('simple'::regconfig, %s) q "
                    f"WHERE ({TSVECTOR}) @@ q AND e.partnership_id = %s AND {condition}",
                    [match, partnership_id, *condition_params],
                )
                total = int(cursor.fetchone()[0])
        tiers = len(TIERS)
        return RankedPage(total=total, scores=[(int(r[0]), float(tiers - r[2])) for r in rows])

    def refresh(self, *, partnership_id: int, service_ids: Iterable[int] | None) -> None:
        """Nothing to do: the GIN index is on an expression of the entry's own columns."""
