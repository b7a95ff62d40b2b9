"""Uploads are checked by extension, content and size; bad files give field errors."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.documents.models import Document
from liphub.documents.tests.factories import (
    EXE_BYTES,
    PDF_BYTES,
    PNG_BYTES,
    office_bytes,
    upload,
)

pytestmark = pytest.mark.django_db


def post_upload(client, partnership, file, **data):
    url = reverse("documents:document_upload", args=[partnership.slug])
    payload = {"language": "en", "visibility": "partners", "title_en": "", "title_fr": "", **data}
    payload["file"] = file
    return client.post(url, payload)


def document_count():
    with scopes_disabled():
        return Document.objects.count()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("minutes.pdf", PDF_BYTES),
        ("photo.png", PNG_BYTES),
        ("plan.docx", office_bytes("docx")),
        ("budget.xlsx", office_bytes("xlsx")),
        ("slides.pptx", office_bytes("pptx")),
        ("notes.md", "# Procès-verbal\n\nÉtablissement des nouveaux arrivants.\n".encode()),
        ("partners.csv", b"name,sector\nOCISO,settlement\n"),
    ],
)
def test_coordinator_uploads_an_accepted_file(coordinator_client, partnership, name, content):
    response = post_upload(coordinator_client, partnership, upload(name, content))
    assert response.status_code == 302
    with scopes_disabled():
        document = Document.objects.get()
    assert document.original_name == name
    assert document.size == len(content)
    assert document.partnership == partnership
    assert document.title_en == name.rsplit(".", 1)[0]
    # The stored name is random, not the uploaded one.
    assert name not in document.file.name


def test_an_executable_renamed_pdf_is_refused_with_a_field_error(coordinator_client, partnership):
    response = post_upload(coordinator_client, partnership, upload("minutes.pdf", EXE_BYTES))
    assert response.status_code == 400
    errors = response.context["form"].errors["file"]
    assert "not a real PDF file" in errors[0]
    assert 'role="alert"' in response.text
    assert document_count() == 0


def test_a_text_file_renamed_docx_is_refused(coordinator_client, partnership):
    response = post_upload(coordinator_client, partnership, upload("plan.docx", b"hello"))
    assert response.status_code == 400
    assert "file" in response.context["form"].errors


def test_a_zip_of_a_spreadsheet_renamed_docx_is_refused(coordinator_client, partnership):
    response = post_upload(
        coordinator_client, partnership, upload("plan.docx", office_bytes("xlsx"))
    )
    assert response.status_code == 400
    assert "file" in response.context["form"].errors


def test_binary_content_in_a_csv_is_refused(coordinator_client, partnership):
    response = post_upload(coordinator_client, partnership, upload("data.csv", PNG_BYTES))
    assert response.status_code == 400
    assert "file" in response.context["form"].errors


def test_an_unlisted_extension_is_refused(coordinator_client, partnership):
    response = post_upload(coordinator_client, partnership, upload("setup.exe", EXE_BYTES))
    assert response.status_code == 400
    assert "not accepted" in response.context["form"].errors["file"][0]


def test_a_file_over_the_size_limit_is_refused(coordinator_client, partnership, settings):
    settings.DOCUMENT_MAX_BYTES = 50
    response = post_upload(coordinator_client, partnership, upload("big.pdf", PDF_BYTES))
    assert response.status_code == 400
    assert "too big" in response.context["form"].errors["file"][0]
    assert document_count() == 0


def test_an_empty_file_is_refused(coordinator_client, partnership):
    response = post_upload(coordinator_client, partnership, upload("empty.pdf", b""))
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == ["The file is empty."]


def test_a_missing_file_is_a_field_error(coordinator_client, partnership):
    url = reverse("documents:document_upload", args=[partnership.slug])
    response = coordinator_client.post(url, {"language": "en", "visibility": "partners"})
    assert response.status_code == 400
    assert "file" in response.context["form"].errors


def test_upload_errors_are_shown_in_french(coordinator_client, partnership):
    url = f"/fr/p/{partnership.slug}/documents/upload/"
    response = coordinator_client.post(
        url, {"language": "en", "visibility": "partners", "file": upload("a.pdf", EXE_BYTES)}
    )
    assert response.status_code == 400
    assert "PDF" in response.context["form"].errors["file"][0]
    assert "not a real" not in response.context["form"].errors["file"][0]
