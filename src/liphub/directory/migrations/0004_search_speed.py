# ruff: noqa: S608 - SQL text built from constants
"""Search speed at scale (see `directory/search_sqlite.py` and `public_selectors.py`).

SQLite: the FTS5 table of migration 0002 becomes a regular FTS5 table keyed by the service id
(rowid = service id) with a third column, `scope`, holding two tokens: `s<partnership id>`
(every service of the partnership) and `v<partnership id>` (only when the service is public:
approved and active). The public search then finds a partnership's public matches inside the
full-text index alone (`scope : "v12" AND ...`), with no join to the entry and service tables
for each match. Triggers on the entry table (text) and on the service table (visibility) keep
it in sync. The `scope` column has weight 0 in bm25, so ranking is unchanged.

Both databases: indexes on (partnership_id, code) of languages and (partnership_id, city) of
addresses, from which the search page reads its distinct filter choices. Plain SQL, so the
model state does not change.
"""

from __future__ import annotations

import importlib
from typing import Any

from django.db import migrations

# frozen copies of the names in search_sqlite.py (a test compares them)
ENTRY = "directory_servicesearchentry"
SERVICE = "directory_service"
FTS_TABLE = "directory_search_fts"


def _scope(row: str) -> str:
    """SQL of the scope tokens of a service row (alias `row`)."""
    return (
        f"'s' || {row}.partnership_id || CASE WHEN {row}.is_approved AND "
        f"{row}.status = 'active' THEN ' v' || {row}.partnership_id ELSE '' END"
    )


def _insert_entry(entry: str) -> str:
    return (
        f"INSERT INTO {FTS_TABLE}(rowid, name_text, body_text, scope) "
        f"SELECT {entry}.service_id, {entry}.name_text, {entry}.body_text, {_scope('s')} "
        f"FROM {SERVICE} s WHERE s.id = {entry}.service_id;"
    )


SQLITE_CREATE = [
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_ai",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_ad",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_au",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        name_text, body_text, scope, tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON {ENTRY} BEGIN
        {_insert_entry("new")}
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON {ENTRY} BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.service_id;
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE ON {ENTRY} BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.service_id;
        {_insert_entry("new")}
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_su AFTER UPDATE OF is_approved, status, partnership_id
    ON {SERVICE} BEGIN
        UPDATE {FTS_TABLE} SET scope = {_scope("new")} WHERE rowid = new.id;
    END""",
    f"""CREATE TRIGGER {FTS_TABLE}_sd AFTER DELETE ON {SERVICE} BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.id;
    END""",
    f"""INSERT INTO {FTS_TABLE}(rowid, name_text, body_text, scope)
        SELECT e.service_id, e.name_text, e.body_text, {_scope("s")}
        FROM {ENTRY} e JOIN {SERVICE} s ON s.id = e.service_id""",
]


def _sqlite_drop() -> list[str]:
    """Back to migration 0002's external-content table."""
    previous = importlib.import_module("liphub.directory.migrations.0002_search_fts")
    return [
        f"DROP TRIGGER IF EXISTS {FTS_TABLE}_su",
        f"DROP TRIGGER IF EXISTS {FTS_TABLE}_sd",
        *previous.SQLITE_DROP,
        *previous.SQLITE_CREATE,
    ]


INDEXES = {
    "directory_language_partnership_code": ("directory_language", "partnership_id, code"),
    "directory_address_partnership_city": ("directory_address", "partnership_id, city"),
}


def _fts(forward: bool) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        if schema_editor.connection.vendor == "sqlite":
            for sql in SQLITE_CREATE if forward else _sqlite_drop():
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("directory", "0003_address_city_only")]

    operations = [
        migrations.RunPython(_fts(True), _fts(False)),
        *(
            migrations.RunSQL(
                f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})",
                f"DROP INDEX IF EXISTS {name}",
            )
            for name, (table, columns) in INDEXES.items()
        ),
    ]
