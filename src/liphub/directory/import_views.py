"""Importing and exporting the directory in the browser (/p/<slug>/directory/import/ ...).

Coordinators upload an HSDS JSON file, an HSDS CSV datapackage (.zip), Open Referral UK JSON
or an AIRS XML export; the page saves it to a temporary folder and runs the same importer as
the command line (`import_hsds`, `import_airs`). An import is one transaction: a rejected file
changes nothing and every problem is listed. Every run is logged as an `ImportRun`, which
everyone with a role may read. The export downloads the HSDS JSON and CSV datapackage as a zip.
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadedfile import UploadedFile
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from liphub.accounts.access import access_partnership
from liphub.core.models import Partnership
from liphub.directory.import_forms import AIRS, DirectoryImportForm, max_upload_bytes
from liphub.directory.interchange.airs import import_airs
from liphub.directory.interchange.export import export_hsds
from liphub.directory.interchange.hsds_import import import_hsds
from liphub.directory.interchange.report import ImportRejectedError, Problem
from liphub.directory.models import ImportRun
from liphub.partnerships.web import partnership_page, posted

if TYPE_CHECKING:
    from liphub.accounts.models import User

VIEW = "partnerships.view"
MANAGE = "partnerships.manage"
LOG_PAGE_SIZE = 50

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


def _safe_name(name: str, suffix: str) -> str:
    """The uploaded file's own name (it is what the import log shows), safe on disk."""
    base = re.sub(r"[^\w.\- ]+", "_", os.path.basename(name or "")).strip(" .") or "upload"
    base = base[:200]
    if not base.lower().endswith(suffix):
        base += suffix
    return base


def _save_upload(upload: UploadedFile, folder: Path, suffix: str) -> Path:
    path = folder / _safe_name(upload.name or "", suffix)
    with path.open("wb") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    return path


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


def _latest_run(partnership: Partnership, user: Any) -> ImportRun | None:
    return (
        ImportRun.objects.filter(partnership=partnership, started_by=user)
        .order_by("-created_at", "-pk")
        .first()
    )


@login_required
def directory_import(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    form = DirectoryImportForm(posted(request), request.FILES or None)
    problems: list[Problem] = []
    rejected_run: ImportRun | None = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with tempfile.TemporaryDirectory(prefix="liphub-import-") as folder:
            path = _save_upload(data["file"], Path(folder), form.file_format)
            try:
                if form.file_format == AIRS:
                    import_airs(
                        partnership=partnership,
                        path=path,
                        feed=data["feed"],
                        skip_invalid=data["skip_invalid"],
                        user=cast("User", request.user),
                    )
                else:
                    import_hsds(
                        partnership=partnership,
                        path=path,
                        skip_invalid=data["skip_invalid"],
                        language=data["language"],
                        feed=data["feed"],
                        user=request.user,
                    )
            except ImportRejectedError as error:
                problems = list(error.problems)
                rejected_run = _latest_run(partnership, request.user)
        if not problems:
            run = _latest_run(partnership, request.user)
            messages.success(request, _("The file was imported."))
            if run is not None:
                return redirect(reverse("directory:import_detail", args=[partnership.slug, run.pk]))
            return redirect(reverse("directory:import_list", args=[partnership.slug]))
    failed = bool(problems) or (form.is_bound and bool(form.errors))
    return partnership_page(
        request,
        partnership,
        "directory/import_form.html",
        {
            "form": form,
            "problems": problems,
            "rejected_run": rejected_run,
            "max_mb": max_upload_bytes() // (1024 * 1024),
        },
        status=400 if failed else 200,
    )


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
        request, partnership, "directory/import_list.html", {"page": page, "rows": rows}
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
