"""Coordinators invite people by e-mail; invitees join with the role they were given."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from liphub.accounts import services
from liphub.accounts.models import Invitation, Membership, User
from liphub.accounts.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def _people_url(partnership):
    return reverse("accounts:member_list", kwargs={"slug": partnership.slug})


def _link_path(body: str) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+/accounts/invitation/\S+/)", body)
    assert match, body
    return match.group(1)


def _invite(partnership, email="newcomer@example.org", role="member", language="en", by=None):
    return services.invite_member(
        partnership=partnership, email=email, role=role, invited_by=by, language=language
    )


def test_a_coordinator_sees_the_members_and_their_roles(coordinator_client, partnership, member):
    response = coordinator_client.get(_people_url(partnership))
    assert response.status_code == 200
    assert "Mo Member" in response.text
    assert "member@example.org" in response.text
    assert "Cora Coordinator" in response.text
    assert response.text.count("<h1") == 1


@pytest.mark.parametrize("role_fixture", ["member", "viewer", "analyst"])
def test_people_without_the_coordinator_role_cannot_open_the_people_page(
    client, partnership, role_fixture, request
):
    client.force_login(request.getfixturevalue(role_fixture))
    assert client.get(_people_url(partnership)).status_code == 403


def test_another_partnerships_coordinator_gets_404_on_the_people_page(
    client, partnership, other_coordinator
):
    client.force_login(other_coordinator)
    assert client.get(_people_url(partnership)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, partnership):
    response = client.get(_people_url(partnership))
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_inviting_sends_an_e_mail_with_a_link_and_stores_only_a_hash(
    coordinator_client, partnership, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(
            _people_url(partnership),
            {"email": "Newcomer@Example.org", "role": "viewer", "language": "en"},
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "newcomer@example.org"
    assert invitation.role == "viewer"
    assert invitation.invited_by.email == "coordinator@example.org"
    assert (
        timedelta(days=13, hours=23) < invitation.expires_at - timezone.now() <= timedelta(days=14)
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["newcomer@example.org"]
    assert "Ottawa Local Immigration Partnership" in message.subject
    path = _link_path(message.body)
    raw_token = path.rstrip("/").rsplit("/", 1)[1]
    assert invitation.token_hash == Invitation.hash_token(raw_token)
    assert raw_token not in invitation.token_hash
    assert path.startswith("/en/")


def test_the_invitation_e_mail_is_in_the_invitees_language(
    partnership, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _invite(partnership, language="fr", by=coordinator)
    message = mail.outbox[0]
    assert "Partenariat local d'immigration d'Ottawa" in message.subject
    assert "Vous êtes invité" in message.subject
    assert "/fr/accounts/invitation/" in message.body
    assert "Membre" in message.body


def test_an_existing_account_gets_the_e_mail_in_the_language_it_chose(
    partnership, other_partnership, django_capture_on_commit_callbacks
):
    User.objects.create_user(email="fr@example.org", password=PASSWORD, preferred_language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        _invite(partnership, email="fr@example.org", language="en")
    assert "/fr/accounts/invitation/" in mail.outbox[0].body


def test_a_bad_invitation_shows_field_errors(coordinator_client, partnership):
    response = coordinator_client.post(
        _people_url(partnership), {"email": "not an address", "role": "boss", "language": "en"}
    )
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    assert Invitation.objects.count() == 0


def test_inviting_an_existing_member_is_refused_with_a_message(
    coordinator_client, partnership, member
):
    response = coordinator_client.post(
        _people_url(partnership),
        {"email": "member@example.org", "role": "viewer", "language": "en"},
    )
    assert response.status_code == 400
    assert "already a member" in response.text
    assert Invitation.objects.count() == 0


def test_a_new_person_sets_name_and_password_and_joins(client, partnership):
    _invitation, token = _invite(partnership, role="viewer")
    url = reverse("accounts:accept_invitation", kwargs={"token": token})
    page = client.get(url)
    assert page.status_code == 200
    assert "full_name" in page.text
    response = client.post(
        url,
        {
            "full_name": "Nadia Newcomer",
            "password1": "a long and fresh passphrase",
            "password2": "a long and fresh passphrase",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="newcomer@example.org")
    assert user.full_name == "Nadia Newcomer"
    assert user.check_password("a long and fresh passphrase")
    assert Membership.objects.get(user=user).role == "viewer"
    assert client.session["_auth_user_id"] == str(user.pk)
    assert Invitation.objects.get().accepted_at is not None


def test_a_new_account_form_with_mismatched_passwords_shows_errors_and_creates_nothing(
    client, partnership
):
    _invitation, token = _invite(partnership)
    response = client.post(
        reverse("accounts:accept_invitation", kwargs={"token": token}),
        {"full_name": "N", "password1": "a long and fresh passphrase", "password2": "other"},
    )
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    assert not User.objects.filter(email="newcomer@example.org").exists()


def test_a_too_simple_password_is_refused(client, partnership):
    _invitation, token = _invite(partnership)
    response = client.post(
        reverse("accounts:accept_invitation", kwargs={"token": token}),
        {"full_name": "N", "password1": "12345678", "password2": "12345678"},
    )
    assert response.status_code == 400
    assert not User.objects.filter(email="newcomer@example.org").exists()


def test_a_signed_in_person_with_the_invited_address_joins(client, partnership, other_coordinator):
    _invitation, token = _invite(partnership, email="OTHER@example.org", role="member")
    client.force_login(other_coordinator)
    url = reverse("accounts:accept_invitation", kwargs={"token": token})
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    assert Membership.objects.get(user=other_coordinator, partnership=partnership).role == "member"


def test_a_person_signed_in_with_another_address_cannot_use_the_invitation(
    client, partnership, member
):
    _invitation, token = _invite(partnership, email="someone@example.org")
    client.force_login(member)
    url = reverse("accounts:accept_invitation", kwargs={"token": token})
    assert client.post(url).status_code == 403
    assert not Membership.objects.filter(user__email="someone@example.org").exists()
    assert Invitation.objects.get().accepted_at is None


def test_an_existing_account_is_asked_to_sign_in(client, partnership, other_coordinator):
    _invitation, token = _invite(partnership, email="other@example.org")
    response = client.get(reverse("accounts:accept_invitation", kwargs={"token": token}))
    assert response.status_code == 200
    assert "/accounts/login/?next=" in response.text
    response = client.post(
        reverse("accounts:accept_invitation", kwargs={"token": token}),
        {"full_name": "X", "password1": "a long passphrase", "password2": "a long passphrase"},
    )
    assert not Membership.objects.filter(user=other_coordinator, partnership=partnership).exists()


def test_an_expired_invitation_shows_a_clear_page(client, partnership):
    invitation, token = _invite(partnership)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    response = client.get(reverse("accounts:accept_invitation", kwargs={"token": token}))
    assert response.status_code == 410
    assert "expired" in response.text


def test_a_used_invitation_cannot_be_used_again(client, partnership, other_coordinator):
    invitation, token = _invite(partnership, email="other@example.org")
    services.accept_invitation(invitation=invitation, user=other_coordinator)
    client.logout()
    response = client.post(
        reverse("accounts:accept_invitation", kwargs={"token": token}),
        {"full_name": "X", "password1": "a long passphrase", "password2": "a long passphrase"},
    )
    assert response.status_code == 410
    assert "already been accepted" in response.text


def test_an_unknown_invitation_token_shows_a_clear_page_in_french(client, db):
    response = client.get("/fr/accounts/invitation/not-a-real-token/")
    assert response.status_code == 404
    assert "Nous ne reconnaissons pas" in response.text


def test_a_new_invitation_replaces_the_pending_one(partnership):
    _first, _old_token = _invite(partnership)
    _second, new_token = _invite(partnership)
    assert Invitation.objects.count() == 1
    assert Invitation.objects.get().token_hash == Invitation.hash_token(new_token)


def test_a_coordinator_withdraws_a_pending_invitation(coordinator_client, partnership):
    invitation, _token = _invite(partnership)
    url = reverse(
        "accounts:invitation_cancel",
        kwargs={"slug": partnership.slug, "invitation_id": invitation.pk},
    )
    assert coordinator_client.post(url).status_code == 302
    assert not Invitation.objects.exists()


def test_a_coordinator_changes_a_members_role(coordinator_client, partnership, member):
    membership = Membership.objects.get(user=member)
    url = reverse(
        "accounts:member_role", kwargs={"slug": partnership.slug, "membership_id": membership.pk}
    )
    response = coordinator_client.post(url, {f"m{membership.pk}-role": "viewer"})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == "viewer"


def test_a_coordinator_removes_a_member(coordinator_client, partnership, member):
    membership = Membership.objects.get(user=member)
    url = reverse(
        "accounts:member_remove", kwargs={"slug": partnership.slug, "membership_id": membership.pk}
    )
    assert coordinator_client.post(url).status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()


def test_the_last_coordinator_cannot_be_demoted_or_removed(coordinator_client, partnership):
    membership = Membership.objects.get(user__email="coordinator@example.org")
    kwargs = {"slug": partnership.slug, "membership_id": membership.pk}
    response = coordinator_client.post(
        reverse("accounts:member_role", kwargs=kwargs),
        {f"m{membership.pk}-role": "viewer"},
        follow=True,
    )
    assert "at least one coordinator" in response.text
    response = coordinator_client.post(
        reverse("accounts:member_remove", kwargs=kwargs), follow=True
    )
    assert "at least one coordinator" in response.text
    membership.refresh_from_db()
    assert membership.role == "coordinator"


def test_with_two_coordinators_one_may_step_down(coordinator_client, partnership, member):
    Membership.objects.filter(user=member).update(role="coordinator")
    membership = Membership.objects.get(user__email="coordinator@example.org")
    services.change_member_role(membership=membership, role="member")
    membership.refresh_from_db()
    assert membership.role == "member"


def test_a_role_change_with_a_bad_role_changes_nothing(coordinator_client, partnership, member):
    membership = Membership.objects.get(user=member)
    url = reverse(
        "accounts:member_role", kwargs={"slug": partnership.slug, "membership_id": membership.pk}
    )
    response = coordinator_client.post(url, {f"m{membership.pk}-role": "emperor"}, follow=True)
    assert response.status_code == 200
    membership.refresh_from_db()
    assert membership.role == "member"


def test_role_changes_are_in_the_audit_trail(coordinator_client, partnership, member):
    from auditlog.models import LogEntry

    membership = Membership.objects.get(user=member)
    url = reverse(
        "accounts:member_role", kwargs={"slug": partnership.slug, "membership_id": membership.pk}
    )
    coordinator_client.post(url, {f"m{membership.pk}-role": "viewer"})
    entry = LogEntry.objects.get_for_object(membership).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor.email == "coordinator@example.org"
