"""The ranker interface of the directory search, and the registry that picks one.

A ranker turns a `ParsedQuery` into one page of ranked service ids among candidate services
(a queryset already holding the tenant, visibility and filter conditions). The built-in
rankers are SQL full-text engines chosen by the database vendor: SQLite FTS5
(`search_sqlite.py`) and PostgreSQL full-text search (`search_postgres.py`).

Plugging in another ranker (e.g. cross-lingual semantic search):

1. write a class with the `Ranker` methods: `rank(...)` returns the page of
   `(service_id, score)` best first and the total number of matches; `refresh(...)` is
   called by `reindex_services` after entries change (keep your own index, e.g. embeddings,
   in sync there; the SQL rankers need nothing since triggers / expression indexes do it);
2. `register_ranker("semantic", SemanticRanker)` (e.g. in an AppConfig.ready());
3. select it with `settings.DIRECTORY_SEARCH_RANKER = "semantic"`, or per call with
   `search_services(..., ranker="semantic")`.

The built-in rankers share one ranking (`TIERS`, best first): within a tier of at most
`RELEVANCE_TIER_MAX` matches, by the engine's relevance (bm25 / ts_rank_cd), else newest first
(highest service id). The SQLite engine reads a page tier by tier and stops when it is full, so
it never scores every match of a large tier. A new ranker may order its page as it likes;
`RankedPage.scores` is in rank order (the SQL rankers report the tier, 4 = best, as the score).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.db.models import QuerySet

from liphub.directory.models import Service
from liphub.directory.search_text import ParsedQuery

# A tier of at most this many matches is ordered by relevance (bm25 on SQLite, ts_rank_cd on
# PostgreSQL: name above description, rarer words and shorter texts first); a larger one,
# newest first, which a page reads without scoring every match. Scoring 1,000 matches costs
# about 2 ms on SQLite; a LIP's own directory of a few thousand services stays under it for
# nearly every query.
RELEVANCE_TIER_MAX = 1000

TIERS = (
    "the query's own words in the name",  # "dentist": services named "... dentist ..."
    "every query word in the name, synonyms included",  # "doctor": "Physician on call"
    "the query's own words anywhere (description, categories, languages, cities...)",
    "every query word anywhere, synonyms included",
)


def own_words(query: ParsedQuery) -> ParsedQuery:
    """The query as typed, without synonyms: each clause's first alternative (its own words,
    still with their forms: "jobs" matches "job")."""
    return ParsedQuery(text=query.text, clauses=tuple(clause[:1] for clause in query.clauses))


@dataclass(frozen=True)
class RankedPage:
    """One page of matches, best first, and how many services match in all (`exact` False:
    at least `total`, when the caller allowed the count to stop at `max_total`)."""

    total: int
    scores: list[tuple[int, float]]  # (service id, score) in rank order
    exact: bool = True


class Ranker(Protocol):
    name: str

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
        """The page of matches among candidates. `narrowed` is False when candidates are
        exactly the partnership's public services (no filter, no base): a ranker may then
        use its own cheaper visibility test instead of the candidates' SQL. `max_total`: the
        caller needs the total only up to that number (a ranker may stop counting there and
        answer `RankedPage(total=max_total, ..., exact=False)`, or count them all)."""
        ...

    def refresh(self, *, partnership_id: int, service_ids: Iterable[int] | None) -> None: ...


_RANKERS: dict[str, Callable[[], Ranker]] = {}
_BY_VENDOR: dict[str, str] = {}


def register_ranker(name: str, factory: Callable[[], Ranker], *, vendor: str = "") -> None:
    """Make a ranker available by name (and the default for a database vendor if given)."""
    _RANKERS[name] = factory
    if vendor:
        _BY_VENDOR[vendor] = name


def ranker_names() -> list[str]:
    return sorted(_RANKERS)


def get_ranker(name: str = "") -> Ranker:
    """The named ranker, else settings.DIRECTORY_SEARCH_RANKER, else the vendor's default."""
    _load_builtin()
    name = name or getattr(settings, "DIRECTORY_SEARCH_RANKER", "") or ""
    name = name or _BY_VENDOR.get(connection.vendor, "")
    if name not in _RANKERS:
        raise ImproperlyConfigured(
            f"No directory search ranker {name!r} for database {connection.vendor!r}; "
            f"known: {', '.join(ranker_names())}"
        )
    return _RANKERS[name]()


def _load_builtin() -> None:
    if "sqlite-fts5" not in _RANKERS:
        from liphub.directory.search_postgres import PostgresRanker
        from liphub.directory.search_sqlite import SqliteFtsRanker

        register_ranker("sqlite-fts5", SqliteFtsRanker, vendor="sqlite")
        register_ranker("postgres-fts", PostgresRanker, vendor="postgresql")


def candidate_condition(candidates: QuerySet[Service], column: str) -> tuple[str, list[Any]]:
    """`EXISTS (...)` SQL restricting `column` (a service id in the ranker's SQL) to candidates."""
    from django.db.models.expressions import RawSQL

    correlated = candidates.filter(pk=RawSQL(column, ())).order_by().values("pk")  # noqa: S611
    sql, params = correlated.query.sql_with_params()
    return f"EXISTS ({sql})", list(params)
