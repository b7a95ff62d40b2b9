"""Template helpers: translated content with fallback notes, language links, Markdown."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import markdown as markdown_lib
import nh3
from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from liphub.core.i18n import TranslatedText, translated

register = template.Library()

LANGUAGE_NAMES = {"en": "English", "fr": "français"}

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "em", "h2", "h3", "h4", "h5", "h6", "hr",
    "i", "li", "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip


@register.simple_tag(takes_context=True)
def tr(context: dict[str, Any], obj: Any, field: str) -> SafeString:
    """Content in the reader's language, or the other language with a visible note."""
    value: TranslatedText = translated(obj, field)
    return render_translated(value)


def render_translated(value: TranslatedText) -> SafeString:
    if not value.is_fallback:
        return format_html("{}", value.text)
    note = (
        _("Available in English only.")
        if value.language == "en"
        else _("Available in French only.")
    )
    return format_html(
        '<span lang="{}">{}</span> <small class="fallback-note">({})</small>',
        value.language,
        value.text,
        note,
    )


@register.simple_tag
def tr_text(obj: Any, field: str) -> str:
    """Plain text in the reader's language (or fallback), for attributes and titles."""
    return translated(obj, field).text


@register.filter
def markdown(text: str) -> SafeString:
    """Markdown rendered to HTML and sanitised (no scripts, styles or event handlers)."""
    html = markdown_lib.markdown(text or "", extensions=["tables", "sane_lists"])
    return mark_safe(nh3.clean(html, tags=ALLOWED_TAGS, link_rel="noopener noreferrer"))  # noqa: S308


@register.simple_tag(takes_context=True)
def tr_markdown(context: dict[str, Any], obj: Any, field: str) -> SafeString:
    value = translated(obj, field)
    html = markdown(value.text)
    if not value.is_fallback:
        return html
    note = (
        _("Available in English only.")
        if value.language == "en"
        else _("Available in French only.")
    )
    return format_html(
        '<p class="fallback-note">{}</p><div lang="{}">{}</div>', note, value.language, html
    )


def _in_language(path: str, code: str) -> str:
    """The same page in language `code`. Every page lives under /<language>/ with the same
    path in each language (no URL is translated), so the prefix is swapped; a path without
    one goes through Django's `translate_url`."""
    for other, _name in settings.LANGUAGES:
        prefix = f"/{other}/"
        if path.startswith(prefix):
            return f"/{code}/{path[len(prefix) :]}"
    return translate_url(path, code)


@register.simple_tag(takes_context=True)
def language_links(context: dict[str, Any]) -> list[dict[str, Any]]:
    request = context.get("request")
    path = request.get_full_path() if request is not None else "/"
    return [
        {"code": code, "name": LANGUAGE_NAMES.get(code, code), "url": _in_language(path, code)}
        for code, _name in settings.LANGUAGES
    ]


@register.filter
def missing_langs(obj: Any) -> list[str]:
    return sorted({lang for _field, lang in getattr(obj, "missing_translations", [])})


@register.filter
def grouped(value: Any) -> Any:
    """A number with the reader's digit grouping ("38,000" in English, "38 000" in French);
    any other value (text, a year written as text, None) as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return value
    return number_format(value, use_l10n=True, force_grouping=True)
