"""Reads of the accounts app: members and invitations of a partnership, a user's API tokens."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from liphub.accounts.models import ApiToken, Invitation, Membership, User
from liphub.core.models import Partnership


def list_members(partnership: Partnership) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(partnership=partnership)
        .select_related("user")
        .order_by("user__full_name", "user__email")
    )


def get_membership(partnership: Partnership, membership_id: int) -> Membership:
    """A membership of this partnership, or 404 (another partnership's id is unknown here)."""
    return get_object_or_404(
        Membership.objects.select_related("user", "partnership"),
        partnership=partnership,
        pk=membership_id,
    )


def list_pending_invitations(partnership: Partnership) -> QuerySet[Invitation]:
    return (
        Invitation.objects.filter(
            partnership=partnership, accepted_at__isnull=True, expires_at__gt=timezone.now()
        )
        .select_related("invited_by")
        .order_by("email")
    )


def get_pending_invitation(partnership: Partnership, invitation_id: int) -> Invitation:
    return get_object_or_404(
        Invitation.objects.filter(accepted_at__isnull=True),
        partnership=partnership,
        pk=invitation_id,
    )


def get_invitation_by_token(raw_token: str) -> Invitation | None:
    """The invitation a link names (usable or not), or None when the token is unknown."""
    return (
        Invitation.objects.select_related("partnership", "invited_by")
        .filter(token_hash=Invitation.hash_token(raw_token))
        .first()
    )


def list_api_tokens(user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user).order_by("-created_at")


def get_api_token(user: User, token_id: int) -> ApiToken:
    """One of the user's own tokens, or 404."""
    return get_object_or_404(ApiToken, user=user, pk=token_id)
