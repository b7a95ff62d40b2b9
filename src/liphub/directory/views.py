"""The directory pages of partners and the secretariat (/p/<slug>/directory/).

Everyone with a role reads the listings, the stale-listings report and the gap analysis;
partner staff add and edit their own organization's listings; coordinators edit all, approve
and review, and keep the directory settings (search synonyms, community languages).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.staticfiles import finders
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from liphub.accounts.access import access_partnership
from liphub.core.models import Partnership
from liphub.directory import gaps, selectors, services
from liphub.directory.forms import (
    DAYS,
    CommunityLanguageForm,
    SendBackForm,
    ServiceFilterForm,
    ServiceForm,
    SynonymForm,
    detail_form,
)
from liphub.directory.models import Service
from liphub.directory.permissions import can_create_service, can_edit_service, can_review
from liphub.partnerships.exports import Table, tables_to_csv, tables_to_xlsx
from liphub.partnerships.web import partnership_page, posted, save_form
from liphub.progress.selectors import get_actor

VIEW = "partnerships.view"
CONTRIBUTE = "partnerships.contribute"
MANAGE = "partnerships.manage"
LISTINGS_PER_PAGE = 50
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

SECTIONS = [
    ("location", "locations"),
    ("schedule", "schedules"),
    ("phone", "phones"),
    ("language", "languages"),
    ("cost", "costs"),
    ("document", "documents"),
    ("category", "categories"),
]


def _page(
    request: HttpRequest,
    partnership: Partnership,
    template: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    return partnership_page(request, partnership, f"directory/{template}", context, status)


def _detail_url(partnership: Partnership, service: Service) -> str:
    return reverse("directory:service_detail", args=[partnership.slug, service.pk])


def _export(request: HttpRequest, tables: list[Table], name: str) -> HttpResponse | None:
    export = request.GET.get("format", "")
    if export == "csv":
        response = HttpResponse(tables_to_csv(tables), content_type="text/csv; charset=utf-8")
    elif export == "xlsx":
        response = HttpResponse(tables_to_xlsx(tables), content_type=XLSX)
    else:
        return None
    response["Content-Disposition"] = f'attachment; filename="{name}.{export}"'
    return response


# --- listings ---------------------------------------------------------------------------------


@login_required
def service_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    actor = get_actor(request.user, partnership)
    filters = ServiceFilterForm(request.GET or None, partnership=partnership)
    chosen = filters.cleaned_data if filters.is_valid() else {}
    organization = chosen.get("organization")
    listings = selectors.list_services(
        partnership=partnership,
        organization_id=organization.pk if organization else None,
        status=chosen.get("status") or "",
        needs_review=bool(chosen.get("needs_review")),
        pending=bool(chosen.get("pending")),
        stale=bool(chosen.get("stale")),
        query=chosen.get("q") or "",
    )
    # a 211 import brings thousands of listings: one page at a time, the filters kept
    page = Paginator(listings, LISTINGS_PER_PAGE).get_page(request.GET.get("page"))
    cutoff = selectors.stale_cutoff()
    rows = [
        {
            "service": service,
            "stale": service.assured_date is None or service.assured_date < cutoff,
            "can_edit": can_edit_service(actor, service),
        }
        for service in page.object_list
    ]
    kept = [(key, value) for key, value in request.GET.items() if key != "page" and value]
    return _page(
        request,
        partnership,
        "service_list.html",
        {
            "filters": filters,
            "rows": rows,
            "page_obj": page,
            "query": urlencode(kept),
            "counts": selectors.counts(partnership=partnership),
            "can_create": can_create_service(actor),
            "is_filtered": any(chosen.values()),
        },
    )


@login_required
def service_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, CONTRIBUTE)
    actor = get_actor(request.user, partnership)
    if not can_create_service(actor):
        raise PermissionDenied
    form = ServiceForm(
        posted(request),
        instance=Service(partnership=partnership),
        partnership=partnership,
        actor=actor,
    )
    service = save_form(
        request,
        form,
        lambda: services.create_service(partnership=partnership, actor=actor, **form.changes()),
    )
    if service is not None:
        if service.is_approved:
            messages.success(request, _("Listing added."))
        else:
            messages.success(
                request,
                _(
                    "Listing added. It will appear in the public directory once the "
                    "coordinator approves it."
                ),
            )
        return redirect(_detail_url(partnership, service))
    return _page(
        request,
        partnership,
        "service_form.html",
        {
            "form": form,
            "title": _("Add a listing"),
            "cancel_url": reverse("directory:service_list", args=[slug]),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def schedule_label(schedule: Any) -> str:
    """'Monday, Thursday 09:00-16:30 (Drop-in)' in the current language."""
    names = {code: str(label) for code, label in DAYS}
    days = ", ".join(
        names.get(code.strip().upper(), code) for code in schedule.byday.split(",") if code.strip()
    )
    hours = ""
    if schedule.opens_at and schedule.closes_at:
        hours = f"{schedule.opens_at:%H:%M}-{schedule.closes_at:%H:%M}"
    text = " ".join(part for part in (days, hours) if part)
    if schedule.description:
        text = f"{text} ({schedule.description})" if text else schedule.description
    return text or str(schedule)


def _detail_context(
    request: HttpRequest,
    partnership: Partnership,
    service: Service,
    bound: Any = None,
    send_back: SendBackForm | None = None,
) -> dict[str, Any]:
    actor = get_actor(request.user, partnership)
    editable = can_edit_service(actor, service)
    links = list(service.service_at_locations.all())
    rows: dict[str, list[Any]] = {
        "location": links,
        "schedule": list(service.schedules.all()),
        "phone": list(service.phones.all()),
        "language": list(service.languages.all()),
        "cost": list(service.cost_options.all()),
        "document": list(service.required_documents.all()),
        "category": list(service.attributes.all()),
    }
    for schedule in rows["schedule"]:
        schedule.label = schedule_label(schedule)
    titles = {
        "location": _("Places"),
        "schedule": _("Hours"),
        "phone": _("Phones"),
        "language": _("Languages offered"),
        "cost": _("Costs"),
        "document": _("Documents required"),
        "category": _("Categories"),
    }
    add_labels = {
        "location": _("Add a place"),
        "schedule": _("Add hours"),
        "phone": _("Add a phone"),
        "language": _("Add a language"),
        "cost": _("Add a cost option"),
        "document": _("Add a document"),
        "category": _("Add a category"),
    }
    sections = []
    for kind, anchor in SECTIONS:
        form = None
        if editable:
            form = bound if bound is not None and bound.prefix == kind else None
            form = form or detail_form(kind, partnership, service=service)
        sections.append(
            {
                "kind": kind,
                "anchor": anchor,
                "title": titles[kind],
                "add_label": add_labels[kind],
                "rows": rows[kind],
                "form": form,
            }
        )
    return {
        "service": service,
        "sections": sections,
        "can_edit": editable,
        "can_review": can_review(actor),
        "send_back_form": send_back or SendBackForm(),
        "stale": selectors.is_stale(service),
    }


@login_required
def service_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    service = selectors.get_service_details(partnership=partnership, pk=pk)
    return _page(
        request, partnership, "service_detail.html", _detail_context(request, partnership, service)
    )


@login_required
def service_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, CONTRIBUTE)
    service = selectors.get_service(partnership=partnership, pk=pk)
    actor = get_actor(request.user, partnership)
    if not can_edit_service(actor, service):
        raise PermissionDenied
    form = ServiceForm(posted(request), instance=service, partnership=partnership, actor=actor)
    saved = save_form(
        request,
        form,
        lambda: services.update_service(
            service=service,
            actor=actor,
            expected_version=form.expected_version,
            **form.changes(),
        ),
    )
    if saved is not None:
        messages.success(request, _("Listing saved."))
        return redirect(_detail_url(partnership, saved))
    return _page(
        request,
        partnership,
        "service_form.html",
        {
            "form": form,
            "title": _("Edit the listing"),
            "service": service,
            "cancel_url": _detail_url(partnership, service),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
@require_POST
def service_approve(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    service = selectors.get_service(partnership=partnership, pk=pk)
    services.approve_service(service=service, actor=get_actor(request.user, partnership))
    messages.success(request, _("Listing approved: it is in the public directory."))
    return redirect(_detail_url(partnership, service))


@login_required
@require_POST
def service_reviewed(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    service = selectors.get_service(partnership=partnership, pk=pk)
    services.mark_reviewed(service=service, actor=get_actor(request.user, partnership))
    messages.success(request, _("Listing marked as reviewed."))
    return redirect(_detail_url(partnership, service))


@login_required
@require_POST
def service_send_back(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    service = selectors.get_service(partnership=partnership, pk=pk)
    form = SendBackForm(request.POST)
    sent = save_form(
        request,
        form,
        lambda: services.send_back_service(
            service=service,
            actor=get_actor(request.user, partnership),
            reviewer=request.user,
            note=form.cleaned_data["note"],
        ),
    )
    if sent is not None:
        messages.success(request, _("Listing sent back to its organization with your note."))
        return redirect(_detail_url(partnership, service))
    service = selectors.get_service_details(partnership=partnership, pk=pk)
    context = _detail_context(request, partnership, service, send_back=form)
    return _page(request, partnership, "service_detail.html", context, status=400)


@login_required
@require_POST
def service_verify(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, CONTRIBUTE)
    service = selectors.get_service(partnership=partnership, pk=pk)
    actor = get_actor(request.user, partnership)
    if not can_edit_service(actor, service):
        raise PermissionDenied
    email = str(getattr(request.user, "email", ""))
    services.mark_verified(service=service, actor=actor, email=email)
    messages.success(request, _("Listing marked as verified today."))
    return redirect(_detail_url(partnership, service))


@login_required
@require_POST
def detail_add(request: HttpRequest, slug: str, pk: int, kind: str) -> HttpResponse:
    if kind not in services.ROW_KINDS:
        raise Http404("No such detail.")
    partnership = access_partnership(request.user, slug, CONTRIBUTE)
    service = selectors.get_service(partnership=partnership, pk=pk)
    actor = get_actor(request.user, partnership)
    if not can_edit_service(actor, service):
        raise PermissionDenied
    form = detail_form(kind, partnership, request.POST, service=service)

    def write() -> Any:
        data = dict(form.cleaned_data)
        if kind == "location":
            return services.add_location(service=service, actor=actor, **data)
        if kind == "category":
            return services.add_category(service=service, actor=actor, **data)
        return services.add_detail(service=service, actor=actor, kind=kind, **data)

    if save_form(request, form, write) is not None:
        messages.success(request, _("Saved."))
        anchor = dict(SECTIONS)[kind]
        return redirect(f"{_detail_url(partnership, service)}#{anchor}")
    service = selectors.get_service_details(partnership=partnership, pk=pk)
    return _page(
        request,
        partnership,
        "service_detail.html",
        _detail_context(request, partnership, service, bound=form),
        status=400,
    )


@login_required
@require_POST
def detail_remove(request: HttpRequest, slug: str, pk: int, kind: str, row_id: int) -> HttpResponse:
    if kind not in services.ROW_KINDS:
        raise Http404("No such detail.")
    partnership = access_partnership(request.user, slug, CONTRIBUTE)
    service = selectors.get_service(partnership=partnership, pk=pk)
    actor = get_actor(request.user, partnership)
    if not can_edit_service(actor, service):
        raise PermissionDenied
    if not services.remove_detail(service=service, actor=actor, kind=kind, row_id=row_id):
        raise Http404("No such detail.")
    messages.success(request, _("Removed."))
    return redirect(f"{_detail_url(partnership, service)}#{dict(SECTIONS)[kind]}")


# --- verification report ----------------------------------------------------------------------


def stale_table(listings: list[Service]) -> Table:
    return Table(
        key="stale",
        sheet=_("Not verified"),
        title=_("Listings not verified in 12 months"),
        headers=[
            _("Organization"),
            _("Listing"),
            _("Status"),
            _("Last verified"),
            _("Verified by"),
        ],
        rows=[
            [
                str(service.organization),
                str(service),
                str(service.get_status_display()),
                service.assured_date.isoformat() if service.assured_date else _("Never"),
                service.assurer_email,
            ]
            for service in listings
        ],
    )


@login_required
def stale_listings(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    listings = selectors.list_stale_services(partnership=partnership)
    if request.GET.get("format"):
        # the downloads hold every listing to verify
        export = _export(
            request, [stale_table(list(listings))], f"listings-not-verified-{partnership.slug}"
        )
        if export is not None:
            return export
    # after a 211 import nothing is verified yet: one page of listings at a time
    page = Paginator(listings, LISTINGS_PER_PAGE).get_page(request.GET.get("page"))
    groups: dict[int, dict[str, Any]] = {}
    for service in page.object_list:
        group = groups.setdefault(
            service.organization_id, {"organization": service.organization, "services": []}
        )
        group["services"].append(service)
    return _page(
        request,
        partnership,
        "stale_listings.html",
        {
            "groups": list(groups.values()),
            "total": page.paginator.count,
            "page_obj": page,
            "cutoff": selectors.stale_cutoff(),
        },
    )


# --- gap analysis -----------------------------------------------------------------------------


@login_required
def gap_analysis(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    report = gaps.gap_report(partnership=partnership)
    tables = gaps.gap_tables(report)
    export = _export(request, tables, f"directory-gaps-{partnership.slug}-{timezone.localdate()}")
    if export is not None:
        return export
    points = [
        {
            "label": ngettext(
                "%(area)s: %(services)s service, %(francophone)s Francophone",
                "%(area)s: %(services)s services, %(francophone)s Francophone",
                row.services,
            )
            % {"area": row.name, "services": row.services, "francophone": row.francophone},
            "services": row.services,
            "lat": row.latitude,
            "lng": row.longitude,
        }
        for row in report.areas
        if row.latitude is not None and row.longitude is not None
    ]
    has_leaflet = bool(finders.find("vendor/leaflet/leaflet.js"))
    return _page(
        request,
        partnership,
        "gaps.html",
        {
            "report": report,
            "tables": {table.key: table for table in tables},
            "map_points": points,
            "show_map": has_leaflet and bool(points),
            "map_config": {
                "tiles": settings.DIRECTORY_TILE_URL,
                "attribution": settings.DIRECTORY_TILE_ATTRIBUTION,
                "points": points,
            },
        },
    )


# --- directory settings -----------------------------------------------------------------------


def _settings_url(partnership: Partnership) -> str:
    return reverse("directory:settings", args=[partnership.slug])


@login_required
def directory_settings(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    return _page(
        request,
        partnership,
        "settings.html",
        {
            "synonyms": list(selectors.list_synonyms(partnership=partnership)),
            "languages": list(selectors.list_community_languages(partnership=partnership)),
        },
    )


def _settings_form(
    request: HttpRequest, partnership: Partnership, form: Any, title: str, intro: str
) -> HttpResponse:
    return _page(
        request,
        partnership,
        "settings_form.html",
        {"form": form, "title": title, "intro": intro, "cancel_url": _settings_url(partnership)},
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
def synonym_form(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    actor = get_actor(request.user, partnership)
    synonym = selectors.get_synonym(partnership=partnership, pk=pk) if pk is not None else None
    form = SynonymForm(posted(request), instance=synonym)
    saved = save_form(
        request,
        form,
        lambda: services.save_synonym(
            partnership=partnership,
            actor=actor,
            synonym=synonym,
            expected_version=form.expected_version if synonym else None,
            **form.changes(),
        ),
    )
    if saved is not None:
        messages.success(request, _("Search synonyms saved."))
        return redirect(_settings_url(partnership))
    return _settings_form(
        request,
        partnership,
        form,
        _("Edit search synonyms") if synonym else _("Add search synonyms"),
        _("Words the public search treats as the same: a search for one finds the others."),
    )


@login_required
def community_language_form(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    actor = get_actor(request.user, partnership)
    language = (
        selectors.get_community_language(partnership=partnership, pk=pk) if pk is not None else None
    )
    form = CommunityLanguageForm(posted(request), instance=language)
    saved = save_form(
        request,
        form,
        lambda: services.save_community_language(
            partnership=partnership,
            actor=actor,
            language=language,
            expected_version=form.expected_version if language else None,
            **form.changes(),
        ),
    )
    if saved is not None:
        messages.success(request, _("Community language saved."))
        return redirect(_settings_url(partnership))
    return _settings_form(
        request,
        partnership,
        form,
        _("Edit a community language") if language else _("Add a community language"),
        _(
            "A language newcomers in the community speak. The gap analysis compares these "
            "with the languages services are offered in."
        ),
    )


@login_required
def setting_delete(request: HttpRequest, slug: str, kind: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    actor = get_actor(request.user, partnership)
    record: Any
    if kind == "synonym":
        record = selectors.get_synonym(partnership=partnership, pk=pk)
    elif kind == "language":
        record = selectors.get_community_language(partnership=partnership, pk=pk)
    else:
        raise Http404("No such setting.")
    if request.method == "POST":
        if kind == "synonym":
            services.delete_synonym(synonym=record, actor=actor)
        else:
            services.delete_community_language(language=record, actor=actor)
        messages.success(request, _("Deleted."))
        return redirect(_settings_url(partnership))
    return _page(
        request,
        partnership,
        "settings_delete.html",
        {"record": record, "cancel_url": _settings_url(partnership)},
    )
