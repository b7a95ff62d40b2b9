"""Small inline SVG charts drawn on the server: an indicator's measurements against its target.

The SVG is decorative next to a text alternative (the figures are always written out too);
it still carries a role="img" and a label saying what it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

WIDTH = 120
HEIGHT = 32
PAD = 3


def _coordinate(value: float) -> str:
    return f"{value:.1f}"


def sparkline_svg(values: Sequence[Decimal], *, target: Decimal | None, label: str) -> SafeString:
    """A line of `values` (oldest first) with a dashed line at `target`, labelled `label`."""
    if not values:
        return mark_safe("")
    numbers = [float(v) for v in values]
    scale = numbers + ([float(target)] if target is not None else [])
    low, high = min([*scale, 0.0]), max(scale)
    span = (high - low) or 1.0
    step = (WIDTH - 2 * PAD) / max(len(numbers) - 1, 1)

    def y(value: float) -> float:
        return HEIGHT - PAD - (value - low) / span * (HEIGHT - 2 * PAD)

    points = " ".join(
        f"{_coordinate(PAD + i * step)},{_coordinate(y(v))}" for i, v in enumerate(numbers)
    )
    target_line = ""
    if target is not None:
        ty = _coordinate(y(float(target)))
        target_line = (
            f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{ty}" y2="{ty}" '
            'stroke="currentColor" stroke-dasharray="3 2" stroke-width="1" opacity="0.6"/>'
        )
    last_x = _coordinate(PAD + (len(numbers) - 1) * step)
    last_y = _coordinate(y(numbers[-1]))
    shapes = (
        f'{target_line}<polyline points="{points}" fill="none" stroke="currentColor" '
        f'stroke-width="1.5"/><circle cx="{last_x}" cy="{last_y}" r="2.5" fill="currentColor"/>'
    )
    return format_html(
        '<svg class="sparkline" role="img" aria-label="{label}" width="{w}" height="{h}" '
        'viewBox="0 0 {w} {h}"><title>{label}</title>{shapes}</svg>',
        label=label,
        w=WIDTH,
        h=HEIGHT,
        shapes=mark_safe(shapes),  # noqa: S308 - numbers we formatted ourselves
    )
