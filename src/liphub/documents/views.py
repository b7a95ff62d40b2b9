"""Document pages: list, upload, edit, delete, and a permission-checked download."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from liphub.accounts.access import access_partnership
from liphub.documents import selectors, services
from liphub.documents.forms import DocumentEditForm, DocumentUploadForm
from liphub.documents.models import DocumentLanguage, Visibility
from liphub.documents.responses import document_file_response


@login_required
def document_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, "partnerships.view")
    visibility = request.GET.get("visibility") or None
    language = request.GET.get("language") or None
    if visibility not in Visibility.values:
        visibility = None
    if language not in DocumentLanguage.values:
        language = None
    documents = selectors.list_documents(
        user=request.user, partnership=partnership, visibility=visibility, language=language
    )
    readable = selectors.visibilities_for(request.user, partnership)
    return render(
        request,
        "documents/document_list.html",
        {
            "partnership": partnership,
            "can_manage": request.user.has_perm("partnerships.manage", partnership),
            "can_upload": bool(selectors.upload_visibilities_for(request.user, partnership)),
            "documents": documents,
            "visibility_choices": [c for c in Visibility.choices if c[0] in readable],
            "language_choices": DocumentLanguage.choices,
            "selected_visibility": visibility or "",
            "selected_language": language or "",
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def document_upload(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, "partnerships.contribute")
    visibilities = selectors.upload_visibilities_for(request.user, partnership)
    form = DocumentUploadForm(
        request.POST or None, request.FILES or None, visibilities=visibilities
    )
    if request.method == "POST" and form.is_valid():
        try:
            document = services.upload_document(
                partnership=partnership, uploaded_by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("“%(title)s” was uploaded.") % {"title": document.tr("title")}
            )
            return redirect("documents:document_list", slug=partnership.slug)
    return render(
        request,
        "documents/document_upload.html",
        {
            "partnership": partnership,
            "can_manage": request.user.has_perm("partnerships.manage", partnership),
            "form": form,
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def document_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, "partnerships.manage")
    document = selectors.get_document_for_edit(partnership, pk)
    form = DocumentEditForm(
        request.POST or None,
        instance=document,
        visibilities=selectors.upload_visibilities_for(request.user, partnership),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_document(
                document=document,
                expected_version=form.cleaned_data["version"],
                title_en=form.cleaned_data["title_en"],
                title_fr=form.cleaned_data["title_fr"],
                language=form.cleaned_data["language"],
                visibility=form.cleaned_data["visibility"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The document was saved."))
            return redirect("documents:document_list", slug=partnership.slug)
    return render(
        request,
        "documents/document_edit.html",
        {"partnership": partnership, "can_manage": True, "form": form, "document": document},
        status=400 if form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def document_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, "partnerships.manage")
    document = selectors.get_document_for_edit(partnership, pk)
    if request.method == "POST":
        title = str(document.tr("title"))
        services.delete_document(document=document)
        messages.success(request, _("“%(title)s” was deleted.") % {"title": title})
        return redirect("documents:document_list", slug=partnership.slug)
    return render(
        request,
        "documents/document_confirm_delete.html",
        {"partnership": partnership, "can_manage": True, "document": document},
    )


@login_required
def document_download(request: HttpRequest, slug: str, pk: int) -> FileResponse:
    partnership = access_partnership(request.user, slug, "partnerships.view")
    document = selectors.access_document(request.user, partnership, pk)
    return document_file_response(document)
