"""The tenant (Partnership), networks of partnerships, and the base classes of tenant data.

Every tenant-scoped row carries its partnership and uses `TenantManager`, which refuses to
run a query unless a partnership scope is active (see `liphub.accounts.access`).
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from liphub.core.i18n import TranslatedFieldsMixin
from liphub.core.scoping import TenantScopedManager


class Network(TranslatedFieldsMixin, models.Model):
    """A group of partnerships read together by network analysts (e.g. "Ontario LIPs")."""

    slug = models.SlugField(_("short name"), unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    translated_fields = ("name",)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def __str__(self) -> str:
        return str(self.tr("name"))


class Partnership(TranslatedFieldsMixin, models.Model):
    """A Local Immigration Partnership: the tenant."""

    slug = models.SlugField(_("short name"), unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    description_en = models.TextField(_("about (English)"), blank=True)
    description_fr = models.TextField(_("about (French)"), blank=True)
    region = models.CharField(_("region"), max_length=120, blank=True)
    province = models.CharField(_("province"), max_length=2, default="ON")
    lead_organization = models.CharField(_("lead organization"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    networks = models.ManyToManyField(
        Network, related_name="partnerships", blank=True, verbose_name=_("networks")
    )
    is_public = models.BooleanField(_("public site published"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    translated_fields = ("name", "description")

    class Meta:
        ordering = ["slug"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")

    def __str__(self) -> str:
        return str(self.tr("name"))

    def get_additional_data(self) -> dict[str, Any]:
        return {"partnership_id": self.pk}


def TenantManager() -> Any:  # noqa: N802 - reads like a class at the call site
    """The default manager of tenant data: filtered to the active partnership scope."""
    return TenantScopedManager()


class TenantModel(models.Model):
    """Abstract base of every row that belongs to one partnership."""

    partnership = models.ForeignKey(
        Partnership, on_delete=models.CASCADE, related_name="+", verbose_name=_("partnership")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    objects = TenantManager()

    class Meta:
        abstract = True

    def get_additional_data(self) -> dict[str, Any]:
        """Tags audit-log entries with the partnership (django-auditlog hook)."""
        return {"partnership_id": self.partnership_id}
