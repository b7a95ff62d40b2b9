# ruff: noqa: S608 - SQL text built from constants; every value is a bound parameter
"""Full-text index of `ServiceSearchEntry`, per database engine (see `directory/search.py`).

SQLite: an FTS5 external-content table over the entries (rowid = entry id) kept in sync by
triggers. PostgreSQL: a GIN index on the weighted tsvector the search queries (name weight A,
body weight B, `simple` configuration: stemming is done in Python). Other engines: nothing.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

# frozen copies of the names in search_sqlite.py / search_postgres.py (a test compares them)
ENTRY = "directory_servicesearchentry"
FTS_TABLE = "directory_search_fts"
GIN_INDEX = "directory_search_tsv_gin"
TSVECTOR = (
    "setweight(to_tsvector('simple'::regconfig, name_text), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, body_text), 'B')"
)

SQLITE_CREATE = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        name_text, body_text, content='{ENTRY}', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON {ENTRY} BEGIN
        INSERT INTO {FTS_TABLE}(rowid, name_text, body_text)
        VALUES (new.id, new.name_text, new.body_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON {ENTRY} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name_text, body_text)
        VALUES ('delete', old.id, old.name_text, old.body_text);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au AFTER UPDATE ON {ENTRY} BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, name_text, body_text)
        VALUES ('delete', old.id, old.name_text, old.body_text);
        INSERT INTO {FTS_TABLE}(rowid, name_text, body_text)
        VALUES (new.id, new.name_text, new.body_text);
    END""",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_ai",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_ad",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_au",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]
POSTGRES_CREATE = [f"CREATE INDEX IF NOT EXISTS {GIN_INDEX} ON {ENTRY} USING GIN (({TSVECTOR}))"]
POSTGRES_DROP = [f"DROP INDEX IF EXISTS {GIN_INDEX}"]


def _run(statements: dict[str, list[str]]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        )
    ]
