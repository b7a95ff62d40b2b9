"""The site administrator sets up partnerships, networks and roles in the Django admin."""

from __future__ import annotations

import pytest
from django.urls import reverse

from liphub.accounts.models import Membership, User

pytestmark = pytest.mark.django_db

MODELS = [
    "accounts_user",
    "accounts_membership",
    "accounts_networkanalyst",
    "accounts_invitation",
    "accounts_apitoken",
    "core_partnership",
    "core_network",
]


@pytest.mark.parametrize("model", MODELS)
def test_the_admin_lists_every_setup_model(client, site_admin, model, coordinator, analyst):
    client.force_login(site_admin)
    assert client.get(reverse(f"admin:{model}_changelist")).status_code == 200


@pytest.mark.parametrize(
    "model", ["accounts_user", "accounts_membership", "core_partnership", "core_network"]
)
def test_the_admin_add_pages_load(client, site_admin, model):
    client.force_login(site_admin)
    assert client.get(reverse(f"admin:{model}_add")).status_code == 200


def test_the_admin_edit_pages_load(client, site_admin, coordinator, partnership, network):
    client.force_login(site_admin)
    for url in (
        reverse("admin:accounts_user_change", args=[coordinator.pk]),
        reverse("admin:core_partnership_change", args=[partnership.pk]),
        reverse("admin:core_network_change", args=[network.pk]),
    ):
        assert client.get(url).status_code == 200


def test_the_admin_creates_a_user_by_email(client, site_admin):
    client.force_login(site_admin)
    response = client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "new.person@example.org",
            "full_name": "New Person",
            "preferred_language": "fr",
            "password1": "a long and fresh passphrase",
            "password2": "a long and fresh passphrase",
            "usable_password": "true",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    user = User.objects.get(email="new.person@example.org")
    assert user.check_password("a long and fresh passphrase")


def test_the_admin_gives_a_role_in_a_partnership(client, site_admin, other_partnership, viewer):
    client.force_login(site_admin)
    response = client.post(
        reverse("admin:accounts_membership_add"),
        {"user": viewer.pk, "partnership": other_partnership.pk, "role": "coordinator"},
    )
    assert response.status_code == 302
    assert Membership.objects.get(user=viewer, partnership=other_partnership).role == "coordinator"


def test_the_admin_refuses_a_second_role_in_the_same_partnership(
    client, site_admin, partnership, viewer
):
    client.force_login(site_admin)
    response = client.post(
        reverse("admin:accounts_membership_add"),
        {"user": viewer.pk, "partnership": partnership.pk, "role": "coordinator"},
    )
    assert response.status_code == 200
    assert Membership.objects.get(user=viewer).role == "viewer"


def test_partnership_staff_cannot_open_the_admin(client, coordinator):
    client.force_login(coordinator)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
