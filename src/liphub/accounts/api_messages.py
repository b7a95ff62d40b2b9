"""Messages of the JSON API's errors (kept with the access layer that raises most of them)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

PERMISSION_DENIED = _("You do not have permission to do this.")
NOT_IN_PARTNERSHIP = _("Choose one from this partnership.")
UNKNOWN_VALUES = _("These values are unknown: %(values)s.")
FISCAL_YEAR_INVALID = _("Give a fiscal year such as 2011-12.")
NOT_YOUR_ORGANIZATION = _(
    "Choose an organization you act for that leads or supports this activity."
)
