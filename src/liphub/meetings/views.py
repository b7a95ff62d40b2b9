"""Meeting pages. Reads for every role of the partnership; writes for coordinators.

Inline forms (decisions, follow-up items) answer htmx requests with the updated section and
plain POSTs with a redirect, so every action works without JavaScript.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from liphub.accounts.access import access_partnership
from liphub.core.models import Partnership
from liphub.documents import selectors as document_selectors
from liphub.documents import services as document_services
from liphub.documents.forms import DocumentUploadForm
from liphub.meetings import selectors, services
from liphub.meetings.forms import (
    AttachDocumentsForm,
    AttendanceForm,
    DecisionForm,
    FollowUpForm,
    MeetingForm,
    MinutesForm,
    PublishForm,
)
from liphub.meetings.models import Decision, FollowUp, FollowUpStatus, Meeting

VIEW = "partnerships.view"
MANAGE = "partnerships.manage"


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _base_context(request: HttpRequest, partnership: Partnership, **extra: Any) -> dict[str, Any]:
    return {
        "partnership": partnership,
        "can_manage": request.user.has_perm(MANAGE, partnership),
        **extra,
    }


def _apply_service_error(form: BaseForm, error: ValidationError) -> None:
    """Show a service's validation error on the form: on its fields when it names them."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _meeting_url(meeting: Meeting, anchor: str = "") -> str:
    url = reverse("meetings:meeting_detail", args=[meeting.partnership.slug, meeting.pk])
    return f"{url}#{anchor}" if anchor else url


def _not_post(request: HttpRequest) -> HttpResponse | None:
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])


def _detail_context(
    request: HttpRequest, partnership: Partnership, meeting: Meeting, **forms: Any
) -> dict[str, Any]:
    context = _base_context(
        request,
        partnership,
        meeting=meeting,
        attendance=selectors.list_attendance(meeting),
        decisions=list(meeting.decisions.all()),
        follow_ups=list(meeting.follow_ups.all()),
        documents=list(meeting.documents.all()),
    )
    if context["can_manage"]:
        people = selectors.list_people(partnership)
        attached = [d.pk for d in context["documents"]]
        attachable = document_selectors.list_attachable_documents(
            user=request.user, partnership=partnership, exclude_ids=attached
        )
        context.update(
            decision_form=forms.get("decision_form") or DecisionForm(prefix="decision"),
            follow_up_form=forms.get("follow_up_form")
            or FollowUpForm(prefix="follow_up", people=people),
            attach_form=forms.get("attach_form") or AttachDocumentsForm(documents=attachable),
            has_attachable=attachable.exists(),
            upload_form=forms.get("upload_form")
            or DocumentUploadForm(
                prefix="upload",
                visibilities=document_selectors.upload_visibilities_for(request.user, partnership),
            ),
            publish_form=PublishForm(
                initial={"version": meeting.version, "published": not meeting.is_published},
                auto_id=False,  # hidden inputs only: no ids to clash with other forms
            ),
        )
    return context


@login_required
def meeting_list(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    bodies = list(selectors.list_bodies(partnership))
    body = None
    body_id = request.GET.get("body", "")
    if body_id.isdigit():
        body = next((b for b in bodies if b.pk == int(body_id)), None)
    meetings = selectors.list_meetings(partnership=partnership, body=body)
    return render(
        request,
        "meetings/meeting_list.html",
        _base_context(
            request,
            partnership,
            bodies=bodies,
            selected_body=body,
            upcoming=meetings.upcoming,
            past=meetings.past,
        ),
    )


@login_required
def meeting_create(request: HttpRequest, slug: str) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    bodies = selectors.list_bodies(partnership)
    initial = {}
    body_id = request.GET.get("body", "")
    if body_id.isdigit():
        initial["body"] = int(body_id)
    form = MeetingForm(request.POST or None, bodies=bodies, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.create_meeting(partnership=partnership, **form.meeting_fields())
        except ValidationError as error:
            _apply_service_error(form, error)
        else:
            messages.success(request, _("The meeting was created."))
            return redirect(_meeting_url(meeting))
    return render(
        request,
        "meetings/meeting_form.html",
        _base_context(request, partnership, form=form, meeting=None, has_bodies=bodies.exists()),
        status=400 if form.errors else 200,
    )


@login_required
def meeting_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, VIEW)
    meeting = selectors.get_meeting_detail(user=request.user, partnership=partnership, pk=pk)
    return render(
        request, "meetings/meeting_detail.html", _detail_context(request, partnership, meeting)
    )


@login_required
def meeting_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, pk)
    form = MeetingForm(
        request.POST or None, instance=meeting, bodies=selectors.list_bodies(partnership)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_meeting(
                meeting=meeting,
                expected_version=form.expected_version(),
                **form.meeting_fields(),
            )
        except ValidationError as error:
            _apply_service_error(form, error)
        else:
            messages.success(request, _("The meeting was saved."))
            return redirect(_meeting_url(meeting))
    return render(
        request,
        "meetings/meeting_form.html",
        _base_context(request, partnership, form=form, meeting=meeting, has_bodies=True),
        status=400 if form.errors else 200,
    )


@login_required
def meeting_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, pk)
    if request.method == "POST":
        services.delete_meeting(meeting=meeting)
        messages.success(request, _("The meeting was deleted."))
        return redirect("meetings:meeting_list", slug=partnership.slug)
    return render(
        request,
        "meetings/meeting_confirm_delete.html",
        _base_context(request, partnership, meeting=meeting),
    )


@login_required
def meeting_attendance(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, pk)
    rows = selectors.list_attendance(meeting)
    form = AttendanceForm(request.POST or None, rows=rows, version=meeting.version)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_attendance(
                meeting=meeting,
                statuses=form.statuses(),
                expected_version=form.cleaned_data["version"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Attendance was recorded."))
            return redirect(_meeting_url(meeting, "attendance"))
    return render(
        request,
        "meetings/attendance_form.html",
        _base_context(request, partnership, meeting=meeting, form=form, rows=rows),
        status=400 if form.errors else 200,
    )


@login_required
def meeting_minutes(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, pk)
    form = MinutesForm(request.POST or None, instance=meeting)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_minutes(
                meeting=meeting,
                expected_version=form.expected_version(),
                minutes_en=form.cleaned_data["minutes_en"],
                minutes_fr=form.cleaned_data["minutes_fr"],
            )
        except ValidationError as error:
            _apply_service_error(form, error)
        else:
            messages.success(request, _("The minutes were saved."))
            return redirect(_meeting_url(meeting, "minutes"))
    return render(
        request,
        "meetings/minutes_form.html",
        _base_context(request, partnership, meeting=meeting, form=form),
        status=400 if form.errors else 200,
    )


@login_required
def meeting_publish(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, pk)
    if (refused := _not_post(request)) is not None:
        return refused
    form = PublishForm(request.POST)
    if form.is_valid():
        published = form.cleaned_data["published"]
        try:
            services.publish_meeting(
                meeting=meeting,
                expected_version=form.cleaned_data["version"],
                published=published,
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            if published:
                messages.success(request, _("The meeting is now on the public site."))
            else:
                messages.success(request, _("The meeting was removed from the public site."))
    else:
        messages.error(request, _("The page was out of date. Please try again."))
    return redirect(_meeting_url(meeting))


def _section_response(
    request: HttpRequest,
    partnership: Partnership,
    meeting: Meeting,
    template: str,
    anchor: str,
    **forms: Any,
) -> HttpResponse:
    """htmx: the updated section. Without JavaScript: back to the page, or the whole page
    with the form's errors."""
    has_errors = any(form.errors for form in forms.values())
    if _is_htmx(request) or has_errors:
        # Fresh from the database: the section lists what was just added.
        meeting = selectors.get_meeting_detail(
            user=request.user, partnership=partnership, pk=meeting.pk
        )
    if _is_htmx(request):
        context = _detail_context(request, partnership, meeting, **forms)
        return render(request, template, context)
    if has_errors:
        context = _detail_context(request, partnership, meeting, **forms)
        return render(request, "meetings/meeting_detail.html", context, status=400)
    return redirect(_meeting_url(meeting, anchor))


@login_required
def decision_add(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, pk)
    if (refused := _not_post(request)) is not None:
        return refused
    form = DecisionForm(request.POST, prefix="decision")
    if form.is_valid():
        try:
            services.add_decision(
                meeting=meeting,
                text_en=form.cleaned_data["text_en"],
                text_fr=form.cleaned_data["text_fr"],
            )
        except ValidationError as error:
            _apply_service_error(form, error)
        else:
            form = DecisionForm(prefix="decision")
            if not _is_htmx(request):
                messages.success(request, _("The decision was added."))
    return _section_response(
        request, partnership, meeting, "meetings/_decisions.html", "decisions", decision_form=form
    )


@login_required
def decision_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    decision = selectors.get_decision(partnership, pk)
    form = DecisionForm(request.POST or None, instance=decision)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_decision(
                decision=decision,
                expected_version=form.expected_version(),
                text_en=form.cleaned_data["text_en"],
                text_fr=form.cleaned_data["text_fr"],
            )
        except ValidationError as error:
            _apply_service_error(form, error)
        else:
            messages.success(request, _("The decision was saved."))
            return redirect(_meeting_url(decision.meeting, "decisions"))
    return render(
        request,
        "meetings/decision_form.html",
        _base_context(request, partnership, meeting=decision.meeting, form=form),
        status=400 if form.errors else 200,
    )


@login_required
def decision_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    decision = selectors.get_decision(partnership, pk)
    return _confirm_delete(
        request,
        partnership,
        decision,
        delete=lambda: services.delete_decision(decision=decision),
        done=_("The decision was deleted."),
        anchor="decisions",
        heading=_("Delete decision"),
        item_field="text",
    )


def _confirm_delete(
    request: HttpRequest,
    partnership: Partnership,
    item: Decision | FollowUp,
    *,
    delete: Callable[[], None],
    done: str,
    anchor: str,
    heading: str,
    item_field: str,
) -> HttpResponse:
    """GET asks for confirmation; POST deletes and goes back to the meeting's section."""
    meeting = item.meeting
    if request.method == "POST":
        delete()
        messages.success(request, done)
        return redirect(_meeting_url(meeting, anchor))
    return render(
        request,
        "meetings/confirm_delete.html",
        _base_context(
            request, partnership, meeting=meeting, heading=heading, item=item, item_field=item_field
        ),
    )


@login_required
def follow_up_add(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, pk)
    if (refused := _not_post(request)) is not None:
        return refused
    people = selectors.list_people(partnership)
    form = FollowUpForm(request.POST, prefix="follow_up", people=people)
    if form.is_valid():
        try:
            services.add_follow_up(meeting=meeting, **form.follow_up_fields())
        except ValidationError as error:
            _apply_service_error(form, error)
        else:
            form = FollowUpForm(prefix="follow_up", people=people)
            if not _is_htmx(request):
                messages.success(request, _("The follow-up item was added."))
    return _section_response(
        request,
        partnership,
        meeting,
        "meetings/_follow_ups.html",
        "follow-ups",
        follow_up_form=form,
    )


@login_required
def follow_up_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    follow_up = selectors.get_follow_up(partnership, pk)
    form = FollowUpForm(
        request.POST or None, instance=follow_up, people=selectors.list_people(partnership)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_follow_up(
                follow_up=follow_up,
                expected_version=form.expected_version(),
                **form.follow_up_fields(),
            )
        except ValidationError as error:
            _apply_service_error(form, error)
        else:
            messages.success(request, _("The follow-up item was saved."))
            return redirect(_meeting_url(follow_up.meeting, "follow-ups"))
    return render(
        request,
        "meetings/follow_up_form.html",
        _base_context(request, partnership, meeting=follow_up.meeting, form=form),
        status=400 if form.errors else 200,
    )


@login_required
def follow_up_status(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    follow_up = selectors.get_follow_up(partnership, pk)
    if (refused := _not_post(request)) is not None:
        return refused
    status = request.POST.get("status", "")
    if status in FollowUpStatus.values:
        services.set_follow_up_status(follow_up=follow_up, status=status)
    if _is_htmx(request):
        return render(
            request,
            "meetings/_follow_up_row.html",
            _base_context(request, partnership, meeting=follow_up.meeting, item=follow_up),
        )
    return redirect(_meeting_url(follow_up.meeting, "follow-ups"))


@login_required
def follow_up_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    follow_up = selectors.get_follow_up(partnership, pk)
    return _confirm_delete(
        request,
        partnership,
        follow_up,
        delete=lambda: services.delete_follow_up(follow_up=follow_up),
        done=_("The follow-up item was deleted."),
        anchor="follow-ups",
        heading=_("Delete follow-up item"),
        item_field="description",
    )


@login_required
def meeting_documents_attach(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting_detail(user=request.user, partnership=partnership, pk=pk)
    if (refused := _not_post(request)) is not None:
        return refused
    attached = [d.pk for d in meeting.documents.all()]
    form = AttachDocumentsForm(
        request.POST,
        documents=document_selectors.list_attachable_documents(
            user=request.user, partnership=partnership, exclude_ids=attached
        ),
    )
    if form.is_valid():
        try:
            services.attach_documents(meeting=meeting, documents=form.cleaned_data["documents"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The documents were attached."))
            return redirect(_meeting_url(meeting, "documents"))
    context = _detail_context(request, partnership, meeting, attach_form=form)
    return render(request, "meetings/meeting_detail.html", context, status=400)


@login_required
def meeting_documents_upload(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting_detail(user=request.user, partnership=partnership, pk=pk)
    if (refused := _not_post(request)) is not None:
        return refused
    form = DocumentUploadForm(
        request.POST,
        request.FILES,
        prefix="upload",
        visibilities=document_selectors.upload_visibilities_for(request.user, partnership),
    )
    if form.is_valid():
        try:
            document = document_services.upload_document(
                partnership=partnership, uploaded_by=request.user, **form.cleaned_data
            )
            services.attach_documents(meeting=meeting, documents=[document])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("“%(title)s” was uploaded and attached.") % {"title": document.tr("title")},
            )
            return redirect(_meeting_url(meeting, "documents"))
    context = _detail_context(request, partnership, meeting, upload_form=form)
    return render(request, "meetings/meeting_detail.html", context, status=400)


@login_required
def meeting_document_detach(
    request: HttpRequest, slug: str, pk: int, document_pk: int
) -> HttpResponse:
    partnership = access_partnership(request.user, slug, MANAGE)
    meeting = selectors.get_meeting(partnership, pk)
    document = selectors.get_attached_document(meeting, document_pk)
    if (refused := _not_post(request)) is not None:
        return refused
    services.detach_document(meeting=meeting, document=document)
    messages.success(request, _("The document was detached from the meeting."))
    return redirect(_meeting_url(meeting, "documents"))
