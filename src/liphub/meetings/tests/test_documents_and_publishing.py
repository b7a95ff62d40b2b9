"""Documents attached to meetings, and publishing a meeting to the public site."""

from __future__ import annotations

import pytest
from django.urls import reverse

from liphub.documents.models import Document
from liphub.documents.tests.factories import EXE_BYTES, PDF_BYTES, DocumentFactory, upload
from liphub.meetings.models import Meeting
from liphub.meetings.services import publish_meeting
from liphub.meetings.tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(partnership, unscoped):
    return MeetingFactory(partnership=partnership)


def test_coordinator_attaches_existing_documents(coordinator_client, partnership, meeting):
    document = DocumentFactory(partnership=partnership, title_en="Work plan")
    url = reverse("meetings:documents_attach", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(url, {"documents": [document.pk]})
    assert response.status_code == 302
    assert list(meeting.documents.all()) == [document]
    page = coordinator_client.get(
        reverse("meetings:meeting_detail", args=[partnership.slug, meeting.pk])
    ).text
    assert "Work plan" in page


def test_a_document_of_another_partnership_cannot_be_attached(
    coordinator_client, partnership, other_partnership, meeting
):
    foreign = DocumentFactory(partnership=other_partnership)
    url = reverse("meetings:documents_attach", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(url, {"documents": [foreign.pk]})
    assert response.status_code == 400
    assert "documents" in response.context["attach_form"].errors
    assert not meeting.documents.exists()


def test_coordinator_uploads_a_document_to_a_meeting(coordinator_client, partnership, meeting):
    url = reverse("meetings:documents_upload", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(
        url,
        {
            "upload-file": upload("agenda.pdf", PDF_BYTES),
            "upload-title_en": "Agenda pack",
            "upload-language": "bilingual",
            "upload-visibility": "public",
        },
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert list(meeting.documents.all()) == [document]
    assert document.language == "bilingual"


def test_a_bad_upload_to_a_meeting_shows_a_field_error(coordinator_client, partnership, meeting):
    url = reverse("meetings:documents_upload", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(
        url,
        {
            "upload-file": upload("agenda.pdf", EXE_BYTES),
            "upload-language": "en",
            "upload-visibility": "public",
        },
    )
    assert response.status_code == 400
    assert "file" in response.context["upload_form"].errors
    assert not Document.objects.exists()


def test_detaching_keeps_the_document(coordinator_client, partnership, meeting):
    document = DocumentFactory(partnership=partnership)
    meeting.documents.add(document)
    url = reverse("meetings:document_detach", args=[partnership.slug, meeting.pk, document.pk])
    assert coordinator_client.post(url).status_code == 302
    assert not meeting.documents.exists()
    assert Document.objects.filter(pk=document.pk).exists()


def test_members_do_not_see_private_documents_attached_to_a_meeting(
    client, member, partnership, meeting
):
    meeting.documents.add(
        DocumentFactory(partnership=partnership, visibility="private", title_en="Budget draft"),
        DocumentFactory(partnership=partnership, visibility="partners", title_en="Work plan"),
    )
    client.force_login(member)
    page = client.get(reverse("meetings:meeting_detail", args=[partnership.slug, meeting.pk]))
    assert "Work plan" in page.text
    assert "Budget draft" not in page.text


def test_publish_meeting_sets_the_date_and_unpublish_withdraws_it(meeting):
    publish_meeting(meeting=meeting, expected_version=1)
    meeting.refresh_from_db()
    assert meeting.is_published
    assert meeting.published_at is not None
    publish_meeting(meeting=meeting, expected_version=2, published=False)
    meeting.refresh_from_db()
    assert not meeting.is_published


def test_coordinator_publishes_from_the_meeting_page(client, coordinator, partnership, meeting):
    url = reverse("meetings:meeting_publish", args=[partnership.slug, meeting.pk])
    public_url = reverse("public:meeting_detail", args=[partnership.slug, meeting.pk])
    assert client.get(public_url).status_code == 404
    client.force_login(coordinator)
    response = client.post(url, {"version": 1, "published": "True"})
    assert response.status_code == 302
    assert Meeting.objects.get(pk=meeting.pk).is_published
    client.logout()
    assert client.get(public_url).status_code == 200


def test_a_stale_publish_is_refused_with_a_message(coordinator_client, partnership, meeting):
    url = reverse("meetings:meeting_publish", args=[partnership.slug, meeting.pk])
    response = coordinator_client.post(url, {"version": 7, "published": "True"}, follow=True)
    assert "Someone else changed this record" in response.text
    assert not Meeting.objects.get(pk=meeting.pk).is_published
