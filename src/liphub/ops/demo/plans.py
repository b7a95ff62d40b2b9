"""The demo strategies, action plans, progress and contributions, as plain data.

Every block names the seed document it comes from (see `data.py` for the list):
- 000/001 "Planting the Seeds of Progress: Ottawa's Immigration Strategy in Action", OLIP's
  2011-12 progress report: the seven priority areas, the challenges and opportunities the
  goals below restate, and the initiatives that became the activities of Ottawa's plans.
- 002 "Research workshop of Local Immigration Partnerships": the five objectives of the
  Francophone immigration framework (the Francophone lens, in `liphub.strategy.lenses`).
- 004 "Local Immigration Partnerships: Outcomes 2008-2013": the examples of the other LIPs'
  work that became their 2012-13 plans, and the order of magnitude of leveraged resources.

Organizations are referred to by their key in `data.py` (Ottawa, London, Kingston) or in the
`orgs` of a network LIP below. Figures (budgets, indicator values, contributions) are invented
unless a comment quotes the seed. A date is either fixed (`dt.date`) or an `int`: days from the
day the demo is loaded, like the meetings, so the current plan always has fresh progress,
upcoming end dates and one stale activity for the quality checks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from liphub.ops.demo.data import Org

When = dt.date | int  # a fixed day, or days from the day of loading (negative: before)


# --- Types -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoalSpec:
    key: str  # unique within the partnership; activities and commitments refer to it
    title_en: str
    title_fr: str
    description_en: str = ""
    description_fr: str = ""


@dataclass(frozen=True)
class AreaSpec:
    code: str  # the same code across LIPs groups the areas in the network view
    name_en: str
    name_fr: str
    goals: list[GoalSpec]
    description_en: str = ""
    description_fr: str = ""


@dataclass(frozen=True)
class StrategySpec:
    title_en: str
    title_fr: str
    period_start: dt.date
    period_end: dt.date
    vision_en: str
    vision_fr: str
    areas: list[AreaSpec]


@dataclass(frozen=True)
class MeasurementSpec:
    on: When
    value: float
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class IndicatorSpec:
    kind: str  # how_much, how_well, better_off (Results-Based Accountability)
    name_en: str
    name_fr: str
    unit: str
    baseline: float | None
    target: float | None
    target_date: When | None
    measurements: tuple[MeasurementSpec, ...] = ()


@dataclass(frozen=True)
class UpdateSpec:
    """A progress update; `author` is a demo account's e-mail (or "")."""

    on: When
    org: str
    text: str
    milestone: str = ""
    percent: int | None = None
    evidence_url: str = ""
    author: str = ""


@dataclass(frozen=True)
class CommitmentSpec:
    org: str
    brings: str  # staff_hours, money, space, expertise, other
    quantity: float | None
    description_en: str
    description_fr: str
    mandate_fit_en: str
    mandate_fit_fr: str


@dataclass(frozen=True)
class ActivitySpec:
    key: str  # unique within the partnership; contributions and stories refer to it
    goal: str
    title_en: str
    title_fr: str
    description_en: str
    description_fr: str
    lead: str | None
    status: str  # planned, in_progress, completed, delayed, cancelled
    start: When | None
    end: When | None
    supporting: tuple[str, ...] = ()
    budget: int | None = None
    indicators: list[IndicatorSpec] = field(default_factory=list)
    # Francophone lens answers, in the order of its questions: (answer, note); may stop early
    lens: tuple[tuple[str, str], ...] = ()
    commitments: list[CommitmentSpec] = field(default_factory=list)
    updates: list[UpdateSpec] = field(default_factory=list)
    # English text of a demo meeting's follow-up item this activity was created from
    from_follow_up: str = ""


@dataclass(frozen=True)
class PlanSpec:
    fiscal_year: int  # first calendar year: 2011 for 2011-12
    title_en: str
    title_fr: str
    activities: list[ActivitySpec]
    stale_after_days: int = 90


@dataclass(frozen=True)
class ContributionSpec:
    source: str | None  # organization key, or None with `source_name`
    kind: str  # cash, in_kind
    amount: int
    fiscal_year: int
    activity: str | None = None  # activity key; None: for the LIP process
    description: str = ""
    source_name: str = ""


@dataclass(frozen=True)
class StorySpec:
    activity: str
    fiscal_year: int
    title_en: str
    title_fr: str
    text_en: str
    text_fr: str


@dataclass(frozen=True)
class PartnershipWorkSpec:
    """The strategy and plans of one partnership. `orgs` are created as its partners first
    (for the LIPs that `data.py` does not describe in depth)."""

    slug: str
    strategy: StrategySpec
    plans: list[PlanSpec]
    contributions: list[ContributionSpec] = field(default_factory=list)
    stories: list[StorySpec] = field(default_factory=list)
    orgs: list[Org] = field(default_factory=list)
    # commitments to a goal rather than to one activity: (goal key, commitment)
    goal_commitments: list[tuple[str, CommitmentSpec]] = field(default_factory=list)


# Demo accounts acting for an organization (Person.user): the member's home page then shows
# OCISO's commitments, and OCISO leads the Equity Project.
PERSON_ACCOUNTS: list[tuple[str, str, str]] = [
    ("ottawa", "Samuel Tesfaye", "member@demo.liphub.ca"),
    ("ottawa", "Nadia Haddad", "coordinator@demo.liphub.ca"),
    ("kingston", "Andrew Fleming", "kingston@demo.liphub.ca"),
]

MEMBER = "member@demo.liphub.ca"


# --- The seven priority areas (seeds 000/001) ------------------------------------------------
# "It sets long-term priority directions in seven areas: economic integration; education;
# health and wellbeing; settlement; language training and translation supports; institutional
# and community inclusion capacity development; and horizontal strategies designed to fuel and
# support local action." The other LIPs reuse these codes where their themes fit.
AREA_NAMES: dict[str, tuple[str, str]] = {
    "economic": ("Economic integration", "Intégration économique"),
    "education": ("Education", "Éducation"),
    "health": ("Health and wellbeing", "Santé et bien-être"),
    "settlement": ("Settlement", "Établissement"),
    "language": (
        "Language training and translation supports",
        "Formation linguistique et soutien à la traduction",
    ),
    "capacity": (
        "Institutional and community inclusion capacity development",
        "Développement de la capacité d'inclusion institutionnelle et communautaire",
    ),
    "horizontal": ("Horizontal strategies", "Stratégies horizontales"),
}


def area(
    code: str, *goals: GoalSpec, description_en: str = "", description_fr: str = ""
) -> AreaSpec:
    """A priority area named as in Ottawa's strategy."""
    name_en, name_fr = AREA_NAMES[code]
    return AreaSpec(code, name_en, name_fr, list(goals), description_en, description_fr)


# --- Ottawa: the Ottawa Immigration Strategy (seeds 000/001) ---------------------------------
# The seeds give no end date: 2011-12 is the strategy's first year of implementation ("As it
# enters its second year of implementation", seed 000, spring 2012); five years are assumed.
OTTAWA_STRATEGY = StrategySpec(
    title_en="Ottawa Immigration Strategy",
    title_fr="Stratégie d'immigration d'Ottawa",
    period_start=dt.date(2011, 4, 1),
    period_end=dt.date(2016, 3, 31),
    # seed 000: the purpose of the strategy, and "Shared goals, common commitment"
    vision_en=(
        "Ottawa improves its capacity to attract, welcome and integrate immigrants, and by so "
        "doing contributes to the prosperity and vibrancy of the city. Ottawa benefits from "
        "immigrants' contributions and, at the same time, immigrants, their families and "
        "communities flourish and prosper."
    ),
    vision_fr=(
        "Ottawa renforce sa capacité d'attirer, d'accueillir et d'intégrer les immigrants, et "
        "contribue ainsi à la prospérité et au dynamisme de la ville. Ottawa profite de "
        "l'apport des immigrants et, en même temps, les immigrants, leurs familles et leurs "
        "communautés s'épanouissent et prospèrent."
    ),
    areas=[
        area(
            "economic",
            # seed 000: "remove the barriers that limit immigrants' ability to contribute to
            # their full potential within the Ottawa economy"
            GoalSpec(
                "econ-barriers",
                "Remove the barriers that limit immigrants' ability to contribute to their full "
                "potential within the Ottawa economy",
                "Éliminer les obstacles qui empêchent les immigrants de contribuer pleinement à "
                "l'économie d'Ottawa",
                "Having credentials, education and experience recognized; finding work and "
                "training.",
                "Faire reconnaître les titres de compétences, les études et l'expérience; "
                "trouver du travail et de la formation.",
            ),
            # seed 000: "establish Ottawa's leadership in attracting, retaining and benefiting
            # from immigrants' entrepreneurial spirit"
            GoalSpec(
                "econ-entrepreneurs",
                "Establish Ottawa's leadership in attracting, retaining and benefiting from "
                "immigrants' entrepreneurial spirit",
                "Faire d'Ottawa un chef de file pour attirer et retenir l'esprit d'entreprise des "
                "immigrants et en tirer parti",
            ),
            # seed 000, key opportunities
            GoalSpec(
                "econ-hiring",
                "Remove systemic barriers in the hiring of immigrants and create new labour "
                "market mechanisms for leveraging their talents",
                "Éliminer les obstacles systémiques à l'embauche des immigrants et créer de "
                "nouveaux mécanismes du marché du travail pour mettre à profit leurs talents",
            ),
        ),
        area(
            "education",
            # seed 000: "Will they feel they belong in their school community?"
            GoalSpec(
                "edu-schools",
                "Secure school success for immigrant children by engaging their parents in schools",
                "Assurer la réussite scolaire des enfants immigrants en mobilisant leurs "
                "parents dans les écoles",
            ),
            # seed 000: Youth Futures
            GoalSpec(
                "edu-postsecondary",
                "Open post-secondary education to youth who would be the first in their "
                "families to attend",
                "Ouvrir les études postsecondaires aux jeunes qui seraient les premiers de leur "
                "famille à y accéder",
            ),
        ),
        area(
            "health",
            # seed 000: "greater access to community health services for immigrants"
            GoalSpec(
                "health-access",
                "Greater access to community health services for immigrants",
                "Un meilleur accès des immigrants aux services de santé communautaires",
            ),
            # seed 000: the refugee clinic
            GoalSpec(
                "health-refugees",
                "Improve the quality of specialized health services for refugees",
                "Améliorer la qualité des services de santé spécialisés pour les réfugiés",
            ),
        ),
        area(
            "settlement",
            # seed 000, key opportunities and challenges
            GoalSpec(
                "settle-welcome",
                "Build more effective welcoming structures",
                "Mettre en place des structures d'accueil plus efficaces",
            ),
            GoalSpec(
                "settle-housing",
                "Help immigrants find and keep suitable housing",
                "Aider les immigrants à trouver et à garder un logement convenable",
            ),
        ),
        area(
            "language",
            # The seeds name this area only; its goals are written in its spirit.
            GoalSpec(
                "lang-training",
                "Language training that fits the lives and work of immigrants",
                "Une formation linguistique adaptée à la vie et au travail des immigrants",
            ),
            GoalSpec(
                "lang-interpretation",
                "Interpretation and translation where immigrants receive services",
                "De l'interprétation et de la traduction là où les immigrants reçoivent des "
                "services",
            ),
        ),
        area(
            "capacity",
            # seed 000: "building organizational capacity to serve citizens of diverse
            # backgrounds; leveraging the leadership of immigrant civic actors"; the lens
            GoalSpec(
                "cap-organizations",
                "Build organizational capacity to serve citizens of diverse backgrounds",
                "Renforcer la capacité des organisations à servir des citoyens de toutes origines",
            ),
            GoalSpec(
                "cap-civic",
                "Leverage the leadership of immigrant civic actors",
                "Mettre à profit le leadership des acteurs civiques immigrants",
            ),
            GoalSpec(
                "cap-francophone",
                "Plan for the unique settlement and integration needs of Francophone immigrants",
                "Planifier en fonction des besoins particuliers d'établissement et "
                "d'intégration des immigrants francophones",
            ),
        ),
        area(
            "horizontal",
            # seed 000: "promoting collaborative leadership", "supporting learning"
            GoalSpec(
                "hz-municipal",
                "Make immigrant integration a municipal priority",
                "Faire de l'intégration des immigrants une priorité municipale",
            ),
            GoalSpec(
                "hz-neighbourhoods",
                "Address the neighbourhood dimension of immigrant integration",
                "Tenir compte de la dimension de quartier de l'intégration des immigrants",
            ),
            GoalSpec(
                "hz-knowledge",
                "Develop new and shared awareness about the needs of a changing community",
                "Développer une compréhension nouvelle et commune des besoins d'une "
                "communauté en évolution",
            ),
            GoalSpec(
                "hz-policy",
                "Inform policy and program evolution with the other LIPs of Ontario",
                "Éclairer l'évolution des politiques et des programmes avec les autres PLI de "
                "l'Ontario",
            ),
        ),
    ],
)

FY2011 = dt.date(2011, 4, 1), dt.date(2012, 3, 31)
FY2012 = dt.date(2012, 4, 1), dt.date(2013, 3, 31)

# Francophone lens answers (questions: French services; Francophone partners; the five
# objectives of the framework; reaching French-speaking newcomers).
YES, PARTLY, NO, NA = "yes", "partly", "no", "na"


# --- Ottawa's 2011-12 action plan: the initiatives of "Planting the Seeds of Progress" --------
OTTAWA_2011_ACTIVITIES: list[ActivitySpec] = [
    # seed 000: "a new structure (the Municipal Immigration Network) for linking initiatives
    # across municipal departments"; seed 004: "the City of Ottawa Immigration Network"
    ActivitySpec(
        key="municipal-network",
        goal="hz-municipal",
        title_en="Municipal Immigration Network",
        title_fr="Réseau municipal d'immigration",
        description_en=(
            "A new structure linking the immigration initiatives of City departments, with "
            "designated leadership, following Council priorities that link with the Ottawa "
            "Immigration Strategy."
        ),
        description_fr=(
            "Une nouvelle structure qui relie les initiatives en immigration des services de la "
            "Ville, avec un leadership désigné, à la suite des priorités du Conseil municipal "
            "liées à la Stratégie d'immigration d'Ottawa."
        ),
        lead="city",
        supporting=("cci",),
        status="completed",
        start=FY2011[0],
        end=FY2011[1],
        budget=25_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "City departments taking part in the network",
                "Services de la Ville participant au réseau",
                "departments",
                0,
                8,
                FY2011[1],
                (
                    MeasurementSpec(dt.date(2011, 9, 30), 5, "Network minutes"),
                    MeasurementSpec(dt.date(2012, 3, 31), 9, "Network minutes"),
                ),
            ),
            IndicatorSpec(
                "how_well",
                "Monthly network meetings held as planned",
                "Réunions mensuelles du réseau tenues comme prévu",
                "%",
                None,
                90,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 92, "Secretariat records"),),
            ),
            IndicatorSpec(
                "better_off",
                "Term of Council priorities that name the attraction and integration of immigrants",
                "Priorités du mandat du Conseil municipal qui nomment l'attraction et "
                "l'intégration des immigrants",
                "priorities",
                0,
                2,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 3, "City Council strategic plan"),),
            ),
        ],
        lens=(
            (YES, "Network materials are produced in both official languages."),
            (PARTLY, "The City's French Language Services branch sits on the network."),
            (NA, ""),
            (PARTLY, ""),
            (NA, ""),
            (PARTLY, ""),
            (NA, ""),
            (YES, "The immigration portal directs newcomers to French-language services."),
        ),
        updates=[
            UpdateSpec(
                dt.date(2011, 10, 14),
                "city",
                "The network met for the first time; nine departments named a lead.",
                milestone="First meeting of the network",
                percent=40,
            ),
            UpdateSpec(
                dt.date(2012, 3, 20),
                "city",
                "Council adopted priorities on the attraction and integration of immigrants; "
                "the network coordinates their implementation across departments.",
                milestone="Council priorities adopted",
                percent=100,
                evidence_url="https://ottawa.ca/en/city-hall/planning-and-development",
            ),
        ],
    ),
    # seed 000: improvements to the City of Ottawa's immigration portal
    ActivitySpec(
        key="immigration-portal",
        goal="econ-entrepreneurs",
        title_en="Improvements to the City of Ottawa's immigration portal",
        title_fr="Améliorations au portail de l'immigration de la Ville d'Ottawa",
        description_en=(
            "New pages for immigrant entrepreneurs and skilled workers, with links to partners' "
            "services."
        ),
        description_fr=(
            "De nouvelles pages pour les entrepreneurs immigrants et les travailleurs "
            "qualifiés, avec des liens vers les services des partenaires."
        ),
        lead="city",
        supporting=("hio", "chamber"),
        status="completed",
        start=dt.date(2011, 5, 1),
        end=dt.date(2011, 12, 31),
        budget=30_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Portal pages rewritten",
                "Pages du portail réécrites",
                "pages",
                0,
                40,
                dt.date(2011, 12, 31),
                (MeasurementSpec(dt.date(2011, 12, 31), 46, "Web services"),),
            ),
            IndicatorSpec(
                "better_off",
                "Monthly visits to the immigration portal",
                "Visites mensuelles du portail de l'immigration",
                "visits",
                3_500,
                6_000,
                FY2011[1],
                (
                    MeasurementSpec(dt.date(2011, 9, 30), 4_100, "Web analytics"),
                    MeasurementSpec(dt.date(2012, 3, 31), 6_400, "Web analytics"),
                ),
            ),
        ],
        updates=[
            UpdateSpec(
                dt.date(2012, 1, 10),
                "city",
                "The new portal pages are online in English and French.",
                milestone="Portal relaunched",
                percent=100,
            ),
        ],
    ),
    # seed 000: "new tools for supporting immigrants to access trades professions"
    ActivitySpec(
        key="trades-tools",
        goal="econ-barriers",
        title_en="Tools for immigrants to access the trades",
        title_fr="Outils pour l'accès des immigrants aux métiers",
        description_en=(
            "Guides and information sessions on apprenticeship and certification in the trades."
        ),
        description_fr=(
            "Des guides et des séances d'information sur l'apprentissage et la certification "
            "dans les métiers."
        ),
        lead="algonquin",
        supporting=("lacite", "hub"),
        status="completed",
        start=dt.date(2011, 6, 1),
        end=dt.date(2012, 3, 31),
        budget=18_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Information sessions on the trades",
                "Séances d'information sur les métiers",
                "sessions",
                0,
                6,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 7, "College records"),),
            ),
        ],
        updates=[
            UpdateSpec(
                dt.date(2012, 3, 28),
                "algonquin",
                "Seven sessions held, two of them in French at La Cité collégiale.",
                percent=100,
            ),
        ],
    ),
    # seed 000: "a microloan program has been established for unemployed or underemployed
    # immigrants to help them create small businesses or to pay for bridge training"
    ActivitySpec(
        key="microloan",
        goal="econ-entrepreneurs",
        title_en="Microloan program for immigrants",
        title_fr="Programme de microcrédit pour les immigrants",
        description_en=(
            "Small loans for unemployed or underemployed immigrants to create small businesses "
            "or to pay for bridge training."
        ),
        description_fr=(
            "De petits prêts aux immigrants sans emploi ou sous-employés pour créer une petite "
            "entreprise ou payer une formation relais."
        ),
        lead="chamber",
        supporting=("hio", "unitedway", "cci"),
        status="completed",
        start=dt.date(2011, 9, 1),
        end=FY2011[1],
        budget=60_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Loans granted",
                "Prêts accordés",
                "loans",
                0,
                20,
                FY2011[1],
                (
                    MeasurementSpec(dt.date(2011, 12, 31), 5, "Loan committee"),
                    MeasurementSpec(dt.date(2012, 3, 31), 12, "Loan committee"),
                ),
            ),
            IndicatorSpec(
                "how_well",
                "Repayments made on schedule",
                "Remboursements effectués à temps",
                "%",
                None,
                90,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 95, "Loan committee"),),
            ),
            IndicatorSpec(
                "better_off",
                "Borrowers who opened a business or completed bridge training",
                "Emprunteurs qui ont ouvert une entreprise ou terminé une formation relais",
                "people",
                0,
                15,
                dt.date(2013, 3, 31),
                (MeasurementSpec(dt.date(2012, 3, 31), 9, "Follow-up calls"),),
            ),
        ],
        lens=(
            (YES, "Loan information and coaching are offered in French."),
            (NO, "No Francophone partner yet; the RSIF has been invited."),
            (NA, ""),
            (NA, ""),
            (YES, ""),
        ),
        updates=[
            UpdateSpec(
                dt.date(2011, 11, 2),
                "chamber",
                "The loan committee approved its criteria and the first five loans.",
                milestone="First loans approved",
                percent=50,
            ),
        ],
    ),
    # seed 000: "plans to establish a work experience program for immigrants"
    ActivitySpec(
        key="work-experience",
        goal="econ-hiring",
        title_en="Work experience program for immigrants: design",
        title_fr="Programme d'expérience de travail pour les immigrants : conception",
        description_en=(
            "Design a program of paid work placements for internationally trained immigrants "
            "with local employers."
        ),
        description_fr=(
            "Concevoir un programme de stages rémunérés auprès d'employeurs locaux pour les "
            "immigrants formés à l'étranger."
        ),
        lead="hio",
        supporting=("city", "chamber"),
        status="delayed",
        start=dt.date(2011, 10, 1),
        end=FY2011[1],
        budget=40_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Employers committed to offering placements",
                "Employeurs engagés à offrir des stages",
                "employers",
                0,
                15,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 6, "HIO employer list"),),
            ),
        ],
        updates=[
            UpdateSpec(
                dt.date(2012, 2, 15),
                "hio",
                "Employers asked for a wage subsidy before committing; the design is on hold "
                "until a funder is found.",
            ),
        ],
    ),
    # seed 000: Youth Futures, "expanded partnerships and funding from the City of Ottawa"
    ActivitySpec(
        key="youth-futures",
        goal="edu-postsecondary",
        title_en="Youth Futures",
        title_fr="Avenir jeunesse",
        description_en=(
            "A program for youth in low-income neighbourhoods who would be the first generation "
            "of their families to attend college or university; for immigrant youth, the first "
            "with family history in local post-secondary education."
        ),
        description_fr=(
            "Un programme pour les jeunes des quartiers à faible revenu qui seraient la "
            "première génération de leur famille à fréquenter le collège ou l'université; pour "
            "les jeunes immigrants, les premiers à avoir une expérience familiale des études "
            "postsecondaires au pays."
        ),
        lead="city",
        supporting=("algonquin", "uottawa", "carleton", "lacite", "ocdsb", "ocsb"),
        status="completed",
        start=dt.date(2011, 5, 1),
        end=dt.date(2011, 8, 31),
        budget=120_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Youth enrolled",
                "Jeunes inscrits",
                "youth",
                60,
                100,
                dt.date(2011, 8, 31),
                (MeasurementSpec(dt.date(2011, 7, 4), 104, "Program registrations"),),
            ),
            IndicatorSpec(
                "how_well",
                "Participants completing the program",
                "Participants qui terminent le programme",
                "%",
                80,
                85,
                dt.date(2011, 8, 31),
                (MeasurementSpec(dt.date(2011, 8, 31), 88, "Program records"),),
            ),
            IndicatorSpec(
                "better_off",
                "Participants enrolled in college or university the following year",
                "Participants inscrits au collège ou à l'université l'année suivante",
                "%",
                50,
                70,
                dt.date(2012, 9, 30),
                (MeasurementSpec(dt.date(2012, 3, 31), 72, "Applications tracked by the boards"),),
            ),
        ],
        lens=(
            (YES, "La Cité collégiale runs a French stream."),
            (YES, "La Cité collégiale and the French-language boards are partners."),
            (NA, ""),
            (PARTLY, ""),
            (PARTLY, ""),
            (YES, ""),
            (NA, ""),
            (YES, ""),
        ),
        updates=[
            UpdateSpec(
                dt.date(2011, 9, 12),
                "city",
                "104 youth took part this summer; 88% completed the program.",
                milestone="Summer program completed",
                percent=100,
            ),
        ],
    ),
    # seed 000: "all four school boards to adopt a family-based approach, fostering the
    # engagement of immigrant parents in schools"
    ActivitySpec(
        key="family-based",
        goal="edu-schools",
        title_en="A family-based approach in the four school boards",
        title_fr="Une approche axée sur la famille dans les quatre conseils scolaires",
        description_en=(
            "Support the school boards in designing community outreach, building trust and "
            "implementing inclusion plans that engage immigrant parents in schools, in their "
            "children's learning and in the school system."
        ),
        description_fr=(
            "Appuyer les conseils scolaires dans la conception du rayonnement communautaire, "
            "l'établissement de la confiance et la mise en œuvre de plans d'inclusion qui "
            "mobilisent les parents immigrants dans les écoles, l'apprentissage de leurs "
            "enfants et le système scolaire."
        ),
        lead="ocdsb",
        supporting=("ocsb", "cepeo", "cecce", "ociso"),
        status="in_progress",
        start=dt.date(2011, 9, 1),
        end=FY2011[1],
        budget=15_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "School boards with an immigrant parent outreach plan",
                "Conseils scolaires dotés d'un plan de rayonnement auprès des parents immigrants",
                "boards",
                0,
                4,
                dt.date(2013, 6, 30),
                (MeasurementSpec(dt.date(2012, 3, 31), 1, "Education Table"),),
            ),
            IndicatorSpec(
                "better_off",
                "Immigrant parents taking part in school councils",
                "Parents immigrants qui participent aux conseils d'école",
                "parents",
                None,
                200,
                dt.date(2013, 6, 30),
            ),
        ],
        lens=(
            (YES, "Both French-language boards take part."),
            (YES, "CEPEO and CECCE sit on the Education Table."),
            (NA, ""),
            (YES, ""),
            (NA, ""),
            (YES, ""),
        ),
        updates=[
            UpdateSpec(
                dt.date(2012, 2, 22),
                "ocdsb",
                "The four boards shared their current practices; the OCDSB drafted its outreach "
                "plan.",
                percent=30,
            ),
        ],
    ),
    # seed 000: "OLIP is working with four community health centres ... research and planning
    # ... greater access to community health services ... civic engagement of immigrants"
    ActivitySpec(
        key="chc-collaboration",
        goal="hz-neighbourhoods",
        title_en="Collaboration with four community health centres",
        title_fr="Collaboration avec quatre centres de santé communautaires",
        description_en=(
            "Align priorities and develop collaborative action strategies with four community "
            "health centres: research and planning for cohesive social development in "
            "neighbourhoods; greater access to community health services; civic engagement of "
            "immigrants, with a focus on voter turnout."
        ),
        description_fr=(
            "Harmoniser les priorités et élaborer des stratégies d'action concertée avec "
            "quatre centres de santé communautaires : recherche et planification pour un "
            "développement social cohésif des quartiers; meilleur accès aux services de santé "
            "communautaires; engagement civique des immigrants, notamment la participation "
            "électorale."
        ),
        lead="somerset",
        supporting=("pinecrest", "centretown", "sandyhill", "cci"),
        status="in_progress",
        start=dt.date(2011, 9, 1),
        end=FY2011[1],
        budget=20_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Joint neighbourhood planning sessions",
                "Séances conjointes de planification de quartier",
                "sessions",
                0,
                6,
                FY2011[1],
                (
                    MeasurementSpec(dt.date(2011, 12, 15), 2, "Meeting notes"),
                    MeasurementSpec(dt.date(2012, 3, 15), 5, "Meeting notes"),
                ),
            ),
            IndicatorSpec(
                "how_well",
                "Centres whose annual plan names the strategy's goals",
                "Centres dont le plan annuel nomme les objectifs de la stratégie",
                "centres",
                0,
                4,
                FY2011[1],
            ),
            IndicatorSpec(
                "better_off",
                "Immigrant clients served by the four centres",
                "Clients immigrants servis par les quatre centres",
                "clients",
                4_200,
                4_600,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 4_480, "Centres' annual statistics"),),
            ),
        ],
        updates=[
            UpdateSpec(
                dt.date(2012, 1, 18),
                "somerset",
                "Five planning sessions held; the centres agreed on three areas of collaboration.",
                percent=60,
            ),
        ],
    ),
    # seed 000: "a new medical clinic funded by the Champlain Local Health Integration Network
    # ... $100,000 annually" (the host centre is invented)
    ActivitySpec(
        key="refugee-clinic",
        goal="health-refugees",
        title_en="Refugee health clinic",
        title_fr="Clinique de santé pour les réfugiés",
        description_en=(
            "A new medical clinic improving the quality of specialized health services for "
            "refugees arriving in Ottawa and, as an ancillary benefit, reducing avoidable "
            "emergency room visits."
        ),
        description_fr=(
            "Une nouvelle clinique médicale qui améliore la qualité des services de santé "
            "spécialisés pour les réfugiés arrivant à Ottawa et, en prime, réduit les visites "
            "évitables aux urgences."
        ),
        lead="centretown",
        supporting=("lhin", "cci", "sandyhill"),
        status="completed",
        start=dt.date(2011, 7, 1),
        end=FY2011[1],
        budget=100_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Refugee patients seen",
                "Patients réfugiés vus",
                "patients",
                0,
                600,
                FY2011[1],
                (
                    MeasurementSpec(dt.date(2011, 12, 31), 310, "Clinic records"),
                    MeasurementSpec(dt.date(2012, 3, 31), 640, "Clinic records"),
                ),
            ),
            IndicatorSpec(
                "how_well",
                "Patients seen within two weeks of arrival",
                "Patients vus dans les deux semaines suivant leur arrivée",
                "%",
                None,
                80,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 76, "Clinic records"),),
            ),
            IndicatorSpec(
                "better_off",
                "Avoidable emergency visits by refugee patients",
                "Visites évitables aux urgences par des patients réfugiés",
                "visits",
                220,
                150,
                dt.date(2013, 3, 31),
                (MeasurementSpec(dt.date(2012, 3, 31), 171, "Champlain LHIN"),),
            ),
        ],
        lens=(
            (PARTLY, "Interpretation in French is available on request."),
            (NO, ""),
            (NA, ""),
            (NA, ""),
            (NA, ""),
            (PARTLY, ""),
            (NA, ""),
            (PARTLY, "French-speaking refugees are referred to Montfort's services."),
        ),
        updates=[
            UpdateSpec(
                dt.date(2011, 7, 4),
                "centretown",
                "The clinic opened with two physicians and a nurse practitioner.",
                milestone="Clinic opened",
                percent=50,
            ),
            UpdateSpec(
                dt.date(2012, 3, 30),
                "lhin",
                "640 refugee patients seen in the first nine months; funding renewed for 2012-13.",
                milestone="First year completed",
                percent=100,
            ),
        ],
    ),
    # seed 000: "Nine OLIP partners have launched a new collaborative initiative ... Ottawa's
    # Equity Project"
    ActivitySpec(
        key="equity-project",
        goal="cap-organizations",
        title_en="Ottawa's Equity Project",
        title_fr="Projet d'équité d'Ottawa",
        description_en=(
            "Nine partners build their capacity to welcome immigrants and promote equitable "
            "access to social, health and education services: drawing on the experience of "
            "organizations, a safe space to name challenges and gaps, inter-organizational "
            "learning, shared knowledge and strategies."
        ),
        description_fr=(
            "Neuf partenaires renforcent leur capacité d'accueillir les immigrants et "
            "favorisent un accès équitable aux services sociaux, de santé et d'éducation : "
            "s'appuyer sur l'expérience des organisations, un espace sûr pour nommer les défis "
            "et les lacunes, l'apprentissage entre organisations, des connaissances et des "
            "stratégies communes."
        ),
        lead="ociso",
        supporting=("cci", "iwso", "somerset", "pinecrest", "ymca", "jfs", "opl", "spco"),
        status="in_progress",
        start=dt.date(2011, 10, 1),
        end=FY2011[1],
        budget=45_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Partner organizations in the project",
                "Organisations partenaires du projet",
                "organizations",
                0,
                9,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 1, 31), 9, "Project charter"),),
            ),
            IndicatorSpec(
                "how_well",
                "Learning sessions rated useful by participants",
                "Séances d'apprentissage jugées utiles par les participants",
                "%",
                None,
                80,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 87, "Session evaluations"),),
            ),
        ],
        lens=(
            (PARTLY, "Sessions are bilingual; the tool is in English first."),
            (NO, "No Francophone organization among the nine partners."),
            (NA, ""),
            (PARTLY, ""),
            (NA, ""),
            (PARTLY, ""),
        ),
        commitments=[
            CommitmentSpec(
                "ociso",
                "staff_hours",
                350,
                "A project coordinator two days a week.",
                "Une coordonnatrice de projet deux jours par semaine.",
                "Building the capacity of mainstream agencies to serve immigrants is part of "
                "OCISO's mandate.",
                "Renforcer la capacité des organismes généraux à servir les immigrants fait "
                "partie du mandat de l'OCISO.",
            ),
        ],
        updates=[
            UpdateSpec(
                dt.date(2012, 1, 31),
                "ociso",
                "Nine partners signed the project charter; the first learning session took place.",
                milestone="Charter signed by nine partners",
                percent=35,
                author=MEMBER,
            ),
        ],
    ),
    # seed 000: "The first in a new series of workshops on how the housing system works for
    # neighborhood-based immigrant civic leaders is now in place."
    ActivitySpec(
        key="civic-housing",
        goal="cap-civic",
        title_en="Civic training: how the housing system works",
        title_fr="Formation civique : le fonctionnement du système de logement",
        description_en=(
            "The first in a series of workshops for neighbourhood-based immigrant civic leaders "
            "on how Canadian systems work, starting with housing."
        ),
        description_fr=(
            "Le premier d'une série d'ateliers destinés aux leaders civiques immigrants des "
            "quartiers sur le fonctionnement des systèmes canadiens, à commencer par le "
            "logement."
        ),
        lead="iwso",
        supporting=("och", "mhi", "ociso", "somali"),
        status="completed",
        start=dt.date(2011, 11, 1),
        end=dt.date(2012, 2, 29),
        budget=12_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Immigrant civic leaders trained",
                "Leaders civiques immigrants formés",
                "people",
                0,
                30,
                dt.date(2012, 2, 29),
                (MeasurementSpec(dt.date(2012, 2, 16), 34, "Attendance sheets"),),
            ),
            IndicatorSpec(
                "better_off",
                "Participants who can explain how to apply for social housing",
                "Participants capables d'expliquer comment demander un logement social",
                "%",
                20,
                75,
                dt.date(2012, 2, 29),
                (MeasurementSpec(dt.date(2012, 2, 16), 81, "Exit questionnaire"),),
            ),
        ],
        lens=(
            (PARTLY, "One workshop was given in French."),
            (NO, ""),
            (NA, ""),
            (NA, ""),
            (NA, ""),
            (YES, ""),
        ),
        updates=[
            UpdateSpec(
                dt.date(2012, 2, 17),
                "iwso",
                "34 civic leaders from six neighbourhoods attended the housing workshop.",
                milestone="First workshop held",
                percent=100,
            ),
        ],
    ),
    # seed 000: "OLIP, the Réseau de soutien à l'immigration francophone, and the Centre on
    # Governance have partnered to develop a Francophone Lens"
    ActivitySpec(
        key="francophone-lens",
        goal="cap-francophone",
        title_en="A Francophone Lens for the Ottawa Immigration Strategy",
        title_fr="Une lentille francophone pour la Stratégie d'immigration d'Ottawa",
        description_en=(
            "A technical tool to help the leaders who implement the strategy understand and "
            "respond to the institutional context and the unique needs of Francophone "
            "immigrants."
        ),
        description_fr=(
            "Un outil technique qui aide les responsables de la mise en œuvre de la stratégie "
            "à comprendre le contexte institutionnel et à répondre aux besoins particuliers des "
            "immigrants francophones."
        ),
        lead="rsif",
        supporting=("uottawa", "cci", "cesoc", "acfo"),
        status="completed",
        start=dt.date(2011, 6, 1),
        end=FY2011[1],
        budget=22_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Sector tables introduced to the lens",
                "Tables sectorielles initiées à la lentille",
                "tables",
                0,
                7,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 7, "Secretariat records"),),
            ),
            IndicatorSpec(
                "better_off",
                "Sector tables that applied the lens to their action plan",
                "Tables sectorielles qui ont appliqué la lentille à leur plan d'action",
                "tables",
                0,
                7,
                dt.date(2013, 3, 31),
                (MeasurementSpec(dt.date(2012, 3, 31), 4, "Secretariat records"),),
            ),
        ],
        lens=(
            (YES, "Outil élaboré en français et traduit en anglais."),
            (YES, "Le RSIF et le Centre d'études en gouvernance mènent le projet."),
            (YES, ""),
            (YES, ""),
            (PARTLY, ""),
            (YES, ""),
            (PARTLY, ""),
            (YES, ""),
        ),
        commitments=[
            CommitmentSpec(
                "uottawa",
                "expertise",
                None,
                "Researchers of the Centre on Governance design the lens with the RSIF.",
                "Des chercheurs du Centre d'études en gouvernance conçoivent la lentille avec le "
                "RSIF.",
                "Community-engaged research on official-language minorities.",
                "Recherche partenariale sur les minorités de langue officielle.",
            ),
        ],
        updates=[
            UpdateSpec(
                dt.date(2011, 12, 5),
                "rsif",
                "Première ébauche de la lentille présentée au Conseil du PLIO.",
                milestone="Draft presented to the Council",
                percent=60,
            ),
            UpdateSpec(
                dt.date(2012, 3, 26),
                "rsif",
                "La lentille est publiée et les sept tables sectorielles y ont été initiées.",
                milestone="Lens published",
                percent=100,
            ),
        ],
    ),
    # seed 000: "An Ontario working group was established by Citizenship and Immigration Canada
    # to address policy and program issues brought forward by the local immigration
    # partnerships." (No indicator: a quality check shows it.)
    ActivitySpec(
        key="provincial-platform",
        goal="hz-policy",
        title_en="Ontario working group of Local Immigration Partnerships",
        title_fr="Groupe de travail ontarien des partenariats locaux d'immigration",
        description_en=(
            "Build alliances with the other LIPs of Ontario and bring policy and program issues "
            "to the working group established by Citizenship and Immigration Canada."
        ),
        description_fr=(
            "Tisser des alliances avec les autres PLI de l'Ontario et porter les enjeux de "
            "politiques et de programmes au groupe de travail créé par Citoyenneté et "
            "Immigration Canada."
        ),
        lead="cci",
        supporting=("cic",),
        status="completed",
        start=dt.date(2011, 9, 1),
        end=FY2011[1],
    ),
    # seed 003: OWCI and OLIP organize the OLIP Reference Group; seed 000: "quick scans on what
    # is already known through review of grey and academic literature"
    ActivitySpec(
        key="research-scans",
        goal="hz-knowledge",
        title_en="Research scans with the OLIP Reference Group",
        title_fr="Analyses documentaires avec le Groupe de référence du PLIO",
        description_en=(
            "Quick scans of grey and academic literature for the sector tables, with the "
            "Ontario Welcoming Communities Initiative."
        ),
        description_fr=(
            "Des analyses rapides de la littérature grise et scientifique pour les tables "
            "sectorielles, avec l'Initiative des communautés accueillantes de l'Ontario."
        ),
        lead="owci",
        supporting=("uottawa", "carleton", "spco"),
        status="completed",
        start=FY2011[0],
        end=FY2011[1],
        budget=10_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Research scans delivered to sector tables",
                "Analyses remises aux tables sectorielles",
                "scans",
                0,
                3,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 3, 31), 3, "Reference Group"),),
            ),
        ],
    ),
    # Language training and translation supports: the seeds name the area only.
    ActivitySpec(
        key="interpretation-inventory",
        goal="lang-interpretation",
        title_en="Inventory of interpretation and translation supports",
        title_fr="Inventaire des services d'interprétation et de traduction",
        description_en=(
            "List the interpretation and translation services partners use, their languages "
            "and costs, to plan shared supports."
        ),
        description_fr=(
            "Répertorier les services d'interprétation et de traduction utilisés par les "
            "partenaires, leurs langues et leurs coûts, pour planifier des services communs."
        ),
        lead="lasi",
        supporting=("occsc", "cesoc"),
        status="delayed",
        start=dt.date(2011, 10, 1),
        end=FY2011[1],
        budget=8_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Services listed",
                "Services répertoriés",
                "services",
                0,
                60,
                FY2011[1],
                (MeasurementSpec(dt.date(2012, 2, 29), 22, "Survey of partners"),),
            ),
        ],
        updates=[
            UpdateSpec(
                dt.date(2012, 3, 1),
                "lasi",
                "Few partners answered the survey; it will be repeated in the spring.",
            ),
        ],
    ),
]


# --- Ottawa's 2012-13 action plan: the current plan of the demo ------------------------------
# Ongoing activities end a few months after the day of loading and have recent progress, so
# the dashboard always shows upcoming end dates; "civic-series" is stale, "work-placements" past
# its end date, "welcome-guides" has no indicator and "interpretation-health" no lead.
OTTAWA_2012_ACTIVITIES: list[ActivitySpec] = [
    # seed 004: "the launch of the first ever Municipal Immigration Strategy"
    ActivitySpec(
        key="municipal-strategy",
        goal="hz-municipal",
        title_en="Municipal Immigration Strategy: departmental action plans",
        title_fr="Stratégie municipale d'immigration : plans d'action des services",
        description_en=(
            "The City of Ottawa Immigration Network coordinates cross-departmental planning and "
            "implementation of the new municipal immigration strategy."
        ),
        description_fr=(
            "Le Réseau d'immigration de la Ville d'Ottawa coordonne la planification et la mise "
            "en œuvre interservices de la nouvelle stratégie municipale d'immigration."
        ),
        lead="city",
        supporting=("cci", "opl", "police"),
        status="in_progress",
        start=FY2012[0],
        end=150,
        budget=50_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Departments with an immigration action plan",
                "Services dotés d'un plan d'action en immigration",
                "departments",
                0,
                9,
                150,
                (
                    MeasurementSpec(dt.date(2012, 10, 31), 4, "Network minutes"),
                    MeasurementSpec(dt.date(2013, 3, 31), 7, "Network minutes"),
                ),
            ),
        ],
        commitments=[
            CommitmentSpec(
                "city",
                "money",
                50_000,
                "Funding for the network's coordinator and translation.",
                "Financement de la coordination du réseau et de la traduction.",
                "Council priority: attraction and integration of immigrants.",
                "Priorité du Conseil municipal : attraction et intégration des immigrants.",
            ),
        ],
        updates=[
            UpdateSpec(
                -21,
                "city",
                "Seven departments have adopted their action plan; recreation and transit are "
                "drafting theirs.",
                percent=75,
            ),
        ],
    ),
    # seed 000 (the Equity Project) and the demo meetings: the shared self-assessment tool
    ActivitySpec(
        key="equity-tool",
        goal="cap-organizations",
        title_en="Equity Project: pilot of the shared self-assessment tool",
        title_fr="Projet d'équité : projet pilote de l'outil commun d'autoévaluation",
        description_en=(
            "The nine partners test a shared tool to assess how welcoming and equitable their "
            "services are for immigrants, and plan changes together."
        ),
        description_fr=(
            "Les neuf partenaires mettent à l'essai un outil commun pour évaluer à quel point "
            "leurs services sont accueillants et équitables pour les immigrants, et planifient "
            "ensemble des changements."
        ),
        lead="ociso",
        supporting=("cci", "iwso", "somerset", "pinecrest", "ymca", "jfs", "opl", "spco"),
        status="in_progress",
        start=FY2012[0],
        end=90,
        budget=75_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Partners that completed the self-assessment",
                "Partenaires qui ont rempli l'autoévaluation",
                "organizations",
                0,
                9,
                90,
                (
                    MeasurementSpec(dt.date(2012, 11, 30), 3, "Project records"),
                    MeasurementSpec(-30, 6, "Project records"),
                ),
            ),
            IndicatorSpec(
                "better_off",
                "Partners that changed a practice after the self-assessment",
                "Partenaires qui ont changé une pratique après l'autoévaluation",
                "organizations",
                0,
                6,
                90,
                (MeasurementSpec(-30, 2, "Project records"),),
            ),
        ],
        lens=(
            (YES, "The tool now exists in French."),
            (PARTLY, "The RSIF reviewed the French version."),
            (NA, ""),
            (YES, ""),
            (NA, ""),
            (PARTLY, ""),
            (NA, ""),
            (PARTLY, ""),
        ),
        commitments=[
            CommitmentSpec(
                "ociso",
                "staff_hours",
                400,
                "The project coordinator, two days a week, and a settlement counsellor for "
                "the pilot sites.",
                "La coordonnatrice du projet, deux jours par semaine, et une conseillère en "
                "établissement pour les sites pilotes.",
                "OCISO supports mainstream agencies in serving immigrants equitably.",
                "L'OCISO aide les organismes généraux à servir les immigrants de façon équitable.",
            ),
            CommitmentSpec(
                "opl",
                "space",
                None,
                "Meeting rooms in three library branches for the learning sessions.",
                "Des salles de réunion dans trois succursales pour les séances d'apprentissage.",
                "The library is a welcoming public space for every resident.",
                "La bibliothèque est un espace public accueillant pour tous les résidents.",
            ),
        ],
        updates=[
            UpdateSpec(
                dt.date(2012, 11, 30),
                "ociso",
                "Three partners completed the self-assessment; the French version is ready.",
                percent=30,
                author=MEMBER,
            ),
            UpdateSpec(
                -12,
                "ociso",
                "Six of nine partners completed the self-assessment; two have already changed "
                "their intake forms.",
                milestone="Two-thirds of partners assessed",
                percent=65,
                author=MEMBER,
            ),
        ],
    ),
    # seed 000: the civic training series ("government, education, health, housing, and child
    # and youth services"); stale: no update for months
    ActivitySpec(
        key="civic-series",
        goal="cap-civic",
        title_en="Civic training series: health, education and child and youth services",
        title_fr="Série de formation civique : santé, éducation et services à l'enfance et à "
        "la jeunesse",
        description_en=(
            "Continue the workshops for immigrant civic leaders with the health, education and "
            "child and youth service systems."
        ),
        description_fr=(
            "Poursuivre les ateliers destinés aux leaders civiques immigrants avec les systèmes "
            "de santé, d'éducation et de services à l'enfance et à la jeunesse."
        ),
        lead="iwso",
        supporting=("ociso", "somali", "occsc"),
        status="in_progress",
        start=FY2012[0],
        end=60,
        budget=18_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Workshops held",
                "Ateliers tenus",
                "workshops",
                1,
                4,
                60,
                (MeasurementSpec(dt.date(2012, 10, 20), 2, "Attendance sheets"),),
            ),
        ],
        commitments=[
            CommitmentSpec(
                "ociso",
                "expertise",
                None,
                "Trainers from the communities OCISO serves, in eight languages.",
                "Des formateurs issus des communautés que sert l'OCISO, en huit langues.",
                "Immigrant civic leadership is at the heart of OCISO's community development work.",
                "Le leadership civique des immigrants est au cœur du travail de développement "
                "communautaire de l'OCISO.",
            ),
        ],
        updates=[
            UpdateSpec(
                -200,
                "iwso",
                "The health system workshop was held; the education workshop is being planned.",
                percent=50,
            ),
        ],
    ),
    # Meeting follow-up "Draft common outreach principles for immigrant parents." became this
    # activity (the family-based approach, seed 000).
    ActivitySpec(
        key="outreach-principles",
        goal="edu-schools",
        title_en="Common outreach principles for immigrant parents",
        title_fr="Principes communs de rayonnement auprès des parents immigrants",
        description_en=(
            "The Education Table drafts outreach principles the four boards can adopt to "
            "engage immigrant parents."
        ),
        description_fr=(
            "La Table de l'éducation rédige des principes de rayonnement que les quatre "
            "conseils pourront adopter pour mobiliser les parents immigrants."
        ),
        lead="ocdsb",
        supporting=("ocsb", "cepeo", "cecce", "ociso"),
        status="in_progress",
        start=FY2012[0],
        end=45,
        budget=10_000,
        from_follow_up="Draft common outreach principles for immigrant parents.",
        indicators=[
            IndicatorSpec(
                "how_much",
                "School boards that adopted the principles",
                "Conseils scolaires qui ont adopté les principes",
                "boards",
                0,
                4,
                45,
            ),
            IndicatorSpec(
                "how_well",
                "Parents consulted on the draft",
                "Parents consultés sur l'ébauche",
                "parents",
                0,
                150,
                45,
                (MeasurementSpec(-40, 118, "Consultation sign-in sheets"),),
            ),
        ],
        lens=(
            (YES, ""),
            (YES, "CEPEO and CECCE co-write the principles."),
            (NA, ""),
            (YES, ""),
            (NA, ""),
            (YES, ""),
            (NA, ""),
            (PARTLY, ""),
        ),
        commitments=[
            CommitmentSpec(
                "ociso",
                "staff_hours",
                120,
                "Settlement workers in schools consult immigrant parents on the draft.",
                "Des travailleurs d'établissement dans les écoles consultent les parents "
                "immigrants sur l'ébauche.",
                "OCISO delivers the settlement workers in schools program.",
                "L'OCISO offre le programme des travailleurs d'établissement dans les écoles.",
            ),
            CommitmentSpec(
                "ocdsb",
                "staff_hours",
                200,
                "A superintendent and two community liaison officers.",
                "Un surintendant et deux agents de liaison communautaire.",
                "Parent engagement is a priority of the board's strategic plan.",
                "L'engagement des parents est une priorité du plan stratégique du conseil.",
            ),
        ],
        updates=[
            UpdateSpec(
                -9,
                "ocdsb",
                "A first draft was discussed with 118 parents in four languages.",
                percent=40,
            ),
        ],
    ),
    # seed 000: Youth Futures, second summer
    ActivitySpec(
        key="youth-futures-2012",
        goal="edu-postsecondary",
        title_en="Youth Futures, summer 2012",
        title_fr="Avenir jeunesse, été 2012",
        description_en="The second summer of Youth Futures, with new college partners.",
        description_fr="Le deuxième été d'Avenir jeunesse, avec de nouveaux partenaires "
        "collégiaux.",
        lead="city",
        supporting=("algonquin", "lacite", "uottawa", "carleton"),
        status="completed",
        start=dt.date(2012, 5, 1),
        end=dt.date(2012, 8, 31),
        budget=130_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Youth enrolled",
                "Jeunes inscrits",
                "youth",
                104,
                120,
                dt.date(2012, 8, 31),
                (MeasurementSpec(dt.date(2012, 7, 3), 126, "Program registrations"),),
            ),
        ],
        updates=[
            UpdateSpec(
                dt.date(2012, 9, 10),
                "city",
                "126 youth enrolled; a third of them children of immigrants.",
                percent=100,
            ),
        ],
    ),
    # seed 000: the microloan program, second round
    ActivitySpec(
        key="microloan-2012",
        goal="econ-entrepreneurs",
        title_en="Microloan program: second round",
        title_fr="Programme de microcrédit : deuxième ronde",
        description_en="Loans and mentoring for immigrant entrepreneurs and bridge training.",
        description_fr="Des prêts et du mentorat pour les entrepreneurs immigrants et la "
        "formation relais.",
        lead="chamber",
        supporting=("hio", "unitedway"),
        status="in_progress",
        start=FY2012[0],
        end=200,
        budget=80_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Loans granted",
                "Prêts accordés",
                "loans",
                12,
                30,
                200,
                (
                    MeasurementSpec(dt.date(2012, 12, 31), 17, "Loan committee"),
                    MeasurementSpec(-45, 24, "Loan committee"),
                ),
            ),
        ],
        commitments=[
            CommitmentSpec(
                "chamber",
                "expertise",
                None,
                "Volunteer business mentors for every borrower.",
                "Des mentors d'affaires bénévoles pour chaque emprunteur.",
                "Growing Ottawa's small businesses.",
                "Faire croître les petites entreprises d'Ottawa.",
            ),
            CommitmentSpec(
                "unitedway",
                "money",
                25_000,
                "A loan-loss reserve.",
                "Une réserve pour pertes sur prêts.",
                "Income security for newcomer families.",
                "Sécurité du revenu des familles nouvellement arrivées.",
            ),
        ],
        updates=[
            UpdateSpec(
                -30, "chamber", "24 loans granted so far; repayment on schedule.", percent=70
            ),
        ],
    ),
    # seed 000: the work experience program: still waiting for a funder (past its end date)
    ActivitySpec(
        key="work-placements",
        goal="econ-hiring",
        title_en="Work experience program for immigrants: first placements",
        title_fr="Programme d'expérience de travail pour les immigrants : premiers stages",
        description_en="The first paid placements with employers committed in 2011-12.",
        description_fr="Les premiers stages rémunérés auprès des employeurs engagés en 2011-2012.",
        lead="hio",
        supporting=("city", "chamber", "hub"),
        status="delayed",
        start=FY2012[0],
        end=dt.date(2013, 3, 31),
        budget=90_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Work placements arranged",
                "Stages organisés",
                "placements",
                0,
                25,
                dt.date(2013, 3, 31),
            ),
        ],
        updates=[
            UpdateSpec(
                -60,
                "hio",
                "Still waiting for the wage subsidy decision; employers remain interested.",
            ),
        ],
    ),
    # seed 000: the refugee clinic, second year ("$100,000 annually")
    ActivitySpec(
        key="refugee-clinic-2012",
        goal="health-refugees",
        title_en="Refugee health clinic: second year",
        title_fr="Clinique de santé pour les réfugiés : deuxième année",
        description_en="The clinic's second year, with mental health services added.",
        description_fr="La deuxième année de la clinique, avec l'ajout de services de santé "
        "mentale.",
        lead="centretown",
        supporting=("lhin", "cci"),
        status="in_progress",
        start=FY2012[0],
        end=120,
        budget=100_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Refugee patients seen",
                "Patients réfugiés vus",
                "patients",
                640,
                800,
                120,
                (
                    MeasurementSpec(dt.date(2012, 9, 30), 410, "Clinic records"),
                    MeasurementSpec(-20, 730, "Clinic records"),
                ),
            ),
            IndicatorSpec(
                "better_off",
                "Avoidable emergency visits by refugee patients",
                "Visites évitables aux urgences par des patients réfugiés",
                "visits",
                171,
                140,
                120,
                (MeasurementSpec(-20, 152, "Champlain LHIN"),),
            ),
        ],
        commitments=[
            CommitmentSpec(
                "lhin",
                "money",
                100_000,
                "Annual operating funding of the clinic.",
                "Financement annuel du fonctionnement de la clinique.",
                "Investments in immigrant health, following OLIP's recommendations.",
                "Investissements en santé des immigrants, à la suite des recommandations du PLIO.",
            ),
        ],
        updates=[
            UpdateSpec(
                -20, "centretown", "A mental health counsellor joined the clinic.", percent=70
            ),
        ],
    ),
    # seed 000: the four community health centres, neighbourhood planning and voter turnout
    ActivitySpec(
        key="neighbourhood-plans",
        goal="hz-neighbourhoods",
        title_en="Neighbourhood action plans with four community health centres",
        title_fr="Plans d'action de quartier avec quatre centres de santé communautaires",
        description_en=(
            "Each centre leads a neighbourhood action plan, including a campaign for greater "
            "voter turnout by immigrants."
        ),
        description_fr=(
            "Chaque centre mène un plan d'action de quartier, y compris une campagne pour "
            "accroître la participation électorale des immigrants."
        ),
        lead="somerset",
        supporting=("pinecrest", "centretown", "sandyhill"),
        status="in_progress",
        start=FY2012[0],
        end=180,
        budget=35_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Neighbourhood action plans adopted",
                "Plans d'action de quartier adoptés",
                "plans",
                0,
                4,
                180,
                (MeasurementSpec(-50, 3, "Centres' boards"),),
            ),
            IndicatorSpec(
                "better_off",
                "Voter turnout in the pilot neighbourhoods",
                "Participation électorale dans les quartiers pilotes",
                "%",
                38,
                45,
                180,
            ),
        ],
        commitments=[
            CommitmentSpec(
                "somerset",
                "staff_hours",
                400,
                "Community developers in each of the four centres.",
                "Des agents de développement communautaire dans chacun des quatre centres.",
                "Community health centres work on the social determinants of health.",
                "Les centres de santé communautaires agissent sur les déterminants sociaux de "
                "la santé.",
            ),
        ],
        updates=[
            UpdateSpec(
                -35,
                "somerset",
                "Three of the four neighbourhood plans are adopted.",
                percent=60,
            ),
        ],
    ),
    # Language: seed 004's example of Quinte's face-to-face interpretation for health care,
    # proposed in Ottawa; no lead organization yet (a quality check shows it).
    ActivitySpec(
        key="interpretation-health",
        goal="lang-interpretation",
        title_en="Shared interpretation service for health and social services",
        title_fr="Service d'interprétation commun pour les services sociaux et de santé",
        description_en=(
            "A shared contract for face-to-face interpretation with health and social service "
            "providers; the lead organization is still to be found."
        ),
        description_fr=(
            "Un contrat commun d'interprétation en personne avec les fournisseurs de services "
            "sociaux et de santé; l'organisme responsable reste à trouver."
        ),
        lead=None,
        supporting=("lasi", "lhin"),
        status="planned",
        start=30,
        end=300,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Interpretation sessions provided",
                "Séances d'interprétation offertes",
                "sessions",
                0,
                500,
                300,
            ),
        ],
    ),
    # seed 004: the inventories of services many LIPs created; no indicator yet
    ActivitySpec(
        key="welcome-guides",
        goal="settle-welcome",
        title_en="Neighbourhood welcome guides",
        title_fr="Guides d'accueil de quartier",
        description_en=(
            "Guides to the services of each neighbourhood, distributed in library branches and "
            "community health centres."
        ),
        description_fr=(
            "Des guides des services de chaque quartier, distribués dans les succursales de la "
            "bibliothèque et les centres de santé communautaires."
        ),
        lead="opl",
        supporting=("lasi", "sandyhill"),
        status="in_progress",
        start=dt.date(2012, 9, 1),
        end=75,
        budget=12_000,
        updates=[
            UpdateSpec(-15, "opl", "Guides drafted for four neighbourhoods.", percent=40),
        ],
    ),
    # seed 000: "locating housing" is a key challenge; seed 004 (Hamilton) inspired the guide
    ActivitySpec(
        key="housing-help",
        goal="settle-housing",
        title_en="Housing help for large newcomer families",
        title_fr="Aide au logement pour les grandes familles nouvellement arrivées",
        description_en="Find larger units and explain the waiting list to newcomer families.",
        description_fr="Trouver de plus grands logements et expliquer la liste d'attente aux "
        "familles nouvellement arrivées.",
        lead="och",
        supporting=("mhi", "cci", "ymca"),
        status="in_progress",
        start=FY2012[0],
        end=240,
        budget=20_000,
        indicators=[
            IndicatorSpec(
                "better_off",
                "Large newcomer families housed",
                "Grandes familles nouvellement arrivées logées",
                "families",
                0,
                40,
                240,
                (MeasurementSpec(-25, 23, "Housing registry"),),
            ),
        ],
        updates=[
            UpdateSpec(-25, "och", "23 large families housed this year.", percent=55),
        ],
    ),
    # Language training: in the spirit of the area (the seeds name it only)
    ActivitySpec(
        key="workplace-language",
        goal="lang-training",
        title_en="Language training at the workplace",
        title_fr="Formation linguistique en milieu de travail",
        description_en="Occupation-specific English and French classes at employers' sites.",
        description_fr="Des cours d'anglais et de français propres aux métiers, offerts chez "
        "les employeurs.",
        lead="algonquin",
        supporting=("lacite", "hio"),
        status="in_progress",
        start=dt.date(2012, 9, 1),
        end=100,
        budget=40_000,
        indicators=[
            IndicatorSpec(
                "how_much",
                "Learners enrolled",
                "Apprenants inscrits",
                "learners",
                0,
                80,
                100,
                (MeasurementSpec(-10, 64, "College registrations"),),
            ),
        ],
        updates=[
            UpdateSpec(-10, "algonquin", "Classes running at four employers.", percent=60),
        ],
    ),
]


OTTAWA_CONTRIBUTIONS: list[ContributionSpec] = [
    # 2011-12 -- seed 000: the LHIN's $100,000 a year for the refugee clinic, the City's
    # funding of Youth Futures; the other figures are invented.
    ContributionSpec("lhin", "cash", 100_000, 2011, "refugee-clinic", "Clinic operating funding"),
    ContributionSpec("city", "cash", 45_000, 2011, "youth-futures", "Youth Futures funding"),
    ContributionSpec(
        "city", "in_kind", 18_000, 2011, None, "Meeting rooms and staff time of the network"
    ),
    ContributionSpec("unitedway", "cash", 30_000, 2011, "microloan", "Loan fund"),
    ContributionSpec("unitedway", "in_kind", 12_000, 2011, None, "The Council chair's time"),
    ContributionSpec("ocdsb", "in_kind", 8_000, 2011, "family-based", "Staff time"),
    ContributionSpec("ocsb", "in_kind", 6_000, 2011, "family-based", "Staff time"),
    ContributionSpec("cepeo", "in_kind", 4_000, 2011, "family-based", "Temps du personnel"),
    ContributionSpec("cecce", "in_kind", 4_000, 2011, "family-based", "Temps du personnel"),
    ContributionSpec(
        "uottawa", "in_kind", 15_000, 2011, "francophone-lens", "Centre on Governance research"
    ),
    ContributionSpec("carleton", "in_kind", 7_500, 2011, "research-scans", "Research assistants"),
    ContributionSpec("algonquin", "in_kind", 10_000, 2011, "youth-futures", "Campus days"),
    ContributionSpec(
        None,
        "cash",
        10_000,
        2011,
        "civic-housing",
        "Community grant",
        source_name="Community Foundation of Ottawa",
    ),
    # 2012-13 -- seed 004: the Ontario Trillium Foundation used the strategy to evaluate
    # proposals; amounts invented.
    ContributionSpec("city", "cash", 50_000, 2012, "municipal-strategy", "Network coordinator"),
    ContributionSpec("city", "cash", 45_000, 2012, "youth-futures-2012", "Youth Futures funding"),
    ContributionSpec("city", "in_kind", 20_000, 2012, None, "Meeting rooms and staff time"),
    ContributionSpec("lhin", "cash", 100_000, 2012, "refugee-clinic-2012", "Clinic funding"),
    ContributionSpec("unitedway", "cash", 25_000, 2012, "microloan-2012", "Loan-loss reserve"),
    ContributionSpec("trillium", "cash", 75_000, 2012, "equity-tool", "Equity Project grant"),
    ContributionSpec("ocdsb", "in_kind", 9_000, 2012, "outreach-principles", "Staff time"),
    ContributionSpec("ocsb", "in_kind", 5_000, 2012, "outreach-principles", "Staff time"),
    ContributionSpec("uottawa", "in_kind", 12_000, 2012, None, "Reference Group research"),
    ContributionSpec("carleton", "in_kind", 6_000, 2012, None, "Reference Group research"),
    ContributionSpec("och", "in_kind", 9_000, 2012, "housing-help", "Housing workers' time"),
]

OTTAWA_STORIES: list[StorySpec] = [
    # seed 000: "Will she get the care she needs, when and where she needs it?"
    StorySpec(
        "refugee-clinic",
        2011,
        "Care when and where refugees need it",
        "Des soins au moment et à l'endroit où les réfugiés en ont besoin",
        "A mother of three arrived from a refugee camp with a child needing specialized care. "
        "Within a week the new refugee health clinic had seen the whole family, and the child "
        "was referred to a specialist without a visit to the emergency room.",
        "Une mère de trois enfants est arrivée d'un camp de réfugiés avec un enfant ayant "
        "besoin de soins spécialisés. En moins d'une semaine, la nouvelle clinique de santé "
        "pour les réfugiés a vu toute la famille, et l'enfant a été orienté vers un spécialiste "
        "sans passer par les urgences.",
    ),
    StorySpec(
        "civic-housing",
        2011,
        "Civic leaders who know how housing works",
        "Des leaders civiques qui comprennent le logement",
        "After the first civic training workshop, a volunteer from a Somali community "
        "association helped twelve families in her building apply for social housing and "
        "understand their rights as tenants.",
        "Après le premier atelier de formation civique, une bénévole d'une association de la "
        "communauté somalienne a aidé douze familles de son immeuble à demander un logement "
        "social et à comprendre leurs droits de locataires.",
    ),
    StorySpec(
        "youth-futures",
        2011,
        "The first in the family to go to college",
        "Le premier de la famille à aller au collège",
        "His parents were engineers abroad but had never seen a Canadian campus. After a "
        "summer with Youth Futures, he applied to Algonquin College's engineering technology "
        "program and was accepted.",
        "Ses parents étaient ingénieurs à l'étranger, mais n'avaient jamais vu un campus "
        "canadien. Après un été avec Avenir jeunesse, il s'est inscrit au programme de "
        "technologie du génie du Collège Algonquin et y a été admis.",
    ),
    StorySpec(
        "microloan",
        2011,
        "A microloan to get back to her profession",
        "Un microcrédit pour retrouver sa profession",
        "An internationally trained pharmacist used a microloan to pay for her bridge training "
        "and licensing exams; she now works in a community pharmacy.",
        "Une pharmacienne formée à l'étranger a utilisé un microcrédit pour payer sa formation "
        "relais et ses examens d'agrément; elle travaille maintenant dans une pharmacie de "
        "quartier.",
    ),
    StorySpec(
        "francophone-lens",
        2011,
        "Seven tables, one lens",
        "Sept tables, une lentille",
        "Every sector table of the strategy now reads its plans through the Francophone lens; "
        "the Education Table added French-language boards to all its working groups.",
        "Chaque table sectorielle de la stratégie examine désormais ses plans à travers la "
        "lentille francophone; la Table de l'éducation a ajouté les conseils de langue "
        "française à tous ses groupes de travail.",
    ),
    StorySpec(
        "equity-tool",
        2012,
        "An intake form that asks the right questions",
        "Un formulaire d'accueil qui pose les bonnes questions",
        "After the Equity Project's self-assessment, a family service agency rewrote its "
        "intake form with immigrant clients; waiting times for interpretation dropped by half.",
        "Après l'autoévaluation du Projet d'équité, un organisme de services à la famille a "
        "réécrit son formulaire d'accueil avec des clients immigrants; l'attente pour "
        "l'interprétation a diminué de moitié.",
    ),
]

OTTAWA_WORK = PartnershipWorkSpec(
    slug="ottawa",
    strategy=OTTAWA_STRATEGY,
    plans=[
        PlanSpec(
            2011,
            "Action plan 2011-12: planting the seeds of progress",
            "Plan d'action 2011-2012 : semer les graines du progrès",
            OTTAWA_2011_ACTIVITIES,
        ),
        PlanSpec(
            2012,
            "Action plan 2012-13",
            "Plan d'action 2012-2013",
            OTTAWA_2012_ACTIVITIES,
        ),
    ],
    contributions=OTTAWA_CONTRIBUTIONS,
    stories=OTTAWA_STORIES,
    goal_commitments=[
        (
            "cap-civic",
            CommitmentSpec(
                "ociso",
                "space",
                None,
                "Our community room for civic leaders' meetings, evenings and weekends.",
                "Notre salle communautaire pour les rencontres des leaders civiques, le soir et "
                "la fin de semaine.",
                "OCISO supports immigrant community associations.",
                "L'OCISO soutient les associations communautaires d'immigrants.",
            ),
        ),
        (
            "cap-francophone",
            CommitmentSpec(
                "rsif",
                "expertise",
                None,
                "Advice to every sector table on applying the Francophone lens.",
                "Des conseils à chaque table sectorielle sur l'application de la lentille "
                "francophone.",
                "The Réseau coordinates Francophone immigration in Eastern Ontario.",
                "Le Réseau coordonne l'immigration francophone dans l'Est de l'Ontario.",
            ),
        ),
        (
            "hz-knowledge",
            CommitmentSpec(
                "carleton",
                "staff_hours",
                150,
                "Graduate research assistants for the Reference Group's scans.",
                "Des assistants de recherche aux cycles supérieurs pour les analyses du Groupe "
                "de référence.",
                "Community-engaged research and training of graduate students.",
                "Recherche partenariale et formation des étudiants des cycles supérieurs.",
            ),
        ),
    ],
)


# --- The other LIPs of the network: a small 2012-13 plan each (seed 004) ---------------------
# Seed 004 gives one or two examples of each LIP's work; they become the activities below.
# Strategy periods, visions and figures are invented; the priority areas reuse Ottawa's codes so
# the network view groups them by theme.
NETWORK_VISION_EN = (
    "A welcoming and inclusive community where newcomers settle, find work that uses their "
    "skills and take part in community life."
)
NETWORK_VISION_FR = (
    "Une communauté accueillante et inclusive où les nouveaux arrivants s'établissent, trouvent "
    "un travail à la mesure de leurs compétences et participent à la vie de la communauté."
)


def local_strategy(title_en: str, title_fr: str, *areas: AreaSpec) -> StrategySpec:
    return StrategySpec(
        title_en,
        title_fr,
        dt.date(2011, 4, 1),
        dt.date(2015, 3, 31),
        NETWORK_VISION_EN,
        NETWORK_VISION_FR,
        list(areas),
    )


def goal(key: str, title_en: str, title_fr: str) -> GoalSpec:
    return GoalSpec(key, title_en, title_fr)


def indicator(
    kind: str,
    name_en: str,
    name_fr: str,
    unit: str,
    baseline: float | None,
    target: float | None,
    value: float | None,
) -> IndicatorSpec:
    """An indicator of the 2012-13 plan, measured (or not, when `value` is None) at year end."""
    measured = () if value is None else (MeasurementSpec(FY2012[1], value, "Annual report to CIC"),)
    return IndicatorSpec(kind, name_en, name_fr, unit, baseline, target, FY2012[1], measured)


def activity(
    key: str,
    goal: str,
    title_en: str,
    title_fr: str,
    description_en: str,
    description_fr: str,
    *indicators: IndicatorSpec,
    lead: str | None = "lead",
    status: str = "completed",
    supporting: tuple[str, ...] = (),
    budget: int | None = None,
    end: When = FY2012[1],
    updates: tuple[UpdateSpec, ...] = (),
) -> ActivitySpec:
    """An activity of a network LIP's 2012-13 plan."""
    return ActivitySpec(
        key=key,
        goal=goal,
        title_en=title_en,
        title_fr=title_fr,
        description_en=description_en,
        description_fr=description_fr,
        lead=lead,
        status=status,
        start=FY2012[0],
        end=end,
        supporting=supporting,
        budget=budget,
        indicators=list(indicators),
        updates=list(updates),
    )


def plan_2012(*activities: ActivitySpec) -> list[PlanSpec]:
    return [PlanSpec(2012, "Action plan 2012-13", "Plan d'action 2012-2013", list(activities))]


def lead_support(cash: int, in_kind: int, year: int = 2012) -> list[ContributionSpec]:
    """What the lead organization gives the LIP process besides the main funder's money."""
    return [
        ContributionSpec("lead", "cash", cash, year, None, "Secretariat support"),
        ContributionSpec("lead", "in_kind", in_kind, year, None, "Staff time and meeting space"),
    ]


def lead_org(name_en: str, name_fr: str, *sectors: str, francophone: bool = False) -> Org:
    return Org("lead", name_en, name_fr, sectors, francophone=francophone)


NETWORK_WORK: list[PartnershipWorkSpec] = [
    # seed 004: GIS mapping of farms hiring migrant workers and of health care providers; the
    # health centre and the library served temporary foreign workers ("library cards to 15
    # migrant workers").
    PartnershipWorkSpec(
        slug="chatham-kent",
        orgs=[
            lead_org("Municipality of Chatham-Kent", "Municipalité de Chatham-Kent", "municipal"),
            Org(
                "chc",
                "Chatham-Kent Community Health Centres",
                "Centres de santé communautaire de Chatham-Kent",
                ("health",),
            ),
            Org(
                "library",
                "Chatham-Kent Public Library",
                "Bibliothèque publique de Chatham-Kent",
                ("libraries",),
            ),
        ],
        strategy=local_strategy(
            "Chatham-Kent Immigration Strategy",
            "Stratégie d'immigration de Chatham-Kent",
            area(
                "health",
                goal(
                    "ck-migrant-health",
                    "Health care for migrant workers",
                    "Des soins de santé pour les travailleurs migrants",
                ),
            ),
            area(
                "capacity",
                goal(
                    "ck-services",
                    "Services accessible to temporary foreign workers",
                    "Des services accessibles aux travailleurs étrangers temporaires",
                ),
            ),
            area(
                "horizontal",
                goal(
                    "ck-mapping",
                    "Map needs and services to coordinate them",
                    "Cartographier les besoins et les services pour les coordonner",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "ck-gis",
                "ck-mapping",
                "GIS map of farms hiring migrant workers and health providers",
                "Carte SIG des fermes qui embauchent des travailleurs migrants et des "
                "fournisseurs de soins",
                "A shared map that raises awareness of needs and helps coordinate services.",
                "Une carte commune qui fait connaître les besoins et aide à coordonner les "
                "services.",
                indicator("how_much", "Farms mapped", "Fermes cartographiées", "farms", 0, 60, 72),
            ),
            activity(
                "ck-health",
                "ck-migrant-health",
                "Health care access for migrant workers",
                "Accès aux soins de santé pour les travailleurs migrants",
                "The health centre serves migrant workers as a vulnerable population.",
                "Le centre de santé sert les travailleurs migrants en tant que population "
                "vulnérable.",
                indicator(
                    "how_much",
                    "Migrant workers seen",
                    "Travailleurs migrants vus",
                    "patients",
                    0,
                    150,
                    164,
                ),
                lead="chc",
            ),
            activity(
                "ck-library",
                "ck-services",
                "Library cards for migrant workers",
                "Cartes de bibliothèque pour les travailleurs migrants",
                "The library opens its services to temporary foreign workers.",
                "La bibliothèque ouvre ses services aux travailleurs étrangers temporaires.",
                indicator(
                    "how_much",
                    "Library cards issued to migrant workers",
                    "Cartes de bibliothèque remises aux travailleurs migrants",
                    "cards",
                    0,
                    15,
                    15,
                ),
                lead="library",
            ),
        ),
        contributions=lead_support(20_000, 15_000),
    ),
    # seed 004: "funding opportunities notifications"; the region's multi-faith tour, cultural
    # competency training, diversity calendar and diversity strategy.
    PartnershipWorkSpec(
        slug="durham",
        orgs=[
            lead_org(
                "Regional Municipality of Durham", "Municipalité régionale de Durham", "municipal"
            )
        ],
        strategy=local_strategy(
            "Durham Immigration Portal and Strategy",
            "Portail et stratégie d'immigration de Durham",
            area(
                "capacity",
                goal(
                    "du-competency",
                    "Cultural competency in the regional administration",
                    "La compétence culturelle dans l'administration régionale",
                ),
            ),
            area(
                "horizontal",
                goal(
                    "du-funding",
                    "Help members find funding",
                    "Aider les membres à trouver du financement",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "du-notices",
                "du-funding",
                "Funding opportunities notifications",
                "Avis de possibilités de financement",
                "Regular notices of grants and contribution funds for members and their networks.",
                "Des avis réguliers sur les subventions et les fonds de contribution pour les "
                "membres et leurs réseaux.",
                indicator(
                    "better_off",
                    "Members funded after a notification",
                    "Membres financés après un avis",
                    "organizations",
                    0,
                    5,
                    7,
                ),
            ),
            activity(
                "du-training",
                "du-competency",
                "Multi-faith tour and cultural competency training",
                "Visite multiconfessionnelle et formation en compétence culturelle",
                "New tools for regional staff, with a diversity calendar.",
                "De nouveaux outils pour le personnel régional, avec un calendrier de la "
                "diversité.",
                indicator(
                    "how_much", "Staff trained", "Membres du personnel formés", "staff", 0, 200, 240
                ),
            ),
            activity(
                "du-strategy",
                "du-competency",
                "Regional diversity strategy",
                "Stratégie régionale de la diversité",
                "A diversity strategy for the regional municipality.",
                "Une stratégie de la diversité pour la municipalité régionale.",
                status="in_progress",
            ),
        ),
        contributions=lead_support(35_000, 20_000),
    ),
    # seed 004: raising the profile of immigration in Stormont, Dundas, Glengarry, Prescott and
    # Russell; communities that struggled with prejudice began a positive dialogue.
    PartnershipWorkSpec(
        slug="five-eastern-counties",
        orgs=[
            lead_org(
                "Eastern Ontario Training Board",
                "Commission de formation de l'Est de l'Ontario",
                "workforce_planning",
            )
        ],
        strategy=local_strategy(
            "Five Eastern Counties Immigration Strategy",
            "Stratégie d'immigration des cinq comtés de l'Est",
            area(
                "capacity",
                goal(
                    "fec-awareness",
                    "Public awareness of immigration",
                    "Sensibiliser la population à l'immigration",
                ),
            ),
            area(
                "economic",
                goal(
                    "fec-employers",
                    "Employers who hire newcomers",
                    "Des employeurs qui embauchent des nouveaux arrivants",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "fec-campaign",
                "fec-awareness",
                "Welcoming communities awareness campaign",
                "Campagne de sensibilisation aux communautés accueillantes",
                "Public events and media work across the five counties.",
                "Des événements publics et des relations avec les médias dans les cinq comtés.",
                indicator(
                    "how_much",
                    "Public events held",
                    "Événements publics tenus",
                    "events",
                    0,
                    10,
                    12,
                ),
            ),
            activity(
                "fec-employers",
                "fec-employers",
                "Employer information sessions",
                "Séances d'information pour les employeurs",
                "Sessions on hiring and retaining newcomers.",
                "Des séances sur l'embauche et la rétention des nouveaux arrivants.",
                indicator(
                    "how_much", "Employers reached", "Employeurs joints", "employers", 0, 40, None
                ),
                status="in_progress",
            ),
        ),
        contributions=lead_support(10_000, 12_000),
    ),
    # seed 004: "an Employment Guide for Newcomers was jointly prepared by Employment Ontario
    # organizations and community partners".
    PartnershipWorkSpec(
        slug="grand-erie",
        orgs=[
            lead_org(
                "Workforce Planning Board of Grand Erie",
                "Commission de planification de la main-d'œuvre de Grand Erie",
                "workforce_planning",
            )
        ],
        strategy=local_strategy(
            "Grand Erie Settlement Strategy",
            "Stratégie d'établissement de Grand Erie",
            area(
                "economic",
                goal(
                    "ge-employment",
                    "Employment information for newcomers",
                    "De l'information sur l'emploi pour les nouveaux arrivants",
                ),
            ),
            area(
                "settlement",
                goal(
                    "ge-info",
                    "Information about local services",
                    "De l'information sur les services locaux",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "ge-guide",
                "ge-employment",
                "Employment Guide for Newcomers",
                "Guide de l'emploi pour les nouveaux arrivants",
                "Information on finding employment and links to local resources.",
                "De l'information pour trouver un emploi et des liens vers les ressources locales.",
                indicator(
                    "how_much", "Guides distributed", "Guides distribués", "copies", 0, 1_500, 1_800
                ),
            ),
        ),
        contributions=lead_support(8_000, 10_000),
    ),
    # seed 004: "a strong partnership with the Francophone community ... The LIP and the Réseau
    # du Nord are now represented on each other's councils".
    PartnershipWorkSpec(
        slug="greater-sudbury",
        orgs=[
            lead_org("City of Greater Sudbury", "Ville du Grand Sudbury", "municipal"),
            Org(
                "reseau",
                "Réseau du Nord",
                "Réseau du Nord",
                ("francophone",),
                francophone=True,
            ),
        ],
        strategy=local_strategy(
            "Greater Sudbury Immigration Strategy",
            "Stratégie d'immigration du Grand Sudbury",
            area(
                "capacity",
                goal(
                    "gs-francophone",
                    "Francophone and mainstream providers working together",
                    "Des fournisseurs francophones et généraux qui travaillent ensemble",
                ),
            ),
            area("settlement", goal("gs-welcome", "A welcoming city", "Une ville accueillante")),
        ),
        plans=plan_2012(
            activity(
                "gs-events",
                "gs-francophone",
                "Joint events with the Francophone community",
                "Événements conjoints avec la communauté francophone",
                "Francophone and mainstream providers organize events together.",
                "Les fournisseurs francophones et généraux organisent des événements ensemble.",
                indicator("how_much", "Joint events", "Événements conjoints", "events", 0, 4, 5),
                supporting=("reseau",),
            ),
        ),
        contributions=[
            *lead_support(25_000, 15_000),
            ContributionSpec("reseau", "in_kind", 6_000, 2012, "gs-events", "Temps du personnel"),
        ],
    ),
    # seed 004: a mentorship program for newcomers; members chose together who runs it.
    PartnershipWorkSpec(
        slug="guelph-wellington",
        orgs=[lead_org("Corporation of the City of Guelph", "Ville de Guelph", "municipal")],
        strategy=local_strategy(
            "Guelph-Wellington Immigration Strategy",
            "Stratégie d'immigration de Guelph-Wellington",
            area(
                "economic",
                goal(
                    "gw-mentoring",
                    "Mentoring for newcomers",
                    "Du mentorat pour les nouveaux arrivants",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "gw-mentorship",
                "gw-mentoring",
                "Newcomer mentorship program",
                "Programme de mentorat pour les nouveaux arrivants",
                "A program developed jointly, with an advisory committee the LIP sits on.",
                "Un programme élaboré en commun, doté d'un comité consultatif auquel siège le PLI.",
                indicator(
                    "how_much", "Mentoring pairs", "Jumelages de mentorat", "pairs", 0, 30, 34
                ),
                indicator(
                    "better_off",
                    "Mentees employed in their field after six months",
                    "Mentorés employés dans leur domaine après six mois",
                    "%",
                    None,
                    50,
                    None,
                ),
                status="in_progress",
            ),
        ),
        contributions=lead_support(30_000, 10_000),
    ),
    # seed 004: common documents for service providers (client consent form, testimonials
    # template, marketing materials).
    PartnershipWorkSpec(
        slug="halton",
        orgs=[
            lead_org(
                "Regional Municipality of Halton", "Municipalité régionale de Halton", "municipal"
            )
        ],
        strategy=local_strategy(
            "Halton Settlement Strategy",
            "Stratégie d'établissement de Halton",
            area(
                "settlement",
                goal(
                    "ha-tools",
                    "Shared tools for service providers",
                    "Des outils communs pour les fournisseurs de services",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "ha-forms",
                "ha-tools",
                "Common client consent form and testimonial template",
                "Formulaire de consentement commun et modèle de témoignage",
                "Common documents and marketing materials for local programs.",
                "Des documents communs et du matériel promotionnel pour les programmes locaux.",
                indicator(
                    "how_much",
                    "Agencies using the common forms",
                    "Organismes qui utilisent les formulaires communs",
                    "agencies",
                    0,
                    12,
                    14,
                ),
            ),
        ),
        contributions=lead_support(28_000, 12_000),
    ),
    # seed 004: "the City committed 900,000$ towards building multiple bedroom social housing
    # units"; the Housing Working Group's Housing Guide; the Housing Help Centre.
    PartnershipWorkSpec(
        slug="hamilton",
        orgs=[
            lead_org("City of Hamilton", "Ville de Hamilton", "municipal"),
            Org("housing", "Housing Help Centre", "Centre d'aide au logement", ("housing",)),
        ],
        strategy=local_strategy(
            "Hamilton Immigration Strategy",
            "Stratégie d'immigration de Hamilton",
            area(
                "settlement",
                goal(
                    "hm-housing",
                    "Housing for newcomer families",
                    "Du logement pour les familles nouvellement arrivées",
                ),
            ),
            area(
                "language",
                goal(
                    "hm-languages",
                    "Information in newcomers' languages",
                    "De l'information dans les langues des nouveaux arrivants",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "hm-units",
                "hm-housing",
                "Multiple-bedroom social housing units for larger newcomer families",
                "Logements sociaux de plusieurs chambres pour les grandes familles "
                "nouvellement arrivées",
                "The City's commitment to build larger social housing units.",
                "L'engagement de la Ville à construire de plus grands logements sociaux.",
                indicator(
                    "how_much",
                    "Units under construction",
                    "Logements en construction",
                    "units",
                    0,
                    20,
                    12,
                ),
                status="in_progress",
                budget=900_000,
            ),
            activity(
                "hm-guide",
                "hm-languages",
                "Housing Guide in multiple languages",
                "Guide du logement en plusieurs langues",
                "A guide by the Housing Working Group, and a language line at the Housing Help "
                "Centre.",
                "Un guide du Groupe de travail sur le logement et une ligne d'aide "
                "linguistique au Centre d'aide au logement.",
                indicator(
                    "how_much", "Languages of the guide", "Langues du guide", "languages", 1, 8, 9
                ),
                supporting=("housing",),
            ),
        ),
        contributions=[
            ContributionSpec("lead", "cash", 900_000, 2012, "hm-units", "Social housing units"),
            ContributionSpec("housing", "in_kind", 8_000, 2012, "hm-guide", "Language line"),
            *lead_support(20_000, 15_000),
        ],
    ),
    # seed 004: library programs with the Centres for Employment and Learning; a newcomer
    # settlement collection in all libraries.
    PartnershipWorkSpec(
        slug="huron",
        orgs=[
            lead_org("County of Huron", "Comté de Huron", "municipal"),
            Org(
                "library", "Huron County Library", "Bibliothèque du comté de Huron", ("libraries",)
            ),
        ],
        strategy=local_strategy(
            "Huron County Immigration Strategy",
            "Stratégie d'immigration du comté de Huron",
            area(
                "language",
                goal(
                    "hu-esl",
                    "Language learning close to home",
                    "L'apprentissage des langues près de chez soi",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "hu-collection",
                "hu-esl",
                "Newcomer settlement collection in every library",
                "Collection d'établissement pour les nouveaux arrivants dans chaque bibliothèque",
                "A free collection, with ESL programs of the Centres for Employment and Learning.",
                "Une collection gratuite, avec les cours d'anglais langue seconde des Centres "
                "pour l'emploi et l'apprentissage.",
                indicator(
                    "how_much",
                    "Branches with the collection",
                    "Succursales dotées de la collection",
                    "branches",
                    0,
                    12,
                    12,
                ),
                lead="library",
            ),
        ),
        contributions=lead_support(5_000, 9_000),
    ),
    # Kingston (seeds 002 and 004): the City's welcome gift for newcomers; the immigrant web
    # portal of the joint steering committee; attraction and retention.
    PartnershipWorkSpec(
        slug="kingston",
        strategy=local_strategy(
            "Kingston Immigration Strategy",
            "Stratégie d'immigration de Kingston",
            area(
                "settlement",
                goal(
                    "ki-welcome",
                    "A welcoming community for newcomers",
                    "Une communauté accueillante pour les nouveaux arrivants",
                ),
            ),
            area(
                "economic",
                goal(
                    "ki-retention",
                    "Attract and retain newcomers",
                    "Attirer et retenir les nouveaux arrivants",
                ),
            ),
            area(
                "horizontal",
                goal("ki-information", "Information in one place", "L'information au même endroit"),
            ),
        ),
        plans=plan_2012(
            activity(
                "ki-gift",
                "ki-welcome",
                "Welcome gift for newcomers",
                "Cadeau de bienvenue pour les nouveaux arrivants",
                "A gift that introduces municipal services like transit, recreation and "
                "cultural activities.",
                "Un cadeau qui fait connaître les services municipaux comme le transport en "
                "commun, les loisirs et les activités culturelles.",
                indicator(
                    "how_much",
                    "Welcome gifts given",
                    "Cadeaux de bienvenue remis",
                    "gifts",
                    0,
                    300,
                    340,
                ),
                lead="city",
                supporting=("kchc", "kfpl"),
            ),
            activity(
                "ki-portal",
                "ki-information",
                "Immigrant web portal",
                "Portail Web pour les immigrants",
                "A portal of the joint steering committee.",
                "Un portail du comité directeur conjoint.",
                indicator(
                    "better_off", "Monthly visits", "Visites mensuelles", "visits", 0, 2_000, 1_450
                ),
                lead="kchc",
                supporting=("city", "queens"),
                status="in_progress",
                end=120,
                updates=(
                    UpdateSpec(-18, "kchc", "French pages are online; 1,450 visits last month."),
                ),
            ),
            activity(
                "ki-employers",
                "ki-retention",
                "Employer engagement for newcomer retention",
                "Mobilisation des employeurs pour la rétention des nouveaux arrivants",
                "Employer sessions on hiring and keeping newcomers and international graduates.",
                "Des séances pour les employeurs sur l'embauche et la rétention des nouveaux "
                "arrivants et des diplômés internationaux.",
                indicator(
                    "how_much",
                    "Employers engaged",
                    "Employeurs mobilisés",
                    "employers",
                    0,
                    25,
                    None,
                ),
                lead="keys",
                supporting=("slc", "queens"),
                status="in_progress",
                end=200,
                updates=(
                    UpdateSpec(
                        -6, "keys", "Twelve employers signed up for the spring session.", percent=40
                    ),
                ),
            ),
        ),
        contributions=[
            ContributionSpec("city", "cash", 15_000, 2012, "ki-gift", "Welcome gifts"),
            ContributionSpec("queens", "in_kind", 8_000, 2012, "ki-portal", "Web development"),
            ContributionSpec("kchc", "in_kind", 20_000, 2012, None, "Secretariat housing"),
            ContributionSpec("kchc", "in_kind", 18_000, 2011, None, "Secretariat housing"),
        ],
    ),
    # seed 004: workshops and diversity training for employers.
    PartnershipWorkSpec(
        slug="leeds-grenville",
        orgs=[
            lead_org(
                "United Way of Leeds & Grenville",
                "Centraide de Leeds et Grenville",
                "funders",
                "social_services",
            )
        ],
        strategy=local_strategy(
            "Leeds and Grenville Immigration Strategy",
            "Stratégie d'immigration de Leeds et Grenville",
            area(
                "economic",
                goal(
                    "lg-employers",
                    "Engage the business community",
                    "Mobiliser le milieu des affaires",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "lg-diversity",
                "lg-employers",
                "Workshops and diversity training for employers",
                "Ateliers et formation sur la diversité pour les employeurs",
                "Something of value to the business community, and a way to learn its needs.",
                "Une offre utile au milieu des affaires, et une façon de connaître ses besoins.",
                indicator(
                    "how_much", "Employers trained", "Employeurs formés", "employers", 0, 30, 26
                ),
            ),
        ),
        contributions=lead_support(12_000, 8_000),
    ),
    # London & Middlesex (seeds 002 and 004): the six sub-councils; the London Police Service's
    # Newcomer Outreach DVD with lesson plans for ESL training.
    PartnershipWorkSpec(
        slug="london-middlesex",
        strategy=local_strategy(
            "London & Middlesex Immigration Strategy",
            "Stratégie d'immigration de London et Middlesex",
            area(
                "economic",
                goal(
                    "lm-employment",
                    "Employment that fits newcomers' skills",
                    "Un emploi à la mesure des compétences des nouveaux arrivants",
                ),
            ),
            area(
                "education",
                goal(
                    "lm-education",
                    "Education supports for newcomer students",
                    "Du soutien scolaire pour les élèves nouvellement arrivés",
                ),
            ),
            area("health", goal("lm-health", "Health literacy", "La littératie en santé")),
            area(
                "capacity",
                goal(
                    "lm-inclusion",
                    "Inclusion and civic engagement",
                    "Inclusion et engagement civique",
                ),
            ),
            AreaSpec(
                "justice",
                "Justice and protective services",
                "Justice et services de protection",
                [
                    goal(
                        "lm-justice",
                        "Newcomers who know and trust the justice system",
                        "Des nouveaux arrivants qui connaissent le système de justice et lui font "
                        "confiance",
                    )
                ],
            ),
            area(
                "settlement",
                goal(
                    "lm-settlement",
                    "Coordinated settlement services",
                    "Des services d'établissement coordonnés",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "lm-dvd",
                "lm-justice",
                "Newcomer Outreach DVD and ESL lesson plans",
                "DVD de sensibilisation des nouveaux arrivants et plans de cours d'ALS",
                "Engage newcomers in learning about the justice system and build relationships "
                "with ethnocultural communities.",
                "Amener les nouveaux arrivants à connaître le système de justice et tisser des "
                "liens avec les communautés ethnoculturelles.",
                indicator(
                    "how_much",
                    "ESL classes using the lesson plans",
                    "Classes d'ALS qui utilisent les plans de cours",
                    "classes",
                    0,
                    40,
                    45,
                ),
                lead="police",
                supporting=("ccfc", "tvdsb"),
            ),
            activity(
                "lm-employers",
                "lm-employment",
                "Employer breakfasts on hiring newcomers",
                "Petits-déjeuners d'employeurs sur l'embauche de nouveaux arrivants",
                "Breakfast sessions with employers, with Fanshawe College.",
                "Des petits-déjeuners avec des employeurs, avec le Collège Fanshawe.",
                indicator(
                    "how_much", "Employers attending", "Employeurs présents", "employers", 0, 60, 48
                ),
                lead="fanshawe",
                supporting=("city",),
                status="in_progress",
            ),
            activity(
                "lm-health",
                "lm-health",
                "Health literacy sessions",
                "Séances de littératie en santé",
                "Sessions in the languages of the main newcomer communities.",
                "Des séances dans les langues des principales communautés de nouveaux arrivants.",
                lead="health",
                status="planned",
            ),
        ),
        contributions=[
            ContributionSpec("city", "cash", 40_000, 2012, None, "Co-chair and secretariat"),
            ContributionSpec("unitedway", "cash", 20_000, 2012, None, "Co-chair support"),
            ContributionSpec("police", "in_kind", 15_000, 2012, "lm-dvd", "DVD production"),
            ContributionSpec("western", "in_kind", 10_000, 2012, None, "Research"),
            ContributionSpec("city", "cash", 35_000, 2011, None, "Secretariat"),
        ],
    ),
    # seed 004: "the Inventory of Service Catalogue created by the Niagara LIP ... providers ...
    # extending their hours of operation and adding locations".
    PartnershipWorkSpec(
        slug="niagara",
        orgs=[
            lead_org(
                "Regional Municipality of Niagara", "Municipalité régionale de Niagara", "municipal"
            )
        ],
        strategy=local_strategy(
            "Niagara Immigration Strategy",
            "Stratégie d'immigration de Niagara",
            area(
                "settlement",
                goal(
                    "ni-access",
                    "Newcomers find the services they need quickly",
                    "Les nouveaux arrivants trouvent rapidement les services dont ils ont besoin",
                ),
            ),
            area(
                "horizontal",
                goal(
                    "ni-gaps",
                    "Identify and close service gaps",
                    "Repérer et combler les lacunes dans les services",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "ni-catalogue",
                "ni-access",
                "Inventory of Service Catalogue",
                "Catalogue des services",
                "A catalogue of services for newcomers, also used by providers to find gaps.",
                "Un catalogue des services pour les nouveaux arrivants, qui sert aussi aux "
                "fournisseurs à repérer les lacunes.",
                indicator(
                    "how_much", "Services listed", "Services répertoriés", "services", 0, 250, 310
                ),
                indicator(
                    "better_off",
                    "Providers that extended hours or added locations",
                    "Fournisseurs qui ont prolongé leurs heures ou ajouté des points de service",
                    "providers",
                    0,
                    5,
                    8,
                ),
            ),
            activity(
                "ni-gaps",
                "ni-gaps",
                "Service gap review with providers",
                "Examen des lacunes avec les fournisseurs",
                "Providers review the catalogue together to plan new hours and locations.",
                "Les fournisseurs examinent ensemble le catalogue pour planifier de nouvelles "
                "heures et de nouveaux points de service.",
                status="in_progress",
            ),
        ),
        contributions=lead_support(30_000, 18_000),
    ),
    # seed 004: HR North, an online tool matching pre-screened job seekers and small and
    # medium-sized enterprises; employer engagement sessions; a retention guide.
    PartnershipWorkSpec(
        slug="north-bay",
        orgs=[
            lead_org(
                "North Bay & District Multicultural Center",
                "Centre multiculturel de North Bay et du district",
                "settlement",
                "ethnocultural",
            )
        ],
        strategy=local_strategy(
            "North Bay Newcomer Strategy",
            "Stratégie des nouveaux arrivants de North Bay",
            area(
                "economic",
                goal(
                    "nb-matching",
                    "Match newcomers with employers",
                    "Jumeler les nouveaux arrivants et les employeurs",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "nb-hrnorth",
                "nb-matching",
                "HR North online matching tool",
                "Outil de jumelage en ligne RH Nord",
                "Matches pre-screened job seekers with small and medium-sized enterprises in "
                "Northeastern Ontario.",
                "Jumelle des chercheurs d'emploi présélectionnés et des PME du Nord-Est de "
                "l'Ontario.",
                indicator(
                    "how_much",
                    "Employers registered",
                    "Employeurs inscrits",
                    "employers",
                    0,
                    50,
                    63,
                ),
            ),
            activity(
                "nb-retention",
                "nb-matching",
                "Retention guide for businesses",
                "Guide de rétention pour les entreprises",
                "A guide and employer engagement sessions.",
                "Un guide et des séances de mobilisation des employeurs.",
                status="in_progress",
            ),
        ),
        contributions=lead_support(6_000, 9_000),
    ),
    # seed 004: "welcome" signs in many languages across Northwestern Ontario.
    PartnershipWorkSpec(
        slug="northwestern-ontario",
        orgs=[
            lead_org(
                "Thunder Bay Multicultural Association",
                "Association multiculturelle de Thunder Bay",
                "settlement",
                "ethnocultural",
            )
        ],
        strategy=local_strategy(
            "Northwestern Ontario Immigration Strategy",
            "Stratégie d'immigration du Nord-Ouest de l'Ontario",
            area(
                "capacity",
                goal(
                    "nwo-welcome",
                    "Welcoming businesses and organizations",
                    "Des entreprises et des organismes accueillants",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "nwo-signs",
                "nwo-welcome",
                '"Welcome" signs in many languages',
                "Affiches « Bienvenue » en plusieurs langues",
                "Partners and businesses display the signs and offer settlement brochures.",
                "Les partenaires et les entreprises affichent les panneaux et offrent des "
                "dépliants sur l'établissement.",
                indicator(
                    "how_much",
                    "Places displaying the sign",
                    "Lieux qui affichent le panneau",
                    "places",
                    0,
                    100,
                    135,
                ),
            ),
        ),
        contributions=lead_support(4_000, 7_000),
    ),
    # seed 004: the Host Receptivity Working Group's Diversity and Inclusion Charter, endorsed
    # by the region's MPP, local mayors, the United Way of Peel Region and the Art Gallery of
    # Mississauga.
    PartnershipWorkSpec(
        slug="peel",
        orgs=[
            lead_org(
                "Peel Newcomer Strategy Group",
                "Groupe de la stratégie des nouveaux arrivants de Peel",
                "settlement",
            ),
            Org(
                "unitedway",
                "United Way of Peel Region",
                "Centraide de la région de Peel",
                ("funders",),
            ),
        ],
        strategy=local_strategy(
            "Peel Newcomer Strategy",
            "Stratégie des nouveaux arrivants de Peel",
            area(
                "capacity",
                goal(
                    "pe-receptivity",
                    "A receptive host community",
                    "Une communauté d'accueil réceptive",
                ),
            ),
            area(
                "economic",
                goal("pe-employment", "Workplace integration", "L'intégration au travail"),
            ),
        ),
        plans=plan_2012(
            activity(
                "pe-charter",
                "pe-receptivity",
                "Diversity and Inclusion Charter",
                "Charte de la diversité et de l'inclusion",
                "A charter individuals and organizations endorse to become more receptive to "
                "newcomers.",
                "Une charte que des personnes et des organisations endossent pour devenir plus "
                "réceptives aux nouveaux arrivants.",
                indicator(
                    "how_much",
                    "Endorsements of the charter",
                    "Adhésions à la charte",
                    "endorsements",
                    0,
                    100,
                    142,
                ),
                supporting=("unitedway",),
            ),
            activity(
                "pe-bridging",
                "pe-employment",
                "Bridging programs with employers",
                "Programmes relais avec les employeurs",
                "Recruitment and bridging programs with large employers.",
                "Des programmes de recrutement et de transition avec de grands employeurs.",
                status="delayed",
            ),
        ),
        contributions=[
            *lead_support(40_000, 25_000),
            ContributionSpec("unitedway", "cash", 30_000, 2012, "pe-charter", "Charter launch"),
        ],
    ),
    # seed 004: the Peterborough Welcome Pass; the New Canadians Centre's new clients grew by a
    # factor of 2.5 since the LIP began in 2009.
    PartnershipWorkSpec(
        slug="peterborough",
        orgs=[lead_org("New Canadians Centre", "Centre des nouveaux Canadiens", "settlement")],
        strategy=local_strategy(
            "Peterborough Immigration Strategy",
            "Stratégie d'immigration de Peterborough",
            area(
                "settlement",
                goal(
                    "pt-connect",
                    "Connect newcomers with their community",
                    "Relier les nouveaux arrivants à leur communauté",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "pt-pass",
                "pt-connect",
                "Peterborough Welcome Pass",
                "Laissez-passer de bienvenue de Peterborough",
                "An introduction to the region's cultural, artistic and recreation amenities.",
                "Une initiation aux attraits culturels, artistiques et récréatifs de la région.",
                indicator(
                    "how_much", "Passes issued", "Laissez-passer remis", "passes", 0, 250, 290
                ),
                indicator(
                    "better_off",
                    "New clients of the New Canadians Centre",
                    "Nouveaux clients du Centre des nouveaux Canadiens",
                    "clients",
                    400,
                    1_000,
                    1_000,
                ),
            ),
        ),
        contributions=lead_support(15_000, 10_000),
    ),
    # seed 004: bus scheduling changed for out-of-town ESL students; face-to-face
    # interpretation for health care providers.
    PartnershipWorkSpec(
        slug="quinte",
        orgs=[
            lead_org(
                "Quinte United Immigrant Services",
                "Services unis aux immigrants de Quinte",
                "settlement",
            )
        ],
        strategy=local_strategy(
            "Quinte Immigration Strategy",
            "Stratégie d'immigration de Quinte",
            area(
                "language",
                goal(
                    "qu-access",
                    "Access to language training and interpretation",
                    "L'accès à la formation linguistique et à l'interprétation",
                ),
            ),
            area(
                "health",
                goal(
                    "qu-care",
                    "Care without language barriers",
                    "Des soins sans obstacle linguistique",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "qu-bus",
                "qu-access",
                "Bus routes for out-of-town ESL students",
                "Trajets d'autobus pour les élèves d'ALS de l'extérieur",
                "A transportation company changed schedules and routes.",
                "Une entreprise de transport a modifié ses horaires et ses trajets.",
                indicator(
                    "better_off",
                    "ESL students from out of town attending",
                    "Élèves d'ALS de l'extérieur qui assistent aux cours",
                    "students",
                    12,
                    30,
                    27,
                ),
            ),
            activity(
                "qu-interpretation",
                "qu-care",
                "Face-to-face interpretation for health care",
                "Interprétation en personne pour les soins de santé",
                "A contract between settlement, interpretation and health care services.",
                "Un contrat entre les services d'établissement, d'interprétation et de santé.",
                indicator(
                    "how_much",
                    "Interpretation sessions",
                    "Séances d'interprétation",
                    "sessions",
                    0,
                    200,
                    215,
                ),
            ),
        ),
        contributions=lead_support(7_000, 9_000),
    ),
    # seed 004: "Bring a colleague" meetings; employer outreach events.
    PartnershipWorkSpec(
        slug="renfrew-lanark",
        orgs=[lead_org("Algonquin College", "Collège Algonquin", "post_secondary")],
        strategy=local_strategy(
            "Renfrew & Lanark Immigration Strategy",
            "Stratégie d'immigration de Renfrew et Lanark",
            area(
                "economic",
                goal("rl-employers", "Inclusive workplaces", "Des milieux de travail inclusifs"),
            ),
            area(
                "horizontal",
                goal(
                    "rl-outreach",
                    "Participation from every part of the counties",
                    "La participation de toutes les parties des comtés",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "rl-colleague",
                "rl-outreach",
                '"Bring a colleague" meetings',
                "Rencontres « Amenez un collègue »",
                "Members invite colleagues from other sectors.",
                "Les membres invitent des collègues d'autres secteurs.",
                indicator(
                    "how_much",
                    "New member organizations",
                    "Nouvelles organisations membres",
                    "organizations",
                    0,
                    10,
                    14,
                ),
            ),
            activity(
                "rl-employers",
                "rl-employers",
                "Employer outreach events",
                "Événements de rayonnement auprès des employeurs",
                "Employers re-examine hiring, interviews and retention of newcomer workers.",
                "Les employeurs revoient l'embauche, les entrevues et la rétention des "
                "travailleurs nouvellement arrivés.",
                indicator(
                    "better_off",
                    "Employers that changed a hiring practice",
                    "Employeurs qui ont changé une pratique d'embauche",
                    "employers",
                    0,
                    8,
                    6,
                ),
                status="in_progress",
            ),
        ),
        contributions=lead_support(10_000, 14_000),
    ),
    # seed 004: a Nomination Committee keeps the representation of the six sectors.
    PartnershipWorkSpec(
        slug="sarnia-lambton",
        orgs=[lead_org("County of Lambton", "Comté de Lambton", "municipal")],
        strategy=local_strategy(
            "Sarnia-Lambton Immigration Strategy",
            "Stratégie d'immigration de Sarnia-Lambton",
            area(
                "horizontal",
                goal("sl-council", "A representative council", "Un conseil représentatif"),
            ),
        ),
        plans=plan_2012(
            activity(
                "sl-nominations",
                "sl-council",
                "Nomination Committee and member orientation",
                "Comité des nominations et orientation des membres",
                "Keep the six sectors represented and orient new members.",
                "Maintenir la représentation des six secteurs et orienter les nouveaux membres.",
                indicator(
                    "how_much", "Sectors represented", "Secteurs représentés", "sectors", 4, 6, 6
                ),
            ),
        ),
        contributions=lead_support(9_000, 6_000),
    ),
    # seed 004: steel mills provide newcomer employees with accommodations, transportation and
    # networking opportunities.
    PartnershipWorkSpec(
        slug="sault-ste-marie",
        orgs=[
            lead_org(
                "Corporation of the City of Sault Ste. Marie",
                "Ville de Sault Ste. Marie",
                "municipal",
            )
        ],
        strategy=local_strategy(
            "Sault Ste. Marie Immigration Strategy",
            "Stratégie d'immigration de Sault Ste. Marie",
            area(
                "economic",
                goal(
                    "ss-employers",
                    "Employers who welcome newcomers",
                    "Des employeurs qui accueillent les nouveaux arrivants",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "ss-mills",
                "ss-employers",
                "Newcomer supports at the steel mills",
                "Soutien aux nouveaux arrivants dans les aciéries",
                "Accommodations, transportation and networking for newcomer employees.",
                "Logement, transport et réseautage pour les employés nouvellement arrivés.",
                indicator(
                    "how_much",
                    "Newcomer employees supported",
                    "Employés nouvellement arrivés soutenus",
                    "employees",
                    0,
                    40,
                    52,
                ),
            ),
        ),
        contributions=lead_support(12_000, 6_000),
    ),
    # seed 004: every federally and provincially funded settlement and language provider
    # contributed to a local settlement services brochure with maps.
    PartnershipWorkSpec(
        slug="simcoe",
        orgs=[lead_org("County of Simcoe", "Comté de Simcoe", "municipal")],
        strategy=local_strategy(
            "Simcoe County Immigration Strategy",
            "Stratégie d'immigration du comté de Simcoe",
            area(
                "settlement",
                goal(
                    "si-brochure",
                    "Newcomers know where services are",
                    "Les nouveaux arrivants savent où trouver les services",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "si-brochure",
                "si-brochure",
                "Local settlement services brochure",
                "Dépliant des services d'établissement locaux",
                "Programs and maps to service locations, written by all funded providers.",
                "Les programmes et des cartes des points de service, rédigés par tous les "
                "fournisseurs financés.",
                indicator(
                    "how_much",
                    "Brochures distributed",
                    "Dépliants distribués",
                    "copies",
                    0,
                    3_000,
                    3_400,
                ),
            ),
        ),
        contributions=lead_support(18_000, 8_000),
    ),
    # seed 004: a mentoring program for newcomer youth by Big Brothers Big Sisters, now a
    # regular program.
    PartnershipWorkSpec(
        slug="smiths-falls",
        orgs=[
            lead_org(
                "Corporation of the Town of Smiths Falls", "Ville de Smiths Falls", "municipal"
            ),
            Org(
                "bbbs",
                "Big Brothers Big Sisters",
                "Grands Frères Grandes Sœurs",
                ("social_services",),
            ),
        ],
        strategy=local_strategy(
            "Smiths Falls Immigration Strategy",
            "Stratégie d'immigration de Smiths Falls",
            area(
                "education",
                goal(
                    "sf-youth",
                    "Support for newcomer youth",
                    "Du soutien aux jeunes nouvellement arrivés",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "sf-mentoring",
                "sf-youth",
                "Mentoring program for newcomer youth",
                "Programme de mentorat pour les jeunes nouvellement arrivés",
                "A pilot now formalized as a regular program.",
                "Un projet pilote devenu un programme régulier.",
                indicator(
                    "how_much",
                    "Youth matched with a mentor",
                    "Jeunes jumelés à un mentor",
                    "youth",
                    0,
                    15,
                    18,
                ),
                lead="bbbs",
            ),
        ),
        contributions=lead_support(3_000, 5_000),
    ),
    # seed 004: the Settlement Strategy's findings used by the workforce planning board.
    PartnershipWorkSpec(
        slug="st-thomas-elgin",
        orgs=[lead_org("YWCA St. Thomas-Elgin", "YWCA St. Thomas-Elgin", "social_services")],
        strategy=local_strategy(
            "St. Thomas-Elgin Settlement Strategy",
            "Stratégie d'établissement de St. Thomas-Elgin",
            area(
                "economic",
                goal(
                    "st-labour",
                    "Common priorities for the labour market",
                    "Des priorités communes pour le marché du travail",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "st-priorities",
                "st-labour",
                "Shared labour market priorities with the workforce planning board",
                "Priorités communes du marché du travail avec la commission de planification",
                "The board uses the strategy's findings to set employment priorities.",
                "La commission utilise les constats de la stratégie pour fixer les priorités "
                "en matière d'emploi.",
                indicator(
                    "how_much",
                    "Joint planning sessions",
                    "Séances de planification conjointes",
                    "sessions",
                    0,
                    3,
                    3,
                ),
            ),
        ),
        contributions=lead_support(5_000, 6_000),
    ),
    # seed 004: the Thunder Bay Immigration Committee's promotion of settlement services and of
    # population and labour market trends.
    PartnershipWorkSpec(
        slug="thunder-bay",
        orgs=[
            lead_org(
                "Thunder Bay Multicultural Association",
                "Association multiculturelle de Thunder Bay",
                "settlement",
                "ethnocultural",
            )
        ],
        strategy=local_strategy(
            "Thunder Bay Immigration Strategy",
            "Stratégie d'immigration de Thunder Bay",
            area(
                "horizontal",
                goal(
                    "tb-profile",
                    "Raise the profile of settlement and immigration",
                    "Faire mieux connaître l'établissement et l'immigration",
                ),
            ),
            area(
                "economic",
                goal(
                    "tb-business",
                    "Businesses that attract and serve newcomers",
                    "Des entreprises qui attirent et servent les nouveaux arrivants",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "tb-trends",
                "tb-profile",
                "Population and labour market trends for the community",
                "Tendances démographiques et du marché du travail pour la communauté",
                "Presentations and fact sheets on settlement services and trends.",
                "Des présentations et des fiches sur les services d'établissement et les "
                "tendances.",
                indicator(
                    "how_much",
                    "Presentations given",
                    "Présentations données",
                    "presentations",
                    0,
                    12,
                    15,
                ),
            ),
            activity(
                "tb-business",
                "tb-business",
                "Business outreach on attracting newcomers",
                "Rayonnement auprès des entreprises pour attirer les nouveaux arrivants",
                "Businesses are challenged to put a formal process in place.",
                "Les entreprises sont invitées à se doter d'une démarche structurée.",
                status="in_progress",
            ),
        ),
        contributions=lead_support(6_000, 8_000),
    ),
    # seed 004: a LIP report led to the Timmins & District Multicultural Centre (2011); French
    # language classes improve job opportunities with Francophone employers.
    PartnershipWorkSpec(
        slug="timmins",
        orgs=[
            lead_org(
                "Timmins Economic Development Corporation",
                "Société de développement économique de Timmins",
                "employers",
            ),
            Org(
                "tdmc",
                "Timmins & District Multicultural Centre",
                "Centre multiculturel de Timmins et du district",
                ("settlement",),
                since_year=2011,
            ),
        ],
        strategy=local_strategy(
            "Timmins Immigration Strategy",
            "Stratégie d'immigration de Timmins",
            area("language", goal("ti-french", "French for work", "Le français pour le travail")),
            area(
                "settlement",
                goal(
                    "ti-services",
                    "Local settlement services",
                    "Des services d'établissement locaux",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "ti-classes",
                "ti-french",
                "French language classes for newcomers",
                "Cours de français pour les nouveaux arrivants",
                "Classes that open jobs with Francophone employers.",
                "Des cours qui ouvrent des emplois chez des employeurs francophones.",
                indicator(
                    "how_much", "Learners enrolled", "Apprenants inscrits", "learners", 0, 25, 31
                ),
                lead="tdmc",
            ),
            activity(
                "ti-info",
                "ti-services",
                "Information services for newcomers",
                "Services d'information pour les nouveaux arrivants",
                "More information services at the new multicultural centre.",
                "Davantage de services d'information au nouveau centre multiculturel.",
                lead="tdmc",
                status="in_progress",
            ),
        ),
        contributions=lead_support(10_000, 7_000),
    ),
    # seed 004: the Immigrant Employment Network merged with the LIP.
    PartnershipWorkSpec(
        slug="waterloo",
        orgs=[
            lead_org(
                "Regional Municipality of Waterloo",
                "Municipalité régionale de Waterloo",
                "municipal",
            )
        ],
        strategy=local_strategy(
            "Waterloo Region Immigration Strategy",
            "Stratégie d'immigration de la région de Waterloo",
            area(
                "economic", goal("wa-employment", "Immigrant employment", "L'emploi des immigrants")
            ),
            area(
                "horizontal",
                goal(
                    "wa-structure",
                    "A simpler collaborative structure",
                    "Une structure de collaboration plus simple",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "wa-merge",
                "wa-structure",
                "Merger of the Immigrant Employment Network with the partnership",
                "Fusion du Réseau pour l'emploi des immigrants avec le partenariat",
                "Simplify the collaborative structure and coordinate all organizations.",
                "Simplifier la structure de collaboration et coordonner toutes les organisations.",
                indicator(
                    "how_much",
                    "Working groups after the merger",
                    "Groupes de travail après la fusion",
                    "groups",
                    9,
                    5,
                    5,
                ),
            ),
        ),
        contributions=lead_support(45_000, 20_000),
    ),
    # seed 004: the community's service directory updated with settlement agencies and
    # mainstream institutions.
    PartnershipWorkSpec(
        slug="windsor-essex",
        orgs=[lead_org("Corporation of the City of Windsor", "Ville de Windsor", "municipal")],
        strategy=local_strategy(
            "Windsor Essex Immigration Strategy",
            "Stratégie d'immigration de Windsor-Essex",
            area(
                "settlement",
                goal(
                    "we-directory",
                    "Newcomers find programs easily",
                    "Les nouveaux arrivants trouvent facilement les programmes",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "we-directory",
                "we-directory",
                "Updated community service directory",
                "Répertoire des services communautaires mis à jour",
                "Settlement agencies and mainstream institutions update their listings.",
                "Les organismes d'établissement et les institutions générales mettent à jour "
                "leurs fiches.",
                indicator(
                    "how_much", "Listings updated", "Fiches mises à jour", "listings", 0, 400, 455
                ),
            ),
        ),
        contributions=lead_support(25_000, 12_000),
    ),
    # seed 004: York Region's Community Investment Strategy aligned with the LIP's Immigration
    # Settlement Strategy; newcomer initiatives became a funding priority.
    PartnershipWorkSpec(
        slug="york",
        orgs=[
            lead_org(
                "Regional Municipality of York",
                "Municipalité régionale de York",
                "municipal",
                "funders",
            )
        ],
        strategy=local_strategy(
            "York Region Immigration Settlement Strategy",
            "Stratégie d'établissement des immigrants de la région de York",
            area(
                "horizontal",
                goal(
                    "yo-investment",
                    "Funding aligned with newcomers' needs",
                    "Un financement aligné sur les besoins des nouveaux arrivants",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "yo-cis",
                "yo-investment",
                "Community Investment Strategy aligned with the settlement strategy",
                "Stratégie d'investissement communautaire alignée sur la stratégie d'établissement",
                "Initiatives targeting newcomers become a priority for regional funding.",
                "Les initiatives visant les nouveaux arrivants deviennent une priorité du "
                "financement régional.",
                indicator(
                    "how_much",
                    "Newcomer projects funded",
                    "Projets pour les nouveaux arrivants financés",
                    "projects",
                    0,
                    10,
                    13,
                ),
            ),
        ),
        contributions=[
            *lead_support(60_000, 25_000),
            ContributionSpec("lead", "cash", 250_000, 2012, "yo-cis", "Community investments"),
        ],
    ),
    # seed 004: many ways to engage; the Newcomer Leadership Table.
    PartnershipWorkSpec(
        slug="toronto",
        orgs=[lead_org("City of Toronto", "Ville de Toronto", "municipal")],
        strategy=local_strategy(
            "Toronto Newcomer Strategy",
            "Stratégie torontoise pour les nouveaux arrivants",
            area(
                "horizontal",
                goal(
                    "to-engagement",
                    "Many ways for stakeholders to engage",
                    "De multiples façons de participer pour les intervenants",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "to-forums",
                "to-engagement",
                "Newcomer Leadership Table and city-wide forums",
                "Table de leadership des nouveaux arrivants et forums municipaux",
                "Local activities, forums and conferences alongside the main council.",
                "Des activités locales, des forums et des conférences en plus du conseil "
                "principal.",
                indicator(
                    "how_much",
                    "Forum participants",
                    "Participants aux forums",
                    "people",
                    0,
                    400,
                    520,
                ),
            ),
        ),
        contributions=lead_support(80_000, 30_000),
    ),
    # seed 004: collaboration made referrals more effective in the North Quadrant.
    PartnershipWorkSpec(
        slug="toronto-north",
        orgs=[lead_org("JVS Toronto", "JVS Toronto", "settlement", "employers")],
        strategy=local_strategy(
            "Toronto North Settlement Strategy",
            "Stratégie d'établissement de Toronto Nord",
            area(
                "settlement",
                goal(
                    "tn-referrals",
                    "Effective referrals between agencies",
                    "Des aiguillages efficaces entre organismes",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "tn-referrals",
                "tn-referrals",
                "Referral protocol between member agencies",
                "Protocole d'aiguillage entre les organismes membres",
                "Agencies agree how to refer newcomers to each other.",
                "Les organismes s'entendent sur la façon de s'aiguiller les nouveaux arrivants.",
                indicator(
                    "how_much",
                    "Agencies in the protocol",
                    "Organismes membres du protocole",
                    "agencies",
                    0,
                    20,
                    17,
                ),
                status="in_progress",
            ),
        ),
        contributions=lead_support(8_000, 10_000),
    ),
    # seed 004: relationships formed through the LIP help members recommend the best option.
    PartnershipWorkSpec(
        slug="toronto-west",
        orgs=[lead_org("JobStart", "JobStart", "settlement", "employers")],
        strategy=local_strategy(
            "Toronto West Settlement Strategy",
            "Stratégie d'établissement de Toronto Ouest",
            area(
                "settlement",
                goal(
                    "tw-knowledge",
                    "Members know each other's services",
                    "Les membres connaissent les services des autres",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "tw-fairs",
                "tw-knowledge",
                "Service fairs for front-line staff",
                "Salons des services pour le personnel de première ligne",
                "Front-line staff learn the services of other members.",
                "Le personnel de première ligne découvre les services des autres membres.",
                indicator(
                    "how_much",
                    "Front-line staff attending",
                    "Membres du personnel de première ligne présents",
                    "staff",
                    0,
                    150,
                    170,
                ),
            ),
        ),
        contributions=lead_support(7_000, 9_000),
    ),
    # seed 004: the Newcomer "Welcome" Brochure of the Partnership & Service Collaboration
    # Committee, piloted across Toronto South.
    PartnershipWorkSpec(
        slug="toronto-south",
        orgs=[
            lead_org(
                "St. Stephen's Community House",
                "Maison communautaire St. Stephen's",
                "settlement",
                "social_services",
            )
        ],
        strategy=local_strategy(
            "Toronto South Settlement Strategy",
            "Stratégie d'établissement de Toronto Sud",
            area(
                "settlement",
                goal(
                    "ts-brochure",
                    "Information on local resources",
                    "De l'information sur les ressources locales",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "ts-brochure",
                "ts-brochure",
                'Newcomer "Welcome" Brochure',
                "Brochure de « Bienvenue » pour les nouveaux arrivants",
                "Links to settlement, employment, health and housing resources.",
                "Des liens vers les ressources d'établissement, d'emploi, de santé et de logement.",
                indicator("how_much", "Pilot sites", "Sites pilotes", "sites", 0, 15, 11),
                status="in_progress",
            ),
        ),
        contributions=lead_support(6_000, 8_000),
    ),
    # seed 004: an Immigrant Council to keep newcomers involved in the LIP's work.
    PartnershipWorkSpec(
        slug="toronto-east",
        orgs=[
            lead_org(
                "Catholic Crosscultural Services",
                "Services interculturels catholiques",
                "settlement",
            )
        ],
        strategy=local_strategy(
            "Toronto East Settlement Strategy",
            "Stratégie d'établissement de Toronto Est",
            area(
                "capacity",
                goal(
                    "te-voice",
                    "Newcomers' voice in the partnership",
                    "La voix des nouveaux arrivants au sein du partenariat",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "te-council",
                "te-voice",
                "Immigrant Council",
                "Conseil des immigrants",
                "Members' informal networks engage newcomers who never used settlement agencies.",
                "Les réseaux informels des membres rejoignent des nouveaux arrivants qui n'ont "
                "jamais fait appel aux organismes d'établissement.",
                indicator(
                    "how_much",
                    "Immigrant Council members",
                    "Membres du Conseil des immigrants",
                    "members",
                    0,
                    15,
                    18,
                ),
            ),
        ),
        contributions=lead_support(7_000, 9_000),
    ),
    # seed 004: the young Calgary LIP's outreach brought absent stakeholders to the table.
    PartnershipWorkSpec(
        slug="calgary",
        orgs=[
            lead_org(
                "United Way of Calgary and Area",
                "Centraide de Calgary et de la région",
                "funders",
                "social_services",
            )
        ],
        strategy=local_strategy(
            "Calgary Local Immigration Partnership: vision and priorities",
            "Partenariat local d'immigration de Calgary : vision et priorités",
            area(
                "horizontal",
                goal(
                    "ca-outreach",
                    "Bring every stakeholder to the table",
                    "Amener tous les intervenants à la table",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "ca-outreach",
                "ca-outreach",
                "Stakeholder outreach and community conversations",
                "Rayonnement auprès des intervenants et conversations communautaires",
                "Raise awareness of settlement outcomes and of the role of local organizations.",
                "Faire connaître les résultats en matière d'établissement et le rôle des "
                "organisations locales.",
                indicator(
                    "how_much",
                    "Organizations engaged",
                    "Organisations mobilisées",
                    "organizations",
                    0,
                    60,
                    75,
                ),
                status="in_progress",
            ),
        ),
        contributions=lead_support(50_000, 20_000),
    ),
    # seed 004: pilot project, Phase 1: exploring capacity for collective action.
    PartnershipWorkSpec(
        slug="halifax",
        orgs=[
            lead_org(
                "Immigrant Settlement and Integration Services",
                "Services d'établissement et d'intégration des immigrants",
                "settlement",
            )
        ],
        strategy=local_strategy(
            "Halifax LIP Phase 1: priorities",
            "PLI de Halifax, phase 1 : priorités",
            area(
                "horizontal",
                goal(
                    "hx-council",
                    "Build the partnership council",
                    "Former le conseil du partenariat",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "hx-council",
                "hx-council",
                "Form the partnership council",
                "Former le conseil du partenariat",
                "Recruit members from the key sectors.",
                "Recruter des membres des secteurs clés.",
                indicator(
                    "how_much",
                    "Council members recruited",
                    "Membres du conseil recrutés",
                    "members",
                    0,
                    20,
                    16,
                ),
                status="in_progress",
            ),
        ),
        contributions=lead_support(5_000, 6_000),
    ),
    # seed 004: pilot project, needs assessment.
    PartnershipWorkSpec(
        slug="st-johns",
        orgs=[
            lead_org(
                "Association for New Canadians",
                "Association pour les nouveaux Canadiens",
                "settlement",
            )
        ],
        strategy=local_strategy(
            "St. John's LIP: needs assessment",
            "PLI de St. John's : évaluation des besoins",
            area(
                "horizontal",
                goal(
                    "sj-needs",
                    "Know the needs of newcomers",
                    "Connaître les besoins des nouveaux arrivants",
                ),
            ),
        ),
        plans=plan_2012(
            activity(
                "sj-assessment",
                "sj-needs",
                "Community needs assessment",
                "Évaluation des besoins de la communauté",
                "Consultations with newcomers, including those who never used settlement services.",
                "Des consultations auprès des nouveaux arrivants, y compris ceux qui n'ont "
                "jamais utilisé les services d'établissement.",
                indicator(
                    "how_much",
                    "Newcomers consulted",
                    "Nouveaux arrivants consultés",
                    "people",
                    0,
                    200,
                    230,
                ),
            ),
        ),
        contributions=lead_support(4_000, 5_000),
    ),
]

WORK: list[PartnershipWorkSpec] = [OTTAWA_WORK, *NETWORK_WORK]
