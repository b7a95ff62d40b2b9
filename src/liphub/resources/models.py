"""Resources leveraged from partners and funders other than the main funder."""

from __future__ import annotations

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from liphub.actions.models import Activity
from liphub.core.fiscal import fiscal_year_label
from liphub.core.models import TenantModel
from liphub.partnerships.models import Organization


class ContributionKind(models.TextChoices):
    CASH = "cash", _("Cash")
    IN_KIND = "in_kind", _("In-kind")


class ContributionPurpose(models.TextChoices):
    LIP_PROCESS = "lip_process", _("The LIP process")
    ACTIVITY = "activity", _("An activity")


class Contribution(TenantModel):
    source_organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contributions",
        verbose_name=_("source organization"),
    )
    source_name = models.CharField(
        _("source (if not a listed organization)"), max_length=250, blank=True
    )
    kind = models.CharField(_("type"), max_length=10, choices=ContributionKind.choices)
    amount = models.DecimalField(
        _("amount (CAD)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year"))
    purpose = models.CharField(
        _("for"),
        max_length=20,
        choices=ContributionPurpose.choices,
        default=ContributionPurpose.LIP_PROCESS,
    )
    activity = models.ForeignKey(
        Activity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
        verbose_name=_("activity"),
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["-fiscal_year", "-amount"]
        indexes = [models.Index(fields=["partnership", "fiscal_year"])]
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")

    def __str__(self) -> str:
        source = self.source_organization or self.source_name
        return f"{source}: {self.amount} ({self.get_kind_display()})"

    @property
    def fiscal_year_label(self) -> str:
        return fiscal_year_label(self.fiscal_year)
