"""Background directory imports: the queue, the worker and its command, and the job's page.

Everything runs on the real database: a job is queued with `enqueue_import`, then the worker
(`run_queued_imports`, `liphub import-worker --once`, or its loop in a thread) runs it.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.directory import import_jobs
from liphub.directory.import_forms import AIRS, JSON
from liphub.directory.import_jobs import (
    enqueue_import,
    requeue_stale_jobs,
    run_import_job,
    run_queued_imports,
)
from liphub.directory.interchange.hsds_import import import_hsds
from liphub.directory.models import ImportJob, ImportRun, Service
from liphub.directory.tests.test_import_views import (
    AIRS_ONE,
    INVALID,
    SERVICE_FULL,
    row_count,
    runs,
    snapshot,
)

pytestmark = pytest.mark.django_db


def queue(partnership: Any, user: Any, path: Path, **options: Any) -> ImportJob:
    file_format = AIRS if path.suffix == ".xml" else JSON
    with scopes_disabled():
        return enqueue_import(
            partnership=partnership,
            upload=SimpleUploadedFile(path.name, path.read_bytes()),
            file_format=file_format,
            user=user,
            **options,
        )


def fresh(job: ImportJob) -> ImportJob:
    with scopes_disabled():
        return ImportJob.objects.get(pk=job.pk)


def job_url(slug: str, pk: int) -> str:
    return reverse("directory:import_job", args=[slug, pk])


def stored_file(job: ImportJob, settings: Any) -> Path:
    return Path(settings.DIRECTORY_IMPORT_DIR) / job.file_path


def test_the_worker_imports_what_the_command_line_imports(
    partnership: Any, other_partnership: Any, coordinator: Any, settings: Any
) -> None:
    job = queue(partnership, coordinator, SERVICE_FULL, feed="Example feed", language="fr")
    path = stored_file(job, settings)
    assert path.is_file() and path.read_bytes() == SERVICE_FULL.read_bytes()
    assert path.is_relative_to(settings.DIRECTORY_IMPORT_DIR)
    assert not path.is_relative_to(settings.MEDIA_ROOT)  # never under a served folder
    assert run_queued_imports() == 1
    job = fresh(job)
    (run,) = runs(partnership)
    assert job.status == "succeeded" and job.run_id == run.pk and job.attempts == 1
    assert run.succeeded and run.file_name == "service_full.json" and run.started_by == coordinator
    assert not path.exists() and not path.parent.exists()  # the upload is deleted
    # the same import from the command line's function into another partnership: same result
    import_hsds(
        partnership=other_partnership,
        path=SERVICE_FULL,
        feed="Example feed",
        language="fr",
        user=coordinator,
    )
    (direct,) = runs(other_partnership)
    assert direct.summary == run.summary and direct.kind == run.kind
    ours, theirs = snapshot(partnership), snapshot(other_partnership)
    assert {k: [r[1:] for r in v] for k, v in ours.items()} == {
        k: [r[1:] for r in v] for k, v in theirs.items()
    }
    with scopes_disabled():
        service = Service.objects.get(partnership=partnership)
    assert service.name_fr == "Community Counselling" and service.feed == "Example feed"
    assert run_queued_imports() == 0  # nothing left


def test_an_airs_job_and_the_oldest_job_first(partnership: Any, coordinator: Any) -> None:
    first = queue(partnership, coordinator, INVALID)
    second = queue(partnership, coordinator, AIRS_ONE)
    assert run_queued_imports(limit=1) == 1
    assert fresh(first).status == "rejected" and fresh(second).status == "queued"
    assert run_queued_imports() == 1
    second = fresh(second)
    assert second.status == "succeeded" and second.run is not None
    assert second.run.kind == "airs_xml"


def test_a_rejected_file_changes_nothing_and_the_job_page_lists_every_problem(
    client: Any, partnership: Any, coordinator: Any
) -> None:
    queue(partnership, coordinator, SERVICE_FULL)
    run_queued_imports()
    before = snapshot(partnership)
    job = queue(partnership, coordinator, INVALID)
    run_queued_imports()
    job = fresh(job)
    assert job.status == "rejected" and snapshot(partnership) == before
    run = runs(partnership)[-1]
    assert job.run_id == run.pk and not run.succeeded and len(run.problems) > 1
    client.force_login(coordinator)
    page = client.get(job_url("ottawa", job.pk))
    text = page.content.decode().replace("&#x27;", "'").replace("&quot;", '"')
    assert page.status_code == 200 and 'id="import-problems"' in text
    assert text.count("<tr>") == len(run.problems) + 1
    for problem in run.problems:
        assert problem["message"] in text
        if problem["row"] is not None:
            kind = "item" if problem["row_kind"] == "item" else "line"
            assert f"<td>{kind} {problem['row']}</td>" in text
        if problem["field"]:
            assert f"<td>{problem['field']}</td>" in text
    assert 'hx-trigger="every' not in text  # finished: the page no longer polls


def test_two_claims_never_run_the_same_job(partnership: Any, coordinator: Any) -> None:
    job = queue(partnership, coordinator, SERVICE_FULL)
    assert import_jobs._claim(job.pk) is True
    assert import_jobs._claim(job.pk) is False  # a second worker finds it taken
    assert run_queued_imports() == 0  # and the queue is empty for everyone else
    assert fresh(job).status == "running"
    # run_import_job on a job someone else holds returns it untouched
    assert run_import_job(fresh(job)).status == "running"
    assert runs(partnership) == []


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_run_each_job_exactly_once(partnership: Any, coordinator: Any) -> None:
    from django.db import connection

    if connection.vendor == "sqlite":
        # the test database is SQLite's shared in-memory cache, whose table locks do not wait
        # for each other as a database file's do; the claim is tested above on every database
        pytest.skip("concurrent writers need PostgreSQL or a SQLite file")
    queued = [queue(partnership, coordinator, SERVICE_FULL, feed=f"feed {n}") for n in range(4)]
    done: list[int] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            done.append(run_queued_imports())
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            from django.db import connection

            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == [] and sum(done) == 4
    assert len(runs(partnership)) == 4
    for job in queued:
        job = fresh(job)
        assert job.status == "succeeded" and job.attempts == 1


def test_a_missing_file_marks_the_job_failed_with_its_message(
    client: Any, partnership: Any, coordinator: Any, member: Any, settings: Any
) -> None:
    job = queue(partnership, coordinator, SERVICE_FULL)
    stored_file(job, settings).unlink()
    assert run_queued_imports() == 1
    job = fresh(job)
    assert job.status == "failed" and job.finished_at and job.run is None
    assert "no longer there" in job.error
    assert runs(partnership) == [] and row_count(partnership) == 0
    client.force_login(coordinator)
    page = client.get(job_url("ottawa", job.pk)).content.decode()
    assert "The import stopped because of an unexpected error" in page and job.error in page
    # the error's own text (it may name files and internals) is for coordinators only
    client.force_login(member)
    page = client.get(job_url("ottawa", job.pk)).content.decode()
    assert "The import stopped because of an unexpected error" in page
    assert job.error not in page
    client.force_login(coordinator)
    # it is listed above the import log, since the log has no run for it
    log = client.get(reverse("directory:import_list", args=["ottawa"])).content.decode()
    assert job_url("ottawa", job.pk) in log and "Stopped by an error" in log


def test_an_unexpected_exception_fails_the_job_and_changes_nothing(
    partnership: Any, coordinator: Any, monkeypatch: Any
) -> None:
    def broken(**kwargs: Any) -> Any:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(import_jobs, "import_hsds", broken)
    job = queue(partnership, coordinator, SERVICE_FULL)
    assert run_queued_imports() == 1
    job = fresh(job)
    assert job.status == "failed" and job.error == "disk on fire" and job.finished_at
    assert runs(partnership) == []


def test_a_job_left_running_by_a_dead_worker_is_queued_again_once(
    partnership: Any, coordinator: Any
) -> None:
    job = queue(partnership, coordinator, SERVICE_FULL)
    assert import_jobs._claim(job.pk)  # the worker died here
    assert requeue_stale_jobs(stale_after=3600) == 0  # not stale yet
    with scopes_disabled():
        ImportJob.objects.filter(pk=job.pk).update(started_at=timezone.now() - timedelta(hours=2))
    assert requeue_stale_jobs(stale_after=3600) == 1
    assert fresh(job).status == "queued"
    assert import_jobs._claim(job.pk)  # the second worker dies too
    with scopes_disabled():
        ImportJob.objects.filter(pk=job.pk).update(started_at=timezone.now() - timedelta(hours=2))
    assert requeue_stale_jobs(stale_after=3600) == 1
    job = fresh(job)
    assert job.status == "failed" and job.attempts == 2 and "worker stopped" in job.error


def test_the_worker_command_once_runs_what_is_queued(partnership: Any, coordinator: Any) -> None:
    jobs = [queue(partnership, coordinator, SERVICE_FULL), queue(partnership, coordinator, INVALID)]
    out = StringIO()
    call_command("import_worker", "--once", stdout=out)
    assert "Ran 2 import(s)." in out.getvalue()
    assert [fresh(job).status for job in jobs] == ["succeeded", "rejected"]
    out = StringIO()
    call_command("import_worker", "--once", stdout=out)
    assert "Ran 0 import(s)." in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_the_worker_loop_in_a_thread_runs_a_job_queued_later(
    partnership: Any, coordinator: Any
) -> None:
    stop = threading.Event()

    def loop() -> None:
        from django.db import connection

        try:
            import_jobs.work(stop=stop, poll=0.05)
        finally:
            connection.close()

    thread = threading.Thread(target=loop)
    thread.start()
    try:
        job = queue(partnership, coordinator, SERVICE_FULL)
        deadline = time.monotonic() + 30
        while fresh(job).status in ("queued", "running") and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(30)
    assert fresh(job).status == "succeeded" and not thread.is_alive()


def test_without_background_imports_the_request_runs_the_job(
    client: Any, partnership: Any, coordinator: Any, settings: Any
) -> None:
    settings.DIRECTORY_IMPORT_IN_BACKGROUND = False
    client.force_login(coordinator)
    response = client.post(
        reverse("directory:import", args=["ottawa"]),
        {
            "file": SimpleUploadedFile("service_full.json", SERVICE_FULL.read_bytes()),
            "language": "en",
        },
    )
    with scopes_disabled():
        job = ImportJob.objects.get()
    assert job.status == "succeeded"
    assert response["Location"] == job_url("ottawa", job.pk)  # one code path: the job's page
    (run,) = runs(partnership)
    page = client.get(response["Location"])
    assert page["Location"] == reverse("directory:import_detail", args=["ottawa", run.pk])


def test_the_job_page_while_waiting_polls_and_works_without_javascript(
    client: Any, partnership: Any, coordinator: Any
) -> None:
    job = queue(partnership, coordinator, SERVICE_FULL)
    client.force_login(coordinator)
    page = client.get(job_url("ottawa", job.pk)).content.decode()
    assert 'role="status"' in page and "Waiting for the import worker." in page
    assert f'hx-get="{job_url("ottawa", job.pk)}"' in page
    assert 'hx-trigger="every 2s"' in page
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in page
    assert f'<a href="{job_url("ottawa", job.pk)}">Refresh</a>' in page
    # the form page and the log list the waiting import
    form = client.get(reverse("directory:import", args=["ottawa"])).content.decode()
    assert job_url("ottawa", job.pk) in form and "Waiting" in form
    # htmx's look: the status sentence only, until it has finished
    poll = client.get(job_url("ottawa", job.pk), HTTP_HX_REQUEST="true")
    assert poll.status_code == 200 and b"Waiting for the import worker." in poll.content
    assert b"<html" not in poll.content
    assert import_jobs._claim(job.pk)
    poll = client.get(job_url("ottawa", job.pk), HTTP_HX_REQUEST="true")
    assert b"Importing" in poll.content
    with scopes_disabled():
        ImportJob.objects.filter(pk=job.pk).update(status="queued")
    run_queued_imports()
    # finished: htmx goes on to the run's page
    poll = client.get(job_url("ottawa", job.pk), HTTP_HX_REQUEST="true")
    (run,) = runs(partnership)
    assert poll["HX-Redirect"] == reverse("directory:import_detail", args=["ottawa", run.pk])


def test_a_rejected_job_answers_htmx_with_the_problems_and_stops_polling(
    client: Any, partnership: Any, coordinator: Any
) -> None:
    job = queue(partnership, coordinator, INVALID)
    run_queued_imports()
    client.force_login(coordinator)
    poll = client.get(job_url("ottawa", job.pk), HTTP_HX_REQUEST="true")
    text = poll.content.decode()
    assert poll.status_code == 286  # htmx stops polling
    assert 'id="import-job-result" hx-swap-oob="true"' in text and 'id="import-problems"' in text


def test_the_job_page_in_french(client: Any, partnership: Any, coordinator: Any) -> None:
    waiting = queue(partnership, coordinator, SERVICE_FULL)
    client.force_login(coordinator)
    page = client.get(f"/fr{job_url('ottawa', waiting.pk)[3:]}").content.decode()
    assert "En attente" in page and "Actualiser" in page
    rejected = queue(partnership, coordinator, INVALID)
    with scopes_disabled():
        ImportJob.objects.filter(pk=waiting.pk).update(status="failed", error="x")
    run_queued_imports()
    assert fresh(rejected).status == "rejected"
    page = client.get(f"/fr{job_url('ottawa', rejected.pk)[3:]}").content.decode()
    assert "Refusé : rien n'a été importé ni modifié." in page.replace("&#x27;", "'")
    assert "ligne" in page or "élément" in page
    log = client.get(f"/fr{reverse('directory:import_list', args=['ottawa'])[3:]}")
    assert "Arrêtée par une erreur" in log.content.decode()


def test_an_upload_that_cannot_be_queued_leaves_no_file(
    partnership: Any, coordinator: Any, settings: Any
) -> None:
    with pytest.raises(ValueError), scopes_disabled():
        enqueue_import(
            partnership=partnership,
            upload=SimpleUploadedFile("x.txt", b"hello"),
            file_format=".txt",
            user=coordinator,
        )
    folder = Path(settings.DIRECTORY_IMPORT_DIR)
    assert not folder.exists() or list(folder.iterdir()) == []
    with scopes_disabled():
        assert ImportJob.objects.count() == 0 and ImportRun.objects.count() == 0
