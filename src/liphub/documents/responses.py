"""The one way a stored document leaves the server: a download after a permission check."""

from __future__ import annotations

from django.http import FileResponse

from liphub.documents.models import Document


def document_file_response(document: Document) -> FileResponse:
    """The stored file as an attachment under its original name (never a public media URL)."""
    response = FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.original_name or document.file.name,
        content_type=document.content_type or "application/octet-stream",
    )
    response["Cache-Control"] = "private, no-store"
    return response
