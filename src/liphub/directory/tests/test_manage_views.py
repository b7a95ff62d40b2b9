"""The partner and secretariat directory pages: reading, editing one's own listings,
approval and review, verification, details, optimistic locking, settings."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from liphub.directory import services
from liphub.directory.models import (
    Accessibility,
    Attribute,
    CommunityLanguage,
    Location,
    Phone,
    Schedule,
    SearchSynonym,
    Service,
    ServiceAtLocation,
)
from liphub.directory.tests.manage_data import build_directory
from liphub.progress.selectors import get_actor

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(partnership, other_partnership, member):
    return build_directory(partnership, other_partnership, member=member)


def url(name, *args):
    return reverse(f"directory:{name}", args=["ottawa", *args])


def fresh(service):
    with scopes_disabled():
        return Service.objects.get(pk=service.pk)


def service_data(service, **changes):
    data = {
        "organization": service.organization_id,
        "name_en": service.name_en,
        "name_fr": service.name_fr,
        "description_en": service.description_en,
        "status": service.status,
        "version": service.version,
    }
    data.update(changes)
    return data


# --- reading ----------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["coordinator", "member", "viewer", "analyst"])
def test_everyone_with_a_role_reads_the_directory_pages(client, request, directory, who):
    client.force_login(request.getfixturevalue(who))
    esl = directory.services["esl"]
    for page in (
        url("service_list"),
        url("service_detail", esl.pk),
        url("stale_listings"),
        url("gaps"),
    ):
        response = client.get(page)
        assert response.status_code == 200, page
    assert "ESL classes" in client.get(url("service_list")).text


def test_anonymous_visitors_are_sent_to_sign_in(client, directory):
    response = client.get(url("service_list"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_viewers_and_analysts_cannot_write(client, viewer, analyst, directory):
    esl = directory.services["esl"]
    for user in (viewer, analyst):
        client.force_login(user)
        assert client.get(url("service_create")).status_code == 403
        assert client.get(url("service_edit", esl.pk)).status_code == 403
        assert client.post(url("service_verify", esl.pk)).status_code == 403
        assert (
            client.post(url("detail_add", esl.pk, "phone"), {"phone-number": "1"}).status_code
            == 403
        )
        assert client.get(url("settings")).status_code == 403
    page = client.get(url("service_detail", esl.pk)).text
    assert "Edit the listing" not in page and "Mark verified" not in page
    assert fresh(esl).version == esl.version


def test_the_list_filters_by_organization_status_review_and_verification(
    coordinator_client, directory
):
    def names(**params):
        response = coordinator_client.get(url("service_list"), params)
        return {
            row["service"].name_en or row["service"].name_fr for row in response.context["rows"]
        }

    assert names(organization=directory.orgs["A"].pk) == {"ESL classes", "Job search help"}
    assert names(status="inactive") == {"Old program"}
    assert names(pending="on") == {"Pending program"}
    assert names(stale="on") == {"ESL classes", "Aide à l'emploi", "Pending program", "Old program"}
    with scopes_disabled():
        Service.objects.filter(pk=directory.services["clinic"].pk).update(needs_review=True)
    assert names(needs_review="on") == {"Health clinic"}
    assert names(q="job") == {"Job search help"}


def test_the_list_pages_through_a_large_directory_keeping_the_filters(
    coordinator_client, partnership, directory, monkeypatch
):
    from liphub.directory import views

    monkeypatch.setattr(views, "LISTINGS_PER_PAGE", 2)
    organization = directory.orgs["A"]
    with scopes_disabled():
        for n in range(3):
            Service.objects.create(
                partnership=partnership, organization=organization, name_en=f"Workshop {n}"
            )
    first = coordinator_client.get(url("service_list"), {"q": "workshop"})
    assert [row["service"].name_en for row in first.context["rows"]] == [
        "Workshop 0",
        "Workshop 1",
    ]
    html = first.content.decode()
    assert "3 listings found" in html and "1 to 2 shown" in html
    assert 'href="?q=workshop&amp;page=2" rel="next"' in html
    second = coordinator_client.get(url("service_list"), {"q": "workshop", "page": "2"})
    assert [row["service"].name_en for row in second.context["rows"]] == ["Workshop 2"]
    assert 'href="?q=workshop&amp;page=1" rel="prev"' in second.content.decode()
    # a page number out of range shows the last page rather than an error
    last = coordinator_client.get(url("service_list"), {"q": "workshop", "page": "99"})
    assert [row["service"].name_en for row in last.context["rows"]] == ["Workshop 2"]


# --- partners edit their own organization's listings -------------------------------------------


def test_a_partner_adds_a_listing_that_waits_for_approval(client, member, partnership, directory):
    client.force_login(member)
    form = client.get(url("service_create")).context["form"]
    assert list(form.fields["organization"].queryset) == [directory.orgs["A"]]
    response = client.post(
        url("service_create"),
        {
            "organization": directory.orgs["A"].pk,
            "name_en": "Conversation circles",
            "name_fr": "Cercles de conversation",
            "status": "active",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        service = Service.objects.get(name_en="Conversation circles")
    assert not service.is_approved and not service.needs_review
    assert service.partnership == partnership


def test_a_partner_cannot_add_a_listing_for_another_organization(client, member, directory):
    client.force_login(member)
    response = client.post(
        url("service_create"),
        {"organization": directory.orgs["C"].pk, "name_en": "Not mine", "status": "active"},
    )
    assert response.status_code == 400
    with scopes_disabled():
        assert not Service.objects.filter(name_en="Not mine").exists()
        actor = get_actor(member, directory.orgs["C"].partnership)
        with pytest.raises(ValidationError) as error:
            services.create_service(
                partnership=directory.orgs["C"].partnership,
                actor=actor,
                organization=directory.orgs["C"],
                name_en="Not mine",
            )
    assert "organization" in error.value.message_dict


def test_a_member_without_a_linked_contact_cannot_add_listings(client, partnership, directory):
    from liphub.accounts.models import Membership, User

    loner = User.objects.create_user(email="loner@example.org", password="x" * 12)
    Membership.objects.create(user=loner, partnership=partnership, role="member")
    client.force_login(loner)
    assert client.get(url("service_create")).status_code == 403
    assert client.get(url("service_edit", directory.services["esl"].pk)).status_code == 403


def test_a_partner_cannot_edit_another_organizations_listing(client, member, directory):
    client.force_login(member)
    clinic = directory.services["clinic"]
    before = fresh(clinic)
    assert client.get(url("service_edit", clinic.pk)).status_code == 403
    assert (
        client.post(
            url("service_edit", clinic.pk), service_data(clinic, name_en="Hijacked")
        ).status_code
        == 403
    )
    assert client.post(url("service_verify", clinic.pk)).status_code == 403
    assert (
        client.post(url("detail_add", clinic.pk, "phone"), {"phone-number": "555"}).status_code
        == 403
    )
    with scopes_disabled():
        language_id = clinic.languages.get().pk
    assert client.post(url("detail_remove", clinic.pk, "language", language_id)).status_code == 403
    after = fresh(clinic)
    assert (after.name_en, after.version, after.assured_date) == (
        before.name_en,
        before.version,
        before.assured_date,
    )
    with scopes_disabled():
        assert clinic.languages.count() == 1 and not clinic.phones.exists()


def test_the_service_layer_refuses_another_organizations_listing_too(
    member, partnership, directory
):
    clinic = fresh(directory.services["clinic"])
    with scopes_disabled():
        actor = get_actor(member, partnership)
        with pytest.raises(PermissionDenied):
            services.update_service(service=clinic, actor=actor, expected_version=None, name_en="X")
        with pytest.raises(PermissionDenied):
            services.add_detail(service=clinic, actor=actor, kind="phone", number="1")
        with pytest.raises(PermissionDenied):
            services.mark_verified(service=clinic, actor=actor, email="member@example.org")
        with pytest.raises(PermissionDenied):
            services.approve_service(service=fresh(directory.services["pending"]), actor=actor)
    assert fresh(clinic).name_en == "Health clinic"


def test_a_partners_edit_of_an_approved_listing_stays_public_and_needs_review(
    client, member, coordinator, directory
):
    esl = directory.services["esl"]
    client.force_login(member)
    response = client.post(
        url("service_edit", esl.pk), service_data(esl, description_en="Mornings and evenings")
    )
    assert response.status_code == 302
    service = fresh(esl)
    assert service.is_approved and service.needs_review
    assert service.description_en == "Mornings and evenings"
    # the coordinator sees it flagged, and clears the flag
    client.force_login(coordinator)
    page = client.get(url("service_detail", esl.pk)).text
    assert "Changed since review" in page and "Mark reviewed" in page
    assert client.post(url("service_reviewed", esl.pk)).status_code == 302
    assert not fresh(esl).needs_review


def test_a_coordinators_edit_needs_no_review(coordinator_client, directory):
    clinic = directory.services["clinic"]
    response = coordinator_client.post(
        url("service_edit", clinic.pk), service_data(clinic, name_en="Newcomer health clinic")
    )
    assert response.status_code == 302
    service = fresh(clinic)
    assert service.name_en == "Newcomer health clinic" and not service.needs_review


def test_the_coordinator_approves_a_pending_listing(client, member, coordinator, directory):
    pending = directory.services["pending"]
    client.force_login(member)
    assert client.post(url("service_approve", pending.pk)).status_code == 403
    assert not fresh(pending).is_approved
    client.force_login(coordinator)
    assert "Approve" in client.get(url("service_detail", pending.pk)).text
    assert client.post(url("service_approve", pending.pk)).status_code == 302
    assert fresh(pending).is_approved
    assert client.get(url("service_approve", pending.pk)).status_code == 405


def test_the_coordinator_sends_a_listing_back_with_a_note_the_partner_reads(
    client, member, coordinator, directory
):
    esl = directory.services["esl"]  # Agency A's: the member's organization
    note = "Please add the evening hours.\nAnd the phone of the front desk."
    client.force_login(coordinator)
    page = client.get(url("service_detail", esl.pk)).text
    assert "Send back to the organization with a note" in page
    response = client.post(url("service_send_back", esl.pk), {"note": note})
    assert response.status_code == 302
    sent = fresh(esl)
    assert sent.review_note == note and sent.reviewed_by == coordinator
    assert sent.reviewed_at is not None and sent.is_approved  # an approved listing stays public
    # the partner reads the note on the listing and sees the flag in the list
    client.force_login(member)
    detail = client.get(url("service_detail", esl.pk)).text
    assert "Sent back by the coordinator" in detail
    assert "Please add the evening hours.<br>And the phone of the front desk." in detail
    assert "Send back to the organization" not in detail  # partners do not send back
    assert "Sent back</span>" in client.get(url("service_list")).text
    assert client.post(url("service_send_back", esl.pk), {"note": "x"}).status_code == 403
    # the partner's change; the coordinator marks it reviewed and the note goes
    client.post(url("service_edit", esl.pk), service_data(fresh(esl), description_en="Evenings"))
    assert fresh(esl).review_note == note and fresh(esl).needs_review
    client.force_login(coordinator)
    assert client.post(url("service_reviewed", esl.pk)).status_code == 302
    reviewed = fresh(esl)
    assert (reviewed.review_note, reviewed.reviewed_by, reviewed.needs_review) == (
        None,
        None,
        False,
    )
    assert "Sent back by the coordinator" not in client.get(url("service_detail", esl.pk)).text


def test_sending_back_needs_a_note_and_approving_clears_it(coordinator_client, directory):
    pending = directory.services["pending"]
    response = coordinator_client.post(url("service_send_back", pending.pk), {"note": "   "})
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    assert fresh(pending).review_note is None
    too_long = coordinator_client.post(url("service_send_back", pending.pk), {"note": "x" * 2001})
    assert too_long.status_code == 400
    assert "x" * 2001 in too_long.text  # what was typed is kept in the form
    coordinator_client.post(url("service_send_back", pending.pk), {"note": "Add a description."})
    assert not fresh(pending).is_approved  # still waiting, now with the note
    coordinator_client.post(url("service_approve", pending.pk))
    approved = fresh(pending)
    assert approved.is_approved and approved.review_note is None and approved.reviewed_at is None


def test_another_partnerships_coordinator_cannot_send_a_listing_back(
    client, other_coordinator, directory
):
    esl = directory.services["esl"]
    client.force_login(other_coordinator)
    response = client.post(url("service_send_back", esl.pk), {"note": "Not yours"})
    assert response.status_code in (403, 404)
    kingston = reverse("directory:service_send_back", args=["kingston", esl.pk])
    assert client.post(kingston, {"note": "Not yours"}).status_code == 404
    assert fresh(esl).review_note is None


def test_a_stale_version_shows_a_form_error_instead_of_overwriting(client, member, directory):
    esl = directory.services["esl"]
    client.force_login(member)
    opened = client.get(url("service_edit", esl.pk)).context["form"]["version"].value()
    with scopes_disabled():
        other = fresh(esl)
        other.description_en = "Someone else's change"
        services.update_service(
            service=other,
            actor=get_actor(member, other.partnership),
            expected_version=None,
            description_en="Someone else's change",
        )
    response = client.post(
        url("service_edit", esl.pk), service_data(esl, version=opened, description_en="Mine")
    )
    assert response.status_code == 400
    assert "Someone else changed this record" in response.text
    assert fresh(esl).description_en == "Someone else's change"


def test_writes_refresh_the_search_entry_of_the_listing(monkeypatch, client, member, directory):
    calls = []
    monkeypatch.setattr(
        services,
        "reindex_services",
        lambda *, partnership, service_ids=None: calls.append(
            (partnership.slug, list(service_ids))
        ),
    )
    esl = directory.services["esl"]
    client.force_login(member)
    client.post(url("service_edit", esl.pk), service_data(esl, description_en="Evenings"))
    client.post(url("detail_add", esl.pk, "phone"), {"phone-number": "613-555-0100"})
    client.post(url("service_verify", esl.pk))
    assert calls == [("ottawa", [esl.pk])] * 3


# --- verification -----------------------------------------------------------------------------


def test_mark_verified_records_today_and_the_users_email(client, member, directory):
    esl = directory.services["esl"]
    client.force_login(member)
    assert client.post(url("service_verify", esl.pk)).status_code == 302
    service = fresh(esl)
    assert service.assured_date == timezone.localdate()
    assert service.assurer_email == "member@example.org"
    page = client.get(url("service_detail", esl.pk)).text
    assert "member@example.org" in page and "Due for verification" not in page


def test_the_stale_report_lists_current_listings_not_verified_in_12_months(
    coordinator_client, directory
):
    response = coordinator_client.get(url("stale_listings"))
    assert response.status_code == 200
    groups = {
        str(group["organization"]): [s.pk for s in group["services"]]
        for group in response.context["groups"]
    }
    s = directory.services
    assert groups == {
        "Agency A": [s["esl"].pk],  # verified 400 days ago
        "Centre B": [s["emploi"].pk],  # never verified
        "Clinic C": [s["pending"].pk],  # never; the inactive "Old program" is left out
    }
    csv_text = coordinator_client.get(url("stale_listings"), {"format": "csv"}).content.decode()
    assert "ESL classes" in csv_text and "Never" in csv_text
    assert "Job search help" not in csv_text and "Old program" not in csv_text
    assert (timezone.localdate() - dt.timedelta(days=400)).isoformat() in csv_text
    xlsx = coordinator_client.get(url("stale_listings"), {"format": "xlsx"})
    rows = list(load_workbook(io.BytesIO(xlsx.content)).active.iter_rows(values_only=True))
    assert rows[1][:2] == ("Organization", "Listing")
    assert {row[1] for row in rows[2:]} == {"ESL classes", "Aide à l'emploi", "Pending program"}


def test_the_stale_report_pages_through_a_large_directory_and_exports_it_whole(
    coordinator_client, directory, monkeypatch
):
    from liphub.directory import views

    monkeypatch.setattr(views, "LISTINGS_PER_PAGE", 2)
    first = coordinator_client.get(url("stale_listings"))
    shown = [s.pk for group in first.context["groups"] for s in group["services"]]
    assert len(shown) == 2 and first.context["total"] == 3
    html = first.content.decode()
    assert "3 listings to verify." in html and 'href="?page=2" rel="next"' in html
    second = coordinator_client.get(url("stale_listings"), {"page": "2"})
    rest = [s.pk for group in second.context["groups"] for s in group["services"]]
    assert rest == [directory.services["pending"].pk] and not set(rest) & set(shown)
    csv_text = coordinator_client.get(url("stale_listings"), {"format": "csv"}).content.decode()
    assert all(name in csv_text for name in ("ESL classes", "Aide à l'emploi", "Pending program"))


# --- details of a listing ---------------------------------------------------------------------


def test_a_partner_adds_and_removes_the_details_of_their_listing(client, member, directory):
    esl = directory.services["esl"]
    client.force_login(member)
    posts = {
        "phone": {"phone-number": "613-555-0100", "phone-type": "voice"},
        "schedule": {
            "schedule-byday": ["WE", "MO"],
            "schedule-opens_at": "09:00",
            "schedule-closes_at": "17:00",
        },
        "language": {"language-code": "ES", "language-name": "Spanish"},
        "cost": {"cost-option": "Free", "cost-currency": "CAD"},
        "document": {"document-document": "Permanent resident card"},
        "location": {
            "location-location_name": "East office",
            "location-address_1": "2 Rue Main",
            "location-city": "Orléans",
            "location-state_province": "ON",
            "location-postal_code": "K1C 1A1",
            "location-accessibility": "Wheelchair accessible entrance",
        },
        "category": {"category-taxonomy_term": directory.terms["Legal help"].pk},
    }
    for kind, data in posts.items():
        response = client.post(url("detail_add", esl.pk, kind), data)
        assert response.status_code == 302, (kind, response.content[:2000])
    with scopes_disabled():
        assert esl.phones.get().number == "613-555-0100"
        schedule = esl.schedules.get()
        assert (schedule.byday, schedule.freq) == ("MO,WE", "WEEKLY")
        assert esl.languages.filter(code="es").exists()
        assert esl.cost_options.get().option == "Free"
        assert esl.required_documents.get().document == "Permanent resident card"
        link = ServiceAtLocation.objects.get(service=esl, location__name_en="East office")
        assert link.location.addresses.get().city == "Orléans"
        assert link.location.organization == directory.orgs["A"]
        assert Accessibility.objects.get(location=link.location).description.startswith("Wheel")
        assert Attribute.objects.filter(
            service=esl, taxonomy_term=directory.terms["Legal help"], link_id=esl.hsds_id
        ).exists()
    assert fresh(esl).needs_review  # a partner's change to an approved listing
    page = client.get(url("service_detail", esl.pk)).text
    assert "613-555-0100" in page and "East office" in page and "Legal help" in page
    assert "Monday, Wednesday 09:00-17:00" in page
    with translation.override("fr"):
        page = client.get(reverse("directory:service_detail", args=["ottawa", esl.pk])).text
    assert "lundi, mercredi 09:00-17:00" in page.lower()  # day names follow the language
    # remove the place: the location entered here goes with it
    response = client.post(url("detail_remove", esl.pk, "location", link.pk))
    assert response.status_code == 302
    with scopes_disabled():
        assert not Location.objects.filter(pk=link.location_id).exists()
        phone_id = esl.phones.get().pk
    assert client.post(url("detail_remove", esl.pk, "phone", phone_id)).status_code == 302
    with scopes_disabled():
        assert not Phone.objects.filter(pk=phone_id).exists()


def test_invalid_detail_forms_show_errors(client, member, directory):
    esl = directory.services["esl"]
    client.force_login(member)
    response = client.post(
        url("detail_add", esl.pk, "schedule"),
        {"schedule-byday": ["MO"], "schedule-opens_at": "17:00", "schedule-closes_at": "09:00"},
    )
    assert response.status_code == 400
    assert "The closing time must be after the opening time." in response.text
    response = client.post(url("detail_add", esl.pk, "location"), {"location-city": "Ottawa"})
    assert response.status_code == 400 and "error-summary" in response.text
    with scopes_disabled():
        assert not Schedule.objects.filter(service=esl).exists()
    response = client.post(
        url("detail_add", esl.pk, "category"),
        {"category-taxonomy_term": directory.terms["Language training"].pk},
    )
    assert response.status_code == 400 and "already has this category" in response.text
    assert client.post(url("detail_add", esl.pk, "nonsense"), {}).status_code == 404


def test_a_row_of_another_listing_cannot_be_removed_through_this_one(client, member, directory):
    esl, jobs = directory.services["esl"], directory.services["jobs"]
    with scopes_disabled():
        jobs_language = jobs.languages.first()
    client.force_login(member)
    response = client.post(url("detail_remove", esl.pk, "language", jobs_language.pk))
    assert response.status_code == 404
    with scopes_disabled():
        assert jobs.languages.filter(pk=jobs_language.pk).exists()


# --- directory settings -----------------------------------------------------------------------


def test_the_coordinator_keeps_synonyms_and_community_languages(coordinator_client, partnership):
    response = coordinator_client.post(
        url("synonym_create"), {"terms": "ESL,  LINC , English classes"}
    )
    assert response.status_code == 302
    with scopes_disabled():
        synonym = SearchSynonym.objects.get(partnership=partnership)
    assert synonym.terms == "ESL, LINC, English classes"
    response = coordinator_client.post(url("synonym_create"), {"terms": "doctor"})
    assert response.status_code == 400 and "at least two words" in response.text
    response = coordinator_client.post(
        url("synonym_edit", synonym.pk), {"terms": "doctor, physician", "version": synonym.version}
    )
    assert response.status_code == 302
    response = coordinator_client.post(
        url("language_create"),
        {"code": "AR", "name_en": "Arabic", "name_fr": "Arabe", "speakers": "5000"},
    )
    assert response.status_code == 302
    with scopes_disabled():
        language = CommunityLanguage.objects.get(partnership=partnership)
    assert (language.code, language.speakers) == ("ar", 5000)
    response = coordinator_client.post(
        url("language_create"), {"code": "ar", "name_en": "Arabic again"}
    )
    assert response.status_code == 400 and "already in the list" in response.text
    page = coordinator_client.get(url("settings")).text
    assert "doctor, physician" in page and "Arabic" in page
    assert coordinator_client.get(url("setting_delete", "language", language.pk)).status_code == 200
    assert (
        coordinator_client.post(url("setting_delete", "language", language.pk)).status_code == 302
    )
    assert coordinator_client.post(url("setting_delete", "synonym", synonym.pk)).status_code == 302
    with scopes_disabled():
        assert not CommunityLanguage.objects.exists() and not SearchSynonym.objects.exists()


def test_a_stale_synonym_edit_is_refused(coordinator_client, partnership, coordinator):
    with scopes_disabled():
        synonym = services.save_synonym(
            partnership=partnership, actor=get_actor(coordinator, partnership), terms="a, b"
        )
        SearchSynonym.objects.filter(pk=synonym.pk).update(version=5)
    response = coordinator_client.post(
        url("synonym_edit", synonym.pk), {"terms": "a, c", "version": 1}
    )
    assert response.status_code == 400 and "Someone else changed this record" in response.text


def test_members_cannot_change_directory_settings(client, member, partnership, directory):
    client.force_login(member)
    assert client.get(url("settings")).status_code == 403
    assert client.post(url("synonym_create"), {"terms": "a, b"}).status_code == 403
    assert client.post(url("language_create"), {"code": "xx", "name_en": "X"}).status_code == 403
    with scopes_disabled():
        with pytest.raises(PermissionDenied):
            services.save_synonym(
                partnership=partnership, actor=get_actor(member, partnership), terms="a, b"
            )
        assert not SearchSynonym.objects.exists()


# --- gap analysis page ------------------------------------------------------------------------


def test_the_gap_page_shows_and_exports_the_analysis(coordinator_client, directory):
    response = coordinator_client.get(url("gaps"))
    assert response.status_code == 200
    assert response.context["report"].service_count == 4
    text = response.text
    assert "Tigrinya" in text and "Orléans" in text
    # numbers are grouped the reader's way; the CSV keeps plain numbers
    assert "<td>1,500</td>" in text
    french = coordinator_client.get(
        reverse("directory:gaps", args=["ottawa"]).replace("/en/", "/fr/")
    )
    assert "<td>1\xa0500</td>" in french.text
    assert response.context["show_map"] is True
    # areas with coordinates only (Nepean and Vanier have none): the tables carry every area
    points = response.context["map_config"]["points"]
    assert [point["label"] for point in points] == [
        "Ottawa: 2 services, 1 Francophone",
        "Orléans: 1 service, 1 Francophone",
    ]
    csv_text = coordinator_client.get(url("gaps"), {"format": "csv"}).content.decode()
    assert "Somali,so,1500,0" in csv_text
    xlsx = coordinator_client.get(url("gaps"), {"format": "xlsx"})
    book = load_workbook(io.BytesIO(xlsx.content))
    assert len(book.sheetnames) == 4


def test_the_directory_is_in_the_partnership_navigation(coordinator_client, partnership):
    page = coordinator_client.get(reverse("partnerships:dashboard", args=["ottawa"])).text
    assert url("service_list") in page


def test_a_partner_with_one_organization_finds_it_chosen_in_a_new_listing(
    client, member, directory
):
    client.force_login(member)
    form = client.get(url("service_create")).context["form"]
    assert form["organization"].value() == directory.orgs["A"].pk


def test_the_list_and_listing_pages_take_a_fixed_number_of_queries(
    coordinator_client, partnership, directory
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(page):
        with CaptureQueriesContext(connection) as captured:
            assert coordinator_client.get(page).status_code == 200
        return len(captured)

    esl = directory.services["esl"]
    before = (queries(url("service_list")), queries(url("service_detail", esl.pk)))
    with scopes_disabled():
        for n in range(15):
            Service.objects.create(
                partnership=partnership, organization=directory.orgs["B"], name_en=f"Extra {n}"
            )
        for n in range(5):
            Phone.objects.create(partnership=partnership, service=esl, number=f"613-555-01{n:02}")
    after = (queries(url("service_list")), queries(url("service_detail", esl.pk)))
    assert after == before


def test_a_listing_can_be_offered_at_an_existing_place_of_its_organization(
    client, member, partnership, directory
):
    esl, jobs = directory.services["esl"], directory.services["jobs"]
    with scopes_disabled():
        office = jobs.service_at_locations.get().location
        clinic_office = directory.services["clinic"].service_at_locations.get().location
    client.force_login(member)
    form = client.get(url("service_detail", esl.pk)).context["sections"][0]["form"]
    assert list(form.fields["existing"].queryset) == [office]  # Agency A's, not yet linked
    response = client.post(url("detail_add", esl.pk, "location"), {"location-existing": office.pk})
    assert response.status_code == 302
    with scopes_disabled():
        link = ServiceAtLocation.objects.get(service=esl, location=office)
    # another organization's place is refused, in the form and in the service layer
    response = client.post(
        url("detail_add", esl.pk, "location"), {"location-existing": clinic_office.pk}
    )
    assert response.status_code == 400
    with scopes_disabled(), pytest.raises(ValidationError):
        services.add_location(
            service=fresh(esl), actor=get_actor(member, partnership), existing=clinic_office
        )
    # unlinking a shared place keeps it for the listing that still uses it
    assert client.post(url("detail_remove", esl.pk, "location", link.pk)).status_code == 302
    with scopes_disabled():
        assert Location.objects.filter(pk=office.pk).exists()
        assert not ServiceAtLocation.objects.filter(pk=link.pk).exists()
