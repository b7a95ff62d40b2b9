"""Submitted annual reports: frozen snapshots that never change when the data later do."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from liphub.core.fiscal import fiscal_year_label
from liphub.core.models import TenantModel


class SubmittedReport(TenantModel):
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year"))
    number = models.PositiveSmallIntegerField(_("version"))
    submitted_at = models.DateTimeField(_("submitted at"))
    submitted_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)
    data = models.JSONField(_("frozen figures"))

    class Meta:
        ordering = ["-fiscal_year", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "fiscal_year", "number"], name="report_version_unique"
            )
        ]
        verbose_name = _("submitted report")
        verbose_name_plural = _("submitted reports")

    def __str__(self) -> str:
        return f"{fiscal_year_label(self.fiscal_year)} v{self.number}"

    @property
    def fiscal_year_label(self) -> str:
        return fiscal_year_label(self.fiscal_year)
