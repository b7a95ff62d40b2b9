"""Shared write helpers: optimistic locking so two editors never silently lose an update."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _


class ConcurrentEditError(ValidationError):
    """Someone else saved the record after this editor opened it."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "Someone else changed this record while you were editing it. "
                "Reload the page to see their changes, then make yours again."
            ),
            code="stale",
        )


@transaction.atomic
def save_versioned(instance: models.Model, *, expected_version: int | None) -> models.Model:
    """Validate and save `instance`, refusing if its row changed since `expected_version`.

    New rows are simply created. For existing rows the version column is bumped in the same
    UPDATE that checks it, so of two concurrent saves exactly one wins.
    """
    instance.full_clean()
    obj: Any = instance
    if obj.pk is None or instance._state.adding:
        obj.version = 1
        instance.save()
        return instance
    model = type(instance)
    current = expected_version if expected_version is not None else obj.version
    updated = model._base_manager.filter(pk=obj.pk, version=current).update(
        version=models.F("version") + 1
    )
    if updated != 1:
        raise ConcurrentEditError()
    obj.version = current + 1
    instance.save()
    return instance
