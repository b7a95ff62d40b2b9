"""Pages of the accounts app: people and roles of a partnership, invitations, API tokens.

Sign-in, sign-out and password reset are Django's own views (see urls.py) with our templates.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from liphub.accounts import selectors, services
from liphub.accounts.access import access_partnership
from liphub.accounts.forms import ApiTokenForm, InvitationForm, NewAccountForm, RoleForm
from liphub.accounts.models import Invitation, User
from liphub.core.models import Partnership

MANAGE = "partnerships.manage"


def _error_text(error: ValidationError) -> str:
    return " ".join(str(message) for message in error.messages)


def _member_page(
    request: HttpRequest,
    partnership: Partnership,
    *,
    invite_form: InvitationForm | None = None,
    status: int = 200,
) -> HttpResponse:
    members = list(selectors.list_members(partnership))
    context: dict[str, Any] = {
        "partnership": partnership,
        "can_manage": True,
        "members": [(m, RoleForm(initial={"role": m.role}, prefix=f"m{m.pk}")) for m in members],
        "invitations": selectors.list_pending_invitations(partnership),
        "invite_form": invite_form or InvitationForm(),
    }
    return render(request, "accounts/member_list.html", context, status=status)


@login_required
def member_list(request: HttpRequest, slug: str) -> HttpResponse:
    """People with a role in the partnership, pending invitations, and the invitation form."""
    partnership = access_partnership(request.user, slug, MANAGE)
    if request.method != "POST":
        return _member_page(request, partnership)
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            services.invite_member(
                partnership=partnership,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                invited_by=request.user,  # type: ignore[arg-type]
                language=form.cleaned_data["language"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Invitation sent to %(email)s.") % {"email": form.cleaned_data["email"]},
            )
            return redirect("accounts:member_list", slug=partnership.slug)
    return _member_page(request, partnership, invite_form=form, status=400)


@login_required
def member_role(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    """POST: give a member another role."""
    partnership = access_partnership(request.user, slug, MANAGE)
    membership = selectors.get_membership(partnership, membership_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = RoleForm(request.POST, prefix=f"m{membership.pk}")
    if not form.is_valid():
        messages.error(request, _("Choose a valid role."))
    else:
        try:
            services.change_member_role(membership=membership, role=form.cleaned_data["role"])
        except ValidationError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(
                request,
                _("The role of %(person)s is now: %(role)s.")
                % {"person": membership.user, "role": membership.get_role_display()},
            )
    return redirect("accounts:member_list", slug=partnership.slug)


@login_required
def member_remove(request: HttpRequest, slug: str, membership_id: int) -> HttpResponse:
    """POST: take a member's role in the partnership away."""
    partnership = access_partnership(request.user, slug, MANAGE)
    membership = selectors.get_membership(partnership, membership_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    person = str(membership.user)
    try:
        services.remove_member(membership=membership)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(request, _("%(person)s no longer has a role here.") % {"person": person})
    return redirect("accounts:member_list", slug=partnership.slug)


@login_required
def invitation_cancel(request: HttpRequest, slug: str, invitation_id: int) -> HttpResponse:
    """POST: withdraw a pending invitation (its link stops working)."""
    partnership = access_partnership(request.user, slug, MANAGE)
    invitation = selectors.get_pending_invitation(partnership, invitation_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.cancel_invitation(invitation=invitation)
    messages.success(
        request, _("The invitation to %(email)s was withdrawn.") % {"email": invitation.email}
    )
    return redirect("accounts:member_list", slug=partnership.slug)


def _invalid_invitation(request: HttpRequest, invitation: Invitation | None) -> HttpResponse:
    if invitation is None:
        reason, status = "unknown", 404
    elif invitation.accepted_at is not None:
        reason, status = "used", 410
    else:
        reason, status = "expired", 410
    return render(request, "accounts/invitation_invalid.html", {"reason": reason}, status=status)


def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The link in an invitation e-mail: join the partnership, creating an account if needed."""
    invitation = selectors.get_invitation_by_token(token)
    if invitation is None or not invitation.is_usable:
        return _invalid_invitation(request, invitation)
    context: dict[str, Any] = {"invitation": invitation, "partnership": invitation.partnership}
    user = request.user
    if user.is_authenticated:
        assert isinstance(user, User)
        if user.email.lower() != invitation.email.lower():
            return render(request, "accounts/invitation_wrong_account.html", context, status=403)
        if request.method == "POST":
            services.accept_invitation(invitation=invitation, user=user)
            return _joined(request, invitation)
        return render(request, "accounts/invitation_accept.html", context)
    if User.objects.filter(email__iexact=invitation.email).exists():
        context["login_url"] = f"{reverse('accounts:login')}?{urlencode({'next': request.path})}"
        return render(request, "accounts/invitation_sign_in.html", context)
    form = NewAccountForm(
        request.POST if request.method == "POST" else None, email=invitation.email
    )
    if request.method == "POST" and form.is_valid():
        try:
            new_user = services.create_account_from_invitation(
                invitation=invitation,
                full_name=form.cleaned_data["full_name"],
                password=form.cleaned_data["password1"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            login(request, new_user, backend="django.contrib.auth.backends.ModelBackend")
            return _joined(request, invitation)
    context["form"] = form
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/invitation_new_account.html", context, status=status)


def _joined(request: HttpRequest, invitation: Invitation) -> HttpResponse:
    messages.success(
        request,
        _("Welcome! You have joined %(partnership)s.")
        % {"partnership": invitation.partnership.tr("name")},
    )
    return redirect("partnerships:dashboard", slug=invitation.partnership.slug)


@never_cache
@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    """The user's API tokens; POST creates one and shows its value once."""
    user = request.user
    assert isinstance(user, User)
    form = ApiTokenForm(request.POST if request.method == "POST" else None)
    new_token: str | None = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                _token, new_token = services.create_api_token(
                    user=user, name=form.cleaned_data["name"]
                )
            except ValidationError as error:
                form.add_error(None, error)
                status = 400
            else:
                form = ApiTokenForm()
        else:
            status = 400
    context = {"tokens": selectors.list_api_tokens(user), "form": form, "new_token": new_token}
    return render(request, "accounts/token_list.html", context, status=status)


@login_required
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    """POST: revoke one of your tokens (API clients using it are refused from then on)."""
    user = request.user
    assert isinstance(user, User)
    token = selectors.get_api_token(user, token_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.revoke_api_token(token=token)
    messages.success(request, _("The token “%(name)s” was revoked.") % {"name": token.name})
    return redirect("accounts:tokens")
