"""Server-side charts (matplotlib, Agg backend): SVG for web pages and PDF, PNG for DOCX.

Every chart is drawn from figures a table on the same page also gives (its text alternative).
Labels arrive already translated, so a chart speaks the reader's language. Drawing is cached
per chart content: the same figures in the same language draw once per process.

Other apps may call these functions (e.g. dashboards); they never import pyplot themselves.

matplotlib takes about a second to import: this module imports it on first use only, so pages
that draw no chart (the dashboard, the network view) never wait for it, and
`load_chart_engine()` imports it ahead of time. `liphub.wsgi` calls it when a web server
worker starts (with `gunicorn --preload`, once in the parent process for every worker), so
no request pays the import.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType
from typing import Any, Literal

__all__ = ["BarChart", "Series", "load_chart_engine", "render_bar_chart", "svg_for_html"]

Format = Literal["svg", "png"]

# Colour-blind-safe palette (Okabe-Ito); charts never carry meaning by colour alone:
# each series is named in the legend and the figures are in the table beside the chart.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442")
HATCHES = ("", "//", "..", "xx", "\\\\", "++", "--")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars: one bar per label, stacked when there are several series."""

    title: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    value_label: str = ""
    percent: bool = False

    @classmethod
    def single(
        cls,
        *,
        title: str,
        labels: Sequence[str],
        values: Sequence[float],
        value_label: str = "",
        percent: bool = False,
    ) -> BarChart:
        return cls(
            title=title,
            labels=tuple(labels),
            series=(Series(name=value_label, values=tuple(float(v) for v in values)),),
            value_label=value_label,
            percent=percent,
        )

    @property
    def is_empty(self) -> bool:
        return not self.labels or not any(any(s.values) for s in self.series)


def _wrap(label: str, width: int = 34) -> str:
    """Long labels wrap onto two lines, then are cut with an ellipsis."""
    if len(label) <= width:
        return label
    cut = label.rfind(" ", 0, width)
    cut = cut if cut > 0 else width
    rest = label[cut:].strip()
    if len(rest) > width:
        rest = rest[: width - 1] + "…"
    return f"{label[:cut]}\n{rest}"


@cache
def load_chart_engine() -> tuple[ModuleType, Any, Any]:
    """matplotlib (Agg backend), its Figure and MaxNLocator, imported once per process."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure  # the backend is chosen first
    from matplotlib.ticker import MaxNLocator

    return matplotlib, Figure, MaxNLocator


@lru_cache(maxsize=256)
def render_bar_chart(chart: BarChart, fmt: Format = "svg") -> bytes:
    """The chart as SVG or PNG bytes."""
    matplotlib, Figure, MaxNLocator = load_chart_engine()  # noqa: N806 - classes
    rows = len(chart.labels)
    height = 1.2 + 0.42 * max(rows, 1)
    figure = Figure(figsize=(7.5, height), dpi=110)
    axes = figure.add_subplot()
    positions = list(range(rows))
    left = [0.0] * rows
    stacked = len(chart.series) > 1
    for index, series in enumerate(chart.series):
        axes.barh(
            positions,
            series.values,
            left=left,
            color=PALETTE[index % len(PALETTE)],
            hatch=HATCHES[index % len(HATCHES)] if stacked else "",
            edgecolor="white" if not stacked else "#333333",
            linewidth=0.4,
            label=series.name,
        )
        left = [a + b for a, b in zip(left, series.values, strict=True)]
    axes.set_yticks(positions, [_wrap(label) for label in chart.labels], fontsize=8)
    axes.invert_yaxis()
    # No title in the drawing: the caption beside it (figcaption, DOCX caption) names it.
    axes.tick_params(axis="x", labelsize=8)
    if chart.value_label:
        axes.set_xlabel(chart.value_label, fontsize=8)
    if chart.percent:
        axes.set_xlim(0, 100)
    else:
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if not chart.percent or stacked:
        for position, total in zip(positions, left, strict=True):
            text = f"{total:,.0f}" if not chart.percent else f"{total:.0f}%"
            axes.annotate(
                text,
                (total, position),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=7,
            )
    else:
        for position, value in zip(positions, chart.series[0].values, strict=True):
            axes.annotate(
                f"{value:.0f}%",
                (value, position),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=7,
            )
    if stacked:
        axes.legend(fontsize=7, loc="lower right", frameon=False)
    figure.tight_layout()
    out = io.BytesIO()
    if fmt == "svg":
        # Text stays text (smaller, selectable, read by PDF text extraction).
        with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "liphub"}):
            figure.savefig(out, format="svg", metadata={"Date": None})
    else:
        figure.savefig(out, format="png")
    return out.getvalue()


_SVG_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.DOTALL)
_ID = re.compile(r'\bid="([^"]+)"')
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_SIZE = re.compile(r'\swidth="[^"]+" height="[^"]+"')


@lru_cache(maxsize=256)
def svg_for_html(chart: BarChart, *, key: str, label: str) -> str:
    """The chart's SVG, ready to inline in HTML: no XML prologue, ids prefixed by `key` (so
    several charts share a page), and an accessible name (the table beside it has the figures).
    Cached like the drawing: the same chart is prepared once per process."""
    from django.utils.html import escape

    svg = _SVG_PROLOGUE.sub("", render_bar_chart(chart, "svg").decode("utf-8"), count=1)
    svg = _METADATA.sub("", svg, count=1)
    svg = _SIZE.sub("", svg, count=1)  # scales to its container (the viewBox keeps the shape)
    ids = set(_ID.findall(svg))
    for old in sorted(ids, key=len, reverse=True):
        new = f"{key}-{old}"
        svg = svg.replace(f'id="{old}"', f'id="{new}"')
        svg = svg.replace(f"url(#{old})", f"url(#{new})")
        svg = svg.replace(f'href="#{old}"', f'href="#{new}"')
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)
