"""Importing and exporting the directory in the browser (/p/<slug>/directory/import/ ...).

Coordinators upload an HSDS JSON file, an HSDS CSV datapackage (.zip), Open Referral UK JSON
or an AIRS XML export; the page saves it in a private folder and queues an `ImportJob`, which
the import worker runs in the background with the same importer as the command line
(`import_jobs.py`); the job's page follows it and shows its result. An import is one
transaction: a rejected file changes nothing and every problem is listed. Every run is logged
as an `ImportRun`, which everyone with a role may read. The export downloads the HSDS JSON and
CSV datapackage as a zip.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from liphub.accounts.access import access_partnership
from liphub.core.models import Partnership
from liphub.directory.import_forms import DirectoryImportForm, max_upload_bytes
from liphub.directory.import_jobs import enqueue_import, run_import_job
from liphub.directory.interchange.export import export_hsds
from liphub.directory.interchange.report import Problem
from liphub.directory.models import ImportJob, ImportJobStatus, ImportRun
from liphub.partnerships.web import partnership_page, posted

if TYPE_CHECKING:
    from liphub.accounts.models import User

VIEW = "partnerships.view"
MANAGE = "partnerships.manage"
LOG_PAGE_SIZE = 50
PENDING_SHOWN = 20  # uploaded imports listed above the log and on the form page
REFRESH_SECONDS = 2  # how often a waiting or running import's page looks again
HTMX_STOP_POLLING = 286

ACTIONS = {
    "created": gettext_lazy("created"),
    "updated": gettext_lazy("updated"),
    "unchanged": gettext_lazy("unchanged"),
    "skipped": gettext_lazy("skipped"),
    "deleted": gettext_lazy("deleted"),
    "inactivated": gettext_lazy("marked inactive"),
    "empty": gettext_lazy("empty"),
    "reference not found, kept in extra": gettext_lazy("reference not found, kept in extra"),
}


def summary_rows(counts: dict[str, Any]) -> list[dict[str, Any]]:
    """(object type, action, number) rows of an import's counts, in a stable order."""
    rows = []
    for object_type, actions in sorted(counts.items()):
        if not isinstance(actions, dict):
            continue
        for action, number in sorted(actions.items()):
            rows.append(
                {"object_type": object_type, "action": ACTIONS.get(action, action), "n": number}
            )
    return rows


def run_counts(run: ImportRun) -> dict[str, Any]:
    """The counts of a logged run ({object type: {action: n}})."""
    return dict(run.summary or {})


def run_problems(run: ImportRun) -> list[Problem]:
    problems = []
    for item in run.problems or []:
        if not isinstance(item, dict):
            continue
        problems.append(
            Problem(
                file=str(item.get("file") or ""),
                message=str(item.get("message") or ""),
                record=str(item.get("record") or ""),
                row=item.get("row"),
                field=str(item.get("field") or ""),
                skipped=bool(item.get("skipped")),
                row_kind=str(item.get("row_kind") or "line"),
            )
        )
    return problems


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


@login_required
def directory_import(request: HttpRequest, slug: str) -> HttpResponse:
    """The upload form: a valid file is saved and queued, then the job's page follows it."""
    partnership = access_partnership(request.user, slug, MANAGE)
    form = DirectoryImportForm(posted(request), request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        job = enqueue_import(
            partnership=partnership,
            upload=data["file"],
            file_format=form.file_format,
            feed=data["feed"],
            language=data["language"],
            skip_invalid=data["skip_invalid"],
            user=cast("User", request.user),
        )
        if not settings.DIRECTORY_IMPORT_IN_BACKGROUND:
            run_import_job(job)
        return redirect(reverse("directory:import_job", args=[partnership.slug, job.pk]))
    return partnership_page(
        request,
        partnership,
        "directory/import_form.html",
        {
            "form": form,
            "max_mb": max_upload_bytes() // (1024 * 1024),
            "pending": pending_jobs(partnership, user=request.user),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def pending_jobs(partnership: Partnership, user: Any = None) -> list[ImportJob]:
    """Uploaded imports with no run in the log yet: waiting, running, or stopped by an error
    (the most recent first; one user's when `user` is given)."""
    jobs = ImportJob.objects.filter(partnership=partnership, run__isnull=True)
    if user is not None:
        jobs = jobs.filter(started_by=user)
    return list(jobs.select_related("started_by").order_by("-created_at", "-pk")[:PENDING_SHOWN])


@login_required
def import_job(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """An uploaded import: waiting or running (the page refreshes itself), then its result.

    Imported: on to the run's page in the import log. Rejected: every problem, as the form
    page listed them when imports ran in the request. Stopped by an error: its message.
    """
    partnership = access_partnership(request.user, slug, VIEW)
    job = (
        ImportJob.objects.filter(partnership=partnership, pk=pk)
        .select_related("started_by", "run")
        .first()
    )
    if job is None:
        raise Http404
    if job.status == ImportJobStatus.SUCCEEDED and job.run is not None:
        messages.success(request, _("The file was imported."))
        detail = reverse("directory:import_detail", args=[partnership.slug, job.run.pk])
        if _is_htmx(request):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = detail
            return response
        return redirect(detail)
    problems = run_problems(job.run) if job.run is not None else []
    context = {
        "job": job,
        "run": job.run,
        "problems": problems,
        "rows": summary_rows(run_counts(job.run)) if job.run is not None else [],
        "refresh_seconds": REFRESH_SECONDS,
    }
    if _is_htmx(request):
        # the status sentence, and the result out of band; 286 tells htmx to stop polling
        return partnership_page(
            request,
            partnership,
            "directory/_import_job_status.html",
            {**context, "oob": job.is_finished},
            status=HTMX_STOP_POLLING if job.is_finished else 200,
        )
    return partnership_page(request, partnership, "directory/import_job.html", context)


@login_required
def import_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    runs = ImportRun.objects.filter(partnership=partnership).select_related("started_by")
    page = Paginator(runs.order_by("-created_at", "-pk"), LOG_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    rows = []
    for run in page.object_list:
        counts = run_counts(run)
        totals = {
            action: sum(
                int(actions.get(action, 0))
                for actions in counts.values()
                if isinstance(actions, dict)
            )
            for action in ("created", "updated", "skipped")
        }
        rows.append({"run": run, "totals": totals, "problems": len(run.problems or [])})
    return partnership_page(
        request,
        partnership,
        "directory/import_list.html",
        {"page": page, "rows": rows, "pending": pending_jobs(partnership)},
    )


@login_required
def import_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    run = (
        ImportRun.objects.filter(partnership=partnership, pk=pk)
        .select_related("started_by")
        .first()
    )
    if run is None:
        raise Http404
    return partnership_page(
        request,
        partnership,
        "directory/import_detail.html",
        {
            "run": run,
            "rows": summary_rows(run_counts(run)),
            "problems": run_problems(run),
        },
    )


@login_required
def directory_export(request: HttpRequest, slug: str) -> FileResponse:
    """The HSDS export as a zip: hsds.json and datapackage/ (the CSV tables and descriptor)."""
    partnership = access_partnership(request.user, slug, MANAGE)
    language = request.GET.get("language", "en")
    if language not in ("en", "fr"):
        language = "en"
    handle = tempfile.TemporaryFile(suffix=".zip")  # noqa: SIM115 (closed by the response)
    with tempfile.TemporaryDirectory(prefix="liphub-export-") as folder:
        out = Path(folder)
        export_hsds(partnership=partnership, out=out, language=language)
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(out.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(out).as_posix())
    handle.seek(0)
    stamp = timezone.localdate().isoformat()
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"{partnership.slug}-hsds-{language}-{stamp}.zip",
        content_type="application/zip",
    )
