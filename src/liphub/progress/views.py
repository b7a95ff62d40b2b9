"""Pages of the progress module: the member's home ("my work"), commitments, progress updates
on activities, and linking user accounts to the organizations they act for.

Each view starts with `access_partnership` (404 when the partnership is not visible, 403
without the permission), fetches its objects within that partnership (another partnership's
id answers 404), checks what the user may do with them (403), and leaves writes to `services`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from liphub.accounts.access import access_partnership
from liphub.actions.models import Activity
from liphub.core.models import Partnership
from liphub.partnerships.forms import show_errors
from liphub.partnerships.models import Organization
from liphub.progress import permissions, selectors, services
from liphub.progress.forms import (
    CommitmentFilterForm,
    CommitmentForm,
    LinkAccountForm,
    ProgressUpdateForm,
)
from liphub.progress.models import Commitment

VIEW = "partnerships.view"
CONTRIBUTE = "partnerships.contribute"
MANAGE = "partnerships.manage"

T = TypeVar("T")


def _page(
    request: HttpRequest,
    partnership: Partnership,
    template: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    context = {
        "partnership": partnership,
        "can_manage": request.user.has_perm(MANAGE, partnership),
        **context,
    }
    return render(request, f"progress/{template}", context, status=status)


def _posted(request: HttpRequest) -> Any:
    return request.POST if request.method == "POST" else None


def _save(request: HttpRequest, form: django_forms.BaseForm, write: Callable[[], T]) -> T | None:
    """For a valid POST, run the service; a ValidationError it raises lands on the form."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        return write()
    except ValidationError as error:
        show_errors(form, error)
        return None


def _form_page(
    request: HttpRequest,
    partnership: Partnership,
    form: django_forms.BaseForm,
    *,
    title: str,
    cancel_url: str,
    submit: str | None = None,
    intro: str = "",
) -> HttpResponse:
    return _page(
        request,
        partnership,
        "form.html",
        {
            "form": form,
            "title": title,
            "intro": intro,
            "submit": submit or _("Save"),
            "cancel_url": cancel_url,
            "next": _next_url(request, ""),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def _initial_ids(request: HttpRequest, *names: str) -> dict[str, str]:
    return {name: request.GET[name] for name in names if request.GET.get(name, "").isdigit()}


def _next_url(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def activity_url(partnership: Partnership, activity: Activity) -> str:
    """The activity's page in the action plan (it shows the progress panel)."""
    return reverse("actions:activity_detail", args=[partnership.slug, activity.pk])


# --- The member's home -------------------------------------------------------------------------


@login_required
def my_work(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    work = selectors.get_my_work(user=request.user, partnership=partnership)
    return _page(
        request,
        partnership,
        "my_work.html",
        {"work": work, "can_commit": permissions.can_create_commitment(work.actor)},
    )


# --- Commitments -------------------------------------------------------------------------------


@login_required
def commitment_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    actor = selectors.get_actor(request.user, partnership)
    filters = CommitmentFilterForm(request.GET or None, partnership=partnership)
    chosen = filters.cleaned_data if filters.is_valid() else {}
    commitments = selectors.list_commitments(
        partnership=partnership,
        organization=chosen.get("organization"),
        goal=chosen.get("goal"),
        activity=chosen.get("activity"),
    )
    rows = [(c, permissions.can_edit_commitment(actor, c)) for c in commitments]
    return _page(
        request,
        partnership,
        "commitment_list.html",
        {
            "filters": filters,
            "rows": rows,
            "can_commit": permissions.can_create_commitment(actor),
            "is_filtered": bool(chosen and any(chosen.values())),
        },
    )


def _commitment_organizations(
    partnership: Partnership, actor: permissions.Actor
) -> Any:  # QuerySet[Organization]
    organizations = Organization.objects.filter(partnership=partnership)
    if actor.is_coordinator:
        return organizations
    return organizations.filter(pk__in=actor.organization_ids)


def _not_linked(request: HttpRequest, partnership: Partnership) -> HttpResponse:
    return _page(request, partnership, "not_linked.html", {}, status=403)


@login_required
def commitment_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, CONTRIBUTE)
    actor = selectors.get_actor(request.user, partnership)
    if not permissions.can_create_commitment(actor):
        return _not_linked(request, partnership)
    form = CommitmentForm(
        _posted(request),
        instance=Commitment(partnership=partnership),
        partnership=partnership,
        organizations=_commitment_organizations(partnership, actor),
        initial=_initial_ids(request, "organization", "goal", "activity"),
    )
    commitment = _save(
        request,
        form,
        lambda: services.create_commitment(partnership=partnership, **form.changes()),
    )
    default = reverse("progress:commitment_list", args=[slug])
    if commitment is not None:
        messages.success(request, _("Commitment recorded."))
        return redirect(_next_url(request, default))
    return _form_page(
        request,
        partnership,
        form,
        title=_("New commitment"),
        intro=_(
            "Say what your organization brings to a goal of the strategy or to an activity, "
            "and how it fits its own mandate."
        ),
        cancel_url=_next_url(request, default),
    )


def _editable_commitment(request: HttpRequest, partnership: Partnership, pk: int) -> Commitment:
    """The commitment (404 outside the partnership), if the user acts for its organization
    (else 403)."""
    commitment = selectors.get_commitment(partnership=partnership, pk=pk)
    actor = selectors.get_actor(request.user, partnership)
    if not permissions.can_edit_commitment(actor, commitment):
        raise PermissionDenied
    return commitment


@login_required
def commitment_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, CONTRIBUTE)
    commitment = _editable_commitment(request, partnership, pk)
    actor = selectors.get_actor(request.user, partnership)
    form = CommitmentForm(
        _posted(request),
        instance=commitment,
        partnership=partnership,
        organizations=_commitment_organizations(partnership, actor),
    )
    saved = _save(
        request,
        form,
        lambda: services.update_commitment(
            commitment=commitment, expected_version=form.expected_version, **form.changes()
        ),
    )
    default = reverse("progress:commitment_list", args=[slug])
    if saved is not None:
        messages.success(request, _("Commitment saved."))
        return redirect(_next_url(request, default))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit the commitment of %(organization)s")
        % {"organization": commitment.organization},
        cancel_url=_next_url(request, default),
    )


@login_required
def commitment_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, CONTRIBUTE)
    commitment = _editable_commitment(request, partnership, pk)
    if request.method == "POST":
        services.delete_commitment(commitment=commitment)
        messages.success(request, _("Commitment deleted."))
        return redirect("progress:commitment_list", slug=slug)
    return _page(request, partnership, "commitment_delete.html", {"commitment": commitment})


# --- Progress updates --------------------------------------------------------------------------


@login_required
def activity_progress(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    activity = selectors.get_activity(partnership=partnership, pk=pk)
    return _page(request, partnership, "activity_progress.html", {"activity": activity})


@login_required
def update_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, CONTRIBUTE)
    activity = selectors.get_activity(partnership=partnership, pk=pk)
    actor = selectors.get_actor(request.user, partnership)
    involved = selectors.activity_organization_ids(activity)
    if not permissions.can_post_update(actor, involved):
        raise PermissionDenied
    eligible = involved if actor.is_coordinator else involved & actor.organization_ids
    form = ProgressUpdateForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        activity=activity,
        organizations=Organization.objects.filter(partnership=partnership, pk__in=eligible),
        organization_required=not actor.is_coordinator,
        may_change_status=permissions.can_change_status(actor, activity),
    )
    update = _save(
        request,
        form,
        lambda: services.post_progress_update(
            activity=activity,
            author=request.user,
            organization=form.cleaned_data.get("organization"),
            text=form.cleaned_data["text"],
            milestone=form.cleaned_data["milestone"],
            percent_complete=form.cleaned_data["percent_complete"],
            evidence_url=form.cleaned_data["evidence_url"],
            evidence_file=form.cleaned_data["evidence_file"],
            new_status=form.cleaned_data.get("new_status") or "",
        ),
    )
    default = activity_url(partnership, activity)
    if update is not None:
        messages.success(request, _("Your progress update has been posted."))
        return redirect(_next_url(request, default))
    return _page(
        request,
        partnership,
        "update_form.html",
        {
            "form": form,
            "activity": activity,
            "next": _next_url(request, ""),
            "cancel_url": _next_url(request, default),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


# --- Partner staff -----------------------------------------------------------------------------


@login_required
def people_links(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    form = LinkAccountForm(_posted(request), partnership=partnership)
    person = _save(
        request,
        form,
        lambda: services.link_user_to_person(
            person=form.cleaned_data["person"], user=form.cleaned_data["user"]
        ),
    )
    if person is not None:
        if person.user is None:
            messages.success(
                request, _("%(person)s is no longer linked to an account.") % {"person": person}
            )
        else:
            messages.success(
                request,
                _("%(user)s now acts for %(organization)s.")
                % {"user": person.user, "organization": person.organization},
            )
        return redirect("progress:people_links", slug=slug)
    return _page(
        request,
        partnership,
        "people_links.html",
        {
            "form": form,
            "people": selectors.list_people_with_accounts(partnership=partnership),
        },
        status=400 if form.is_bound and form.errors else 200,
    )
