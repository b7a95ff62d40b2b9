"""Every interface string has a French translation, in the compiled catalogue the site uses."""

from __future__ import annotations

import gettext
import os
import shutil
from pathlib import Path
from typing import Any

import polib
import pytest
from django.core.management import call_command

from liphub.core.i18n_catalogue import liphub_app_paths

CONTEXT_SEPARATOR = "\x04"


def _extract(app_path: Path, workdir: Path) -> polib.POFile:
    """Run makemessages on a copy of the app, so the committed catalogue is left untouched."""
    copy = workdir / app_path.name
    shutil.copytree(
        app_path,
        copy,
        ignore=shutil.ignore_patterns("tests", "migrations", "locale", "__pycache__", "static"),
    )
    (copy / "locale").mkdir()
    cwd = Path.cwd()
    os.chdir(copy)
    try:
        call_command("makemessages", locale=["fr"], verbosity=0)
    finally:
        os.chdir(cwd)
    po_path = copy / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    return polib.pofile(str(po_path)) if po_path.exists() else polib.POFile()


def _untranslated(extracted: polib.POFile, mo_path: Path) -> list[str]:
    if not mo_path.exists():
        return [entry.msgid for entry in extracted]
    with mo_path.open("rb") as handle:
        catalogue: Any = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    missing = []
    for entry in extracted:
        key = f"{entry.msgctxt}{CONTEXT_SEPARATOR}{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural:
            translated = all(catalogue.get((key, n)) for n in (0, 1))
        else:
            translated = bool(catalogue.get(key))
        if not translated:
            missing.append(f"{entry.msgctxt + ' | ' if entry.msgctxt else ''}{entry.msgid}")
    return missing


@pytest.mark.parametrize("label", sorted(liphub_app_paths()))
def test_every_interface_string_of_the_app_has_a_french_translation(
    label: str, tmp_path: Path
) -> None:
    app_path = liphub_app_paths()[label]
    extracted = _extract(app_path, tmp_path)
    mo_path = app_path / "locale" / "fr" / "LC_MESSAGES" / "django.mo"
    missing = _untranslated(extracted, mo_path)
    assert not missing, (
        f"{len(missing)} strings of '{label}' have no French translation in {mo_path} "
        f"(run ./liphub i18n-update {label}, translate, run it again): {missing[:20]}"
    )


def test_the_check_detects_a_missing_translation(tmp_path: Path) -> None:
    app = tmp_path / "src" / "fakeapp"
    (app / "templates").mkdir(parents=True)
    (app / "templates" / "page.html").write_text(
        "{% load i18n %}{% translate 'A sentence nobody translated' %}"
    )
    extracted = _extract(app, tmp_path / "work")
    assert [e.msgid for e in extracted] == ["A sentence nobody translated"]
    assert _untranslated(extracted, tmp_path / "none.mo") == ["A sentence nobody translated"]
