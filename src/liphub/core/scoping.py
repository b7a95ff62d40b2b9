"""The tenant scope filter, applied to every query on tenant data, made cheap to build.

django-scopes filters a scoped query with `partnership__in=<the scope's ids>`. Django then
prepares every id of that list one by one (resolve, normalise, prepare: about a
microsecond each), on every query: an analyst of a network of 100 partnerships or a site
administrator paid for hundreds of ids per query before the database saw it. The same
filter is written here as one `IN (...)` of the ids, checked as integers once per scope.
The SQL and its result are those of django-scopes' own filter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import EmptyResultSet
from django.db import models
from django.db.models import Lookup
from django_scopes import ScopedManager
from django_scopes.manager import DisabledQuerySet
from django_scopes.state import get_scope

if TYPE_CHECKING:
    _LookupBase = Lookup[Any]
else:  # Lookup is generic for type checkers only
    _LookupBase = Lookup


class ScopeIds:
    """The partnership ids of a scope as one value (not a list, so Django does not prepare
    each id of it again); integers checked once."""

    __slots__ = ("ids",)

    def __init__(self, ids: Any) -> None:
        self.ids = tuple(int(pk) for pk in ids)

    def __repr__(self) -> str:
        return f"ScopeIds{self.ids}"


@models.ForeignKey.register_lookup
class InScope(_LookupBase):
    """`partnership__in_scope=ScopeIds(...)`: the foreign key's column among the ids."""

    lookup_name = "in_scope"
    prepare_rhs = False

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        if not isinstance(self.rhs, ScopeIds):
            raise TypeError("in_scope takes ScopeIds")
        if not self.rhs.ids:
            raise EmptyResultSet  # as `__in=[]`: no row, no query
        lhs, lhs_params = self.process_lhs(compiler, connection)
        marks = ", ".join(["%s"] * len(self.rhs.ids))
        return f"{lhs} IN ({marks})", [*lhs_params, *self.rhs.ids]


_Base: Any = type(ScopedManager(partnership="partnership"))


class TenantScopedManager(_Base):
    """django-scopes' manager on the `partnership` dimension, with the scope written as one
    `IN (...)`: the same rows, the same errors (a query with no active scope raises
    ScopeError), `with_scope()` and `scopes_disabled()` as before."""

    def get_queryset(self) -> models.QuerySet[Any]:
        current = getattr(self, "_override_scope", None) or get_scope()
        if not current.get("_enabled", True):
            return models.Manager.get_queryset(self)
        if "partnership" not in current:
            return DisabledQuerySet(self.model, using=self._db, missing_scopes={"partnership"})
        value = current["partnership"]
        queryset: models.QuerySet[Any] = models.Manager.get_queryset(self)
        if isinstance(value, list | tuple):
            return queryset.filter(partnership__in_scope=ScopeIds(value))
        if value is not None:
            return queryset.filter(partnership=value)
        return queryset
