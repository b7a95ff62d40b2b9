"""Backups: a consistent copy of the database and the uploaded files, taken while the site runs.

A backup is one `.tar.gz` archive holding
- `manifest.json`: format and version, database engine, creation time, rows per table;
- the database: `database.sqlite3` (SQLite's online backup API) or `database.pgdump`
  (`pg_dump --format=custom`, taken in the same snapshot as the row counts);
- `media/`: every file under MEDIA_ROOT (uploaded documents).

`restore_backup` refuses an archive of another engine or format, then replaces the database
(SQLite's backup API in reverse, or `pg_restore --clean --if-exists --no-owner`) and the
uploaded files, and checks the row counts against the manifest.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, transaction

FORMAT = "liphub-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA_DIR = "media"
DUMP_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
ENGINE_LABELS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
ARCHIVE_SUFFIXES = (".tar.gz", ".tgz")


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class RestoreResult:
    manifest: dict[str, Any]
    mismatched_tables: dict[str, tuple[int, int]]  # table: (in the backup, after restore)


def current_engine() -> str:
    engine = str(connection.settings_dict["ENGINE"])
    if "sqlite" in engine:
        return "sqlite"
    if "postgresql" in engine:
        return "postgresql"
    raise BackupError(f"Backups support SQLite and PostgreSQL, not {engine}.")


# --- backup ---------------------------------------------------------------------------------
def create_backup(*, out: Path) -> dict[str, Any]:
    """Write a backup archive to `out` (a new .tar.gz file) and return its manifest."""
    if not out.name.endswith(ARCHIVE_SUFFIXES):
        raise BackupError(f"{out}: the backup file name must end in .tar.gz or .tgz.")
    if out.exists():
        raise BackupError(f"{out} already exists; choose a new file name.")
    if not out.parent.is_dir():
        raise BackupError(f"{out.parent} is not a directory.")
    engine = current_engine()
    with tempfile.TemporaryDirectory(prefix="liphub-backup-") as tmp:
        dump = Path(tmp) / DUMP_FILES[engine]
        counts = _dump_sqlite(dump) if engine == "sqlite" else _dump_postgres(dump)
        media_root = Path(settings.MEDIA_ROOT)
        media_files = sorted(_media_files(media_root))
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "engine": engine,
            "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "liphub_version": _version(),
            "database_file": dump.name,
            "counts": counts,
            "media_files": len(media_files),
        }
        partial = out.with_name(out.name + ".partial")
        try:
            with tarfile.open(partial, "w:gz") as archive:
                _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
                archive.add(dump, arcname=dump.name)
                for relative in media_files:
                    archive.add(media_root / relative, arcname=f"{MEDIA_DIR}/{relative}")
            partial.replace(out)
        finally:
            partial.unlink(missing_ok=True)
    return manifest


def _version() -> str:
    try:
        return metadata.version("liphub")
    except metadata.PackageNotFoundError:
        return "unknown"


def _media_files(root: Path) -> Iterator[str]:
    if not root.is_dir():
        return
    for path in root.rglob("*"):
        if path.is_file():
            yield path.relative_to(root).as_posix()


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(dt.datetime.now(dt.UTC).timestamp())
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(content))


def _sqlite_path() -> str:
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise BackupError("An in-memory SQLite database cannot be backed up or restored.")
    return name


def _dump_sqlite(dump: Path) -> dict[str, int]:
    """Copy the live database page by page in one read transaction (a consistent snapshot)."""
    source = sqlite3.connect(_sqlite_path(), timeout=30)
    target = sqlite3.connect(dump)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")  # a self-contained file in the archive
        return _sqlite_counts(target)
    finally:
        target.close()
        source.close()


def _sqlite_counts(db: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        table: db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]  # noqa: S608
        for table in tables
    }


def _pg_command(program: str) -> tuple[list[str], dict[str, str]]:
    """The program with the connection parameters of the current database (from settings)."""
    db = connection.settings_dict
    env = dict(os.environ)
    args = [program]
    if db.get("HOST"):
        args.append(f"--host={db['HOST']}")
    if db.get("PORT"):
        args.append(f"--port={db['PORT']}")
    if db.get("USER"):
        args.append(f"--username={db['USER']}")
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    args.append("--no-password")
    if shutil.which(program) is None:
        raise BackupError(f"{program} is not installed; install the PostgreSQL client tools.")
    return args, env


def _run(args: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{args[0]} failed (exit {result.returncode}): {result.stderr.strip()}")


def _dump_postgres(dump: Path) -> dict[str, int]:
    """pg_dump in an exported snapshot; the row counts are read in that same snapshot."""
    if connection.in_atomic_block:
        raise BackupError("A backup cannot be taken inside an open transaction.")
    args, env = _pg_command("pg_dump")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        _run(
            [
                *args,
                "--format=custom",
                f"--snapshot={snapshot}",
                f"--file={dump}",
                str(connection.settings_dict["NAME"]),
            ],
            env,
        )
        return _postgres_counts(cursor)


def _postgres_counts(cursor: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in sorted(connection.introspection.table_names(cursor)):
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
        counts[table] = cursor.fetchone()[0]
    return counts


# --- restore --------------------------------------------------------------------------------
def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a backup archive, after checking that it is one this version reads."""
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    try:
        with tarfile.open(path, "r:*") as archive:
            member = archive.extractfile(MANIFEST)
            if member is None:
                raise KeyError(MANIFEST)
            manifest: dict[str, Any] = json.loads(member.read())
    except (tarfile.TarError, OSError) as exc:
        raise BackupError(f"{path} is not a LIP Hub backup (not a .tar.gz archive).") from exc
    except KeyError as exc:
        raise BackupError(f"{path} is not a LIP Hub backup: it has no {MANIFEST}.") from exc
    except ValueError as exc:
        raise BackupError(f"{path}: its {MANIFEST} is not valid JSON.") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path} is not a LIP Hub backup (unknown format).")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} has backup format version {manifest.get('format_version')}; this version "
            f"of LIP Hub restores version {FORMAT_VERSION}."
        )
    return manifest


def restore_backup(*, archive_path: Path) -> RestoreResult:
    """Replace the database and the uploaded files with the contents of a backup archive."""
    manifest = read_manifest(archive_path)
    engine = current_engine()
    backup_engine = str(manifest.get("engine"))
    if backup_engine != engine:
        raise BackupError(
            f"{archive_path} is a backup of a {ENGINE_LABELS.get(backup_engine, backup_engine)} "
            f"database, but this site uses {ENGINE_LABELS[engine]}. Restore it into a site "
            f"configured for {ENGINE_LABELS.get(backup_engine, backup_engine)} (DATABASE_URL)."
        )
    with _extracted(archive_path) as folder:
        dump = folder / DUMP_FILES[engine]
        if manifest.get("database_file") != dump.name or not dump.is_file():
            raise BackupError(f"{archive_path} does not contain {dump.name}.")
        connection.close()
        if engine == "sqlite":
            _restore_sqlite(dump)
        else:
            _restore_postgres(dump)
        _restore_media(folder / MEDIA_DIR)
    after = _current_counts()
    expected: dict[str, int] = manifest.get("counts", {})
    mismatched = {
        table: (count, after.get(table, 0))
        for table, count in expected.items()
        if after.get(table, 0) != count
    }
    return RestoreResult(manifest=manifest, mismatched_tables=mismatched)


@contextmanager
def _extracted(path: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="liphub-restore-") as tmp:
        try:
            with tarfile.open(path, "r:*") as archive:
                # The "data" filter refuses absolute paths, links out of the folder and devices.
                archive.extractall(tmp, filter="data")
        except (tarfile.TarError, OSError) as exc:
            raise BackupError(f"{path} could not be unpacked: {exc}") from exc
        yield Path(tmp)


def _restore_sqlite(dump: Path) -> None:
    source = sqlite3.connect(dump)
    target = sqlite3.connect(_sqlite_path(), timeout=30)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=WAL")
    finally:
        target.close()
        source.close()


def _restore_postgres(dump: Path) -> None:
    args, env = _pg_command("pg_restore")
    _run(
        [
            *args,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(dump),
        ],
        env,
    )


def _restore_media(source: Path) -> None:
    media_root = Path(settings.MEDIA_ROOT)
    media_root.mkdir(parents=True, exist_ok=True)
    for child in media_root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    if source.is_dir():
        shutil.copytree(source, media_root, dirs_exist_ok=True)


def _current_counts() -> dict[str, int]:
    if current_engine() == "sqlite":
        db = sqlite3.connect(_sqlite_path(), timeout=30)
        try:
            return _sqlite_counts(db)
        finally:
            db.close()
    with connection.cursor() as cursor:
        return _postgres_counts(cursor)
