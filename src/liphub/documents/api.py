"""API of documents: metadata of the documents a client may read, and their download.

Visibility applies as on the web pages: private documents only for coordinators, partner
documents for every role; a document the client may not read answers 404.
"""

from typing import Any

from django.db.models import QuerySet
from django.http import FileResponse
from django.urls import reverse
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from liphub.accounts.access import access_partnership
from liphub.core.api import VIEW, ApiRequest, ErrorOut, VersionedOut
from liphub.documents import selectors
from liphub.documents.models import Document, DocumentLanguage, Visibility
from liphub.documents.responses import document_file_response

router = Router(tags=["Documents"])

BASE = "/partnerships/{slug}/documents"
READ_ERRORS: dict[int, Any] = {404: ErrorOut}


class DocumentOut(VersionedOut):
    title_en: str
    title_fr: str
    original_name: str
    content_type: str
    size: int
    language: str
    visibility: str
    download_url: str

    @staticmethod
    def resolve_download_url(obj: Document) -> str:
        return reverse(
            "api:document_download",
            kwargs={"slug": obj.partnership.slug, "document_id": obj.pk},
        )


class DocumentFilter(Schema):
    visibility: Visibility | None = None
    language: DocumentLanguage | None = None


@router.get(
    BASE,
    response=list[DocumentOut],
    url_name="document_list",
    summary="List the documents you may read",
)
@paginate
def list_documents(
    request: ApiRequest, slug: str, filters: Query[DocumentFilter]
) -> QuerySet[Document]:
    partnership = access_partnership(request.auth, slug, VIEW)
    return (
        selectors.list_documents(
            user=request.auth,
            partnership=partnership,
            visibility=filters.visibility.value if filters.visibility else None,
            language=filters.language.value if filters.language else None,
        )
        .select_related("partnership")
        .order_by("-created_at", "-pk")
    )


@router.get(
    f"{BASE}/{{document_id}}",
    response={200: DocumentOut, **READ_ERRORS},
    url_name="document_detail",
    summary="One document's metadata",
)
def get_document(request: ApiRequest, slug: str, document_id: int) -> Document:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.access_document(request.auth, partnership, document_id)


@router.get(
    f"{BASE}/{{document_id}}/download",
    response={200: None, **READ_ERRORS},
    url_name="document_download",
    summary="Download the file",
)
def download_document(request: ApiRequest, slug: str, document_id: int) -> FileResponse:
    partnership = access_partnership(request.auth, slug, VIEW)
    return document_file_response(selectors.access_document(request.auth, partnership, document_id))
