"""Writes of the resources module: contributions leveraged from partners and other funders."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from liphub.core.models import Partnership
from liphub.core.services import save_versioned
from liphub.resources.models import Contribution, ContributionPurpose

CONTRIBUTION_FIELDS = (
    "source_organization",
    "source_name",
    "kind",
    "amount",
    "fiscal_year",
    "purpose",
    "activity",
    "description",
)


def _assign(instance: Any, allowed: tuple[str, ...], fields: Mapping[str, Any]) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"Unknown fields for {type(instance).__name__}: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(instance, name, value.strip() if isinstance(value, str) else value)


def _validate_contribution(contribution: Contribution) -> None:
    errors: dict[str, Any] = {}
    has_organization = contribution.source_organization_id is not None
    has_name = bool(contribution.source_name)
    if has_organization == has_name:
        message = (
            _("Choose an organization or type the name of the source, not both.")
            if has_organization
            else _("Choose the organization the contribution comes from, or type its name.")
        )
        errors["source_organization"] = message
        errors["source_name"] = message
    if contribution.purpose == ContributionPurpose.ACTIVITY and contribution.activity_id is None:
        errors["activity"] = _("Choose the activity this contribution is for.")
    if contribution.purpose == ContributionPurpose.LIP_PROCESS and contribution.activity_id:
        errors["activity"] = _(
            "A contribution to the LIP process is not for an activity: leave this empty."
        )
    for name in ("source_organization", "activity"):
        related = getattr(contribution, name, None)
        if related is not None and related.partnership_id != contribution.partnership_id:
            errors[name] = _("Choose a record of this partnership.")
    if contribution.amount is not None and contribution.amount < 0:
        errors["amount"] = _("The amount cannot be negative.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def record_contribution(*, partnership: Partnership, **fields: Any) -> Contribution:
    contribution = Contribution(partnership=partnership)
    _assign(contribution, CONTRIBUTION_FIELDS, fields)
    _validate_contribution(contribution)
    save_versioned(contribution, expected_version=None)
    return contribution


@transaction.atomic
def update_contribution(
    *, contribution: Contribution, expected_version: int | None, **fields: Any
) -> Contribution:
    _assign(contribution, CONTRIBUTION_FIELDS, fields)
    _validate_contribution(contribution)
    save_versioned(contribution, expected_version=expected_version)
    return contribution


@transaction.atomic
def delete_contribution(*, contribution: Contribution) -> None:
    contribution.delete()
