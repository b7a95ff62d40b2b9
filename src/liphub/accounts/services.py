"""Writes of the accounts app: invitations, roles, new accounts and API tokens."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from liphub.accounts.models import ApiToken, Invitation, Membership, Role, User
from liphub.core.i18n import current_language, translated
from liphub.core.models import Partnership

INVITATION_LIFETIME = timedelta(days=14)


def _normalize_email(email: str) -> str:
    return email.strip().lower()


def invitation_url(raw_token: str, *, language: str) -> str:
    """The absolute link an invitee opens, in their language."""
    with translation.override(language):
        path = reverse("accounts:accept_invitation", kwargs={"token": raw_token})
    return settings.SITE_URL.rstrip("/") + path


@transaction.atomic
def invite_member(
    *,
    partnership: Partnership,
    email: str,
    role: str,
    invited_by: User | None,
    language: str | None = None,
) -> tuple[Invitation, str]:
    """Create an invitation (only its token's hash is stored) and e-mail the link.

    Returns the invitation and the raw token. A pending invitation of the same address to the
    same partnership is replaced, so only the newest link works. The e-mail goes out in the
    invitee's language: the one they chose for their account, else `language`.
    """
    email = _normalize_email(email)
    if Membership.objects.filter(partnership=partnership, user__email__iexact=email).exists():
        raise ValidationError(
            {"email": _("This person is already a member of the partnership.")},
            code="already_member",
        )
    Invitation.objects.filter(
        partnership=partnership, email__iexact=email, accepted_at__isnull=True
    ).delete()
    raw_token = secrets.token_urlsafe(32)
    invitation = Invitation(
        partnership=partnership,
        email=email,
        role=role,
        token_hash=Invitation.hash_token(raw_token),
        invited_by=invited_by,
        expires_at=timezone.now() + INVITATION_LIFETIME,
    )
    invitation.full_clean(exclude=["invited_by"])  # None for invitations sent by commands
    invitation.save()

    existing = User.objects.filter(email__iexact=email).first()
    mail_language = (
        existing.preferred_language if existing is not None else language
    ) or settings.LANGUAGE_CODE
    transaction.on_commit(
        lambda: _send_invitation(invitation, raw_token=raw_token, language=mail_language)
    )
    return invitation, raw_token


def _send_invitation(invitation: Invitation, *, raw_token: str, language: str) -> None:
    with translation.override(language):
        context = {
            "partnership_name": translated(invitation.partnership, "name", language).text,
            "inviter": str(invitation.invited_by) if invitation.invited_by else "",
            "role": invitation.get_role_display(),
            "url": invitation_url(raw_token, language=language),
            "expires_at": invitation.expires_at,
        }
        subject = render_to_string("accounts/email/invitation_subject.txt", context)
        body = render_to_string("accounts/email/invitation.txt", context)
    send_mail(" ".join(subject.split()), body, None, [invitation.email])


def _check_usable(invitation: Invitation) -> None:
    if not invitation.is_usable:
        raise ValidationError(
            _("This invitation has expired or has already been used."), code="unusable"
        )


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user: User) -> Membership:
    """The signed-in user whose e-mail the invitation names joins the partnership."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    _check_usable(invitation)
    if _normalize_email(user.email) != _normalize_email(invitation.email):
        raise ValidationError(
            _("This invitation was sent to another e-mail address."), code="wrong_user"
        )
    membership, _created = Membership.objects.get_or_create(
        user=user, partnership=invitation.partnership, defaults={"role": invitation.role}
    )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return membership


@transaction.atomic
def create_account_from_invitation(
    *, invitation: Invitation, full_name: str, password: str
) -> User:
    """A new person sets their name and password; their account joins the partnership."""
    _check_usable(invitation)
    if User.objects.filter(email__iexact=invitation.email).exists():
        raise ValidationError(
            _("An account with this e-mail address already exists. Sign in to accept."),
            code="account_exists",
        )
    user = User(
        email=_normalize_email(invitation.email),
        full_name=full_name.strip(),
        preferred_language=current_language(),
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    accept_invitation(invitation=invitation, user=user)
    return user


@transaction.atomic
def cancel_invitation(*, invitation: Invitation) -> None:
    invitation.delete()


def _last_coordinator(membership: Membership) -> bool:
    coordinators = list(
        Membership.objects.select_for_update()
        .filter(partnership=membership.partnership_id, role=Role.COORDINATOR)
        .values_list("pk", flat=True)
    )
    return coordinators == [membership.pk]


@transaction.atomic
def change_member_role(*, membership: Membership, role: str) -> Membership:
    """Give a member another role; the partnership always keeps one coordinator."""
    if role not in Role.values:
        raise ValidationError({"role": _("Choose a valid role.")}, code="invalid_role")
    if role != Role.COORDINATOR and _last_coordinator(membership):
        raise ValidationError(
            _("A partnership needs at least one coordinator. Name another coordinator first."),
            code="last_coordinator",
        )
    membership.role = role
    membership.full_clean()
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def remove_member(*, membership: Membership) -> None:
    """Take someone's role away; the last coordinator cannot be removed."""
    if _last_coordinator(membership):
        raise ValidationError(
            _("A partnership needs at least one coordinator. Name another coordinator first."),
            code="last_coordinator",
        )
    membership.delete()


@transaction.atomic
def create_api_token(*, user: User, name: str) -> tuple[ApiToken, str]:
    """A new bearer token; the raw value is returned once and never stored."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the token a name.")}, code="required")
    if len(name) > ApiToken._meta.get_field("name").max_length:  # type: ignore[operator]
        raise ValidationError({"name": _("The name is too long.")}, code="max_length")
    return ApiToken.issue(user, name)


@transaction.atomic
def revoke_api_token(*, token: ApiToken) -> None:
    token.delete()
