# ruff: noqa: S608 - SQL text built from the models' table names; every value is a bound parameter
"""The index side of the directory search: `reindex_services` keeps one `ServiceSearchEntry`
per service (`name_text`, `body_text`: every distinct word and its English and French stems,
see `search_text.index_text`). Importers and editing code call it after they write services,
in the same transaction; `search.py` re-exports it.

It is built for imports of 100,000 services: per batch of `REINDEX_BATCH` services, four flat
SQL reads gather the text (the service with its organization and program, its categories,
languages and cities), `index_text` normalises it (words and stems memoised), and one
`executemany` inserts the new entries, another updates the changed ones (unchanged entries
are not written). The engine's index follows: the FTS5 triggers on SQLite, the expression
GIN index on PostgreSQL; `get_ranker().refresh(...)` is then called for rankers with an index
of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection, transaction
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.core.models import Partnership
from liphub.directory.interchange.sql_writer import execute_long, max_params
from liphub.directory.models import (
    Address,
    Attribute,
    Language,
    Program,
    Service,
    ServiceAtLocation,
    ServiceSearchEntry,
    TaxonomyTerm,
)
from liphub.directory.search_rankers import get_ranker
from liphub.directory.search_text import index_text
from liphub.partnerships.models import Organization

__all__ = ["REINDEX_BATCH", "reindex_services"]

REINDEX_BATCH = 1000  # services per batch (one `IN (...)` list of ids per query)


def _placeholders(n: int) -> str:
    return ", ".join(["%s"] * n)


def _texts(partnership: Partnership, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(name_text, body_text) of each of these services (at most `REINDEX_BATCH` ids).

    Four flat SQL queries (the service with its organization and program, its categories,
    languages and cities), each row in (service, id) order, then `index_text` per field.
    """
    qn = connection.ops.quote_name
    service, organization, program = (
        Service._meta.db_table,
        Organization._meta.db_table,
        Program._meta.db_table,
    )
    term, language, address = (
        TaxonomyTerm._meta.db_table,
        Language._meta.db_table,
        Address._meta.db_table,
    )
    attribute, service_at_location = Attribute._meta.db_table, ServiceAtLocation._meta.db_table
    marks = _placeholders(len(ids))
    names: dict[int, list[str | None]] = {}
    bodies: dict[int, list[str | None]] = {}
    # Rows are found by service id only and their partnership is checked here: with the
    # partnership in the WHERE clause SQLite (no statistics) walks the partnership's index,
    # every row of the partnership for each batch.
    queries = [
        f"SELECT t.service_id, t.partnership_id, m.name_en, m.name_fr, m.code "
        f"FROM {qn(attribute)} t JOIN {qn(term)} m ON m.id = t.taxonomy_term_id "
        f"WHERE t.service_id IN ({marks}) ORDER BY t.service_id, t.id",
        f"SELECT service_id, partnership_id, name, code FROM {qn(language)} "
        f"WHERE service_id IN ({marks}) ORDER BY service_id, id",
        f"SELECT l.service_id, l.partnership_id, a.city FROM {qn(service_at_location)} l "
        f"LEFT JOIN {qn(address)} a ON a.location_id = l.location_id "
        f"WHERE l.service_id IN ({marks}) ORDER BY l.service_id, l.id, a.id",
    ]
    with connection.cursor() as cursor:
        execute_long(
            cursor,
            "SELECT s.id, s.name_en, s.name_fr, s.alternate_name, o.name_en, o.name_fr, "
            "o.alternate_name, s.description_en, s.description_fr, s.eligibility_description, "
            f"s.interpretation_services, p.name FROM {qn(service)} s "
            f"LEFT JOIN {qn(organization)} o ON o.id = s.organization_id "
            f"LEFT JOIN {qn(program)} p ON p.id = s.program_id "
            f"WHERE s.partnership_id = %s AND s.id IN ({marks}) ORDER BY s.id",
            [partnership.pk, *ids],
        )
        for row in cursor.fetchall():
            names[row[0]] = list(row[1:7])
            bodies[row[0]] = list(row[7:])
        for sql in queries:
            execute_long(cursor, sql, ids)
            for sid, owner, *parts in cursor.fetchall():
                body = bodies.get(sid)
                if body is not None and owner == partnership.pk:
                    body.extend(str(p) for p in parts if p)
    return {sid: (index_text(names[sid]), index_text(bodies[sid])) for sid in names}


def _write_entries(partnership: Partnership, texts: dict[int, tuple[str, str]]) -> None:
    """Write the entries of these services; an entry whose text is unchanged is left alone.

    New entries go in with multi-row INSERT statements, a whole batch per statement (SQLite's
    FTS5 flushes its pending index data at the end of every statement: the insert trigger
    fired by one statement per entry costs four times the database's own work). A changed
    entry is deleted and inserted again the same way (its `created_at` kept, `version`
    bumped); the triggers (SQLite) or the expression index (PostgreSQL) follow."""
    if not texts:
        return
    qn = connection.ops.quote_name
    table = qn(ServiceSearchEntry._meta.db_table)
    ids = list(texts)
    with connection.cursor() as cursor:
        execute_long(
            cursor,
            f"SELECT service_id, partnership_id, name_text, body_text, created_at, version "
            f"FROM {table} WHERE service_id IN ({_placeholders(len(ids))})",
            ids,
        )
        existing = {
            sid: (name, body, created, version)
            for sid, owner, name, body, created, version in cursor.fetchall()
            if owner == partnership.pk
        }
        now = ServiceSearchEntry._meta.get_field("updated_at").get_db_prep_save(
            timezone.now(), connection
        )
        rows: list[tuple[Any, ...]] = []
        replaced: list[int] = []
        for sid, (name, body) in texts.items():
            old = existing.get(sid)
            if old is None:
                rows.append((partnership.pk, sid, name, body, now, now, 1))
            elif (old[0], old[1]) != (name, body):
                rows.append((partnership.pk, sid, name, body, old[2], now, old[3] + 1))
                replaced.append(sid)
        if replaced:
            execute_long(
                cursor,
                f"DELETE FROM {table} WHERE service_id IN ({_placeholders(len(replaced))})",
                replaced,
            )
        columns = (
            "partnership_id, service_id, name_text, body_text, created_at, updated_at, version"
        )
        per_statement = max(1, max_params() // 7)
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            values = ", ".join(["(%s, %s, %s, %s, %s, %s, %s)"] * len(chunk))
            execute_long(
                cursor,
                f"INSERT INTO {table} ({columns}) VALUES {values}",
                [value for row in chunk for value in row],
            )


@transaction.atomic
def reindex_services(*, partnership: Partnership, service_ids: Iterable[int] | None = None) -> int:
    """Refresh the search entries of these services (all of the partnership's when None).

    Works in batches of `REINDEX_BATCH` services: four reads and one multi-row insert per
    batch (see `_write_entries`); the engine's index follows through triggers (SQLite) or its
    expression index (PostgreSQL). Entries of services that no longer exist are removed.
    Returns the number of services (re)indexed.
    """
    with scopes_disabled():
        if service_ids is None:
            ids = list(
                Service.objects.filter(partnership=partnership)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            ServiceSearchEntry.objects.filter(partnership=partnership).exclude(
                service_id__in=Service.objects.filter(partnership=partnership).values("pk")
            ).delete()
        else:
            ids = sorted(set(service_ids))
        count = 0
        for start in range(0, len(ids), REINDEX_BATCH):
            batch = ids[start : start + REINDEX_BATCH]
            texts = _texts(partnership, batch)
            _write_entries(partnership, texts)
            gone = [sid for sid in batch if sid not in texts]
            if gone:
                ServiceSearchEntry.objects.filter(
                    partnership=partnership, service_id__in=gone
                ).delete()
            count += len(texts)
        get_ranker().refresh(partnership_id=partnership.pk, service_ids=ids)
        return count
