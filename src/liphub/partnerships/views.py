"""Pages of the partnership module: dashboard, partners, people, bodies and seats,
representation, audit trail.

Each view starts with `access_partnership` (404 when the partnership is not visible, 403
without the permission), fetches its objects within that partnership (another partnership's
id answers 404), and leaves writes to `services` and reads to `selectors`.
"""

from __future__ import annotations

from typing import Any

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from liphub.accounts.access import access_partnership
from liphub.core.models import Partnership
from liphub.partnerships import exports, selectors, services
from liphub.partnerships.forms import (
    AddPartnerForm,
    BodyForm,
    EndSeatForm,
    OrganizationForm,
    PartnerForm,
    PersonForm,
    SeatForm,
)
from liphub.partnerships.models import Body, Organization, Partner, Person, Seat
from liphub.partnerships.web import form_page, partnership_page
from liphub.partnerships.web import posted as _posted
from liphub.partnerships.web import save_form as _save

VIEW = "partnerships.view"
MANAGE = "partnerships.manage"
VIEW_AUDIT = "partnerships.view_audit"
AUDIT_PAGE_SIZE = 50


def _page(
    request: HttpRequest,
    partnership: Partnership,
    template: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    return partnership_page(request, partnership, f"partnerships/{template}", context, status)


def _form_page(
    request: HttpRequest, partnership: Partnership, form: django_forms.BaseForm, **kwargs: Any
) -> HttpResponse:
    return form_page(request, partnership, form, template="partnerships/form.html", **kwargs)


# --- Dashboard ---------------------------------------------------------------------------------


@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    summary = selectors.get_dashboard(partnership=partnership)
    return _page(request, partnership, "dashboard.html", {"summary": summary})


# --- Organizations and partners ----------------------------------------------------------------


@login_required
def organization_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    organizations = selectors.list_organizations(partnership=partnership)
    rows = [(org, selectors.partner_of(org)) for org in organizations]
    return _page(
        request,
        partnership,
        "organization_list.html",
        {"rows": rows, "partner_count": sum(1 for _org, partner in rows if partner)},
    )


@login_required
def organization_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    organization = selectors.get_organization(partnership=partnership, pk=pk)
    return _page(
        request,
        partnership,
        "organization_detail.html",
        {
            "organization": organization,
            "partner": selectors.partner_of(organization),
            "people": selectors.list_people(partnership=partnership).filter(
                organization=organization
            ),
            "seats": selectors.list_organization_seats(organization=organization),
        },
    )


def _organization_url(partnership: Partnership, organization: Organization) -> str:
    return reverse(
        "partnerships:organization_detail", kwargs={"slug": partnership.slug, "pk": organization.pk}
    )


@login_required
def organization_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    form = OrganizationForm(
        _posted(request), instance=Organization(partnership=partnership), partnership=partnership
    )
    organization = _save(
        request,
        form,
        lambda: services.create_organization(partnership=partnership, **form.changes()),
    )
    if organization is not None:
        messages.success(request, _("Organization created."))
        return redirect(_organization_url(partnership, organization))
    return _form_page(
        request,
        partnership,
        form,
        title=_("New organization"),
        cancel_url=reverse("partnerships:organization_list", args=[slug]),
    )


@login_required
def organization_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    organization = selectors.get_organization(partnership=partnership, pk=pk)
    form = OrganizationForm(_posted(request), instance=organization, partnership=partnership)
    saved = _save(
        request,
        form,
        lambda: services.update_organization(
            organization=organization, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Organization saved."))
        return redirect(_organization_url(partnership, saved))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit %(name)s") % {"name": organization},
        cancel_url=_organization_url(partnership, organization),
    )


@login_required
def partner_add(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    form = AddPartnerForm(_posted(request))
    partner = _save(
        request,
        form,
        lambda: services.add_partner(partnership=partnership, **form.cleaned_data),
    )
    if partner is not None:
        messages.success(request, _("%(name)s is now a partner.") % {"name": partner.organization})
        return redirect(_organization_url(partnership, partner.organization))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Add partner"),
        intro=_(
            "A new organization joins the partnership. You can complete its other details "
            "afterwards."
        ),
        submit=_("Add partner"),
        cancel_url=reverse("partnerships:organization_list", args=[slug]),
    )


@login_required
def partner_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Make an organization a partner, or edit its partner membership."""
    partnership = access_partnership(request.user, slug, MANAGE)
    organization = selectors.get_organization(partnership=partnership, pk=pk)
    existing = selectors.partner_of(organization)
    instance = existing or Partner(partnership=partnership, organization=organization)
    form = PartnerForm(_posted(request), instance=instance)

    def write() -> Partner:
        if existing is None:
            return services.make_partner(organization=organization, **form.partner_fields())
        return services.update_partner(
            partner=existing, expected_version=form.expected_version, **form.partner_fields()
        )

    partner = _save(request, form, write)
    if partner is not None:
        messages.success(request, _("Partner membership saved."))
        return redirect(_organization_url(partnership, organization))
    title = (
        _("Make %(name)s a partner") if existing is None else _("Partner membership of %(name)s")
    )
    return _form_page(
        request,
        partnership,
        form,
        title=title % {"name": organization},
        cancel_url=_organization_url(partnership, organization),
    )


# --- People ------------------------------------------------------------------------------------


@login_required
def person_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    people = selectors.list_people(partnership=partnership)
    return _page(request, partnership, "person_list.html", {"people": people})


@login_required
def person_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    initial = {}
    organization_id = request.GET.get("organization", "")
    if organization_id.isdigit():
        initial["organization"] = organization_id
    form = PersonForm(
        _posted(request),
        instance=Person(partnership=partnership),
        partnership=partnership,
        initial=initial,
    )
    person = _save(
        request, form, lambda: services.create_person(partnership=partnership, **form.changes())
    )
    if person is not None:
        messages.success(request, _("Contact added."))
        return redirect("partnerships:person_list", slug=slug)
    return _form_page(
        request,
        partnership,
        form,
        title=_("New contact"),
        cancel_url=reverse("partnerships:person_list", args=[slug]),
    )


@login_required
def person_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    person = selectors.get_person(partnership=partnership, pk=pk)
    form = PersonForm(_posted(request), instance=person, partnership=partnership)
    saved = _save(
        request,
        form,
        lambda: services.update_person(
            person=person, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Contact saved."))
        return redirect("partnerships:person_list", slug=slug)
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit %(name)s") % {"name": person},
        cancel_url=reverse("partnerships:person_list", args=[slug]),
    )


# --- Bodies and seats --------------------------------------------------------------------------


def _body_url(partnership: Partnership, body: Body) -> str:
    return reverse("partnerships:body_detail", kwargs={"slug": partnership.slug, "pk": body.pk})


@login_required
def body_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    tree = selectors.list_body_tree(partnership=partnership)
    return _page(request, partnership, "body_list.html", {"tree": tree})


@login_required
def body_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    body = selectors.get_body(partnership=partnership, pk=pk)
    seats = list(selectors.list_body_seats(body=body))
    return _page(
        request,
        partnership,
        "body_detail.html",
        {
            "body": body,
            "children": selectors.list_child_bodies(body=body),
            "current_seats": [seat for seat in seats if seat.is_current()],
            "past_seats": [seat for seat in seats if not seat.is_current()],
        },
    )


@login_required
def body_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    initial = {}
    parent_id = request.GET.get("parent", "")
    if parent_id.isdigit():
        initial["parent"] = parent_id
    form = BodyForm(
        _posted(request),
        instance=Body(partnership=partnership),
        partnership=partnership,
        initial=initial,
    )
    body = _save(
        request, form, lambda: services.create_body(partnership=partnership, **form.changes())
    )
    if body is not None:
        messages.success(request, _("Body created."))
        return redirect(_body_url(partnership, body))
    return _form_page(
        request,
        partnership,
        form,
        title=_("New body"),
        cancel_url=reverse("partnerships:body_list", args=[slug]),
    )


@login_required
def body_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    body = selectors.get_body(partnership=partnership, pk=pk)
    form = BodyForm(_posted(request), instance=body, partnership=partnership)
    saved = _save(
        request,
        form,
        lambda: services.update_body(
            body=body, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Body saved."))
        return redirect(_body_url(partnership, saved))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit %(name)s") % {"name": body},
        cancel_url=_body_url(partnership, body),
    )


@login_required
def seat_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    body = selectors.get_body(partnership=partnership, pk=pk)
    form = SeatForm(
        _posted(request),
        instance=Seat(partnership=partnership, body=body),
        partnership=partnership,
    )
    seat = _save(request, form, lambda: services.create_seat(body=body, **form.changes()))
    if seat is not None:
        messages.success(request, _("Seat added."))
        return redirect(_body_url(partnership, body))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Add a seat on %(body)s") % {"body": body},
        cancel_url=_body_url(partnership, body),
    )


@login_required
def seat_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    seat = selectors.get_seat(partnership=partnership, pk=pk)
    form = SeatForm(_posted(request), instance=seat, partnership=partnership)
    saved = _save(
        request,
        form,
        lambda: services.update_seat(
            seat=seat, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Seat saved."))
        return redirect(_body_url(partnership, seat.body))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit the seat of %(person)s on %(body)s")
        % {"person": seat.person, "body": seat.body},
        cancel_url=_body_url(partnership, seat.body),
    )


@login_required
def seat_end(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    seat = selectors.get_seat(partnership=partnership, pk=pk)
    form = EndSeatForm(_posted(request), seat=seat)
    saved = _save(
        request,
        form,
        lambda: services.end_seat(
            seat=seat,
            expected_version=form.cleaned_data["version"],
            term_end=form.cleaned_data["term_end"],
        ),
    )
    if saved is not None:
        messages.success(request, _("The term has been ended."))
        return redirect(_body_url(partnership, seat.body))
    return _form_page(
        request,
        partnership,
        form,
        title=_("End the term of %(person)s on %(body)s")
        % {"person": seat.person, "body": seat.body},
        submit=_("End the term"),
        cancel_url=_body_url(partnership, seat.body),
    )


# --- Representation ----------------------------------------------------------------------------


@login_required
def representation(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    body: Body | None = None
    body_id = request.GET.get("body", "")
    if body_id:
        if not body_id.isdigit():
            raise Http404
        body = selectors.get_body(partnership=partnership, pk=int(body_id))
    figures = selectors.get_representation(partnership=partnership)
    try:
        focus = figures.scope_for(body)
    except LookupError:
        raise Http404 from None  # an inactive body has no representation figures
    tables = exports.representation_tables(figures, focus)
    filename = f"representation-{partnership.slug}" + (f"-body-{body.pk}" if body else "")
    export = request.GET.get("format", "")
    if export == "csv":
        response = HttpResponse(
            exports.tables_to_csv(tables), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response
    if export == "xlsx":
        response = HttpResponse(
            exports.tables_to_xlsx(tables),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        return response
    query = f"body={body.pk}&" if body else ""
    return _page(
        request,
        partnership,
        "representation.html",
        {
            "figures": figures,
            "focus": focus,
            "selected_body": body,
            "tables": {table.key: table for table in tables},
            "csv_query": f"?{query}format=csv",
            "xlsx_query": f"?{query}format=xlsx",
        },
    )


# --- Audit trail -------------------------------------------------------------------------------


@login_required
def audit_log(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW_AUDIT)
    paginator = Paginator(selectors.list_audit_entries(partnership=partnership), AUDIT_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    rows = selectors.describe_audit_entries(list(page.object_list), partnership=partnership)
    return _page(request, partnership, "audit_log.html", {"page": page, "rows": rows})
