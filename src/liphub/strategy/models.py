"""The local settlement strategy: vision, priority areas, goals, and lenses.

A lens is a set of questions every activity is read through (the Francophone lens ships with
LIP Hub; coordinators add others). Answers live with the activity (actions.LensAnswer).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from liphub.core.i18n import TranslatedFieldsMixin
from liphub.core.models import TenantModel


class Strategy(TranslatedFieldsMixin, TenantModel):
    title_en = models.CharField(_("title (English)"), max_length=250, blank=True)
    title_fr = models.CharField(_("title (French)"), max_length=250, blank=True)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    vision_en = models.TextField(_("vision (English)"), blank=True)
    vision_fr = models.TextField(_("vision (French)"), blank=True)
    is_published = models.BooleanField(_("published on the public site"), default=True)

    translated_fields = ("title", "vision")

    class Meta:
        ordering = ["-period_start"]
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")

    def __str__(self) -> str:
        return str(self.tr("title"))


class PriorityArea(TranslatedFieldsMixin, TenantModel):
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="priority_areas")
    code = models.SlugField(_("code"), max_length=60, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=250, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=250, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    translated_fields = ("name", "description")

    class Meta:
        ordering = ["strategy", "order", "id"]
        verbose_name = _("priority area")
        verbose_name_plural = _("priority areas")

    def __str__(self) -> str:
        return str(self.tr("name"))


class Goal(TranslatedFieldsMixin, TenantModel):
    """A goal or direction under a priority area."""

    priority_area = models.ForeignKey(PriorityArea, on_delete=models.CASCADE, related_name="goals")
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    title_fr = models.CharField(_("title (French)"), max_length=300, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    translated_fields = ("title", "description")

    class Meta:
        ordering = ["priority_area", "order", "id"]
        verbose_name = _("goal")
        verbose_name_plural = _("goals")

    def __str__(self) -> str:
        return str(self.tr("title"))


class Lens(TranslatedFieldsMixin, TenantModel):
    code = models.SlugField(_("code"), max_length=60)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    translated_fields = ("name", "description")

    class Meta:
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["partnership", "code"], name="lens_code_unique")
        ]
        verbose_name = _("lens")
        verbose_name_plural = _("lenses")

    def __str__(self) -> str:
        return str(self.tr("name"))


class LensQuestion(TranslatedFieldsMixin, TenantModel):
    lens = models.ForeignKey(Lens, on_delete=models.CASCADE, related_name="questions")
    text_en = models.TextField(_("question (English)"), blank=True)
    text_fr = models.TextField(_("question (French)"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    translated_fields = ("text",)

    class Meta:
        ordering = ["lens", "order", "id"]
        verbose_name = _("lens question")
        verbose_name_plural = _("lens questions")

    def __str__(self) -> str:
        return str(self.tr("text"))[:80]
