"""API of partners at work: commitments, and progress updates on activities.

Everyone with a role reads. Writing follows `liphub.progress.permissions`, as the web pages
do: a coordinator commits for any organization and posts on any activity; a member (whose
account is linked to a contact of an organization) commits only for their own organization
and posts only on activities it leads or supports, and changes the activity's status only
with an update on an activity it leads. Anything else answers 403.
"""

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from liphub.accounts.access import access_partnership
from liphub.accounts.api_messages import NOT_YOUR_ORGANIZATION
from liphub.actions.models import Activity, ActivityStatus
from liphub.core.api import VIEW, ApiRequest, ErrorOut, VersionedOut, optional_related, related
from liphub.core.models import Partnership
from liphub.partnerships.models import Organization
from liphub.progress import permissions, selectors, services
from liphub.progress.models import Commitment, ContributionType, ProgressUpdate
from liphub.strategy.selectors import get_goal

router = Router(tags=["Commitments and progress"])

BASE = "/partnerships/{slug}"
CONTRIBUTE = "partnerships.contribute"
READ_ERRORS: dict[int, Any] = {404: ErrorOut}
WRITE_ERRORS: dict[int, Any] = {403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


def _activity(partnership: Partnership, pk: int) -> Activity:
    return get_object_or_404(Activity.objects.filter(partnership=partnership), pk=pk)


# --- Commitments -------------------------------------------------------------------------------


class CommitmentOut(VersionedOut):
    organization_id: int
    goal_id: int | None
    activity_id: int | None
    brings: str
    quantity: Decimal | None
    description_en: str
    description_fr: str
    mandate_fit_en: str
    mandate_fit_fr: str


class CommitmentIn(Schema):
    """Commit to a goal or to an activity (exactly one of them)."""

    organization_id: int
    goal_id: int | None = None
    activity_id: int | None = None
    brings: ContributionType = ContributionType.STAFF_HOURS
    quantity: Decimal | None = None
    description_en: str = ""
    description_fr: str = ""
    mandate_fit_en: str = ""
    mandate_fit_fr: str = ""


class CommitmentFilter(Schema):
    organization_id: int | None = None
    goal_id: int | None = None
    activity_id: int | None = None


@router.get(
    f"{BASE}/commitments",
    response=list[CommitmentOut],
    url_name="commitment_list",
    summary="List commitments (filters: organization_id, goal_id, activity_id)",
)
@paginate
def list_commitments(
    request: ApiRequest, slug: str, filters: Query[CommitmentFilter]
) -> QuerySet[Commitment]:
    partnership = access_partnership(request.auth, slug, VIEW)
    commitments = selectors.list_commitments(partnership=partnership)
    if filters.organization_id is not None:
        commitments = commitments.filter(organization_id=filters.organization_id)
    if filters.goal_id is not None:
        commitments = commitments.filter(goal_id=filters.goal_id)
    if filters.activity_id is not None:
        commitments = commitments.filter(activity_id=filters.activity_id)
    return commitments


@router.get(
    f"{BASE}/commitments/{{commitment_id}}",
    response={200: CommitmentOut, **READ_ERRORS},
    url_name="commitment_detail",
    summary="One commitment",
)
def get_commitment(request: ApiRequest, slug: str, commitment_id: int) -> Commitment:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_commitment(partnership=partnership, pk=commitment_id)


@router.post(
    f"{BASE}/commitments",
    response={201: CommitmentOut, **WRITE_ERRORS},
    url_name="commitment_create",
    summary="Commit an organization to a goal or an activity (members: their own organization)",
)
def create_commitment(request: ApiRequest, slug: str, payload: CommitmentIn) -> Status[Commitment]:
    partnership = access_partnership(request.auth, slug, CONTRIBUTE)
    actor = selectors.get_actor(request.auth, partnership)
    if not permissions.can_create_commitment(actor):
        raise PermissionDenied
    organization: Organization = related(
        "organization_id",
        lambda: get_object_or_404(
            Organization.objects.filter(partnership=partnership), pk=payload.organization_id
        ),
    )
    if not actor.acts_for(organization.pk):
        raise PermissionDenied
    commitment = services.create_commitment(
        partnership=partnership,
        organization=organization,
        goal=optional_related(
            "goal_id", payload.goal_id, lambda pk: get_goal(partnership=partnership, pk=pk)
        ),
        activity=optional_related(
            "activity_id", payload.activity_id, lambda pk: _activity(partnership, pk)
        ),
        brings=ContributionType(payload.brings).value,
        quantity=payload.quantity,
        description_en=payload.description_en,
        description_fr=payload.description_fr,
        mandate_fit_en=payload.mandate_fit_en,
        mandate_fit_fr=payload.mandate_fit_fr,
    )
    return Status(201, selectors.get_commitment(partnership=partnership, pk=commitment.pk))


# --- Progress updates --------------------------------------------------------------------------


class ProgressUpdateOut(VersionedOut):
    activity_id: int
    organization_id: int | None
    author_name: str | None
    text: str
    milestone: str
    percent_complete: int | None
    evidence_url: str
    evidence_document_id: int | None

    @staticmethod
    def resolve_author_name(obj: ProgressUpdate) -> str | None:
        return str(obj.author) if obj.author is not None else None


class ProgressUpdateIn(Schema):
    """`organization_id`: the organization the update reports for (required for members:
    one you act for that leads or supports the activity). `new_status` moves the activity
    on (planned -> in progress or delayed; in progress -> completed or delayed; delayed ->
    in progress or completed): coordinators and members of the lead organization only."""

    text: str
    organization_id: int | None = None
    milestone: str = ""
    percent_complete: int | None = None
    evidence_url: str = ""
    new_status: ActivityStatus | None = None


class ProgressUpdateCreated(ProgressUpdateOut):
    activity_status: str
    activity_version: int

    @staticmethod
    def resolve_activity_status(obj: ProgressUpdate) -> str:
        return obj.activity.status

    @staticmethod
    def resolve_activity_version(obj: ProgressUpdate) -> int:
        return obj.activity.version


def _reporting_organization(
    partnership: Partnership,
    actor: permissions.Actor,
    involved: set[int],
    organization_id: int | None,
) -> Organization | None:
    """The organization an update is posted for: one of the activity's, that the user acts for."""
    if organization_id is None:
        if actor.is_coordinator:
            return None  # posted for the secretariat
        raise ValidationError(
            {"organization_id": forms.Field.default_error_messages["required"]}, code="required"
        )
    eligible = involved if actor.is_coordinator else involved & actor.organization_ids
    if organization_id not in eligible:
        raise ValidationError({"organization_id": NOT_YOUR_ORGANIZATION}, code="invalid_choice")
    return get_object_or_404(
        Organization.objects.filter(partnership=partnership), pk=organization_id
    )


@router.get(
    f"{BASE}/activities/{{activity_id}}/updates",
    response={200: list[ProgressUpdateOut], **READ_ERRORS},
    url_name="progress_update_list",
    summary="The progress updates of an activity, the latest first",
)
@paginate
def list_progress_updates(
    request: ApiRequest, slug: str, activity_id: int
) -> QuerySet[ProgressUpdate]:
    partnership = access_partnership(request.auth, slug, VIEW)
    activity = _activity(partnership, activity_id)
    return selectors.list_updates(activity=activity)


@router.post(
    f"{BASE}/activities/{{activity_id}}/updates",
    response={201: ProgressUpdateCreated, **WRITE_ERRORS},
    url_name="progress_update_create",
    summary="Post a progress update on an activity your organization leads or supports",
)
def create_progress_update(
    request: ApiRequest, slug: str, activity_id: int, payload: ProgressUpdateIn
) -> Status[ProgressUpdate]:
    partnership = access_partnership(request.auth, slug, CONTRIBUTE)
    activity = selectors.get_activity(partnership=partnership, pk=activity_id)
    actor = selectors.get_actor(request.auth, partnership)
    involved = selectors.activity_organization_ids(activity)
    if not permissions.can_post_update(actor, involved):
        raise PermissionDenied
    if payload.new_status is not None and not permissions.can_change_status(actor, activity):
        raise PermissionDenied
    update = services.post_progress_update(
        activity=activity,
        author=request.auth,
        organization=_reporting_organization(partnership, actor, involved, payload.organization_id),
        text=payload.text,
        milestone=payload.milestone,
        percent_complete=payload.percent_complete,
        evidence_url=payload.evidence_url,
        new_status=ActivityStatus(payload.new_status).value if payload.new_status else "",
    )
    return Status(201, update)
