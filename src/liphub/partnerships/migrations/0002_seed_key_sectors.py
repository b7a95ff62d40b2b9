"""Seed the key stakeholder sectors (a frozen copy of liphub.partnerships.sectors.KEY_SECTORS)."""

from django.db import migrations

# Frozen on purpose: migrations must not import application code that may change later.
KEY_SECTORS = (
    ("settlement", "Settlement agencies", "Organismes d'établissement"),
    ("school_boards", "School boards", "Conseils scolaires"),
    ("municipal", "Municipal government", "Administration municipale"),
    ("health", "Health", "Santé"),
    ("employers", "Employers and business associations", "Employeurs et associations d'affaires"),
    ("post_secondary", "Colleges and universities", "Collèges et universités"),
    ("libraries", "Libraries", "Bibliothèques"),
    ("police_justice", "Police and justice", "Police et justice"),
    ("social_services", "Social services", "Services sociaux"),
    ("housing", "Housing", "Logement"),
    (
        "ethnocultural",
        "Immigrant and ethnocultural associations",
        "Associations d'immigrants et ethnoculturelles",
    ),
    ("francophone", "Francophone organizations", "Organismes francophones"),
    ("faith", "Faith groups", "Groupes confessionnels"),
    ("funders", "Funders", "Bailleurs de fonds"),
    (
        "workforce_planning",
        "Workforce planning boards",
        "Commissions de planification de la main-d'œuvre",
    ),
)


def seed_sectors(apps, schema_editor):
    Sector = apps.get_model("partnerships", "Sector")
    for order, (code, name_en, name_fr) in enumerate(KEY_SECTORS, start=1):
        Sector.objects.update_or_create(
            code=code,
            defaults={"name_en": name_en, "name_fr": name_fr, "is_key": True, "order": order * 10},
        )


def unseed_sectors(apps, schema_editor):
    Sector = apps.get_model("partnerships", "Sector")
    Sector.objects.filter(code__in=[code for code, _en, _fr in KEY_SECTORS], partners=None).delete()


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0001_initial")]

    operations = [migrations.RunPython(seed_sectors, unseed_sectors)]
