"""The anonymous public site: about, council, published meetings and public documents."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from liphub.documents.tests.factories import DocumentFactory
from liphub.meetings.tests.factories import (
    BodyFactory,
    DecisionFactory,
    FollowUpFactory,
    MeetingFactory,
    SeatFactory,
)

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "public:home",
    "public:council",
    "public:meeting_list",
    "public:document_list",
    "public:calendar",
    "public:calendar_feed",
]


@pytest.fixture
def published(partnership, unscoped):
    partnership.description_en = "We welcome **newcomers** to Ottawa."
    partnership.lead_organization = "City of Ottawa"
    partnership.website = "https://olip-plio.ca"
    partnership.save()
    meeting = MeetingFactory(
        partnership=partnership,
        title_en="Council meeting",
        title_fr="Réunion du conseil",
        starts_at=timezone.now() - datetime.timedelta(days=3),
        minutes_en="The council **met**.",
        minutes_fr="Le conseil s'est **réuni**.",
        is_published=True,
    )
    DecisionFactory(meeting=meeting, text_en="Adopt the plan.", text_fr="Adopter le plan.")
    FollowUpFactory(meeting=meeting, description_en="Internal follow-up")
    meeting.documents.add(
        DocumentFactory(partnership=partnership, visibility="public", title_en="Annual report"),
        DocumentFactory(partnership=partnership, visibility="partners", title_en="Partner memo"),
        DocumentFactory(partnership=partnership, visibility="private", title_en="Budget draft"),
    )
    draft = MeetingFactory(partnership=partnership, title_en="Draft meeting", body=meeting.body)
    return {"meeting": meeting, "draft": draft}


@pytest.mark.parametrize("url_name", PUBLIC_PAGES)
def test_public_pages_answer_anonymous_visitors(client, partnership, published, url_name):
    response = client.get(reverse(url_name, args=[partnership.slug]))
    assert response.status_code == 200


@pytest.mark.parametrize("url_name", PUBLIC_PAGES)
def test_a_partnership_without_a_public_site_answers_404(client, partnership, url_name):
    partnership.is_public = False
    partnership.save()
    assert client.get(reverse(url_name, args=[partnership.slug])).status_code == 404
    assert client.get(reverse(url_name, args=["nowhere"])).status_code == 404


def test_about_page_shows_the_partnership(client, partnership, published):
    page = client.get(reverse("public:home", args=[partnership.slug])).text
    assert "<strong>newcomers</strong>" in page
    assert "City of Ottawa" in page
    assert "https://olip-plio.ca" in page
    assert page.count("<h1") == 1


def test_council_lists_names_and_organizations_but_no_contact_details(
    client, partnership, unscoped
):
    council = BodyFactory(partnership=partnership, name_en="Partnership Council")
    seat = SeatFactory(partnership=partnership, body=council, role="chair")
    SeatFactory(
        partnership=partnership,
        body=council,
        term_end=timezone.localdate() - datetime.timedelta(days=1),
        person__full_name="Former Member",
    )
    page = client.get(reverse("public:council", args=[partnership.slug])).text
    assert "Partnership Council" in page
    assert seat.person.full_name in page
    assert seat.organization.name_en in page
    assert "Chair" in page
    assert "Former Member" not in page
    assert seat.person.email not in page
    assert seat.organization.email not in page
    assert seat.person.phone not in page
    assert "@" not in page.split('<main id="main"')[1].split("</main>")[0]


def test_only_published_meetings_are_listed_and_shown(client, partnership, published):
    listing = client.get(reverse("public:meeting_list", args=[partnership.slug])).text
    assert "Council meeting" in listing
    assert "Draft meeting" not in listing
    draft_url = reverse("public:meeting_detail", args=[partnership.slug, published["draft"].pk])
    assert client.get(draft_url).status_code == 404


def test_meeting_page_shows_minutes_decisions_and_public_documents_only(
    client, partnership, published
):
    url = reverse("public:meeting_detail", args=[partnership.slug, published["meeting"].pk])
    page = client.get(url).text
    assert "The council <strong>met</strong>." in page
    assert "Adopt the plan." in page
    assert "Annual report" in page
    assert "Partner memo" not in page
    assert "Budget draft" not in page
    assert "Internal follow-up" not in page


def test_public_documents_list_and_download(client, partnership, published):
    page = client.get(reverse("public:document_list", args=[partnership.slug])).text
    assert "Annual report" in page
    assert "Partner memo" not in page
    assert "Budget draft" not in page


def test_french_visitors_read_french_minutes(client, partnership, published):
    meeting = published["meeting"]
    page = client.get(f"/fr/lip/{partnership.slug}/meetings/{meeting.pk}/").text
    assert '<html lang="fr">' in page
    assert "Réunion du conseil" in page
    assert "<strong>réuni</strong>" in page
    assert "Adopter le plan." in page
    assert "Procès-verbal" in page
    assert "fallback-note" not in page.split('<main id="main"')[1]


def test_french_visitors_get_english_with_a_note_when_french_is_missing(
    client, partnership, published
):
    meeting = published["meeting"]
    meeting.minutes_fr = ""
    meeting.title_fr = ""
    meeting.save()
    page = client.get(f"/fr/lip/{partnership.slug}/meetings/{meeting.pk}/").text
    assert "The council <strong>met</strong>." in page
    assert "Disponible en anglais seulement" in page or 'class="fallback-note"' in page
    assert '<div lang="en">' in page


def test_council_page_runs_a_fixed_number_of_queries(
    client, partnership, unscoped, django_assert_max_num_queries
):
    for name in ("Council", "Steering committee", "Health table"):
        body = BodyFactory(partnership=partnership, name_en=name)
        for _ in range(5):
            SeatFactory(partnership=partnership, body=body)
    with django_assert_max_num_queries(6):
        page = client.get(reverse("public:council", args=[partnership.slug]))
    assert page.status_code == 200
    assert page.text.index("Council") < page.text.index("Health table")


def test_home_page_searches_the_directory_in_the_readers_language(client, partnership):
    for lang, label, button in (
        ("en", "What are you looking for?", "Search"),
        ("fr", "Que cherchez-vous?", "Rechercher"),
    ):
        html = client.get(f"/{lang}/lip/{partnership.slug}/").content.decode()
        action = f'action="/{lang}/lip/{partnership.slug}/services/"'
        assert action in html and 'role="search"' in html
        assert f'<label for="home-q">{label}</label>' in html
        assert 'name="q" id="home-q"' in html and f">{button}</button>" in html
