"""Forms of the partnership pages. They check input; the services in `services.py` write.

Editing forms carry the hidden `version` of the record they were opened on, so a save made
after someone else's is refused with a clear message instead of overwriting it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from liphub.core.models import Partnership
from liphub.partnerships import services
from liphub.partnerships.models import Body, Organization, Partner, Person, Seat, Sector
from liphub.partnerships.selectors import list_descendant_ids

if TYPE_CHECKING:
    BaseModelForm = forms.ModelForm[Any]
else:
    BaseModelForm = forms.ModelForm


class DateInput(forms.DateInput):
    """A native date picker (ISO dates, as browsers send them)."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def show_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Put a service's ValidationError on the form: on its fields where they exist."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


def sector_field(**kwargs: Any) -> forms.ModelMultipleChoiceField:  # type: ignore[type-arg]
    return forms.ModelMultipleChoiceField(
        queryset=Sector.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Sectors"),
        **kwargs,
    )


def tenant_formfield(db_field: models.Field[Any, Any], **kwargs: Any) -> forms.Field | None:
    """Form fields of a model form; a relation starts with no choices (no query at import time,
    where no partnership scope is active): each form's __init__ gives its partnership's rows."""
    if isinstance(db_field, models.ForeignKey):
        kwargs.pop("form_class", None)
        defaults: dict[str, Any] = {
            "required": not db_field.blank,
            "label": capfirst(db_field.verbose_name),
            "help_text": db_field.help_text,
        }
        defaults.update(kwargs)
        related: Any = db_field.related_model
        return forms.ModelChoiceField(queryset=related._base_manager.none(), **defaults)
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class VersionedModelForm(BaseModelForm):
    """A model form that, when editing, carries the version of the record it was opened on."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            del self.fields["version"]
        else:
            self.fields["version"].initial = self.instance.version

    @property
    def expected_version(self) -> int:
        return int(self.cleaned_data.get("version") or self.instance.version)

    def changes(self) -> dict[str, Any]:
        """The model fields of the form, as the service takes them."""
        fields = self._meta.fields or ()
        return {name: self.cleaned_data[name] for name in fields if name in self.cleaned_data}


class NamedMixin:
    """Forms of records named in English and/or French: one language at least."""

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}  # type: ignore[misc]
        try:
            services.require_a_name(cleaned.get("name_en", ""), cleaned.get("name_fr", ""))
        except ValidationError as error:
            show_errors(self, error)  # type: ignore[arg-type]
        return cleaned


class OrganizationForm(NamedMixin, VersionedModelForm):
    class Meta:
        formfield_callback = tenant_formfield
        model = Organization
        fields = services.ORGANIZATION_FIELDS
        widgets = {
            "description_en": forms.Textarea(attrs={"rows": 4}),
            "description_fr": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "name_en": _("Give the name in English, in French or in both."),
            "alternate_name": _("An acronym or other name the organization is known by."),
        }

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parents = Organization.objects.filter(partnership=partnership)
        if self.instance.pk is not None:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent_organization"].queryset = parents  # type: ignore[attr-defined]


class AddPartnerForm(forms.Form):
    """A new organization and its partner membership, in one form."""

    name_en = forms.CharField(
        label=_("Organization name (English)"),
        max_length=250,
        required=False,
        help_text=_("Give the name in English, in French or in both."),
    )
    name_fr = forms.CharField(label=_("Organization name (French)"), max_length=250, required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    email = forms.EmailField(label=_("E-mail"), required=False)
    is_francophone = forms.BooleanField(label=_("Francophone organization"), required=False)
    sectors = sector_field()
    since = forms.DateField(label=_("Partner since"), required=False, widget=DateInput)
    is_immigrant_led = forms.BooleanField(label=_("Immigrant-led organization"), required=False)

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        try:
            services.require_a_name(cleaned.get("name_en", ""), cleaned.get("name_fr", ""))
        except ValidationError as error:
            show_errors(self, error)
        return cleaned


class PartnerForm(VersionedModelForm):
    """Make an organization a partner, or edit its membership."""

    sectors = sector_field()

    class Meta:
        formfield_callback = tenant_formfield
        model = Partner
        fields = ("sectors", "since", "until", "is_immigrant_led", "notes")
        widgets = {
            "since": DateInput,
            "until": DateInput,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"until": _("Leave empty while the organization is a partner.")}

    def partner_fields(self) -> dict[str, Any]:
        data = self.changes()
        data["sectors"] = list(data.get("sectors") or [])
        return data


class PersonForm(VersionedModelForm):
    class Meta:
        formfield_callback = tenant_formfield
        model = Person
        fields = services.PERSON_FIELDS

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = Organization.objects.filter(  # type: ignore[attr-defined]
            partnership=partnership
        )


class BodyForm(NamedMixin, VersionedModelForm):
    class Meta:
        formfield_callback = tenant_formfield
        model = Body
        fields = services.BODY_FIELDS
        widgets = {
            "mandate_en": forms.Textarea(attrs={"rows": 4}),
            "mandate_fr": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "parent": _("The body this one reports to, if any (e.g. a working group's council).")
        }

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parents = Body.objects.filter(partnership=partnership)
        if self.instance.pk is not None:
            excluded = {self.instance.pk} | list_descendant_ids(body=self.instance)
            parents = parents.exclude(pk__in=excluded)
        self.fields["parent"].queryset = parents  # type: ignore[attr-defined]


class SeatForm(VersionedModelForm):
    class Meta:
        formfield_callback = tenant_formfield
        model = Seat
        fields = services.SEAT_FIELDS
        widgets = {"term_start": DateInput, "term_end": DateInput}

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.filter(  # type: ignore[attr-defined]
            partnership=partnership
        )
        self.fields["organization"].queryset = Organization.objects.filter(  # type: ignore[attr-defined]
            partnership=partnership
        )

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        start, end = cleaned.get("term_start"), cleaned.get("term_end")
        if start and end and end < start:
            self.add_error("term_end", _("The end of the term cannot be before its start."))
        return cleaned


class EndSeatForm(forms.Form):
    term_end = forms.DateField(label=_("Last day of the term"), widget=DateInput)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args: Any, seat: Seat, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seat = seat
        self.fields["term_end"].initial = timezone.localdate()
        self.fields["version"].initial = seat.version

    def clean_term_end(self) -> dt.date:
        term_end: dt.date = self.cleaned_data["term_end"]
        if self.seat.term_start and term_end < self.seat.term_start:
            raise ValidationError(_("The end of the term cannot be before its start."))
        return term_end
