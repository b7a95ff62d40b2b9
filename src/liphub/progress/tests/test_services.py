"""The progress services: commitments, updates (with the activity's last update and status in
the same transaction), and linking accounts to contacts."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from liphub.actions.models import Activity
from liphub.core.services import ConcurrentEditError
from liphub.documents.models import Document
from liphub.progress import services
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.progress.selectors import get_actor, organizations_of
from liphub.progress.tests.factories import GoalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _unscoped(unscoped):
    """Services are called from views within the request's scope; here, outside any."""


def test_posting_an_update_sets_the_activitys_last_progress_and_status(member, work):
    activity = work.job_fair
    assert activity.last_progress_at is None
    update = services.post_progress_update(
        activity=activity,
        author=member,
        organization=work.orgs["A"],
        text="The first job fair drew 300 newcomers.",
        milestone="First fair held",
        percent_complete=40,
        new_status="in_progress",
    )
    stored = Activity.objects.get(pk=activity.pk)
    assert stored.last_progress_at == update.created_at
    assert stored.status == "in_progress"
    assert stored.version == 2
    assert update.author == member and update.organization == work.orgs["A"]


def test_an_update_with_a_status_the_activity_cannot_move_to_changes_nothing(member, work):
    with pytest.raises(ValidationError) as error:
        services.post_progress_update(
            activity=work.job_fair, author=member, text="Done already?", new_status="completed"
        )
    assert "new_status" in error.value.error_dict
    assert ProgressUpdate.objects.count() == 0
    assert Activity.objects.get(pk=work.job_fair.pk).last_progress_at is None


def test_an_update_needs_text_and_a_percent_between_0_and_100(member, work):
    with pytest.raises(ValidationError) as error:
        services.post_progress_update(activity=work.job_fair, author=member, text="  ")
    assert "text" in error.value.error_dict
    with pytest.raises(ValidationError) as error:
        services.post_progress_update(
            activity=work.job_fair, author=member, text="Over", percent_complete=120
        )
    assert "percent_complete" in error.value.error_dict
    assert ProgressUpdate.objects.count() == 0


def test_evidence_uploaded_with_an_update_is_a_partners_document(member, work):
    file = SimpleUploadedFile("attendance.csv", b"date,people\n2011-10-01,300\n")
    update = services.post_progress_update(
        activity=work.job_fair, author=member, text="Attendance attached.", evidence_file=file
    )
    document = Document.objects.get()
    assert update.evidence_document == document
    assert document.visibility == "partners"
    assert document.partnership == work.job_fair.partnership


def test_a_bad_evidence_file_is_refused_on_its_field_and_nothing_is_saved(member, work):
    file = SimpleUploadedFile("report.pdf", b"this is not a pdf")
    with pytest.raises(ValidationError) as error:
        services.post_progress_update(
            activity=work.job_fair, author=member, text="See attached", evidence_file=file
        )
    assert "evidence_file" in error.value.error_dict
    assert ProgressUpdate.objects.count() == 0 and Document.objects.count() == 0


def test_a_commitment_is_to_a_goal_or_an_activity_exactly(partnership, work):
    for targets in ({}, {"goal": work.goal, "activity": work.job_fair}):
        with pytest.raises(ValidationError) as error:
            services.create_commitment(
                partnership=partnership, organization=work.orgs["A"], brings="space", **targets
            )
        assert {"goal", "activity"} <= set(error.value.error_dict)
    commitment = services.create_commitment(
        partnership=partnership, organization=work.orgs["A"], brings="space", goal=work.goal
    )
    assert commitment.version == 1


def test_a_commitment_cannot_point_to_another_partnerships_goal(
    partnership, other_partnership, work
):
    foreign_goal = GoalFactory(partnership=other_partnership)
    with pytest.raises(ValidationError) as error:
        services.create_commitment(
            partnership=partnership, organization=work.orgs["A"], goal=foreign_goal
        )
    assert "goal" in error.value.error_dict


def test_editing_a_commitment_with_a_stale_version_is_refused(work):
    commitment = work.a_commitment
    services.update_commitment(commitment=commitment, expected_version=1, quantity=10)
    stale = Commitment.objects.get(pk=commitment.pk)
    with pytest.raises(ConcurrentEditError):
        services.update_commitment(commitment=stale, expected_version=1, quantity=99)
    assert Commitment.objects.get(pk=commitment.pk).quantity == 10


def test_linking_an_account_makes_it_act_for_the_contacts_organization(partnership, work):
    from liphub.accounts.models import Membership, User

    user = User.objects.create_user(email="board@example.org", password="x")
    Membership.objects.create(user=user, partnership=partnership, role="member")
    assert organizations_of(user, partnership) == []
    services.link_user_to_person(person=work.people["unlinked"], user=user)
    assert organizations_of(user, partnership) == [work.orgs["B"]]
    assert get_actor(user, partnership).acts_for(work.orgs["B"].pk)
    services.link_user_to_person(person=work.people["unlinked"], user=None)
    assert organizations_of(user, partnership) == []


def test_an_account_without_a_role_in_the_partnership_cannot_be_linked(work, other_coordinator):
    with pytest.raises(ValidationError) as error:
        services.link_user_to_person(person=work.people["unlinked"], user=other_coordinator)
    assert "user" in error.value.error_dict


def test_a_contact_in_another_partnership_does_not_make_a_user_staff_here(
    partnership, other_partnership, member
):
    from liphub.partnerships.tests.factories import OrganizationFactory, PersonFactory

    kingston_org = OrganizationFactory(partnership=other_partnership)
    PersonFactory(partnership=other_partnership, organization=kingston_org, user=member)
    assert organizations_of(member, partnership) == []
