"""Ottawa's demo inventory of services (issue 4), from the seeds plus generated listings.

The listings named in the seeds (seed 000: the refugee health clinic funded by the Champlain
LHIN, Youth Futures, the microloan program, civic training on the housing system, the
community health centres, the school boards' family-based approach, language training) are
written out; `generated_services` adds a few hundred plausible listings across Ottawa's
neighbourhoods so search, filters, the map and the gap analysis have something real to show.
Addresses are the organizations' public street addresses; coordinates are approximate.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

# Category codes of the LIP's own taxonomy, with the priority area each serves (gap analysis).
CATEGORIES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("employment", "Employment and job search", "Emploi et recherche d'emploi", ("economic",)),
    (
        "business",
        "Starting a business and microloans",
        "Démarrage d'entreprise et microprêts",
        ("economic",),
    ),
    (
        "credentials",
        "Credential recognition and bridge training",
        "Reconnaissance des titres de compétences et formation relais",
        ("economic", "education"),
    ),
    ("language", "Language classes", "Cours de langue", ("language",)),
    (
        "interpretation",
        "Interpretation and translation",
        "Interprétation et traduction",
        ("language",),
    ),
    ("health", "Health care", "Soins de santé", ("health",)),
    ("mental_health", "Mental health and counselling", "Santé mentale et counseling", ("health",)),
    ("settlement", "Settlement and orientation", "Établissement et orientation", ("settlement",)),
    ("housing", "Housing", "Logement", ("settlement",)),
    ("schools", "School and family support", "Soutien scolaire et familial", ("education",)),
    ("youth", "Youth programs", "Programmes pour les jeunes", ("education",)),
    ("seniors", "Newcomer seniors", "Aînés nouveaux arrivants", ("health", "settlement")),
    ("women", "Women's services", "Services aux femmes", ("settlement",)),
    ("legal", "Legal information", "Information juridique", ("settlement",)),
    (
        "civic",
        "Civic participation and leadership",
        "Participation civique et leadership",
        ("capacity",),
    ),
    ("library", "Library services", "Services de bibliothèque", ()),
]

# Languages newcomers in Ottawa speak (the coordinator's list for the gap analysis).
COMMUNITY_LANGUAGES: list[tuple[str, str, str, int]] = [
    ("ar", "Arabic", "Arabe", 38000),
    ("zh", "Chinese (Mandarin)", "Chinois (mandarin)", 24000),
    ("es", "Spanish", "Espagnol", 15000),
    ("so", "Somali", "Somali", 9000),
    ("fa", "Persian (Farsi)", "Persan (farsi)", 8500),
    ("pa", "Punjabi", "Pendjabi", 6000),
    ("tl", "Tagalog", "Tagalog", 5500),
    ("ti", "Tigrinya", "Tigrigna", 3000),
    ("ne", "Nepali", "Népalais", 2500),
    ("sw", "Swahili", "Swahili", 2000),
]
COMMUNITY_LANGUAGE_SOURCE = "2011 National Household Survey, City of Ottawa (rounded)"

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "French",
    "ar": "Arabic",
    "zh": "Chinese",
    "es": "Spanish",
    "so": "Somali",
    "fa": "Persian",
    "pa": "Punjabi",
    "tl": "Tagalog",
    "sw": "Swahili",
    "am": "Amharic",
    "vi": "Vietnamese",
    "ru": "Russian",
}

WEEKDAYS = "MO,TU,WE,TH,FR"


@dataclass(frozen=True)
class Place:
    key: str
    org: str  # organization key of ops/demo/data.py
    name_en: str
    name_fr: str
    address: str
    postal_code: str
    latitude: float
    longitude: float
    wheelchair: bool = True
    transportation: str = ""


@dataclass(frozen=True)
class Listing:
    key: str
    org: str
    place: str
    name_en: str
    name_fr: str
    description_en: str
    description_fr: str
    categories: tuple[str, ...]
    languages: tuple[str, ...] = ("en", "fr")
    days: str = WEEKDAYS
    opens: str = "09:00"
    closes: str = "17:00"
    free: bool = True
    fees: str = ""
    eligibility: str = ""
    documents: tuple[str, ...] = ()
    minimum_age: int | None = None
    maximum_age: int | None = None
    phone: str = ""
    verified_days_ago: int = 60
    application_process: str = ""
    extra_places: tuple[str, ...] = field(default_factory=tuple)


PLACES: list[Place] = [
    Place(
        "argyle",
        "cci",
        "Catholic Centre for Immigrants, Argyle office",
        "Centre catholique pour immigrants, bureau Argyle",
        "219 Argyle Avenue",
        "K2P 2H4",
        45.4105,
        -75.6930,
        transportation="OC Transpo routes 5, 6 and 7; five minutes from Museum station.",
    ),
    Place(
        "ociso",
        "ociso",
        "OCISO, Wellington West",
        "OCSIO, Wellington Ouest",
        "959 Wellington Street West",
        "K1Y 2X5",
        45.4010,
        -75.7290,
    ),
    Place(
        "iwso",
        "iwso",
        "Immigrant Women Services Ottawa",
        "Services pour femmes immigrantes d'Ottawa",
        "219 Argyle Avenue, Suite 400",
        "K2P 2H4",
        45.4106,
        -75.6932,
    ),
    Place(
        "ymca",
        "ymca",
        "YMCA-YWCA Newcomer Information Centre",
        "Centre d'information pour nouveaux arrivants du YMCA-YWCA",
        "180 Argyle Avenue",
        "K2P 1B7",
        45.4109,
        -75.6962,
    ),
    Place(
        "cesoc",
        "cesoc",
        "CESOC, Vanier",
        "CESOC, Vanier",
        "290 Dupuis Street",
        "K1L 1A2",
        45.4340,
        -75.6580,
    ),
    Place(
        "somerset",
        "somerset",
        "Somerset West Community Health Centre",
        "Centre de santé communautaire Somerset Ouest",
        "55 Eccles Street",
        "K1R 6S3",
        45.4080,
        -75.7100,
    ),
    Place(
        "pinecrest",
        "pinecrest",
        "Pinecrest-Queensway Community Health Centre",
        "Centre de santé communautaire Pinecrest-Queensway",
        "1365 Richmond Road",
        "K2B 6R7",
        45.3600,
        -75.7870,
    ),
    Place(
        "centretown",
        "centretown",
        "Centretown Community Health Centre",
        "Centre de santé communautaire du Centre-ville",
        "420 Cooper Street",
        "K2P 2N6",
        45.4150,
        -75.6960,
    ),
    Place(
        "sandyhill",
        "sandyhill",
        "Sandy Hill Community Health Centre",
        "Centre de santé communautaire Côte-de-Sable",
        "221 Nelson Street",
        "K1N 1C7",
        45.4290,
        -75.6800,
    ),
    Place(
        "opl_main",
        "opl",
        "Ottawa Public Library, Main branch",
        "Bibliothèque publique d'Ottawa, succursale principale",
        "120 Metcalfe Street",
        "K1P 5M2",
        45.4190,
        -75.6960,
    ),
    Place(
        "city_hall",
        "city",
        "Ottawa City Hall, Client Service Centre",
        "Hôtel de ville d'Ottawa, Centre du service à la clientèle",
        "110 Laurier Avenue West",
        "K1P 1J1",
        45.4210,
        -75.6900,
    ),
    Place(
        "algonquin",
        "algonquin",
        "Algonquin College, Woodroffe campus",
        "Collège Algonquin, campus Woodroffe",
        "1385 Woodroffe Avenue",
        "K2G 1V8",
        45.3490,
        -75.7560,
    ),
    Place(
        "lacite",
        "lacite",
        "La Cité, Ottawa campus",
        "La Cité, campus d'Ottawa",
        "801 Aviation Parkway",
        "K1K 4R3",
        45.4470,
        -75.6320,
    ),
    Place(
        "uottawa",
        "uottawa",
        "University of Ottawa",
        "Université d'Ottawa",
        "75 Laurier Avenue East",
        "K1N 6N5",
        45.4230,
        -75.6830,
    ),
    Place(
        "hub",
        "hub",
        "Ottawa Employment Hub",
        "Carrefour de l'emploi d'Ottawa",
        "1 Nicholas Street",
        "K1N 7B7",
        45.4270,
        -75.6880,
    ),
    Place(
        "jfs",
        "jfs",
        "Jewish Family Services of Ottawa",
        "Services familiaux juifs d'Ottawa",
        "2255 Carling Avenue",
        "K2B 7Z5",
        45.3720,
        -75.7850,
    ),
    Place(
        "och",
        "och",
        "Ottawa Community Housing, Tenant Services",
        "Logement communautaire d'Ottawa, services aux locataires",
        "39 Auriga Drive",
        "K2E 7Y8",
        45.3460,
        -75.7260,
    ),
    Place(
        "ocdsb",
        "ocdsb",
        "OCDSB Welcome Centre",
        "Centre d'accueil du CSDOC",
        "1645 Woodroffe Avenue",
        "K2G 1W2",
        45.3400,
        -75.7530,
    ),
    Place(
        "cepeo",
        "cepeo",
        "CEPEO, Centre d'accueil",
        "CEPEO, Centre d'accueil",
        "2445 St-Laurent Boulevard",
        "K1G 6C3",
        45.4000,
        -75.6290,
        wheelchair=False,
    ),
]

LISTINGS: list[Listing] = [
    # seed 000: "Refugees arriving in Ottawa now benefit from a new medical clinic funded by the
    # Champlain Local Health Integration Network."
    Listing(
        "refugee_clinic",
        "somerset",
        "somerset",
        "Refugee health clinic",
        "Clinique de santé pour réfugiés",
        "Primary care for newly arrived refugees: a family physician and nurse practitioner, "
        "health assessments, immunizations and referrals to specialists. Interpreters are "
        "booked for every appointment. Funded by the Champlain LHIN.",
        "Soins primaires pour les réfugiés nouvellement arrivés : médecin de famille et "
        "infirmière praticienne, bilans de santé, vaccinations et orientation vers des "
        "spécialistes. Un interprète est réservé pour chaque rendez-vous. Financée par le RLISS "
        "de Champlain.",
        ("health",),
        ("en", "fr", "ar", "so", "ti", "sw"),
        opens="08:30",
        closes="16:30",
        eligibility="Government-assisted and privately sponsored refugees in their first year "
        "in Ottawa, and refugee claimants.",
        documents=(
            "Interim Federal Health Program certificate",
            "Confirmation of Permanent Residence",
        ),
        phone="613-238-8210",
        verified_days_ago=30,
    ),
    # seed 000: Youth Futures
    Listing(
        "youth_futures",
        "algonquin",
        "algonquin",
        "Youth Futures",
        "Avenir jeunesse",
        "A summer of paid work, college and university workshops and mentoring for youth whose "
        "families have no history of post-secondary education, many of them newcomers.",
        "Un été d'emploi rémunéré, d'ateliers au collège et à l'université et de mentorat pour "
        "les jeunes dont la famille n'a pas d'expérience des études postsecondaires, dont "
        "beaucoup de nouveaux arrivants.",
        ("youth", "employment", "schools"),
        ("en", "fr"),
        minimum_age=15,
        maximum_age=18,
        eligibility="Youth aged 15 to 18 living in Ottawa Community Housing or referred by a "
        "settlement worker.",
        application_process="Apply in March through your school or settlement worker.",
        phone="613-727-4723",
        verified_days_ago=200,
    ),
    # seed 000: "a microloan program has been established for unemployed or underemployed
    # immigrants to help them create small businesses or to pay for bridge training"
    Listing(
        "microloan",
        "hio",
        "hub",
        "Immigrant microloan program",
        "Programme de microprêts pour immigrants",
        "Small loans and coaching for unemployed or underemployed immigrants who want to start "
        "a small business or pay for bridge training and licensing exams.",
        "Petits prêts et accompagnement pour les immigrants sans emploi ou sous-employés qui "
        "veulent démarrer une petite entreprise ou payer une formation relais et des examens "
        "d'accréditation.",
        ("business", "credentials"),
        ("en", "fr", "ar", "zh", "es"),
        eligibility="Permanent residents and protected persons in Ottawa.",
        documents=("Proof of permanent residence", "A short business or training plan"),
        verified_days_ago=90,
    ),
    # seed 000: civic training on the housing system for immigrant civic leaders
    Listing(
        "housing_civic",
        "spco",
        "city_hall",
        "How the housing system works: workshops for community leaders",
        "Le fonctionnement du système de logement : ateliers pour leaders communautaires",
        "A series of evening workshops for neighbourhood-based immigrant civic leaders on "
        "social housing, tenant rights and how to help families find a home.",
        "Une série d'ateliers en soirée pour les leaders civiques immigrants des quartiers : "
        "logement social, droits des locataires et comment aider les familles à se loger.",
        ("housing", "civic"),
        ("en", "fr", "ar", "so"),
        days="TU,TH",
        opens="18:00",
        closes="20:30",
        verified_days_ago=400,
    ),
    Listing(
        "newcomer_info",
        "ymca",
        "ymca",
        "Newcomer information and orientation",
        "Information et orientation pour nouveaux arrivants",
        "Your first stop in Ottawa: needs assessment, help with forms, health card, social "
        "insurance number, banking and referrals to settlement programs.",
        "Votre premier arrêt à Ottawa : évaluation des besoins, aide pour les formulaires, la "
        "carte santé, le numéro d'assurance sociale, la banque et orientation vers les "
        "programmes d'établissement.",
        ("settlement",),
        ("en", "fr", "ar", "zh", "es", "fa", "pa"),
        phone="613-237-1320",
        verified_days_ago=15,
    ),
    Listing(
        "cci_settlement",
        "cci",
        "argyle",
        "Settlement counselling",
        "Counseling en établissement",
        "One-on-one help to settle in Ottawa: housing search, schools, health, employment and "
        "community connections, in your language.",
        "Aide individuelle pour s'établir à Ottawa : recherche de logement, écoles, santé, "
        "emploi et liens avec la communauté, dans votre langue.",
        ("settlement", "housing"),
        ("en", "fr", "ar", "es", "fa", "sw", "am"),
        phone="613-232-9634",
        verified_days_ago=45,
    ),
    Listing(
        "cci_interpretation",
        "cci",
        "argyle",
        "Community interpretation",
        "Interprétation communautaire",
        "Trained interpreters for appointments with doctors, schools, courts and social "
        "services, booked by the service provider.",
        "Interprètes formés pour les rendez-vous chez le médecin, à l'école, au tribunal et dans "
        "les services sociaux, réservés par le fournisseur de services.",
        ("interpretation",),
        ("en", "fr", "ar", "zh", "es", "so", "fa", "ti", "vi", "ru"),
        free=False,
        fees="Paid by the service provider that books the interpreter.",
        verified_days_ago=500,
    ),
    Listing(
        "linc_ociso",
        "ociso",
        "ociso",
        "LINC English classes",
        "Cours d'anglais CLIC",
        "Language Instruction for Newcomers to Canada: free English classes from literacy to "
        "level 7, with child minding.",
        "Cours de langue pour les immigrants au Canada : cours d'anglais gratuits de "
        "l'alphabétisation au niveau 7, avec garde d'enfants.",
        ("language",),
        ("en",),
        days="MO,TU,WE,TH",
        opens="09:00",
        closes="15:00",
        eligibility="Permanent residents and protected persons aged 18 and over.",
        documents=("Confirmation of Permanent Residence", "Language assessment results"),
        minimum_age=18,
        verified_days_ago=100,
    ),
    Listing(
        "clic_cesoc",
        "cesoc",
        "cesoc",
        "Cours de français pour nouveaux arrivants (CLIC)",
        "Cours de français pour nouveaux arrivants (CLIC)",
        "Free French classes for newcomers who want to live and work in French in Ottawa, with "
        "a Francophone community network.",
        "Cours de français gratuits pour les nouveaux arrivants qui veulent vivre et travailler "
        "en français à Ottawa, avec un réseau communautaire francophone.",
        ("language", "settlement"),
        ("fr",),
        eligibility="Residents permanents et personnes protégées.",
        verified_days_ago=120,
    ),
    Listing(
        "cesoc_settlement",
        "cesoc",
        "cesoc",
        "Services d'établissement francophones",
        "Services d'établissement francophones",
        "Settlement services in French: welcome, orientation, employment support and links "
        "with Ottawa's Francophone community.",
        "Services d'établissement en français : accueil, orientation, appui à l'emploi et liens "
        "avec la communauté francophone d'Ottawa.",
        ("settlement", "employment"),
        ("fr", "ar", "sw"),
        verified_days_ago=80,
    ),
    Listing(
        "iwso_counselling",
        "iwso",
        "iwso",
        "Counselling for immigrant women",
        "Counseling pour femmes immigrantes",
        "Confidential counselling and crisis support for immigrant and visible minority women "
        "and their children who experience violence, in their own language.",
        "Counseling confidentiel et soutien en situation de crise pour les femmes immigrantes et "
        "de minorités visibles et leurs enfants qui vivent de la violence, dans leur langue.",
        ("women", "mental_health"),
        ("en", "fr", "ar", "so", "fa", "es", "pa"),
        phone="613-729-3145",
        verified_days_ago=20,
    ),
    Listing(
        "hio_mentoring",
        "hio",
        "hub",
        "Employer mentoring for skilled immigrants",
        "Mentorat en entreprise pour immigrants qualifiés",
        "Hire Immigrants Ottawa matches internationally trained professionals with mentors in "
        "their field at Ottawa employers.",
        "Embauche Immigrants Ottawa jumelle des professionnels formés à l'étranger avec des "
        "mentors de leur domaine chez des employeurs d'Ottawa.",
        ("employment", "credentials"),
        ("en", "fr"),
        verified_days_ago=300,
    ),
    Listing(
        "hub_job_search",
        "hub",
        "hub",
        "Job search workshops",
        "Ateliers de recherche d'emploi",
        "Résumé writing, interview practice and the Canadian workplace, in weekly workshops.",
        "Rédaction de CV, préparation aux entrevues et milieu de travail canadien, en ateliers "
        "hebdomadaires.",
        ("employment",),
        ("en", "fr"),
        days="WE",
        opens="13:00",
        closes="16:00",
        verified_days_ago=700,
    ),
    Listing(
        "opl_conversation",
        "opl",
        "opl_main",
        "English and French conversation circles",
        "Cercles de conversation en anglais et en français",
        "Practise speaking English or French with volunteers in a relaxed group at the library.",
        "Pratiquez l'anglais ou le français avec des bénévoles, en petit groupe, à la "
        "bibliothèque.",
        ("language", "library"),
        ("en", "fr"),
        days="SA",
        opens="10:00",
        closes="12:00",
        verified_days_ago=40,
    ),
    Listing(
        "opl_newcomer",
        "opl",
        "opl_main",
        "Library services for newcomers",
        "Services de bibliothèque pour nouveaux arrivants",
        "A free library card, books and films in many languages, computers and Wi-Fi, and "
        "help from staff who know settlement services.",
        "Une carte de bibliothèque gratuite, des livres et des films en plusieurs langues, des "
        "ordinateurs et le Wi-Fi, et l'aide d'un personnel qui connaît les services "
        "d'établissement.",
        ("library", "settlement"),
        ("en", "fr", "zh", "ar", "es"),
        days="MO,TU,WE,TH,FR,SA",
        opens="10:00",
        closes="20:00",
        verified_days_ago=10,
    ),
    Listing(
        "ocdsb_welcome",
        "ocdsb",
        "ocdsb",
        "School welcome centre: family-based assessment",
        "Centre d'accueil scolaire : évaluation familiale",
        "The school boards' family-based approach: the whole family meets a settlement worker "
        "in schools and teachers to register children and assess their English and math.",
        "L'approche familiale des conseils scolaires : toute la famille rencontre un "
        "travailleur d'établissement dans les écoles et des enseignants pour inscrire les "
        "enfants et évaluer leur anglais et leurs mathématiques.",
        ("schools", "youth"),
        ("en", "ar", "zh", "so", "ne"),
        documents=("Children's birth certificates or passports", "Immunization records"),
        maximum_age=21,
        verified_days_ago=150,
    ),
    Listing(
        "cepeo_accueil",
        "cepeo",
        "cepeo",
        "Accueil des familles nouvellement arrivées",
        "Accueil des familles nouvellement arrivées",
        "Registration and orientation of newcomer families in French-language public schools.",
        "Inscription et orientation des familles nouvellement arrivées dans les écoles "
        "publiques de langue française.",
        ("schools",),
        ("fr",),
        verified_days_ago=380,
    ),
    Listing(
        "jfs_seniors",
        "jfs",
        "jfs",
        "Newcomer seniors' circle",
        "Cercle des aînés nouveaux arrivants",
        "Weekly gatherings, outings and help with pensions and health services for newcomer "
        "seniors.",
        "Rencontres hebdomadaires, sorties et aide pour les pensions et les services de santé "
        "pour les aînés nouveaux arrivants.",
        ("seniors",),
        ("en", "ru"),
        days="TH",
        opens="10:00",
        closes="14:00",
        minimum_age=60,
        verified_days_ago=90,
    ),
    Listing(
        "och_tenants",
        "och",
        "och",
        "Tenant support for newcomer families",
        "Soutien aux locataires pour les familles nouvellement arrivées",
        "Help with applications for community housing, leases, rent and living with neighbours.",
        "Aide pour les demandes de logement communautaire, les baux, le loyer et la vie avec "
        "les voisins.",
        ("housing",),
        ("en", "fr", "so", "ar"),
        verified_days_ago=60,
    ),
    Listing(
        "uottawa_legal",
        "uottawa",
        "uottawa",
        "Community legal clinic",
        "Clinique juridique communautaire",
        "Law students, supervised by lawyers, give free legal information on immigration, "
        "housing and employment matters.",
        "Des étudiants en droit, supervisés par des avocats, donnent gratuitement de "
        "l'information juridique en matière d'immigration, de logement et d'emploi.",
        ("legal",),
        ("en", "fr"),
        verified_days_ago=240,
    ),
    Listing(
        "centretown_mental",
        "centretown",
        "centretown",
        "Newcomer mental health counselling",
        "Counseling en santé mentale pour nouveaux arrivants",
        "Short-term counselling for newcomers coping with stress, loss and trauma, with a "
        "psychologist and trained interpreters.",
        "Counseling de courte durée pour les nouveaux arrivants qui vivent du stress, un deuil "
        "ou un traumatisme, avec un psychologue et des interprètes formés.",
        ("mental_health", "health"),
        ("en", "fr", "ar", "fa"),
        verified_days_ago=75,
    ),
    Listing(
        "sandyhill_nurse",
        "sandyhill",
        "sandyhill",
        "Walk-in nurse practitioner clinic",
        "Clinique sans rendez-vous d'infirmière praticienne",
        "See a nurse practitioner without an appointment, with or without a health card.",
        "Consultez une infirmière praticienne sans rendez-vous, avec ou sans carte santé.",
        ("health",),
        ("en", "fr"),
        opens="12:00",
        closes="19:00",
        verified_days_ago=25,
    ),
    Listing(
        "pinecrest_families",
        "pinecrest",
        "pinecrest",
        "Newcomer family support",
        "Soutien aux familles nouvellement arrivées",
        "Parenting groups, homework clubs and help navigating schools and health services.",
        "Groupes de parents, clubs de devoirs et aide pour s'orienter dans les écoles et les "
        "services de santé.",
        ("schools", "settlement"),
        ("en", "ar", "so", "ne"),
        verified_days_ago=110,
    ),
    Listing(
        "lacite_bridge",
        "lacite",
        "lacite",
        "Formation relais pour professionnels formés à l'étranger",
        "Formation relais pour professionnels formés à l'étranger",
        "Bridge training in French for internationally trained professionals in health, "
        "engineering and business.",
        "Formation relais en français pour les professionnels formés à l'étranger en santé, en "
        "génie et en administration.",
        ("credentials", "employment"),
        ("fr",),
        free=False,
        fees="Tuition; bursaries available.",
        verified_days_ago=210,
    ),
    Listing(
        "city_civic",
        "city",
        "city_hall",
        "Municipal Immigration Network information sessions",
        "Séances d'information du Réseau municipal d'immigration",
        "Learn how City services work (recreation, transit, child care, public health) and how "
        "to take part in city decisions.",
        "Découvrez le fonctionnement des services municipaux (loisirs, transport en commun, "
        "services de garde, santé publique) et comment participer aux décisions de la ville.",
        ("civic", "settlement"),
        ("en", "fr"),
        days="MO",
        opens="18:30",
        closes="20:00",
        verified_days_ago=30,
    ),
]

# Neighbourhoods for the generated listings: (name, postal code prefix, latitude, longitude).
NEIGHBOURHOODS: list[tuple[str, str, float, float]] = [
    ("Vanier", "K1L", 45.4400, -75.6600),
    ("Orléans", "K1C", 45.4700, -75.5150),
    ("Kanata", "K2K", 45.3090, -75.9100),
    ("Barrhaven", "K2J", 45.2750, -75.7400),
    ("Nepean", "K2G", 45.3400, -75.7600),
    ("Centretown", "K2P", 45.4150, -75.6950),
    ("Alta Vista", "K1G", 45.3850, -75.6650),
    ("Gloucester", "K1J", 45.4300, -75.6100),
    ("Bells Corners", "K2H", 45.3250, -75.8250),
    ("South Keys", "K1V", 45.3550, -75.6600),
    ("Overbrook", "K1K", 45.4350, -75.6450),
    ("Carlington", "K1Z", 45.3800, -75.7400),
]

# Templates of generated listings per category: (name EN, name FR, description EN, FR).
TEMPLATES: dict[str, list[tuple[str, str, str, str]]] = {
    "employment": [
        (
            "Job search club",
            "Club de recherche d'emploi",
            "Weekly job search support, résumés and job leads for newcomers.",
            "Soutien hebdomadaire à la recherche d'emploi, CV et offres pour nouveaux arrivants.",
        ),
        (
            "Career counselling",
            "Orientation professionnelle",
            "Meet a career counsellor to plan your job search in Canada.",
            "Rencontrez un conseiller pour planifier votre recherche d'emploi au Canada.",
        ),
    ],
    "language": [
        (
            "English classes for adults",
            "Cours d'anglais pour adultes",
            "Free English language classes for adult newcomers, all levels.",
            "Cours d'anglais gratuits pour adultes nouveaux arrivants, tous niveaux.",
        ),
        (
            "French conversation group",
            "Groupe de conversation en français",
            "Practise everyday French with neighbours and volunteers.",
            "Pratiquez le français de tous les jours avec des voisins et des bénévoles.",
        ),
    ],
    "health": [
        (
            "Family doctor clinic",
            "Clinique de médecine familiale",
            "A physician and nurses see newcomers without a family doctor.",
            "Un médecin et des infirmières reçoivent les nouveaux arrivants sans médecin de "
            "famille.",
        ),
        (
            "Prenatal classes for newcomer mothers",
            "Cours prénatals pour mères nouvellement arrivées",
            "Prenatal health, nutrition and support, with interpreters.",
            "Santé prénatale, nutrition et soutien, avec interprètes.",
        ),
    ],
    "settlement": [
        (
            "Settlement workers in the neighbourhood",
            "Travailleurs d'établissement dans le quartier",
            "Drop in for help with forms, benefits, housing and referrals.",
            "Passez pour de l'aide avec les formulaires, les prestations, le logement et "
            "l'orientation.",
        ),
    ],
    "housing": [
        (
            "Housing help desk",
            "Comptoir d'aide au logement",
            "Help to find an apartment, understand a lease and know your rights as a tenant.",
            "Aide pour trouver un logement, comprendre un bail et connaître vos droits de "
            "locataire.",
        ),
    ],
    "schools": [
        (
            "Homework club",
            "Club de devoirs",
            "After-school homework help for newcomer children.",
            "Aide aux devoirs après l'école pour les enfants nouvellement arrivés.",
        ),
    ],
    "youth": [
        (
            "Youth drop-in",
            "Halte-accueil pour les jeunes",
            "Sports, arts and mentoring for newcomer youth.",
            "Sports, arts et mentorat pour les jeunes nouvellement arrivés.",
        ),
    ],
    "seniors": [
        (
            "Seniors' social group",
            "Groupe social pour aînés",
            "Meet other newcomer seniors, with outings and health talks.",
            "Rencontrez d'autres aînés nouvellement arrivés : sorties et causeries santé.",
        ),
    ],
    "mental_health": [
        (
            "Counselling in your language",
            "Counseling dans votre langue",
            "Short-term counselling for stress and adjustment, with interpreters.",
            "Counseling de courte durée pour le stress et l'adaptation, avec interprètes.",
        ),
    ],
    "women": [
        (
            "Women's circle",
            "Cercle de femmes",
            "A weekly group for newcomer women: health, parenting and friendship.",
            "Un groupe hebdomadaire pour femmes nouvellement arrivées : santé, parentalité et "
            "amitié.",
        ),
    ],
}

# Which organizations run the generated listings of each category.
GENERATED_ORGS: dict[str, tuple[str, ...]] = {
    "employment": ("hub", "ymca", "cci", "cesoc"),
    "language": ("ociso", "cesoc", "opl", "ymca"),
    "health": ("somerset", "pinecrest", "centretown", "sandyhill"),
    "settlement": ("cci", "ociso", "ymca", "cesoc", "iwso"),
    "housing": ("och", "cci", "ymca"),
    "schools": ("ocdsb", "cepeo", "pinecrest"),
    "youth": ("ymca", "city", "opl"),
    "seniors": ("jfs", "somerset", "centretown"),
    "mental_health": ("centretown", "sandyhill", "jfs", "iwso"),
    "women": ("iwso", "ymca"),
}
# Tagalog is left out on purpose: the gap analysis shows a community language no service offers.
GENERATED_LANGUAGES = ("ar", "zh", "es", "so", "fa", "pa", "sw", "vi", "ru")


@dataclass(frozen=True)
class GeneratedListing:
    key: str
    org: str
    neighbourhood: tuple[str, str, float, float]
    street: str
    latitude: float
    longitude: float
    category: str
    name_en: str
    name_fr: str
    description_en: str
    description_fr: str
    languages: tuple[str, ...]
    days: str
    opens: str
    closes: str
    free: bool
    wheelchair: bool
    verified_days_ago: int
    postal_suffix: str = "0A1"


def generated_listings(count: int = 240, seed: int = 2012) -> list[GeneratedListing]:
    """Plausible listings across Ottawa's neighbourhoods (the same ones every time)."""
    rng = random.Random(seed)
    categories = sorted(TEMPLATES)
    out: list[GeneratedListing] = []
    for i in range(count):
        category = categories[i % len(categories)]
        name_en, name_fr, desc_en, desc_fr = rng.choice(TEMPLATES[category])
        hood = rng.choice(NEIGHBOURHOODS)
        org = rng.choice(GENERATED_ORGS[category])
        francophone = org == "cesoc" or rng.random() < 0.2
        languages: tuple[str, ...] = ("fr",) if org == "cesoc" else ("en",)
        if francophone and "fr" not in languages:
            languages = (*languages, "fr")
        languages = (*languages, *rng.sample(GENERATED_LANGUAGES, rng.randint(0, 3)))
        opens = rng.choice(("08:30", "09:00", "10:00", "13:00"))
        closes = rng.choice(("16:00", "17:00", "20:00"))
        days = rng.choice((WEEKDAYS, "MO,WE,FR", "TU,TH", "SA", "MO,TU,WE,TH,FR,SA"))
        out.append(
            GeneratedListing(
                key=f"gen-{i:04d}",
                org=org,
                neighbourhood=hood,
                street=f"{rng.randint(10, 2999)} {rng.choice(STREETS)}",
                latitude=round(hood[2] + rng.uniform(-0.015, 0.015), 5),
                longitude=round(hood[3] + rng.uniform(-0.02, 0.02), 5),
                category=category,
                name_en=f"{name_en}, {hood[0]}",
                name_fr=f"{name_fr}, {hood[0]}",
                description_en=desc_en,
                description_fr=desc_fr,
                languages=languages,
                days=days,
                opens=opens,
                closes=closes,
                free=rng.random() < 0.8,
                wheelchair=rng.random() < 0.7,
                verified_days_ago=rng.choice((5, 40, 120, 250, 330, 400, 600)),
                postal_suffix=f"{rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}"
                f"{rng.randint(0, 9)}",
            )
        )
    return out


STREETS = (
    "Bank Street",
    "Montreal Road",
    "Merivale Road",
    "Baseline Road",
    "St. Joseph Boulevard",
    "Hazeldean Road",
    "Strandherd Drive",
    "Walkley Road",
    "Innes Road",
    "Carling Avenue",
)


def verified_on(today: dt.date, days_ago: int) -> dt.date:
    return today - dt.timedelta(days=days_ago)
