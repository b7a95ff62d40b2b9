"""The directory import form: one uploaded file, its format detected from its name and content."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

# what the importers read: HSDS JSON or Open Referral UK JSON, the CSV datapackage as a .zip,
# AIRS XML. The value is the file name suffix the importer expects.
AIRS = ".xml"
ZIP = ".zip"
JSON = ".json"
SUFFIXES = {".xml": AIRS, ".zip": ZIP, ".json": JSON}


def max_upload_bytes() -> int:
    return int(settings.DIRECTORY_IMPORT_MAX_MB) * 1024 * 1024


def sniff_format(name: str, head: bytes) -> str | None:
    """The file's format (AIRS, ZIP or JSON) from its extension, else from its first bytes."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"PK\x03\x04"):
        return ZIP
    if text.startswith(b"<"):
        return AIRS
    if text.startswith((b"{", b"[")):
        return JSON
    return None


class DirectoryImportForm(forms.Form):
    file = forms.FileField(
        label=_("Directory file"),
        help_text=_(
            "HSDS 3.0 JSON, the HSDS CSV datapackage as a .zip, Open Referral UK JSON, "
            "or an AIRS XML 3.0 export from 211. The format is detected."
        ),
    )
    feed = forms.CharField(
        label=_("Feed name"),
        max_length=100,
        required=False,
        help_text=_(
            "Names where the records come from, e.g. 211 Ontario. Re-import a newer file of "
            "the same feed to update it. For AIRS files, empty means the file's source."
        ),
    )
    language = forms.ChoiceField(
        label=_("Language of names and descriptions"),
        choices=[("en", _("English")), ("fr", _("French"))],
        initial="en",
        help_text=_("HSDS files only: which columns the service names and descriptions go to."),
    )
    skip_invalid = forms.BooleanField(
        label=_("Skip invalid records"),
        required=False,
        help_text=_(
            "Import the valid records and list the ones left out. Without this, any problem "
            "stops the import and nothing is changed."
        ),
    )

    def clean_file(self) -> Any:
        upload: UploadedFile = self.cleaned_data["file"]
        limit = max_upload_bytes()
        if upload.size is not None and upload.size > limit:
            raise forms.ValidationError(
                _("The file is too large (%(size)s MB); the limit is %(limit)s MB."),
                code="too_large",
                params={
                    "size": f"{upload.size / 1024 / 1024:.1f}",
                    "limit": settings.DIRECTORY_IMPORT_MAX_MB,
                },
            )
        head = b""
        for chunk in upload.chunks(4096):
            head = chunk[:64]
            break
        upload.seek(0)
        file_format = sniff_format(upload.name or "", head)
        if file_format is None:
            raise forms.ValidationError(
                _(
                    "This is not a file LIP Hub can import: choose an HSDS .json file, "
                    "an HSDS CSV datapackage .zip or an AIRS .xml file."
                ),
                code="format",
            )
        self.file_format = file_format
        return upload
