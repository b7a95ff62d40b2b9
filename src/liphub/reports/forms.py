"""Forms of the reports app."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from liphub.reports.tables import NO_AREA


class SubmitReportForm(forms.Form):
    note = forms.CharField(
        label=_("Note for this version (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: what changed since the previous version."),
    )


RESULT_CHOICES = [
    ("with_target", _("With a target")),
    ("met", _("At or above target")),
    ("below", _("Below target")),
    ("not_measured", _("Not measured in the year")),
]


class IndicatorFilterForm(forms.Form):
    """Filters of the year's indicator list: a priority area (0: none) and a result."""

    area = forms.TypedChoiceField(
        label=_("Priority area"), coerce=int, required=False, empty_value=None
    )
    result = forms.ChoiceField(
        label=_("Result"), choices=[("", _("All indicators")), *RESULT_CHOICES], required=False
    )

    def __init__(self, *args: Any, areas: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        area_field = self.fields["area"]
        assert isinstance(area_field, forms.TypedChoiceField)
        area_field.choices = [
            ("", _("Every priority area")),
            *areas,
            (NO_AREA, _("No priority area")),
        ]
