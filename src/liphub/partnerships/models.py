"""The partnership module: organizations, sectors, partners, people, bodies and seats.

`Organization` follows the Open Referral HSDS 3.0 `organization` object, so the service
directory reuses the same record.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from liphub.core.i18n import TranslatedFieldsMixin
from liphub.core.models import TenantModel


def new_hsds_id() -> str:
    return str(uuid.uuid4())


class Sector(TranslatedFieldsMixin, models.Model):
    """A stakeholder sector; the key sectors come from the LIP outcomes report."""

    code = models.SlugField(_("code"), unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_fr = models.CharField(_("name (French)"), max_length=200)
    is_key = models.BooleanField(_("key sector"), default=True)
    order = models.PositiveSmallIntegerField(default=0)

    translated_fields = ("name",)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self) -> str:
        return str(self.tr("name"))


class Organization(TranslatedFieldsMixin, TenantModel):
    """An organization (HSDS 3.0 `organization`), owned by one partnership's records."""

    hsds_id = models.CharField(_("HSDS id"), max_length=250, default=new_hsds_id)
    name_en = models.CharField(_("name (English)"), max_length=250, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=250, blank=True)
    alternate_name = models.CharField(_("alternate name or acronym"), max_length=250, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    tax_status = models.CharField(_("tax status"), max_length=100, blank=True)
    tax_id = models.CharField(_("tax id"), max_length=100, blank=True)
    year_incorporated = models.PositiveSmallIntegerField(
        _("year incorporated"), null=True, blank=True
    )
    legal_status = models.CharField(_("legal status"), max_length=100, blank=True)
    logo = models.URLField(_("logo URL"), blank=True)
    uri = models.URLField(_("URI"), blank=True)
    parent_organization = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        verbose_name=_("parent organization"),
    )
    is_francophone = models.BooleanField(_("Francophone organization"), default=False)
    # the service directory (HSDS import/export)
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("An organization missing from a newer import of its feed becomes inactive."),
    )
    feed = models.CharField(
        _("imported from"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("The feed a record was imported from (empty when entered here)."),
    )
    extra = models.JSONField(
        _("fields outside the specification"), default=dict, blank=True, editable=False
    )

    translated_fields = ("name", "description")

    class Meta:
        ordering = ["name_en", "name_fr"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "hsds_id"], name="organization_hsds_id_unique"
            )
        ]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self) -> str:
        return str(self.tr("name"))


class Partner(TenantModel):
    """An organization's membership of the partnership."""

    organization = models.OneToOneField(
        Organization, on_delete=models.CASCADE, related_name="partner"
    )
    sectors = models.ManyToManyField(Sector, related_name="partners", verbose_name=_("sectors"))
    since = models.DateField(_("partner since"), null=True, blank=True)
    until = models.DateField(_("partner until"), null=True, blank=True)
    is_immigrant_led = models.BooleanField(_("immigrant-led organization"), default=False)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["organization__name_en"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self) -> str:
        return str(self.organization)

    @property
    def is_active(self) -> bool:
        return self.until is None


class Person(TenantModel):
    """A contact who may sit on bodies (not necessarily a user)."""

    full_name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    title = models.CharField(_("job title"), max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        verbose_name=_("organization"),
    )
    user = models.ForeignKey(
        "accounts.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        verbose_name=_("user account"),
        help_text=_("Links a contact to a sign-in: partner staff act for this organization."),
    )

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.full_name


class BodyKind(models.TextChoices):
    COUNCIL = "council", pgettext_lazy("governance body", "Council")
    STEERING_COMMITTEE = "steering_committee", _("Steering committee")
    SUB_COUNCIL = "sub_council", _("Sub-council")
    WORKING_GROUP = "working_group", _("Working group")
    IMMIGRANT_ADVISORY_COUNCIL = "immigrant_advisory_council", _("Immigrant advisory council")
    NOMINATION_COMMITTEE = "nomination_committee", _("Nomination committee")
    COMMITTEE = "committee", _("Committee")


class Body(TranslatedFieldsMixin, TenantModel):
    """A governance body: council, steering committee, sub-council, working group..."""

    kind = models.CharField(_("kind"), max_length=40, choices=BodyKind.choices)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=200, blank=True)
    mandate_en = models.TextField(_("mandate (English)"), blank=True)
    mandate_fr = models.TextField(_("mandate (French)"), blank=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        verbose_name=_("parent body"),
    )
    is_active = models.BooleanField(_("active"), default=True)

    translated_fields = ("name", "mandate")

    class Meta:
        ordering = ["kind", "name_en"]
        verbose_name = _("body")
        verbose_name_plural = _("bodies")

    def __str__(self) -> str:
        return str(self.tr("name"))


class SeatRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    CO_CHAIR = "co_chair", _("Co-chair")
    MEMBER = "member", _("Member")
    EX_OFFICIO = "ex_officio", _("Ex officio")


class Seat(TenantModel):
    """A person representing an organization on a body, for a term."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="seats")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="seats")
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="seats",
        verbose_name=_("organization represented"),
    )
    role = models.CharField(
        _("role"), max_length=20, choices=SeatRole.choices, default=SeatRole.MEMBER
    )
    is_immigrant_representative = models.BooleanField(_("immigrant representative"), default=False)
    is_francophone = models.BooleanField(_("Francophone representative"), default=False)
    term_start = models.DateField(_("term start"), null=True, blank=True)
    term_end = models.DateField(_("term end"), null=True, blank=True)

    class Meta:
        ordering = ["body", "role", "person__full_name"]
        verbose_name = _("seat")
        verbose_name_plural = _("seats")

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"

    def is_current(self, on: Any = None) -> bool:
        from django.utils import timezone

        day = on or timezone.localdate()
        return (self.term_start is None or self.term_start <= day) and (
            self.term_end is None or self.term_end >= day
        )
