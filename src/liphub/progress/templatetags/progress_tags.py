"""The progress panel of an activity page, and the "My commitments" link of the home page."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from liphub.progress import permissions, selectors

register = template.Library()


@register.inclusion_tag("progress/_panel.html", takes_context=True)
def progress_panel(context: Any, activity: Any, partnership: Any, user: Any) -> dict[str, Any]:
    """Commitments to the activity, its updates (newest first) and, when the user may post
    one, the link to the update form."""
    actor = selectors.get_actor(user, partnership)
    involved = selectors.activity_organization_ids(activity)
    request = context.get("request")
    commitments = selectors.list_commitments(partnership=partnership, activity=activity)
    return {
        "activity": activity,
        "partnership": partnership,
        "commitments": [(c, permissions.can_edit_commitment(actor, c)) for c in commitments],
        "updates": list(selectors.list_updates(activity=activity)),
        "can_post": permissions.can_post_update(actor, involved),
        "can_commit": permissions.can_create_commitment(actor),
        "here": request.get_full_path() if request is not None else "",
        "here_path": request.path if request is not None else "",
        "progress_url": reverse(
            "progress:activity_progress", kwargs={"slug": partnership.slug, "pk": activity.pk}
        ),
    }


@register.inclusion_tag("progress/_my_work_link.html")
def my_work_link(partnership: Any) -> dict[str, Any]:
    return {"partnership": partnership}
