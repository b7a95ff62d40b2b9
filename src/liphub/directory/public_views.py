"""The public directory of a partnership: search with a map, service pages, a "where to go" list.

Anonymous and read-only, like the rest of the public site: every view looks the partnership up
among published sites (404 otherwise) and reads inside `public_scope(partnership)`. The search
is a GET form (shareable URLs, works without JavaScript; htmx swaps the results in place). The
newcomer's list of services lives in the URL (`?s=12&s=34`): no account, no cookie.
"""

from __future__ import annotations

from typing import Any, cast
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from liphub.accounts.access import public_scope
from liphub.core.models import Partnership
from liphub.directory.public_selectors import (
    get_public_service,
    get_public_service_pk,
    list_categories,
    list_cities,
    list_languages,
    parse_selection,
    result_rows,
    service_detail,
    where_to_go,
)
from liphub.directory.search import SearchFilters, search_services
from liphub.public.selectors import get_public_partnership

DISTANCES = (2, 5, 10, 25, 50)
SELECTS = ("category", "language", "city", "distance")
CHECKS = ("open_now", "free", "wheelchair", "french")
INPUTS = ("postal_code",)
PER_PAGE = 20
# the page counts the matches up to this many ("more than 1,000 services found"); the HSDS
# API counts them all
COUNT_LIMIT = 1000


class SearchForm(forms.Form):
    q = forms.CharField(label=_("What are you looking for?"), required=False, max_length=200)
    category = forms.ChoiceField(label=_("Category"), required=False)
    language = forms.ChoiceField(label=_("Language offered"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    postal_code = forms.CharField(
        label=_("Near postal code"),
        required=False,
        max_length=10,
        help_text=_("For example K1P 1J1"),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )
    distance = forms.TypedChoiceField(
        label=_("Distance"),
        required=False,
        coerce=int,
        empty_value=None,
        # formatted per request in __init__: a lazy string %-formatted here would be frozen in
        # the language of the process's first import
        choices=[(d, str(d)) for d in DISTANCES],
        initial=10,
    )
    open_now = forms.BooleanField(label=_("Open now"), required=False)
    free = forms.BooleanField(label=_("Free"), required=False)
    wheelchair = forms.BooleanField(label=_("Wheelchair accessible"), required=False)
    french = forms.BooleanField(label=_("Service in French"), required=False)

    def __init__(self, data: Any, partnership: Partnership) -> None:
        data = data.copy()
        if not data.get("distance"):
            data["distance"] = "10"  # the default radius, shown as chosen
        super().__init__(data)
        distance = self.fields["distance"]
        assert isinstance(distance, forms.ChoiceField)
        distance.choices = [(d, _("Within %(km)s km") % {"km": d}) for d in DISTANCES]
        field_choices = {
            "category": list_categories(partnership),
            "language": list_languages(partnership),
            "city": [(c, c) for c in list_cities(partnership)],
        }
        any_labels = {
            "category": _("Any category"),
            "language": _("Any language"),
            "city": _("Any city"),
        }
        for name, choices in field_choices.items():
            field = self.fields[name]
            assert isinstance(field, forms.ChoiceField)
            field.choices = [("", any_labels[name]), *choices]

    def select_html(self, name: str) -> SafeString:
        """A choice field's `<select>` as Django's widget renders it, built directly: the
        widget templates cost about a millisecond per select, a third of the page."""
        bound = self[name]
        field = self.fields[name]
        assert isinstance(field, forms.ChoiceField)
        value = bound.value()
        current = "" if value is None else str(value)
        selected = mark_safe(" selected")
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (choice, selected if str(choice) == current else "", label)
                for choice, label in cast("list[tuple[object, str]]", field.choices)
            ),
        )
        invalid = (
            format_html(' aria-invalid="true" aria-describedby="{}_error"', bound.auto_id)
            if bound.errors
            else ""
        )
        return format_html(
            '<select name="{}"{} id="{}">{}</select>',
            bound.html_name,
            invalid,
            bound.id_for_label,
            options,
        )

    def input_html(self, name: str) -> SafeString:
        """A text or checkbox field's `<input>` exactly as `{{ field }}` renders it (same
        attributes, from Django's own widget context), without the widget templates."""
        bound = self[name]
        widget = bound.field.widget
        attrs = bound.build_widget_attrs({}, widget)
        if bound.auto_id and "id" not in widget.attrs:
            attrs.setdefault("id", bound.auto_id)
        context = widget.get_context(bound.html_name, bound.value(), attrs)["widget"]
        value = context["value"]
        return format_html(
            '<input type="{}" name="{}"{}{}>',
            context["type"],
            context["name"],
            format_html(' value="{}"', value) if value is not None else "",
            format_html_join(
                "",
                "{}",
                (
                    (
                        format_html(" {}", key)
                        if item is True
                        else format_html(' {}="{}"', key, item),
                    )
                    for key, item in context["attrs"].items()
                    if item is not False
                ),
            ),
        )

    @property
    def selects(self) -> dict[str, SafeString]:
        return {name: self.select_html(name) for name in SELECTS}

    @property
    def inputs(self) -> dict[str, SafeString]:
        return {name: self.input_html(name) for name in INPUTS}

    @property
    def checks(self) -> list[dict[str, object]]:
        """The "show only services that are" checkboxes, in order, ready to show."""
        return [
            {
                "input": self.input_html(name),
                "id": self[name].id_for_label,
                "label": self[name].label,
            }
            for name in CHECKS
        ]

    def _valid_data(self) -> dict[str, Any]:
        """The fields that validated (a bad value in one field drops only that filter)."""
        self.is_valid()
        return dict(self.cleaned_data)

    def search_filters(self) -> SearchFilters:
        data = self._valid_data()
        return SearchFilters(
            category=data.get("category") or "",
            language=data.get("language") or "",
            city=data.get("city") or "",
            postal_code=" ".join((data.get("postal_code") or "").upper().split()),
            distance_km=float(data.get("distance") or 10),
            open_now=bool(data.get("open_now")),
            free=bool(data.get("free")),
            wheelchair=bool(data.get("wheelchair")),
            french=bool(data.get("french")),
        )

    def query(self) -> str:
        return str(self._valid_data().get("q") or "").strip()

    @property
    def has_filters(self) -> bool:
        data = self._valid_data()
        return any(data.get(n) for n in self.fields if n not in {"distance"})


def _page_number(request: HttpRequest) -> int:
    value = request.GET.get("page", "1")
    return max(1, min(int(value), 10_000)) if value.isdigit() else 1


def _selection_query(ids: list[int]) -> str:
    return urlencode([("s", pk) for pk in ids])


def _map_settings() -> dict[str, str]:
    return {
        "tile_url": settings.DIRECTORY_TILE_URL,
        "tile_attribution": settings.DIRECTORY_TILE_ATTRIBUTION,
    }


def search(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = get_public_partnership(slug)
    selection = parse_selection(request.GET.getlist("s"))
    with public_scope(partnership):
        form = SearchForm(request.GET, partnership)
        results = search_services(
            partnership=partnership,
            query=form.query(),
            filters=form.search_filters(),
            page=_page_number(request),
            per_page=PER_PAGE,
            count_limit=COUNT_LIMIT,
        )
        selection_qs = _selection_query(selection)
        # one reverse for the page: the service URL with "{pk}" for the id
        service_url = reverse("directory_public:service", args=[partnership.slug, 0])
        service_url = service_url.removesuffix("0/") + "{pk}/"
        if selection_qs:
            service_url = f"{service_url}?{selection_qs}"
        rows = result_rows(partnership, results, service_url, selection)
        points = [
            {
                "lat": row.place.latitude,
                "lng": row.place.longitude,
                "name": row.name_text,
                "url": row.url,
            }
            for row in rows
            if row.place and row.place.latitude is not None and row.place.longitude is not None
        ]
        shown = {row.pk for row in rows}
        query_without_page = request.GET.copy()
        query_without_page.pop("page", None)
        context = {
            "partnership": partnership,
            "form": form,
            "results": results,
            "rows": rows,
            "points": points,
            "selection": selection,
            "selection_qs": selection_qs,
            "hidden_selection": [pk for pk in selection if pk not in shown],
            "page_query": query_without_page.urlencode(),
            **_map_settings(),
        }
        template = (
            "directory/public/_results.html"
            if request.headers.get("HX-Request") and not request.headers.get("HX-Boosted")
            else "directory/public/search.html"
        )
        return render(request, template, context)


def service(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = get_public_partnership(slug)
    selection = parse_selection(request.GET.getlist("s"))
    with public_scope(partnership):
        detail = service_detail(get_public_service(partnership, pk))
        url = reverse("directory_public:service", args=[partnership.slug, pk])
        in_list = pk in selection
        add_ids = selection if in_list else [*selection, pk]
        return render(
            request,
            "directory/public/service.html",
            {
                "partnership": partnership,
                "detail": detail,
                "service": detail.service,
                "points": detail.map_points(url),
                "in_list": in_list,
                "selection": selection,
                "selection_qs": _selection_query(selection),
                "add_qs": _selection_query(add_ids),
                **_map_settings(),
            },
        )


def service_by_hsds_id(request: HttpRequest, slug: str, hsds_id: str) -> HttpResponse:
    """A service by its HSDS id (links from other directories): redirects to its page."""
    partnership = get_public_partnership(slug)
    with public_scope(partnership):
        pk = get_public_service_pk(partnership, hsds_id)
    url = reverse("directory_public:service", args=[partnership.slug, pk])
    if request.GET:
        url = f"{url}?{request.GET.urlencode()}"
    return HttpResponseRedirect(url)


def where_to_go_list(request: HttpRequest, slug: str) -> HttpResponse:
    """The newcomer's printable list of where to go (the services ticked, from the URL)."""
    partnership = get_public_partnership(slug)
    selection = parse_selection(request.GET.getlist("s"))
    with public_scope(partnership):
        details = where_to_go(partnership, selection)
        kept = [d.service.pk for d in details]
        entries = [
            {
                "detail": d,
                "remove_qs": _selection_query([pk for pk in kept if pk != d.service.pk]),
                "url": reverse("directory_public:service", args=[partnership.slug, d.service.pk])
                + f"?{_selection_query(kept)}",
            }
            for d in details
        ]
        return render(
            request,
            "directory/public/list.html",
            {
                "partnership": partnership,
                "entries": entries,
                "selection_qs": _selection_query(kept),
            },
        )
