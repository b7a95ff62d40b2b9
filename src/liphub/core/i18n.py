"""Translatable content: fields stored per language (`name_en`, `name_fr`).

Readers get their language, or the other one with a note (never an empty field); editors see
which translations are missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from django.conf import settings
from django.utils.safestring import SafeString
from django.utils.translation import get_language


def content_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def current_language() -> str:
    lang = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return lang if lang in content_languages() else settings.LANGUAGE_CODE


@dataclass(frozen=True)
class TranslatedText:
    """A content value in the reader's language, or a fallback with the language it is in."""

    text: str
    language: str
    is_fallback: bool

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)

    def __html__(self) -> SafeString | str:
        from django.utils.html import conditional_escape

        return conditional_escape(self.text)


def translated(obj: Any, field: str, language: str | None = None) -> TranslatedText:
    lang = language or current_language()
    value = getattr(obj, f"{field}_{lang}", "") or ""
    if value.strip():
        return TranslatedText(value, lang, False)
    for other in content_languages():
        if other == lang:
            continue
        other_value = getattr(obj, f"{field}_{other}", "") or ""
        if other_value.strip():
            return TranslatedText(other_value, other, True)
    return TranslatedText("", lang, False)


def missing_translations(obj: Any, fields: tuple[str, ...]) -> list[tuple[str, str]]:
    """(field, language) pairs where one language has text and another has none."""
    missing: list[tuple[str, str]] = []
    langs = content_languages()
    for field in fields:
        values = {lang: (getattr(obj, f"{field}_{lang}", "") or "").strip() for lang in langs}
        if any(values.values()):
            missing.extend((field, lang) for lang, value in values.items() if not value)
    return missing


class TranslatedFieldsMixin:
    """Gives a model `tr(field)` and `missing_translations` for its `translated_fields`."""

    translated_fields: ClassVar[tuple[str, ...]] = ()

    def tr(self, field: str) -> TranslatedText:
        return translated(self, field)

    @property
    def missing_translations(self) -> list[tuple[str, str]]:
        return missing_translations(self, self.translated_fields)
