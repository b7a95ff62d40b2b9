"""Action plan pages: plans, activities, indicators and measurements, lens answers, the XLSX
import and export, and the coordinator dashboard.

Every role of the partnership reads; coordinators write (`partnerships.manage`). Each view
starts with `access_partnership`, then fetches its objects within that partnership, so
another partnership's id answers 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template import TemplateDoesNotExist
from django.template.loader import select_template
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from liphub.accounts.access import access_partnership
from liphub.actions import dashboard_html, quality, selectors, services, xlsx
from liphub.actions.forms import (
    ActivityForm,
    IndicatorForm,
    LensAnswersForm,
    MeasurementForm,
    PlanChoiceForm,
    PlanForm,
    PlanImportForm,
)
from liphub.actions.models import ActionPlan, Activity, ActivityStatus, Indicator, Measurement
from liphub.actions.sparklines import sparkline_svg
from liphub.core.fiscal import parse_fiscal_year
from liphub.core.models import Partnership
from liphub.partnerships.web import form_page, partnership_page
from liphub.partnerships.web import posted as _posted
from liphub.partnerships.web import save_form as _save
from liphub.strategy.models import PriorityArea

VIEW = "partnerships.view"
MANAGE = "partnerships.manage"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PROGRESS_PANEL = "progress/_activity_panel.html"
INDICATOR_STATE_LABELS = [
    ("met", gettext_lazy("At or above target")),
    ("below", gettext_lazy("Below target")),
    ("not_measured", gettext_lazy("Not measured yet")),
]


def _page(
    request: HttpRequest,
    partnership: Partnership,
    template: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    return partnership_page(request, partnership, f"actions/{template}", context, status)


def _form_page(
    request: HttpRequest, partnership: Partnership, form: django_forms.BaseForm, **kwargs: Any
) -> HttpResponse:
    return form_page(request, partnership, form, template="actions/form.html", **kwargs)


def _confirm_delete(
    request: HttpRequest, partnership: Partnership, *, title: str, name: str, cancel_url: str
) -> HttpResponse:
    return _page(
        request,
        partnership,
        "confirm_delete.html",
        {"title": title, "name": name, "cancel_url": cancel_url},
    )


def _plan_url(plan: ActionPlan) -> str:
    return reverse("actions:plan_detail", args=[plan.partnership.slug, plan.pk])


def _activity_url(activity: Activity, anchor: str = "") -> str:
    url = reverse("actions:activity_detail", args=[activity.partnership.slug, activity.pk])
    return f"{url}#{anchor}" if anchor else url


# --- Plans -------------------------------------------------------------------------------------


@login_required
def plan_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    return _page(
        request,
        partnership,
        "plan_list.html",
        {"plans": list(selectors.list_plans(partnership=partnership))},
    )


@login_required
def plan_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    form = PlanForm(_posted(request), partnership=partnership)
    plan = _save(
        request,
        form,
        lambda: services.create_plan(partnership=partnership, **form.changes()),
    )
    if plan is not None:
        messages.success(request, _("Action plan created."))
        return redirect(_plan_url(plan))
    return _form_page(
        request,
        partnership,
        form,
        title=_("New action plan"),
        cancel_url=reverse("actions:plan_list", args=[slug]),
    )


@login_required
def plan_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    plan = selectors.get_plan(partnership=partnership, pk=pk)
    form = PlanForm(_posted(request), instance=plan, partnership=partnership)
    saved = _save(
        request,
        form,
        lambda: services.update_plan(
            plan=plan, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Action plan saved."))
        return redirect(_plan_url(saved))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit the %(year)s action plan") % {"year": plan.fiscal_year_label},
        cancel_url=_plan_url(plan),
    )


@login_required
def plan_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    plan = selectors.get_plan(partnership=partnership, pk=pk)
    activities = list(selectors.list_plan_activities(plan=plan))
    checks = quality.run_checks(plan)
    flags = selectors.activity_flags(checks)
    for activity in activities:
        activity.quality_flags = flags.get(activity.pk, [])  # type: ignore[attr-defined]
    return _page(
        request,
        partnership,
        "plan_detail.html",
        {
            "plan": plan,
            "areas": selectors.group_by_area(activities),
            "activity_count": len(activities),
            "checks": checks,
            "coverage": selectors.list_lens_coverage(
                plan=plan, activity_ids=[a.pk for a in activities]
            ),
        },
    )


@login_required
def plan_export(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    plan = selectors.get_plan(partnership=partnership, pk=pk)
    response = HttpResponse(xlsx.export_plan(plan=plan), content_type=XLSX_TYPE)
    filename = f"action-plan-{partnership.slug}-{plan.fiscal_year_label}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def plan_template(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    response = HttpResponse(xlsx.plan_template(partnership=partnership), content_type=XLSX_TYPE)
    response["Content-Disposition"] = 'attachment; filename="action-plan-template.xlsx"'
    return response


@login_required
def plan_import(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    plan = selectors.get_plan(partnership=partnership, pk=pk)
    form = PlanImportForm(_posted(request), request.FILES or None)
    errors: list[xlsx.RowError] = []
    if request.method == "POST" and form.is_valid():
        try:
            summary = xlsx.import_plan(plan=plan, content=form.cleaned_data["file"].read())
        except xlsx.PlanImportError as error:
            errors = error.errors
        else:
            messages.success(request, _("Import done. %(summary)s") % {"summary": summary})
            return redirect(_plan_url(plan))
    failed = bool(errors) or (form.is_bound and bool(form.errors))
    return _page(
        request,
        partnership,
        "plan_import.html",
        {"plan": plan, "form": form, "errors": errors},
        status=400 if failed else 200,
    )


# --- Activities --------------------------------------------------------------------------------


@login_required
def activity_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    plan = selectors.get_plan(partnership=partnership, pk=pk)
    form = ActivityForm(
        _posted(request), instance=Activity(partnership=partnership, plan=plan), plan=plan
    )
    activity = _save(
        request,
        form,
        lambda: services.create_activity(plan=plan, **form.activity_fields()),
    )
    if activity is not None:
        messages.success(request, _("Activity created."))
        return redirect(_activity_url(activity))
    return _form_page(
        request,
        partnership,
        form,
        title=_("New activity in the %(year)s plan") % {"year": plan.fiscal_year_label},
        cancel_url=_plan_url(plan),
    )


@login_required
def activity_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    activity = selectors.get_activity(partnership=partnership, pk=pk)
    form = ActivityForm(_posted(request), instance=activity, plan=activity.plan)
    saved = _save(
        request,
        form,
        lambda: services.update_activity(
            activity=activity, expected_version=form.expected_version, **form.activity_fields()
        ),
    )
    if saved is not None:
        messages.success(request, _("Activity saved."))
        return redirect(_activity_url(saved))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit %(name)s") % {"name": activity},
        cancel_url=_activity_url(activity),
    )


@login_required
def activity_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    activity = selectors.get_activity(partnership=partnership, pk=pk)
    if request.method == "POST":
        plan = activity.plan
        services.delete_activity(activity=activity)
        messages.success(request, _("Activity deleted."))
        return redirect(_plan_url(plan))
    return _confirm_delete(
        request,
        partnership,
        title=_("Delete activity"),
        name=str(activity),
        cancel_url=_activity_url(activity),
    )


def _progress_panel_exists() -> bool:
    try:
        select_template([PROGRESS_PANEL])
    except TemplateDoesNotExist:
        return False
    return True


@login_required
def activity_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    activity = selectors.get_activity(partnership=partnership, pk=pk)
    indicators = []
    for indicator in activity.indicators.all():
        measurements = list(indicator.measurements.all())
        label = _("Measurements of %(name)s over time, target %(target)s") % {
            "name": indicator,
            "target": indicator.target if indicator.target is not None else "—",
        }
        chart = sparkline_svg([m.value for m in measurements], target=indicator.target, label=label)
        indicators.append({"indicator": indicator, "measurements": measurements, "chart": chart})
    lenses = selectors.list_active_lenses(partnership=partnership)
    answers = selectors.answers_by_question(activity=activity)
    lens_rows = [
        {
            "lens": lens,
            "questions": [(q, answers.get(q.pk)) for q in lens.questions.all()],
        }
        for lens in lenses
    ]
    checks = quality.run_checks(activity.plan)
    return _page(
        request,
        partnership,
        "activity_detail.html",
        {
            "activity": activity,
            "plan": activity.plan,
            "indicators": indicators,
            "lens_rows": lens_rows,
            "flags": selectors.activity_flags(checks).get(activity.pk, []),
            "progress_panel": _progress_panel_exists(),
        },
    )


@login_required
def activity_lens(request: HttpRequest, slug: str, pk: int, lens_pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    activity = selectors.get_activity(partnership=partnership, pk=pk)
    lens = selectors.get_active_lens(partnership=partnership, pk=lens_pk)
    form = LensAnswersForm(
        _posted(request), lens=lens, answers=selectors.answers_by_question(activity=activity)
    )
    saved = _save(
        request,
        form,
        lambda: services.save_lens_answers(activity=activity, lens=lens, answers=form.answers()),
    )
    if saved is not None:
        messages.success(request, _("Lens answers saved."))
        return redirect(_activity_url(activity, "lenses"))
    return _page(
        request,
        partnership,
        "lens_form.html",
        {"activity": activity, "lens": lens, "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def activity_from_follow_up(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """A meeting's follow-up item becomes an activity: choose the plan, then create it."""
    partnership = access_partnership(request.user, slug, MANAGE)
    follow_up = selectors.get_follow_up(partnership=partnership, pk=pk)
    meeting_url = reverse("meetings:meeting_detail", args=[slug, follow_up.meeting_id])
    default = selectors.get_current_plan(partnership=partnership)
    chosen = "plan" in request.POST
    form = PlanChoiceForm(
        request.POST if chosen else None, partnership=partnership, default=default
    )
    already = selectors.follow_up_has_activity(follow_up)
    if already:
        form.add_error(None, _("This follow-up item is already an activity."))
    activity = (
        None
        if already
        else _save(
            request,
            form,
            lambda: services.create_activity_from_follow_up(
                follow_up=follow_up, plan=form.cleaned_data["plan"]
            ),
        )
    )
    if activity is not None:
        messages.success(request, _("The follow-up item is now an activity of the plan."))
        return redirect(_activity_url(activity))
    return _page(
        request,
        partnership,
        "follow_up_to_activity.html",
        {
            "follow_up": follow_up,
            "form": form,
            "has_plans": default is not None,
            "meeting_url": meeting_url,
            "already": already,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


# --- Indicators and measurements ----------------------------------------------------------------


@login_required
def indicator_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    activity = selectors.get_activity(partnership=partnership, pk=pk)
    form = IndicatorForm(
        _posted(request), instance=Indicator(partnership=partnership, activity=activity)
    )
    indicator = _save(
        request,
        form,
        lambda: services.create_indicator(activity=activity, **form.changes()),
    )
    if indicator is not None:
        messages.success(request, _("Indicator added."))
        return redirect(_activity_url(activity, f"indicator-{indicator.pk}"))
    return _form_page(
        request,
        partnership,
        form,
        title=_("New indicator for %(name)s") % {"name": activity},
        intro=_(
            "Results-Based Accountability asks three questions: how much did we do, how well "
            "did we do it, and is anyone better off?"
        ),
        cancel_url=_activity_url(activity),
    )


@login_required
def indicator_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    indicator = selectors.get_indicator(partnership=partnership, pk=pk)
    form = IndicatorForm(_posted(request), instance=indicator)
    saved = _save(
        request,
        form,
        lambda: services.update_indicator(
            indicator=indicator, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Indicator saved."))
        return redirect(_activity_url(indicator.activity, f"indicator-{indicator.pk}"))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit the indicator %(name)s") % {"name": indicator},
        cancel_url=_activity_url(indicator.activity),
    )


@login_required
def indicator_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    indicator = selectors.get_indicator(partnership=partnership, pk=pk)
    activity = indicator.activity
    if request.method == "POST":
        services.delete_indicator(indicator=indicator)
        messages.success(request, _("Indicator deleted, with its measurements."))
        return redirect(_activity_url(activity, "indicators"))
    return _confirm_delete(
        request,
        partnership,
        title=_("Delete indicator"),
        name=str(indicator),
        cancel_url=_activity_url(activity),
    )


@login_required
def measurement_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    indicator = selectors.get_indicator(partnership=partnership, pk=pk)
    form = MeasurementForm(
        _posted(request),
        instance=Measurement(partnership=partnership, indicator=indicator),
        initial={"date": timezone.localdate()},
    )
    measurement = _save(
        request,
        form,
        lambda: services.add_measurement(indicator=indicator, **form.changes()),
    )
    if measurement is not None:
        messages.success(request, _("Measurement added."))
        return redirect(_activity_url(indicator.activity, f"indicator-{indicator.pk}"))
    return _form_page(
        request,
        partnership,
        form,
        title=_("New measurement of %(name)s") % {"name": indicator},
        cancel_url=_activity_url(indicator.activity),
    )


@login_required
def measurement_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    measurement = selectors.get_measurement(partnership=partnership, pk=pk)
    indicator = measurement.indicator
    form = MeasurementForm(_posted(request), instance=measurement)
    saved = _save(
        request,
        form,
        lambda: services.update_measurement(
            measurement=measurement, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Measurement saved."))
        return redirect(_activity_url(indicator.activity, f"indicator-{indicator.pk}"))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit a measurement of %(name)s") % {"name": indicator},
        cancel_url=_activity_url(indicator.activity),
    )


@login_required
def measurement_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    measurement = selectors.get_measurement(partnership=partnership, pk=pk)
    activity = measurement.indicator.activity
    if request.method == "POST":
        services.delete_measurement(measurement=measurement)
        messages.success(request, _("Measurement deleted."))
        return redirect(_activity_url(activity, f"indicator-{measurement.indicator_id}"))
    return _confirm_delete(
        request,
        partnership,
        title=_("Delete measurement"),
        name=_("%(date)s: %(value)s") % {"date": measurement.date, "value": measurement.value},
        cancel_url=_activity_url(activity),
    )


# --- Dashboard ----------------------------------------------------------------------------------


def _chosen_plan(
    request: HttpRequest, partnership: Partnership
) -> tuple[list[ActionPlan], ActionPlan | None]:
    """The partnership's plans, and the one of the fiscal year asked for (`?year=2011-12`),
    or else the current one."""
    plans = list(selectors.list_plan_years(partnership=partnership))
    plan: ActionPlan | None = None
    requested = request.GET.get("year", "")
    if requested:
        try:
            year = parse_fiscal_year(requested)
        except ValueError:
            year = None
        plan = next((p for p in plans if p.fiscal_year == year), None)
    if plan is None:
        plan = selectors.get_current_plan(partnership=partnership)
    if plan is not None:
        plan.partnership = partnership  # already at hand: spares a query
    return plans, plan


_ANY_ID = 987654321987654321


def _id_url(name: str, slug: str) -> tuple[str, str]:
    """The URL of `name` for any object as (before the id, after it): reversed once for a
    page that links many rows (the id goes in between)."""
    url = reverse(name, kwargs={"slug": slug, "pk": _ANY_ID})
    before, _any, after = url.partition(str(_ANY_ID))
    return before, after


@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    plans, plan = _chosen_plan(request, partnership)
    if plan is None:
        return _page(request, partnership, "dashboard.html", {"plans": plans, "plan": None})
    summary = selectors.get_dashboard(plan=plan)
    activity_url = _id_url("actions:activity_detail", slug)
    return _page(
        request,
        partnership,
        "dashboard.html",
        {
            "plans": plans,
            "plan": plan,
            "summary": summary,
            "checks": quality.count_checks(
                plan, unmeasured_targets=summary.indicator_totals.not_measured
            ),
            "rows": {
                "areas": dashboard_html.area_rows(summary.areas),
                "indicator_areas": dashboard_html.indicator_area_rows(
                    summary.indicator_areas,
                    reverse("actions:indicator_list", args=[slug]),
                    plan.fiscal_year_label,
                ),
                "furthest_below": dashboard_html.furthest_below_rows(
                    summary.furthest_below, activity_url
                ),
                "overdue_follow_ups": dashboard_html.follow_up_rows(
                    summary.overdue_follow_ups, _id_url("meetings:meeting_detail", slug)
                ),
                "upcoming": dashboard_html.upcoming_items(summary.upcoming, activity_url),
            },
        },
    )


INDICATORS_PER_PAGE = 50
ACTIVITIES_PER_PAGE = 50


@dataclass(frozen=True)
class AreaFilter:
    """`?area=` of the activity and indicator lists: a priority area id of this partnership
    (`pk`, `area`) or "none" (rows with no priority area); `param` is what links keep."""

    pk: int | None = None
    area: PriorityArea | None = None
    none: bool = False

    @property
    def param(self) -> str:
        return str(self.pk) if self.area else "none" if self.none else ""


def _area_filter(request: HttpRequest, partnership: Partnership) -> AreaFilter:
    value = request.GET.get("area", "")
    if value.isdigit():
        pk = int(value)
        return AreaFilter(pk=pk, area=selectors.get_priority_area(partnership=partnership, pk=pk))
    return AreaFilter(none=value == "none")


def _list_query(plan: ActionPlan, area: AreaFilter, **narrowed: str) -> str:
    """The query string that pages of a filtered list keep: the plan, the area, the filter."""
    query = {"year": plan.fiscal_year_label, "area": area.param, **narrowed}
    return urlencode({key: value for key, value in query.items() if value})


@login_required
def activity_list(request: HttpRequest, slug: str) -> HttpResponse:
    """The activities of a plan, 50 a page; `?area=` (a priority area id, or "none") and
    `?status=` narrow it, as the annual report's counts by priority area and status link
    here."""
    partnership = access_partnership(request.user, slug, VIEW)
    plans, plan = _chosen_plan(request, partnership)
    if plan is None:
        return _page(request, partnership, "activity_list.html", {"plans": plans, "plan": None})
    area = _area_filter(request, partnership)
    status = request.GET.get("status", "")
    status = status if status in ActivityStatus.values else ""
    activities = selectors.list_activities(
        plan=plan, area=area.pk, no_area=area.none, status=status
    )
    page = Paginator(activities, ACTIVITIES_PER_PAGE).get_page(request.GET.get("page"))
    return _page(
        request,
        partnership,
        "activity_list.html",
        {
            "plans": plans,
            "plan": plan,
            "page_obj": page,
            "area": area.area,
            "no_area": area.none,
            "status": status,
            "status_choices": ActivityStatus.choices,
            "query": _list_query(plan, area, status=status),
        },
    )


@login_required
def indicator_list(request: HttpRequest, slug: str) -> HttpResponse:
    """Every indicator of a plan with its latest measurement against target, 50 a page;
    `?area=` (a priority area id, or "none") and `?state=` (met, below, not_measured)
    narrow it, as the dashboard's figures link here."""
    partnership = access_partnership(request.user, slug, VIEW)
    plans, plan = _chosen_plan(request, partnership)
    if plan is None:
        return _page(request, partnership, "indicator_list.html", {"plans": plans, "plan": None})
    area = _area_filter(request, partnership)
    state = request.GET.get("state", "")
    state = state if state in selectors.STATE_CONDITIONS else ""
    indicators = selectors.list_indicator_progress(
        plan=plan, area=area.pk, no_area=area.none, state=state
    )
    page = Paginator(indicators, INDICATORS_PER_PAGE).get_page(request.GET.get("page"))
    return _page(
        request,
        partnership,
        "indicator_list.html",
        {
            "plans": plans,
            "plan": plan,
            "page_obj": page,
            "rows": [selectors.progress_of(indicator) for indicator in page.object_list],
            "area": area.area,
            "no_area": area.none,
            "state": state,
            "state_choices": INDICATOR_STATE_LABELS,
            "query": _list_query(plan, area, state=state),
        },
    )
