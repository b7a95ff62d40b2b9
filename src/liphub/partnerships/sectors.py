"""The key stakeholder sectors of a Local Immigration Partnership.

From the federal LIP outcomes report (2008-2013): the sectors a partnership council should
bring to the table. The data migration `0002_seed_key_sectors` holds a frozen copy of this
list; a test keeps the two in step.
"""

from __future__ import annotations

from typing import NamedTuple


class SectorSeed(NamedTuple):
    code: str
    name_en: str
    name_fr: str


KEY_SECTORS: tuple[SectorSeed, ...] = (
    SectorSeed("settlement", "Settlement agencies", "Organismes d'établissement"),
    SectorSeed("school_boards", "School boards", "Conseils scolaires"),
    SectorSeed("municipal", "Municipal government", "Administration municipale"),
    SectorSeed("health", "Health", "Santé"),
    SectorSeed(
        "employers",
        "Employers and business associations",
        "Employeurs et associations d'affaires",
    ),
    SectorSeed("post_secondary", "Colleges and universities", "Collèges et universités"),
    SectorSeed("libraries", "Libraries", "Bibliothèques"),
    SectorSeed("police_justice", "Police and justice", "Police et justice"),
    SectorSeed("social_services", "Social services", "Services sociaux"),
    SectorSeed("housing", "Housing", "Logement"),
    SectorSeed(
        "ethnocultural",
        "Immigrant and ethnocultural associations",
        "Associations d'immigrants et ethnoculturelles",
    ),
    SectorSeed("francophone", "Francophone organizations", "Organismes francophones"),
    SectorSeed("faith", "Faith groups", "Groupes confessionnels"),
    SectorSeed("funders", "Funders", "Bailleurs de fonds"),
    SectorSeed(
        "workforce_planning",
        "Workforce planning boards",
        "Commissions de planification de la main-d'œuvre",
    ),
)
