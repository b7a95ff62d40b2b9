"""Meeting forms. Editing forms carry the record's version (optimistic locking)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from liphub.documents.models import Document
from liphub.meetings.models import AttendanceStatus, Decision, FollowUp, Meeting
from liphub.meetings.selectors import AttendanceRow
from liphub.partnerships.models import Body, Person

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format=DATETIME_FORMAT)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class VersionedModelForm(forms.ModelForm):  # type: ignore[type-arg]
    """A model form that carries the version of the row it edits."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].required = True
            if not self.is_bound:
                self.initial["version"] = self.instance.version

    def expected_version(self) -> int | None:
        version: int | None = self.cleaned_data.get("version")
        return version


class MeetingForm(VersionedModelForm):
    # Querysets are set per partnership in __init__ (tenant managers need a scope).
    body: forms.ModelChoiceField[Body] = forms.ModelChoiceField(
        label=_("Body"), queryset=None, empty_label=None
    )
    online_url = forms.URLField(
        label=_("Online meeting link"),
        required=False,
        assume_scheme="https",
        max_length=200,
        help_text=_("For example https://meet.example.org/council"),
    )

    class Meta:
        model = Meeting
        fields = [
            "body",
            "title_en",
            "title_fr",
            "starts_at",
            "ends_at",
            "location",
            "online_url",
            "agenda_en",
            "agenda_fr",
        ]
        widgets = {
            "starts_at": DateTimeLocalInput(),
            "ends_at": DateTimeLocalInput(),
        }
        labels = {
            "title_en": _("Title (English)"),
            "title_fr": _("Title (French)"),
            "starts_at": _("Starts"),
            "ends_at": _("Ends"),
            "location": _("Place"),
            "agenda_en": _("Agenda (English)"),
            "agenda_fr": _("Agenda (French)"),
        }
        help_texts = {
            "agenda_en": _("Markdown: a list with - or 1. per item."),
            "agenda_fr": _("Markdown: a list with - or 1. per item."),
        }

    def __init__(self, *args: Any, bodies: QuerySet[Body], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["body"]
        field.queryset = bodies
        for name in ("starts_at", "ends_at"):
            datetime_field: Any = self.fields[name]
            datetime_field.input_formats = [DATETIME_FORMAT, "%Y-%m-%d %H:%M"]

    def meeting_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class MinutesForm(VersionedModelForm):
    class Meta:
        model = Meeting
        fields = ["minutes_en", "minutes_fr"]
        labels = {"minutes_en": _("Minutes (English)"), "minutes_fr": _("Minutes (French)")}
        help_texts = {
            "minutes_en": _("Markdown. Links and lists are kept; scripts are removed."),
            "minutes_fr": _("Markdown. Links and lists are kept; scripts are removed."),
        }
        widgets = {
            "minutes_en": forms.Textarea(attrs={"rows": 16}),
            "minutes_fr": forms.Textarea(attrs={"rows": 16}),
        }


class AttendanceForm(forms.Form):
    """One radio group (present / regrets / absent) per current seat of the body."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, rows: list[AttendanceRow], version: int, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.initial["version"] = version
        self.seat_fields: list[tuple[int, str]] = []
        for row in rows:
            seat = row.seat
            name = f"seat_{seat.pk}"
            if seat.organization is not None:
                label = gettext("%(person)s, %(organization)s (%(role)s)") % {
                    "person": seat.person.full_name,
                    "organization": seat.organization,
                    "role": seat.get_role_display(),
                }
            else:
                label = gettext("%(person)s (%(role)s)") % {
                    "person": seat.person.full_name,
                    "role": seat.get_role_display(),
                }
            self.fields[name] = forms.ChoiceField(
                label=label,
                choices=AttendanceStatus.choices,
                widget=forms.RadioSelect,
                required=False,
                initial=row.status,
            )
            self.seat_fields.append((seat.pk, name))

    def statuses(self) -> dict[int, str | None]:
        return {seat_id: self.cleaned_data.get(name) or None for seat_id, name in self.seat_fields}

    def seat_bound_fields(self) -> list[forms.BoundField]:
        return [self[name] for _seat_id, name in self.seat_fields]


class DecisionForm(VersionedModelForm):
    class Meta:
        model = Decision
        fields = ["text_en", "text_fr"]
        labels = {"text_en": _("Decision (English)"), "text_fr": _("Decision (French)")}
        widgets = {
            "text_en": forms.Textarea(attrs={"rows": 3}),
            "text_fr": forms.Textarea(attrs={"rows": 3}),
        }


class FollowUpForm(VersionedModelForm):
    owner: forms.ModelChoiceField[Person] = forms.ModelChoiceField(
        label=_("Owner"), queryset=None, required=False, empty_label=_("(no owner yet)")
    )

    class Meta:
        model = FollowUp
        fields = ["description_en", "description_fr", "owner", "due_date", "status"]
        labels = {
            "description_en": _("Follow-up (English)"),
            "description_fr": _("Follow-up (French)"),
            "due_date": _("Due date"),
            "status": pgettext_lazy("follow-up item", "Status"),
        }
        widgets = {
            "description_en": forms.Textarea(attrs={"rows": 2}),
            "description_fr": forms.Textarea(attrs={"rows": 2}),
            "due_date": DateInput(),
        }

    def __init__(self, *args: Any, people: QuerySet[Person], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        owner: Any = self.fields["owner"]
        owner.queryset = people
        if not self.instance.pk:
            del self.fields["status"]

    def follow_up_fields(self) -> dict[str, Any]:
        names = ["description_en", "description_fr", "owner", "due_date", "status"]
        return {name: self.cleaned_data[name] for name in names if name in self.fields}


class AttachDocumentsForm(forms.Form):
    documents: forms.ModelMultipleChoiceField[Document] = forms.ModelMultipleChoiceField(
        label=_("Documents of the partnership"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one document.")},
    )

    def __init__(self, *args: Any, documents: QuerySet[Document], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["documents"]
        field.queryset = documents
        field.label_from_instance = lambda d: f"{d} ({d.original_name})"


class PublishForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    published = forms.BooleanField(widget=forms.HiddenInput, required=False)
