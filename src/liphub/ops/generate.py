"""`generate()`: synthetic data of a given size, for benchmarks and trying LIP Hub at scale.

One partnership in depth (a strategy with Ottawa's seven priority areas and their goals, a
yearly action plan of activities with leads, supporters, statuses and dates, indicators,
measurements, contributions, bodies, seats and meetings with attendance), and optionally a
network of many smaller partnerships (partners with sectors, a council, a small plan,
contributions, some submitted reports) so the network view has something to compare.

Everything is built in memory and written with `bulk_create`, model by model, in one
transaction outside the tenant scope: tens of thousands of rows in a few seconds. The same
seed, sizes, year and day give the same data. Audit entries are not written for generated rows.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django_scopes import scopes_disabled

from liphub.actions.models import (
    ActionPlan,
    Activity,
    ActivityStatus,
    Indicator,
    IndicatorKind,
    Measurement,
    SuccessStory,
)
from liphub.core.fiscal import fiscal_year_bounds
from liphub.core.models import Network, Partnership
from liphub.meetings.models import Attendance, FollowUp, Meeting
from liphub.partnerships.models import Body, BodyKind, Organization, Partner, Person, Seat, Sector
from liphub.partnerships.services import seed_key_sectors
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.reports.models import SubmittedReport
from liphub.resources.models import Contribution
from liphub.strategy.models import Goal, PriorityArea, Strategy

M = TypeVar("M", bound=models.Model)


class GenerateError(Exception):
    """The sizes or names asked for cannot be generated (e.g. the partnership exists)."""


# --- Vocabulary ------------------------------------------------------------------------------

CITIES = (
    "Ottawa", "Kingston", "Hamilton", "London", "Windsor", "Sudbury", "Thunder Bay", "Guelph",
    "Waterloo Region", "Peterborough", "Durham", "Peel", "York Region", "Halton", "Niagara",
    "Sarnia-Lambton", "Chatham-Kent", "Belleville", "Cornwall", "North Bay", "Sault Ste. Marie",
    "Timmins", "Barrie", "Brantford", "Oxford County", "Renfrew County", "Lanark County",
    "Toronto East", "Toronto North", "Toronto South", "Toronto West", "Mississauga",
    "Brampton", "Markham", "Vaughan", "Oshawa", "Stratford", "Owen Sound", "Orillia",
    "Kenora", "Huron County", "Perth County", "Wellington County", "Norfolk County",
    "Haldimand", "Prince Edward County", "Muskoka", "Nipissing", "Algoma", "Cochrane",
    "Elgin County", "Middlesex", "Leeds and Grenville", "Hastings", "Northumberland",
    "Kawartha Lakes", "Haliburton", "Grey County", "Bruce County", "Dufferin",
)  # fmt: skip
CITY_SUFFIXES = ("North", "South", "East", "West", "Central")

ORGANIZATIONS: dict[str, tuple[str, ...]] = {
    "settlement": (
        "{city} Community Information Centre",
        "Catholic Centre for Immigrants {city}",
        "{city} Immigrant Services",
        "Multicultural Council of {city}",
        "{city} Newcomer Centre",
    ),
    "school_boards": (
        "{city} District School Board",
        "{city} Catholic District School Board",
        "Conseil des écoles publiques de {city}",
    ),
    "municipal": ("City of {city}", "{city} Employment and Social Services"),
    "health": (
        "{city} Community Health Centre",
        "{city} Public Health",
        "{city} Refugee Health Clinic",
    ),
    "employers": (
        "{city} Chamber of Commerce",
        "{city} Board of Trade",
        "{city} Employers Council",
    ),
    "post_secondary": ("University of {city}", "{city} College"),
    "libraries": ("{city} Public Library",),
    "police_justice": ("{city} Police Service", "{city} Community Legal Clinic"),
    "social_services": ("United Way {city}", "{city} Children's Aid Society"),
    "housing": ("{city} Community Housing", "{city} Housing Help"),
    "ethnocultural": (
        "{city} Somali Community Association",
        "Chinese Canadian Council of {city}",
        "{city} Filipino Community Centre",
        "Arab Community Association of {city}",
        "{city} Punjabi Community Services",
    ),
    "francophone": ("Centre francophone de {city}", "ACFO {city}"),
    "faith": ("{city} Interfaith Council",),
    "funders": ("{city} Community Foundation",),
    "workforce_planning": ("{city} Workforce Development Board",),
}
DISTRICTS = ("Downtown", "East End", "West End", "North", "South", "Rural", "Central")

FIRST_NAMES = (
    "Amina", "Jean", "Wei", "Priya", "Carlos", "Fatima", "Michel", "Olena", "Samuel", "Ngozi",
    "Sophie", "Hassan", "Maria", "Daniel", "Leila", "Thomas", "Anh", "Isabelle", "Omar", "Grace",
)  # fmt: skip
LAST_NAMES = (
    "Abdi", "Tremblay", "Chen", "Sharma", "Garcia", "Haddad", "Gagnon", "Kovalenko", "Mensah",
    "Okafor", "Roy", "Ali", "Santos", "MacDonald", "Nguyen", "Côté", "Singh", "Wong", "Ahmed",
)  # fmt: skip


@dataclass(frozen=True)
class AreaSeed:
    code: str
    name_en: str
    name_fr: str
    goals: tuple[str, ...]
    activities: tuple[str, ...]


AREAS: tuple[AreaSeed, ...] = (
    AreaSeed(
        "economic-integration",
        "Economic integration",
        "Intégration économique",
        (
            "Employers hire and promote newcomers",
            "Internationally trained professionals work in their field",
            "Newcomer entrepreneurs start and grow businesses",
        ),
        (
            "Employer roundtable on hiring newcomers",
            "Mentoring program for internationally trained professionals",
            "Microloan program for newcomer entrepreneurs",
            "Bridging program for internationally trained nurses",
            "Job fair for newcomer youth",
        ),
    ),
    AreaSeed(
        "education",
        "Education",
        "Éducation",
        (
            "Newcomer students succeed at school",
            "Families take part in their children's schooling",
            "Adults reach the education they need",
        ),
        (
            "Family-based approach in the school boards",
            "Homework clubs for newcomer children",
            "Settlement workers in schools",
            "Parent orientation sessions",
        ),
    ),
    AreaSeed(
        "health-wellbeing",
        "Health and wellbeing",
        "Santé et bien-être",
        (
            "Newcomers reach primary care",
            "Mental health services fit newcomers",
            "Health providers work across cultures",
        ),
        (
            "Community health centres collaboration",
            "Refugee health clinic",
            "Cultural competency training for health providers",
            "Mental health peer support groups",
        ),
    ),
    AreaSeed(
        "settlement",
        "Settlement",
        "Établissement",
        (
            "Newcomers find settlement services early",
            "Services are coordinated across agencies",
            "Housing is affordable and adequate",
        ),
        (
            "Civic training on the housing system",
            "Shared intake and referral protocol",
            "Welcome centre outreach",
            "Neighbourhood settlement hubs",
        ),
    ),
    AreaSeed(
        "language",
        "Language training and translation supports",
        "Formation linguistique et soutien à la traduction",
        (
            "Newcomers learn English or French",
            "Services are offered in newcomers' languages",
            "Interpretation is available where needed",
        ),
        (
            "Language classes with childcare",
            "Community interpreter bank",
            "Translated service guides",
            "Workplace language training",
        ),
    ),
    AreaSeed(
        "inclusion-capacity",
        "Institutional and community inclusion capacity development",
        "Renforcement de la capacité d'inclusion des institutions et de la communauté",
        (
            "Institutions reflect the community they serve",
            "Residents welcome newcomers",
            "Francophone newcomers are welcomed in French",
        ),
        (
            "Equity Project",
            "Francophone Lens",
            "Anti-racism training for municipal staff",
            "Welcoming communities campaign",
        ),
    ),
    AreaSeed(
        "horizontal",
        "Horizontal strategies",
        "Stratégies horizontales",
        (
            "Partners share data and research",
            "Youth have a voice in planning",
            "The partnership speaks with one voice",
        ),
        (
            "Municipal Immigration Network",
            "Youth Futures",
            "Community data consortium",
            "Annual newcomer forum",
        ),
    ),
)

INDICATORS: dict[str, tuple[tuple[str, str, str], ...]] = {
    IndicatorKind.HOW_MUCH: (
        ("Newcomers served", "Nouveaux arrivants servis", "people"),
        ("Sessions delivered", "Séances offertes", "sessions"),
        ("Partners engaged", "Partenaires mobilisés", "partners"),
        ("Employers reached", "Employeurs joints", "employers"),
    ),
    IndicatorKind.HOW_WELL: (
        ("Participants satisfied", "Participants satisfaits", "%"),
        ("Sessions offered in French", "Séances offertes en français", "%"),
        ("Referrals completed", "Aiguillages menés à terme", "%"),
    ),
    IndicatorKind.BETTER_OFF: (
        ("Participants employed after six months", "Participants en emploi après six mois", "%"),
        ("Families reporting better access to services", "Familles mieux servies", "%"),
        ("Students graduating on time", "Élèves diplômés à temps", "%"),
    ),
}
SOURCES = ("Partner intake records", "Participant survey", "Program reports", "Census profile")

STATUS_WEIGHTS = (
    (ActivityStatus.PLANNED, 20),
    (ActivityStatus.IN_PROGRESS, 40),
    (ActivityStatus.COMPLETED, 25),
    (ActivityStatus.DELAYED, 10),
    (ActivityStatus.CANCELLED, 5),
)
ATTENDANCE_WEIGHTS = (("present", 75), ("regrets", 15), ("absent", 10))


# --- Result ------------------------------------------------------------------------------------


@dataclass
class Generated:
    """How many rows of each kind were written (by model name), and the partnerships."""

    counts: Counter[str] = field(default_factory=Counter)
    partnership_slugs: list[str] = field(default_factory=list)
    network_slug: str | None = None

    def summary(self) -> str:
        return ", ".join(f"{count} {name}" for name, count in sorted(self.counts.items()))


# --- The builder -------------------------------------------------------------------------------


class _Builder:
    """Collects unsaved rows per model; `write()` bulk-creates them in dependency order."""

    ORDER: tuple[type[models.Model], ...] = (
        Partnership,
        Organization,
        Partner,
        Person,
        Body,
        Seat,
        Meeting,
        Attendance,
        FollowUp,
        Strategy,
        PriorityArea,
        Goal,
        ActionPlan,
        Activity,
        Indicator,
        Measurement,
        ProgressUpdate,
        Commitment,
        Contribution,
        SuccessStory,
        SubmittedReport,
    )

    def __init__(self, *, seed: int, year: int, today: dt.date) -> None:
        self.rng = random.Random(seed)
        self.year = year
        self.today = today
        self.start, self.end = fiscal_year_bounds(year)
        self.rows: dict[type[models.Model], list[models.Model]] = {m: [] for m in self.ORDER}
        self.partner_sectors: list[tuple[Partner, Sector]] = []
        self.supporters: list[tuple[Activity, Organization]] = []
        self.memberships: list[tuple[Partnership, Network]] = []
        self.sectors = list(Sector.objects.filter(is_key=True).order_by("order", "code"))
        if not self.sectors:
            self.sectors = [s for s in seed_key_sectors() if s.is_key]
        self.sector_by_code = {s.code: s for s in self.sectors}

    def add(self, obj: M) -> M:
        self.rows[type(obj)].append(obj)
        return obj

    # helpers

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def weighted(self, weights: tuple[tuple[Any, int], ...]) -> Any:
        values, counts = zip(*weights, strict=True)
        return self.rng.choices(values, weights=counts)[0]

    def day_in_year(self, *, earliest: int = 0, latest: int = 364) -> dt.date:
        return self.start + dt.timedelta(days=self.rng.randint(earliest, latest))

    def moment(self, day: dt.date, hour: int = 18) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))

    def person_name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    # partnership-level pieces

    def partnership(self, slug: str, city: str) -> Partnership:
        return self.add(
            Partnership(
                slug=slug,
                name_en=f"{city} Local Immigration Partnership",
                name_fr=f"Partenariat local d'immigration de {city}",
                region=city,
                lead_organization=f"City of {city}",
            )
        )

    def organizations(
        self, partnership: Partnership, city: str, count: int, sector_codes: list[str]
    ) -> list[Organization]:
        """`count` partner organizations spread over the given sectors (one or two each)."""
        organizations = []
        used: Counter[str] = Counter()
        for index in range(count):
            code = sector_codes[index % len(sector_codes)]
            templates = ORGANIZATIONS[code]
            name = templates[used[code] % len(templates)].format(city=city)
            rounds = used[code] // len(templates)
            if rounds:
                name = f"{name} ({DISTRICTS[(rounds - 1) % len(DISTRICTS)]})"
            used[code] += 1
            organization = self.add(
                Organization(
                    partnership=partnership,
                    hsds_id=self.uuid(),
                    name_en=name,
                    name_fr=name,
                    is_francophone=code == "francophone",
                )
            )
            partner = self.add(
                Partner(
                    partnership=partnership,
                    organization=organization,
                    since=dt.date(self.year - self.rng.randint(1, 6), 4, 1),
                    is_immigrant_led=code == "ethnocultural",
                )
            )
            self.partner_sectors.append((partner, self.sector_by_code[code]))
            if self.rng.random() < 0.2:
                extra = self.rng.choice(self.sectors)
                if extra.code != code:
                    self.partner_sectors.append((partner, extra))
            organizations.append(organization)
        return organizations

    def body(self, partnership: Partnership, kind: str, name_en: str, name_fr: str) -> Body:
        return self.add(Body(partnership=partnership, kind=kind, name_en=name_en, name_fr=name_fr))

    def seats(
        self, partnership: Partnership, body: Body, organizations: list[Organization]
    ) -> list[Seat]:
        seats = []
        for index, organization in enumerate(organizations):
            person = self.add(
                Person(
                    partnership=partnership,
                    full_name=self.person_name(),
                    organization=organization,
                    title="Director" if index % 3 == 0 else "Manager",
                )
            )
            seats.append(
                self.add(
                    Seat(
                        partnership=partnership,
                        body=body,
                        person=person,
                        organization=organization,
                        role="chair" if index == 0 else "member",
                        is_immigrant_representative=self.rng.random() < 0.15,
                        is_francophone=organization.is_francophone,
                        term_start=dt.date(self.year - 1, 4, 1),
                    )
                )
            )
        return seats

    def meetings(self, partnership: Partnership, body: Body, seats: list[Seat], count: int) -> None:
        """`count` meetings spread over the fiscal year; attendance for those already held."""
        step = 365 // max(count, 1)
        for index in range(count):
            day = self.start + dt.timedelta(days=index * step + self.rng.randint(0, 6))
            meeting = self.add(
                Meeting(
                    partnership=partnership,
                    body=body,
                    title_en=f"{body.name_en} meeting",
                    title_fr=f"Réunion : {body.name_fr}",
                    starts_at=self.moment(day),
                    location="City Hall, Committee Room 2",
                    is_published=day <= self.today,
                )
            )
            if day > self.today:
                continue
            for seat in seats:
                self.add(
                    Attendance(
                        partnership=partnership,
                        meeting=meeting,
                        seat=seat,
                        status=self.weighted(ATTENDANCE_WEIGHTS),
                    )
                )
            for _item in range(2):
                due = day + dt.timedelta(days=self.rng.randint(14, 60))
                self.add(
                    FollowUp(
                        partnership=partnership,
                        meeting=meeting,
                        description_en="Circulate the working group's recommendations",
                        description_fr="Faire circuler les recommandations du groupe de travail",
                        owner=self.rng.choice(seats).person,
                        due_date=due,
                        status="done" if due < self.today and self.rng.random() < 0.6 else "open",
                    )
                )

    def strategy(
        self, partnership: Partnership, areas: list[AreaSeed], *, goals: int, with_codes: bool
    ) -> tuple[Strategy, list[tuple[Goal, AreaSeed]]]:
        """A strategy of the given areas with `goals` goals each."""
        strategy = self.add(
            Strategy(
                partnership=partnership,
                title_en="Local settlement strategy",
                title_fr="Stratégie locale d'établissement",
                period_start=dt.date(self.year - 1, 4, 1),
                period_end=dt.date(self.year + 4, 3, 31),
                vision_en="A city where newcomers belong and thrive.",
                vision_fr="Une ville où les nouveaux arrivants trouvent leur place.",
            )
        )
        created: list[tuple[Goal, AreaSeed]] = []
        for order, seed in enumerate(areas, start=1):
            area = self.add(
                PriorityArea(
                    partnership=partnership,
                    strategy=strategy,
                    code=seed.code if with_codes else "",
                    name_en=seed.name_en,
                    name_fr=seed.name_fr,
                    order=order,
                )
            )
            for goal_order, title in enumerate(seed.goals[:goals], start=1):
                goal = self.add(
                    Goal(
                        partnership=partnership,
                        priority_area=area,
                        title_en=title,
                        title_fr=title,
                        order=goal_order,
                    )
                )
                created.append((goal, seed))
        return strategy, created

    def plan(
        self,
        partnership: Partnership,
        strategy: Strategy,
        goals: list[tuple[Goal, AreaSeed]],
        organizations: list[Organization],
        *,
        activities: int,
        indicators: int,
        measurements: int,
    ) -> list[Activity]:
        plan = self.add(
            ActionPlan(
                partnership=partnership,
                strategy=strategy,
                fiscal_year=self.year,
                title_en=f"Action plan {self.year}-{(self.year + 1) % 100:02d}",
                title_fr=f"Plan d'action {self.year}-{(self.year + 1) % 100:02d}",
            )
        )
        created: list[Activity] = []
        titles: Counter[str] = Counter()
        for index in range(activities):
            goal, seed = goals[index % len(goals)]
            base = self.rng.choice(seed.activities)
            titles[base] += 1
            title = base if titles[base] == 1 else f"{base} ({DISTRICTS[titles[base] % 7]})"
            status = self.weighted(STATUS_WEIGHTS)
            start = self.day_in_year(latest=240)
            end = (
                None
                if self.rng.random() < 0.05
                else start + dt.timedelta(self.rng.randint(30, 300))
            )
            lead = self.rng.choice(organizations) if self.rng.random() < 0.95 else None
            activity = self.add(
                Activity(
                    partnership=partnership,
                    plan=plan,
                    goal=goal,
                    title_en=title,
                    title_fr=title,
                    description_en=f"{base}: delivered with partners across {partnership.region}.",
                    lead_organization=lead,
                    start_date=start,
                    end_date=end,
                    status=status,
                    budget=Decimal(self.rng.randrange(1000, 50000, 500))
                    if self.rng.random() < 0.8
                    else None,
                    last_progress_at=self.moment(self.day_in_year(), 10)
                    if status in {ActivityStatus.IN_PROGRESS, ActivityStatus.COMPLETED}
                    else None,
                )
            )
            for supporter in self.rng.sample(
                organizations, k=min(len(organizations), self.rng.randint(0, 3))
            ):
                if supporter is not lead:
                    self.supporters.append((activity, supporter))
            created.append(activity)
        self.indicators(partnership, created, indicators, measurements)
        return created

    def indicators(
        self, partnership: Partnership, activities: list[Activity], count: int, measurements: int
    ) -> None:
        kinds = list(IndicatorKind.values)
        created: list[Indicator] = []
        for index in range(count):
            activity = activities[index % len(activities)]
            kind = kinds[index % len(kinds)]
            name_en, name_fr, unit = self.rng.choice(INDICATORS[kind])
            percent = unit == "%"
            baseline = Decimal(self.rng.randint(0, 40 if percent else 20))
            target = Decimal(
                self.rng.randint(60, 95) if percent else self.rng.randrange(50, 500, 10)
            )
            created.append(
                self.add(
                    Indicator(
                        partnership=partnership,
                        activity=activity,
                        kind=kind,
                        name_en=name_en,
                        name_fr=name_fr,
                        unit=unit,
                        baseline=baseline,
                        target=target,
                        target_date=self.end,
                    )
                )
            )
        if not created:
            return
        per_indicator, extra = divmod(measurements, len(created))
        for index, indicator in enumerate(created):
            n = per_indicator + (1 if index < extra else 0)
            step = 364 // max(n, 1)
            progress = self.rng.uniform(0.3, 1.2)
            assert indicator.baseline is not None and indicator.target is not None
            for k in range(n):
                share = Decimal(str(round(progress * (k + 1) / n, 3)))
                value = indicator.baseline + (indicator.target - indicator.baseline) * share
                self.add(
                    Measurement(
                        partnership=partnership,
                        indicator=indicator,
                        date=self.start + dt.timedelta(days=k * step),
                        value=value.quantize(Decimal("0.01")),
                        source=self.rng.choice(SOURCES),
                    )
                )

    def contributions(
        self,
        partnership: Partnership,
        organizations: list[Organization],
        activities: list[Activity],
        count: int,
    ) -> None:
        for index in range(count):
            year = self.year if index % 5 else self.year - 1
            self.add(
                Contribution(
                    partnership=partnership,
                    source_organization=self.rng.choice(organizations),
                    kind="cash" if self.rng.random() < 0.4 else "in_kind",
                    amount=Decimal(self.rng.randrange(500, 50000, 50)),
                    fiscal_year=year,
                    purpose="activity" if activities and index % 3 == 0 else "lip_process",
                    activity=self.rng.choice(activities) if activities and index % 3 == 0 else None,
                    description="Staff time, meeting space and program funds",
                )
            )

    def report(self, partnership: Partnership, versions: int) -> None:
        for number in range(1, versions + 1):
            day = self.end + dt.timedelta(days=20 * number)
            self.add(
                SubmittedReport(
                    partnership=partnership,
                    fiscal_year=self.year,
                    number=number,
                    submitted_at=self.moment(min(day, self.today), 12),
                    note="Generated report",
                    data={"generated": True, "fiscal_year": self.year, "version": number},
                )
            )

    def write(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for model in self.ORDER:
            rows = self.rows[model]
            if not rows:
                continue
            # bulk_create picks up the ids of the parents created just before
            model._default_manager.bulk_create(rows, batch_size=2000)
            counts[model.__name__] += len(rows)
            if model is Partnership:
                networks = Partnership.networks.through
                networks.objects.bulk_create(
                    [networks(partnership_id=p.pk, network_id=n.pk) for p, n in self.memberships]
                )
            elif model is Partner:
                sectors = Partner.sectors.through
                sectors.objects.bulk_create(
                    [sectors(partner_id=p.pk, sector_id=s.pk) for p, s in self.partner_sectors],
                    batch_size=2000,
                )
            elif model is Activity:
                supporters = Activity.supporting_organizations.through
                supporters.objects.bulk_create(
                    [
                        supporters(activity_id=a.pk, organization_id=o.pk)
                        for a, o in self.supporters
                    ],
                    batch_size=2000,
                )
        return counts


# --- Recipes -----------------------------------------------------------------------------------


def _network_cities(count: int) -> list[str]:
    cities = []
    for index in range(count):
        city = CITIES[index % len(CITIES)]
        rounds = index // len(CITIES)
        if rounds:
            city = f"{city} {CITY_SUFFIXES[(rounds - 1) % len(CITY_SUFFIXES)]}"
        cities.append(city)
    return cities


def _slug_for(city: str, taken: set[str]) -> str:
    base = slugify(city)[:45] or "lip"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _main_partnership(
    builder: _Builder,
    slug: str,
    *,
    activities: int,
    indicators: int,
    measurements: int,
) -> Partnership:
    """One partnership in depth: Ottawa's seven areas, 21 goals, the plan of the given size."""
    rng = builder.rng
    city = slug.replace("-", " ").title()
    partnership = builder.partnership(slug, city)
    codes = [sector.code for sector in builder.sectors]
    organizations = builder.organizations(
        partnership, city, max(45, activities // 10), codes + ["settlement", "ethnocultural"] * 2
    )
    council = builder.body(
        partnership, BodyKind.COUNCIL, "Partnership Council", "Conseil du partenariat"
    )
    council_seats = builder.seats(partnership, council, organizations[:40])
    builder.meetings(partnership, council, council_seats, 6)
    steering = builder.body(
        partnership, BodyKind.STEERING_COMMITTEE, "Steering Committee", "Comité directeur"
    )
    builder.meetings(
        partnership, steering, builder.seats(partnership, steering, organizations[:9]), 10
    )
    for seed in AREAS:
        group = builder.body(
            partnership,
            BodyKind.SUB_COUNCIL,
            f"{seed.name_en} sub-council",
            f"Sous-conseil : {seed.name_fr}",
        )
        members = rng.sample(organizations, k=min(8, len(organizations)))
        builder.meetings(partnership, group, builder.seats(partnership, group, members), 4)
    strategy, goals = builder.strategy(partnership, list(AREAS), goals=3, with_codes=True)
    created: list[Activity] = []
    if activities:
        created = builder.plan(
            partnership,
            strategy,
            goals,
            organizations,
            activities=activities,
            indicators=indicators,
            measurements=measurements,
        )
    builder.contributions(partnership, organizations, created, max(20, activities // 5))
    for activity in created[: max(1, activities // 2)]:
        if activity.status in {ActivityStatus.IN_PROGRESS, ActivityStatus.COMPLETED}:
            builder.add(
                ProgressUpdate(
                    partnership=partnership,
                    activity=activity,
                    organization=activity.lead_organization,
                    text="Sessions delivered as planned; partners met to review results.",
                    percent_complete=100
                    if activity.status == ActivityStatus.COMPLETED
                    else rng.randint(10, 90),
                )
            )
    for goal, _seed in goals:
        organization = rng.choice(organizations)
        builder.add(
            Commitment(
                partnership=partnership,
                organization=organization,
                goal=goal,
                brings=rng.choice(["staff_hours", "money", "space", "expertise"]),
                quantity=Decimal(rng.randrange(10, 500, 10)),
                description_en="Staff time and meeting space for the working group",
                mandate_fit_en="Serving newcomers is at the heart of our mandate.",
            )
        )
    for activity in [a for a in created if a.status == ActivityStatus.COMPLETED][:5]:
        builder.add(
            SuccessStory(
                partnership=partnership,
                activity=activity,
                fiscal_year=builder.year,
                title_en=f"{activity.title_en}: what changed",
                title_fr=f"{activity.title_fr} : ce qui a changé",
                text_en="Partners who had never worked together now share intake and referrals.",
                text_fr="Des partenaires qui ne travaillaient pas ensemble partagent désormais "
                "l'accueil et l'aiguillage.",
            )
        )
    return partnership


def _network_partnership(builder: _Builder, slug: str, city: str) -> Partnership:
    """A smaller partnership: partners in a varied set of sectors, a council, a small plan."""
    rng = builder.rng
    partnership = builder.partnership(slug, city)
    codes = [sector.code for sector in builder.sectors]
    present = [
        "settlement",
        *rng.sample([c for c in codes if c != "settlement"], k=rng.randint(4, 11)),
    ]
    organizations = builder.organizations(partnership, city, rng.randint(8, 14), present)
    council = builder.body(
        partnership, BodyKind.COUNCIL, "Partnership Council", "Conseil du partenariat"
    )
    seats = builder.seats(partnership, council, organizations)
    builder.meetings(partnership, council, seats, 3)
    areas = rng.sample(list(AREAS), k=rng.randint(3, 7))
    strategy, goals = builder.strategy(partnership, areas, goals=1, with_codes=rng.random() < 0.7)
    activities = builder.plan(
        partnership,
        strategy,
        goals,
        organizations,
        activities=rng.randint(5, 15),
        indicators=rng.randint(8, 20),
        measurements=rng.randint(20, 50),
    )
    builder.contributions(partnership, organizations, activities, rng.randint(3, 7))
    if rng.random() < 0.6:
        builder.report(partnership, versions=2 if rng.random() < 0.25 else 1)
    return partnership


def generate(
    *,
    partnership_slug: str,
    activities: int = 500,
    indicators: int = 2000,
    measurements: int = 20000,
    network_slug: str | None = None,
    partnerships: int = 100,
    year: int,
    seed: int = 1,
    today: dt.date | None = None,
) -> Generated:
    """Write one partnership of the given size (and a network of `partnerships` more)."""
    if min(activities, indicators, measurements, partnerships) < 0:
        raise GenerateError("Sizes cannot be negative.")
    if indicators and not activities:
        raise GenerateError("Indicators need activities: give --activities too.")
    if measurements and not indicators:
        raise GenerateError("Measurements need indicators: give --indicators too.")
    day = today or timezone.localdate()
    with scopes_disabled(), transaction.atomic():
        taken = set(Partnership.objects.values_list("slug", flat=True))
        if partnership_slug in taken:
            raise GenerateError(
                f"The partnership {partnership_slug!r} already exists; generate writes new "
                "partnerships only (choose another slug or a new database)."
            )
        taken.add(partnership_slug)
        builder = _Builder(seed=seed, year=year, today=day)
        result = Generated()
        main = _main_partnership(
            builder,
            partnership_slug,
            activities=activities,
            indicators=indicators,
            measurements=measurements,
        )
        result.partnership_slugs.append(main.slug)
        if network_slug:
            network, _created = Network.objects.get_or_create(
                slug=network_slug,
                defaults={
                    "name_en": f"{network_slug.replace('-', ' ').title()} network",
                    "name_fr": f"Réseau {network_slug.replace('-', ' ').title()}",
                },
            )
            result.network_slug = network.slug
            builder.memberships.append((main, network))
            for city in _network_cities(partnerships):
                lip = _network_partnership(builder, _slug_for(city, taken), city)
                builder.memberships.append((lip, network))
                result.partnership_slugs.append(lip.slug)
        result.counts = builder.write()
    return result
