"""Writes of the progress module: commitments, progress updates, and linking a user account to
the contact (and so the organization) it acts for."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from liphub.actions.models import Activity, ActivityStatus
from liphub.core.models import Partnership
from liphub.core.services import save_versioned
from liphub.documents.models import Visibility
from liphub.documents.services import upload_document
from liphub.partnerships.models import Organization, Person
from liphub.progress.models import Commitment, ProgressUpdate

COMMITMENT_FIELDS = (
    "organization",
    "goal",
    "activity",
    "brings",
    "quantity",
    "description_en",
    "description_fr",
    "mandate_fit_en",
    "mandate_fit_fr",
)

# The status an update may move an activity to, from its current status.
STATUS_CHANGES: dict[str, tuple[str, ...]] = {
    ActivityStatus.PLANNED: (ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED),
    ActivityStatus.IN_PROGRESS: (ActivityStatus.COMPLETED, ActivityStatus.DELAYED),
    ActivityStatus.DELAYED: (ActivityStatus.IN_PROGRESS, ActivityStatus.COMPLETED),
    ActivityStatus.COMPLETED: (),
    ActivityStatus.CANCELLED: (),
}


def next_statuses(activity: Activity) -> tuple[str, ...]:
    return STATUS_CHANGES.get(activity.status, ())


def _assign(instance: Any, allowed: tuple[str, ...], fields: Mapping[str, Any]) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"Unknown fields for {type(instance).__name__}: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(instance, name, value)


# --- Commitments -------------------------------------------------------------------------------


def _validate_commitment(commitment: Commitment) -> None:
    errors: dict[str, Any] = {}
    if (commitment.goal_id is None) == (commitment.activity_id is None):
        message = _("Choose either a goal or an activity (exactly one of them).")
        errors["goal"] = message
        errors["activity"] = message
    for name in ("organization", "goal", "activity"):
        related = getattr(commitment, name, None)
        if related is not None and related.partnership_id != commitment.partnership_id:
            errors[name] = _("Choose a record of this partnership.")
    if commitment.quantity is not None and commitment.quantity < 0:
        errors["quantity"] = _("The quantity cannot be negative.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_commitment(*, partnership: Partnership, **fields: Any) -> Commitment:
    commitment = Commitment(partnership=partnership)
    _assign(commitment, COMMITMENT_FIELDS, fields)
    _validate_commitment(commitment)
    save_versioned(commitment, expected_version=None)
    return commitment


@transaction.atomic
def update_commitment(
    *, commitment: Commitment, expected_version: int | None, **fields: Any
) -> Commitment:
    _assign(commitment, COMMITMENT_FIELDS, fields)
    _validate_commitment(commitment)
    save_versioned(commitment, expected_version=expected_version)
    return commitment


@transaction.atomic
def delete_commitment(*, commitment: Commitment) -> None:
    commitment.delete()


# --- Progress updates --------------------------------------------------------------------------


@transaction.atomic
def post_progress_update(
    *,
    activity: Activity,
    author: Any,
    text: str,
    organization: Organization | None = None,
    milestone: str = "",
    percent_complete: int | None = None,
    evidence_url: str = "",
    evidence_file: UploadedFile | None = None,
    new_status: str = "",
) -> ProgressUpdate:
    """Record an update, set the activity's `last_progress_at` and, if asked, move its status
    on (the caller has checked that the author may). All in one transaction."""
    update = ProgressUpdate(
        partnership_id=activity.partnership_id,
        activity=activity,
        organization=organization,
        author=author if getattr(author, "is_authenticated", False) else None,
        text=text.strip(),
        milestone=milestone.strip(),
        percent_complete=percent_complete,
        evidence_url=evidence_url.strip(),
    )
    errors: dict[str, Any] = {}
    if not update.text:
        errors["text"] = _("Say what has happened since the last update.")
    if organization is not None and organization.partnership_id != activity.partnership_id:
        errors["organization"] = _("Choose an organization of this partnership.")
    if new_status and new_status not in next_statuses(activity):
        errors["new_status"] = _("This activity cannot move to that status from where it is.")
    if evidence_url.strip() and evidence_file is not None:
        errors["evidence_file"] = _("Give a link or a document as evidence, not both.")
    if errors:
        raise ValidationError(errors)
    update.full_clean(exclude=["evidence_document"])
    if evidence_file is not None:
        try:
            update.evidence_document = upload_document(
                partnership=activity.partnership,
                file=evidence_file,
                uploaded_by=author,
                visibility=Visibility.PARTNERS,
            )
        except ValidationError as error:
            raise ValidationError({"evidence_file": error.messages}) from error
    save_versioned(update, expected_version=None)

    locked = Activity.objects.select_for_update().get(pk=activity.pk)
    locked.last_progress_at = update.created_at or timezone.now()
    if new_status:
        locked.status = new_status
    save_versioned(locked, expected_version=locked.version)
    activity.last_progress_at = locked.last_progress_at
    activity.status = locked.status
    activity.version = locked.version
    return update


# --- Partner staff -----------------------------------------------------------------------------


@transaction.atomic
def link_user_to_person(*, person: Person, user: Any | None) -> Person:
    """Link a contact to a user account (None unlinks): that user then acts for the contact's
    organization. The user must hold a role in the contact's partnership."""
    errors: dict[str, Any] = {}
    if (
        user is not None
        and not user.memberships.filter(partnership_id=person.partnership_id).exists()
    ):
        errors["user"] = _("This account has no role in this partnership.")
    if user is not None and person.organization_id is None:
        errors["person"] = _(
            "This contact has no organization: give it one first, so the account knows which "
            "organization it acts for."
        )
    if errors:
        raise ValidationError(errors)
    person.user = user
    save_versioned(person, expected_version=person.version)
    return person
