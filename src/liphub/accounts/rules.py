"""Permissions as named predicates (django-rules), checked as user.has_perm(perm, partnership).

| permission | coordinator | member | viewer | analyst | admin |
| partnerships.view | yes | yes | yes | yes | yes |
| partnerships.view_partner_documents | yes | yes | yes | yes | yes |
| partnerships.manage (write partnership data) | yes | no | no | no | yes |
| partnerships.view_audit | yes | no | no | no | yes |
| partnerships.view_private | yes | no | no | no | yes |
"""

from __future__ import annotations

from typing import Any

import rules

from liphub.accounts.access import role_in


@rules.predicate
def is_coordinator(user: Any, partnership: Any) -> bool:
    return partnership is not None and role_in(user, partnership) in {"coordinator", "admin"}


@rules.predicate
def has_any_role(user: Any, partnership: Any) -> bool:
    return partnership is not None and role_in(user, partnership) is not None


@rules.predicate
def is_partner_staff(user: Any, partnership: Any) -> bool:
    return partnership is not None and role_in(user, partnership) in {
        "coordinator",
        "member",
        "admin",
    }


rules.add_perm("partnerships.view", has_any_role)
rules.add_perm("partnerships.view_partner_documents", has_any_role)
rules.add_perm("partnerships.manage", is_coordinator)
rules.add_perm("partnerships.view_audit", is_coordinator)
rules.add_perm("partnerships.view_private", is_coordinator)
rules.add_perm("partnerships.contribute", is_partner_staff)
