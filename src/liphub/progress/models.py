"""Partners at work: commitments to goals and activities, and progress updates on them."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from liphub.actions.models import Activity
from liphub.core.i18n import TranslatedFieldsMixin
from liphub.core.models import TenantModel
from liphub.documents.models import Document
from liphub.partnerships.models import Organization
from liphub.strategy.models import Goal


class ContributionType(models.TextChoices):
    STAFF_HOURS = "staff_hours", _("Staff hours")
    MONEY = "money", _("Money")
    SPACE = "space", _("Space")
    EXPERTISE = "expertise", _("Expertise")
    OTHER = "other", _("Other")


class Commitment(TranslatedFieldsMixin, TenantModel):
    """A partner commits to a goal or an activity: what it brings and how it fits its mandate."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="commitments"
    )
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.CASCADE, related_name="commitments"
    )
    activity = models.ForeignKey(
        Activity, null=True, blank=True, on_delete=models.CASCADE, related_name="commitments"
    )
    brings = models.CharField(
        _("brings"), max_length=20, choices=ContributionType.choices, default="staff_hours"
    )
    quantity = models.DecimalField(
        _("quantity (hours or CAD)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    description_en = models.TextField(_("what it brings (English)"), blank=True)
    description_fr = models.TextField(_("what it brings (French)"), blank=True)
    mandate_fit_en = models.TextField(_("how it fits the partner's mandate (English)"), blank=True)
    mandate_fit_fr = models.TextField(_("how it fits the partner's mandate (French)"), blank=True)

    translated_fields = ("description", "mandate_fit")

    class Meta:
        ordering = ["organization", "id"]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")

    def __str__(self) -> str:
        return f"{self.organization}: {self.get_brings_display()}"

    @property
    def quantity_label(self) -> str:
        """The quantity with its unit: hours for staff time, dollars for money."""
        if self.quantity is None:
            return ""
        amount = number_format(self.quantity.normalize(), use_l10n=True, force_grouping=True)
        if self.brings == ContributionType.STAFF_HOURS:
            return gettext("%(quantity)s hours") % {"quantity": amount}
        if self.brings == ContributionType.MONEY:
            return gettext("%(quantity)s CAD") % {"quantity": amount}
        return str(amount)


class ProgressUpdate(TenantModel):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="updates")
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("update"))
    milestone = models.CharField(_("milestone reached"), max_length=250, blank=True)
    percent_complete = models.PositiveSmallIntegerField(
        _("percent complete"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    evidence_url = models.URLField(_("evidence (link)"), blank=True)
    evidence_document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")

    def __str__(self) -> str:
        return self.text[:80]
