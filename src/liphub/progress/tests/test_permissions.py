"""Who may do what, page by page: coordinator, member of the leading organization, member of
another organization, viewer and network analyst."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.progress.models import Commitment

pytestmark = pytest.mark.django_db

ROLES = ["coordinator", "member", "c_member", "viewer", "analyst"]


def user_for(role, request, work):
    if role == "c_member":
        return work.c_member
    return request.getfixturevalue(role)


def url(name, work, *args):
    return reverse(name, args=["ottawa", *args])


EXPECTED_GET = {
    # url name: (args from the work fixture, {role: status})
    "progress:my_work": (
        lambda w: [],
        {"coordinator": 200, "member": 200, "c_member": 200, "viewer": 200, "analyst": 200},
    ),
    "progress:commitment_list": (
        lambda w: [],
        {"coordinator": 200, "member": 200, "c_member": 200, "viewer": 200, "analyst": 200},
    ),
    "progress:activity_progress": (
        lambda w: [w.job_fair.pk],
        {"coordinator": 200, "member": 200, "c_member": 200, "viewer": 200, "analyst": 200},
    ),
    "progress:commitment_create": (
        lambda w: [],
        {"coordinator": 200, "member": 200, "c_member": 200, "viewer": 403, "analyst": 403},
    ),
    "progress:commitment_edit": (
        lambda w: [w.a_commitment.pk],
        {"coordinator": 200, "member": 200, "c_member": 403, "viewer": 403, "analyst": 403},
    ),
    "progress:commitment_delete": (
        lambda w: [w.a_commitment.pk],
        {"coordinator": 200, "member": 200, "c_member": 403, "viewer": 403, "analyst": 403},
    ),
    "progress:update_create": (
        lambda w: [w.job_fair.pk],
        {"coordinator": 200, "member": 200, "c_member": 403, "viewer": 403, "analyst": 403},
    ),
    "progress:people_links": (
        lambda w: [],
        {"coordinator": 200, "member": 403, "c_member": 403, "viewer": 403, "analyst": 403},
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url_name", sorted(EXPECTED_GET))
def test_permission_matrix_of_the_progress_pages(client, request, work, role, url_name):
    args, expected = EXPECTED_GET[url_name]
    client.force_login(user_for(role, request, work))
    response = client.get(url(url_name, work, *args(work)))
    assert response.status_code == expected[role]


def test_a_user_without_a_role_gets_404(client, work, other_coordinator):
    client.force_login(other_coordinator)
    assert client.get(url("progress:my_work", work)).status_code == 404
    assert client.get(url("progress:commitment_list", work)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, work):
    response = client.get(url("progress:my_work", work))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_member_cannot_edit_another_organizations_commitment(client, member, work):
    client.force_login(member)
    edit = url("progress:commitment_edit", work, work.c_commitment.pk)
    data = {
        "version": 1,
        "organization": work.orgs["C"].pk,
        "goal": work.goal.pk,
        "brings": "money",
        "quantity": "1",
        "description_en": "Hijacked",
    }
    assert client.get(edit).status_code == 403
    assert client.post(edit, data).status_code == 403
    delete = url("progress:commitment_delete", work, work.c_commitment.pk)
    assert client.post(delete).status_code == 403
    with scopes_disabled():
        commitment = Commitment.objects.get(pk=work.c_commitment.pk)
    assert commitment.description_en == "Coop café space"
    assert commitment.version == 1


def test_a_member_cannot_move_their_commitment_to_another_organization(client, member, work):
    client.force_login(member)
    edit = url("progress:commitment_edit", work, work.a_commitment.pk)
    response = client.post(
        edit,
        {
            "version": 1,
            "organization": work.orgs["C"].pk,
            "activity": work.job_fair.pk,
            "brings": "staff_hours",
        },
    )
    assert response.status_code == 400
    assert "organization" in response.context["form"].errors
    with scopes_disabled():
        assert Commitment.objects.get(pk=work.a_commitment.pk).organization == work.orgs["A"]


def test_a_member_cannot_create_a_commitment_for_another_organization(client, member, work):
    client.force_login(member)
    response = client.post(
        url("progress:commitment_create", work),
        {"organization": work.orgs["C"].pk, "goal": work.goal.pk, "brings": "space"},
    )
    assert response.status_code == 400
    assert "organization" in response.context["form"].errors
    with scopes_disabled():
        assert Commitment.objects.count() == 2


def test_a_member_whose_account_is_not_linked_is_told_to_ask_the_coordinator(
    client, partnership, work
):
    from liphub.accounts.models import Membership, User

    loner = User.objects.create_user(email="loner@example.org", password="x")
    Membership.objects.create(user=loner, partnership=partnership, role="member")
    client.force_login(loner)
    response = client.get(url("progress:commitment_create", work))
    assert response.status_code == 403
    assert "not linked to an organization" in response.text
    home = client.get(url("progress:my_work", work))
    assert "Ask the coordinator" in home.text


def test_a_member_posts_only_on_activities_their_organization_leads_or_supports(
    client, c_member, work
):
    """Coop C leads the café, not the job fair (led by A, supported by B)."""
    client.force_login(c_member)
    job_fair = url("progress:update_create", work, work.job_fair.pk)
    response = client.post(job_fair, {"organization": work.orgs["C"].pk, "text": "Sneaky"})
    assert response.status_code == 403
    cafe = url("progress:update_create", work, work.cafe.pk)
    assert client.get(cafe).status_code == 200


def test_a_supporting_partners_member_may_post_but_not_change_the_status(client, partnership, work):
    from liphub.accounts.models import Membership

    with scopes_disabled():
        Membership.objects.filter(user=work.people["viewer"].user).update(role="member")
    client.force_login(work.people["viewer"].user)
    page = client.get(url("progress:update_create", work, work.job_fair.pk))
    assert page.status_code == 200
    assert "new_status" not in page.context["form"].fields


def test_the_lead_organizations_member_may_change_the_status(client, member, work):
    client.force_login(member)
    page = client.get(url("progress:update_create", work, work.job_fair.pk))
    assert [value for value, _label in page.context["form"].fields["new_status"].choices] == [
        "",
        "in_progress",
        "delayed",
    ]
