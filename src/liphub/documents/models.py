"""Documents: uploads checked by type and size, with a visibility and a language."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from liphub.core.i18n import TranslatedFieldsMixin
from liphub.core.models import TenantModel


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Private (secretariat)")
    PARTNERS = "partners", _("Partners")
    PUBLIC = "public", _("Public")


class DocumentLanguage(models.TextChoices):
    EN = "en", _("English")
    FR = "fr", _("French")
    BILINGUAL = "bilingual", _("Bilingual")
    OTHER = "other", _("Other")


def document_path(instance: Document, filename: str) -> str:
    return f"documents/{instance.partnership_id}/{filename}"


class Document(TranslatedFieldsMixin, TenantModel):
    title_en = models.CharField(_("title (English)"), max_length=250, blank=True)
    title_fr = models.CharField(_("title (French)"), max_length=250, blank=True)
    file = models.FileField(_("file"), upload_to=document_path, max_length=300)
    original_name = models.CharField(max_length=250, blank=True)
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    language = models.CharField(
        _("language"), max_length=10, choices=DocumentLanguage.choices, default="en"
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PARTNERS
    )
    uploaded_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    translated_fields = ("title",)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return str(self.tr("title"))
