"""Reads on documents: what a user may see in a partnership, and what the public may see."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from liphub.core.models import Partnership
from liphub.documents.models import Document, Visibility


def visibilities_for(user: Any, partnership: Partnership) -> list[str]:
    """The visibility levels a user may read in a partnership (public is always readable)."""
    levels: list[str] = [Visibility.PUBLIC]
    if user.has_perm("partnerships.view_partner_documents", partnership):
        levels.append(Visibility.PARTNERS)
    if user.has_perm("partnerships.view_private", partnership):
        levels.append(Visibility.PRIVATE)
    return levels


def upload_visibilities_for(user: Any, partnership: Partnership) -> list[str]:
    """Coordinators publish at every level; partner staff share with partners only."""
    if user.has_perm("partnerships.manage", partnership):
        return [Visibility.PRIVATE, Visibility.PARTNERS, Visibility.PUBLIC]
    if user.has_perm("partnerships.contribute", partnership):
        return [Visibility.PARTNERS]
    return []


def list_documents(
    *,
    user: Any,
    partnership: Partnership,
    visibility: str | None = None,
    language: str | None = None,
) -> QuerySet[Document]:
    documents = Document.objects.filter(
        partnership=partnership, visibility__in=visibilities_for(user, partnership)
    ).select_related("uploaded_by")
    if visibility:
        documents = documents.filter(visibility=visibility)
    if language:
        documents = documents.filter(language=language)
    return documents


def access_document(user: Any, partnership: Partnership, pk: int) -> Document:
    """A document of the partnership the user may read, else 404 (its existence stays hidden)."""
    document = list_documents(user=user, partnership=partnership).filter(pk=pk).first()
    if document is None:
        raise Http404("No such document.")
    return document


def get_document_for_edit(partnership: Partnership, pk: int) -> Document:
    document = Document.objects.filter(partnership=partnership, pk=pk).first()
    if document is None:
        raise Http404("No such document.")
    return document


def list_public_documents(partnership: Partnership) -> QuerySet[Document]:
    return Document.objects.filter(partnership=partnership, visibility=Visibility.PUBLIC)


def get_public_document(partnership: Partnership, pk: int) -> Document:
    document = list_public_documents(partnership).filter(pk=pk).first()
    if document is None:
        raise Http404("No such document.")
    return document


def list_attachable_documents(
    *, user: Any, partnership: Partnership, exclude_ids: list[int]
) -> QuerySet[Document]:
    return list_documents(user=user, partnership=partnership).exclude(pk__in=exclude_ids)
