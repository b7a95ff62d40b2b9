"""Directory imports uploaded in the browser, run in the background.

The upload view saves the file in a private folder (`settings.DIRECTORY_IMPORT_DIR`, never
served) and queues an `ImportJob` (`enqueue_import`). The import worker (`liphub import-worker`,
or the thread `liphub serve` and `liphub demo` start: `start_worker_thread`) claims the oldest
waiting job with one conditional UPDATE, so two workers never run the same job, and runs the
same importer as the command line in the job's partnership (`run_import_job`). The importers are
one transaction each: a rejected file or an unexpected error changes nothing. The job records
the `ImportRun` the importer logged (rejected runs too), its status and, for an unexpected
error, the message; the uploaded file is deleted once the job has finished.

A job left running by a worker that died (its transaction rolled back) is queued again after
`stale_after` seconds, once; a second time it is marked failed.
"""

from __future__ import annotations

import logging
import re
import shutil
import threading
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import close_old_connections, connection
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from liphub.core.models import Partnership
from liphub.directory.import_forms import AIRS, SUFFIXES
from liphub.directory.interchange.airs import import_airs
from liphub.directory.interchange.hsds_import import import_hsds
from liphub.directory.interchange.report import ImportRejectedError
from liphub.directory.models import ImportJob, ImportJobStatus

if TYPE_CHECKING:
    from liphub.accounts.models import User

log = logging.getLogger(__name__)

STALE_AFTER = 3600  # seconds a job may stay "running" before it counts as abandoned
MAX_ATTEMPTS = 2  # a job whose worker died twice is marked failed instead of queued again
POLL_SECONDS = 1.0
REQUEUE_EVERY = 60.0  # seconds between looks for abandoned jobs


def import_folder() -> Path:
    return Path(settings.DIRECTORY_IMPORT_DIR)


def safe_file_name(name: str, suffix: str) -> str:
    """The uploaded file's own name (it is what the import log shows), safe on disk."""
    base = re.sub(r"[^\w.\- ]+", "_", Path(name or "").name).strip(" .") or "upload"
    base = base[:200]
    if not base.lower().endswith(suffix):
        base += suffix
    return base


def enqueue_import(
    *,
    partnership: Partnership,
    upload: UploadedFile,
    file_format: str,
    feed: str = "",
    language: str = "en",
    skip_invalid: bool = False,
    user: User | None = None,
) -> ImportJob:
    """Save the upload in its own private folder and queue it for the import worker."""
    if file_format not in SUFFIXES.values():
        raise ValueError(f"unknown import format {file_format!r}")
    if language not in ("en", "fr"):
        raise ValueError("language must be 'en' or 'fr'")
    name = safe_file_name(upload.name or "", file_format)
    folder = import_folder() / uuid.uuid4().hex
    folder.mkdir(parents=True, mode=0o700)
    try:
        with (folder / name).open("wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
        job = ImportJob(
            partnership=partnership,
            file_path=f"{folder.name}/{name}",
            file_name=name,
            file_format=file_format,
            feed=feed[:100],
            language=language,
            skip_invalid=skip_invalid,
            started_by=user,
        )
        job.full_clean()
        job.save()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return job


def _claim(pk: int) -> bool:
    """Mark a waiting job running with one conditional UPDATE; False when another worker
    claimed it first (the row no longer says queued)."""
    now = timezone.now()
    with scopes_disabled():
        claimed = ImportJob.objects.filter(pk=pk, status=ImportJobStatus.QUEUED).update(
            status=ImportJobStatus.RUNNING,
            started_at=now,
            updated_at=now,
            attempts=F("attempts") + 1,
        )
    return bool(claimed)


def _next_queued_pk() -> int | None:
    with scopes_disabled():
        return (
            ImportJob.objects.filter(status=ImportJobStatus.QUEUED)
            .order_by("created_at", "pk")
            .values_list("pk", flat=True)
            .first()
        )


def _file_of(job: ImportJob) -> Path:
    root = import_folder().resolve()
    path = (root / job.file_path).resolve()
    if root not in path.parents:
        raise ValueError("the job's file is outside the import folder")
    return path


def _execute(job: ImportJob) -> ImportJob:
    """Run a claimed job's import and record how it ended (never leaves it running)."""
    status = ImportJobStatus.FAILED
    run_id: int | None = None
    error = ""
    path: Path | None = None
    try:
        path = _file_of(job)
        if not path.is_file():
            raise FileNotFoundError(_("The uploaded file is no longer there: upload it again."))
        with scopes_disabled():
            partnership = Partnership.objects.get(pk=job.partnership_id)
        if job.file_format == AIRS:
            summary = import_airs(
                partnership=partnership,
                path=path,
                feed=job.feed,
                skip_invalid=job.skip_invalid,
                user=job.started_by,
            )
        else:
            summary = import_hsds(
                partnership=partnership,
                path=path,
                skip_invalid=job.skip_invalid,
                language=job.language,
                feed=job.feed,
                user=job.started_by,
            )
        status, run_id = ImportJobStatus.SUCCEEDED, summary.run_id
    except ImportRejectedError as rejected:
        status, run_id = ImportJobStatus.REJECTED, rejected.run_id
    except Exception as unexpected:  # recorded on the job, never lost
        log.exception("directory import job %s failed", job.pk)
        error = str(unexpected) or type(unexpected).__name__
    # finished (a worker stopped by force leaves the file for the job's next attempt)
    if path is not None and path.parent.parent == import_folder().resolve():
        shutil.rmtree(path.parent, ignore_errors=True)
    now = timezone.now()
    with scopes_disabled():
        # only the claim that is still current may finish the job (a requeued job's second
        # worker would otherwise be overwritten by the first)
        ImportJob.objects.filter(
            pk=job.pk, status=ImportJobStatus.RUNNING, started_at=job.started_at
        ).update(status=status, run_id=run_id, error=error[:5000], finished_at=now, updated_at=now)
        job.refresh_from_db()
    return job


def run_import_job(job: ImportJob) -> ImportJob:
    """Claim this job and run it now (the request itself when imports are not in the
    background). A job another worker claimed first is returned as it stands."""
    claimed = _claim(job.pk)
    with scopes_disabled():
        job.refresh_from_db()
    return _execute(job) if claimed else job


def run_queued_imports(limit: int | None = None) -> int:
    """Run waiting jobs, oldest first, until none is left (or `limit` ran); returns how many."""
    done = 0
    while limit is None or done < limit:
        pk = _next_queued_pk()
        if pk is None:
            break
        if not _claim(pk):
            continue  # another worker took it: look for the next one
        with scopes_disabled():
            job = ImportJob.objects.select_related("started_by").get(pk=pk)
        _execute(job)
        done += 1
    return done


def requeue_stale_jobs(stale_after: float = STALE_AFTER) -> int:
    """Queue again the jobs left running longer than `stale_after` seconds by a worker that
    died (the import's transaction was rolled back), or fail them after MAX_ATTEMPTS."""
    cutoff = timezone.now() - timedelta(seconds=stale_after)
    now = timezone.now()
    with scopes_disabled():
        stale = ImportJob.objects.filter(status=ImportJobStatus.RUNNING, started_at__lt=cutoff)
        if not stale.exists():  # a read: no write lock taken when there is nothing to do
            return 0
        failed = stale.filter(attempts__gte=MAX_ATTEMPTS).update(
            status=ImportJobStatus.FAILED,
            error=_("The import worker stopped during this import; nothing was changed."),
            finished_at=now,
            updated_at=now,
        )
        requeued = stale.filter(attempts__lt=MAX_ATTEMPTS).update(
            status=ImportJobStatus.QUEUED, started_at=None, updated_at=now
        )
    return failed + requeued


def work(
    *,
    once: bool = False,
    stale_after: float = STALE_AFTER,
    poll: float = POLL_SECONDS,
    stop: threading.Event | None = None,
) -> int:
    """The worker loop: requeue abandoned jobs, run the waiting ones, sleep, again."""
    stop = stop or threading.Event()
    done = 0
    next_requeue = 0.0
    while not stop.is_set():
        _drop_stale_connections()
        try:
            if time.monotonic() >= next_requeue:
                requeue_stale_jobs(stale_after)
                next_requeue = time.monotonic() + REQUEUE_EVERY
            done += run_queued_imports()
        except Exception:
            if once:
                raise
            log.exception("directory import worker: retrying in %s s", poll)
        if once:
            break
        stop.wait(poll)
    _drop_stale_connections()
    return done


def _drop_stale_connections() -> None:
    """Between jobs, as between requests: close a connection that is broken or past its age
    (never inside a transaction, as in tests)."""
    if not connection.in_atomic_block:
        close_old_connections()


def start_worker_thread(stale_after: float = STALE_AFTER) -> threading.Thread:
    """The worker loop in a daemon thread of this process (`liphub serve`, `liphub demo`)."""

    def loop() -> None:
        try:
            work(stale_after=stale_after)
        finally:
            connection.close()

    thread = threading.Thread(target=loop, name="liphub-import-worker", daemon=True)
    thread.start()
    return thread
