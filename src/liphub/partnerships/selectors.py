"""Reads of the partnership module: lists, details, the representation analysis, the audit trail.

Every function takes the partnership (already checked by `access_partnership`) and only ever
returns its rows: another partnership's id answers 404. Meetings and attendance are read
through the reverse relations of bodies and seats (`Body.meetings`, `Seat.attendance`), so this
app never imports the meetings app that depends on it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from auditlog.models import LogEntry
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Count, Model, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from liphub.core.models import Partnership
from liphub.partnerships.models import Body, Organization, Partner, Person, Seat, Sector

ATTENDANCE_WINDOW_DAYS = 365
ATTENDANCE_STATUSES = ("present", "regrets", "absent")


# --- Single objects (404 outside the partnership) -------------------------------------------


def get_organization(*, partnership: Partnership, pk: int) -> Organization:
    return get_object_or_404(
        Organization.objects.filter(partnership=partnership)
        .select_related("partner", "parent_organization")
        .prefetch_related("partner__sectors"),
        pk=pk,
    )


def get_person(*, partnership: Partnership, pk: int) -> Person:
    return get_object_or_404(
        Person.objects.filter(partnership=partnership).select_related("organization"), pk=pk
    )


def get_body(*, partnership: Partnership, pk: int) -> Body:
    return get_object_or_404(
        Body.objects.filter(partnership=partnership).select_related("parent"), pk=pk
    )


def get_seat(*, partnership: Partnership, pk: int) -> Seat:
    return get_object_or_404(
        Seat.objects.filter(partnership=partnership).select_related(
            "body", "person", "organization"
        ),
        pk=pk,
    )


def partner_of(organization: Organization) -> Partner | None:
    """The organization's partner membership, or None (without a query when select_related)."""
    return getattr(organization, "partner", None)


# --- Lists -------------------------------------------------------------------------------------


def _display_key(obj: Any) -> str:
    return str(obj).casefold()


def list_organizations(*, partnership: Partnership) -> list[Organization]:
    """Every organization with its partner membership and sectors, by name in the reader's
    language."""
    organizations = (
        Organization.objects.filter(partnership=partnership)
        .select_related("partner")
        .prefetch_related("partner__sectors")
    )
    return sorted(organizations, key=_display_key)


def list_people(*, partnership: Partnership) -> QuerySet[Person]:
    return (
        Person.objects.filter(partnership=partnership)
        .select_related("organization")
        .order_by("full_name")
    )


def list_sectors() -> QuerySet[Sector]:
    return Sector.objects.all()


def current_seats_filter(on: dt.date, prefix: str = "") -> Q:
    """Seats whose term covers `on` (open ends count as current)."""
    return (Q(**{f"{prefix}term_start__isnull": True}) | Q(**{f"{prefix}term_start__lte": on})) & (
        Q(**{f"{prefix}term_end__isnull": True}) | Q(**{f"{prefix}term_end__gte": on})
    )


@dataclass
class BodyNode:
    """A body in the governance tree, with its current seat count."""

    body: Body
    depth: int
    current_seats: int
    children: list[BodyNode] = field(default_factory=list)


def list_body_tree(*, partnership: Partnership, on: dt.date | None = None) -> list[BodyNode]:
    """Bodies as a tree: top-level bodies first, each with its sub-bodies."""
    day = on or timezone.localdate()
    bodies = list(
        Body.objects.filter(partnership=partnership).annotate(
            current_seat_count=Count("seats", filter=current_seats_filter(day, "seats__"))
        )
    )
    bodies.sort(key=lambda body: (not body.is_active, _display_key(body)))
    by_parent: dict[int | None, list[Body]] = defaultdict(list)
    ids = {body.pk for body in bodies}
    for body in bodies:
        parent_id = body.parent_id if body.parent_id in ids else None
        by_parent[parent_id].append(body)

    def build(parent_id: int | None, depth: int, seen: frozenset[int]) -> list[BodyNode]:
        nodes = []
        for body in by_parent.get(parent_id, []):
            if body.pk in seen:  # a cycle in old data: never loop forever
                continue
            node = BodyNode(
                body=body, depth=depth, current_seats=getattr(body, "current_seat_count", 0)
            )
            node.children = build(body.pk, depth + 1, seen | {body.pk})
            nodes.append(node)
        return nodes

    return build(None, 0, frozenset())


def list_descendant_ids(*, body: Body) -> set[int]:
    """The ids of every body below `body` (children, their children, ...)."""
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent_id in Body.objects.filter(partnership_id=body.partnership_id).values_list(
        "pk", "parent_id"
    ):
        if parent_id is not None:
            children[parent_id].append(pk)
    found: set[int] = set()
    stack = list(children.get(body.pk, []))
    while stack:
        pk = stack.pop()
        if pk in found:
            continue
        found.add(pk)
        stack.extend(children.get(pk, []))
    return found


def list_child_bodies(*, body: Body) -> list[Body]:
    return sorted(
        Body.objects.filter(partnership_id=body.partnership_id, parent=body), key=_display_key
    )


def list_body_seats(*, body: Body) -> QuerySet[Seat]:
    return (
        Seat.objects.filter(partnership_id=body.partnership_id, body=body)
        .select_related("person", "organization")
        .order_by("role", "person__full_name")
    )


def list_organization_seats(*, organization: Organization) -> QuerySet[Seat]:
    return (
        Seat.objects.filter(partnership_id=organization.partnership_id, organization=organization)
        .select_related("person", "body")
        .order_by("body__name_en", "person__full_name")
    )


# --- Representation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SectorPresence:
    """One sector at a body's table (or the whole partnership's): how many current seats."""

    sector: Sector
    seats: int

    @property
    def present(self) -> bool:
        return self.seats > 0


@dataclass(frozen=True)
class AttendanceTally:
    """Attendance of an organization or a sector over the window: present, regrets, absent."""

    label: str
    present: int
    regrets: int
    absent: int

    @property
    def total(self) -> int:
        return self.present + self.regrets + self.absent

    @property
    def rate_percent(self) -> int | None:
        """Share of meetings attended, in whole percent; None when there is no record."""
        if not self.total:
            return None
        return round(100 * self.present / self.total)


@dataclass(frozen=True)
class RepresentationScope:
    """Representation figures for one body, or for the whole partnership (body is None)."""

    body: Body | None
    seats: int
    sectors: list[SectorPresence]
    seats_without_sector: int
    immigrant_representatives: int
    francophone_representatives: int
    attendance_by_organization: list[AttendanceTally]
    attendance_by_sector: list[AttendanceTally]

    @property
    def label(self) -> str:
        return str(self.body) if self.body is not None else gettext("Whole partnership")

    @property
    def key_sectors(self) -> list[SectorPresence]:
        return [row for row in self.sectors if row.sector.is_key]

    @property
    def key_present(self) -> list[Sector]:
        return [row.sector for row in self.key_sectors if row.present]

    @property
    def key_missing(self) -> list[Sector]:
        return [row.sector for row in self.key_sectors if not row.present]

    @property
    def max_sector_seats(self) -> int:
        return max((row.seats for row in self.sectors), default=0)


@dataclass(frozen=True)
class Representation:
    partnership: Partnership
    on: dt.date
    attendance_since: dt.date
    overall: RepresentationScope
    bodies: list[RepresentationScope]

    def scope_for(self, body: Body | None) -> RepresentationScope:
        if body is None:
            return self.overall
        for scope in self.bodies:
            if scope.body is not None and scope.body.pk == body.pk:
                return scope
        raise LookupError(body)


def _partner_sectors(organization: Organization | None, on: dt.date) -> list[Sector]:
    """The sectors of an organization's partner membership, if it is a partner on `on`."""
    if organization is None:
        return []
    partner = partner_of(organization)
    if partner is None:
        return []
    if partner.since is not None and partner.since > on:
        return []
    if partner.until is not None and partner.until < on:
        return []
    return list(partner.sectors.all())


def _tallies(
    counts: dict[Any, Counter[str]], labels: dict[Any, str], order: dict[Any, Any]
) -> list[AttendanceTally]:
    keys = sorted(counts, key=lambda key: order[key])
    return [
        AttendanceTally(
            label=labels[key],
            present=counts[key]["present"],
            regrets=counts[key]["regrets"],
            absent=counts[key]["absent"],
        )
        for key in keys
    ]


def _scope(
    *,
    body: Body | None,
    seats: Sequence[Seat],
    attendance: Iterable[tuple[int | None, str, int]],
    organizations: dict[int, Organization],
    sectors: Sequence[Sector],
    on: dt.date,
) -> RepresentationScope:
    seats_per_sector: Counter[int] = Counter()
    without_sector = 0
    for seat in seats:
        organization = organizations.get(seat.organization_id) if seat.organization_id else None
        seat_sectors = _partner_sectors(organization, on)
        if not seat_sectors:
            without_sector += 1
        seats_per_sector.update({sector.pk for sector in seat_sectors})
    sector_rows = [
        SectorPresence(sector=sector, seats=seats_per_sector[sector.pk])
        for sector in sectors
        if sector.is_key or seats_per_sector[sector.pk]
    ]

    by_organization: dict[int | None, Counter[str]] = defaultdict(Counter)
    by_sector: dict[int, Counter[str]] = defaultdict(Counter)
    for organization_id, status, count in attendance:
        by_organization[organization_id][status] += count
        organization = organizations.get(organization_id) if organization_id else None
        for sector in _partner_sectors(organization, on):
            by_sector[sector.pk][status] += count
    no_organization = gettext("No organization")
    org_labels: dict[int | None, str] = {
        pk: (str(organizations[pk]) if pk in organizations else no_organization)
        for pk in by_organization
        if pk is not None
    }
    org_labels[None] = no_organization
    org_order = {pk: (pk is None, org_labels[pk].casefold()) for pk in by_organization}
    sector_by_pk = {sector.pk: sector for sector in sectors}
    return RepresentationScope(
        body=body,
        seats=len(seats),
        sectors=sector_rows,
        seats_without_sector=without_sector,
        immigrant_representatives=sum(1 for s in seats if s.is_immigrant_representative),
        francophone_representatives=sum(
            1
            for s in seats
            if s.is_francophone
            or (
                s.organization_id in organizations
                and organizations[s.organization_id].is_francophone
            )
        ),
        attendance_by_organization=_tallies(by_organization, org_labels, org_order),
        attendance_by_sector=_tallies(
            by_sector,
            {pk: str(sector_by_pk[pk]) for pk in by_sector},
            {pk: (sector_by_pk[pk].order, sector_by_pk[pk].code) for pk in by_sector},
        ),
    )


def get_representation(*, partnership: Partnership, on: dt.date | None = None) -> Representation:
    """Representation of the whole partnership and of each active body, on a day.

    - a key sector is at the table when at least one current seat represents an organization
      that is a partner (on that day) in that sector; seats count once per sector of their
      organization;
    - immigrant representatives are seats marked so; Francophone representatives are seats
      marked so or held for a Francophone organization;
    - attendance covers meetings of the last 12 months up to the day, by organization
      represented and by the partner sectors of that organization.

    A fixed number of queries, whatever the number of bodies, seats and meetings.
    """
    day = on or timezone.localdate()
    since = day - dt.timedelta(days=ATTENDANCE_WINDOW_DAYS)
    sectors = list(Sector.objects.all())
    organizations = {
        org.pk: org
        for org in Organization.objects.filter(partnership=partnership)
        .select_related("partner")
        .prefetch_related("partner__sectors")
    }
    bodies = sorted(Body.objects.filter(partnership=partnership, is_active=True), key=_display_key)
    seats = list(
        Seat.objects.filter(partnership=partnership, body__is_active=True).filter(
            current_seats_filter(day)
        )
    )
    start = timezone.make_aware(dt.datetime.combine(since, dt.time.min))
    end = timezone.make_aware(dt.datetime.combine(day, dt.time.max))
    # One row per (body, organization, status) with its count, through Seat.attendance.
    attendance_rows = list(
        Seat.objects.filter(
            partnership=partnership,
            attendance__meeting__starts_at__gte=start,
            attendance__meeting__starts_at__lte=end,
        )
        .values_list("attendance__meeting__body_id", "organization_id", "attendance__status")
        .annotate(count=Count("attendance__id"))
        .order_by()
    )

    def scope(body: Body | None) -> RepresentationScope:
        return _scope(
            body=body,
            seats=[s for s in seats if body is None or s.body_id == body.pk],
            attendance=[
                (org_id, status, count)
                for body_id, org_id, status, count in attendance_rows
                if body is None or body_id == body.pk
            ],
            organizations=organizations,
            sectors=sectors,
            on=day,
        )

    return Representation(
        partnership=partnership,
        on=day,
        attendance_since=since,
        overall=scope(None),
        bodies=[scope(body) for body in bodies],
    )


# --- Dashboard ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    partners: int
    organizations: int
    people: int
    bodies: int
    current_seats: int
    upcoming_meetings: int
    missing_key_sectors: list[Sector]
    key_sectors: int


def get_dashboard(*, partnership: Partnership) -> Dashboard:
    today = timezone.localdate()
    representation = get_representation(partnership=partnership, on=today)
    active_partners = Partner.objects.filter(partnership=partnership).filter(
        Q(until__isnull=True) | Q(until__gte=today)
    )
    upcoming = Body.objects.filter(partnership=partnership).aggregate(
        n=Count("meetings", filter=Q(meetings__starts_at__gte=timezone.now()))
    )["n"]
    return Dashboard(
        partners=active_partners.count(),
        organizations=Organization.objects.filter(partnership=partnership).count(),
        people=Person.objects.filter(partnership=partnership).count(),
        bodies=Body.objects.filter(partnership=partnership, is_active=True).count(),
        current_seats=representation.overall.seats,
        upcoming_meetings=upcoming or 0,
        missing_key_sectors=representation.overall.key_missing,
        key_sectors=len(representation.overall.key_sectors),
    )


# --- Audit trail -------------------------------------------------------------------------------

HIDDEN_AUDIT_FIELDS = frozenset({"id", "version", "created_at", "updated_at", "partnership"})

ACTION_LABELS = {
    LogEntry.Action.CREATE: _("Created"),
    LogEntry.Action.UPDATE: _("Changed"),
    LogEntry.Action.DELETE: _("Deleted"),
    LogEntry.Action.ACCESS: _("Viewed"),
}


def list_audit_entries(*, partnership: Partnership) -> QuerySet[LogEntry]:
    """Audit-log entries tagged with this partnership, newest first."""
    return (
        LogEntry.objects.filter(additional_data__partnership_id=partnership.pk)
        .select_related("actor", "content_type")
        .order_by("-timestamp", "-pk")
    )


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditRow:
    when: dt.datetime
    who: str
    action: str
    object_type: str
    object_repr: str
    changes: list[FieldChange]


def _model_field(model: type[Model] | None, name: str) -> Any:
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:  # a field removed since the entry was written
        return None


def _is_relation(model_field: Any) -> bool:
    return bool(
        model_field is not None
        and (
            getattr(model_field, "many_to_one", False) or getattr(model_field, "one_to_one", False)
        )
    )


def describe_audit_entries(
    entries: Sequence[LogEntry], *, partnership: Partnership
) -> list[AuditRow]:
    """Readable rows for a page of audit entries: field labels, choice labels, related names.

    Related objects named in the changes are fetched in one query per model (no N+1), and only
    from this partnership.
    """
    wanted: dict[type[Model], set[str]] = defaultdict(set)
    for entry in entries:
        model = entry.content_type.model_class()
        for name, values in (entry.changes or {}).items():
            model_field = _model_field(model, name)
            if name in HIDDEN_AUDIT_FIELDS or not _is_relation(model_field):
                continue
            if isinstance(values, list):
                wanted[model_field.related_model].update(
                    str(v) for v in values if v not in (None, "None", "")
                )
    names: dict[tuple[type[Model], str], str] = {}
    for related, pks in wanted.items():
        # select_related(): names built from required relations (a seat names its person).
        found = related._base_manager.filter(pk__in=pks).select_related()
        if any(f.name == "partnership" for f in related._meta.fields):
            found = found.filter(partnership=partnership)
        for obj in found:
            names[(related, str(obj.pk))] = str(obj)

    def show(model_field: Any, value: Any) -> str:
        if value is None or value in ("None", ""):
            return "—"
        if isinstance(value, bool) or value in ("True", "False"):
            return gettext("Yes") if value in (True, "True") else gettext("No")
        if model_field is not None and getattr(model_field, "choices", None):
            return str(dict(model_field.flatchoices).get(value, value))
        if _is_relation(model_field):
            return names.get((model_field.related_model, str(value)), f"#{value}")
        return str(value)

    rows: list[AuditRow] = []
    for entry in entries:
        model = entry.content_type.model_class()
        changes: list[FieldChange] = []
        for name, values in (entry.changes or {}).items():
            if name in HIDDEN_AUDIT_FIELDS:
                continue
            model_field = _model_field(model, name)
            label = str(getattr(model_field, "verbose_name", name))
            if isinstance(values, dict) and values.get("type") == "m2m":
                objects = ", ".join(str(o) for o in values.get("objects", []))
                if values.get("operation") == "delete":
                    changes.append(FieldChange(label, objects, "—"))
                else:
                    changes.append(FieldChange(label, "—", objects))
                continue
            if isinstance(values, list) and len(values) == 2:
                before, after = show(model_field, values[0]), show(model_field, values[1])
                if before != after:  # e.g. a new row's empty fields
                    changes.append(FieldChange(label, before, after))
        if entry.actor is not None:
            who = str(entry.actor)
        else:
            who = entry.actor_email or gettext("System")
        rows.append(
            AuditRow(
                when=entry.timestamp,
                who=who,
                action=str(ACTION_LABELS.get(entry.action, entry.action)),
                object_type=str(model._meta.verbose_name) if model is not None else "",
                object_repr=entry.object_repr,
                changes=changes,
            )
        )
    return rows
