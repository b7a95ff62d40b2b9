"""Forms of the progress pages. They check input; the services in `services.py` write."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from liphub.actions.models import Activity, ActivityStatus
from liphub.core.models import Partnership
from liphub.partnerships.forms import VersionedModelForm, tenant_formfield
from liphub.partnerships.models import Organization, Person
from liphub.progress import selectors, services
from liphub.progress.models import Commitment
from liphub.strategy.models import Goal


class ActivityChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.plan.fiscal_year_label}: {obj}"


class CommitmentForm(VersionedModelForm):
    activity = ActivityChoiceField(
        queryset=Activity.objects.none(), required=False, label=_("Activity")
    )

    class Meta:
        formfield_callback = tenant_formfield
        model = Commitment
        fields = services.COMMITMENT_FIELDS
        widgets = {
            "description_en": forms.Textarea(attrs={"rows": 3}),
            "description_fr": forms.Textarea(attrs={"rows": 3}),
            "mandate_fit_en": forms.Textarea(attrs={"rows": 3}),
            "mandate_fit_fr": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "goal": _("Commit either to a goal of the strategy or to an activity of a plan."),
            "quantity": _("Hours for staff time, dollars for money; leave empty otherwise."),
        }

    def __init__(
        self,
        *args: Any,
        partnership: Partnership,
        organizations: QuerySet[Organization],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations  # type: ignore[attr-defined]
        self.fields["goal"].queryset = selectors.list_goals(partnership=partnership)  # type: ignore[attr-defined]
        self.fields["activity"].queryset = selectors.list_activities(  # type: ignore[attr-defined]
            partnership=partnership
        )

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        goal, activity = cleaned.get("goal"), cleaned.get("activity")
        if "goal" in cleaned and "activity" in cleaned and (goal is None) == (activity is None):
            message = _("Choose either a goal or an activity (exactly one of them).")
            self.add_error("goal", message)
            self.add_error("activity", message)
        return cleaned


class CommitmentFilterForm(forms.Form):
    organization: forms.ModelChoiceField[Organization] = forms.ModelChoiceField(
        queryset=Organization.objects.none(), required=False, label=_("Organization")
    )
    goal: forms.ModelChoiceField[Goal] = forms.ModelChoiceField(
        queryset=Goal.objects.none(), required=False, label=_("Goal")
    )
    activity = ActivityChoiceField(
        queryset=Activity.objects.none(), required=False, label=_("Activity")
    )

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = Organization.objects.filter(  # type: ignore[attr-defined]
            partnership=partnership, commitments__isnull=False
        ).distinct()
        self.fields["goal"].queryset = selectors.list_goals(partnership=partnership)  # type: ignore[attr-defined]
        self.fields["activity"].queryset = selectors.list_activities(  # type: ignore[attr-defined]
            partnership=partnership
        )


class ProgressUpdateForm(forms.Form):
    organization: forms.ModelChoiceField[Organization] = forms.ModelChoiceField(
        queryset=Organization.objects.none(),
        label=_("Posted for"),
        help_text=_("The organization this update reports for."),
    )
    text = forms.CharField(label=_("What has happened"), widget=forms.Textarea(attrs={"rows": 5}))
    milestone = forms.CharField(label=_("Milestone reached"), max_length=250, required=False)
    percent_complete = forms.IntegerField(
        label=_("Percent complete"),
        required=False,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("A whole number from 0 to 100."),
    )
    evidence_url = forms.URLField(
        label=_("Evidence: a link"), required=False, assume_scheme="https"
    )
    evidence_file = forms.FileField(
        label=_("Evidence: a document"),
        required=False,
        help_text=_("Shared with the partners of this partnership. Give a link or a document."),
    )
    new_status = forms.ChoiceField(label=_("Status of the activity"), required=False)

    def __init__(
        self,
        *args: Any,
        activity: Activity,
        organizations: QuerySet[Organization],
        organization_required: bool,
        may_change_status: bool,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["organization"]
        field.queryset = organizations
        field.required = organization_required
        if not organization_required:
            field.empty_label = _("The secretariat")
        elif len(organizations) == 1:
            field.initial = organizations[0].pk
        if may_change_status and services.next_statuses(activity):
            current = ActivityStatus(activity.status).label
            status_field: Any = self.fields["new_status"]
            status_field.choices = [
                ("", _("Keep it as it is (%(status)s)") % {"status": current}),
                *[
                    (value, ActivityStatus(value).label)
                    for value in services.next_statuses(activity)
                ],
            ]
        else:
            del self.fields["new_status"]

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        if cleaned.get("evidence_url") and cleaned.get("evidence_file"):
            self.add_error("evidence_file", _("Give a link or a document as evidence, not both."))
        return cleaned


class PersonChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        if obj.organization is None:
            return str(obj.full_name)
        return f"{obj.full_name} ({obj.organization})"


class UserChoiceField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.full_name} <{obj.email}>" if obj.full_name else str(obj.email)


class LinkAccountForm(forms.Form):
    person = PersonChoiceField(
        queryset=Person.objects.none(),
        label=_("Contact"),
        help_text=_("The contact's organization is the one the account will act for."),
    )
    user = UserChoiceField(
        queryset=Person.objects.none(),
        label=_("User account"),
        required=False,
        empty_label=_("No account (remove the link)"),
    )

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = selectors.list_people_with_accounts(  # type: ignore[attr-defined]
            partnership=partnership
        )
        self.fields["user"].queryset = selectors.list_member_users(  # type: ignore[attr-defined]
            partnership=partnership
        )
