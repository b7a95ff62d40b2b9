"""The Open Referral UK (ORUK / HSDS-UK) JSON flavour, mapped onto HSDS 3.0 before import.

ORUK services look like HSDS 3.0 services with a few renamed fields (the organization's
`url` is HSDS `website`) and vendor extensions (`pc_*`, `deliverable_type`,
`attending_type`, `attending_access`). Renamed fields are mapped here; every other field
the specification does not define goes to `extra` like any unknown field.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

ORUK_SERVICE_FIELDS = frozenset({"deliverable_type", "attending_type", "attending_access"})


def looks_like_oruk(item: Any) -> bool:
    """True for an ORUK service record (vendor `pc_` fields, ORUK-only fields, org `url`)."""
    if not isinstance(item, dict):
        return False
    if ORUK_SERVICE_FIELDS & item.keys() or any(str(k).startswith("pc_") for k in item):
        return True
    org = item.get("organization")
    return isinstance(org, dict) and "url" in org and "website" not in org


def _is_email(value: Any) -> bool:
    if not isinstance(value, str) or not value.strip():
        return False
    try:
        validate_email(value.strip())
    except ValidationError:
        return False
    return True


def oruk_to_hsds(item: Any) -> Any:
    """The HSDS 3.0 form of one ORUK service (a new dict; the input is not changed)."""
    if not isinstance(item, dict):
        return item
    service = dict(item)
    org = service.get("organization")
    if isinstance(org, dict) and "url" in org and "website" not in org:
        org = dict(org)
        org["website"] = org.pop("url")
        service["organization"] = org
    metadata = service.get("pc_metadata")
    if isinstance(metadata, dict) and not service.get("assurer_email"):
        assured_by = metadata.get("assured_by")
        if isinstance(assured_by, str) and _is_email(assured_by):
            service["assurer_email"] = assured_by.strip()
    return service
