"""Pages of the strategy module: the strategy with its priority areas and goals, and lenses.

Every role of the partnership reads; coordinators write (`partnerships.manage`). Each view
starts with `access_partnership` (404 when the partnership is not visible, 403 without the
permission), fetches its objects within that partnership (another partnership's id answers
404), and leaves writes to `services` and reads to `selectors`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from liphub.accounts.access import access_partnership
from liphub.core.models import Partnership
from liphub.partnerships.web import form_page, partnership_page
from liphub.partnerships.web import posted as _posted
from liphub.partnerships.web import save_form as _save
from liphub.strategy import selectors, services
from liphub.strategy.forms import (
    GoalForm,
    LensForm,
    LensQuestionForm,
    LensTemplateForm,
    MoveForm,
    PriorityAreaForm,
    StrategyForm,
    VersionForm,
)
from liphub.strategy.lenses import LENS_TEMPLATES
from liphub.strategy.models import Goal, Lens, LensQuestion, PriorityArea, Strategy

VIEW = "partnerships.view"
MANAGE = "partnerships.manage"


def _page(
    request: HttpRequest,
    partnership: Partnership,
    template: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    return partnership_page(request, partnership, f"strategy/{template}", context, status)


def _form_page(
    request: HttpRequest, partnership: Partnership, form: django_forms.BaseForm, **kwargs: Any
) -> HttpResponse:
    return form_page(request, partnership, form, template="strategy/form.html", **kwargs)


def _confirm_delete_page(
    request: HttpRequest,
    partnership: Partnership,
    form: VersionForm,
    *,
    title: str,
    question: str,
    cancel_url: str,
) -> HttpResponse:
    return _page(
        request,
        partnership,
        "confirm_delete.html",
        {"form": form, "title": title, "question": question, "cancel_url": cancel_url},
        status=400 if form.is_bound and form.errors else 200,
    )


def _strategy_url(slug: str, strategy: Strategy, anchor: str = "") -> str:
    url = reverse("strategy:strategy_detail", kwargs={"slug": slug, "pk": strategy.pk})
    return f"{url}#{anchor}" if anchor else url


def _area_url(slug: str, area: PriorityArea) -> str:
    return _strategy_url(slug, area.strategy, f"area-{area.pk}")


def _goal_url(slug: str, goal: Goal) -> str:
    return _strategy_url(slug, goal.priority_area.strategy, f"goal-{goal.pk}")


def _lens_url(slug: str, lens: Lens) -> str:
    return reverse("strategy:lens_detail", kwargs={"slug": slug, "pk": lens.pk})


# --- The strategy ------------------------------------------------------------------------------


def _strategy_page(
    request: HttpRequest, partnership: Partnership, strategy: Strategy | None
) -> HttpResponse:
    current = selectors.get_current_strategy(partnership=partnership)
    others = selectors.list_strategies(partnership=partnership)
    if strategy is not None:
        others = others.exclude(pk=strategy.pk)
    return _page(
        request,
        partnership,
        "overview.html",
        {
            "strategy": strategy,
            "is_current": strategy is not None and current is not None and strategy == current,
            "areas": selectors.list_priority_areas(strategy=strategy) if strategy else [],
            "others": list(others),
            "current": current,
        },
    )


@login_required
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    """The current strategy: the one whose period contains today, else the latest."""
    partnership = access_partnership(request.user, slug, VIEW)
    strategy = selectors.get_current_strategy(partnership=partnership)
    return _strategy_page(request, partnership, strategy)


@login_required
def strategy_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    strategy = selectors.get_strategy(partnership=partnership, pk=pk)
    return _strategy_page(request, partnership, strategy)


@login_required
def strategy_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    form = StrategyForm(_posted(request), instance=Strategy(partnership=partnership))
    strategy = _save(
        request,
        form,
        lambda: services.create_strategy(partnership=partnership, **form.changes()),
    )
    if strategy is not None:
        messages.success(request, _("Strategy created."))
        return redirect(_strategy_url(slug, strategy))
    return _form_page(
        request,
        partnership,
        form,
        title=_("New strategy"),
        intro=_(
            "A strategy covers several years: its vision, then priority areas with goals "
            "under each. Earlier strategies stay in the history."
        ),
        cancel_url=reverse("strategy:overview", args=[slug]),
    )


@login_required
def strategy_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    strategy = selectors.get_strategy(partnership=partnership, pk=pk)
    title = _("Edit %(strategy)s") % {"strategy": strategy}
    form = StrategyForm(_posted(request), instance=strategy)
    saved = _save(
        request,
        form,
        lambda: services.update_strategy(
            strategy=strategy, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Strategy saved."))
        return redirect(_strategy_url(slug, saved))
    return _form_page(
        request, partnership, form, title=title, cancel_url=_strategy_url(slug, strategy)
    )


# --- Priority areas ----------------------------------------------------------------------------


@login_required
def area_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    strategy = selectors.get_strategy(partnership=partnership, pk=pk)
    form = PriorityAreaForm(
        _posted(request),
        instance=PriorityArea(partnership=partnership, strategy=strategy),
    )
    area = _save(
        request, form, lambda: services.create_priority_area(strategy=strategy, **form.changes())
    )
    if area is not None:
        messages.success(request, _("Priority area added."))
        return redirect(_area_url(slug, area))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Add a priority area to %(strategy)s") % {"strategy": strategy},
        cancel_url=_strategy_url(slug, strategy),
    )


@login_required
def area_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    area = selectors.get_priority_area(partnership=partnership, pk=pk)
    title = _("Edit %(area)s") % {"area": area}
    form = PriorityAreaForm(_posted(request), instance=area)
    saved = _save(
        request,
        form,
        lambda: services.update_priority_area(
            area=area, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Priority area saved."))
        return redirect(_area_url(slug, saved))
    return _form_page(request, partnership, form, title=title, cancel_url=_area_url(slug, area))


def _move(request: HttpRequest, move: Callable[..., object], back: str) -> HttpResponse:
    """POST only: one place up or down; a stale or bad request says so and changes nothing."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = MoveForm(request.POST)
    if form.is_valid():
        try:
            move(
                expected_version=form.cleaned_data["version"],
                direction=form.cleaned_data["direction"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    else:
        messages.error(request, _("The order could not be changed. Reload the page and try again."))
    return redirect(back)


@login_required
def area_move(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    area = selectors.get_priority_area(partnership=partnership, pk=pk)
    return _move(
        request,
        lambda **kwargs: services.move_priority_area(area=area, **kwargs),
        _area_url(slug, area),
    )


@login_required
def area_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    area = selectors.get_priority_area(partnership=partnership, pk=pk)
    form = VersionForm(_posted(request), initial={"version": area.version})

    def delete() -> bool:
        services.delete_priority_area(area=area, expected_version=form.cleaned_data["version"])
        return True

    deleted = _save(request, form, delete)
    if deleted:
        messages.success(request, _("Priority area deleted."))
        return redirect(_strategy_url(slug, area.strategy))
    return _confirm_delete_page(
        request,
        partnership,
        form,
        title=_("Delete %(area)s") % {"area": area},
        question=_(
            "Delete the priority area “%(area)s” and its goals? Activities that serve these "
            "goals are kept, without a goal. This cannot be undone."
        )
        % {"area": area},
        cancel_url=_area_url(slug, area),
    )


# --- Goals -------------------------------------------------------------------------------------


@login_required
def goal_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    area = selectors.get_priority_area(partnership=partnership, pk=pk)
    form = GoalForm(
        _posted(request),
        instance=Goal(partnership=partnership, priority_area=area),
        strategy=area.strategy,
    )
    goal = _save(request, form, lambda: services.create_goal(**form.changes()))
    if goal is not None:
        messages.success(request, _("Goal added."))
        return redirect(_goal_url(slug, goal))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Add a goal to %(area)s") % {"area": area},
        cancel_url=_area_url(slug, area),
    )


@login_required
def goal_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    goal = selectors.get_goal(partnership=partnership, pk=pk)
    title = _("Edit %(goal)s") % {"goal": goal}
    cancel_url = _goal_url(slug, goal)
    form = GoalForm(_posted(request), instance=goal, strategy=goal.priority_area.strategy)
    saved = _save(
        request,
        form,
        lambda: services.update_goal(
            goal=goal, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Goal saved."))
        return redirect(_goal_url(slug, saved))
    return _form_page(request, partnership, form, title=title, cancel_url=cancel_url)


@login_required
def goal_move(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    goal = selectors.get_goal(partnership=partnership, pk=pk)
    return _move(
        request, lambda **kwargs: services.move_goal(goal=goal, **kwargs), _goal_url(slug, goal)
    )


@login_required
def goal_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    goal = selectors.get_goal(partnership=partnership, pk=pk)
    area_url = _area_url(slug, goal.priority_area)
    form = VersionForm(_posted(request), initial={"version": goal.version})

    def delete() -> bool:
        services.delete_goal(goal=goal, expected_version=form.cleaned_data["version"])
        return True

    deleted = _save(request, form, delete)
    if deleted:
        messages.success(request, _("Goal deleted."))
        return redirect(area_url)
    return _confirm_delete_page(
        request,
        partnership,
        form,
        title=_("Delete %(goal)s") % {"goal": goal},
        question=_(
            "Delete the goal “%(goal)s”? Activities that serve it are kept, without a goal. "
            "This cannot be undone."
        )
        % {"goal": goal},
        cancel_url=area_url,
    )


# --- Lenses ------------------------------------------------------------------------------------


@login_required
def lens_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    lenses = list(selectors.list_lenses(partnership=partnership))
    taken = {lens.code for lens in lenses}
    templates = [template for code, template in LENS_TEMPLATES.items() if code not in taken]
    return _page(request, partnership, "lens_list.html", {"lenses": lenses, "templates": templates})


@login_required
def lens_add_template(request: HttpRequest, slug: str) -> HttpResponse:
    """Add one of the shipped lenses (the youth lens, ...) with its questions."""
    partnership = access_partnership(request.user, slug, MANAGE)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = LensTemplateForm(request.POST)
    if form.is_valid():
        try:
            lens = services.add_lens_from_template(
                partnership=partnership, code=form.cleaned_data["template"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Lens added: %(lens)s.") % {"lens": lens})
            return redirect(_lens_url(slug, lens))
    else:
        messages.error(request, _("There is no such lens template."))
    return redirect("strategy:lens_list", slug=slug)


@login_required
def lens_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    form = LensForm(_posted(request), instance=Lens(partnership=partnership))
    lens = _save(
        request, form, lambda: services.create_lens(partnership=partnership, **form.changes())
    )
    if lens is not None:
        messages.success(request, _("Lens created. Now add its questions."))
        return redirect(_lens_url(slug, lens))
    return _form_page(
        request,
        partnership,
        form,
        title=_("New lens"),
        intro=_(
            "A lens is a set of questions every activity is read through, answered yes, "
            "partly or no."
        ),
        cancel_url=reverse("strategy:lens_list", args=[slug]),
    )


@login_required
def lens_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    lens = selectors.get_lens(partnership=partnership, pk=pk)
    return _page(
        request, partnership, "lens_detail.html", {"lens": lens, "questions": lens.questions.all()}
    )


@login_required
def lens_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    lens = selectors.get_lens(partnership=partnership, pk=pk)
    title = _("Edit %(lens)s") % {"lens": lens}
    form = LensForm(_posted(request), instance=lens)
    saved = _save(
        request,
        form,
        lambda: services.update_lens(
            lens=lens, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Lens saved."))
        return redirect(_lens_url(slug, saved))
    return _form_page(request, partnership, form, title=title, cancel_url=_lens_url(slug, lens))


@login_required
def question_create(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    lens = selectors.get_lens(partnership=partnership, pk=pk)
    form = LensQuestionForm(
        _posted(request),
        instance=LensQuestion(partnership=partnership, lens=lens),
    )
    question = _save(
        request, form, lambda: services.create_lens_question(lens=lens, **form.changes())
    )
    if question is not None:
        messages.success(request, _("Question added."))
        return redirect(_lens_url(slug, lens))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Add a question to %(lens)s") % {"lens": lens},
        cancel_url=_lens_url(slug, lens),
    )


@login_required
def question_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    question = selectors.get_lens_question(partnership=partnership, pk=pk)
    form = LensQuestionForm(_posted(request), instance=question)
    saved = _save(
        request,
        form,
        lambda: services.update_lens_question(
            question=question, expected_version=form.expected_version, **form.changes()
        ),
    )
    if saved is not None:
        messages.success(request, _("Question saved."))
        return redirect(_lens_url(slug, saved.lens))
    return _form_page(
        request,
        partnership,
        form,
        title=_("Edit a question of %(lens)s") % {"lens": question.lens},
        cancel_url=_lens_url(slug, question.lens),
    )


@login_required
def question_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    question = selectors.get_lens_question(partnership=partnership, pk=pk)
    form = VersionForm(_posted(request), initial={"version": question.version})

    def delete() -> bool:
        services.delete_lens_question(
            question=question, expected_version=form.cleaned_data["version"]
        )
        return True

    deleted = _save(request, form, delete)
    if deleted:
        messages.success(request, _("Question deleted."))
        return redirect(_lens_url(slug, question.lens))
    return _confirm_delete_page(
        request,
        partnership,
        form,
        title=_("Delete a question of %(lens)s") % {"lens": question.lens},
        question=_(
            "Delete the question “%(question)s” and every activity's answer to it? This "
            "cannot be undone."
        )
        % {"question": question},
        cancel_url=_lens_url(slug, question.lens),
    )
