"""Forms of the directory pages. They check input; `services.py` writes (and checks who may)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _

from liphub.core.models import Partnership
from liphub.directory import services
from liphub.directory.models import (
    CommunityLanguage,
    CostOption,
    Location,
    Phone,
    RequiredDocument,
    Schedule,
    SearchSynonym,
    Service,
    ServiceStatus,
    TaxonomyTerm,
)
from liphub.directory.models import Language as ServiceLanguage
from liphub.directory.permissions import Actor
from liphub.partnerships.forms import NamedMixin, VersionedModelForm, tenant_formfield
from liphub.partnerships.models import Organization

if TYPE_CHECKING:
    BaseModelForm = forms.ModelForm[Any]
else:
    BaseModelForm = forms.ModelForm

# Django's own (translated) day names, so the day words match everywhere (French: "lundi")
DAYS = [
    (code, WEEKDAYS[index]) for index, code in enumerate(("MO", "TU", "WE", "TH", "FR", "SA", "SU"))
]


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%H:%M")


class ServiceForm(NamedMixin, VersionedModelForm):
    class Meta:
        formfield_callback = tenant_formfield
        model = Service
        fields = services.SERVICE_FIELDS
        widgets = {
            "description_en": forms.Textarea(attrs={"rows": 5}),
            "description_fr": forms.Textarea(attrs={"rows": 5}),
            "application_process": forms.Textarea(attrs={"rows": 3}),
            "eligibility_description": forms.Textarea(attrs={"rows": 3}),
            "fees_description": forms.Textarea(attrs={"rows": 2}),
            "interpretation_services": forms.Textarea(attrs={"rows": 2}),
            "alert": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "name_en": _("Give the name in English, in French or in both."),
            "eligibility_description": _("Who may use the service."),
            "alert": _("A notice shown on the listing, e.g. a temporary closure."),
        }

    def __init__(self, *args: Any, partnership: Partnership, actor: Actor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        organizations = Organization.objects.filter(partnership=partnership)
        if not actor.is_coordinator:
            organizations = organizations.filter(pk__in=actor.organization_ids)
        field: Any = self.fields["organization"]
        field.queryset = organizations.order_by("name_en", "name_fr")
        if self.instance.pk is None and len(actor.organization_ids) == 1:
            self.initial["organization"] = next(iter(actor.organization_ids))


class ServiceFilterForm(forms.Form):
    q = forms.CharField(label=_("Name contains"), required=False)
    organization: forms.ModelChoiceField[Organization] = forms.ModelChoiceField(
        label=_("Organization"),
        queryset=Organization.objects.none(),
        required=False,
        empty_label=_("All organizations"),
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *ServiceStatus.choices],
    )
    pending = forms.BooleanField(label=_("Waiting for approval"), required=False)
    needs_review = forms.BooleanField(label=_("Changed since review"), required=False)
    stale = forms.BooleanField(label=_("Not verified in 12 months"), required=False)

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["organization"]
        field.queryset = Organization.objects.filter(partnership=partnership).order_by(
            "name_en", "name_fr"
        )


class SendBackForm(forms.Form):
    """The coordinator's note when a listing goes back to its organization."""

    note = forms.CharField(
        label=_("What should the partner change?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The note shows on the listing until you approve it or mark it reviewed."),
    )


class PhoneForm(BaseModelForm):
    class Meta:
        model = Phone
        fields = services.DETAIL_KINDS["phone"].fields
        help_texts = {"type": _("e.g. voice, text, fax")}


class ScheduleForm(BaseModelForm):
    byday = forms.MultipleChoiceField(
        label=_("Days"), choices=DAYS, widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = Schedule
        fields = services.DETAIL_KINDS["schedule"].fields
        widgets = {
            "opens_at": TimeInput(),
            "closes_at": TimeInput(),
            "description": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {"description": _("e.g. Drop-in, or by appointment only.")}

    def clean_byday(self) -> str:
        days: list[str] = self.cleaned_data.get("byday") or []
        order = [code for code, _label in DAYS]
        return ",".join(sorted(days, key=order.index))

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        if not (
            cleaned.get("byday")
            or cleaned.get("opens_at")
            or cleaned.get("closes_at")
            or cleaned.get("description")
        ):
            raise forms.ValidationError(_("Give the days and hours, or describe the schedule."))
        return cleaned


class LanguageForm(BaseModelForm):
    class Meta:
        model = ServiceLanguage
        fields = services.DETAIL_KINDS["language"].fields
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}
        labels = {"name": _("Language")}
        help_texts = {
            "code": _("ISO 639 code, e.g. fr, ar, es"),
            "note": _("e.g. Interpreters on request."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["code"].required = True


class CostForm(BaseModelForm):
    class Meta:
        model = CostOption
        fields = services.DETAIL_KINDS["cost"].fields
        widgets = {
            "option": forms.TextInput(),
            "amount_description": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {"option": _("Cost option")}
        help_texts = {
            "option": _("e.g. Free, Sliding scale"),
            "currency": _("e.g. CAD"),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["option"].required = True
        self.fields["currency"].initial = "CAD"


class DocumentForm(BaseModelForm):
    class Meta:
        formfield_callback = tenant_formfield
        model = RequiredDocument
        fields = services.DETAIL_KINDS["document"].fields
        widgets = {"document": forms.TextInput()}
        labels = {"document": _("Document"), "uri": _("Link (optional)")}
        help_texts = {"document": _("e.g. Permanent resident card")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["document"].required = True


class LocationForm(forms.Form):
    existing: forms.ModelChoiceField[Location] = forms.ModelChoiceField(
        label=_("An existing place of the organization"),
        queryset=Location.objects.none(),
        required=False,
        empty_label=_("None: a new place, below"),
        help_text=_("Choose a place already listed, or give the address of a new place."),
    )
    location_name = forms.CharField(
        label=_("Name of the place"),
        max_length=250,
        required=False,
        help_text=_("e.g. Main office"),
    )
    address_1 = forms.CharField(label=_("Address"), max_length=250, required=False)
    address_2 = forms.CharField(label=_("Address (line 2)"), max_length=250, required=False)
    city = forms.CharField(label=_("City"), max_length=120, required=False)
    state_province = forms.CharField(
        label=_("Province"), max_length=120, initial="ON", required=False
    )
    postal_code = forms.CharField(label=_("Postal code"), max_length=20, required=False)
    latitude = forms.FloatField(label=_("Latitude"), required=False, min_value=-90, max_value=90)
    longitude = forms.FloatField(
        label=_("Longitude"), required=False, min_value=-180, max_value=180
    )
    transportation = forms.CharField(
        label=_("Getting there"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("e.g. Bus 7, stop at Bank Street."),
    )
    accessibility = forms.CharField(
        label=_("Accessibility"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("e.g. Wheelchair accessible entrance and washroom."),
    )

    def __init__(self, *args: Any, service: Service | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["existing"]
        if service is None:
            del self.fields["existing"]
            return
        places = Location.objects.filter(
            partnership_id=service.partnership_id, organization_id=service.organization_id
        ).exclude(service_at_locations__service=service)
        if places.exists():
            field.queryset = places.order_by("name_en", "id")
        else:
            del self.fields["existing"]

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        if cleaned.get("existing") is None:
            for name in ("address_1", "city", "state_province", "postal_code"):
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, _("Give the address of the new place."))
        return cleaned


class CategoryForm(forms.Form):
    taxonomy_term: forms.ModelChoiceField[TaxonomyTerm] = forms.ModelChoiceField(
        label=_("Category"), queryset=TaxonomyTerm.objects.none()
    )

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["taxonomy_term"]
        field.queryset = TaxonomyTerm.objects.filter(partnership=partnership).order_by(
            "code", "name_en", "id"
        )


class SynonymForm(VersionedModelForm):
    class Meta:
        model = SearchSynonym
        fields = services.SYNONYM_FIELDS


class CommunityLanguageForm(VersionedModelForm):
    class Meta:
        model = CommunityLanguage
        fields = services.COMMUNITY_LANGUAGE_FIELDS


def detail_form(
    kind: str, partnership: Partnership, data: Any = None, service: Service | None = None
) -> forms.BaseForm:
    """The empty (or bound) form that adds one detail row of this kind to a listing."""
    if kind == "location":
        return LocationForm(data, prefix=kind, service=service)
    if kind == "category":
        return CategoryForm(data, prefix=kind, partnership=partnership)
    classes: dict[str, type[BaseModelForm]] = {
        "phone": PhoneForm,
        "schedule": ScheduleForm,
        "language": LanguageForm,
        "cost": CostForm,
        "document": DocumentForm,
    }
    return classes[kind](data, prefix=kind)
