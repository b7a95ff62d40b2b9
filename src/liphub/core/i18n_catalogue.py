"""Where the French catalogues live, and which interface strings they lack (used by tests)."""

from __future__ import annotations

from pathlib import Path

from django.apps import apps


def liphub_app_paths() -> dict[str, Path]:
    return {
        config.label: Path(config.path)
        for config in apps.get_app_configs()
        if config.name.startswith("liphub.")
    }
