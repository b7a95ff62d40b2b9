"""Shared helpers of the thin partnership-scoped web views (used by every app above this one).

A page always gets `partnership` and `can_manage` in its context; a form page answers 400 when
the submitted form has errors; a service's ValidationError lands on the form's fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from liphub.core.models import Partnership
from liphub.partnerships.forms import show_errors

T = TypeVar("T")


def posted(request: HttpRequest) -> Any:
    """The POST data for a form, or None on GET (an unbound form)."""
    return request.POST if request.method == "POST" else None


def save_form(request: HttpRequest, form: forms.BaseForm, write: Callable[[], T]) -> T | None:
    """For a valid POST, run the service; a ValidationError it raises lands on the form."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        return write()
    except ValidationError as error:
        show_errors(form, error)
        return None


def partnership_page(
    request: HttpRequest,
    partnership: Partnership,
    template: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    context = {
        "partnership": partnership,
        "can_manage": request.user.has_perm("partnerships.manage", partnership),
        **context,
    }
    return render(request, template, context, status=status)


def form_page(
    request: HttpRequest,
    partnership: Partnership,
    form: forms.BaseForm,
    *,
    template: str,
    title: str,
    cancel_url: str,
    submit: str | None = None,
    intro: str = "",
) -> HttpResponse:
    return partnership_page(
        request,
        partnership,
        template,
        {
            "form": form,
            "title": title,
            "intro": intro,
            "submit": submit or _("Save"),
            "cancel_url": cancel_url,
        },
        status=400 if form.is_bound and form.errors else 200,
    )
