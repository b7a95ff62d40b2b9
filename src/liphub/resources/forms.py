"""Forms of the contribution pages. They check input; `services.py` writes."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from liphub.actions.models import Activity
from liphub.core.fiscal import fiscal_year_label, fiscal_year_of
from liphub.core.models import Partnership
from liphub.partnerships.forms import VersionedModelForm, tenant_formfield
from liphub.partnerships.models import Organization
from liphub.progress.forms import ActivityChoiceField
from liphub.progress.selectors import list_activities
from liphub.resources import services
from liphub.resources.models import Contribution, ContributionKind

FIRST_FISCAL_YEAR = 2006  # LIPs began in 2008; leave room for earlier records


def fiscal_year_choices(*extra: int | None) -> list[tuple[int, str]]:
    """'2011-12' style labels from the first LIP years to next fiscal year, newest first."""
    last = fiscal_year_of(timezone.localdate()) + 1
    years = set(range(FIRST_FISCAL_YEAR, last + 1)) | {year for year in extra if year}
    return [(year, fiscal_year_label(year)) for year in sorted(years, reverse=True)]


class ContributionForm(VersionedModelForm):
    kind = forms.ChoiceField(
        label=_("Type"), choices=ContributionKind.choices, widget=forms.RadioSelect
    )
    fiscal_year = forms.TypedChoiceField(label=_("Fiscal year"), coerce=int, choices=())
    activity = ActivityChoiceField(
        queryset=Activity.objects.none(),
        required=False,
        label=_("Activity"),
        help_text=_("Required when the contribution is for an activity."),
    )

    class Meta:
        formfield_callback = tenant_formfield
        model = Contribution
        fields = services.CONTRIBUTION_FIELDS
        widgets = {
            "purpose": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "source_organization": _(
                "A partner or other organization of this partnership; otherwise type the name "
                "of the source below."
            ),
            "amount": _("In Canadian dollars; for an in-kind contribution, its estimated value."),
        }

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fields: Any = self.fields
        fields["source_organization"].queryset = Organization.objects.filter(
            partnership=partnership
        )
        fields["activity"].queryset = list_activities(partnership=partnership)
        fields["fiscal_year"].choices = fiscal_year_choices(self.instance.fiscal_year)
        if self.instance.pk is None:
            fields["fiscal_year"].initial = fiscal_year_of(timezone.localdate())


class ContributionFilterForm(forms.Form):
    year = forms.TypedChoiceField(
        label=_("Fiscal year"), coerce=int, required=False, empty_value=None, choices=()
    )
    kind = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("Cash and in-kind")), *ContributionKind.choices],
    )

    def __init__(self, *args: Any, years: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        year_field: Any = self.fields["year"]
        year_field.choices = [
            ("", _("All fiscal years")),
            *[(year, fiscal_year_label(year)) for year in years],
        ]
