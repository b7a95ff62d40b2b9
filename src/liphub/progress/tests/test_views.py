"""The progress pages: posting updates, commitments and their filters, the home page of a
member and of a coordinator, linking accounts, and bad input shown as field errors."""

from __future__ import annotations

import datetime as dt

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.accounts.access import tenant_scope
from liphub.actions.models import Activity
from liphub.meetings.tests.factories import FollowUpFactory, MeetingFactory
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.progress.tests.factories import ActivityFactory, ProgressUpdateFactory

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(name, args=["ottawa", *args])


# --- Progress updates --------------------------------------------------------------------------


def test_a_member_posts_an_update_on_an_activity_their_organization_leads(client, member, work):
    client.force_login(member)
    response = client.post(
        url("progress:update_create", work.job_fair.pk),
        {
            "organization": work.orgs["A"].pk,
            "text": "Forty employers confirmed for the fair.",
            "milestone": "Employers confirmed",
            "percent_complete": "30",
            "evidence_url": "https://example.org/fair",
            "new_status": "in_progress",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == url("actions:activity_detail", work.job_fair.pk)
    with scopes_disabled():
        activity = Activity.objects.get(pk=work.job_fair.pk)
        update = ProgressUpdate.objects.get()
    assert activity.status == "in_progress"
    assert activity.last_progress_at == update.created_at
    assert update.author == member and update.evidence_url == "https://example.org/fair"
    page = client.get(response["Location"])
    assert "Forty employers confirmed for the fair." in page.text
    assert "Milestone reached: Employers confirmed" in page.text
    assert "30% complete" in page.text


def test_a_coordinator_posts_for_the_secretariat_and_returns_to_where_they_came_from(
    coordinator_client, work
):
    back = "/en/p/ottawa/plans/"
    response = coordinator_client.post(
        url("progress:update_create", work.cafe.pk),
        {"organization": "", "text": "Café moved to the library.", "next": back},
    )
    assert response.status_code == 302
    assert response["Location"] == back
    with scopes_disabled():
        assert ProgressUpdate.objects.get().organization is None


def test_an_unsafe_next_address_is_ignored(coordinator_client, work):
    response = coordinator_client.post(
        url("progress:update_create", work.cafe.pk),
        {"text": "Update.", "next": "https://evil.example.com/"},
    )
    assert response["Location"] == url("actions:activity_detail", work.cafe.pk)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "x", "percent_complete": "150"}, "percent_complete"),
        ({"text": "x", "percent_complete": "half"}, "percent_complete"),
        ({"text": "x", "evidence_url": "not a link at all"}, "evidence_url"),
        ({"text": "x", "new_status": "cancelled"}, "new_status"),
    ],
)
def test_a_bad_update_shows_field_errors_and_changes_nothing(client, member, work, data, field):
    client.force_login(member)
    response = client.post(
        url("progress:update_create", work.job_fair.pk),
        {"organization": work.orgs["A"].pk, **data},
    )
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert 'role="alert"' in response.text
    with scopes_disabled():
        assert ProgressUpdate.objects.count() == 0
        assert Activity.objects.get(pk=work.job_fair.pk).last_progress_at is None


def test_an_update_with_a_link_and_a_document_asks_for_one(client, member, work):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(member)
    response = client.post(
        url("progress:update_create", work.job_fair.pk),
        {
            "organization": work.orgs["A"].pk,
            "text": "Both",
            "evidence_url": "https://example.org/x",
            "evidence_file": SimpleUploadedFile("notes.txt", b"notes"),
        },
    )
    assert response.status_code == 400
    assert "evidence_file" in response.context["form"].errors


def test_the_activity_panel_lists_commitments_and_updates_newest_first(rf, member, work):
    with scopes_disabled():
        ProgressUpdateFactory(
            partnership=work.job_fair.partnership, activity=work.job_fair, text="Older news"
        )
        ProgressUpdateFactory(
            partnership=work.job_fair.partnership, activity=work.job_fair, text="Newer news"
        )
    request = RequestFactory().get("/en/p/ottawa/plans/activities/1/")
    request.user = member
    with tenant_scope(member):
        html = render_to_string(
            "progress/_activity_panel.html",
            {"activity": work.job_fair, "partnership": work.job_fair.partnership, "user": member},
            request=request,
        )
    assert html.index("Newer news") < html.index("Older news")
    assert "A settlement worker two hours a week" in html
    assert "Post an update" in html
    assert "next=/en/p/ottawa/plans/activities/1/" in html


def test_the_panel_offers_no_update_link_to_another_organizations_member(work):
    request = RequestFactory().get("/")
    request.user = work.c_member
    with tenant_scope(work.c_member):
        html = render_to_string(
            "progress/_activity_panel.html",
            {
                "activity": work.job_fair,
                "partnership": work.job_fair.partnership,
                "user": work.c_member,
            },
            request=request,
        )
    assert "Post an update" not in html


# --- Commitments -------------------------------------------------------------------------------


def test_a_member_records_a_commitment_for_their_organization(client, member, work):
    client.force_login(member)
    response = client.post(
        url("progress:commitment_create"),
        {
            "organization": work.orgs["A"].pk,
            "goal": work.goal.pk,
            "brings": "expertise",
            "description_en": "Résumé clinics",
            "description_fr": "Ateliers de CV",
            "mandate_fit_en": "Employment services are our mandate.",
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        commitment = Commitment.objects.get(description_en="Résumé clinics")
    assert commitment.organization == work.orgs["A"] and commitment.goal == work.goal


def test_a_commitment_to_both_or_neither_target_shows_field_errors(client, member, work):
    client.force_login(member)
    for targets in ({}, {"goal": work.goal.pk, "activity": work.job_fair.pk}):
        response = client.post(
            url("progress:commitment_create"),
            {"organization": work.orgs["A"].pk, "brings": "space", **targets},
        )
        assert response.status_code == 400
        errors = response.context["form"].errors
        assert "goal" in errors and "activity" in errors
    negative = client.post(
        url("progress:commitment_create"),
        {"organization": work.orgs["A"].pk, "goal": work.goal.pk, "quantity": "-3"},
    )
    assert negative.status_code == 400
    assert (
        "quantity" in negative.context["form"].errors or "brings" in negative.context["form"].errors
    )


def test_a_stale_commitment_edit_is_refused_with_a_clear_message(client, member, work):
    client.force_login(member)
    edit = url("progress:commitment_edit", work.a_commitment.pk)
    data = {
        "version": 1,
        "organization": work.orgs["A"].pk,
        "activity": work.job_fair.pk,
        "brings": "staff_hours",
        "quantity": "50",
    }
    assert client.post(edit, data).status_code == 302
    response = client.post(edit, {**data, "quantity": "60"})
    assert response.status_code == 400
    assert "Someone else changed this record" in response.text
    with scopes_disabled():
        assert Commitment.objects.get(pk=work.a_commitment.pk).quantity == 50


def test_a_member_deletes_their_organizations_commitment(client, member, work):
    client.force_login(member)
    response = client.post(url("progress:commitment_delete", work.a_commitment.pk))
    assert response.status_code == 302
    with scopes_disabled():
        assert not Commitment.objects.filter(pk=work.a_commitment.pk).exists()


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        (lambda w: {"organization": w.orgs["C"].pk}, "Coop café space", "two hours a week"),
        (lambda w: {"goal": w.goal.pk}, "Coop café space", "two hours a week"),
        (lambda w: {"activity": w.job_fair.pk}, "two hours a week", "Coop café space"),
    ],
)
def test_the_commitment_list_filters_by_organization_goal_and_activity(
    coordinator_client, work, query, shown, hidden
):
    response = coordinator_client.get(url("progress:commitment_list"), query(work))
    assert response.status_code == 200
    assert shown in response.text and hidden not in response.text


def test_the_commitment_list_offers_edit_links_only_for_the_members_organization(
    client, member, work
):
    client.force_login(member)
    response = client.get(url("progress:commitment_list"))
    assert url("progress:commitment_edit", work.a_commitment.pk) in response.text
    assert url("progress:commitment_edit", work.c_commitment.pk) not in response.text


# --- Home ("my work") --------------------------------------------------------------------------


def test_a_members_home_shows_their_commitments_activities_and_overdue_follow_ups(
    client, member, work
):
    with scopes_disabled():
        meeting = MeetingFactory(partnership=work.job_fair.partnership)
        FollowUpFactory(
            meeting=meeting,
            owner=work.people["member"],
            description_en="Book the hall",
            due_date=timezone.localdate() - dt.timedelta(days=3),
        )
        FollowUpFactory(
            meeting=meeting,
            owner=work.people["member"],
            description_en="Not due yet",
            due_date=timezone.localdate() + dt.timedelta(days=3),
        )
        FollowUpFactory(
            meeting=meeting,
            owner=work.people["c_member"],
            description_en="Someone else's",
            due_date=timezone.localdate() - dt.timedelta(days=3),
        )
    client.force_login(member)
    response = client.get(url("progress:my_work"))
    text = response.text
    assert "Agency A" in text
    assert "Job fair" in text and "Newcomer café" not in text
    assert url("progress:update_create", work.job_fair.pk) in text
    # each of their activities links to its page of commitments and updates
    assert f'href="{url("progress:activity_progress", work.job_fair.pk)}"' in text
    assert "A settlement worker two hours a week" in text and "Coop café space" not in text
    assert "Book the hall" in text
    assert "Not due yet" not in text and "Someone else&#x27;s" not in text


def test_a_coordinators_home_shows_every_commitment_and_the_stale_activities(
    coordinator_client, work
):
    with scopes_disabled():
        Activity.objects.filter(pk=work.cafe.pk).update(last_progress_at=timezone.now())
        Activity.objects.filter(pk=work.job_fair.pk).update(
            last_progress_at=timezone.now() - dt.timedelta(days=200)
        )
        ActivityFactory(
            partnership=work.cafe.partnership,
            title_en="Future forum",
            start_date=timezone.localdate() + dt.timedelta(days=30),
        )
        ActivityFactory(partnership=work.cafe.partnership, title_en="Old done", status="completed")
    response = coordinator_client.get(url("progress:my_work"))
    stale = response.context["work"].stale_activities
    assert [a.title_en for a in stale] == ["Job fair"]
    assert "Agency A" in response.text and "Coop C" in response.text
    assert "Coop café space" in response.text


def test_the_site_home_page_links_to_my_commitments(client, member, work):
    client.force_login(member)
    response = client.get("/en/")
    assert reverse("progress:my_work", args=["ottawa"]) in response.text
    assert "My commitments" in response.text


# --- Linking accounts to contacts --------------------------------------------------------------


def test_a_coordinator_links_and_unlinks_a_members_account(coordinator_client, partnership, work):
    from liphub.accounts.models import Membership, User

    user = User.objects.create_user(email="board@example.org", password="x")
    Membership.objects.create(user=user, partnership=partnership, role="member")
    person = work.people["unlinked"]
    response = coordinator_client.post(
        url("progress:people_links"), {"person": person.pk, "user": user.pk}
    )
    assert response.status_code == 302
    with scopes_disabled():
        person.refresh_from_db()
    assert person.user == user
    coordinator_client.post(url("progress:people_links"), {"person": person.pk, "user": ""})
    with scopes_disabled():
        person.refresh_from_db()
    assert person.user is None


def test_linking_to_another_partnerships_contact_or_outsider_shows_field_errors(
    coordinator_client, other_partnership, other_coordinator, work
):
    from liphub.partnerships.tests.factories import PersonFactory

    with scopes_disabled():
        foreign = PersonFactory(partnership=other_partnership)
    response = coordinator_client.post(
        url("progress:people_links"), {"person": foreign.pk, "user": work.c_member.pk}
    )
    assert response.status_code == 400
    assert "person" in response.context["form"].errors
    response = coordinator_client.post(
        url("progress:people_links"),
        {"person": work.people["unlinked"].pk, "user": other_coordinator.pk},
    )
    assert response.status_code == 400
    assert "user" in response.context["form"].errors
    with scopes_disabled():
        foreign.refresh_from_db()
    assert foreign.user is None


def test_the_pages_are_translated_into_french(client, member, work):
    client.force_login(member)
    response = client.get(reverse("progress:my_work", args=["ottawa"]).replace("/en/", "/fr/"))
    assert response.status_code == 200
    assert "Engagements et mises à jour" in response.text


def test_the_activity_page_links_to_its_page_of_commitments_and_updates(client, member, work):
    client.force_login(member)
    progress = url("progress:activity_progress", work.job_fair.pk)
    detail = client.get(url("actions:activity_detail", work.job_fair.pk)).text
    assert f'href="{progress}"' in detail
    # the page itself shows the panel without a link to itself
    page = client.get(progress)
    assert page.status_code == 200
    assert f'href="{progress}"' not in page.text
    assert "Commitments and progress" in page.text
