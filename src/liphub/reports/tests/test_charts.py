"""Charts: matplotlib is imported when a chart is first drawn or when a web worker starts,
never by loading the pages that draw none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from liphub.reports.charts import BarChart, load_chart_engine, render_bar_chart

SRC = Path(__file__).resolve().parents[3]


def _modules_after(code: str) -> str:
    script = (
        "import os, sys, django\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'liphub.settings')\n"
        "django.setup()\n"
        f"{code}\n"
        "print('matplotlib' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=SRC,
        env={**__import__("os").environ, "PYTHONPATH": str(SRC)},
    )
    return result.stdout.strip().splitlines()[-1]


def test_loading_every_page_does_not_import_matplotlib() -> None:
    # the URL configuration imports every view, the report pages and their charts module
    assert _modules_after("import liphub.urls, liphub.reports.views") == "False"


def test_a_web_worker_imports_it_when_it_starts() -> None:
    assert _modules_after("import liphub.wsgi") == "True"


def test_the_engine_is_loaded_once_with_the_agg_backend() -> None:
    matplotlib, _figure, _locator = load_chart_engine()
    assert load_chart_engine()[0] is matplotlib
    assert matplotlib.get_backend().lower() == "agg"
    chart = BarChart.single(title="Partners", labels=["A", "B"], values=[1, 2])
    assert render_bar_chart(chart, "svg").lstrip().startswith(b"<?xml")
