"""Importing and exporting the directory in the browser: the upload page, the import log,
the HSDS export zip, who may do what, and (in a real browser) accessibility."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from liphub.conftest import axe_violations, browser_login
from liphub.directory.import_forms import sniff_format
from liphub.directory.import_jobs import run_queued_imports
from liphub.directory.interchange.hsds_specs import SPECS
from liphub.directory.models import ImportJob, ImportRun, Service

DATA = Path(__file__).parent / "data"
SERVICE_FULL = DATA / "hsds" / "examples" / "service_full.json"
EXAMPLES_CSV = DATA / "hsds" / "examples" / "csv"
INVALID = DATA / "hsds" / "broken" / "invalid_records.json"
MALFORMED = DATA / "hsds" / "broken" / "malformed.json"
AIRS_ONE = DATA / "airs" / "BC211_data_one_agency.xml"
AIRS_INVALID = DATA / "airs" / "BC211_data_with_invalid_agencies.xml"


def url(name: str, *args: Any) -> str:
    return reverse(f"directory:{name}", args=["ottawa", *args])


def upload(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def snapshot(partnership: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every HSDS row of the partnership (pk, hsds_id, version): any change shows."""
    with scope(partnership=[partnership.pk]):
        return {
            name: sorted(
                spec.model._default_manager.filter(partnership=partnership).values_list(
                    "pk", "hsds_id", "version"
                )
            )
            for name, spec in SPECS.items()
        }


def row_count(partnership: Any) -> int:
    return sum(len(rows) for rows in snapshot(partnership).values())


def runs(partnership: Any) -> list[ImportRun]:
    with scopes_disabled():
        return list(ImportRun.objects.filter(partnership=partnership).order_by("created_at", "pk"))


def post_import(client: Any, path: Path, name: str | None = None, **data: Any) -> Any:
    return client.post(
        url("import"), {"file": upload(path, name), "language": "en", "feed": "", **data}
    )


def main_text(response: Any) -> str:
    return response.content.decode()


def jobs(partnership: Any) -> list[ImportJob]:
    with scopes_disabled():
        return list(ImportJob.objects.filter(partnership=partnership).order_by("created_at", "pk"))


def import_in_background(client: Any, path: Path, name: str | None = None, **data: Any) -> Any:
    """Upload the file (it is queued and the answer goes to the job's page), run the import
    worker, then open the job's page as the coordinator's browser does; returns that answer."""
    response = post_import(client, path, name, **data)
    assert response.status_code == 302
    with scopes_disabled():
        job = ImportJob.objects.order_by("-pk").first()
    assert job is not None and job.status == "queued"
    assert response["Location"] == url("import_job", job.pk)
    waiting = client.get(response["Location"])
    assert waiting.status_code == 200 and 'role="status"' in main_text(waiting)
    assert run_queued_imports() == 1
    return client.get(response["Location"])


# --- importing ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_coordinator_imports_the_official_example_and_sees_the_summary(
    client: Any, coordinator: Any, partnership: Any
) -> None:
    client.force_login(coordinator)
    assert client.get(url("import")).status_code == 200
    response = import_in_background(client, SERVICE_FULL, feed="Example feed")
    (run,) = runs(partnership)
    (job,) = jobs(partnership)
    assert job.status == "succeeded" and job.run == run and job.error == ""
    assert job.started_at and job.finished_at and job.started_at <= job.finished_at
    # once imported, the job's page goes on to the run's page in the log
    assert response.status_code == 302
    assert response["Location"] == url("import_detail", run.pk)
    assert run.succeeded and run.kind == "hsds_json" and run.file_name == "service_full.json"
    assert run.feed == "Example feed" and run.started_by == coordinator
    with scopes_disabled():
        service = Service.objects.get(partnership=partnership)
    assert service.name_en == "Community Counselling" and service.feed == "Example feed"

    page = client.get(response["Location"])
    text = main_text(page)
    assert page.status_code == 200 and "The file was imported." in text
    assert "Imported." in text and "service_full.json" in text
    # the summary table: one row per object type and action, the numbers from the log
    service_created = run.summary["service"]["created"]
    assert service_created == 1
    assert '<th scope="row">service</th><td>created</td><td class="number">1</td>' in text
    # the log lists the run with its totals
    log = main_text(client.get(url("import_list")))
    assert "service_full.json" in log and "Example feed" in log
    created = sum(actions.get("created", 0) for actions in run.summary.values())
    assert f'<td class="number">{created}</td>' in log


@pytest.mark.django_db
def test_french_content_language_fills_the_french_columns(
    client: Any, coordinator: Any, partnership: Any
) -> None:
    client.force_login(coordinator)
    assert import_in_background(client, SERVICE_FULL, language="fr").status_code == 302
    with scopes_disabled():
        service = Service.objects.get(partnership=partnership)
    assert service.name_fr == "Community Counselling" and service.name_en == ""


@pytest.mark.django_db
def test_the_csv_datapackage_zip_imports(client: Any, coordinator: Any, partnership: Any) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(EXAMPLES_CSV.glob("*.csv")):
            archive.write(path, path.name)
    client.force_login(coordinator)
    response = client.post(
        url("import"),
        {"file": SimpleUploadedFile("package.zip", buffer.getvalue()), "language": "en"},
    )
    assert response.status_code == 302
    assert run_queued_imports() == 1
    (run,) = runs(partnership)
    assert run.succeeded and run.kind == "hsds_csv" and run.file_name == "package.zip"
    assert row_count(partnership) > 0


@pytest.mark.django_db
def test_the_coordinator_imports_an_airs_file(
    client: Any, coordinator: Any, partnership: Any
) -> None:
    client.force_login(coordinator)
    # no extension: the format is read from the content
    response = import_in_background(client, AIRS_ONE, name="bc211-export")
    assert response.status_code == 302
    (run,) = runs(partnership)
    assert response["Location"] == url("import_detail", run.pk)
    assert run.succeeded and run.kind == "airs_xml" and run.file_name == "bc211-export.xml"
    assert run.feed.startswith("BC 211")  # the file's SourceEntity when no feed is given
    with scopes_disabled():
        services = Service.objects.filter(partnership=partnership).count()
    assert services >= 1
    text = main_text(client.get(response["Location"]))
    assert f'<th scope="row">service</th><td>created</td><td class="number">{services}</td>' in text


@pytest.mark.django_db
@pytest.mark.parametrize("broken", [INVALID, MALFORMED, AIRS_INVALID])
def test_a_broken_file_lists_every_problem_and_changes_nothing(
    client: Any, coordinator: Any, partnership: Any, broken: Path
) -> None:
    client.force_login(coordinator)
    import_in_background(client, SERVICE_FULL)
    before = snapshot(partnership)
    assert row_count(partnership) > 0

    response = import_in_background(client, broken)
    assert response.status_code == 200
    assert snapshot(partnership) == before
    text = main_text(response)
    assert "Rejected: nothing was imported and nothing was changed." in text
    assert "Nothing was imported and nothing was changed" in text
    run = runs(partnership)[-1]
    job = jobs(partnership)[-1]
    assert job.status == "rejected" and job.run == run and job.finished_at
    assert not run.succeeded and run.file_name == broken.name and run.problems
    for problem in run.problems:
        assert problem["message"] in text.replace("&#x27;", "'").replace("&quot;", '"')
    assert text.count("<tr>") >= len(run.problems) + 1
    # every problem with its line or item and its field, as the form page listed them
    for problem in run.problems:
        if problem["row"] is not None:
            kind = "item" if problem["row_kind"] == "item" else "line"
            assert f"<td>{kind} {problem['row']}</td>" in text
        if problem["field"]:
            assert f"<td>{problem['field']}</td>" in text.replace("&#x27;", "'")
    # the attempt is in the log, and its page lists the problems too
    assert url("import_detail", run.pk) in text
    detail = main_text(client.get(url("import_detail", run.pk)))
    assert "Rejected: nothing was imported and nothing was changed" in detail
    assert run.problems[0]["message"].split("'")[0] in detail


@pytest.mark.django_db
def test_skip_invalid_imports_the_valid_records_and_lists_the_others(
    client: Any, coordinator: Any, partnership: Any
) -> None:
    client.force_login(coordinator)
    response = import_in_background(client, INVALID, skip_invalid="on")
    assert response.status_code == 302
    run = runs(partnership)[-1]
    assert run.succeeded and run.problems
    with scopes_disabled():
        assert Service.objects.filter(partnership=partnership, hsds_id="svc-ok").exists()
        assert not Service.objects.filter(hsds_id="svc-bad-types").exists()
    text = main_text(client.get(response["Location"]))
    assert "Records left out" in text and "Skipped:" in text


@pytest.mark.django_db
def test_a_file_over_the_limit_or_of_unknown_format_is_refused(
    client: Any, coordinator: Any, partnership: Any, settings: Any
) -> None:
    client.force_login(coordinator)
    settings.DIRECTORY_IMPORT_MAX_MB = 1
    big = SimpleUploadedFile("big.json", b"[" + b" " * (1024 * 1024 + 10) + b"]")
    response = client.post(url("import"), {"file": big, "language": "en"})
    assert response.status_code == 400
    assert "The file is too large (1.0 MB); the limit is 1 MB." in main_text(response)
    response = client.post(
        url("import"), {"file": SimpleUploadedFile("notes.txt", b"hello"), "language": "en"}
    )
    assert response.status_code == 400 and "This is not a file LIP Hub can import" in main_text(
        response
    )
    assert runs(partnership) == [] and jobs(partnership) == [] and row_count(partnership) == 0


def test_the_format_is_read_from_the_name_then_the_content() -> None:
    assert sniff_format("feed.XML", b"{") == ".xml"
    assert sniff_format("pkg.zip", b"") == ".zip"
    assert sniff_format("data.json", b"<") == ".json"
    assert sniff_format("export", b"\xef\xbb\xbf  <?xml version") == ".xml"
    assert sniff_format("export", b"PK\x03\x04rest") == ".zip"
    assert sniff_format("export", b"\n [{") == ".json"
    assert sniff_format("export.txt", b"hello") is None


@pytest.mark.django_db
def test_members_and_viewers_cannot_import_or_export_but_may_read_the_log(
    client: Any, coordinator: Any, member: Any, viewer: Any, partnership: Any
) -> None:
    client.force_login(coordinator)
    import_in_background(client, SERVICE_FULL)
    (run,) = runs(partnership)
    (job,) = jobs(partnership)
    before = snapshot(partnership)
    for user in (member, viewer):
        client.force_login(user)
        assert client.get(url("import")).status_code == 403
        assert post_import(client, INVALID, skip_invalid="on").status_code == 403
        assert client.get(url("export")).status_code == 403
        assert client.get(url("import_list")).status_code == 200
        page = client.get(url("import_detail", run.pk))
        assert page.status_code == 200 and "service_full.json" in main_text(page)
        assert url("import") not in main_text(page)
        # the job's page is readable too (it goes on to the run)
        assert client.get(url("import_job", job.pk))["Location"] == url("import_detail", run.pk)
    assert snapshot(partnership) == before and len(runs(partnership)) == 1
    assert len(jobs(partnership)) == 1
    client.logout()
    assert client.get(url("import_list")).status_code == 302  # to the login page


# --- export ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_export_zip_holds_hsds_json_and_the_datapackage(
    client: Any, coordinator: Any, partnership: Any
) -> None:
    client.force_login(coordinator)
    import_in_background(client, SERVICE_FULL)
    with scopes_disabled():
        Service.objects.filter(partnership=partnership).update(is_approved=True)
    response = client.get(url("export"), {"language": "en"})
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = set(archive.namelist())
    assert "hsds.json" in names and "datapackage/datapackage.json" in names
    assert "datapackage/services.csv" in names
    services = json.loads(archive.read("hsds.json"))
    assert [s["name"] for s in services] == ["Community Counselling"]
    assert "Community Counselling" in archive.read("datapackage/services.csv").decode()


# --- in a real browser -------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_import_pages_work_and_have_no_accessibility_violations(
    page: Any, coordinator: Any, partnership: Any, language: str
) -> None:
    browser_login(page, "coordinator@example.org")
    page.goto(f"/{language}/p/ottawa/directory/import/")
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []
    # a rejected file: the job's page waits for the worker, then lists every problem
    page.locator("input[type=file]").set_input_files(str(INVALID))
    page.locator("form[enctype] button[type=submit]").click()
    page.wait_for_load_state()
    job = jobs(partnership)[-1]
    assert page.url.endswith(f"/import/jobs/{job.pk}/")
    assert page.locator("[role=status] [href]").count() >= 1  # the "Refresh" link
    assert axe_violations(page) == []
    assert run_queued_imports() == 1
    # htmx looks again every 2 s and shows the result without reloading the page
    page.locator("#import-problems tbody tr").first.wait_for()
    assert page.locator("#import-problems tbody tr").count() == len(runs(partnership)[-1].problems)
    assert page.url.endswith(f"/import/jobs/{job.pk}/")
    assert axe_violations(page) == []
    assert row_count(partnership) == 0
    # the official example: the job's page goes on to the result page with the summary
    page.goto(f"/{language}/p/ottawa/directory/import/")
    page.locator("input[type=file]").set_input_files(str(SERVICE_FULL))
    page.locator("form[enctype] button[type=submit]").click()
    page.wait_for_load_state()
    assert "/import/jobs/" in page.url
    assert run_queued_imports() == 1
    run = runs(partnership)[-1]
    assert run.succeeded
    page.wait_for_url(f"**/imports/{run.pk}/")
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []
    page.goto(f"/{language}/p/ottawa/directory/imports/")
    assert page.locator("tbody tr").count() == 2
    assert axe_violations(page) == []
