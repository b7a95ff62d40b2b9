# ruff: noqa: S608 - SQL text built from constants; every value is a bound parameter
"""The SQLite engine of the directory search: an FTS5 table over `ServiceSearchEntry`.

The table (migration 0002, rebuilt by 0004; SQLite only) is an FTS5 index of the entries'
`name_text` and `body_text` keyed by service id (rowid = service id), with a `scope` column
of tokens `s<partnership id>` (every service) and `v<partnership id>` (public services), kept
in sync by triggers on the entry and service tables. The public search is then one full-text
query per tier with no join per match.

Ranking is tiered (`search_rankers.TIERS`): the query's own words in the name, every word in
the name (synonyms too), the own words anywhere, every match. Within a tier of at most
`RELEVANCE_TIER_MAX` matches, by bm25 (name 10 : body 1, scope 0), then newest first; a larger
tier, newest first (highest rowid), walked in rowid order and stopped at the end of the page,
so a page never scores or sorts more than `RELEVANCE_TIER_MAX` matches per tier, whatever
their number. bm25 over every match is `bare_sql`, the benchmark's yardstick.
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

FTS_TABLE = "directory_search_fts"
NAME_WEIGHT = 10.0
BODY_WEIGHT = 1.0
NAME = "{name_text}"
TEXT = "{name_text body_text}"


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


def scope_token(partnership_id: int, *, public: bool) -> str:
    """`v<id>` (the partnership's public services) or `s<id>` (all its services)."""
    return f"v{int(partnership_id)}" if public else f"s{int(partnership_id)}"


def scoped_match(query: ParsedQuery, partnership_id: int, *, public: bool) -> str:
    """The MATCH string restricted to a partnership's services (`public`: only its public
    ones) through the `scope` tokens of migration 0004; the query words match the name and
    body columns only."""
    token = scope_token(partnership_id, public=public)
    return f'scope : "{token}" AND {TEXT} : ({match_expression(query)})'


def tier_expressions(query: ParsedQuery) -> list[tuple[int, str]]:
    """(number in `search_rankers.TIERS`, column-filtered MATCH string) of each tier, best
    first; a match belongs to the first tier it matches. A tier equal to one before it (a
    query without synonyms) is left out; the last one is every match."""
    own, full = match_expression(own_words(query)), match_expression(query)
    tiers = [f"{NAME} : ({own})", f"{NAME} : ({full})", f"{TEXT} : ({own})", f"{TEXT} : ({full})"]
    return [(i, t) for i, t in enumerate(tiers) if t not in tiers[:i]]


# bm25 weights per column: name, body, scope (weight 0: the scope token never adds to a score)
BM25 = f"bm25({FTS_TABLE}, %s, %s, 0.0)"


def bare_sql(query: ParsedQuery, partnership_id: int, limit: int) -> tuple[str, list[Any]]:
    """The bare FTS query of the public search's matches, as the benchmark's yardstick: bm25
    over every match (no tiers), one page, no filters, no ORM, no total."""
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
        max_total: int | None = None,
    ) -> RankedPage:
        # rowid = service id (migration 0004). The public services need no join: the scope
        # token says which services are public; other candidates (filters, a base queryset)
        # are checked with an EXISTS on each match.
        scope = f'scope : "{scope_token(partnership_id, public=not narrowed)}"'
        where_extra, extra_params = "", list[Any]()
        if narrowed:
            condition, extra_params = candidate_condition(candidates, f"{FTS_TABLE}.rowid")
            where_extra = f" AND {condition}"
        tiers = tier_expressions(query)
        scores: list[tuple[int, float]] = []
        skip = offset
        # The ids of every match of the tiers read so far, while all of them were read: the
        # next tier then leaves them out by id, else by a NOT of the tiers before it.
        seen: list[int] | None = []
        with connection.cursor() as cursor:
            for number, (level, tier) in enumerate(tiers):
                want = limit - len(scores)
                if want <= 0:
                    break
                # An empty tier costs a full walk of its candidates, slower with the scope
                # token; a tier without any match in the whole index is skipped after a
                # cheaper walk without it (one row is enough to go on).
                cursor.execute(
                    f"SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s LIMIT 1", [tier]
                )
                if cursor.fetchone() is None:
                    continue
                match = f"{scope} AND ({tier})"
                if number and seen is None:
                    before = " OR ".join(f"({t})" for _, t in tiers[:number])
                    match = f"{match} NOT ({before})"
                where, params = f"{FTS_TABLE} MATCH %s{where_extra}", [match, *extra_params]
                if seen:
                    where += f" AND {FTS_TABLE}.rowid NOT IN ({', '.join(['%s'] * len(seen))})"
                    params.extend(seen)
                # Within a tier: by relevance (bm25) when the tier is small enough to score
                # (a walk of at most RELEVANCE_TIER_MAX + 1 matches tells), else newest
                # first: FTS5 walks its doclists in rowid order and stops at the end of the
                # page, whatever the number of matches.
                cursor.execute(
                    f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {where} LIMIT %s)",
                    [*params, RELEVANCE_TIER_MAX + 1],
                )
                if int(cursor.fetchone()[0]) <= RELEVANCE_TIER_MAX:
                    order, order_params = f"{BM25}, rowid DESC", [NAME_WEIGHT, BODY_WEIGHT]
                else:
                    order, order_params = "rowid DESC", []
                cursor.execute(
                    f"SELECT rowid FROM {FTS_TABLE} WHERE {where} "
                    f"ORDER BY {order} LIMIT %s OFFSET %s",
                    [*params, *order_params, want, skip],
                )
                ids = [int(row[0]) for row in cursor.fetchall()]
                scores.extend((sid, float(len(TIERS) - level)) for sid in ids)  # 4 = best
                if len(ids) < want:  # the tier ends on this page or before it
                    if not ids and skip:
                        cursor.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {where}", params)
                        skip -= int(cursor.fetchone()[0])
                    else:
                        skip = 0
                    if seen is not None and offset == 0:
                        seen.extend(ids)
                    else:
                        seen = None
            if offset == 0 and len(scores) < limit:
                total = len(scores)  # every match is on the first page
            else:
                # a count of the matches needs no ranking; it stops at max_total when allowed
                inner = f"SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s{where_extra}"
                params = [f"{scope} AND ({tiers[-1][1]})", *extra_params]
                if max_total is not None:
                    inner += " LIMIT %s"
                    params.append(max_total + 1)
                cursor.execute(f"SELECT count(*) FROM ({inner})", params)
                total = int(cursor.fetchone()[0])
        if max_total is not None and total > max_total:
            return RankedPage(total=max_total, scores=scores, exact=False)
        return RankedPage(total=total, scores=scores)

    def refresh(self, *, partnership_id: int, service_ids: Iterable[int] | None) -> None:
        """Nothing to do: the triggers of migration 0004 keep the FTS table in sync."""
