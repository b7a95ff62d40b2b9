"""Document forms: an upload checked by type, content and size; metadata edits."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from liphub.documents.models import Document, DocumentLanguage, Visibility
from liphub.documents.services import allowed_extensions, check_upload


def _visibility_choices(allowed: list[str]) -> list[tuple[str, Any]]:
    return [(value, label) for value, label in Visibility.choices if value in allowed]


class DocumentUploadForm(forms.Form):
    title_en = forms.CharField(label=_("Title (English)"), max_length=250, required=False)
    title_fr = forms.CharField(label=_("Title (French)"), max_length=250, required=False)
    language = forms.ChoiceField(
        label=_("Language of the document"),
        choices=DocumentLanguage.choices,
        initial=DocumentLanguage.EN,
    )
    visibility = forms.ChoiceField(label=_("Who may read it"), choices=Visibility.choices)
    file = forms.FileField(
        label=_("File"),
        error_messages={
            "empty": _("The file is empty."),
            "required": _("Choose a file to upload."),
        },
    )

    def __init__(self, *args: Any, visibilities: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["visibility"]
        field.choices = _visibility_choices(visibilities)
        field.initial = (
            Visibility.PARTNERS if Visibility.PARTNERS in visibilities else visibilities[0]
        )
        self.fields["file"].help_text = _("Accepted types: %(types)s.") % {
            "types": ", ".join(allowed_extensions())
        }
        self.fields["title_en"].help_text = _("Leave both titles empty to use the file name.")
        self.fields["file"].widget.attrs["accept"] = ",".join(
            f".{ext}" for ext in allowed_extensions()
        )

    def clean_file(self) -> UploadedFile:
        file: UploadedFile = self.cleaned_data["file"]
        check_upload(file)
        return file


class DocumentEditForm(forms.ModelForm):  # type: ignore[type-arg]
    version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Document
        fields = ["title_en", "title_fr", "language", "visibility"]
        labels = {
            "title_en": _("Title (English)"),
            "title_fr": _("Title (French)"),
            "language": _("Language of the document"),
            "visibility": _("Who may read it"),
        }

    def __init__(self, *args: Any, visibilities: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["visibility"]
        field.choices = _visibility_choices(visibilities)
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version
