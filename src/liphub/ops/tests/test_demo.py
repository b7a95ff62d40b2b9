"""The demo data: every LIP of the 2012-13 annex, Ottawa in depth, London, Kingston, accounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import transaction
from django.db.models import Q, Sum
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.accounts.models import User
from liphub.actions.models import ActionPlan, Activity, Indicator, LensAnswer, SuccessStory
from liphub.actions.quality import run_checks
from liphub.core.models import Network, Partnership
from liphub.documents.models import Document
from liphub.meetings.models import Attendance, FollowUp, Meeting
from liphub.ops.demo import data, plans
from liphub.ops.demo.loader import DemoDataError, load_demo
from liphub.partnerships.models import Body, Organization, Partner, Person, Seat, Sector
from liphub.partnerships.sectors import KEY_SECTORS
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.reports.models import SubmittedReport
from liphub.resources.models import Contribution
from liphub.strategy.models import Lens, PriorityArea, Strategy

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


def test_ottawa_council_met_four_times_in_2011_12_with_attendance_per_seat(demo):
    ottawa = Partnership.objects.get(slug="ottawa")
    meetings = Meeting.objects.filter(
        partnership=ottawa,
        starts_at__date__gte=dt.date(2011, 4, 1),
        starts_at__date__lte=dt.date(2012, 3, 31),
    )
    assert meetings.count() == len(data.HISTORY_MEETINGS) == 4
    for meeting in meetings:
        seats = Seat.objects.filter(body=meeting.body)
        held = [seat for seat in seats if seat.is_current(meeting.starts_at.date())]
        statuses = list(meeting.attendance.values_list("status", flat=True))
        assert len(statuses) == len(held) > 10
        assert statuses.count("present") > len(statuses) // 2
        assert "regrets" in statuses


def test_every_network_lip_has_a_council_seating_its_partners(demo):
    for partnership in Partnership.objects.exclude(
        slug__in=["ottawa", "london-middlesex", "kingston"]
    ):
        partner_orgs = set(
            Partner.objects.filter(partnership=partnership).values_list("organization", flat=True)
        )
        seated = set(
            Seat.objects.filter(partnership=partnership, body__kind="council").values_list(
                "organization", flat=True
            )
        )
        assert partner_orgs and seated == partner_orgs, partnership.slug


def test_ottawa_governance_has_council_steering_committee_and_seven_priority_tables(demo):
    ottawa = Partnership.objects.get(slug="ottawa")
    bodies = Body.objects.filter(partnership=ottawa)
    council = bodies.get(kind="council")
    assert bodies.filter(kind="steering_committee", parent=council).count() == 1
    assert bodies.filter(kind="working_group", parent=council).count() == 7
    # Today's council (the 2010-12 term's seats are history: see the next test).
    seats = Seat.objects.filter(body=council, term_start__gt=data.HISTORY_TERM[1])
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
        current = Activity.objects.filter(
            partnership__slug="ottawa", plan__fiscal_year=2012, status="in_progress"
        )
        assert current.filter(end_date__gt=dt.date(2030, 6, 1)).count() >= 5
        assert current.filter(last_progress_at__date__gt=dt.date(2030, 5, 1)).exists()


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


# --- Strategies, plans, progress, contributions and reports (seeds 000/001/002/004) -----------


@pytest.fixture(scope="class")
def loaded_demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded once for a class of read-only tests, and rolled back after it."""
    settings = override_settings(
        MEDIA_ROOT=tmp_path_factory.mktemp("media"),
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
    )
    with django_db_blocker.unblock(), settings, transaction.atomic():
        load_demo()
        with scopes_disabled():
            yield
        transaction.set_rollback(True)


SEVEN_AREAS = [
    "economic",
    "education",
    "health",
    "settlement",
    "language",
    "capacity",
    "horizontal",
]

# The initiatives seed 000 describes, the words of their title and their priority area.
SEED_INITIATIVES = [
    ("Municipal Immigration Network", "horizontal"),
    ("community health centres", "horizontal"),
    ("Equity Project", "capacity"),
    ("housing system", "capacity"),
    ("Francophone Lens", "capacity"),
    ("Microloan", "economic"),
    ("Youth Futures", "education"),
    ("Refugee health clinic", "health"),
    ("family-based approach", "education"),
]


def _ottawa_plan(year: int) -> ActionPlan:
    return ActionPlan.objects.get(partnership__slug="ottawa", fiscal_year=year)


@pytest.mark.usefixtures("loaded_demo")
class TestDemoWork:
    def test_ottawa_strategy_has_the_seven_priority_areas_with_goals_in_both_languages(self):
        strategy = Strategy.objects.get(partnership__slug="ottawa")
        assert strategy.title_en == "Ottawa Immigration Strategy"
        assert strategy.vision_en and strategy.vision_fr
        assert strategy.period_start == dt.date(2011, 4, 1)
        areas = PriorityArea.objects.filter(strategy=strategy).order_by("order")
        assert [area.code for area in areas] == SEVEN_AREAS
        assert areas.get(code="language").name_en == "Language training and translation supports"
        for area in areas:
            assert area.name_en and area.name_fr
            assert area.goals.count() >= 2, area.code
            assert not area.goals.filter(Q(title_en="") | Q(title_fr="")).exists()

    def test_every_partnership_has_the_francophone_lens_with_the_five_objectives(self):
        lenses = Lens.objects.filter(code="francophone")
        assert lenses.count() == Partnership.objects.count()
        ottawa = lenses.get(partnership__slug="ottawa")
        questions = " ".join(q.text_en for q in ottawa.questions.all())
        for words in [
            "offered in French",
            "Francophone partners",
            "demographic weight",  # the five objectives of the framework (seed 002)
            "reception and settlement",
            "economic integration",
            "social and cultural integration",
            "regionalization",
        ]:
            assert words in questions

    def test_the_initiatives_of_the_seeds_are_activities_with_indicators_and_measurements(self):
        plan = _ottawa_plan(2011)
        for words, area_code in SEED_INITIATIVES:
            activity = Activity.objects.get(plan=plan, title_en__icontains=words)
            assert activity.title_fr and activity.description_en and activity.description_fr
            assert activity.goal.priority_area.code == area_code, words
            assert activity.lead_organization is not None, words
            assert activity.start_date and activity.end_date, words
            indicators = Indicator.objects.filter(activity=activity)
            assert indicators.exists(), words
            assert indicators.filter(measurements__isnull=False).exists(), words
        kinds = set(Indicator.objects.filter(activity__plan=plan).values_list("kind", flat=True))
        assert kinds == {"how_much", "how_well", "better_off"}

    def test_the_equity_project_has_nine_partners_and_the_clinic_its_lhin_funding(self):
        equity = Activity.objects.get(plan=_ottawa_plan(2011), title_en="Ottawa's Equity Project")
        assert 1 + equity.supporting_organizations.count() == 9  # seed 000: "Nine OLIP partners"
        clinic = Contribution.objects.get(
            activity__title_en="Refugee health clinic",
            source_organization__alternate_name="Champlain LHIN",
        )
        assert clinic.amount == Decimal("100000")  # seed 000: "$100,000 annually"

    def test_ottawa_plans_mix_statuses_lens_answers_and_commitments(self):
        statuses_2011 = list(
            Activity.objects.filter(plan=_ottawa_plan(2011)).values_list("status", flat=True)
        )
        assert statuses_2011.count("completed") > len(statuses_2011) / 2
        assert statuses_2011.count("delayed") >= 2
        assert "in_progress" in statuses_2011
        statuses_2012 = set(
            Activity.objects.filter(plan=_ottawa_plan(2012)).values_list("status", flat=True)
        )
        assert {"planned", "in_progress", "completed", "delayed"} <= statuses_2012
        answered = Activity.objects.filter(partnership__slug="ottawa", lens_answers__isnull=False)
        assert answered.distinct().count() >= 5
        assert set(LensAnswer.objects.values_list("answer", flat=True)) == {
            "yes",
            "partly",
            "no",
            "na",
        }
        commitments = Commitment.objects.filter(partnership__slug="ottawa")
        assert {"staff_hours", "money", "space", "expertise"} <= set(
            commitments.values_list("brings", flat=True)
        )
        assert commitments.filter(goal__isnull=False).exists()
        assert not commitments.filter(mandate_fit_en="").exists()

    def test_contributions_of_2011_12_hold_cash_and_in_kind_from_several_sources(self):
        year = Contribution.objects.filter(partnership__slug="ottawa", fiscal_year=2011)
        cash = year.filter(kind="cash").aggregate(total=Sum("amount"))["total"]
        in_kind = year.filter(kind="in_kind").aggregate(total=Sum("amount"))["total"]
        assert cash > 0 and in_kind > 0
        sources = set(year.values_list("source_organization__name_en", flat=True))
        assert {"City of Ottawa", "United Way Ottawa", "University of Ottawa"} <= sources
        assert year.filter(source_organization__partner__sectors__code="school_boards").exists()
        assert year.filter(source_organization__isnull=True).exclude(source_name="").exists()
        assert {"lip_process", "activity"} == set(year.values_list("purpose", flat=True))
        assert not year.filter(purpose="activity", activity__isnull=True).exists()
        assert Contribution.objects.filter(partnership__slug="ottawa", fiscal_year=2012).exists()

    def test_progress_updates_are_dated_and_one_current_activity_is_stale(self):
        today = timezone.localdate()
        for activity in Activity.objects.filter(partnership__slug="ottawa", updates__isnull=False):
            latest = ProgressUpdate.objects.filter(activity=activity).latest("created_at")
            assert activity.last_progress_at == latest.created_at, activity.title_en
        first = ProgressUpdate.objects.get(
            activity__title_en="Municipal Immigration Network",
            milestone="First meeting of the network",
        )
        assert first.created_at.date() == dt.date(2011, 10, 14)
        current = Activity.objects.filter(plan=_ottawa_plan(2012), status="in_progress")
        limit = timezone.now() - dt.timedelta(days=90)
        assert current.filter(last_progress_at__lt=limit).count() == 1
        assert current.filter(last_progress_at__gte=limit).count() >= 5
        assert current.filter(end_date__gt=today).count() == current.count()

    def test_plan_quality_checks_have_something_to_show(self):
        checks = {check.key: check.count for check in run_checks(_ottawa_plan(2012))}
        for key in (
            "no_lead",
            "no_indicator",
            "past_end_date",
            "target_without_measurement",
            "stale",
        ):
            assert checks[key] >= 1, key
        assert checks["no_end_date"] == 0

    def test_a_meeting_follow_up_became_an_activity_keeping_the_link(self):
        activity = Activity.objects.get(title_en="Common outreach principles for immigrant parents")
        assert activity.source_follow_up.description_en == (
            "Draft common outreach principles for immigrant parents."
        )
        assert activity.source_follow_up.meeting.partnership.slug == "ottawa"

    def test_success_stories_tell_of_activities_in_both_languages(self):
        stories = SuccessStory.objects.filter(partnership__slug="ottawa", fiscal_year=2011)
        assert stories.count() >= 4
        assert not stories.filter(activity__isnull=True).exists()
        assert not stories.filter(Q(text_en="") | Q(text_fr="") | Q(title_fr="")).exists()

    def test_the_member_acts_for_an_organization_that_leads_work_and_has_commitments(self):
        member = User.objects.get(email="member@demo.liphub.ca")
        person = Person.objects.get(user=member)
        organization = person.organization
        assert organization.alternate_name == "OCISO"
        assert Activity.objects.filter(lead_organization=organization).exists()
        assert Commitment.objects.filter(organization=organization).count() >= 3
        assert ProgressUpdate.objects.filter(author=member).exists()
        coordinator = User.objects.get(email="coordinator@demo.liphub.ca")
        assert Person.objects.get(user=coordinator).organization.name_en == (
            "Catholic Centre for Immigrants"
        )

    def test_every_network_lip_has_a_strategy_a_2012_13_plan_and_contributions(self):
        for partnership in Partnership.objects.all():
            slug = partnership.slug
            areas = PriorityArea.objects.filter(partnership=partnership)
            assert areas.exists(), slug
            activities = Activity.objects.filter(partnership=partnership, plan__fiscal_year=2012)
            assert activities.exists(), slug
            assert not activities.filter(goal__isnull=True).exists(), slug
            assert Contribution.objects.filter(partnership=partnership, fiscal_year=2012).exists()
        # the same codes group the themes in the network view; London's justice table is its own
        codes = set(PriorityArea.objects.values_list("code", flat=True))
        assert codes == {*SEVEN_AREAS, "justice"}
        niagara = Activity.objects.get(  # seed 004's examples
            partnership__slug="niagara", title_en="Inventory of Service Catalogue"
        )
        assert niagara.lead_organization.name_en == "Regional Municipality of Niagara"
        hamilton = Contribution.objects.get(partnership__slug="hamilton", amount=900_000)
        assert hamilton.activity.title_en.startswith("Multiple-bedroom social housing")

    def test_the_lead_organization_of_every_lip_is_one_of_its_partners(self):
        for partnership in Partnership.objects.all():
            lead = Organization.objects.filter(
                partnership=partnership, name_en__contains=partnership.lead_organization
            )
            assert lead.filter(partner__isnull=False).exists(), partnership.slug

    def test_ottawa_2011_12_report_is_submitted_with_the_demo_figures(self):
        report = SubmittedReport.objects.get(partnership__slug="ottawa", fiscal_year=2011)
        assert report.number == 1
        assert report.submitted_by.email == "coordinator@demo.liphub.ca"
        assert report.submitted_at.date() == dt.date(2012, 5, 31)
        cash = Contribution.objects.filter(
            partnership__slug="ottawa", fiscal_year=2011, kind="cash"
        ).aggregate(total=Sum("amount"))["total"]
        assert Decimal(report.data["contributions"]["cash"]) == cash

    def test_the_demo_analyst_sees_every_ontario_lip_in_the_network_view(self, client):
        client.force_login(User.objects.get(email="analyst@demo.liphub.ca"))
        ontario = Partnership.objects.filter(networks__slug="ontario")
        url = reverse("network:overview", args=["ontario"]) + "?year=2012"
        overview = client.get(url)
        assert overview.status_code == 200
        figures = overview.context["figures"]
        assert len(figures.partnerships) == ontario.count() == 35
        themes = {theme.key for theme in figures.themes}
        assert {f"code:{code}" for code in SEVEN_AREAS} <= themes
        assert figures.cash > 0
        for section in ("representation", "contributions", "activities", "reports"):
            url = reverse("network:section", args=["ontario", section]) + "?year=2012"
            tab = client.get(url)
            assert tab.status_code == 200, section
            for block in tab.context["blocks"].values():
                if block.table.key != "themes" and block.table.key != "sectors":
                    assert len(block.table.rows) >= 35, (section, block.table.key)
        assert "Ottawa" in client.get(url.replace("/en/", "/fr/")).text

    def test_the_demo_data_names_only_known_organizations_and_goals(self):
        """Every key in plans.py resolves (the loader would fail otherwise): a cheap guard that
        the data file stays consistent with the organizations of data.py."""
        assert len(plans.WORK) == Partnership.objects.count()
        assert Activity.objects.count() == sum(
            len(plan.activities) for work in plans.WORK for plan in work.plans
        )


# --- The directory (issue 4) --------------------------------------------------------------------


@pytest.mark.usefixtures("loaded_demo")
class TestDemoDirectory:
    def _ottawa(self) -> Partnership:
        return Partnership.objects.get(slug="ottawa")

    def test_the_seed_listings_and_generated_ones_are_public_with_places_and_hours(self):
        from liphub.directory.models import Service
        from liphub.ops.demo import directory as spec

        ottawa = self._ottawa()
        services = Service.objects.filter(partnership=ottawa)
        assert services.count() == len(spec.LISTINGS) + len(spec.generated_listings())
        clinic = services.get(name_en="Refugee health clinic")
        assert clinic.name_fr == "Clinique de santé pour réfugiés"
        assert clinic.is_approved and clinic.status == "active"
        (place,) = [sal.location for sal in clinic.service_at_locations.all()]
        assert place.latitude and place.addresses.get().postal_code == "K1R 6S3"
        assert {lang.code for lang in clinic.languages.all()} >= {"ar", "so", "ti"}
        assert clinic.schedules.get().byday == "MO,TU,WE,TH,FR"
        for name in ("Youth Futures", "Immigrant microloan program", "LINC English classes"):
            assert services.filter(name_en=name).exists(), name

    def test_search_finds_services_through_synonyms_and_french(self):
        from liphub.directory.search import SearchFilters, search_services

        ottawa = self._ottawa()

        def names(query: str, **filters: object) -> list[str]:
            found = search_services(
                partnership=ottawa, query=query, filters=SearchFilters(**filters), per_page=100
            )
            return [str(hit.service.name_en) for hit in found.hits]

        assert "Refugee health clinic" in names("doctor")  # doctor = physician
        assert "Refugee health clinic" in names("médecin")
        assert "LINC English classes" in names("ESL")
        assert names("refugee")[0] == "Refugee health clinic"
        french = names("", french=True, city="Ottawa")
        assert "Services d'établissement francophones" in french

    def test_the_gap_analysis_has_gaps_to_show(self):
        from liphub.directory import gaps

        report = gaps.gap_report(partnership=self._ottawa())
        assert report.service_count > 200
        assert [row.code for row in report.unserved_languages] == ["tl"]  # Tagalog
        served = {row.code: row.services for row in report.languages}
        assert served["ar"] > 10 and served["ti"] >= 1
        # horizontal strategies have no category of services; the other six areas do
        assert [row.label for row in report.unserved_priorities] == ["Horizontal strategies"]
        assert any(area.francophone for area in report.areas)
