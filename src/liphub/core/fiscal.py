"""Fiscal years run April to March and are named by their two calendar years ("2011-12")."""

from __future__ import annotations

import datetime as dt
import re

FISCAL_YEAR_START_MONTH = 4
_LABEL = re.compile(r"^(\d{4})-(\d{2}|\d{4})$")


def fiscal_year_of(day: dt.date) -> int:
    """The fiscal year (named by its first calendar year) a day falls in."""
    return day.year if day.month >= FISCAL_YEAR_START_MONTH else day.year - 1


def fiscal_year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """First and last day of fiscal year `year` (April 1 to March 31)."""
    return dt.date(year, FISCAL_YEAR_START_MONTH, 1), dt.date(year + 1, 3, 31)


def fiscal_year_label(year: int) -> str:
    return f"{year}-{(year + 1) % 100:02d}"


def parse_fiscal_year(label: str) -> int:
    """'2011-12' (or '2011-2012', or '2011') -> 2011; ValueError for anything else."""
    text = label.strip()
    if text.isdigit() and len(text) == 4:
        return int(text)
    match = _LABEL.match(text)
    if not match:
        raise ValueError(f"Not a fiscal year: {label!r} (expected e.g. 2011-12)")
    first, second = int(match.group(1)), match.group(2)
    expected = f"{(first + 1) % 100:02d}" if len(second) == 2 else str(first + 1)
    if second != expected:
        raise ValueError(f"Not a fiscal year: {label!r} (the second year must follow the first)")
    return first
