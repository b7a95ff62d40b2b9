"""Another partnership's documents answer 404 under every URL that takes a document id."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.documents.models import Document
from liphub.documents.tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {
    "documents:document_edit",
    "documents:document_delete",
    "documents:document_download",
}


@pytest.fixture
def foreign_document(other_partnership):
    with scopes_disabled():
        return DocumentFactory(
            partnership=other_partnership, visibility="public", title_en="Kingston report"
        )


@pytest.mark.parametrize("url_name", sorted(ISOLATED_URLS))
@pytest.mark.parametrize("slug", ["ottawa", "kingston"])
def test_other_partnerships_document_answers_404(
    coordinator_client, partnership, other_partnership, foreign_document, url_name, slug
):
    url = reverse(url_name, args=[slug, foreign_document.pk])
    assert coordinator_client.get(url).status_code == 404
    data = {"title_en": "Hijacked", "language": "en", "visibility": "private", "version": 1}
    assert coordinator_client.post(url, data).status_code == 404
    with scopes_disabled():
        foreign_document.refresh_from_db()
        assert Document.objects.filter(pk=foreign_document.pk).exists()
    assert foreign_document.title_en == "Kingston report"
    assert foreign_document.visibility == "public"
    assert foreign_document.version == 1


def test_the_list_never_shows_another_partnerships_documents(
    coordinator_client, partnership, foreign_document
):
    response = coordinator_client.get(reverse("documents:document_list", args=["ottawa"]))
    assert response.status_code == 200
    assert "Kingston report" not in response.text
    assert (
        coordinator_client.get(reverse("documents:document_list", args=["kingston"])).status_code
        == 404
    )
