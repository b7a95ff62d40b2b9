"""The lenses LIP Hub ships: the Francophone lens (built in) and optional templates.

A lens is a set of yes / partly / no questions every activity is read through. The Francophone
lens follows the Ottawa Immigration Strategy's Francophone Lens (OLIP, the Réseau de soutien à
l'immigration francophone and the Centre on Governance) and the five objectives of the
Strategic Framework to Foster Immigration to Francophone Minority Communities. Coordinators may
add the gender, youth and newcomer seniors lenses from the templates below, or write their own.

Names, descriptions and questions are content stored in both languages on each partnership's
copy (coordinators may edit them), so they are data here, not interface strings.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class LensQuestionTemplate:
    text_en: str
    text_fr: str


@dataclass(frozen=True)
class LensTemplate:
    code: str
    name_en: str
    name_fr: str
    description_en: str
    description_fr: str
    questions: tuple[LensQuestionTemplate, ...]
    add_label: Promise  # the button that adds it ("Add the youth lens")


Q = LensQuestionTemplate

FRANCOPHONE_LENS = LensTemplate(
    code="francophone",
    name_en="Francophone lens",
    name_fr="Lentille francophone",
    description_en=(
        "A tool for the partners who implement the strategy to understand and respond to the "
        "institutional context and the unique settlement and integration needs of Francophone "
        "immigrants: French-language services, Francophone partners at the table, and the five "
        "objectives of the Strategic Framework to Foster Immigration to Francophone Minority "
        "Communities."
    ),
    description_fr=(
        "Un outil qui aide les partenaires chargés de mettre en œuvre la stratégie à comprendre "
        "le contexte institutionnel et à répondre aux besoins particuliers d'établissement et "
        "d'intégration des immigrants d'expression française : services en français, "
        "partenaires francophones à la table et les cinq objectifs du Cadre stratégique pour "
        "favoriser l'immigration au sein des communautés francophones en situation minoritaire."
    ),
    questions=(
        Q(
            "Are the activity's services, information and materials offered in French, of "
            "equal quality to those in English?",
            "Les services, l'information et le matériel de l'activité sont-ils offerts en "
            "français, avec une qualité égale à ceux en anglais?",
        ),
        Q(
            "Are Francophone partners (such as the Réseau de soutien à l'immigration "
            "francophone and Francophone community organizations) at the table to plan and "
            "deliver the activity?",
            "Des partenaires francophones (comme le Réseau de soutien à l'immigration "
            "francophone et les organismes communautaires francophones) sont-ils à la table "
            "pour planifier et réaliser l'activité?",
        ),
        Q(
            "Does the activity help increase the number of French-speaking immigrants, giving "
            "more demographic weight to Francophone minority communities?",
            "L'activité contribue-t-elle à accroître le nombre d'immigrants d'expression "
            "française afin d'augmenter le poids démographique des communautés francophones "
            "en situation minoritaire?",
        ),
        Q(
            "Does the activity improve the capacity of Francophone minority communities to "
            "receive Francophone newcomers and strengthen their reception and settlement "
            "infrastructure?",
            "L'activité améliore-t-elle la capacité des communautés francophones en situation "
            "minoritaire d'accueillir des nouveaux arrivants francophones et renforce-t-elle "
            "leurs structures d'accueil et d'établissement?",
        ),
        Q(
            "Does the activity support the economic integration of French-speaking immigrants "
            "into Canadian society and into Francophone minority communities in particular?",
            "L'activité favorise-t-elle l'intégration économique des immigrants d'expression "
            "française à la société canadienne, et aux communautés francophones en situation "
            "minoritaire en particulier?",
        ),
        Q(
            "Does the activity support the social and cultural integration of French-speaking "
            "immigrants into Canadian society and into Francophone minority communities?",
            "L'activité favorise-t-elle l'intégration sociale et culturelle des immigrants "
            "d'expression française à la société canadienne et aux communautés francophones "
            "en situation minoritaire?",
        ),
        Q(
            "Does the activity foster the regionalization of Francophone immigration, helping "
            "French-speaking newcomers settle and stay outside the largest centres?",
            "L'activité favorise-t-elle la régionalisation de l'immigration francophone, en "
            "aidant les nouveaux arrivants d'expression française à s'établir et à rester "
            "hors des grands centres?",
        ),
        Q(
            "Does the activity reach French-speaking newcomers who expected to live in French "
            "and refer them to French-language services?",
            "L'activité rejoint-elle les nouveaux arrivants d'expression française qui "
            "s'attendaient à vivre en français et les oriente-t-elle vers des services en "
            "français?",
        ),
    ),
    add_label=_("Add the Francophone lens"),
)

GENDER_LENS = LensTemplate(
    code="gender",
    name_en="Gender lens",
    name_fr="Lentille de genre",
    description_en=(
        "How the activity reaches and serves newcomer women, men and gender-diverse people, "
        "and whether it accounts for the barriers each faces."
    ),
    description_fr=(
        "Comment l'activité rejoint et sert les femmes, les hommes et les personnes de "
        "diverses identités de genre nouvellement arrivés, et si elle tient compte des "
        "obstacles propres à chacun."
    ),
    questions=(
        Q(
            "Were newcomer women consulted in designing the activity?",
            "Les femmes nouvellement arrivées ont-elles été consultées pour concevoir l'activité?",
        ),
        Q(
            "Are results counted separately by gender, so gaps can be seen?",
            "Les résultats sont-ils comptés séparément selon le genre, pour que les écarts "
            "soient visibles?",
        ),
        Q(
            "Does the activity remove practical barriers to taking part, such as child care, "
            "schedules and transportation?",
            "L'activité lève-t-elle les obstacles pratiques à la participation, comme la garde "
            "d'enfants, les horaires et le transport?",
        ),
        Q(
            "Is the activity safe and welcoming for gender-diverse newcomers?",
            "L'activité est-elle sûre et accueillante pour les nouveaux arrivants de diverses "
            "identités de genre?",
        ),
        Q(
            "Does the activity connect participants facing family violence to specialized "
            "services?",
            "L'activité oriente-t-elle les personnes qui vivent de la violence familiale vers "
            "des services spécialisés?",
        ),
    ),
    add_label=_("Add the gender lens"),
)

YOUTH_LENS = LensTemplate(
    code="youth",
    name_en="Youth lens",
    name_fr="Lentille jeunesse",
    description_en=(
        "How the activity reaches newcomer children and youth, and whether young people help "
        "shape it."
    ),
    description_fr=(
        "Comment l'activité rejoint les enfants et les jeunes nouvellement arrivés, et si les "
        "jeunes contribuent à la façonner."
    ),
    questions=(
        Q(
            "Were newcomer youth involved in planning the activity?",
            "Des jeunes nouvellement arrivés ont-ils participé à la planification de l'activité?",
        ),
        Q(
            "Does the activity work with schools and school boards to reach students and "
            "their families?",
            "L'activité s'appuie-t-elle sur les écoles et les conseils scolaires pour rejoindre "
            "les élèves et leurs familles?",
        ),
        Q(
            "Does the activity support youth in moving from school to further education or work?",
            "L'activité aide-t-elle les jeunes à passer de l'école aux études postsecondaires ou "
            "au travail?",
        ),
        Q(
            "Are mentoring or peer supports offered to newcomer youth?",
            "Du mentorat ou du soutien par les pairs est-il offert aux jeunes nouvellement "
            "arrivés?",
        ),
        Q(
            "Are results counted separately for children and youth?",
            "Les résultats sont-ils comptés séparément pour les enfants et les jeunes?",
        ),
    ),
    add_label=_("Add the youth lens"),
)

SENIORS_LENS = LensTemplate(
    code="seniors",
    name_en="Newcomer seniors lens",
    name_fr="Lentille des aînés nouvellement arrivés",
    description_en=(
        "How the activity reaches newcomer seniors, often sponsored family members, who may "
        "be isolated and face language barriers."
    ),
    description_fr=(
        "Comment l'activité rejoint les aînés nouvellement arrivés, souvent parrainés par leur "
        "famille, qui peuvent être isolés et faire face à des obstacles linguistiques."
    ),
    questions=(
        Q(
            "Were newcomer seniors or their families consulted in designing the activity?",
            "Des aînés nouvellement arrivés ou leurs familles ont-ils été consultés pour "
            "concevoir l'activité?",
        ),
        Q(
            "Is information offered in the languages seniors speak, in print as well as online?",
            "L'information est-elle offerte dans les langues que parlent les aînés, sur papier "
            "comme en ligne?",
        ),
        Q(
            "Does the activity reduce social isolation among newcomer seniors?",
            "L'activité réduit-elle l'isolement social des aînés nouvellement arrivés?",
        ),
        Q(
            "Does the activity connect seniors to health and home-care services?",
            "L'activité met-elle les aînés en lien avec les services de santé et de soins à "
            "domicile?",
        ),
        Q(
            "Are places and times accessible to seniors with limited mobility?",
            "Les lieux et les horaires sont-ils accessibles aux aînés à mobilité réduite?",
        ),
    ),
    add_label=_("Add the newcomer seniors lens"),
)

# Created for every partnership (idempotently) when it writes a strategy.
BUILTIN_LENSES: tuple[LensTemplate, ...] = (FRANCOPHONE_LENS,)

# Offered to coordinators as one-click additions, besides blank lenses.
OPTIONAL_LENSES: tuple[LensTemplate, ...] = (GENDER_LENS, YOUTH_LENS, SENIORS_LENS)

LENS_TEMPLATES: dict[str, LensTemplate] = {
    template.code: template for template in (*BUILTIN_LENSES, *OPTIONAL_LENSES)
}
