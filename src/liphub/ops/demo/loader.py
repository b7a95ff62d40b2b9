"""`load_demo()`: write the demo content of `liphub.ops.demo.data` (partnerships, people,
meetings, documents, accounts) and `liphub.ops.demo.plans` (strategies, action plans, progress,
contributions) into an empty database, then submit Ottawa's 2011-12 annual report.

Everything is created through the ORM with `full_clean()`, in one transaction, outside the
tenant scope (the loader sets up every partnership). It refuses to run when any partnership
already exists, so it never mixes demo rows into real data. Only the built-in lenses and the
submitted report go through their apps' services (`ensure_builtin_lenses`, `submit_report`), so
the lens questions and the frozen report are exactly what the product makes.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.accounts.models import Membership, NetworkAnalyst, User
from liphub.actions.models import (
    ActionPlan,
    Activity,
    Indicator,
    LensAnswer,
    Measurement,
    SuccessStory,
)
from liphub.core.models import Network, Partnership
from liphub.documents.models import Document
from liphub.meetings.models import Attendance, Decision, FollowUp, Meeting
from liphub.ops.demo import data, plans
from liphub.ops.demo.directory_loader import load_directory
from liphub.partnerships.models import Body, Organization, Partner, Person, Seat, Sector
from liphub.partnerships.sectors import KEY_SECTORS
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.reports.models import SubmittedReport
from liphub.reports.services import submit_report
from liphub.resources.models import Contribution
from liphub.strategy.models import Goal, LensQuestion, PriorityArea, Strategy
from liphub.strategy.services import ensure_builtin_lenses


class DemoDataError(Exception):
    """The demo data cannot be loaded (the database already holds partnerships)."""


@dataclass(frozen=True)
class DemoSummary:
    partnerships: int
    organizations: int
    seats: int
    meetings: int
    accounts: list[data.AccountSpec]
    services: int = 0


def _clean_save(obj: models.Model) -> Any:
    obj.full_clean()
    obj.save()
    return obj


def load_demo(*, today: dt.date | None = None) -> DemoSummary:
    """Load the demo data into a database that holds no partnership yet."""
    try:
        return _load(today or timezone.localdate())
    except ValidationError as exc:  # e.g. a demo account's e-mail is already taken
        raise DemoDataError(f"The demo data does not fit this database: {exc}") from exc


def _load(day: dt.date) -> DemoSummary:
    with scopes_disabled(), transaction.atomic():
        existing = Partnership.objects.count()
        if existing:
            raise DemoDataError(
                f"The database already holds {existing} partnership(s); the demo data is only "
                "loaded into an empty database. Use a new database (e.g. LIPHUB_VAR_DIR or "
                "DATABASE_URL pointing elsewhere) or remove var/ to start over."
            )
        sectors = _ensure_sectors()
        networks = {
            spec.slug: _clean_save(
                Network(slug=spec.slug, name_en=spec.name_en, name_fr=spec.name_fr)
            )
            for spec in data.NETWORKS
        }
        partnerships: dict[str, Partnership] = {}
        for lip in data.LIPS:
            partnership = _clean_save(
                Partnership(
                    slug=lip.slug,
                    name_en=lip.name_en,
                    name_fr=lip.name_fr,
                    lead_organization=lip.lead_organization,
                    region=lip.region,
                    province=lip.province,
                )
            )
            partnership.networks.set([networks[slug] for slug in lip.networks])
            partnerships[lip.slug] = partnership

        users = _create_accounts(partnerships, networks)
        locals_ = {
            local.slug: _load_local(partnerships[local.slug], local, sectors, day)
            for local in data.LOCAL_PARTNERSHIPS
        }
        documents = _load_documents(partnerships, users)
        meetings = _load_meetings(locals_, documents, day)
        meetings += _load_council_history(locals_["ottawa"])
        _link_accounts_to_people(users)
        for work in plans.WORK:
            local = locals_.get(work.slug)
            partnership = partnerships[work.slug]
            if local:
                orgs = local.orgs
            else:
                orgs = _create_orgs(partnership, work.orgs, sectors)
                _seat_network_council(partnership, orgs)
            _load_work(work, partnership, orgs, users, day)
        submit_demo_reports(
            partnerships=partnerships, submitted_by=users["coordinator@demo.liphub.ca"]
        )
        services = load_directory(
            partnership=partnerships["ottawa"], orgs=locals_["ottawa"].orgs, day=day
        )
        organizations = Organization.objects.count()
    return DemoSummary(
        partnerships=len(partnerships),
        organizations=organizations,
        seats=sum(local.seats for local in locals_.values()),
        meetings=meetings,
        accounts=list(data.ACCOUNTS),
        services=services,
    )


def _ensure_sectors() -> dict[str, Sector]:
    """The key sectors by code; the partnerships migration normally created them already."""
    sectors: dict[str, Sector] = {}
    for order, seed in enumerate(KEY_SECTORS, start=1):
        sector = Sector.objects.filter(code=seed.code).first()
        if sector is None:
            sector = _clean_save(
                Sector(
                    code=seed.code,
                    name_en=seed.name_en,
                    name_fr=seed.name_fr,
                    is_key=True,
                    order=order * 10,
                )
            )
        sectors[seed.code] = sector
    return sectors


def _create_accounts(
    partnerships: dict[str, Partnership], networks: dict[str, Network]
) -> dict[str, User]:
    users: dict[str, User] = {}
    for spec in data.ACCOUNTS:
        user = User(
            email=spec.email,
            full_name=spec.full_name,
            is_staff=spec.role == "admin",
            is_superuser=spec.role == "admin",
        )
        user.set_password(data.PASSWORD)
        _clean_save(user)
        if spec.role == "analyst":
            _clean_save(NetworkAnalyst(user=user, network=networks[spec.scope]))
        elif spec.role != "admin":
            _clean_save(
                Membership(
                    user=user,
                    partnership=partnerships[spec.scope],
                    role=spec.role,
                    organization_name=spec.organization,
                )
            )
        users[spec.email] = user
    return users


def _term(kind: str, day: dt.date) -> tuple[dt.date, dt.date]:
    if kind == "past":
        return day - dt.timedelta(days=3 * 365), day - dt.timedelta(days=200)
    start = day - dt.timedelta(days=400)
    return start, start + dt.timedelta(days=2 * 365 - 1)


@dataclass(frozen=True)
class _Local:
    """What the meetings of one partnership in depth refer to."""

    partnership: Partnership
    orgs: dict[str, Organization]
    bodies: dict[str, Body]
    people: dict[str, Person]
    seats: int


def _load_local(
    partnership: Partnership, spec: data.LocalSpec, sectors: dict[str, Sector], day: dt.date
) -> _Local:
    """Organizations, partners, bodies, people and seats of one partnership in depth."""
    partnership.description_en = spec.description_en
    partnership.description_fr = spec.description_fr
    partnership.website = spec.website
    partnership.email = spec.email
    _clean_save(partnership)

    orgs = _create_orgs(partnership, spec.orgs, sectors)

    bodies: dict[str, Body] = {}
    for body in spec.bodies:
        bodies[body.key] = _clean_save(
            Body(
                partnership=partnership,
                kind=body.kind,
                name_en=body.name_en,
                name_fr=body.name_fr,
                mandate_en=body.mandate_en,
                mandate_fr=body.mandate_fr,
                parent=bodies[body.parent] if body.parent else None,
            )
        )

    people: dict[str, Person] = {}
    for seat in spec.seats:
        organization = orgs[seat.org] if seat.org else None
        person = people.get(seat.person)
        if person is None:
            person = _clean_save(
                Person(
                    partnership=partnership,
                    full_name=seat.person,
                    title=seat.title,
                    organization=organization,
                    email=_email_of(seat.person),
                )
            )
            people[seat.person] = person
        term_start, term_end = _term(seat.term, day)
        _clean_save(
            Seat(
                partnership=partnership,
                body=bodies[seat.body],
                person=person,
                organization=organization,
                role=seat.role,
                is_immigrant_representative=seat.immigrant_rep,
                is_francophone=seat.francophone,
                term_start=term_start,
                term_end=term_end,
            )
        )
    return _Local(partnership, orgs, bodies, people, len(spec.seats))


def _create_orgs(
    partnership: Partnership, specs: list[data.Org], sectors: dict[str, Sector]
) -> dict[str, Organization]:
    """Organizations and their partnership membership, by key."""
    orgs: dict[str, Organization] = {}
    for org in specs:
        organization = _clean_save(
            Organization(
                partnership=partnership,
                name_en=org.name_en,
                name_fr=org.name_fr,
                alternate_name=org.acronym,
                website=org.website,
                is_francophone=org.francophone,
            )
        )
        partner = _clean_save(
            Partner(
                partnership=partnership,
                organization=organization,
                since=dt.date(org.since_year, 4, 1),
                is_immigrant_led=org.immigrant_led,
            )
        )
        partner.sectors.set([sectors[code] for code in org.sectors])
        orgs[org.key] = organization
    return orgs


def _email_of(full_name: str) -> str:
    """An invented address: "Hélène Dubois" -> helene.dubois@example.org."""
    plain = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode()
    words = [
        w for w in plain.lower().replace(".", "").replace("'", "").split() if w not in _HONORIFICS
    ]
    return f"{words[0]}.{words[-1]}@example.org"


_HONORIFICS = {"dr", "sgt", "inspector", "constable"}


def _at(day: dt.date, days: int, hour: int = 9, minute: int = 30) -> dt.datetime:
    moment = dt.datetime.combine(day + dt.timedelta(days=days), dt.time(hour, minute))
    return timezone.make_aware(moment)


def _load_meetings(locals_: dict[str, _Local], documents: dict[str, Document], day: dt.date) -> int:
    for spec in data.MEETINGS:
        local = locals_[spec.partnership]
        partnership = local.partnership
        body = local.bodies[spec.body]
        starts_at = _at(day, spec.days_from_today)
        meeting = _clean_save(
            Meeting(
                partnership=partnership,
                body=body,
                title_en=spec.title_en,
                title_fr=spec.title_fr,
                starts_at=starts_at,
                ends_at=starts_at + dt.timedelta(hours=2),
                location=spec.location,
                online_url=spec.online_url,
                agenda_en=spec.agenda_en,
                agenda_fr=spec.agenda_fr,
                minutes_en=spec.minutes_en,
                minutes_fr=spec.minutes_fr,
                is_published=spec.published,
                published_at=starts_at + dt.timedelta(days=7) if spec.published else None,
            )
        )
        meeting.documents.set([documents[key] for key in spec.documents])
        if spec.is_past:
            _record_attendance(meeting, spec, starts_at.date())
        for text_en, text_fr in spec.decisions:
            _clean_save(
                Decision(partnership=partnership, meeting=meeting, text_en=text_en, text_fr=text_fr)
            )
        for item in spec.follow_ups:
            _clean_save(
                FollowUp(
                    partnership=partnership,
                    meeting=meeting,
                    description_en=item.description_en,
                    description_fr=item.description_fr,
                    owner=local.people[item.owner],
                    due_date=day + dt.timedelta(days=item.due_in_days),
                    status="done" if item.done else "open",
                )
            )
    return len(data.MEETINGS)


def _load_council_history(local: _Local) -> int:
    """The council's 2010-12 term and its four 2011-12 meetings, so the 2011-12 annual report
    shows meetings and attendance (the seeds' year of "Planting the Seeds of Progress")."""
    council = local.bodies["council"]
    term_start, term_end = data.HISTORY_TERM
    current = list(Seat.objects.filter(body=council).select_related("person").order_by("id"))
    seats = [
        _clean_save(
            Seat(
                partnership=local.partnership,
                body=council,
                person=seat.person,
                organization=seat.organization,
                role=seat.role,
                is_immigrant_representative=seat.is_immigrant_representative,
                is_francophone=seat.is_francophone,
                term_start=term_start,
                term_end=term_end,
            )
        )
        for seat in current
    ]
    for number, spec in enumerate(data.HISTORY_MEETINGS):
        starts_at = timezone.make_aware(dt.datetime.combine(spec.day, dt.time(9, 30)))
        meeting = _clean_save(
            Meeting(
                partnership=local.partnership,
                body=council,
                title_en=spec.title_en,
                title_fr=spec.title_fr,
                starts_at=starts_at,
                ends_at=starts_at + dt.timedelta(hours=2),
                location=spec.location,
                minutes_en=spec.minutes_en,
                minutes_fr=spec.minutes_fr,
                is_published=True,
                published_at=starts_at + dt.timedelta(days=14),
            )
        )
        # A realistic, fixed pattern: most members present, a few regrets, rare absences.
        _clean_bulk_create(
            Attendance,
            [
                Attendance(
                    partnership=local.partnership,
                    meeting=meeting,
                    seat=seat,
                    status="regrets"
                    if (index + number) % 6 == 0
                    else "absent"
                    if (index + 2 * number) % 13 == 0
                    else "present",
                )
                for index, seat in enumerate(seats)
            ],
        )
    return len(data.HISTORY_MEETINGS)


def _seat_network_council(partnership: Partnership, orgs: dict[str, Organization]) -> None:
    """A council for a LIP of the network: one seat for each of its partner organizations, so
    the network view shows which key sectors sit at each table."""
    council = _clean_save(
        Body(
            partnership=partnership,
            kind="council",
            name_en="Partnership Council",
            name_fr="Conseil du partenariat",
        )
    )
    for index, (_key, organization) in enumerate(sorted(orgs.items())):
        name = data.network_member_name(partnership.slug, index)
        person = _clean_save(
            Person(
                partnership=partnership,
                full_name=name,
                organization=organization,
                email=_email_of(name),
            )
        )
        _clean_save(
            Seat(
                partnership=partnership,
                body=council,
                person=person,
                organization=organization,
                role="chair" if index == 0 else "member",
                term_start=data.HISTORY_TERM[0],
            )
        )


def _record_attendance(meeting: Meeting, spec: data.MeetingSpec, on: dt.date) -> None:
    seats = [
        seat
        for seat in Seat.objects.filter(body=meeting.body).select_related("person")
        if seat.is_current(on)
    ]
    names = {seat.person.full_name for seat in seats}
    unknown = (set(spec.regrets) | set(spec.absent)) - names
    if unknown:
        raise DemoDataError(f"Demo meeting {spec.title_en!r}: nobody seated named {unknown}.")
    for seat in seats:
        name = seat.person.full_name
        status = (
            "regrets" if name in spec.regrets else "absent" if name in spec.absent else "present"
        )
        _clean_save(
            Attendance(partnership=meeting.partnership, meeting=meeting, seat=seat, status=status)
        )


# --- Strategies, plans, progress and contributions (liphub.ops.demo.plans) -------------------
def _link_accounts_to_people(users: dict[str, User]) -> None:
    """Demo accounts act for an organization: the member's home shows its commitments."""
    for slug, full_name, email in plans.PERSON_ACCOUNTS:
        person = Person.objects.get(partnership__slug=slug, full_name=full_name)
        person.user = users[email]
        _clean_save(person)


def _day(when: plans.When, day: dt.date) -> dt.date:
    """A fixed date, or `when` days from the day of loading."""
    return when if isinstance(when, dt.date) else day + dt.timedelta(days=when)


def _maybe_day(when: plans.When | None, day: dt.date) -> dt.date | None:
    return None if when is None else _day(when, day)


def _moment(when: plans.When, day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(_day(when, day), dt.time(10, 0)))


def _amount(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _load_work(
    spec: plans.PartnershipWorkSpec,
    partnership: Partnership,
    orgs: dict[str, Organization],
    users: dict[str, User],
    day: dt.date,
) -> None:
    """One partnership's strategy, action plans, contributions and success stories."""
    ensure_builtin_lenses(partnership=partnership)
    lens_questions = list(
        LensQuestion.objects.filter(partnership=partnership, lens__code="francophone").order_by(
            "order", "id"
        )
    )
    goals = _load_strategy(spec.strategy, partnership)
    strategy = next(iter(goals.values())).priority_area.strategy
    activities: dict[str, Activity] = {}
    for plan_spec in spec.plans:
        plan = _clean_save(
            ActionPlan(
                partnership=partnership,
                strategy=strategy,
                fiscal_year=plan_spec.fiscal_year,
                title_en=plan_spec.title_en,
                title_fr=plan_spec.title_fr,
                stale_after_days=plan_spec.stale_after_days,
            )
        )
        for activity_spec in plan_spec.activities:
            activities[activity_spec.key] = _load_activity(
                activity_spec, plan, goals, orgs, lens_questions, users, day
            )
    for goal_key, commitment in spec.goal_commitments:
        _save_commitment(commitment, partnership, orgs, goal=goals[goal_key])
    for contribution in spec.contributions:
        _clean_save(
            Contribution(
                partnership=partnership,
                source_organization=orgs[contribution.source] if contribution.source else None,
                source_name=contribution.source_name,
                kind=contribution.kind,
                amount=Decimal(contribution.amount),
                fiscal_year=contribution.fiscal_year,
                purpose="activity" if contribution.activity else "lip_process",
                activity=activities[contribution.activity] if contribution.activity else None,
                description=contribution.description,
            )
        )
    for story in spec.stories:
        _clean_save(
            SuccessStory(
                partnership=partnership,
                activity=activities[story.activity],
                fiscal_year=story.fiscal_year,
                title_en=story.title_en,
                title_fr=story.title_fr,
                text_en=story.text_en,
                text_fr=story.text_fr,
            )
        )


def _load_strategy(spec: plans.StrategySpec, partnership: Partnership) -> dict[str, Goal]:
    """The strategy with its priority areas; returns its goals by key."""
    strategy = _clean_save(
        Strategy(
            partnership=partnership,
            title_en=spec.title_en,
            title_fr=spec.title_fr,
            period_start=spec.period_start,
            period_end=spec.period_end,
            vision_en=spec.vision_en,
            vision_fr=spec.vision_fr,
        )
    )
    goals: dict[str, Goal] = {}
    for area_order, area_spec in enumerate(spec.areas, start=1):
        area = _clean_save(
            PriorityArea(
                partnership=partnership,
                strategy=strategy,
                code=area_spec.code,
                name_en=area_spec.name_en,
                name_fr=area_spec.name_fr,
                description_en=area_spec.description_en,
                description_fr=area_spec.description_fr,
                order=area_order,
            )
        )
        for goal_order, goal_spec in enumerate(area_spec.goals, start=1):
            goals[goal_spec.key] = _clean_save(
                Goal(
                    partnership=partnership,
                    priority_area=area,
                    title_en=goal_spec.title_en,
                    title_fr=goal_spec.title_fr,
                    description_en=goal_spec.description_en,
                    description_fr=goal_spec.description_fr,
                    order=goal_order,
                )
            )
    return goals


def _load_activity(
    spec: plans.ActivitySpec,
    plan: ActionPlan,
    goals: dict[str, Goal],
    orgs: dict[str, Organization],
    lens_questions: list[LensQuestion],
    users: dict[str, User],
    day: dt.date,
) -> Activity:
    partnership = plan.partnership
    update_moments = [_moment(update.on, day) for update in spec.updates]
    follow_up = (
        FollowUp.objects.get(partnership=partnership, description_en=spec.from_follow_up)
        if spec.from_follow_up
        else None
    )
    activity = _clean_save(
        Activity(
            partnership=partnership,
            plan=plan,
            goal=goals[spec.goal],
            title_en=spec.title_en,
            title_fr=spec.title_fr,
            description_en=spec.description_en,
            description_fr=spec.description_fr,
            lead_organization=orgs[spec.lead] if spec.lead else None,
            start_date=_maybe_day(spec.start, day),
            end_date=_maybe_day(spec.end, day),
            status=spec.status,
            budget=_amount(spec.budget),
            source_follow_up=follow_up,
            last_progress_at=max(update_moments, default=None),
        )
    )
    activity.supporting_organizations.set([orgs[key] for key in spec.supporting])

    measurements: list[Measurement] = []
    for indicator_spec in spec.indicators:
        indicator = _clean_save(
            Indicator(
                partnership=partnership,
                activity=activity,
                kind=indicator_spec.kind,
                name_en=indicator_spec.name_en,
                name_fr=indicator_spec.name_fr,
                unit=indicator_spec.unit,
                baseline=_amount(indicator_spec.baseline),
                target=_amount(indicator_spec.target),
                target_date=_maybe_day(indicator_spec.target_date, day),
            )
        )
        measurements += [
            Measurement(
                partnership=partnership,
                indicator=indicator,
                date=_day(measurement.on, day),
                value=Decimal(str(measurement.value)),
                source=measurement.source,
                note=measurement.note,
            )
            for measurement in indicator_spec.measurements
        ]
    _clean_bulk_create(Measurement, measurements)

    if len(spec.lens) > len(lens_questions):
        raise DemoDataError(f"Demo activity {spec.key!r}: more lens answers than questions.")
    _clean_bulk_create(
        LensAnswer,
        [
            LensAnswer(
                partnership=partnership, activity=activity, question=question, answer=a, note=n
            )
            for question, (a, n) in zip(lens_questions, spec.lens, strict=False)
        ],
    )
    for commitment in spec.commitments:
        _save_commitment(commitment, partnership, orgs, activity=activity)
    for update, moment in zip(spec.updates, update_moments, strict=True):
        progress = _clean_save(
            ProgressUpdate(
                partnership=partnership,
                activity=activity,
                organization=orgs[update.org],
                author=users.get(update.author),
                text=update.text,
                milestone=update.milestone,
                percent_complete=update.percent,
                evidence_url=update.evidence_url,
            )
        )
        # created_at is set on insert (auto_now_add): date the update as the data says.
        ProgressUpdate.objects.filter(pk=progress.pk).update(created_at=moment)
    return activity


def _save_commitment(
    spec: plans.CommitmentSpec,
    partnership: Partnership,
    orgs: dict[str, Organization],
    *,
    goal: Goal | None = None,
    activity: Activity | None = None,
) -> None:
    _clean_save(
        Commitment(
            partnership=partnership,
            organization=orgs[spec.org],
            goal=goal,
            activity=activity,
            brings=spec.brings,
            quantity=_amount(spec.quantity),
            description_en=spec.description_en,
            description_fr=spec.description_fr,
            mandate_fit_en=spec.mandate_fit_en,
            mandate_fit_fr=spec.mandate_fit_fr,
        )
    )


def _clean_bulk_create(model: type[models.Model], rows: list[Any]) -> None:
    """Many small rows at once (no audit entries: the demo is loaded, not edited)."""
    for row in rows:
        row.full_clean()
    model._default_manager.bulk_create(rows)


# Ottawa's 2011-12 annual report, as the coordinator submitted it after the fiscal year.
DEMO_REPORTS: list[tuple[str, int, dt.datetime]] = [
    ("ottawa", 2011, timezone.make_aware(dt.datetime(2012, 5, 31, 15, 0))),
]


def submit_demo_reports(
    *, partnerships: dict[str, Partnership], submitted_by: User
) -> list[SubmittedReport]:
    """Submit (freeze) the demo's annual reports through the reports service."""
    submitted = []
    for slug, fiscal_year, submitted_at in DEMO_REPORTS:
        report = submit_report(
            partnership=partnerships[slug],
            fiscal_year=fiscal_year,
            submitted_by=submitted_by,
            note="Annual report to Citizenship and Immigration Canada.",
        )
        SubmittedReport.objects.filter(pk=report.pk).update(submitted_at=submitted_at)
        submitted.append(report)
    return submitted


_CONTENT_TYPES = {".md": "text/markdown", ".txt": "text/plain", ".pdf": "application/pdf"}


def _load_documents(
    partnerships: dict[str, Partnership], users: dict[str, User]
) -> dict[str, Document]:
    coordinator = users["coordinator@demo.liphub.ca"]
    documents: dict[str, Document] = {}
    for spec in data.DOCUMENTS:
        suffix = spec.filename[spec.filename.rfind(".") :]
        content = text_to_pdf(spec.body) if suffix == ".pdf" else spec.body.encode("utf-8")
        document = Document(
            partnership=partnerships[spec.partnership],
            title_en=spec.title_en,
            title_fr=spec.title_fr,
            file=ContentFile(content, name=spec.filename),
            original_name=spec.filename,
            content_type=_CONTENT_TYPES[suffix],
            size=len(content),
            language=spec.language,
            visibility=spec.visibility,
            uploaded_by=coordinator,
        )
        documents[spec.key] = _clean_save(document)
    return documents


def text_to_pdf(text: str) -> bytes:
    """A small, valid one-page PDF showing `text` in Helvetica (Latin-1/WinAnsi characters)."""

    def escape(line: str) -> bytes:
        raw = line.encode("cp1252", "replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 14 TL 56 770 Td\n"
    for line in text.splitlines():
        stream += b"(" + escape(line) + b") Tj T*\n"
    stream += b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return out


_ROLE_LABELS = {
    "admin": "site administrator",
    "coordinator": "coordinator",
    "member": "member",
    "viewer": "viewer",
    "analyst": "network analyst",
}


def accounts_table() -> str:
    """The demo accounts present in the database, with their password, as a text table."""
    present = set(
        User.objects.filter(email__in=[a.email for a in data.ACCOUNTS]).values_list(
            "email", flat=True
        )
    )
    rows = [
        (spec.email, _ROLE_LABELS[spec.role], spec.scope or "every partnership")
        for spec in data.ACCOUNTS
        if spec.email in present
    ]
    if not rows:
        return "No demo accounts in this database."
    header = ("e-mail", "role", "of")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    lines = [
        f"Demo accounts (password for all: {data.PASSWORD})",
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)),
        "  ".join("-" * w for w in widths),
        *("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows),
    ]
    return "\n".join(line.rstrip() for line in lines)
