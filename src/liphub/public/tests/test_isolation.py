"""The public site of one partnership never shows another's meetings or documents."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.documents.tests.factories import DocumentFactory
from liphub.meetings.tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {
    "public:meeting_detail",
    "public:document_download",
}


@pytest.fixture
def kingston(other_partnership):
    with scopes_disabled():
        return {
            "published": MeetingFactory(
                partnership=other_partnership, title_en="Kingston council", is_published=True
            ),
            "unpublished": MeetingFactory(
                partnership=other_partnership, title_en="Kingston draft", is_published=False
            ),
            "public_document": DocumentFactory(
                partnership=other_partnership, visibility="public", title_en="Kingston report"
            ),
            "private_document": DocumentFactory(
                partnership=other_partnership, visibility="private", title_en="Kingston memo"
            ),
        }


def cases():
    return [
        ("public:meeting_detail", "published", "ottawa", 404),
        ("public:meeting_detail", "published", "kingston", 200),
        ("public:meeting_detail", "unpublished", "ottawa", 404),
        ("public:meeting_detail", "unpublished", "kingston", 404),
        ("public:document_download", "public_document", "ottawa", 404),
        ("public:document_download", "public_document", "kingston", 200),
        ("public:document_download", "private_document", "ottawa", 404),
        ("public:document_download", "private_document", "kingston", 404),
    ]


def test_cases_cover_every_isolated_url():
    assert {name for name, *_rest in cases()} == ISOLATED_URLS


@pytest.mark.parametrize(("url_name", "key", "slug", "status"), cases())
@pytest.mark.parametrize("as_coordinator", [False, True])
def test_objects_are_only_reachable_under_their_own_partnership(
    client, coordinator, partnership, kingston, url_name, key, slug, status, as_coordinator
):
    if as_coordinator:
        client.force_login(coordinator)
    url = reverse(url_name, args=[slug, kingston[key].pk])
    assert client.get(url).status_code == status
    # The public site is read-only: a POST never changes anything.
    assert client.post(url).status_code in {404, 405, 200}


def test_public_lists_never_show_another_partnerships_content(client, partnership, kingston):
    for url_name in ("public:meeting_list", "public:document_list", "public:calendar_feed"):
        response = client.get(reverse(url_name, args=["ottawa"]))
        assert response.status_code == 200
        assert b"Kingston" not in response.content
