"""The dashboard's repeated rows as HTML, written in Python in one pass.

The dashboard shows a few dozen rows whatever the size of the plan (areas, the indicators
furthest below target, overdue follow-ups, end dates), but a template loop costs more than
the figures behind them: each row here is one f-string. Every text is escaped; content in
the reader's language falls back to the other one with the same note as the `tr` tag;
numbers and dates are localised as the template engine would (`localize`, `date_format`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.utils.formats import date_format, localize
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from liphub.core.i18n import translated
from liphub.core.templatetags.liphub import render_translated

# A URL for any object: (before the id, after it).
IdUrl = tuple[str, str]


def _tr(obj: Any, field: str) -> str:
    """As `{% tr obj field %}`: the text in the reader's language, or a marked fallback."""
    return str(render_translated(translated(obj, field)))


def _value(value: Any) -> str:
    """As `{{ value }}`: localised and escaped."""
    return str(escape(localize(value)))


def _date(value: dt.date | None, fmt: str) -> str:
    return str(escape(date_format(value, fmt))) if value is not None else ""


def _url(url: IdUrl, pk: int) -> str:
    return str(escape(f"{url[0]}{pk}{url[1]}"))


def area_rows(rows: Iterable[Any]) -> SafeString:
    """Activities on track, late, done and cancelled per priority area (`AreaProgress`)."""
    no_area = escape(_("No priority area"))
    parts = []
    for row in rows:
        name = _tr(row.area, "name") if row.area is not None else no_area
        late = f'<span class="flag">{row.late}</span>' if row.late else "0"
        parts.append(
            f'<tr><th scope="row">{name}</th><td>{row.on_track}</td><td>{late}</td>'
            f"<td>{row.done}</td><td>{row.cancelled}</td><td>{row.total}</td></tr>"
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - every value above is escaped


def indicator_area_rows(rows: Iterable[Any], indicator_list: str, year: str) -> SafeString:
    """Indicators with a target met, below and not measured per priority area
    (`AreaIndicators`), each count linking to those indicators."""
    no_area = escape(_("No priority area"))
    base = escape(f"{indicator_list}?year={year}")
    parts = []
    for row in rows:
        name = _tr(row.area, "name") if row.area is not None else no_area
        area = f"{base}&amp;area={escape(row.key)}"
        met = f'<a href="{area}&amp;state=met">{row.met}</a>' if row.met else "0"
        below = (
            f'<a class="flag" href="{area}&amp;state=below">{row.below}</a>' if row.below else "0"
        )
        unmeasured = (
            f'<a href="{area}&amp;state=not_measured">{row.not_measured}</a>'
            if row.not_measured
            else "0"
        )
        parts.append(
            f'<tr><th scope="row">{name}</th>'
            f'<td><a href="{area}">{row.with_target}</a></td>'
            f"<td>{met}</td><td>{below}</td><td>{unmeasured}</td></tr>"
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - every value above is escaped


def furthest_below_rows(rows: Iterable[Any], activity_url: IdUrl) -> SafeString:
    """The indicators furthest below target (`IndicatorProgress`) with their sparklines."""
    parts = []
    for row in rows:
        indicator = row.indicator
        link = f"{_url(activity_url, indicator.activity_id)}#indicator-{indicator.pk}"
        share = (
            str(escape(_("%(percent)s %%") % {"percent": row.percent_of_target}))
            if row.percent_of_target is not None
            else "—"
        )
        parts.append(
            f'<tr><th scope="row">{_tr(indicator, "name")}</th>'
            f'<td><a href="{link}">{_tr(indicator.activity, "title")}</a></td>'
            f"<td>{_value(row.latest_value)} {escape(indicator.unit)} "
            f'<span class="muted">({_date(row.latest_date, "SHORT_DATE_FORMAT")})</span></td>'
            f"<td>{_value(indicator.target)}</td><td>{share}</td><td>{row.chart}</td></tr>"
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - every value above is escaped


def follow_up_rows(items: Iterable[Any], meeting_url: IdUrl) -> SafeString:
    """Open follow-up items past their due date (`OverdueFollowUp`)."""
    parts = []
    for item in items:
        owner = escape(item.owner_name) if item.owner_name else "—"
        parts.append(
            f'<tr><th scope="row">{_tr(item, "description")}</th>'
            f'<td><a href="{_url(meeting_url, item.meeting_id)}#follow-ups">'
            f"{_tr(item, 'meeting_title')}</a></td>"
            f"<td>{owner}</td><td>{_date(item.due_date, 'DATE_FORMAT')}</td></tr>"
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - every value above is escaped


def upcoming_items(activities: Iterable[Any], activity_url: IdUrl) -> SafeString:
    """Open activities ending soon, as list items."""
    parts = [
        f'<li><a href="{_url(activity_url, activity.pk)}">{_tr(activity, "title")}</a> — '
        f"{_date(activity.end_date, 'DATE_FORMAT')} ({escape(activity.get_status_display())})</li>"
        for activity in activities
    ]
    return mark_safe("\n".join(parts))  # noqa: S308 - every value above is escaped
