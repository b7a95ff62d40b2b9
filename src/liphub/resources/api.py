"""API of resources: contributions leveraged from partners and funders other than the main
funder, and their totals by fiscal year, source, sector and type.

Reads need `partnerships.view`; recording a contribution needs `partnerships.manage` and goes
through `liphub.resources.services`. Fiscal years are named by their label ("2011-12").
Amounts are in Canadian dollars, as decimal strings ("1500.00").
"""

from decimal import Decimal
from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from liphub.accounts.access import access_partnership
from liphub.actions.api import FiscalYear
from liphub.actions.models import Activity
from liphub.core.api import MANAGE, VIEW, ApiRequest, ErrorOut, VersionedOut, optional_related
from liphub.core.fiscal import fiscal_year_label
from liphub.partnerships.selectors import get_organization
from liphub.resources import selectors, services
from liphub.resources.models import Contribution, ContributionKind, ContributionPurpose
from liphub.resources.selectors import ContributionTotals, TotalRow

router = Router(tags=["Contributions"])

BASE = "/partnerships/{slug}/contributions"
READ_ERRORS: dict[int, Any] = {404: ErrorOut}
WRITE_ERRORS: dict[int, Any] = {403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class ContributionOut(VersionedOut):
    source_organization_id: int | None
    source_name: str
    kind: str
    amount: Decimal
    fiscal_year: int
    fiscal_year_label: str
    purpose: str
    activity_id: int | None
    description: str


class ContributionIn(Schema):
    """A listed organization (`source_organization_id`) or the name of another source
    (`source_name`), not both. `activity_id` is required when `purpose` is "activity"."""

    source_organization_id: int | None = None
    source_name: str = ""
    kind: ContributionKind
    amount: Decimal
    fiscal_year: FiscalYear
    purpose: ContributionPurpose = ContributionPurpose.LIP_PROCESS
    activity_id: int | None = None
    description: str = ""


class ContributionFilter(Schema):
    fiscal_year: FiscalYear | None = None
    kind: ContributionKind | None = None


class TotalRowOut(Schema):
    """`key`: the fiscal year, organization id, sector id or type behind the row (null for a
    source typed by name and for sources with no sector)."""

    label: str
    key: int | str | None
    cash: Decimal
    in_kind: Decimal
    total: Decimal
    count: int

    @staticmethod
    def resolve_total(obj: TotalRow) -> Decimal:
        return obj.total


class ContributionTotalsOut(Schema):
    """Totals by fiscal year cover every year; the others cover `fiscal_year` (or every
    year). An organization in two sectors counts in both sector totals."""

    fiscal_year: int | None
    fiscal_year_label: str | None
    overall: TotalRowOut
    by_year: list[TotalRowOut]
    by_source: list[TotalRowOut]
    by_sector: list[TotalRowOut]
    by_kind: list[TotalRowOut]
    multi_sector_sources: int

    @staticmethod
    def resolve_fiscal_year_label(obj: ContributionTotals) -> str | None:
        return fiscal_year_label(obj.fiscal_year) if obj.fiscal_year is not None else None


class TotalsFilter(Schema):
    fiscal_year: FiscalYear | None = None


@router.get(
    BASE,
    response=list[ContributionOut],
    url_name="contribution_list",
    summary="List contributions (filters: fiscal_year=2011-12, kind)",
)
@paginate
def list_contributions(
    request: ApiRequest, slug: str, filters: Query[ContributionFilter]
) -> QuerySet[Contribution]:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.list_contributions(
        partnership=partnership,
        fiscal_year=filters.fiscal_year,
        kind=ContributionKind(filters.kind).value if filters.kind else "",
    )


@router.get(
    f"{BASE}/totals",
    response={200: ContributionTotalsOut, **READ_ERRORS},
    url_name="contribution_totals",
    summary="Totals (cash, in-kind) by fiscal year, source, sector and type",
)
def get_contribution_totals(
    request: ApiRequest, slug: str, filters: Query[TotalsFilter]
) -> ContributionTotals:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_totals(partnership=partnership, fiscal_year=filters.fiscal_year)


@router.get(
    f"{BASE}/{{contribution_id}}",
    response={200: ContributionOut, **READ_ERRORS},
    url_name="contribution_detail",
    summary="One contribution",
)
def get_contribution(request: ApiRequest, slug: str, contribution_id: int) -> Contribution:
    partnership = access_partnership(request.auth, slug, VIEW)
    return selectors.get_contribution(partnership=partnership, pk=contribution_id)


@router.post(
    BASE,
    response={201: ContributionOut, **WRITE_ERRORS},
    url_name="contribution_create",
    summary="Record a contribution",
)
def create_contribution(
    request: ApiRequest, slug: str, payload: ContributionIn
) -> Status[Contribution]:
    partnership = access_partnership(request.auth, slug, MANAGE)
    contribution = services.record_contribution(
        partnership=partnership,
        source_organization=optional_related(
            "source_organization_id",
            payload.source_organization_id,
            lambda pk: get_organization(partnership=partnership, pk=pk),
        ),
        source_name=payload.source_name,
        kind=ContributionKind(payload.kind).value,
        amount=payload.amount,
        fiscal_year=payload.fiscal_year,
        purpose=ContributionPurpose(payload.purpose).value,
        activity=optional_related(
            "activity_id",
            payload.activity_id,
            lambda pk: get_object_or_404(Activity.objects.filter(partnership=partnership), pk=pk),
        ),
        description=payload.description,
    )
    return Status(201, contribution)
