"""The run commands: load-demo, demo, serve, and the error messages of backup and restore."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from liphub.core.backups import FORMAT, FORMAT_VERSION, current_engine
from liphub.core.models import Partnership
from liphub.ops.demo import data

PROJECT_DIR = Path(__file__).resolve().parents[4]


def call(*args, **options):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


# --- load-demo and demo ---------------------------------------------------------------------
@pytest.mark.django_db
def test_load_demo_prints_every_demo_account_with_the_password():
    output = call("load_demo")
    assert "Loaded the demo data: 38 partnerships" in output
    assert f"password for all: {data.PASSWORD}" in output
    for account in data.ACCOUNTS:
        assert account.email in output
    assert "network analyst" in output and "ontario" in output


@pytest.mark.django_db
def test_load_demo_refuses_a_database_that_holds_partnerships(partnership):
    with pytest.raises(CommandError, match=r"already holds 1 partnership.*empty database"):
        call("load_demo")


@pytest.mark.django_db
def test_demo_without_serving_loads_once_then_keeps_the_data():
    first = call("demo", no_serve=True, port=8123)
    assert "Loaded the demo data" in first
    assert "http://127.0.0.1:8123/" in first
    assert "coordinator@demo.liphub.ca" in first
    second = call("demo", no_serve=True)
    assert "demo data not loaded" in second
    assert "http://127.0.0.1:8000/" in second
    assert Partnership.objects.count() == 38


@pytest.mark.django_db
def test_demo_over_other_data_says_it_has_no_demo_accounts(partnership):
    output = call("demo", no_serve=True)
    assert "demo data not loaded" in output
    assert "No demo accounts in this database." in output


@pytest.mark.parametrize("command", ["demo", "serve"])
@pytest.mark.parametrize("port", [0, 70000])
def test_a_port_out_of_range_is_refused_before_anything_runs(command, port):
    with pytest.raises(CommandError, match=f"--port must be between 1 and 65535, not {port}"):
        call(command, port=port)


# --- backup and restore: what they refuse, and why -------------------------------------------
def _archive(path: Path, manifest: dict | None, files: dict[str, bytes] | None = None) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        members = dict(files or {})
        if manifest is not None:
            members["manifest.json"] = json.dumps(manifest).encode()
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    return path


def _manifest(**overrides):
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "engine": "sqlite",
        "created_at": "2026-01-01T00:00:00+00:00",
        "database_file": "database.sqlite3",
        "counts": {},
        "media_files": 0,
        **overrides,
    }


def test_restore_refuses_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call("restore", str(tmp_path / "nope.tar.gz"), no_input=True)


def test_restore_refuses_a_file_that_is_not_an_archive(tmp_path):
    path = tmp_path / "notes.tar.gz"
    path.write_text("hello")
    with pytest.raises(CommandError, match=r"not a LIP Hub backup \(not a .tar.gz archive\)"):
        call("restore", str(path), no_input=True)


def test_restore_refuses_an_archive_without_manifest(tmp_path):
    path = _archive(tmp_path / "other.tar.gz", None, {"readme.txt": b"x"})
    with pytest.raises(CommandError, match=r"not a LIP Hub backup: it has no manifest\.json"):
        call("restore", str(path), no_input=True)


def test_restore_refuses_another_format_version(tmp_path):
    path = _archive(tmp_path / "future.tar.gz", _manifest(format_version=99))
    with pytest.raises(CommandError, match="format version 99"):
        call("restore", str(path), no_input=True)


@pytest.mark.django_db
def test_restore_refuses_a_backup_of_the_other_engine_and_changes_nothing(tmp_path, partnership):
    other = "postgresql" if current_engine() == "sqlite" else "sqlite"
    labels = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    path = _archive(
        tmp_path / "other-engine.tar.gz",
        _manifest(engine=other, database_file="x"),
        {"x": b"not restored"},
    )
    message = (
        f"is a backup of a {labels[other]} database, but this site uses {labels[current_engine()]}"
    )
    with pytest.raises(CommandError, match=message):
        call("restore", str(path), no_input=True)
    assert Partnership.objects.filter(slug="ottawa").exists()


def test_backup_refuses_to_overwrite_a_file(tmp_path):
    existing = tmp_path / "backup.tar.gz"
    existing.write_bytes(b"precious")
    with pytest.raises(CommandError, match="already exists; choose a new file name"):
        call("backup", str(existing))
    assert existing.read_bytes() == b"precious"


def test_backup_wants_a_tar_gz_name(tmp_path):
    with pytest.raises(CommandError, match=r"must end in .tar.gz or .tgz"):
        call("backup", str(tmp_path / "backup.zip"))


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the in-memory database exists only on SQLite"
)
@pytest.mark.django_db
def test_backup_explains_that_an_in_memory_database_cannot_be_copied(tmp_path):
    with pytest.raises(CommandError, match="in-memory SQLite database cannot be backed up"):
        call("backup", str(tmp_path / "backup.tar.gz"))
    assert not list(tmp_path.iterdir())


# --- `liphub demo` for real: a fresh var/ folder, served over HTTP ---------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_liphub_demo_serves_the_demo_site_in_english_and_french_with_static_files(tmp_path):
    port = _free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "MEDIA_ROOT", "STATIC_ROOT"}
        and not key.startswith("PYTEST")
    }
    env.pop("SECRET_KEY", None)
    env.pop("DEBUG", None)
    env["LIPHUB_VAR_DIR"] = str(tmp_path / "var")
    log = (tmp_path / "demo.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "liphub.cli", "demo", "--port", str(port)],
        cwd=PROJECT_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 110
        while True:
            try:
                status, home = _get(f"{base}/en/")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(
                        "liphub demo did not serve:\n" + (tmp_path / "demo.log").read_text()
                    )
                time.sleep(0.3)
        assert status == 200
        assert "Ottawa Local Immigration Partnership" in home
        status, french = _get(f"{base}/fr/")
        assert status == 200
        assert "Partenariat local d&#x27;immigration d&#x27;Ottawa" in french
        status, _ = _get(f"{base}/en/lip/ottawa/")
        assert status == 200
        status, css = _get(f"{base}/static/liphub/liphub.css")
        assert status == 200 and css
        printed = (tmp_path / "demo.log").read_text()
        assert "coordinator@demo.liphub.ca" in printed and data.PASSWORD in printed
        assert "Directory imports uploaded in the browser run in a background thread." in printed
        _a_browser_import_completes_with_no_worker_started_by_hand(base)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
        log.close()


def _a_browser_import_completes_with_no_worker_started_by_hand(base: str) -> None:
    """The demo coordinator uploads an HSDS file; the demo's worker thread imports it."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def token(url: str) -> str:
        with opener.open(url, timeout=10) as response:
            found = re.search(
                r'name="csrfmiddlewaretoken" value="([^"]+)"', response.read().decode()
            )
        assert found
        return found.group(1)

    login = f"{base}/en/accounts/login/"
    fields = {
        "csrfmiddlewaretoken": token(login),
        "username": "coordinator@demo.liphub.ca",
        "password": data.PASSWORD,
    }
    opener.open(login, data=urllib.parse.urlencode(fields).encode(), timeout=10).close()
    form = f"{base}/en/p/ottawa/directory/import/"
    boundary = "liphub-test-boundary"
    example = PROJECT_DIR / "src/liphub/directory/tests/data/hsds/examples/service_full.json"
    parts = [
        ("csrfmiddlewaretoken", token(form)),
        ("language", "en"),
        ("feed", "demo upload"),
    ]
    body = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in parts
    )
    body += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
        'filename="service_full.json"\r\nContent-Type: application/json\r\n\r\n'
    ).encode()
    body += example.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        form, data=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )
    with opener.open(request, timeout=30) as response:
        job_page = response.geturl()
    assert "/directory/import/jobs/" in job_page
    deadline = time.monotonic() + 60
    while True:  # the job's page goes on to the run's page once imported
        with opener.open(job_page, timeout=10) as response:
            landed, text = response.geturl(), response.read().decode()
        if "/directory/imports/" in landed or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert "/directory/imports/" in landed and "The file was imported." in text
