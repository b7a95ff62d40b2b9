"""Writes on documents: checked uploads, metadata edits, deletion.

An upload is accepted only when its extension is allowed, its content matches that extension
(magic bytes via `filetype`, the archive layout for office formats, UTF-8 for text) and its
size is within `settings.DOCUMENT_MAX_BYTES`.
"""

from __future__ import annotations

import uuid
import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, Any

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from liphub.core.models import Partnership
from liphub.core.services import save_versioned
from liphub.documents.models import Document, DocumentLanguage, Visibility


@dataclass(frozen=True)
class FileKind:
    content_type: str
    magic: str | None  # the extension `filetype` reports for this kind; None for text
    zip_marker: str | None = None  # a member every such archive holds


ALLOWED_KINDS: dict[str, FileKind] = {
    "pdf": FileKind("application/pdf", "pdf"),
    "docx": FileKind(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
        "word/",
    ),
    "xlsx": FileKind(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "xl/"
    ),
    "pptx": FileKind(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
        "ppt/",
    ),
    "odt": FileKind("application/vnd.oasis.opendocument.text", "odt", "mimetype"),
    "ods": FileKind("application/vnd.oasis.opendocument.spreadsheet", "ods", "mimetype"),
    "png": FileKind("image/png", "png"),
    "jpg": FileKind("image/jpeg", "jpg"),
    "jpeg": FileKind("image/jpeg", "jpg"),
    "txt": FileKind("text/plain; charset=utf-8", None),
    "csv": FileKind("text/csv; charset=utf-8", None),
    "md": FileKind("text/markdown; charset=utf-8", None),
}

TEXT_SAMPLE_BYTES = 64 * 1024


def allowed_extensions() -> list[str]:
    return sorted(ALLOWED_KINDS)


def _extension(name: str) -> str:
    return PurePath(name).suffix.lower().lstrip(".")


def _head(file: IO[bytes], size: int) -> bytes:
    file.seek(0)
    data = file.read(size)
    file.seek(0)
    return data


def _is_archive_of_kind(file: IO[bytes], kind: FileKind) -> bool:
    """Office formats are ZIP archives: check the member that identifies the kind."""
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
            if kind.zip_marker == "mimetype":
                expected = kind.content_type.encode("ascii")
                return "mimetype" in names and archive.read("mimetype").strip() == expected
            return "[Content_Types].xml" in names and any(
                name.startswith(kind.zip_marker or "") for name in names
            )
    except (zipfile.BadZipFile, OSError, KeyError):
        return False
    finally:
        file.seek(0)


def _is_text(file: IO[bytes]) -> bool:
    sample = _head(file, TEXT_SAMPLE_BYTES)
    if b"\x00" in sample or filetype.guess(sample) is not None:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character may be cut at the end of the sample.
        if error.start < len(sample) - 4:
            return False
    return True


def check_upload(file: UploadedFile) -> FileKind:
    """The kind of an uploaded file, or a ValidationError that says what is wrong with it."""
    size = file.size or 0
    if size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    max_bytes: int = settings.DOCUMENT_MAX_BYTES
    if size > max_bytes:
        raise ValidationError(
            _("The file is too big (%(size)s). The largest file accepted is %(max)s.")
            % {"size": filesizeformat(size), "max": filesizeformat(max_bytes)},
            code="too_big",
        )
    extension = _extension(file.name or "")
    kind = ALLOWED_KINDS.get(extension)
    if kind is None:
        raise ValidationError(
            _("Files of this type are not accepted. Accepted types: %(types)s.")
            % {"types": ", ".join(allowed_extensions())},
            code="extension",
        )
    if kind.magic is None:
        matches = _is_text(file)
    else:
        guess = filetype.guess(_head(file, 8192))
        matches = guess is not None and guess.extension == kind.magic
        if not matches and kind.zip_marker and (guess is None or guess.extension == "zip"):
            matches = _is_archive_of_kind(file, kind)
    if not matches:
        raise ValidationError(
            _(
                "The content of this file does not match its name: it is not a real "
                "%(extension)s file."
            )
            % {"extension": extension.upper()},
            code="content",
        )
    return kind


def _stored_name(original: str) -> str:
    """A random stored name (no guessing, no collisions); the original name is kept apart."""
    return f"{uuid.uuid4().hex}.{_extension(original)}"


@transaction.atomic
def upload_document(
    *,
    partnership: Partnership,
    file: UploadedFile,
    uploaded_by: Any,
    title_en: str = "",
    title_fr: str = "",
    language: str = DocumentLanguage.EN,
    visibility: str = Visibility.PARTNERS,
) -> Document:
    kind = check_upload(file)
    original_name = PurePath(file.name or "document").name[:250]
    if not title_en.strip() and not title_fr.strip():
        title_en = PurePath(original_name).stem
    document = Document(
        partnership=partnership,
        title_en=title_en.strip(),
        title_fr=title_fr.strip(),
        original_name=original_name,
        content_type=kind.content_type,
        size=file.size or 0,
        language=language,
        visibility=visibility,
        uploaded_by=uploaded_by if getattr(uploaded_by, "is_authenticated", False) else None,
    )
    document.file.save(_stored_name(original_name), file, save=False)
    stored = document.file.name
    try:
        save_versioned(document, expected_version=None)
    except Exception:
        document.file.storage.delete(stored)
        raise
    return document


@transaction.atomic
def update_document(
    *,
    document: Document,
    expected_version: int | None,
    title_en: str,
    title_fr: str,
    language: str,
    visibility: str,
) -> Document:
    document.title_en = title_en.strip()
    document.title_fr = title_fr.strip()
    if not document.title_en and not document.title_fr:
        raise ValidationError(
            {"title_en": _("Give the document a title in English or French.")}, code="required"
        )
    document.language = language
    document.visibility = visibility
    save_versioned(document, expected_version=expected_version)
    return document


@transaction.atomic
def delete_document(*, document: Document) -> None:
    """Delete the record, then its file once the transaction has committed."""
    storage = document.file.storage
    name = document.file.name
    document.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))
