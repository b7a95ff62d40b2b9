# ruff: noqa: RUF001 - en dashes are the typography of the seed documents
"""The demo content, as plain data. Every block names the seed document it comes from.

Seeds (in ../shared/seeds):
- 000/001 "Planting the Seeds of Progress: Ottawa's Immigration Strategy in Action" (OLIP
  partners by sector, the seven priority areas, the Francophone lens, the four health centres).
- 002 "Research workshop of Local Immigration Partnerships" (London & Middlesex's six
  sub-councils and central council, Kingston's three committees, governance spaces of OLIP).
- 003 "OLIP and the Ontario Welcoming Communities Initiative" (Steering Committee, Council,
  Reference Group, LASI).
- 004 "Local Immigration Partnerships: Outcomes 2008-2013", annex "LIPs funded by CIC in
  2012-13" (names and lead organizations) and the list of key stakeholder sectors.

People are invented; organizations are real ones of the kind the seeds name. Dates are given
relative to the day the demo is loaded, so meetings are always recent and upcoming.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PASSWORD = "demo-password-2026"

# Sector codes are those of liphub.partnerships.sectors.KEY_SECTORS (seed 004, "Broadening the
# Tent"), seeded by the partnerships app's data migration.


# --- Networks --------------------------------------------------------------------------------
@dataclass(frozen=True)
class NetworkSpec:
    slug: str
    name_en: str
    name_fr: str


ONTARIO = NetworkSpec("ontario", "Ontario LIPs", "PLI de l'Ontario")
# Seed 004's annex also lists Calgary and two pilot projects outside Ontario: they form the
# network of every LIP CIC funded that year.
CIC_2012_13 = NetworkSpec(
    "cic-2012-13", "LIPs funded by CIC in 2012-13", "PLI financés par CIC en 2012-2013"
)
NETWORKS = [ONTARIO, CIC_2012_13]


# --- The annex of seed 004: "LIPs funded by CIC in 2012-13" -----------------------------------
@dataclass(frozen=True)
class LipSpec:
    slug: str
    name_en: str
    name_fr: str
    lead_organization: str
    region: str
    province: str = "ON"

    @property
    def networks(self) -> list[str]:
        if self.province == "ON":
            return [ONTARIO.slug, CIC_2012_13.slug]
        return [CIC_2012_13.slug]


PLI = "Partenariat local d'immigration"

# "Ontario: LIPs outside of Toronto". The annex gives the lead organizations of the first 24 in
# alphabetical order of the LIP without their names; the names come from the body of seed 004
# (and seed 002 for Durham, Hamilton and Kingston).
LIPS: list[LipSpec] = [
    LipSpec(
        "chatham-kent",
        "Chatham-Kent Local Immigration Partnership",
        f"{PLI} de Chatham-Kent",
        "Municipality of Chatham-Kent",
        "Chatham-Kent",
    ),
    LipSpec(
        "durham",
        "Durham Local Diversity and Immigrant Partnership Council",
        "Conseil du partenariat local pour la diversité et l'immigration de Durham",
        "Regional Municipality of Durham",
        "Durham Region",
    ),
    LipSpec(
        "five-eastern-counties",
        "Five Eastern Counties Local Immigration Partnership",
        f"{PLI} des cinq comtés de l'Est",
        "Eastern Ontario Training Board",
        "Stormont, Dundas, Glengarry, Prescott and Russell",
    ),
    LipSpec(
        "grand-erie",
        "Grand Erie Local Immigration Partnership",
        f"{PLI} de Grand Erie",
        "Workforce Planning Board of Grand Erie",
        "Grand Erie",
    ),
    LipSpec(
        "greater-sudbury",
        "Greater Sudbury Local Immigration Partnership",
        f"{PLI} du Grand Sudbury",
        "City of Greater Sudbury",
        "Greater Sudbury",
    ),
    LipSpec(
        "guelph-wellington",
        "Guelph-Wellington Local Immigration Partnership",
        f"{PLI} de Guelph-Wellington",
        "Corporation of the City of Guelph",
        "Guelph and Wellington County",
    ),
    LipSpec(
        "halton",
        "Halton Local Immigration Partnership",
        f"{PLI} de Halton",
        "Regional Municipality of Halton",
        "Halton Region",
    ),
    LipSpec(
        "hamilton",
        "Hamilton Immigration Partnership Council",
        "Conseil du partenariat d'immigration de Hamilton",
        "City of Hamilton",
        "Hamilton",
    ),
    LipSpec(
        "huron",
        "Huron County Local Immigration Partnership",
        f"{PLI} du comté de Huron",
        "County of Huron",
        "Huron County",
    ),
    LipSpec(
        "kingston",
        "Kingston Immigration Partnership",
        "Partenariat d'immigration de Kingston",
        "Kingston Community Health Centres",
        "Kingston",
    ),
    LipSpec(
        "leeds-grenville",
        "Leeds and Grenville Local Immigration Partnership",
        f"{PLI} de Leeds et Grenville",
        "United Way of Leeds & Grenville",
        "Leeds and Grenville",
    ),
    LipSpec(
        "london-middlesex",
        "London & Middlesex Local Immigration Partnership",
        f"{PLI} de London et Middlesex",
        "Corporation of the City of London",
        "London and Middlesex County",
    ),
    LipSpec(
        "niagara",
        "Niagara Local Immigration Partnership",
        f"{PLI} de Niagara",
        "Regional Municipality of Niagara",
        "Niagara Region",
    ),
    LipSpec(
        "north-bay",
        "North Bay Newcomer Network",
        "Réseau des nouveaux arrivants de North Bay",
        "North Bay & District Multicultural Center",
        "North Bay",
    ),
    LipSpec(
        "northwestern-ontario",
        "Northwestern Ontario Immigration Partnership",
        "Partenariat d'immigration du Nord-Ouest de l'Ontario",
        "Thunder Bay Multicultural Association",
        "Northwestern Ontario",
    ),
    LipSpec(
        "ottawa",
        "Ottawa Local Immigration Partnership",
        f"{PLI} d'Ottawa",
        "Catholic Centre for Immigrants",
        "Ottawa",
    ),
    LipSpec(
        "peel",
        "Peel Local Immigration Partnership",
        f"{PLI} de Peel",
        "Peel Newcomer Strategy Group",
        "Peel Region",
    ),
    LipSpec(
        "peterborough",
        "Peterborough Partnership Council on Immigrant Integration",
        "Conseil de partenariat de Peterborough pour l'intégration des immigrants",
        "New Canadians Centre",
        "Peterborough",
    ),
    LipSpec(
        "quinte",
        "Quinte Local Immigration Partnership",
        f"{PLI} de Quinte",
        "Quinte United Immigrant Services",
        "Quinte",
    ),
    LipSpec(
        "renfrew-lanark",
        "Renfrew & Lanark Local Immigration Partnership",
        f"{PLI} de Renfrew et Lanark",
        "Algonquin College",
        "Renfrew and Lanark Counties",
    ),
    LipSpec(
        "sarnia-lambton",
        "Sarnia-Lambton Local Immigration Partnership",
        f"{PLI} de Sarnia-Lambton",
        "County of Lambton",
        "Sarnia-Lambton",
    ),
    LipSpec(
        "sault-ste-marie",
        "Sault Ste. Marie Local Immigration Partnership",
        f"{PLI} de Sault Ste. Marie",
        "Corporation of the City of Sault Ste. Marie",
        "Sault Ste. Marie",
    ),
    LipSpec(
        "simcoe",
        "Simcoe County Local Immigration Partnership",
        f"{PLI} du comté de Simcoe",
        "County of Simcoe",
        "Simcoe County",
    ),
    LipSpec(
        "smiths-falls",
        "Smiths Falls Local Immigration Partnership",
        f"{PLI} de Smiths Falls",
        "Corporation of the Town of Smiths Falls",
        "Smiths Falls",
    ),
    # The last six of "LIPs outside of Toronto" come with their names in the annex.
    LipSpec(
        "st-thomas-elgin",
        "St.Thomas-Elgin Local Immigration Partnership",
        f"{PLI} de St. Thomas-Elgin",
        "YWCA",
        "St. Thomas and Elgin County",
    ),
    LipSpec(
        "thunder-bay",
        "Thunder Bay Immigration Committee",
        "Comité de l'immigration de Thunder Bay",
        "Thunder Bay Multicultural Association",
        "Thunder Bay",
    ),
    LipSpec(
        "timmins",
        "Timmins Local Immigration Partnership",
        f"{PLI} de Timmins",
        "Timmins Economic Development Corporation",
        "Timmins",
    ),
    LipSpec(
        "waterloo",
        "Waterloo Region Immigration Partnership Council",
        "Conseil du partenariat d'immigration de la région de Waterloo",
        "Regional Municipality of Waterloo",
        "Waterloo Region",
    ),
    LipSpec(
        "windsor-essex",
        "Windsor Essex Local Immigration Partnership",
        f"{PLI} de Windsor-Essex",
        "Corporation of the City of Windsor",
        "Windsor and Essex County",
    ),
    LipSpec(
        "york",
        "York Region Local Immigration Partnership/Community Partnership Council",
        f"{PLI} de la région de York / Conseil de partenariat communautaire",
        "Regional Municipality of York",
        "York Region",
    ),
    # "Ontario: LIPs in Toronto"
    LipSpec(
        "toronto",
        "Toronto City-Wide Local Immigration Partnership",
        f"{PLI} de l'ensemble de Toronto",
        "City of Toronto",
        "Toronto",
    ),
    LipSpec(
        "toronto-north",
        "Toronto North Local Immigration Partnership",
        f"{PLI} de Toronto Nord",
        "JVS Toronto",
        "Toronto North",
    ),
    LipSpec(
        "toronto-west",
        "Toronto West Local Immigration Partnership",
        f"{PLI} de Toronto Ouest",
        "JobStart",
        "Toronto West",
    ),
    LipSpec(
        "toronto-south",
        "Toronto South Local Immigration Partnership",
        f"{PLI} de Toronto Sud",
        "St. Stephen's Community House",
        "Toronto South",
    ),
    LipSpec(
        "toronto-east",
        "Toronto East Quadrant Local Immigration Partnership",
        f"{PLI} du quadrant Est de Toronto",
        "Catholic Crosscultural Services",
        "Toronto East",
    ),
    # "Alberta"
    LipSpec(
        "calgary",
        "Calgary Local Immigration Partnership",
        f"{PLI} de Calgary",
        "United Way of Calgary and Area",
        "Calgary",
        province="AB",
    ),
    # "Pilot projects"
    LipSpec(
        "halifax",
        "Halifax Local Immigration Partnership – Phase 1",
        f"{PLI} de Halifax – Phase 1",
        "Immigrant Settlement and Integration Services",
        "Halifax",
        province="NS",
    ),
    LipSpec(
        "st-johns",
        "St. John's Local Immigration Partnership - Needs Assessment",
        f"{PLI} de St. John's – Évaluation des besoins",
        "Association for New Canadians",
        "St. John's",
        province="NL",
    ),
]


# --- Partnerships in depth: organizations, people, bodies, seats -------------------------------
@dataclass(frozen=True)
class Org:
    """An organization and its partnership membership (`key` names it within this file)."""

    key: str
    name_en: str
    name_fr: str
    sectors: tuple[str, ...]
    acronym: str = ""
    website: str = ""
    francophone: bool = False
    immigrant_led: bool = False
    since_year: int = 2009


@dataclass(frozen=True)
class BodySpec:
    key: str
    kind: str
    name_en: str
    name_fr: str
    mandate_en: str = ""
    mandate_fr: str = ""
    parent: str | None = None


@dataclass(frozen=True)
class SeatSpec:
    """A person on a body. `org` is None for immigrant representatives sitting as individuals.

    `term` is "current" (a two-year term running now) or "past" (ended before the demo
    meetings: the seat shows in the history, not at the table).
    """

    body: str
    person: str
    org: str | None
    role: str = "member"
    title: str = ""
    immigrant_rep: bool = False
    francophone: bool = False
    term: str = "current"


@dataclass(frozen=True)
class LocalSpec:
    slug: str
    description_en: str
    description_fr: str
    website: str
    email: str
    orgs: list[Org]
    bodies: list[BodySpec]
    seats: list[SeatSpec]


# Ottawa -- seeds 000/001: "a community-wide partnership of the four school boards, local
# universities and colleges, health and resource centres, settlement service providers,
# business and employer associations, social service agencies, regional planning bodies,
# immigrant civic organizations, and multiple City of Ottawa departments"; Réseau de soutien à
# l'immigration francophone and the Centre on Governance (the Francophone lens); four community
# health centres; Champlain LHIN. Seed 003: OWCI, LASI, "Steering Committee and Council",
# the OLIP Reference Group. Seed 004: United Way, Ontario Trillium Foundation, CIC.
OTTAWA_ORGS: list[Org] = [
    # Lead organization (seed 004 annex) and settlement service providers (seed 000)
    Org(
        "cci",
        "Catholic Centre for Immigrants",
        "Centre catholique pour immigrants",
        ("settlement",),
        acronym="CCI Ottawa",
        website="https://cciottawa.ca",
        since_year=2008,
    ),
    Org(
        "ociso",
        "Ottawa Community Immigrant Services Organization",
        "Organisme communautaire des services aux immigrants d'Ottawa",
        ("settlement", "ethnocultural"),
        acronym="OCISO",
        immigrant_led=True,
    ),
    Org(
        "lasi",
        "Local Agencies Serving Immigrants",
        "Organismes locaux au service des immigrants",
        ("settlement",),
        acronym="LASI",
    ),
    Org(
        "iwso",
        "Immigrant Women Services Ottawa",
        "Services pour femmes immigrantes d'Ottawa",
        ("settlement", "social_services"),
        acronym="IWSO",
        immigrant_led=True,
    ),
    Org(
        "ymca",
        "YMCA-YWCA of the National Capital Region",
        "YMCA-YWCA de la Région de la capitale nationale",
        ("settlement", "housing"),
        since_year=2010,
    ),
    Org(
        "cesoc",
        "Conseil économique et social d'Ottawa-Carleton",
        "Conseil économique et social d'Ottawa-Carleton",
        ("settlement", "francophone"),
        acronym="CESOC",
        francophone=True,
        immigrant_led=True,
    ),
    # The four school boards (seed 000)
    Org(
        "ocdsb",
        "Ottawa-Carleton District School Board",
        "Conseil scolaire de district d'Ottawa-Carleton",
        ("school_boards",),
        acronym="OCDSB",
    ),
    Org(
        "ocsb",
        "Ottawa Catholic School Board",
        "Conseil des écoles catholiques d'Ottawa",
        ("school_boards",),
        acronym="OCSB",
    ),
    Org(
        "cepeo",
        "Conseil des écoles publiques de l'Est de l'Ontario",
        "Conseil des écoles publiques de l'Est de l'Ontario",
        ("school_boards", "francophone"),
        acronym="CEPEO",
        francophone=True,
    ),
    Org(
        "cecce",
        "Conseil des écoles catholiques du Centre-Est",
        "Conseil des écoles catholiques du Centre-Est",
        ("school_boards", "francophone"),
        acronym="CECCE",
        francophone=True,
    ),
    # Universities and colleges (seed 000), research partners (seed 001: Centre on Governance;
    # seed 003: the Ontario Welcoming Communities Initiative)
    Org(
        "uottawa",
        "University of Ottawa",
        "Université d'Ottawa",
        ("post_secondary",),
        acronym="uOttawa",
    ),
    Org(
        "carleton",
        "Carleton University",
        "Université Carleton",
        ("post_secondary",),
    ),
    Org(
        "algonquin",
        "Algonquin College",
        "Collège Algonquin",
        ("post_secondary",),
    ),
    Org(
        "lacite",
        "La Cité collégiale",
        "La Cité collégiale",
        ("post_secondary", "francophone"),
        francophone=True,
    ),
    Org(
        "owci",
        "Ontario Welcoming Communities Initiative",
        "Initiative des communautés accueillantes de l'Ontario",
        ("post_secondary",),
        acronym="OWCI",
    ),
    # Health and community resource centres (seed 000: "four community health centres";
    # seed 001: Champlain Local Health Integration Network)
    Org(
        "somerset",
        "Somerset West Community Health Centre",
        "Centre de santé communautaire Somerset Ouest",
        ("health", "social_services"),
    ),
    Org(
        "pinecrest",
        "Pinecrest-Queensway Community Health Centre",
        "Centre de santé communautaire Pinecrest-Queensway",
        ("health", "social_services"),
    ),
    Org(
        "centretown",
        "Centretown Community Health Centre",
        "Centre de santé communautaire du Centre-ville",
        ("health",),
    ),
    Org(
        "sandyhill",
        "Sandy Hill Community Health Centre",
        "Centre de santé communautaire Côte-de-Sable",
        ("health",),
    ),
    Org(
        "lhin",
        "Champlain Local Health Integration Network",
        "Réseau local d'intégration des services de santé de Champlain",
        ("health", "funders"),
        acronym="Champlain LHIN",
        since_year=2010,
    ),
    # The City of Ottawa, its library and its police (seed 000: "multiple City of Ottawa
    # departments"; seed 004: the Municipal Immigration Strategy)
    Org(
        "city",
        "City of Ottawa",
        "Ville d'Ottawa",
        ("municipal",),
        website="https://ottawa.ca",
        since_year=2008,
    ),
    Org(
        "opl",
        "Ottawa Public Library",
        "Bibliothèque publique d'Ottawa",
        ("libraries",),
    ),
    Org(
        "police",
        "Ottawa Police Service",
        "Service de police d'Ottawa",
        ("police_justice",),
    ),
    Org(
        "och",
        "Ottawa Community Housing Corporation",
        "Société de logement communautaire d'Ottawa",
        ("housing",),
        since_year=2011,
    ),
    # Business and employer associations, workforce planning (seed 000)
    Org(
        "chamber",
        "Ottawa Board of Trade",
        "Chambre de commerce d'Ottawa",
        ("employers",),
        since_year=2010,
    ),
    Org(
        "hio",
        "Hire Immigrants Ottawa",
        "Embauche immigrants Ottawa",
        ("employers",),
        acronym="HIO",
    ),
    Org(
        "hub",
        "Ottawa Employment Hub",
        "Carrefour de l'emploi d'Ottawa",
        ("workforce_planning",),
        since_year=2012,
    ),
    # Social service agencies and regional planning bodies (seed 000)
    Org(
        "spco",
        "Social Planning Council of Ottawa",
        "Conseil de planification sociale d'Ottawa",
        ("social_services",),
    ),
    Org(
        "jfs",
        "Jewish Family Services of Ottawa",
        "Services familiaux juifs d'Ottawa",
        ("social_services", "faith"),
    ),
    # Funders (seed 004: United Way, Ontario Trillium Foundation, CIC)
    Org(
        "unitedway",
        "United Way Ottawa",
        "Centraide Ottawa",
        ("funders", "social_services"),
    ),
    Org(
        "trillium",
        "Ontario Trillium Foundation",
        "Fondation Trillium de l'Ontario",
        ("funders",),
        since_year=2012,
    ),
    Org(
        "cic",
        "Citizenship and Immigration Canada",
        "Citoyenneté et Immigration Canada",
        ("funders",),
        acronym="CIC",
        since_year=2008,
    ),
    # Francophone organizations (seed 001: the Francophone lens)
    Org(
        "rsif",
        "Réseau de soutien à l'immigration francophone de l'Est de l'Ontario",
        "Réseau de soutien à l'immigration francophone de l'Est de l'Ontario",
        ("francophone", "settlement"),
        francophone=True,
        since_year=2010,
    ),
    Org(
        "acfo",
        "Association des communautés francophones d'Ottawa",
        "Association des communautés francophones d'Ottawa",
        ("francophone",),
        acronym="ACFO Ottawa",
        francophone=True,
        since_year=2011,
    ),
    # Immigrant civic organizations and faith groups (seed 000: "immigrant civic
    # organizations"; seed 002: "significance of faith-based informal groups")
    Org(
        "occsc",
        "Ottawa Chinese Community Service Centre",
        "Centre de services communautaires chinois d'Ottawa",
        ("ethnocultural", "settlement"),
        immigrant_led=True,
    ),
    Org(
        "somali",
        "Somali Centre for Family Services",
        "Centre somalien pour les services à la famille",
        ("ethnocultural", "social_services"),
        immigrant_led=True,
        since_year=2010,
    ),
    Org(
        "omwo",
        "Ottawa Muslim Women's Organization",
        "Organisation des femmes musulmanes d'Ottawa",
        ("ethnocultural", "faith"),
        immigrant_led=True,
        since_year=2012,
    ),
    Org(
        "mhi",
        "Multifaith Housing Initiative",
        "Initiative multiconfessionnelle sur le logement",
        ("faith", "housing"),
        since_year=2013,
    ),
]

# Seeds 000/001: seven priority areas of the Ottawa Immigration Strategy, carried by the sector
# tables ("expert teams") that now "scan the environment ... and prioritize ... actions".
OTTAWA_TABLES: list[tuple[str, str, str]] = [
    ("economic", "Economic Integration Table", "Table de l'intégration économique"),
    ("education", "Education Table", "Table de l'éducation"),
    ("health", "Health and Wellbeing Table", "Table de la santé et du bien-être"),
    ("settlement", "Settlement Table", "Table de l'établissement"),
    (
        "language",
        "Language Training and Translation Supports Table",
        "Table de la formation linguistique et du soutien à la traduction",
    ),
    (
        "inclusion",
        "Institutional and Community Inclusion Capacity Table",
        "Table de la capacité d'inclusion institutionnelle et communautaire",
    ),
    ("horizontal", "Horizontal Strategies Table", "Table des stratégies horizontales"),
]

OTTAWA_BODIES: list[BodySpec] = [
    BodySpec(
        "council",
        "council",
        "OLIP Council",
        "Conseil du PLIO",
        "Sets the common directions and priorities of the Ottawa Immigration Strategy and "
        "fosters collaborative leadership and coordinated action by partners in every sector.",
        "Établit les orientations et les priorités communes de la Stratégie d'immigration "
        "d'Ottawa et favorise un leadership concerté et une action coordonnée des partenaires "
        "de tous les secteurs.",
    ),
    BodySpec(
        "steering",
        "steering_committee",
        "OLIP Steering Committee",
        "Comité directeur du PLIO",
        "Guides the secretariat between Council meetings, prepares Council agendas and "
        "oversees the work plan and budget.",
        "Guide le secrétariat entre les réunions du Conseil, prépare les ordres du jour du "
        "Conseil et supervise le plan de travail et le budget.",
        parent="council",
    ),
    BodySpec(
        "reference",
        "committee",
        "OLIP Reference Group",
        "Groupe de référence du PLIO",
        "Brings researchers and practitioners together to advise on research and planning "
        "tools (organized with the Ontario Welcoming Communities Initiative).",
        "Réunit chercheurs et praticiens pour conseiller le PLIO sur ses outils de recherche et "
        "de planification (organisé avec l'Initiative des communautés accueillantes de "
        "l'Ontario).",
        parent="council",
    ),
    *[
        BodySpec(
            key,
            "working_group",
            name_en,
            name_fr,
            f"Sector table of the Ottawa Immigration Strategy: scans for opportunities and "
            f"prioritizes joint actions in its priority area ({name_en}).",
            f"Table sectorielle de la Stratégie d'immigration d'Ottawa : repère les occasions "
            f"et établit les priorités d'action commune dans son domaine ({name_fr}).",
            parent="council",
        )
        for key, name_en, name_fr in OTTAWA_TABLES
    ],
]

# Council: chair and co-chair, one seat per key partner, immigrant and Francophone
# representatives, the funder ex officio. Seat holders are invented people.
OTTAWA_SEATS: list[SeatSpec] = [
    SeatSpec("council", "Margaret Okafor", "unitedway", "chair", "Vice-President, Community"),
    SeatSpec("council", "Luc Bérubé", "city", "co_chair", "Director, Community Services"),
    SeatSpec("council", "Nadia Haddad", "cci", title="Executive Director"),
    SeatSpec("council", "Samuel Tesfaye", "ociso", title="Executive Director", immigrant_rep=True),
    SeatSpec("council", "Grace Liu", "lasi", title="Coordinator"),
    SeatSpec("council", "Fatima Warsame", "iwso", title="Executive Director", immigrant_rep=True),
    SeatSpec(
        "council", "Chantal Mbeki-Roy", "cesoc", title="Directrice générale", francophone=True
    ),
    SeatSpec("council", "Robert Kowalski", "ocdsb", title="Superintendent of Instruction"),
    SeatSpec("council", "Maria Santos", "ocsb", title="Superintendent"),
    SeatSpec("council", "Julie Lavoie", "cepeo", title="Surintendante", francophone=True),
    SeatSpec("council", "Pierre Ndayishimiye", "cecce", title="Directeur", francophone=True),
    SeatSpec("council", "Dr. Anjali Mehta", "uottawa", title="Professor, Centre on Governance"),
    SeatSpec("council", "Thomas Reid", "carleton", title="Associate Dean"),
    SeatSpec("council", "Hélène Dubois", "algonquin", title="Dean, Community Studies"),
    SeatSpec("council", "Ahmed Rahimi", "somerset", title="Executive Director"),
    SeatSpec("council", "Karen McAllister", "lhin", title="Senior Planner"),
    SeatSpec("council", "David Chen", "chamber", title="Vice-President, Policy"),
    SeatSpec("council", "Olga Petrenko", "hio", title="Program Manager", immigrant_rep=True),
    SeatSpec("council", "Inspector Marc Tremblay", "police", title="Inspector, Community Policing"),
    SeatSpec("council", "Sarah Goldberg", "opl", title="Manager, Community Programs"),
    SeatSpec(
        "council",
        "Aminata Diallo",
        "rsif",
        title="Coordonnatrice",
        francophone=True,
        immigrant_rep=True,
    ),
    SeatSpec("council", "Wei Zhang", "occsc", title="Board President", immigrant_rep=True),
    SeatSpec("council", "Hodan Ali", None, title="Community member", immigrant_rep=True),
    SeatSpec("council", "Carlos Medina", None, title="Community member", immigrant_rep=True),
    SeatSpec("council", "Jennifer Walsh", "cic", "ex_officio", "Manager, Integration Programs"),
    SeatSpec("council", "Peter Novak", "spco", title="Research Director", term="past"),
    # Steering committee (seed 003: OWCI sits on the Steering Committee and Council)
    SeatSpec("steering", "Margaret Okafor", "unitedway", "chair"),
    SeatSpec("steering", "Luc Bérubé", "city", "co_chair"),
    SeatSpec("steering", "Nadia Haddad", "cci"),
    SeatSpec("steering", "Dr. Anjali Mehta", "owci"),
    SeatSpec("steering", "Samuel Tesfaye", "ociso", immigrant_rep=True),
    SeatSpec("steering", "Chantal Mbeki-Roy", "cesoc", francophone=True),
    SeatSpec("steering", "Jennifer Walsh", "cic", "ex_officio"),
    # Reference group (seed 003)
    SeatSpec("reference", "Dr. Anjali Mehta", "owci", "chair"),
    SeatSpec("reference", "Thomas Reid", "carleton"),
    SeatSpec("reference", "Émilie Gagnon", "lacite", francophone=True),
    SeatSpec("reference", "Nicole Fraser", "spco", title="Senior Researcher"),
    # Sector tables (seeds 000/001: the seven priority areas)
    SeatSpec("economic", "David Chen", "chamber", "co_chair"),
    SeatSpec("economic", "Olga Petrenko", "hio", "co_chair", immigrant_rep=True),
    SeatSpec("economic", "Rajiv Sharma", "hub", title="Labour Market Analyst"),
    SeatSpec("economic", "Yasmin Farah", "ymca", title="Employment Services Manager"),
    SeatSpec("education", "Robert Kowalski", "ocdsb", "chair"),
    SeatSpec("education", "Maria Santos", "ocsb"),
    SeatSpec("education", "Julie Lavoie", "cepeo", francophone=True),
    SeatSpec("education", "Pierre Ndayishimiye", "cecce", francophone=True),
    SeatSpec("education", "Hélène Dubois", "algonquin"),
    SeatSpec("health", "Ahmed Rahimi", "somerset", "chair"),
    SeatSpec("health", "Linda Thompson", "pinecrest", title="Health Promoter"),
    SeatSpec("health", "Dr. Kofi Mensah", "centretown", title="Physician", immigrant_rep=True),
    SeatSpec("health", "Isabelle Roy", "sandyhill", title="Program Director"),
    SeatSpec("health", "Karen McAllister", "lhin", "ex_officio"),
    SeatSpec("settlement", "Nadia Haddad", "cci", "chair"),
    SeatSpec("settlement", "Grace Liu", "lasi"),
    SeatSpec("settlement", "Fatima Warsame", "iwso", immigrant_rep=True),
    SeatSpec("settlement", "Abdi Hassan", "somali", title="Program Manager", immigrant_rep=True),
    SeatSpec("settlement", "Rachel Levin", "jfs", title="Settlement Counsellor"),
    SeatSpec("language", "Émilie Gagnon", "lacite", "co_chair", francophone=True),
    SeatSpec("language", "Michael O'Brien", "algonquin", "co_chair", title="ESL Coordinator"),
    SeatSpec("language", "Wei Zhang", "occsc", immigrant_rep=True),
    SeatSpec("inclusion", "Sarah Goldberg", "opl", "chair"),
    SeatSpec("inclusion", "Inspector Marc Tremblay", "police"),
    SeatSpec("inclusion", "Zainab Yusuf", "omwo", title="President", immigrant_rep=True),
    SeatSpec("inclusion", "Brian Campbell", "mhi", title="Executive Director"),
    SeatSpec("inclusion", "Sophie Lefebvre", "acfo", title="Agente de projets", francophone=True),
    SeatSpec("horizontal", "Nicole Fraser", "spco", "chair"),
    SeatSpec("horizontal", "Marie-Claude Pelletier", "och", title="Community Development"),
    SeatSpec("horizontal", "Daniel Osei", "trillium", "ex_officio", "Program Manager"),
]

OTTAWA = LocalSpec(
    slug="ottawa",
    description_en=(
        "The Ottawa Local Immigration Partnership (OLIP) is a community-wide partnership of the "
        "four school boards, local universities and colleges, health and resource centres, "
        "settlement service providers, business and employer associations, social service "
        "agencies, regional planning bodies, immigrant civic organizations and multiple City of "
        "Ottawa departments. It sets common directions under the Ottawa Immigration Strategy, "
        "in seven priority areas."
    ),
    description_fr=(
        "Le Partenariat local d'immigration d'Ottawa (PLIO) réunit à l'échelle de la ville les "
        "quatre conseils scolaires, les universités et collèges, les centres de santé et de "
        "ressources, les fournisseurs de services d'établissement, les associations d'affaires "
        "et d'employeurs, les organismes de services sociaux, les organismes de planification "
        "régionale, les organisations civiques d'immigrants et plusieurs services de la Ville "
        "d'Ottawa. Il fixe des orientations communes dans le cadre de la Stratégie "
        "d'immigration d'Ottawa, en sept domaines prioritaires."
    ),
    website="https://olip-plio.ca",
    email="info@olip-plio.ca",
    orgs=OTTAWA_ORGS,
    bodies=OTTAWA_BODIES,
    seats=OTTAWA_SEATS,
)


# London & Middlesex -- seed 002: "LIP central council made up of 6 chairs of sub-councils
# (employment, education, health and wellbeing, inclusion and civic engagement, justice and
# protective services, and settlement)"; "8 immigrant reps, Victoria Esses (WCI), funders who
# sit as ex-officios, and co-chairs from the City of London and the United Way". Seed 004: the
# London Police Service's newcomer outreach.
LONDON_SUB_COUNCILS: list[tuple[str, str, str]] = [
    ("employment", "Employment Sub-Council", "Sous-conseil de l'emploi"),
    ("education", "Education Sub-Council", "Sous-conseil de l'éducation"),
    ("health", "Health and Wellbeing Sub-Council", "Sous-conseil de la santé et du bien-être"),
    (
        "inclusion",
        "Inclusion and Civic Engagement Sub-Council",
        "Sous-conseil de l'inclusion et de l'engagement civique",
    ),
    (
        "justice",
        "Justice and Protective Services Sub-Council",
        "Sous-conseil de la justice et des services de protection",
    ),
    ("settlement", "Settlement Sub-Council", "Sous-conseil de l'établissement"),
]

LONDON = LocalSpec(
    slug="london-middlesex",
    description_en=(
        "A community-driven partnership for London and Middlesex County: a central council of "
        "the chairs of six sub-councils, immigrant representatives, researchers and funders."
    ),
    description_fr=(
        "Un partenariat mené par la communauté de London et du comté de Middlesex : un conseil "
        "central formé des présidences de six sous-conseils, de représentants des immigrants, "
        "de chercheurs et de bailleurs de fonds."
    ),
    website="https://www.lmlip.ca",
    email="info@lmlip.ca",
    orgs=[
        Org(
            "city",
            "Corporation of the City of London",
            "Ville de London",
            ("municipal",),
            since_year=2009,
        ),
        Org(
            "unitedway",
            "United Way London & Middlesex",
            "Centraide London et Middlesex",
            ("funders", "social_services"),
        ),
        Org(
            "western",
            "Western University",
            "Université Western",
            ("post_secondary",),
        ),
        Org(
            "ccfc",
            "Cross Cultural Learner Centre",
            "Centre d'apprentissage interculturel",
            ("settlement",),
        ),
        Org(
            "police",
            "London Police Service",
            "Service de police de London",
            ("police_justice",),
        ),
        Org(
            "tvdsb",
            "Thames Valley District School Board",
            "Conseil scolaire de district de Thames Valley",
            ("school_boards",),
        ),
        Org(
            "fanshawe",
            "Fanshawe College",
            "Collège Fanshawe",
            ("post_secondary",),
        ),
        Org(
            "health",
            "Middlesex-London Health Unit",
            "Bureau de santé de Middlesex-London",
            ("health",),
        ),
        Org(
            "lpl",
            "London Public Library",
            "Bibliothèque publique de London",
            ("libraries",),
        ),
        Org(
            "cic",
            "Citizenship and Immigration Canada",
            "Citoyenneté et Immigration Canada",
            ("funders",),
            acronym="CIC",
        ),
    ],
    bodies=[
        BodySpec(
            "council",
            "council",
            "London & Middlesex LIP Central Council",
            "Conseil central du PLI de London et Middlesex",
            "The chairs of the six sub-councils, immigrant representatives, researchers and "
            "funders (ex officio), co-chaired by the City of London and the United Way.",
            "Les présidences des six sous-conseils, des représentants des immigrants, des "
            "chercheurs et les bailleurs de fonds (d'office), sous la coprésidence de la Ville "
            "de London et de Centraide.",
        ),
        *[
            BodySpec(key, "sub_council", name_en, name_fr, parent="council")
            for key, name_en, name_fr in LONDON_SUB_COUNCILS
        ],
    ],
    seats=[
        SeatSpec("council", "Helen Marsh", "city", "co_chair", "Manager, Strategic Initiatives"),
        SeatSpec("council", "George Antonelli", "unitedway", "co_chair", "Director, Community"),
        SeatSpec("council", "Dr. Priya Raman", "western", title="Professor of Psychology"),
        SeatSpec("council", "Kevin Brown", "cic", "ex_officio"),
        # six sub-council chairs sit on the central council
        SeatSpec("council", "Tariq Aziz", "ccfc"),
        SeatSpec("council", "Laura Jensen", "tvdsb"),
        SeatSpec("council", "Mei Tanaka", "health"),
        SeatSpec("council", "Oluwaseun Adeyemi", None, immigrant_rep=True),
        SeatSpec("council", "Sgt. Paul Richards", "police"),
        SeatSpec("council", "Ana Ferreira", "fanshawe"),
        # immigrant representatives (seed 002: eight)
        *[
            SeatSpec("council", name, None, immigrant_rep=True, title="Community member")
            for name in (
                "Bashir Noori",
                "Elena Popescu",
                "Hamid Karimi",
                "Lucía Gómez",
                "Nguyen Thi Lan",
                "Ravi Patel",
                "Sara Tekle",
            )
        ],
        SeatSpec("employment", "Ana Ferreira", "fanshawe", "chair"),
        SeatSpec("employment", "Helen Marsh", "city"),
        SeatSpec("education", "Laura Jensen", "tvdsb", "chair"),
        SeatSpec("education", "Ruth Klein", "lpl"),
        SeatSpec("health", "Mei Tanaka", "health", "chair"),
        SeatSpec("inclusion", "Oluwaseun Adeyemi", None, "chair", immigrant_rep=True),
        SeatSpec("inclusion", "Ruth Klein", "lpl"),
        SeatSpec("justice", "Sgt. Paul Richards", "police", "chair"),
        SeatSpec("settlement", "Tariq Aziz", "ccfc", "chair"),
        SeatSpec("settlement", "Sara Tekle", None, immigrant_rep=True),
    ],
)


# Kingston -- seed 002: "Kingston could not sustain the 6 sub-councils of London; they have three
# committees"; smaller LIPs care about attraction and retention; a newcomer advisory group
# advises the council; a joint steering committee built the immigrant web portal. Seed 004: the
# city's welcome gift for newcomers; lead organization Kingston Community Health Centres.
KINGSTON_COMMITTEES: list[tuple[str, str, str]] = [
    (
        "attraction",
        "Attraction and Retention Committee",
        "Comité de l'attraction et de la rétention",
    ),
    (
        "services",
        "Settlement and Integration Services Committee",
        "Comité des services d'établissement et d'intégration",
    ),
    (
        "welcoming",
        "Welcoming Community Committee",
        "Comité de la communauté accueillante",
    ),
]

KINGSTON = LocalSpec(
    slug="kingston",
    description_en=(
        "The Kingston Immigration Partnership works on attracting, welcoming and retaining "
        "newcomers in Kingston, through its council and three committees."
    ),
    description_fr=(
        "Le Partenariat d'immigration de Kingston s'emploie à attirer, accueillir et retenir "
        "les nouveaux arrivants à Kingston, par son conseil et ses trois comités."
    ),
    website="https://www.kchc.ca",
    email="kip@kchc.ca",
    orgs=[
        Org(
            "kchc",
            "Kingston Community Health Centres",
            "Centres de santé communautaire de Kingston",
            ("health", "settlement"),
        ),
        Org("city", "City of Kingston", "Ville de Kingston", ("municipal",), since_year=2011),
        Org("queens", "Queen's University", "Université Queen's", ("post_secondary",)),
        Org("slc", "St. Lawrence College", "Collège St. Lawrence", ("post_secondary",)),
        Org("keys", "KEYS Job Centre", "Centre d'emploi KEYS", ("settlement", "employers")),
        Org(
            "limestone",
            "Limestone District School Board",
            "Conseil scolaire de district de Limestone",
            ("school_boards",),
        ),
        Org(
            "kfpl",
            "Kingston Frontenac Public Library",
            "Bibliothèque publique de Kingston-Frontenac",
            ("libraries",),
        ),
        Org(
            "police",
            "Kingston Police",
            "Police de Kingston",
            ("police_justice",),
            since_year=2012,
        ),
    ],
    bodies=[
        BodySpec(
            "council",
            "council",
            "Kingston Immigration Partnership Council",
            "Conseil du Partenariat d'immigration de Kingston",
            "Oversees the settlement strategy for the Kingston area and the work of the three "
            "committees.",
            "Supervise la stratégie d'établissement de la région de Kingston et les travaux des "
            "trois comités.",
        ),
        *[
            BodySpec(key, "committee", name_en, name_fr, parent="council")
            for key, name_en, name_fr in KINGSTON_COMMITTEES
        ],
    ],
    seats=[
        SeatSpec("council", "Andrew Fleming", "kchc", "chair", "Project Manager"),
        SeatSpec("council", "Patricia Morin", "city", title="Economic Development Officer"),
        SeatSpec("council", "Dr. Hassan Jafari", "queens", title="Professor", immigrant_rep=True),
        SeatSpec("council", "Megan Clarke", "keys", title="Employment Counsellor"),
        SeatSpec("council", "Jean-François Caron", "slc", francophone=True),
        SeatSpec("attraction", "Patricia Morin", "city", "chair"),
        SeatSpec("attraction", "Dr. Hassan Jafari", "queens", immigrant_rep=True),
        SeatSpec("services", "Megan Clarke", "keys", "chair"),
        SeatSpec("services", "Susan Wright", "limestone"),
        SeatSpec("welcoming", "Tenzin Dolma", None, "chair", immigrant_rep=True),
        SeatSpec("welcoming", "Grace Harper", "kfpl"),
        SeatSpec("welcoming", "Constable Mark Allen", "police"),
    ],
)

LOCAL_PARTNERSHIPS = [OTTAWA, LONDON, KINGSTON]


# --- Meetings of the OLIP Council (and a few others) -------------------------------------------
@dataclass(frozen=True)
class FollowUpSpec:
    description_en: str
    description_fr: str
    owner: str
    due_in_days: int
    done: bool = False


@dataclass(frozen=True)
class MeetingSpec:
    partnership: str
    body: str
    days_from_today: int
    title_en: str
    title_fr: str
    location: str
    agenda_en: str = ""
    agenda_fr: str = ""
    minutes_en: str = ""
    minutes_fr: str = ""
    published: bool = False
    online_url: str = ""
    # attendance: everyone on the body is present except these
    regrets: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    decisions: list[tuple[str, str]] = field(default_factory=list)
    follow_ups: list[FollowUpSpec] = field(default_factory=list)
    documents: tuple[str, ...] = ()

    @property
    def is_past(self) -> bool:
        return self.days_from_today < 0


OLIP_OFFICE = "219 Argyle Avenue, Ottawa"  # seed 000: OLIP's address

MEETINGS: list[MeetingSpec] = [
    MeetingSpec(
        "ottawa",
        "council",
        -150,
        "OLIP Council – spring meeting",
        "Conseil du PLIO – réunion du printemps",
        OLIP_OFFICE,
        agenda_en=(
            "1. Welcome and land acknowledgement\n"
            "2. Progress on the Municipal Immigration Strategy\n"
            "3. Francophone lens: first draft\n"
            "4. Terms of reference of the Council\n"
            "5. Round table"
        ),
        agenda_fr=(
            "1. Mot de bienvenue et reconnaissance territoriale\n"
            "2. Avancement de la Stratégie municipale d'immigration\n"
            "3. Lentille francophone : première ébauche\n"
            "4. Mandat du Conseil\n"
            "5. Tour de table"
        ),
        minutes_en=(
            "## Progress on the Municipal Immigration Strategy\n\n"
            "The City reported that the **City of Ottawa Immigration Network** now meets "
            "monthly and coordinates planning across departments. Members welcomed the "
            "improvements to the immigration portal.\n\n"
            "## Francophone lens\n\n"
            "The Réseau de soutien à l'immigration francophone presented the first draft of the "
            "Francophone lens, developed with the Centre on Governance. Members asked for a "
            "short checklist that every sector table can use.\n\n"
            "## Terms of reference\n\n"
            "The Council reviewed its terms of reference (attached) and adopted them without "
            "change.\n"
        ),
        minutes_fr=(
            "## Avancement de la Stratégie municipale d'immigration\n\n"
            "La Ville indique que le **Réseau d'immigration de la Ville d'Ottawa** se réunit "
            "désormais chaque mois et coordonne la planification entre les services. Les "
            "membres saluent les améliorations apportées au portail de l'immigration.\n\n"
            "## Lentille francophone\n\n"
            "Le Réseau de soutien à l'immigration francophone présente la première ébauche de la "
            "lentille francophone, élaborée avec le Centre d'études en gouvernance. Les membres "
            "demandent une courte liste de contrôle que chaque table sectorielle pourra "
            "utiliser.\n\n"
            "## Mandat\n\n"
            "Le Conseil examine son mandat (ci-joint) et l'adopte sans modification.\n"
        ),
        published=True,
        regrets=("Thomas Reid", "Carlos Medina"),
        absent=("David Chen",),
        decisions=[
            (
                "The Council adopts its terms of reference.",
                "Le Conseil adopte son mandat.",
            ),
            (
                "Every sector table will apply the Francophone lens to its action plan.",
                "Chaque table sectorielle appliquera la lentille francophone à son plan d'action.",
            ),
        ],
        follow_ups=[
            FollowUpSpec(
                "Turn the Francophone lens into a one-page checklist for the sector tables.",
                "Transformer la lentille francophone en une liste de contrôle d'une page pour "
                "les tables sectorielles.",
                "Aminata Diallo",
                -100,
                done=True,
            ),
            FollowUpSpec(
                "Publish the adopted terms of reference on the public site.",
                "Publier le mandat adopté sur le site public.",
                "Nadia Haddad",
                -140,
                done=True,
            ),
        ],
        documents=("terms-of-reference-en", "terms-of-reference-fr"),
    ),
    MeetingSpec(
        "ottawa",
        "council",
        -90,
        "OLIP Council – immigrant health and the Equity Project",
        "Conseil du PLIO – santé des immigrants et Projet d'équité",
        OLIP_OFFICE,
        agenda_en=(
            "1. Refugee health clinic: first results\n"
            "2. Ottawa's Equity Project: nine partners, one plan\n"
            "3. Civic training for immigrant leaders"
        ),
        # English-only minutes: French readers see them with a note (the fallback).
        minutes_en=(
            "## Refugee health clinic\n\n"
            "The Champlain LHIN reported on the first months of the refugee medical clinic "
            "($100,000 a year). Early data show fewer avoidable emergency visits.\n\n"
            "## Equity Project\n\n"
            "Nine partners have joined Ottawa's Equity Project to build their capacity to "
            "welcome immigrants. A shared self-assessment tool will be tested this autumn.\n\n"
            "## Civic training\n\n"
            "The first workshop on how the housing system works was held for "
            "neighbourhood-based immigrant civic leaders; 34 people attended.\n"
        ),
        published=True,
        regrets=("Maria Santos",),
        absent=("Inspector Marc Tremblay", "Hodan Ali"),
        decisions=[
            (
                "The Council endorses the Equity Project's self-assessment tool for a pilot.",
                "",
            ),
        ],
        follow_ups=[
            FollowUpSpec(
                "Circulate the Equity Project self-assessment tool to all Council members.",
                "Faire circuler l'outil d'autoévaluation du Projet d'équité à tous les membres "
                "du Conseil.",
                "Ahmed Rahimi",
                -60,
                done=True,
            ),
            FollowUpSpec(
                "Report attendance figures of the civic training workshops by neighbourhood.",
                "Présenter la participation aux ateliers de formation civique par quartier.",
                "Fatima Warsame",
                -20,
            ),
        ],
    ),
    MeetingSpec(
        "ottawa",
        "council",
        -30,
        "OLIP Council – school engagement of immigrant families",
        "Conseil du PLIO – engagement scolaire des familles immigrantes",
        OLIP_OFFICE,
        online_url="https://meet.example.org/olip-council",
        agenda_en=(
            "1. A family-based approach in the four school boards\n"
            "2. Youth Futures: expanded partnerships\n"
            "3. Microloan program for immigrant entrepreneurs"
        ),
        agenda_fr=(
            "1. Une approche axée sur la famille dans les quatre conseils scolaires\n"
            "2. Avenir jeunesse : des partenariats élargis\n"
            "3. Programme de microcrédit pour les entrepreneurs immigrants"
        ),
        minutes_en=(
            "## Family-based approach\n\n"
            "The four school boards presented how they engage immigrant parents. The Education "
            "Table will propose common outreach principles.\n\n"
            "## Youth Futures\n\n"
            "New City funding secures the program for first-generation post-secondary "
            "students.\n"
        ),
        minutes_fr=(
            "## Approche axée sur la famille\n\n"
            "Les quatre conseils scolaires présentent leur façon de mobiliser les parents "
            "immigrants. La Table de l'éducation proposera des principes communs de "
            "rayonnement.\n\n"
            "## Avenir jeunesse\n\n"
            "Un nouveau financement de la Ville assure le programme pour les étudiants de "
            "première génération au postsecondaire.\n"
        ),
        published=False,  # draft: not yet approved by the Council
        regrets=("Dr. Anjali Mehta", "Karen McAllister", "Wei Zhang"),
        absent=("Carlos Medina",),
        decisions=[
            (
                "The Education Table will draft common outreach principles for the four boards.",
                "La Table de l'éducation rédigera des principes communs de rayonnement pour "
                "les quatre conseils.",
            ),
        ],
        follow_ups=[
            FollowUpSpec(
                "Draft common outreach principles for immigrant parents.",
                "Rédiger des principes communs de rayonnement auprès des parents immigrants.",
                "Robert Kowalski",
                -7,  # overdue
            ),
            FollowUpSpec(
                "Share the microloan program criteria with the settlement agencies.",
                "Communiquer les critères du programme de microcrédit aux organismes "
                "d'établissement.",
                "David Chen",
                -3,  # overdue
            ),
            FollowUpSpec(
                "Invite the Ottawa Employment Hub to present labour market trends.",
                "Inviter le Carrefour de l'emploi d'Ottawa à présenter les tendances du marché "
                "du travail.",
                "Nadia Haddad",
                14,
            ),
        ],
    ),
    MeetingSpec(
        "ottawa",
        "council",
        21,
        "OLIP Council – annual planning session",
        "Conseil du PLIO – séance annuelle de planification",
        OLIP_OFFICE,
        agenda_en=(
            "1. Annual report to the funder: highlights\n"
            "2. Priorities for next year, by sector table\n"
            "3. Council renewal: terms ending this year"
        ),
        agenda_fr=(
            "1. Rapport annuel au bailleur de fonds : faits saillants\n"
            "2. Priorités de l'an prochain, par table sectorielle\n"
            "3. Renouvellement du Conseil : mandats qui prennent fin cette année"
        ),
    ),
    MeetingSpec(
        "ottawa",
        "steering",
        -40,
        "Steering Committee",
        "Comité directeur",
        OLIP_OFFICE,
        agenda_en="1. Council agenda\n2. Budget and work plan",
        agenda_fr="1. Ordre du jour du Conseil\n2. Budget et plan de travail",
        minutes_en="The committee set the agenda of the next Council meeting.",
        minutes_fr="Le comité fixe l'ordre du jour de la prochaine réunion du Conseil.",
        regrets=("Jennifer Walsh",),
        follow_ups=[
            FollowUpSpec(
                "Prepare the mid-year budget report.",
                "Préparer le rapport budgétaire de mi-exercice.",
                "Nadia Haddad",
                -10,  # overdue
            ),
        ],
    ),
    MeetingSpec(
        "kingston",
        "council",
        -45,
        "Kingston Immigration Partnership Council",
        "Conseil du Partenariat d'immigration de Kingston",
        "Kingston Community Health Centres, 263 Weller Avenue",
        agenda_en="1. Welcome gift for newcomers\n2. Immigrant web portal",
        minutes_en=(
            "The City's welcome gift for newcomers now introduces transit, recreation and "
            "cultural activities. The joint steering committee reported on the web portal."
        ),
        published=True,
        regrets=("Jean-François Caron",),
    ),
    MeetingSpec(
        "london-middlesex",
        "council",
        -60,
        "Central Council",
        "Conseil central",
        "London Central Library",
        agenda_en="1. Reports of the six sub-councils\n2. Newcomer outreach with London Police",
        agenda_fr="1. Rapports des six sous-conseils\n2. Rayonnement auprès des nouveaux "
        "arrivants avec la police de London",
        minutes_en="Each sub-council chair reported on its action plan.",
        minutes_fr="Chaque présidence de sous-conseil présente son plan d'action.",
        published=True,
        absent=("Hamid Karimi",),
    ),
]


# --- Documents (generated files; no binary blobs in the repository) ---------------------------
@dataclass(frozen=True)
class DocumentSpec:
    key: str
    partnership: str
    title_en: str
    title_fr: str
    filename: str
    language: str
    visibility: str
    body: str  # Markdown/text; a PDF is generated from it when the file name ends in .pdf


TERMS_OF_REFERENCE_EN = """# OLIP Council – Terms of reference

## Purpose
The Council sets the common directions and priorities of the Ottawa Immigration Strategy and
fosters collaborative leadership and coordinated action among partners in every sector.

## Membership
- Representatives of the four school boards, universities and colleges, health and community
  resource centres, settlement agencies, the City of Ottawa, business and employer
  associations, the United Way, police, libraries and Francophone organizations.
- At least four immigrant representatives, sitting as individuals or for immigrant civic
  organizations.
- The funder sits ex officio, without a vote.

## Terms
Members serve two-year terms, renewable once. A chair and a co-chair are elected each year.

## Meetings
The Council meets four times a year. Minutes are published in English and French once
approved.
"""

TERMS_OF_REFERENCE_FR = """# Conseil du PLIO – Mandat

## Objet
Le Conseil établit les orientations et les priorités communes de la Stratégie d'immigration
d'Ottawa et favorise un leadership concerté et une action coordonnée des partenaires de tous
les secteurs.

## Composition
- Des représentants des quatre conseils scolaires, des universités et collèges, des centres de
  santé et de ressources communautaires, des organismes d'établissement, de la Ville d'Ottawa,
  des associations d'affaires et d'employeurs, de Centraide, de la police, des bibliothèques et
  des organismes francophones.
- Au moins quatre représentants des immigrants, à titre individuel ou au nom d'organisations
  civiques d'immigrants.
- Le bailleur de fonds siège d'office, sans droit de vote.

## Mandats
Les membres siègent pour deux ans, renouvelable une fois. Une présidence et une coprésidence
sont élues chaque année.

## Réunions
Le Conseil se réunit quatre fois par année. Les procès-verbaux sont publiés en anglais et en
français une fois approuvés.
"""

STRATEGY_SUMMARY = """Ottawa Immigration Strategy - Summary
Stratégie d'immigration d'Ottawa - Résumé

Immigration is responsible for 79% of Ottawa's population growth.
L'immigration est responsable de 79 % de la croissance démographique d'Ottawa.

Seven priority areas / Sept domaines prioritaires:
1. Economic integration / Intégration économique
2. Education / Éducation
3. Health and wellbeing / Santé et bien-être
4. Settlement / Établissement
5. Language training and translation supports / Formation linguistique et traduction
6. Institutional and community inclusion capacity / Capacité d'inclusion
7. Horizontal strategies / Stratégies horizontales

Ottawa Local Immigration Partnership - 219 Argyle Avenue, Ottawa - olip-plio.ca
"""

COUNCIL_CONTACTS = """OLIP Council - contact list (partners only)

Chair: Margaret Okafor, United Way Ottawa
Co-chair: Luc Bérubé, City of Ottawa
Secretariat: info@olip-plio.ca, 613-232-9634
"""

SECRETARIAT_NOTES = """Secretariat work plan - internal

- Prepare the annual report to the funder.
- Follow up on overdue items from the last Council meeting.
- Book the room for the annual planning session.
"""

DOCUMENTS: list[DocumentSpec] = [
    DocumentSpec(
        "terms-of-reference-en",
        "ottawa",
        "OLIP Council terms of reference",
        "",
        "olip-council-terms-of-reference.md",
        "en",
        "public",
        TERMS_OF_REFERENCE_EN,
    ),
    DocumentSpec(
        "terms-of-reference-fr",
        "ottawa",
        "",
        "Mandat du Conseil du PLIO",
        "mandat-conseil-plio.md",
        "fr",
        "public",
        TERMS_OF_REFERENCE_FR,
    ),
    DocumentSpec(
        "strategy-summary",
        "ottawa",
        "Ottawa Immigration Strategy – summary",
        "Stratégie d'immigration d'Ottawa – résumé",
        "ottawa-immigration-strategy-summary.pdf",
        "bilingual",
        "public",
        STRATEGY_SUMMARY,
    ),
    DocumentSpec(
        "council-contacts",
        "ottawa",
        "Council contact list",
        "Liste des coordonnées du Conseil",
        "council-contacts.txt",
        "en",
        "partners",
        COUNCIL_CONTACTS,
    ),
    DocumentSpec(
        "secretariat-notes",
        "ottawa",
        "Secretariat work plan",
        "Plan de travail du secrétariat",
        "secretariat-work-plan.txt",
        "en",
        "private",
        SECRETARIAT_NOTES,
    ),
]


# --- Demo accounts: one per role ------------------------------------------------------------
@dataclass(frozen=True)
class AccountSpec:
    email: str
    full_name: str
    role: str  # admin, coordinator, member, viewer, analyst
    scope: str  # partnership or network slug ("" for the site administrator)
    organization: str = ""


ACCOUNTS: list[AccountSpec] = [
    AccountSpec("admin@demo.liphub.ca", "Alex Admin", "admin", ""),
    AccountSpec(
        "coordinator@demo.liphub.ca",
        "Nadia Haddad",
        "coordinator",
        "ottawa",
        "Catholic Centre for Immigrants",
    ),
    AccountSpec(
        "member@demo.liphub.ca",
        "Samuel Tesfaye",
        "member",
        "ottawa",
        "Ottawa Community Immigrant Services Organization",
    ),
    AccountSpec(
        "viewer@demo.liphub.ca", "Sarah Goldberg", "viewer", "ottawa", "Ottawa Public Library"
    ),
    AccountSpec("analyst@demo.liphub.ca", "Jennifer Walsh", "analyst", "ontario"),
    AccountSpec(
        "kingston@demo.liphub.ca",
        "Andrew Fleming",
        "coordinator",
        "kingston",
        "Kingston Community Health Centres",
    ),
]


# --- The council's 2011-12 year (000_: "Planting the Seeds of Progress", OLIP 2011-12) -------
# The council met quarterly through the first year of implementing the strategy. The seeds do
# not give the dates: these are plausible. Seats of the 2010-12 term mirror today's council.

HISTORY_TERM = (dt.date(2010, 4, 1), dt.date(2012, 3, 31))


@dataclass(frozen=True)
class HistoryMeeting:
    day: dt.date
    title_en: str
    title_fr: str
    minutes_en: str
    minutes_fr: str
    location: str = "Ottawa City Hall, Champlain Room"


HISTORY_MEETINGS: list[HistoryMeeting] = [
    HistoryMeeting(
        dt.date(2011, 6, 15),
        "OLIP Council: launching the Ottawa Immigration Strategy",
        "Conseil du PLIO : lancement de la Stratégie d'immigration d'Ottawa",
        "The council adopted the implementation approach for the strategy's seven priority "
        "areas and confirmed the sector tables.",
        "Le conseil a adopté l'approche de mise en œuvre des sept domaines prioritaires de la "
        "stratégie et confirmé les tables sectorielles.",
    ),
    HistoryMeeting(
        dt.date(2011, 9, 21),
        "OLIP Council: economic integration and the Equity Project",
        "Conseil du PLIO : intégration économique et Projet d'équité",
        "Partners reported on the Equity Project and the microloan program; the council asked "
        "for indicators for each initiative.",
        "Les partenaires ont fait le point sur le Projet d'équité et le programme de "
        "microcrédit; le conseil a demandé des indicateurs pour chaque initiative.",
    ),
    HistoryMeeting(
        dt.date(2011, 12, 7),
        "OLIP Council: health and wellbeing",
        "Conseil du PLIO : santé et bien-être",
        "The community health centres presented their collaboration and the refugee health "
        "clinic's first months.",
        "Les centres de santé communautaires ont présenté leur collaboration et les premiers "
        "mois de la clinique de santé des réfugiés.",
    ),
    HistoryMeeting(
        dt.date(2012, 3, 14),
        "OLIP Council: year-end review",
        "Conseil du PLIO : bilan de fin d'année",
        "The council reviewed the year's results and the contributions leveraged from partners "
        "before the annual report to the funder.",
        "Le conseil a passé en revue les résultats de l'année et les contributions obtenues "
        "des partenaires avant le rapport annuel au bailleur de fonds.",
    ),
]


# Invented council members for the LIPs the seeds describe only by their lead organization.
_FIRST_NAMES = [
    "Aisha", "Marc", "Priya", "Daniel", "Fatima", "Luc", "Mei", "Samuel", "Isabelle", "Omar",
    "Grace", "Hugo", "Nadia", "Tariq", "Élise", "Kwame", "Sofia", "Rajiv", "Chloé", "Yusuf",
]  # fmt: skip
_LAST_NAMES = [
    "Haddad", "Gagnon", "Singh", "Roy", "Okafor", "Tremblay", "Chen", "Nguyen", "Côté", "Mensah",
    "Ali", "Bouchard", "Kaur", "Morin", "Hassan", "Lavoie", "Osei", "Pelletier", "Das", "Ahmed",
]  # fmt: skip


def network_member_name(slug: str, index: int) -> str:
    """A stable invented name for seat `index` of the LIP `slug`."""
    seed = sum(ord(char) for char in slug)
    return (
        f"{_FIRST_NAMES[(seed + index) % len(_FIRST_NAMES)]} "
        f"{_LAST_NAMES[(seed * 7 + index * 3) % len(_LAST_NAMES)]}"
    )
