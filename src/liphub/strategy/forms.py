"""Forms of the strategy pages. They check input; the services in `services.py` write.

Editing forms carry the hidden `version` of the record they were opened on (VersionedModelForm),
so a save made after someone else's is refused with a clear message instead of overwriting it.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from liphub.partnerships.forms import DateInput, VersionedModelForm, tenant_formfield
from liphub.strategy import services
from liphub.strategy.lenses import LENS_TEMPLATES
from liphub.strategy.models import Goal, Lens, LensQuestion, PriorityArea, Strategy

ORDER_HELP = _("Leave empty to put it last.")


def _textarea(rows: int = 4) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


class OneLanguageMixin:
    """Translated fields that need text in one language at least: both get the error."""

    one_language: tuple[tuple[str, Any], ...] = ()

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}  # type: ignore[misc]
        for field, message in self.one_language:
            values = [(cleaned.get(f"{field}_{lang}") or "").strip() for lang in ("en", "fr")]
            if not any(values):
                for lang in ("en", "fr"):
                    self.add_error(f"{field}_{lang}", message)  # type: ignore[attr-defined]
        return cleaned


class StrategyForm(OneLanguageMixin, VersionedModelForm):
    one_language = (("title", services.TITLE_REQUIRED),)

    class Meta:
        formfield_callback = tenant_formfield
        model = Strategy
        fields = services.STRATEGY_FIELDS
        widgets = {
            "period_start": DateInput,
            "period_end": DateInput,
            "vision_en": _textarea(6),
            "vision_fr": _textarea(6),
        }
        help_texts = {
            "title_en": _("Give the title in English, in French or in both."),
            "vision_en": _("Markdown is allowed."),
            "vision_fr": _("Markdown is allowed."),
            "is_published": _("Show the vision, priority areas and progress on the public site."),
        }

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean() or {}
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end <= start:
            self.add_error("period_end", _("The end of the period must be after its start."))
        return cleaned


class OrderedModelForm(VersionedModelForm):
    """`order` may be left empty: the service puts the record last."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        order = self.fields["order"]
        order.required = False
        order.help_text = ORDER_HELP
        if self.instance.pk is None:
            self.initial["order"] = None  # not the model default: empty puts it last


class PriorityAreaForm(OneLanguageMixin, OrderedModelForm):
    one_language = (("name", services.NAME_REQUIRED),)

    class Meta:
        formfield_callback = tenant_formfield
        model = PriorityArea
        fields = services.PRIORITY_AREA_FIELDS
        widgets = {"description_en": _textarea(), "description_fr": _textarea()}
        help_texts = {
            "code": _("A short code for exports and imports, such as economic-integration."),
            "name_en": _("Give the name in English, in French or in both."),
        }


class GoalForm(OneLanguageMixin, OrderedModelForm):
    one_language = (("title", services.TITLE_REQUIRED),)

    class Meta:
        formfield_callback = tenant_formfield
        model = Goal
        fields = services.GOAL_FIELDS
        widgets = {"description_en": _textarea(), "description_fr": _textarea()}
        help_texts = {"title_en": _("Give the title in English, in French or in both.")}

    def __init__(self, *args: Any, strategy: Strategy, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        areas = PriorityArea.objects.filter(
            partnership_id=strategy.partnership_id, strategy=strategy
        ).order_by("order", "id")
        self.fields["priority_area"].queryset = areas  # type: ignore[attr-defined]


class LensForm(OneLanguageMixin, VersionedModelForm):
    one_language = (("name", services.NAME_REQUIRED),)

    class Meta:
        formfield_callback = tenant_formfield
        model = Lens
        fields = services.LENS_FIELDS
        widgets = {"description_en": _textarea(), "description_fr": _textarea()}
        help_texts = {
            "code": _("A short code, unique in this partnership, such as newcomer-youth."),
            "name_en": _("Give the name in English, in French or in both."),
            "is_active": _("Activities are read through active lenses only."),
        }


class LensQuestionForm(OneLanguageMixin, OrderedModelForm):
    one_language = (("text", services.QUESTION_REQUIRED),)

    class Meta:
        formfield_callback = tenant_formfield
        model = LensQuestion
        fields = services.LENS_QUESTION_FIELDS
        widgets = {"text_en": _textarea(3), "text_fr": _textarea(3)}
        help_texts = {
            "text_en": _(
                "A question answered yes, partly or no for each activity, in English, in "
                "French or in both."
            )
        }


class VersionForm(forms.Form):
    """Deletes: the version of the record the person confirmed."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class MoveForm(VersionForm):
    direction = forms.ChoiceField(choices=[("up", _("Up")), ("down", _("Down"))])


class LensTemplateForm(forms.Form):
    template = forms.ChoiceField(
        choices=[(template.code, template.add_label) for template in LENS_TEMPLATES.values()]
    )
