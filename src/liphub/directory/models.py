"""The inventory of services: the Open Referral HSDS 3.0 objects, one partnership's directory.

Tables and field names follow the specification (`../shared/hsds/spec-3.0/`) so import, export
and the HSDS API map one to one. `organization` is `partnerships.Organization` (the partner
organization record). Every object keeps its HSDS `id` in `hsds_id` (unique per partnership:
re-importing the same data updates in place) and any field the specification does not define
in `extra` (kept, never silently lost). Service names and descriptions are stored in English
and French; the other free-text fields are stored as given.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from liphub.core.i18n import TranslatedFieldsMixin
from liphub.core.models import TenantModel
from liphub.partnerships.models import Organization
from liphub.strategy.models import PriorityArea


def new_hsds_id() -> str:
    return str(uuid.uuid4())


class HsdsRecord(TenantModel):
    """Columns every HSDS object shares: its HSDS id, unknown fields and where it came from."""

    hsds_id = models.CharField(_("HSDS id"), max_length=250, default=new_hsds_id)
    extra = models.JSONField(
        _("fields outside the specification"), default=dict, blank=True, editable=False
    )
    feed = models.CharField(
        _("imported from"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("The feed a record was imported from (empty when entered here)."),
    )

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "hsds_id"], name="%(app_label)s_%(class)s_hsds_id_unique"
            )
        ]


class LocationType(models.TextChoices):
    PHYSICAL = "physical", _("Physical")
    POSTAL = "postal", _("Postal")
    VIRTUAL = "virtual", _("Virtual")


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    INACTIVE = "inactive", _("Inactive")
    DEFUNCT = "defunct", _("Defunct")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")


class Taxonomy(HsdsRecord):
    """A classification (a LIP's own categories, Open Eligibility, the 211 taxonomy...)."""

    name = models.CharField(_("name"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    uri = models.URLField(_("URI"), max_length=500, blank=True)
    # HSDS `version` (TenantModel.version is the optimistic lock)
    taxonomy_version = models.CharField(_("version"), max_length=50, blank=True)

    class Meta(HsdsRecord.Meta):
        ordering = ["name"]
        verbose_name = _("taxonomy")
        verbose_name_plural = _("taxonomies")

    def __str__(self) -> str:
        return self.name


class TaxonomyTerm(TranslatedFieldsMixin, HsdsRecord):
    taxonomy = models.ForeignKey(
        Taxonomy,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="terms",
        verbose_name=_("taxonomy"),
    )
    code = models.CharField(_("code"), max_length=100, blank=True, db_index=True)
    name_en = models.CharField(_("name (English)"), max_length=250, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=250, blank=True)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        verbose_name=_("parent term"),
    )
    taxonomy_name = models.CharField(
        _("taxonomy (free text)"),
        max_length=250,
        blank=True,
        help_text=_("HSDS `taxonomy`: the taxonomy's name when it is not a listed taxonomy."),
    )
    language = models.CharField(_("language"), max_length=20, blank=True)
    term_uri = models.URLField(_("term URI"), max_length=500, blank=True)
    priority_areas = models.ManyToManyField(
        PriorityArea,
        blank=True,
        related_name="taxonomy_terms",
        verbose_name=_("priority areas it serves"),
        help_text=_("For the gap analysis: a priority area with no service in its categories."),
    )

    translated_fields = ("name",)

    class Meta(HsdsRecord.Meta):
        ordering = ["code", "name_en"]
        verbose_name = _("taxonomy term")
        verbose_name_plural = _("taxonomy terms")

    def __str__(self) -> str:
        name = str(self.tr("name"))
        return f"{self.code} {name}".strip() if self.code else name


class Program(HsdsRecord):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="programs"
    )
    name = models.CharField(_("name"), max_length=250)
    alternate_name = models.CharField(_("alternate name"), max_length=250, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta(HsdsRecord.Meta):
        ordering = ["name"]
        verbose_name = _("program")
        verbose_name_plural = _("programs")

    def __str__(self) -> str:
        return self.name


class Service(TranslatedFieldsMixin, HsdsRecord):
    """A service an organization offers (HSDS `service`): what a newcomer searches for."""

    organization = models.ForeignKey(
        Organization,
        on_delete=models.CASCADE,
        related_name="services",
        verbose_name=_("organization"),
    )
    program = models.ForeignKey(
        Program,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
        verbose_name=_("program"),
    )
    name_en = models.CharField(_("name (English)"), max_length=250, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=250, blank=True)
    alternate_name = models.CharField(_("alternate name"), max_length=250, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    url = models.URLField(_("website"), max_length=500, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE
    )
    interpretation_services = models.TextField(_("interpretation services"), blank=True)
    application_process = models.TextField(_("how to apply"), blank=True)
    fees_description = models.TextField(_("fees"), blank=True)
    wait_time = models.CharField(_("wait time"), max_length=250, blank=True)
    fees = models.CharField(_("fees (deprecated field)"), max_length=250, blank=True)
    accreditations = models.TextField(_("accreditations"), blank=True)
    licenses = models.CharField(_("licenses"), max_length=250, blank=True)
    eligibility_description = models.TextField(_("eligibility"), blank=True)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    assured_date = models.DateField(_("last verified on"), null=True, blank=True)
    assurer_email = models.EmailField(_("verified by (e-mail)"), blank=True)
    alert = models.TextField(_("alert"), blank=True)
    last_modified = models.DateTimeField(
        _("last modified (as given by the source)"), null=True, blank=True
    )
    # LIP Hub's own columns (not exported as HSDS fields)
    is_approved = models.BooleanField(
        _("approved for the public directory"),
        default=True,
        help_text=_("A listing a partner adds waits for the coordinator's review."),
    )
    needs_review = models.BooleanField(_("changed since the coordinator's review"), default=False)
    # nullable, so adding them is a plain ALTER TABLE on SQLite (rebuilding the table would
    # break the full-text search triggers that name it); NULL is the one "no note" value
    review_note = models.TextField(
        _("note from the coordinator's review"),
        null=True,
        blank=True,
        help_text=_("What the partner should change before the listing is approved."),
    )
    reviewed_at = models.DateTimeField(_("sent back on"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent back by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    translated_fields = ("name", "description")

    class Meta(HsdsRecord.Meta):
        ordering = ["name_en", "name_fr"]
        indexes = [
            models.Index(fields=["partnership", "status"]),
            models.Index(fields=["partnership", "updated_at"]),
        ]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self) -> str:
        return str(self.tr("name"))


class Location(TranslatedFieldsMixin, HsdsRecord):
    location_type = models.CharField(
        _("location type"),
        max_length=10,
        choices=LocationType.choices,
        default=LocationType.PHYSICAL,
    )
    url = models.URLField(_("website"), max_length=500, blank=True)
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="locations",
        verbose_name=_("organization"),
    )
    name_en = models.CharField(_("name (English)"), max_length=250, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=250, blank=True)
    alternate_name = models.CharField(_("alternate name"), max_length=250, blank=True)
    description = models.TextField(_("description"), blank=True)
    transportation = models.TextField(_("getting there"), blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    external_identifier = models.CharField(_("external identifier"), max_length=250, blank=True)
    external_identifier_type = models.CharField(
        _("external identifier type"), max_length=100, blank=True
    )
    is_active = models.BooleanField(_("active"), default=True)

    translated_fields = ("name",)

    class Meta(HsdsRecord.Meta):
        ordering = ["name_en"]
        indexes = [models.Index(fields=["partnership", "latitude", "longitude"])]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self) -> str:
        return str(self.tr("name")) or self.hsds_id


class ServiceAtLocation(HsdsRecord):
    service = models.ForeignKey(
        Service, on_delete=models.CASCADE, related_name="service_at_locations"
    )
    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, related_name="service_at_locations"
    )
    description = models.TextField(_("description"), blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("service at location")
        verbose_name_plural = _("services at locations")

    def __str__(self) -> str:
        return f"{self.service} @ {self.location}"


class Address(HsdsRecord):
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="addresses")
    attention = models.CharField(_("attention"), max_length=250, blank=True)
    # blank allowed: 211 feeds list outreach and confidential sites by city only
    address_1 = models.CharField(_("address"), max_length=250, blank=True)
    address_2 = models.CharField(_("address (line 2)"), max_length=250, blank=True)
    city = models.CharField(_("city"), max_length=120, db_index=True)
    region = models.CharField(_("region"), max_length=120, blank=True)
    state_province = models.CharField(_("province"), max_length=120)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True, db_index=True)
    country = models.CharField(_("country"), max_length=2, default="CA")
    address_type = models.CharField(
        _("address type"),
        max_length=10,
        choices=LocationType.choices,
        default=LocationType.PHYSICAL,
    )

    class Meta(HsdsRecord.Meta):
        verbose_name = _("address")
        verbose_name_plural = _("addresses")

    def __str__(self) -> str:
        return ", ".join(p for p in (self.address_1, self.city, self.postal_code) if p)


class Contact(HsdsRecord):
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.CASCADE, related_name="contacts"
    )
    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="contacts"
    )
    service_at_location = models.ForeignKey(
        ServiceAtLocation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=250, blank=True)
    title = models.CharField(_("title"), max_length=250, blank=True)
    department = models.CharField(_("department"), max_length=250, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return self.name or self.email or self.hsds_id


class Phone(HsdsRecord):
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.CASCADE, related_name="phones"
    )
    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="phones"
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.CASCADE, related_name="phones"
    )
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.CASCADE, related_name="phones"
    )
    service_at_location = models.ForeignKey(
        ServiceAtLocation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="phones",
    )
    number = models.CharField(_("number"), max_length=100)
    extension = models.PositiveIntegerField(_("extension"), null=True, blank=True)
    type = models.CharField(_("type"), max_length=50, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("phone")
        verbose_name_plural = _("phones")

    def __str__(self) -> str:
        return f"{self.number} x{self.extension}" if self.extension else self.number


class Schedule(HsdsRecord):
    """When a service is available: iCalendar RRULE fields plus opens_at / closes_at."""

    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="schedules"
    )
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.CASCADE, related_name="schedules"
    )
    service_at_location = models.ForeignKey(
        ServiceAtLocation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="schedules",
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    dtstart = models.DateField(_("first occurrence"), null=True, blank=True)
    timezone = models.FloatField(_("UTC offset (hours)"), null=True, blank=True)
    until = models.DateField(_("until"), null=True, blank=True)
    count = models.PositiveIntegerField(_("count"), null=True, blank=True)
    wkst = models.CharField(_("week start"), max_length=2, blank=True)
    freq = models.CharField(_("frequency"), max_length=10, blank=True)
    interval = models.PositiveIntegerField(_("interval"), null=True, blank=True)
    byday = models.CharField(
        _("days"), max_length=100, blank=True, help_text=_("e.g. MO,TU,WE,TH,FR")
    )
    byweekno = models.CharField(_("week numbers"), max_length=100, blank=True)
    bymonthday = models.CharField(_("days of the month"), max_length=100, blank=True)
    byyearday = models.CharField(_("days of the year"), max_length=100, blank=True)
    description = models.TextField(_("description"), blank=True)
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    schedule_link = models.URLField(_("schedule link"), max_length=500, blank=True)
    attending_type = models.CharField(_("attending type"), max_length=100, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("schedule")
        verbose_name_plural = _("schedules")

    def __str__(self) -> str:
        hours = (
            f"{self.opens_at:%H:%M}-{self.closes_at:%H:%M}"
            if self.opens_at and self.closes_at
            else ""
        )
        return " ".join(p for p in (self.byday, hours, self.description) if p) or self.hsds_id


class Funding(HsdsRecord):
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.CASCADE, related_name="fundings"
    )
    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="fundings"
    )
    source = models.CharField(_("funding source"), max_length=500, blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("funding")
        verbose_name_plural = _("fundings")

    def __str__(self) -> str:
        return self.source


class ServiceArea(HsdsRecord):
    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="service_areas"
    )
    name = models.CharField(_("name"), max_length=250, blank=True)
    description = models.TextField(_("description"), blank=True)
    extent = models.TextField(_("extent"), blank=True)
    extent_type = models.CharField(_("extent type"), max_length=50, blank=True)
    uri = models.CharField(_("URI"), max_length=500, blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")

    def __str__(self) -> str:
        return self.name or self.hsds_id


class RequiredDocument(HsdsRecord):
    service = models.ForeignKey(
        Service,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="required_documents",
    )
    document = models.TextField(_("document"), blank=True)
    uri = models.URLField(_("URI"), max_length=500, blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("required document")
        verbose_name_plural = _("required documents")

    def __str__(self) -> str:
        return self.document


class Language(HsdsRecord):
    """A language a service, location or phone line is offered in."""

    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="languages"
    )
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.CASCADE, related_name="languages"
    )
    phone = models.ForeignKey(
        Phone, null=True, blank=True, on_delete=models.CASCADE, related_name="languages"
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    code = models.CharField(
        _("code"), max_length=20, blank=True, db_index=True, help_text=_("ISO 639 code, e.g. fr")
    )
    note = models.TextField(_("note"), blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self) -> str:
        return self.name or self.code


class Accessibility(HsdsRecord):
    location = models.ForeignKey(
        Location, null=True, blank=True, on_delete=models.CASCADE, related_name="accessibility"
    )
    description = models.TextField(_("description"), blank=True)
    details = models.TextField(_("details"), blank=True)
    url = models.URLField(_("URL"), max_length=500, blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("accessibility")
        verbose_name_plural = _("accessibility")

    def __str__(self) -> str:
        return self.description or self.details


class CostOption(HsdsRecord):
    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="cost_options"
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    option = models.TextField(_("option"), blank=True)
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    amount = models.DecimalField(
        _("amount"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    amount_description = models.TextField(_("amount description"), blank=True)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("cost option")
        verbose_name_plural = _("cost options")

    def __str__(self) -> str:
        return self.option or str(self.amount or "")


class OrganizationIdentifier(HsdsRecord):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="organization_identifiers"
    )
    identifier_scheme = models.CharField(_("scheme"), max_length=100, blank=True)
    identifier_type = models.CharField(_("type"), max_length=250)
    identifier = models.CharField(_("identifier"), max_length=250)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("organization identifier")
        verbose_name_plural = _("organization identifiers")

    def __str__(self) -> str:
        return f"{self.identifier_type}: {self.identifier}"


class LinkEntity(models.TextChoices):
    SERVICE = "service", _("Service")
    ORGANIZATION = "organization", _("Organization")
    LOCATION = "location", _("Location")
    SERVICE_AT_LOCATION = "service_at_location", _("Service at location")
    PROGRAM = "program", _("Program")
    OTHER = "other", _("Other")


class Attribute(HsdsRecord):
    """Attaches a taxonomy term to any object (HSDS `attribute`): how services get categories.

    `link_entity` + `link_id` name the object as HSDS does; `service` is set too when the
    object is a service, so category filters are one indexed join.
    """

    link_id = models.CharField(_("linked object id"), max_length=250)
    link_entity = models.CharField(_("linked object type"), max_length=50)
    link_type = models.CharField(_("link type"), max_length=100, blank=True)
    taxonomy_term = models.ForeignKey(
        TaxonomyTerm, on_delete=models.CASCADE, related_name="attributes"
    )
    value = models.TextField(_("value"), blank=True)
    service = models.ForeignKey(
        Service, null=True, blank=True, on_delete=models.CASCADE, related_name="attributes"
    )

    class Meta(HsdsRecord.Meta):
        indexes = [models.Index(fields=["partnership", "link_entity", "link_id"])]
        verbose_name = _("attribute")
        verbose_name_plural = _("attributes")

    def __str__(self) -> str:
        return f"{self.link_entity} {self.link_id}: {self.taxonomy_term}"


class Metadata(HsdsRecord):
    """HSDS `metadata`: the change history a source feed carries about its records."""

    resource_id = models.CharField(_("resource id"), max_length=250, db_index=True)
    resource_type = models.CharField(_("resource type"), max_length=50)
    last_action_date = models.DateField(_("date"))
    last_action_type = models.CharField(_("action"), max_length=50)
    field_name = models.CharField(_("field"), max_length=100)
    previous_value = models.TextField(_("previous value"), blank=True)
    replacement_value = models.TextField(_("new value"), blank=True)
    updated_by = models.CharField(_("updated by"), max_length=250)

    class Meta(HsdsRecord.Meta):
        verbose_name = _("metadata")
        verbose_name_plural = _("metadata")

    def __str__(self) -> str:
        return f"{self.resource_type} {self.resource_id} {self.last_action_type}"


# --- the secretariat's own directory settings --------------------------------------------


class SearchSynonym(TenantModel):
    """A set of words the public search treats as one ("ESL, LINC, English classes")."""

    terms = models.CharField(
        _("words that mean the same"),
        max_length=500,
        help_text=_("Separate with commas, e.g. ESL, LINC, English classes"),
    )

    class Meta:
        ordering = ["terms"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self) -> str:
        return self.terms

    def term_list(self) -> list[str]:
        return [t.strip() for t in self.terms.split(",") if t.strip()]


class CommunityLanguage(TranslatedFieldsMixin, TenantModel):
    """A language newcomers in the community speak, for the gap analysis."""

    code = models.CharField(_("code"), max_length=20, help_text=_("ISO 639 code, e.g. ar"))
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_fr = models.CharField(_("name (French)"), max_length=100, blank=True)
    speakers = models.PositiveIntegerField(
        _("newcomers who speak it"), null=True, blank=True, help_text=_("Estimate, if known")
    )
    source = models.CharField(_("source of the estimate"), max_length=250, blank=True)

    translated_fields = ("name",)

    class Meta:
        ordering = ["-speakers", "name_en"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "code"], name="community_language_code_unique"
            )
        ]
        verbose_name = _("community language")
        verbose_name_plural = _("community languages")

    def __str__(self) -> str:
        return str(self.tr("name"))


class ServiceSearchEntry(TenantModel):
    """The search text of one service, kept by `directory.search` (one row per service).

    `name_text` and `body_text` hold accent-folded, lower-cased words plus their English and
    French stems; the engine (SQLite FTS5 or PostgreSQL full-text search) indexes them with
    name weighted above body.
    """

    service = models.OneToOneField(Service, on_delete=models.CASCADE, related_name="search_entry")
    name_text = models.TextField(blank=True)
    body_text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self) -> str:
        return self.name_text[:60]


class ImportKind(models.TextChoices):
    HSDS_JSON = "hsds_json", _("HSDS 3.0 JSON")
    HSDS_CSV = "hsds_csv", _("HSDS 3.0 CSV datapackage")
    ORUK_JSON = "oruk_json", _("Open Referral UK JSON")
    AIRS_XML = "airs_xml", _("AIRS XML 3.0")


class ImportRun(TenantModel):
    """One import of a directory file: what it changed, or every problem that stopped it."""

    kind = models.CharField(_("format"), max_length=20, choices=ImportKind.choices)
    feed = models.CharField(_("feed"), max_length=100, blank=True)
    file_name = models.CharField(_("file"), max_length=500)
    started_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    succeeded = models.BooleanField(_("succeeded"), default=False)
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    problems = models.JSONField(_("problems"), default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.file_name}"


class ImportJobStatus(models.TextChoices):
    QUEUED = "queued", _("waiting")
    RUNNING = "running", _("running")
    SUCCEEDED = "succeeded", _("imported")
    REJECTED = "rejected", _("rejected")
    FAILED = "failed", _("stopped by an error")


class ImportJob(TenantModel):
    """A file uploaded in the browser, waiting for the import worker (`directory/import_jobs.py`).

    The file lives in a private folder (`DIRECTORY_IMPORT_DIR`, never served) until the worker
    has run it; the run it produced is `run` (a rejected run too). `error` holds an unexpected
    failure's message.
    """

    file_path = models.CharField(_("stored file"), max_length=500)
    file_name = models.CharField(_("file"), max_length=500)
    file_format = models.CharField(_("format"), max_length=10)
    feed = models.CharField(_("feed"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=2, default="en")
    skip_invalid = models.BooleanField(_("skip invalid records"), default=False)
    started_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ImportJobStatus.choices,
        default=ImportJobStatus.QUEUED,
        db_index=True,
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    run = models.ForeignKey(
        ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("queued import")
        verbose_name_plural = _("queued imports")

    def __str__(self) -> str:
        return f"{self.file_name} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (
            ImportJobStatus.SUCCEEDED,
            ImportJobStatus.REJECTED,
            ImportJobStatus.FAILED,
        )
