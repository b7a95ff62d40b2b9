"""Action plans: yearly plans of activities with indicators, measurements, commitments and
progress updates (specific, measurable, time-bound)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from liphub.core.fiscal import fiscal_year_label
from liphub.core.i18n import TranslatedFieldsMixin
from liphub.core.models import TenantModel
from liphub.meetings.models import FollowUp
from liphub.partnerships.models import Organization
from liphub.strategy.models import Goal, LensQuestion, Strategy


class ActionPlan(TranslatedFieldsMixin, TenantModel):
    """The activities of one fiscal year (April to March)."""

    strategy = models.ForeignKey(
        Strategy, null=True, blank=True, on_delete=models.SET_NULL, related_name="action_plans"
    )
    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year"), help_text=_("The first calendar year: 2011 for 2011-12.")
    )
    title_en = models.CharField(_("title (English)"), max_length=250, blank=True)
    title_fr = models.CharField(_("title (French)"), max_length=250, blank=True)
    stale_after_days = models.PositiveSmallIntegerField(
        _("an activity is stale after (days without a progress update)"), default=90
    )

    translated_fields = ("title",)

    class Meta:
        ordering = ["-fiscal_year"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "fiscal_year"], name="one_action_plan_per_year"
            )
        ]
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")

    def __str__(self) -> str:
        return str(self.tr("title")) or fiscal_year_label(self.fiscal_year)

    @property
    def fiscal_year_label(self) -> str:
        return fiscal_year_label(self.fiscal_year)


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    DELAYED = "delayed", _("Delayed")
    CANCELLED = "cancelled", _("Cancelled")


class Activity(TranslatedFieldsMixin, TenantModel):
    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="activities")
    goal = models.ForeignKey(
        Goal,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activities",
        verbose_name=_("goal"),
    )
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    title_fr = models.CharField(_("title (French)"), max_length=300, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    lead_organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_activities",
        verbose_name=_("lead organization"),
    )
    supporting_organizations = models.ManyToManyField(
        Organization,
        blank=True,
        related_name="supported_activities",
        verbose_name=_("supporting partners"),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ActivityStatus.choices, default=ActivityStatus.PLANNED
    )
    budget = models.DecimalField(
        _("budget (CAD)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    source_follow_up = models.OneToOneField(
        FollowUp,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activity",
        verbose_name=_("from meeting follow-up"),
    )
    last_progress_at = models.DateTimeField(_("last progress update"), null=True, blank=True)

    translated_fields = ("title", "description")

    class Meta:
        ordering = ["plan", "goal", "id"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self) -> str:
        return str(self.tr("title"))


class IndicatorKind(models.TextChoices):
    """Results-Based Accountability performance measures."""

    HOW_MUCH = "how_much", _("How much did we do?")
    HOW_WELL = "how_well", _("How well did we do it?")
    BETTER_OFF = "better_off", _("Is anyone better off?")


class Indicator(TranslatedFieldsMixin, TenantModel):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="indicators")
    kind = models.CharField(_("kind"), max_length=20, choices=IndicatorKind.choices)
    name_en = models.CharField(_("indicator (English)"), max_length=300, blank=True)
    name_fr = models.CharField(_("indicator (French)"), max_length=300, blank=True)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target_date = models.DateField(_("target date"), null=True, blank=True)

    translated_fields = ("name",)

    class Meta:
        ordering = ["activity", "kind", "id"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return str(self.tr("name"))


class Measurement(TenantModel):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="measurements")
    date = models.DateField(_("date"))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    source = models.CharField(_("source"), max_length=250, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["indicator", "date", "id"]
        indexes = [models.Index(fields=["indicator", "date"])]
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")

    def __str__(self) -> str:
        return f"{self.date}: {self.value}"


class LensAnswerValue(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")
    NOT_APPLICABLE = "na", _("Not applicable")


class LensAnswer(TenantModel):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="lens_answers")
    question = models.ForeignKey(LensQuestion, on_delete=models.CASCADE, related_name="answers")
    answer = models.CharField(_("answer"), max_length=10, choices=LensAnswerValue.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "question"], name="one_lens_answer_per_question"
            )
        ]
        verbose_name = _("lens answer")
        verbose_name_plural = _("lens answers")

    def __str__(self) -> str:
        return f"{self.question}: {self.answer}"


class SuccessStory(TranslatedFieldsMixin, TenantModel):
    """A narrative tied to an activity, for the annual report."""

    activity = models.ForeignKey(
        Activity, null=True, blank=True, on_delete=models.SET_NULL, related_name="stories"
    )
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year"))
    title_en = models.CharField(_("title (English)"), max_length=250, blank=True)
    title_fr = models.CharField(_("title (French)"), max_length=250, blank=True)
    text_en = models.TextField(_("story (English)"), blank=True)
    text_fr = models.TextField(_("story (French)"), blank=True)

    translated_fields = ("title", "text")

    class Meta:
        ordering = ["-fiscal_year", "id"]
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def __str__(self) -> str:
        return str(self.tr("title"))
