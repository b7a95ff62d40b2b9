"""Another partnership's (or person's) ids answer 404 on every accounts URL that takes an id."""

from __future__ import annotations

import pytest
from django.urls import reverse

from liphub.accounts import services
from liphub.accounts.models import ApiToken, Invitation, Membership

ISOLATED_URLS: set[str] = {
    "accounts:member_role",
    "accounts:member_remove",
    "accounts:invitation_cancel",
    "accounts:token_revoke",
}

PARTNERSHIP_URLS = {
    "accounts:member_role": "membership_id",
    "accounts:member_remove": "membership_id",
    "accounts:invitation_cancel": "invitation_id",
}


def _state(other_partnership):
    return (
        sorted(Membership.objects.filter(partnership=other_partnership).values_list("pk", "role")),
        sorted(Invitation.objects.filter(partnership=other_partnership).values_list("pk", "email")),
    )


@pytest.fixture
def theirs(other_partnership, other_coordinator):
    """A member and a pending invitation of the other partnership."""
    from liphub.accounts.tests.factories import MembershipFactory

    membership = MembershipFactory(partnership=other_partnership, role="member")
    invitation, _token = services.invite_member(
        partnership=other_partnership, email="k@example.org", role="viewer", invited_by=None
    )
    return {"membership_id": membership.pk, "invitation_id": invitation.pk}


def test_every_isolated_url_is_attacked():
    assert set(PARTNERSHIP_URLS) | {"accounts:token_revoke"} == ISOLATED_URLS


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(PARTNERSHIP_URLS))
@pytest.mark.parametrize("slug_of", ["ours", "theirs"])
def test_other_partnerships_ids_answer_404_and_change_nothing(
    coordinator_client, partnership, other_partnership, theirs, name, slug_of
):
    slug = partnership.slug if slug_of == "ours" else other_partnership.slug
    kwarg = PARTNERSHIP_URLS[name]
    url = reverse(name, kwargs={"slug": slug, kwarg: theirs[kwarg]})
    before = _state(other_partnership)
    assert coordinator_client.get(url).status_code == 404
    for data in ({}, {f"m{theirs[kwarg]}-role": "coordinator"}):
        assert coordinator_client.post(url, data).status_code == 404
    assert _state(other_partnership) == before


@pytest.mark.django_db
def test_another_persons_token_cannot_be_revoked(coordinator_client, other_coordinator):
    token, _raw = ApiToken.issue(other_coordinator, "theirs")
    url = reverse("accounts:token_revoke", kwargs={"token_id": token.pk})
    assert coordinator_client.get(url).status_code == 404
    assert coordinator_client.post(url).status_code == 404
    assert ApiToken.objects.filter(pk=token.pk).exists()


@pytest.mark.django_db
def test_roles_by_partnership_gives_each_visible_partnership_its_role_in_two_queries(
    django_assert_num_queries, partnership, other_partnership, member, analyst, network
):
    from liphub.accounts.access import roles_by_partnership
    from liphub.accounts.models import NetworkAnalyst

    NetworkAnalyst.objects.create(user=member, network=network)
    with django_assert_num_queries(2):
        roles = roles_by_partnership(member)
    assert roles == {partnership.pk: "member", other_partnership.pk: "analyst"}
    assert roles_by_partnership(analyst) == {
        partnership.pk: "analyst",
        other_partnership.pk: "analyst",
    }
