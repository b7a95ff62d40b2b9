"""Plain SQL writes of one model's rows for the importers (the ORM's per-row work, skipped).

Both importers (`hsds_import`, `airs`) check every value first, then write whole batches
through a `TableWriter`: one prepared INSERT per table run over all rows (`executemany`),
and UPDATEs of the changed columns only, bumping `version` and stamping `updated_at`.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from django.db import connection, models
from django.utils import timezone

from liphub.core.models import Partnership

QUERY_CHUNK = 500  # ids per `IN (...)` query
INSERT_CHUNK = 5000  # rows per executemany
BULK_CACHE_MB = 64  # SQLite page cache while an import writes (see bulk_writes)

_MISSING = object()


def max_params() -> int:
    """Bound parameters one statement may carry on this database (Django's SQLite figure,
    999, is the old compile-time default: ask the library for its real limit)."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        return int(connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    if connection.vendor == "postgresql":
        return 65_535
    return int(connection.features.max_query_params or 999)


def execute_long(cursor: Any, sql: str, params: Sequence[Any]) -> None:
    """`cursor.execute(sql, params)` for a statement with thousands of `%s` marks (a
    multi-row INSERT, a long `IN (...)`), `cursor` being a Django cursor.

    Django's SQLite backend turns `%s` into `?` with a regular expression on every execute:
    about 6 ms for an INSERT of 1,000 rows of 30 columns, as long as SQLite takes to write
    them. On SQLite the marks are replaced here (`str.replace`: the SQL holds no other `%`)
    and the statement runs on the backend's own cursor, inside Django's error wrapper (the
    same exceptions; DEBUG query logging and execute wrappers do not see it).
    """
    if connection.vendor == "sqlite":
        with connection.wrap_database_errors:
            sqlite3.Cursor.execute(cursor.cursor, sql.replace("%s", "?"), params)
    else:
        cursor.execute(sql, params)


class TableWriter:
    """Plain SQL inserts and updates of one model (the ORM's per-row overhead, skipped).

    Values are the model's own Python values (already checked); fields whose database form
    differs (dates, JSON, decimals, booleans) go through the field's `get_db_prep_save`.
    """

    def __init__(self, model: type[models.Model]) -> None:
        meta = model._meta
        self.model = model
        self.table = meta.db_table
        self.pk = meta.pk.column if meta.pk else "id"
        fields = [f for f in meta.concrete_fields if not f.primary_key]
        self.columns = [f.column for f in fields]
        self.attnames = [f.attname for f in fields]
        self.defaults = {f.attname: f.get_default() for f in fields}
        self.timestamps = [f.attname for f in fields if getattr(f, "auto_now", False)]
        self.created = [f.attname for f in fields if getattr(f, "auto_now_add", False)]
        self.fields = {f.attname: f for f in fields}
        self.needs_prep = {
            f.attname
            for f in fields
            if isinstance(
                f,
                models.JSONField
                | models.DateField
                | models.TimeField
                | models.DecimalField
                | models.BooleanField,
            )
        }

        # RETURNING the new rows' keys (SQLite 3.35+, PostgreSQL) when the table has HSDS ids
        self.returning = "hsds_id" in self.attnames and bool(
            connection.features.can_return_rows_from_bulk_insert
        )
        self.empty_json = {
            f.attname: f.get_db_prep_save({}, connection)
            for f in fields
            if isinstance(f, models.JSONField)
        }

    def adapter(self, attname: str) -> Any:
        """value -> database form for a column in `needs_prep` (values are already checked
        Python values: dates and times go straight to the backend's adapter)."""
        model_field = self.fields[attname]
        ops = connection.ops
        if type(model_field) is models.DateField:
            return ops.adapt_datefield_value
        if type(model_field) is models.TimeField:
            return ops.adapt_timefield_value
        return lambda value: model_field.get_db_prep_save(value, connection)

    def prep(self, attname: str, value: Any) -> Any:
        if value is None or attname not in self.needs_prep:
            return value
        return self.fields[attname].get_db_prep_save(value, connection)

    def lookup(self, partnership_id: int, hsds_ids: Iterable[str]) -> list[tuple[str, int, str]]:
        """(hsds_id, pk, feed) of the rows of this partnership with these ids (raw SQL)."""
        ids = list(hsds_ids)
        qn = connection.ops.quote_name
        head = (
            f"SELECT {qn('hsds_id')}, {qn(self.pk)}, {qn('feed')} FROM {qn(self.table)} "  # noqa: S608
            f"WHERE {qn('partnership_id')} = %s AND {qn('hsds_id')} IN "
        )
        found: list[tuple[str, int, str]] = []
        with connection.cursor() as cursor:
            for start in range(0, len(ids), QUERY_CHUNK):
                chunk = ids[start : start + QUERY_CHUNK]
                marks = ", ".join(["%s"] * len(chunk))
                execute_long(cursor, f"{head}({marks})", [partnership_id, *chunk])
                found.extend(cursor.fetchall())
        return found

    def insert(self, rows: list[dict[str, Any]], now: datetime | None = None) -> dict[str, int]:
        """Insert the rows with multi-row INSERT statements (as many rows per statement as
        the database takes parameters) and return `{hsds_id: pk}` of the new rows, read
        from `RETURNING` (empty when the database cannot return them: look them up)."""
        if not rows:
            return {}
        stamped = {*self.timestamps, *self.created}
        now_db = self.prep("updated_at", now or timezone.now())
        attnames = self.attnames
        # columns whose database form differs: (position, adapter, database form of {},
        # database form of the default)
        fixes = []
        for i, a in enumerate(attnames):
            if a in self.needs_prep and a not in stamped:
                adapt = self.adapter(a)
                default = self.defaults[a]
                fixes.append(
                    (i, adapt, self.empty_json.get(a), None if default is None else adapt(default))
                )
        # a value missing from a row takes the field's default (the time for timestamps);
        # `_MISSING` marks a default that still needs its database form
        defaults = [
            now_db if a in stamped else _MISSING if a in self.needs_prep else self.defaults[a]
            for a in attnames
        ]
        params_list: list[list[Any]] = []
        for values in rows:
            params = list(map(values.get, attnames, defaults))
            for i, adapt, empty, default_db in fixes:
                value = params[i]
                if value is None:
                    continue
                if value is _MISSING:
                    params[i] = default_db
                elif empty is not None and value == {}:
                    params[i] = empty
                else:
                    params[i] = adapt(value)
            params_list.append(params)
        qn = connection.ops.quote_name
        # table and column names come from the models, values are parameters
        columns = ", ".join(qn(c) for c in self.columns)
        marks = "(" + ", ".join(["%s"] * len(self.columns)) + ")"
        head = f"INSERT INTO {qn(self.table)} ({columns}) VALUES "  # noqa: S608
        created: dict[str, int] = {}
        with connection.cursor() as cursor:
            if not self.returning:
                for start in range(0, len(params_list), INSERT_CHUNK):
                    cursor.executemany(head + marks, params_list[start : start + INSERT_CHUNK])
                return created
            # One statement per chunk of rows: the statement is prepared once per chunk
            # instead of stepped once per row, and RETURNING gives the new primary keys
            # (no lookup by HSDS id afterwards).
            per_statement = max(1, min(INSERT_CHUNK, max_params() // len(self.columns)))
            returning = f" RETURNING {qn('hsds_id')}, {qn(self.pk)}"
            for start in range(0, len(params_list), per_statement):
                chunk = params_list[start : start + per_statement]
                execute_long(
                    cursor,
                    head + ", ".join([marks] * len(chunk)) + returning,
                    [value for params in chunk for value in params],
                )
                created.update(cursor.fetchall())
        return created

    def update(
        self, changes: list[tuple[int, dict[str, Any]]], now: datetime | None = None
    ) -> None:
        """Write the changed columns of each row, bump its version, stamp `updated_at`."""
        if not changes:
            return
        qn = connection.ops.quote_name
        stamp = self.prep("updated_at", now or timezone.now())
        groups: dict[tuple[str, ...], list[list[Any]]] = {}
        for pk, changed in changes:
            key = tuple(sorted(changed))
            params = [self.prep(a, changed[a]) for a in key]
            groups.setdefault(key, []).append([*params, stamp, pk])
        with connection.cursor() as cursor:
            for key, params_list in groups.items():
                columns = ", ".join(f"{qn(self.fields[a].column)} = %s" for a in key)
                version = qn("version")
                sql = (
                    f"UPDATE {qn(self.table)} SET {columns}, {version} = {version} + 1, "  # noqa: S608
                    f"{qn('updated_at')} = %s WHERE {qn(self.pk)} = %s"
                )
                cursor.executemany(sql, params_list)


@contextmanager
def bulk_writes(cache_mb: int = BULK_CACHE_MB) -> Iterator[None]:
    """Settings for a large import, put back afterwards.

    - SQLite: a page cache of `cache_mb` for this connection (default about 2 MB): the
      indexes of the tables an import writes stay in memory instead of being read back and
      spilled to the WAL again and again (the cache only grows as pages are used).
    - Python's collector: the youngest generation collected every 20,000 allocations
      instead of 700 (an import allocates millions of short-lived dicts and rows and each
      collection also walks what the import holds). Cycles are still collected.
    """
    thresholds = gc.get_threshold()
    previous_cache = None
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size")
            previous_cache = int(cursor.fetchone()[0])
            cursor.execute(f"PRAGMA cache_size = -{int(cache_mb) * 1024}")
    gc.set_threshold(max(thresholds[0], 20_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if previous_cache is not None and connection.connection is not None:
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA cache_size = {previous_cache}")


_WRITERS: dict[type[models.Model], TableWriter] = {}


def table_writer(model: type[models.Model]) -> TableWriter:
    """The writer of a model (built once per process)."""
    if model not in _WRITERS:
        _WRITERS[model] = TableWriter(model)
    return _WRITERS[model]


def one_import_at_a_time(partnership_id: int) -> None:
    """Inside an import's transaction: wait for any other import into the same partnership to
    finish (two at once would both insert the same new taxonomy or record). PostgreSQL locks
    the partnership's row FOR NO KEY UPDATE, which rows pointing at the partnership do not
    wait for; SQLite's immediate transactions already let one writer in at a time."""
    if connection.vendor == "sqlite":
        return
    list(
        Partnership.objects.select_for_update(no_key=True)
        .filter(pk=partnership_id)
        .values_list("pk", flat=True)
    )
