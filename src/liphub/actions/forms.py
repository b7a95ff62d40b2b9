"""Forms of the action plan pages. They check input; `services` writes.

Editing forms carry the hidden `version` of the record they were opened on (a stale save is
refused with a clear message); relations offer only this partnership's rows.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from liphub.actions import selectors, services
from liphub.actions.models import (
    ActionPlan,
    Activity,
    Indicator,
    LensAnswerValue,
    Measurement,
)
from liphub.core.fiscal import fiscal_year_label, parse_fiscal_year
from liphub.core.models import Partnership
from liphub.partnerships.forms import DateInput, VersionedModelForm, tenant_formfield
from liphub.partnerships.models import Organization
from liphub.strategy.models import Lens


class PlanForm(VersionedModelForm):
    fiscal_year = forms.CharField(
        label=_("Fiscal year"),
        max_length=9,
        help_text=_("April to March, written like 2011-12."),
    )

    class Meta:
        formfield_callback = tenant_formfield
        model = ActionPlan
        fields = services.PLAN_FIELDS
        help_texts = {
            "title_en": _("Optional: the plan is named by its fiscal year otherwise."),
            "stale_after_days": _(
                "An open activity is flagged when it has had no progress update for this many days."
            ),
        }

    def __init__(self, *args: Any, partnership: Partnership, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.initial["fiscal_year"] = fiscal_year_label(self.instance.fiscal_year)
        self.fields["strategy"].queryset = selectors.list_strategies(  # type: ignore[attr-defined]
            partnership=partnership
        )

    def clean_fiscal_year(self) -> int:
        try:
            return parse_fiscal_year(self.cleaned_data["fiscal_year"])
        except ValueError as error:
            raise ValidationError(
                _("Write the fiscal year like 2011-12 (April 2011 to March 2012).")
            ) from error


class ActivityForm(VersionedModelForm):
    supporting_organizations = forms.ModelMultipleChoiceField(
        queryset=Organization._base_manager.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Supporting partners"),
    )

    class Meta:
        formfield_callback = tenant_formfield
        model = Activity
        fields = services.ACTIVITY_FIELDS
        widgets = {
            "description_en": forms.Textarea(attrs={"rows": 4}),
            "description_fr": forms.Textarea(attrs={"rows": 4}),
            "start_date": DateInput,
            "end_date": DateInput,
        }
        help_texts = {"title_en": _("Give the title in English, in French or in both.")}

    def __init__(self, *args: Any, plan: ActionPlan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        partnership = plan.partnership
        organizations = selectors.list_organizations(partnership=partnership)
        self.fields["goal"].queryset = selectors.list_goals(  # type: ignore[attr-defined]
            partnership=partnership, strategy=plan.strategy
        )
        self.fields["goal"].label_from_instance = _goal_label  # type: ignore[attr-defined]
        self.fields["lead_organization"].queryset = organizations  # type: ignore[attr-defined]
        self.fields["supporting_organizations"].queryset = organizations  # type: ignore[attr-defined]
        if self.instance.pk is not None:
            self.initial["supporting_organizations"] = list(
                self.instance.supporting_organizations.all()
            )

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        if not (cleaned.get("title_en", "").strip() or cleaned.get("title_fr", "").strip()):
            self.add_error("title_en", _("Give a title in English, in French or in both."))
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        return cleaned

    def activity_fields(self) -> dict[str, Any]:
        data = self.changes()
        data["supporting_organizations"] = list(
            self.cleaned_data.get("supporting_organizations") or []
        )
        return data


def _goal_label(goal: Any) -> str:
    return f"{goal.priority_area.tr('name')} — {goal.tr('title')}"


class IndicatorForm(VersionedModelForm):
    class Meta:
        model = Indicator
        fields = services.INDICATOR_FIELDS
        widgets = {"kind": forms.RadioSelect, "target_date": DateInput}
        help_texts = {
            "unit": _("What is counted: participants, partners, percent..."),
        }

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        if not (cleaned.get("name_en", "").strip() or cleaned.get("name_fr", "").strip()):
            self.add_error("name_en", _("Name the indicator in English, in French or both."))
        return cleaned


class MeasurementForm(VersionedModelForm):
    class Meta:
        model = Measurement
        fields = services.MEASUREMENT_FIELDS
        widgets = {"date": DateInput, "note": forms.Textarea(attrs={"rows": 2})}
        help_texts = {"source": _("Where the figure comes from (a survey, a register...).")}


ANSWER_CHOICES = [("", _("Not answered yet")), *LensAnswerValue.choices]


class LensAnswersForm(forms.Form):
    """One radio group (yes, partly, no, not applicable) and a note per question of a lens."""

    def __init__(self, *args: Any, lens: Lens, answers: dict[int, Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lens = lens
        self.questions = list(lens.questions.all())
        for question in self.questions:
            current = answers.get(question.pk)
            self.fields[f"answer_{question.pk}"] = forms.ChoiceField(
                label=str(question.tr("text")),
                choices=ANSWER_CHOICES,
                widget=forms.RadioSelect,
                required=False,
                initial=current.answer if current else "",
            )
            self.fields[f"note_{question.pk}"] = forms.CharField(
                label=_("Note"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=current.note if current else "",
            )

    def rows(self) -> list[tuple[Any, forms.BoundField, forms.BoundField]]:
        return [(q, self[f"answer_{q.pk}"], self[f"note_{q.pk}"]) for q in self.questions]

    def answers(self) -> dict[int, tuple[str, str]]:
        return {
            q.pk: (
                self.cleaned_data.get(f"answer_{q.pk}") or "",
                (self.cleaned_data.get(f"note_{q.pk}") or "").strip(),
            )
            for q in self.questions
        }


class PlanChoiceForm(forms.Form):
    """Which action plan a follow-up item becomes an activity of."""

    plan: forms.ModelChoiceField[ActionPlan] = forms.ModelChoiceField(
        queryset=ActionPlan.objects.none(), label=_("Action plan"), empty_label=None
    )

    def __init__(
        self, *args: Any, partnership: Partnership, default: ActionPlan | None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["plan"]
        field.queryset = selectors.list_plans(partnership=partnership)
        field.label_from_instance = _plan_label
        if default is not None:
            field.initial = default.pk


def _plan_label(plan: ActionPlan) -> str:
    title = str(plan.tr("title"))
    return f"{plan.fiscal_year_label} — {title}" if title else plan.fiscal_year_label


class PlanImportForm(forms.Form):
    file = forms.FileField(
        label=_("Action plan workbook (XLSX)"),
        help_text=_("Start from the template or from an export of this plan."),
    )
