"""API of the action plans: plans, activities, indicators and their measurements.

Reads need `partnerships.view`; writes need `partnerships.manage` and go through
`liphub.actions.services`, as on the web pages. Fiscal years are named by their label
("2011-12"; "2011" also works). Activities are changed with PATCH carrying the `version`
you read: a stale version answers 409 instead of overwriting someone else's change.
"""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from django.db.models import Field, Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from liphub.accounts.access import access_partnership
from liphub.accounts.api_messages import FISCAL_YEAR_INVALID, NOT_IN_PARTNERSHIP
from liphub.actions import selectors, services
from liphub.actions.models import (
    ActionPlan,
    Activity,
    ActivityStatus,
    Indicator,
    IndicatorKind,
    Measurement,
)
from liphub.core.api import (
    MANAGE,
    VIEW,
    ApiRequest,
    ErrorOut,
    VersionedOut,
    changed_fields,
    optional_related,
    related,
)
from liphub.core.fiscal import parse_fiscal_year
from liphub.core.models import Partnership
from liphub.partnerships.models import Organization
from liphub.partnerships.selectors import get_organization
from liphub.strategy.selectors import get_goal

router = Router(tags=["Action plans"])

BASE = "/partnerships/{slug}"
READ_ERRORS: dict[int, Any] = {404: ErrorOut}
WRITE_ERRORS: dict[int, Any] = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _fiscal_year(value: Any) -> Any:
    """A fiscal year label ("2011-12", "2011-2012", "2011") or its first year as a number."""
    if isinstance(value, str):
        try:
            return parse_fiscal_year(value)
        except ValueError:
            raise PydanticCustomError("fiscal_year", str(FISCAL_YEAR_INVALID)) from None
    return value


FiscalYear = Annotated[
    int,
    BeforeValidator(_fiscal_year),
    WithJsonSchema({"type": "string", "examples": ["2011-12"]}),
]


def reject_nulls(data: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """A partial update may leave a field out, but not empty one that cannot be empty."""
    nulls = {name: Field.default_error_messages["null"] for name in fields if name in data}
    nulls = {name: message for name, message in nulls.items() if data[name] is None}
    if nulls:
        raise ValidationError(nulls, code="null")
    return data


# --- Plans -------------------------------------------------------------------------------------


class PlanOut(VersionedOut):
    fiscal_year: int
    fiscal_year_label: str
    strategy_id: int | None
    title_en: str
    title_fr: str
    stale_after_days: int


class PlanFilter(Schema):
    fiscal_year: FiscalYear | None = None


@router.get(
    f"{BASE}/plans",
    response=list[PlanOut],
    url_name="plan_list",
    summary="List action plans, the latest fiscal year first (filter: fiscal_year=2011-12)",
)
@paginate
def list_plans(request: ApiRequest, slug: str, filters: Query[PlanFilter]) -> QuerySet[ActionPlan]:
    partnership = access_partnership(request.auth, slug, VIEW)
    plans = selectors.list_plans(partnership=partnership)
    if filters.fiscal_year is not None:
        plans = plans.filter(fiscal_year=filters.fiscal_year)
    return plans


@router.get(
    f"{BASE}/plans/{{plan_id}}",
    response={200: PlanOut, **READ_ERRORS},
    url_name="plan_detail",
    summary="One action plan",
)
def get_plan(request: ApiRequest, slug: str, plan_id: int) -> ActionPlan:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_plan(partnership=partnership, pk=plan_id)


# --- Activities --------------------------------------------------------------------------------


class IndicatorOut(VersionedOut):
    activity_id: int
    kind: str
    name_en: str
    name_fr: str
    unit: str
    baseline: Decimal | None
    target: Decimal | None
    target_date: dt.date | None


class ActivityOut(VersionedOut):
    plan_id: int
    fiscal_year_label: str
    goal_id: int | None
    title_en: str
    title_fr: str
    description_en: str
    description_fr: str
    lead_organization_id: int | None
    supporting_organization_ids: list[int]
    start_date: dt.date | None
    end_date: dt.date | None
    status: str
    budget: Decimal | None
    source_follow_up_id: int | None
    last_progress_at: dt.datetime | None

    @staticmethod
    def resolve_fiscal_year_label(obj: Activity) -> str:
        return obj.plan.fiscal_year_label

    @staticmethod
    def resolve_supporting_organization_ids(obj: Activity) -> list[int]:
        return [organization.pk for organization in obj.supporting_organizations.all()]


class ActivityDetailOut(ActivityOut):
    indicators: list[IndicatorOut]

    @staticmethod
    def resolve_indicators(obj: Activity) -> list[Indicator]:
        return list(obj.indicators.all())


class ActivityIn(Schema):
    plan_id: int
    title_en: str = ""
    title_fr: str = ""
    description_en: str = ""
    description_fr: str = ""
    goal_id: int | None = None
    lead_organization_id: int | None = None
    supporting_organization_ids: list[int] = []
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: ActivityStatus = ActivityStatus.PLANNED
    budget: Decimal | None = None


class ActivityPatch(Schema):
    """Only the fields sent are changed; `version` is the one you read."""

    version: int
    title_en: str | None = None
    title_fr: str | None = None
    description_en: str | None = None
    description_fr: str | None = None
    goal_id: int | None = None
    lead_organization_id: int | None = None
    supporting_organization_ids: list[int] | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: ActivityStatus | None = None
    budget: Decimal | None = None


class ActivityFilter(Schema):
    plan_id: int | None = None
    fiscal_year: FiscalYear | None = None
    goal_id: int | None = None
    status: ActivityStatus | None = None
    lead_organization_id: int | None = None


NOT_NULL_ACTIVITY_FIELDS = (
    "title_en",
    "title_fr",
    "description_en",
    "description_fr",
    "status",
    "supporting_organization_ids",
)


def _activities(partnership: Partnership) -> QuerySet[Activity]:
    return (
        Activity.objects.filter(partnership=partnership)
        .select_related("plan")
        .prefetch_related(
            Prefetch("supporting_organizations", queryset=Organization.objects.order_by("pk"))
        )
        .order_by("-plan__fiscal_year", "goal_id", "start_date", "id")
    )


def _supporting(partnership: Partnership, ids: list[int]) -> list[Organization]:
    organizations = list(Organization.objects.filter(partnership=partnership, pk__in=ids))
    if len(organizations) != len(set(ids)):
        raise ValidationError(
            {"supporting_organization_ids": NOT_IN_PARTNERSHIP}, code="other_partnership"
        )
    return organizations


def _activity_fields(partnership: Partnership, data: dict[str, Any]) -> dict[str, Any]:
    """Ids of the body -> records of the partnership (422 for any other id)."""
    if "goal_id" in data:
        data["goal"] = optional_related(
            "goal_id", data.pop("goal_id"), lambda pk: get_goal(partnership=partnership, pk=pk)
        )
    if "lead_organization_id" in data:
        data["lead_organization"] = optional_related(
            "lead_organization_id",
            data.pop("lead_organization_id"),
            lambda pk: get_organization(partnership=partnership, pk=pk),
        )
    if "supporting_organization_ids" in data:
        data["supporting_organizations"] = _supporting(
            partnership, data.pop("supporting_organization_ids")
        )
    if data.get("status") is not None:
        data["status"] = ActivityStatus(data["status"]).value
    return data


@router.get(
    f"{BASE}/activities",
    response=list[ActivityOut],
    url_name="activity_list",
    summary="List activities (filters: plan_id, fiscal_year, goal_id, status, lead organization)",
)
@paginate
def list_activities(
    request: ApiRequest, slug: str, filters: Query[ActivityFilter]
) -> QuerySet[Activity]:
    partnership = access_partnership(request.auth, slug, VIEW)
    activities = _activities(partnership)
    if filters.plan_id is not None:
        activities = activities.filter(plan_id=filters.plan_id)
    if filters.fiscal_year is not None:
        activities = activities.filter(plan__fiscal_year=filters.fiscal_year)
    if filters.goal_id is not None:
        activities = activities.filter(goal_id=filters.goal_id)
    if filters.status is not None:
        activities = activities.filter(status=ActivityStatus(filters.status).value)
    if filters.lead_organization_id is not None:
        activities = activities.filter(lead_organization_id=filters.lead_organization_id)
    return activities


@router.get(
    f"{BASE}/activities/{{activity_id}}",
    response={200: ActivityDetailOut, **READ_ERRORS},
    url_name="activity_detail",
    summary="One activity, with its indicators",
)
def get_activity(request: ApiRequest, slug: str, activity_id: int) -> Activity:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_activity(partnership=partnership, pk=activity_id)


@router.post(
    f"{BASE}/activities",
    response={201: ActivityDetailOut, **WRITE_ERRORS},
    url_name="activity_create",
    summary="Add an activity to an action plan",
)
def create_activity(request: ApiRequest, slug: str, payload: ActivityIn) -> Status[Activity]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    plan = related(
        "plan_id", lambda: selectors.get_plan(partnership=partnership, pk=payload.plan_id)
    )
    fields = _activity_fields(partnership, payload.dict(exclude={"plan_id"}))
    activity = services.create_activity(plan=plan, **fields)
    return Status(201, selectors.get_activity(partnership=partnership, pk=activity.pk))


@router.patch(
    f"{BASE}/activities/{{activity_id}}",
    response={200: ActivityDetailOut, **WRITE_ERRORS},
    url_name="activity_update",
    summary="Change an activity (send the version you read)",
)
def update_activity(
    request: ApiRequest, slug: str, activity_id: int, payload: ActivityPatch
) -> Activity:
    partnership = access_partnership(request.auth, slug, MANAGE)
    activity = selectors.get_activity(partnership=partnership, pk=activity_id)
    sent = reject_nulls(changed_fields(payload, exclude={"version"}), NOT_NULL_ACTIVITY_FIELDS)
    fields = _activity_fields(partnership, sent)
    services.update_activity(activity=activity, expected_version=payload.version, **fields)
    return selectors.get_activity(partnership=partnership, pk=activity.pk)


# --- Indicators and measurements ---------------------------------------------------------------


class IndicatorIn(Schema):
    activity_id: int
    kind: IndicatorKind
    name_en: str = ""
    name_fr: str = ""
    unit: str = ""
    baseline: Decimal | None = None
    target: Decimal | None = None
    target_date: dt.date | None = None


class IndicatorFilter(Schema):
    activity_id: int | None = None
    plan_id: int | None = None
    kind: IndicatorKind | None = None


class MeasurementOut(VersionedOut):
    indicator_id: int
    date: dt.date
    value: Decimal
    source: str
    note: str


class MeasurementIn(Schema):
    date: dt.date
    value: Decimal
    source: str = ""
    note: str = ""


def _indicators(partnership: Partnership) -> QuerySet[Indicator]:
    return Indicator.objects.filter(partnership=partnership).order_by("activity_id", "kind", "id")


@router.get(
    f"{BASE}/indicators",
    response=list[IndicatorOut],
    url_name="indicator_list",
    summary="List indicators (filters: activity_id, plan_id, kind)",
)
@paginate
def list_indicators(
    request: ApiRequest, slug: str, filters: Query[IndicatorFilter]
) -> QuerySet[Indicator]:
    partnership = access_partnership(request.auth, slug, VIEW)
    indicators = _indicators(partnership)
    if filters.activity_id is not None:
        indicators = indicators.filter(activity_id=filters.activity_id)
    if filters.plan_id is not None:
        indicators = indicators.filter(activity__plan_id=filters.plan_id)
    if filters.kind is not None:
        indicators = indicators.filter(kind=IndicatorKind(filters.kind).value)
    return indicators


@router.get(
    f"{BASE}/indicators/{{indicator_id}}",
    response={200: IndicatorOut, **READ_ERRORS},
    url_name="indicator_detail",
    summary="One indicator",
)
def get_indicator(request: ApiRequest, slug: str, indicator_id: int) -> Indicator:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_indicator(partnership=partnership, pk=indicator_id)


@router.post(
    f"{BASE}/indicators",
    response={201: IndicatorOut, **WRITE_ERRORS},
    url_name="indicator_create",
    summary="Add an indicator (how much, how well, better off) to an activity",
)
def create_indicator(request: ApiRequest, slug: str, payload: IndicatorIn) -> Status[Indicator]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    activity: Activity = related(
        "activity_id",
        lambda: get_object_or_404(
            Activity.objects.filter(partnership=partnership), pk=payload.activity_id
        ),
    )
    fields = payload.dict(exclude={"activity_id"})
    fields["kind"] = IndicatorKind(fields["kind"]).value
    indicator = services.create_indicator(activity=activity, **fields)
    return Status(201, indicator)


@router.get(
    f"{BASE}/indicators/{{indicator_id}}/measurements",
    response={200: list[MeasurementOut], **READ_ERRORS},
    url_name="measurement_list",
    summary="The measurements of an indicator, oldest first",
)
@paginate
def list_measurements(request: ApiRequest, slug: str, indicator_id: int) -> QuerySet[Measurement]:
    partnership = access_partnership(request.auth, slug, VIEW)
    indicator = selectors.get_indicator(partnership=partnership, pk=indicator_id)
    return Measurement.objects.filter(partnership=partnership, indicator=indicator).order_by(
        "date", "id"
    )


@router.post(
    f"{BASE}/indicators/{{indicator_id}}/measurements",
    response={201: MeasurementOut, **WRITE_ERRORS},
    url_name="measurement_create",
    summary="Record a dated measurement of an indicator",
)
def create_measurement(
    request: ApiRequest, slug: str, indicator_id: int, payload: MeasurementIn
) -> Status[Measurement]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    indicator = selectors.get_indicator(partnership=partnership, pk=indicator_id)
    measurement = services.add_measurement(indicator=indicator, **payload.dict())
    return Status(201, measurement)
