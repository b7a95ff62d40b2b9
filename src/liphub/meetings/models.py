"""Meetings of a body: agenda, attendance per seat, minutes, decisions, follow-up items."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from liphub.core.i18n import TranslatedFieldsMixin
from liphub.core.models import TenantModel
from liphub.documents.models import Document
from liphub.partnerships.models import Body, Person, Seat


class Meeting(TranslatedFieldsMixin, TenantModel):
    body = models.ForeignKey(
        Body, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("body")
    )
    title_en = models.CharField(_("title (English)"), max_length=250, blank=True)
    title_fr = models.CharField(_("title (French)"), max_length=250, blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    location = models.CharField(_("place"), max_length=250, blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True)
    agenda_en = models.TextField(_("agenda (English, Markdown)"), blank=True)
    agenda_fr = models.TextField(_("agenda (French, Markdown)"), blank=True)
    minutes_en = models.TextField(_("minutes (English, Markdown)"), blank=True)
    minutes_fr = models.TextField(_("minutes (French, Markdown)"), blank=True)
    is_published = models.BooleanField(_("published on the public site"), default=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    documents = models.ManyToManyField(
        Document, blank=True, related_name="meetings", verbose_name=_("documents")
    )

    translated_fields = ("title", "agenda", "minutes")

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self) -> str:
        return str(self.tr("title"))


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    REGRETS = "regrets", _("Regrets")
    ABSENT = "absent", _("Absent")


class Attendance(TenantModel):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    seat = models.ForeignKey(Seat, on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(_("attendance"), max_length=10, choices=AttendanceStatus.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "seat"], name="one_attendance_per_seat")
        ]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")

    def __str__(self) -> str:
        return f"{self.seat}: {self.status}"


class Decision(TranslatedFieldsMixin, TenantModel):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="decisions")
    text_en = models.TextField(_("decision (English)"), blank=True)
    text_fr = models.TextField(_("decision (French)"), blank=True)

    translated_fields = ("text",)

    class Meta:
        ordering = ["id"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return str(self.tr("text"))[:80]


class FollowUpStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Done")


class FollowUp(TranslatedFieldsMixin, TenantModel):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="follow_ups")
    description_en = models.TextField(_("follow-up (English)"), blank=True)
    description_fr = models.TextField(_("follow-up (French)"), blank=True)
    owner = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ups",
        verbose_name=_("owner"),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=FollowUpStatus.choices, default=FollowUpStatus.OPEN
    )

    translated_fields = ("description",)

    class Meta:
        ordering = ["due_date", "id"]
        verbose_name = _("follow-up item")
        verbose_name_plural = _("follow-up items")

    def __str__(self) -> str:
        return str(self.tr("description"))[:80]

    @property
    def is_overdue(self) -> bool:
        """Still open after its due date."""
        return (
            self.status == FollowUpStatus.OPEN
            and self.due_date is not None
            and self.due_date < timezone.localdate()
        )
