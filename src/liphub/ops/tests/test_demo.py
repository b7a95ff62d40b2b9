"""The demo data: every LIP of the 2012-13 annex, Ottawa in depth, London, Kingston, accounts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.accounts.models import User
from liphub.core.models import Network, Partnership
from liphub.documents.models import Document
from liphub.meetings.models import Attendance, FollowUp, Meeting
from liphub.ops.demo import data
from liphub.ops.demo.loader import DemoDataError, load_demo
from liphub.partnerships.models import Body, Partner, Seat, Sector
from liphub.partnerships.sectors import KEY_SECTORS

pytestmark = pytest.mark.django_db

# Seed 004, annex "LIPs funded by CIC in 2012-13": lead organizations as printed there.
ANNEX_LEAD_ORGANIZATIONS = [
    "Municipality of Chatham-Kent",
    "Regional Municipality of Durham",
    "Eastern Ontario Training Board",
    "Workforce Planning Board of Grand Erie",
    "City of Greater Sudbury",
    "Corporation of the City of Guelph",
    "Regional Municipality of Halton",
    "City of Hamilton",
    "County of Huron",
    "Kingston Community Health Centres",
    "United Way of Leeds & Grenville",
    "Corporation of the City of London",
    "Regional Municipality of Niagara",
    "North Bay & District Multicultural Center",
    "Thunder Bay Multicultural Association",
    "Catholic Centre for Immigrants",
    "Peel Newcomer Strategy Group",
    "New Canadians Centre",
    "Quinte United Immigrant Services",
    "Algonquin College",
    "County of Lambton",
    "Corporation of the City of Sault Ste. Marie",
    "County of Simcoe",
    "Corporation of the Town of Smiths Falls",
    "YWCA",
    "Thunder Bay Multicultural Association",
    "Timmins Economic Development Corporation",
    "Regional Municipality of Waterloo",
    "Corporation of the City of Windsor",
    "Regional Municipality of York",
    "City of Toronto",
    "JVS Toronto",
    "JobStart",
    "St. Stephen's Community House",
    "Catholic Crosscultural Services",
    "United Way of Calgary and Area",
    "Immigrant Settlement and Integration Services",
    "Association for New Canadians",
]
ANNEX_NAMED_LIPS = [
    "St.Thomas-Elgin Local Immigration Partnership",
    "Thunder Bay Immigration Committee",
    "Timmins Local Immigration Partnership",
    "Waterloo Region Immigration Partnership Council",
    "Windsor Essex Local Immigration Partnership",
    "York Region Local Immigration Partnership/Community Partnership Council",
    "Toronto City-Wide Local Immigration Partnership",
    "Toronto North Local Immigration Partnership",
    "Toronto West Local Immigration Partnership",
    "Toronto South Local Immigration Partnership",
    "Toronto East Quadrant Local Immigration Partnership",
    "Calgary Local Immigration Partnership",
    "Halifax Local Immigration Partnership – Phase 1",  # noqa: RUF001 - as in the annex
    "St. John's Local Immigration Partnership - Needs Assessment",
]


@pytest.fixture
def demo():
    summary = load_demo()
    with scopes_disabled():
        yield summary


def test_every_lip_of_the_annex_is_a_partnership_with_its_lead_organization(demo):
    leads = sorted(Partnership.objects.values_list("lead_organization", flat=True))
    assert leads == sorted(ANNEX_LEAD_ORGANIZATIONS)
    names = set(Partnership.objects.values_list("name_en", flat=True))
    assert set(ANNEX_NAMED_LIPS) <= names


def test_the_ontario_network_holds_the_35_ontario_lips_and_the_cic_network_all_38(demo):
    ontario = Network.objects.get(slug="ontario")
    assert (ontario.name_en, ontario.name_fr) == ("Ontario LIPs", "PLI de l'Ontario")
    assert ontario.partnerships.count() == 35
    assert set(ontario.partnerships.values_list("province", flat=True)) == {"ON"}
    everyone = Network.objects.get(slug="cic-2012-13")
    assert everyone.partnerships.count() == 38 == Partnership.objects.count()


def test_every_partnership_has_a_french_name(demo):
    assert not Partnership.objects.filter(name_fr="").exists()
    ottawa = Partnership.objects.get(slug="ottawa")
    assert ottawa.name_fr == "Partenariat local d'immigration d'Ottawa"
    assert ottawa.description_en and ottawa.description_fr


def test_ottawa_has_more_than_twenty_partners_covering_every_key_sector(demo):
    ottawa = Partnership.objects.get(slug="ottawa")
    partners = Partner.objects.filter(partnership=ottawa)
    assert partners.count() >= 20
    covered = set(
        Sector.objects.filter(partners__partnership=ottawa).values_list("code", flat=True)
    )
    assert covered == {seed.code for seed in KEY_SECTORS}
    school_boards = partners.filter(sectors__code="school_boards")
    assert school_boards.count() == 4  # seed 000: "the four school boards"
    assert partners.filter(organization__is_francophone=True).count() >= 4
    assert partners.filter(is_immigrant_led=True).exists()


def test_ottawa_governance_has_council_steering_committee_and_seven_priority_tables(demo):
    ottawa = Partnership.objects.get(slug="ottawa")
    bodies = Body.objects.filter(partnership=ottawa)
    council = bodies.get(kind="council")
    assert bodies.filter(kind="steering_committee", parent=council).count() == 1
    assert bodies.filter(kind="working_group", parent=council).count() == 7
    seats = Seat.objects.filter(body=council)
    assert seats.filter(role="chair").count() == 1
    assert seats.filter(role="co_chair").count() == 1
    assert seats.filter(role="ex_officio").exists()
    assert seats.filter(is_immigrant_representative=True).count() >= 4
    assert seats.filter(is_francophone=True).count() >= 3
    today = timezone.localdate()
    assert any(not seat.is_current(today) for seat in seats), "a past term shows history"
    assert seats.filter(organization__isnull=True, is_immigrant_representative=True).exists()


def test_london_has_six_sub_councils_and_kingston_three_committees(demo):
    london = Partnership.objects.get(slug="london-middlesex")
    council = Body.objects.get(partnership=london, kind="council")
    sub_councils = Body.objects.filter(partnership=london, kind="sub_council", parent=council)
    assert sub_councils.count() == 6
    assert all(Seat.objects.filter(body=body, role="chair").exists() for body in sub_councils)
    assert (
        Seat.objects.filter(body=council, is_immigrant_representative=True).count() == 8
    )  # seed 002: "8 immigrant reps"
    kingston = Partnership.objects.get(slug="kingston")
    assert Body.objects.filter(partnership=kingston, kind="committee").count() == 3
    for slug in ("london-middlesex", "kingston"):
        assert Partner.objects.filter(partnership__slug=slug).count() >= 5


def test_ottawa_council_meetings_show_past_draft_and_upcoming_with_fallback(demo):
    now = timezone.now()
    meetings = Meeting.objects.filter(partnership__slug="ottawa", body__kind="council")
    published_fr = meetings.filter(is_published=True).exclude(minutes_fr="")
    published_en_only = meetings.filter(is_published=True, minutes_fr="").exclude(minutes_en="")
    assert published_fr.exists() and published_en_only.exists()
    assert meetings.filter(is_published=False, starts_at__lt=now).exclude(minutes_en="").exists()
    assert meetings.filter(starts_at__gt=now).exists()
    for meeting in meetings.filter(starts_at__lt=now):
        seated = [s for s in meeting.body.seats.all() if s.is_current(meeting.starts_at.date())]
        recorded = Attendance.objects.filter(meeting=meeting)
        assert recorded.count() == len(seated)
        assert recorded.filter(status="present").count() > len(seated) // 2
    assert Attendance.objects.filter(meeting__in=meetings, status="regrets").exists()


def test_follow_up_items_have_owners_and_some_are_overdue(demo):
    items = FollowUp.objects.filter(partnership__slug="ottawa")
    assert items.count() >= 5
    assert not items.filter(owner__isnull=True).exists()
    today = timezone.localdate()
    assert items.filter(status="open", due_date__lt=today).count() >= 2
    assert items.filter(status="open", due_date__gte=today).exists()
    assert items.filter(status="done").exists()


def test_demo_documents_are_real_files_with_every_visibility(demo, settings):
    documents = Document.objects.filter(partnership__slug="ottawa")
    assert set(documents.values_list("visibility", flat=True)) == {"public", "partners", "private"}
    for document in documents:
        content = document.file.read()
        document.file.close()
        assert len(content) == document.size > 0
    pdf = documents.get(content_type="application/pdf").file.read()
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    terms = Meeting.objects.get(partnership__slug="ottawa", title_en__contains="spring")
    assert terms.documents.count() == 2


def test_loading_twice_is_refused_and_changes_nothing(demo):
    counts = (Partnership.objects.count(), User.objects.count(), Seat.objects.count())
    with pytest.raises(DemoDataError, match="already holds 38 partnership"):
        load_demo()
    assert (Partnership.objects.count(), User.objects.count(), Seat.objects.count()) == counts


def test_demo_data_is_not_loaded_beside_existing_partnerships(partnership):
    with pytest.raises(DemoDataError, match="only loaded into an empty database"):
        load_demo()
    assert Partnership.objects.count() == 1
    assert not User.objects.filter(email__endswith="@demo.liphub.ca").exists()


def test_meeting_dates_follow_the_day_of_loading():
    load_demo(today=dt.date(2030, 6, 1))
    with scopes_disabled():
        upcoming = Meeting.objects.filter(starts_at__date__gt=dt.date(2030, 6, 1))
        assert upcoming.count() == sum(1 for m in data.MEETINGS if not m.is_past)


def test_every_demo_account_signs_in_with_the_demo_password(client):
    load_demo()
    for account in data.ACCOUNTS:
        client.logout()
        response = client.post(
            reverse("accounts:login"), {"username": account.email, "password": data.PASSWORD}
        )
        assert response.status_code == 302, account.email
        assert client.session["_auth_user_id"] == str(User.objects.get(email=account.email).pk)


# (account, partnership, permission, allowed): the roles the printed accounts table promises.
ROLE_MATRIX = [
    ("admin@demo.liphub.ca", "ottawa", "partnerships.manage", True),
    ("coordinator@demo.liphub.ca", "ottawa", "partnerships.manage", True),
    ("member@demo.liphub.ca", "ottawa", "partnerships.contribute", True),
    ("member@demo.liphub.ca", "ottawa", "partnerships.manage", False),
    ("viewer@demo.liphub.ca", "ottawa", "partnerships.view", True),
    ("viewer@demo.liphub.ca", "ottawa", "partnerships.contribute", False),
    ("analyst@demo.liphub.ca", "kingston", "partnerships.view", True),
    ("analyst@demo.liphub.ca", "calgary", "partnerships.view", False),
    ("analyst@demo.liphub.ca", "ottawa", "partnerships.manage", False),
    ("kingston@demo.liphub.ca", "kingston", "partnerships.manage", True),
    ("kingston@demo.liphub.ca", "ottawa", "partnerships.view", False),
]


def test_demo_accounts_hold_the_roles_the_accounts_table_promises():
    load_demo()
    for email, slug, perm, allowed in ROLE_MATRIX:
        user = User.objects.get(email=email)  # fresh user: no cached roles
        partnership = Partnership.objects.get(slug=slug)
        assert user.has_perm(perm, partnership) is allowed, (email, slug, perm)


def test_a_taken_demo_e_mail_is_reported_and_nothing_is_loaded():
    User.objects.create_user(email="viewer@demo.liphub.ca", password="x-long-password-1")
    with pytest.raises(DemoDataError, match=r"does not fit this database.*already exists"):
        load_demo()
    assert Partnership.objects.count() == 0
    assert User.objects.count() == 1
