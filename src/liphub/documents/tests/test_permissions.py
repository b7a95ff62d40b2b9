"""Who may list, download, upload, edit and delete documents."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.documents.models import Document
from liphub.documents.tests.factories import PDF_BYTES, DocumentFactory, upload

pytestmark = pytest.mark.django_db

ROLES = ["coordinator", "member", "viewer", "analyst", "site_admin"]

# visibility -> roles that may download it inside the partnership
CAN_DOWNLOAD = {
    "private": {"coordinator", "site_admin"},
    "partners": set(ROLES),
    "public": set(ROLES),
}


@pytest.mark.parametrize("visibility", ["private", "partners", "public"])
@pytest.mark.parametrize("role", ROLES)
def test_download_permission_matrix(client, request, partnership, role, visibility):
    user = request.getfixturevalue(role)
    with scopes_disabled():
        document = DocumentFactory(partnership=partnership, visibility=visibility)
    client.force_login(user)
    url = reverse("documents:document_download", args=[partnership.slug, document.pk])
    response = client.get(url)
    if role in CAN_DOWNLOAD[visibility]:
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF_BYTES
        assert response["Content-Disposition"].startswith("attachment")
        assert 'filename="report.pdf"' in response["Content-Disposition"]
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("visibility", ["private", "partners", "public"])
def test_anonymous_visitors_are_sent_to_sign_in_for_internal_downloads(
    client, partnership, visibility
):
    with scopes_disabled():
        document = DocumentFactory(partnership=partnership, visibility=visibility)
    url = reverse("documents:document_download", args=[partnership.slug, document.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    ("visibility", "status"), [("private", 404), ("partners", 404), ("public", 200)]
)
def test_public_site_serves_only_public_documents(client, partnership, visibility, status):
    with scopes_disabled():
        document = DocumentFactory(partnership=partnership, visibility=visibility)
    url = reverse("public:document_download", args=[partnership.slug, document.pk])
    assert client.get(url).status_code == status


@pytest.mark.parametrize("role", ["member", "viewer", "analyst"])
def test_the_list_hides_private_documents_from_everyone_but_coordinators(
    client, request, partnership, role
):
    with scopes_disabled():
        DocumentFactory(partnership=partnership, visibility="private", title_en="Budget notes")
        DocumentFactory(partnership=partnership, visibility="partners", title_en="Work plan")
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse("documents:document_list", args=[partnership.slug]))
    assert response.status_code == 200
    assert "Work plan" in response.text
    assert "Budget notes" not in response.text


def test_coordinator_sees_every_document_in_the_list(coordinator_client, partnership):
    with scopes_disabled():
        DocumentFactory(partnership=partnership, visibility="private", title_en="Budget notes")
    response = coordinator_client.get(reverse("documents:document_list", args=[partnership.slug]))
    assert "Budget notes" in response.text
    assert reverse("documents:document_upload", args=[partnership.slug]) in response.text


@pytest.mark.parametrize("role", ["viewer", "analyst"])
def test_readers_cannot_upload(client, request, partnership, role):
    client.force_login(request.getfixturevalue(role))
    url = reverse("documents:document_upload", args=[partnership.slug])
    assert client.get(url).status_code == 403
    response = client.post(
        url, {"language": "en", "visibility": "partners", "file": upload("a.pdf", PDF_BYTES)}
    )
    assert response.status_code == 403
    with scopes_disabled():
        assert Document.objects.count() == 0


def test_members_upload_for_partners_only(client, member, partnership):
    client.force_login(member)
    url = reverse("documents:document_upload", args=[partnership.slug])
    response = client.post(
        url, {"language": "fr", "visibility": "public", "file": upload("a.pdf", PDF_BYTES)}
    )
    assert response.status_code == 400
    assert "visibility" in response.context["form"].errors
    response = client.post(
        url, {"language": "fr", "visibility": "partners", "file": upload("a.pdf", PDF_BYTES)}
    )
    assert response.status_code == 302
    with scopes_disabled():
        document = Document.objects.get()
    assert document.visibility == "partners"
    assert document.uploaded_by == member


@pytest.mark.parametrize("role", ["member", "viewer", "analyst"])
def test_only_coordinators_edit_and_delete(client, request, partnership, role):
    with scopes_disabled():
        document = DocumentFactory(partnership=partnership)
    client.force_login(request.getfixturevalue(role))
    for name in ("documents:document_edit", "documents:document_delete"):
        url = reverse(name, args=[partnership.slug, document.pk])
        assert client.get(url).status_code == 403
        assert client.post(url, {"version": 1, "title_en": "x"}).status_code == 403
    with scopes_disabled():
        assert Document.objects.filter(pk=document.pk, title_en=document.title_en).exists()


def test_coordinator_deletes_a_document_and_its_file(
    coordinator_client, partnership, django_capture_on_commit_callbacks
):
    with scopes_disabled():
        document = DocumentFactory(partnership=partnership)
    storage, name = document.file.storage, document.file.name
    assert storage.exists(name)
    url = reverse("documents:document_delete", args=[partnership.slug, document.pk])
    assert coordinator_client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(url)
    assert response.status_code == 302
    assert not storage.exists(name)
    with scopes_disabled():
        assert not Document.objects.filter(pk=document.pk).exists()


def test_editing_with_a_stale_version_shows_an_error(coordinator_client, partnership):
    with scopes_disabled():
        document = DocumentFactory(partnership=partnership, title_en="Old")
    url = reverse("documents:document_edit", args=[partnership.slug, document.pk])
    data = {"title_en": "New", "title_fr": "", "language": "en", "visibility": "public"}
    assert coordinator_client.post(url, {**data, "version": 1}).status_code == 302
    response = coordinator_client.post(url, {**data, "title_en": "Newer", "version": 1})
    assert response.status_code == 400
    assert "Someone else changed this record" in response.text
    with scopes_disabled():
        document.refresh_from_db()
    assert document.title_en == "New"
    assert document.version == 2


def test_the_list_runs_a_fixed_number_of_queries(
    coordinator_client, partnership, django_assert_max_num_queries
):
    with scopes_disabled():
        for _ in range(12):
            DocumentFactory(partnership=partnership)
    url = reverse("documents:document_list", args=[partnership.slug])
    with django_assert_max_num_queries(10):
        assert coordinator_client.get(url).status_code == 200
