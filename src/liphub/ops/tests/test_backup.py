"""Backup and restore round trips: every row of every table and every uploaded file come back.

SQLite: the test database is in memory, so the commands run in a subprocess against a real
file database (LIPHUB_VAR_DIR in tmp_path), as an operator would run them. PostgreSQL: the
commands run in-process against the test database, when DATABASE_URL points at PostgreSQL.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django_scopes import scopes_disabled

PROJECT_DIR = Path(__file__).resolve().parents[4]


# --- SQLite, through the command line ---------------------------------------------------------
class Site:
    """A LIP Hub install in a temporary folder, driven through `liphub` commands."""

    def __init__(self, root: Path) -> None:
        self.var = root / "var"
        self.db = self.var / "liphub.sqlite3"
        self.media = self.var / "media"
        self.env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DJANGO_SETTINGS_MODULE", "MEDIA_ROOT", "STATIC_ROOT", "SECRET_KEY"}
            and not key.startswith("PYTEST")
        }
        self.env["LIPHUB_VAR_DIR"] = str(self.var)
        self.env["DATABASE_URL"] = f"sqlite:///{self.db}"

    def run(self, *args: str, expect_ok: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "liphub.cli", *args],
            cwd=PROJECT_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        if expect_ok:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def rows(self) -> dict[str, list[tuple]]:
        """Every row of every table, in a stable order."""
        db = sqlite3.connect(self.db)
        try:
            tables = [
                name
                for (name,) in db.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            return {
                table: sorted(
                    db.execute(f'SELECT * FROM "{table}"').fetchall(),
                    key=repr,
                )
                for table in tables
            }
        finally:
            db.close()

    def files(self) -> dict[str, bytes]:
        return {
            path.relative_to(self.media).as_posix(): path.read_bytes()
            for path in sorted(self.media.rglob("*"))
            if path.is_file()
        }


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    """A file database with the demo data (documents with uploaded files included)."""
    site = Site(tmp_path_factory.mktemp("site"))
    site.run("migrate", "--skip-checks", "-v0")
    site.run("load-demo", "--skip-checks")
    return site


def test_sqlite_round_trip_restores_every_row_and_every_uploaded_file(demo_site, tmp_path):
    site = demo_site
    rows_before, files_before = site.rows(), site.files()
    assert len(files_before) >= 5, "the demo uploads documents"
    assert sum(len(r) for r in rows_before.values()) > 1000
    archive = tmp_path / "backup.tar.gz"

    result = site.run("backup", str(archive))
    assert "Backed up the SQLite database" in result.stdout

    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = set(tar.getnames())
    assert manifest["engine"] == "sqlite" and manifest["format_version"] == 1
    assert manifest["counts"] == {table: len(rows) for table, rows in rows_before.items()}
    assert {f"media/{name}" for name in files_before} <= names

    # Damage the site: delete and alter rows, lose, change and add uploaded files.
    db = sqlite3.connect(site.db)
    with db:
        db.execute("DELETE FROM meetings_attendance")
        db.execute("DELETE FROM meetings_followup WHERE status = 'open'")
        db.execute("UPDATE core_partnership SET name_fr = 'abîmé' WHERE slug = 'ottawa'")
        db.execute(
            "INSERT INTO core_network (slug, name_en, name_fr, created_at) "
            "VALUES ('stray', 'Stray', 'Égaré', '2026-01-01')"
        )
    db.close()
    first, second = sorted(files_before)[:2]
    (site.media / first).unlink()
    (site.media / second).write_bytes(b"overwritten")
    (site.media / "documents" / "stray.txt").write_bytes(b"not in the backup")
    assert site.rows() != rows_before and site.files() != files_before

    result = site.run("restore", str(archive), "--no-input")
    assert "Restored the SQLite database" in result.stdout
    assert "Warning" not in result.stderr

    assert site.rows() == rows_before
    assert site.files() == files_before


def test_sqlite_backup_taken_while_the_site_writes_is_a_consistent_snapshot(demo_site, tmp_path):
    site = demo_site
    stop = threading.Event()
    written = []

    def keep_writing():
        db = sqlite3.connect(site.db, timeout=30)
        n = 0
        while not stop.is_set():
            with db:
                db.execute(
                    "INSERT INTO core_network (slug, name_en, name_fr, created_at) "
                    "VALUES (?, 'Busy', 'Occupé', '2026-01-01')",
                    (f"busy-{n}",),
                )
            n += 1
            written.append(n)
        db.close()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        archive = tmp_path / "live.tar.gz"
        site.run("backup", str(archive))
    finally:
        stop.set()
        writer.join()
    assert written, "the writer ran during the backup"

    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        tar.extract("database.sqlite3", tmp_path, filter="data")
    copy = sqlite3.connect(tmp_path / "database.sqlite3")
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        networks = copy.execute("SELECT COUNT(*) FROM core_network").fetchone()[0]
    finally:
        copy.close()
    assert networks == manifest["counts"]["core_network"]
    assert 2 <= networks <= 2 + len(written)


def test_restore_of_a_file_that_is_no_backup_leaves_the_site_untouched(demo_site, tmp_path):
    rows_before = demo_site.rows()
    bogus = tmp_path / "bogus.tar.gz"
    with tarfile.open(bogus, "w:gz") as tar:
        content = json.dumps({"format": "something-else"}).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(content)
        tar.addfile(info, io.BytesIO(content))
    result = demo_site.run("restore", str(bogus), "--no-input", expect_ok=False)
    assert result.returncode == 1
    assert "is not a LIP Hub backup (unknown format)" in result.stderr
    assert demo_site.rows() == rows_before


# --- PostgreSQL, in-process against the test database -----------------------------------------
def _all_rows() -> dict[str, list[tuple]]:
    with connection.cursor() as cursor:
        tables = sorted(connection.introspection.table_names(cursor))
        rows = {}
        for table in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows[table] = sorted(cursor.fetchall(), key=repr)
        return rows


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL round trip: runs when DATABASE_URL points at PostgreSQL",
)
@pytest.mark.django_db(transaction=True)
def test_postgresql_round_trip_restores_every_row_and_every_uploaded_file(tmp_path):
    from liphub.core.models import Partnership
    from liphub.documents.models import Document
    from liphub.meetings.models import Attendance, FollowUp
    from liphub.ops.demo.loader import load_demo

    load_demo()
    with scopes_disabled():
        ottawa = Partnership.objects.get(slug="ottawa")
        Document.objects.create(
            partnership=ottawa,
            title_en="Uploaded in the test",
            file=ContentFile(b"%PDF-1.4 test upload", name="upload.pdf"),
            visibility="private",
        )
    media = Path(settings.MEDIA_ROOT)
    files_before = {p.relative_to(media): p.read_bytes() for p in media.rglob("*") if p.is_file()}
    rows_before = _all_rows()
    archive = tmp_path / "pg.tar.gz"

    out = io.StringIO()
    call_command("backup", str(archive), stdout=out)
    assert "Backed up the PostgreSQL database" in out.getvalue()

    with scopes_disabled():
        Attendance.objects.all().delete()
        FollowUp.objects.filter(status="open").delete()
        Partnership.objects.filter(slug="kingston").update(name_fr="abîmé")
        Partnership.objects.create(slug="stray", name_en="Not in the backup")
    next(iter(media.rglob("upload*.pdf"))).unlink()
    assert _all_rows() != rows_before

    out = io.StringIO()
    call_command("restore", str(archive), "--no-input", stdout=out, stderr=io.StringIO())
    assert "Restored the PostgreSQL database" in out.getvalue()
    assert _all_rows() == rows_before
    files_after = {p.relative_to(media): p.read_bytes() for p in media.rglob("*") if p.is_file()}
    assert files_after == files_before
