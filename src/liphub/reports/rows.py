"""Rows of an ORM query, fetched without Django's per-value converters.

A report or the network view reads thousands of values; Django's converters (one call per
value) cost more than the database does. The query is still the ORM's: the tenant scope of
the request and every filter apply. What comes back is what the database driver gives:
dates may be text on SQLite (`as_date`), decimals may be floats (`as_decimal`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db import connection
from django.db.models import QuerySet


def fetch_rows(queryset: QuerySet[Any]) -> list[tuple[Any, ...]]:
    """The rows of a `values_list()` query, in its column order."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def as_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def as_datetime(value: Any) -> dt.datetime:
    """A date and time column as the database driver gives it, made aware (SQLite gives
    naive UTC, or text from an expression)."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def as_decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))
