"""Sessions in the database (Django's `db` engine), read with one plain query.

Every signed-in request reads its session. Django's engine reads it through the ORM
(`Session.objects.get(...)`): building and compiling that query costs several times the
lookup itself (about 0.25 ms per request, bench/). This engine reads the same row with the
same condition (the key, not expired) in plain SQL; everything else (writing, expiry,
`clearsessions`) is Django's. `SESSION_ENGINE = "liphub.accounts.sessions"`.
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> Any:
        """The session (its key and data) if it exists and has not expired, else None (and
        the key is dropped, as Django's engine does)."""
        key = self.session_key
        if key is None:
            return None
        model = self.model
        connection = connections[router.db_for_read(model)]
        meta = model._meta
        quote = connection.ops.quote_name
        now = meta.get_field("expire_date").get_db_prep_value(timezone.now(), connection)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {quote(meta.get_field('session_data').column)} "  # noqa: S608 - names
                f"FROM {quote(meta.db_table)} "
                f"WHERE {quote(meta.get_field('session_key').column)} = %s "
                f"AND {quote(meta.get_field('expire_date').column)} > %s",
                [key, now],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        return model(session_key=key, session_data=row[0])
