"""A small directory for the public-page tests: built through the ORM, two partnerships."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from typing import Any

from django_scopes import scopes_disabled

from liphub.directory.models import (
    Accessibility,
    Address,
    Attribute,
    CostOption,
    Language,
    Location,
    Phone,
    RequiredDocument,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    Taxonomy,
    TaxonomyTerm,
)
from liphub.directory.search import reindex_services
from liphub.partnerships.models import Organization


def _place(partnership: Any, service: Service, *, name: str, street: str, city: str,
           postal_code: str, lat: float | None, lng: float | None) -> Location:  # fmt: skip
    location = Location.objects.create(
        partnership=partnership, name_en=name, latitude=lat, longitude=lng
    )
    Address.objects.create(
        partnership=partnership,
        location=location,
        address_1=street,
        city=city,
        state_province="ON",
        postal_code=postal_code,
    )
    ServiceAtLocation.objects.create(partnership=partnership, service=service, location=location)
    return location


def _categorise(partnership: Any, service: Service, term: TaxonomyTerm) -> None:
    Attribute.objects.create(
        partnership=partnership,
        link_id=service.hsds_id,
        link_entity="service",
        taxonomy_term=term,
        service=service,
    )


def build_directory(partnership: Any, other_partnership: Any | None = None) -> dict[str, Any]:
    """Ottawa: a clinic, language classes, a daycare without a map point, an unapproved and an
    inactive listing. Kingston (when given): one public service."""
    with scopes_disabled():
        health_org = Organization.objects.create(
            partnership=partnership,
            name_en="Ottawa Community Health Centre",
            name_fr="Centre de santé communautaire d'Ottawa",
            website="https://health.example.org",
        )
        school = Organization.objects.create(
            partnership=partnership,
            name_en="Ottawa Language School",
            name_fr="École de langues d'Ottawa",
        )
        taxonomy = Taxonomy.objects.create(partnership=partnership, name="Ottawa LIP categories")
        health = TaxonomyTerm.objects.create(
            partnership=partnership,
            taxonomy=taxonomy,
            hsds_id="cat-health",
            code="health",
            name_en="Health",
            name_fr="Santé",
        )
        language_training = TaxonomyTerm.objects.create(
            partnership=partnership,
            taxonomy=taxonomy,
            hsds_id="cat-language",
            code="language",
            name_en="Language training",
            name_fr="Formation linguistique",
        )
        unused = TaxonomyTerm.objects.create(
            partnership=partnership,
            taxonomy=taxonomy,
            hsds_id="cat-unused",
            name_en="Unused category",
            name_fr="Catégorie inutilisée",
        )

        clinic = Service.objects.create(
            partnership=partnership,
            organization=health_org,
            hsds_id="svc-clinic",
            name_en="Refugee health clinic",
            name_fr="Clinique de santé pour réfugiés",
            description_en="Primary care for refugees and refugee claimants.",
            description_fr="Soins de première ligne pour les réfugiés et demandeurs d'asile.",
            url="https://health.example.org/clinic",
            email="clinic@example.org",
            eligibility_description="Refugees and refugee claimants",
            fees_description="No fee",
            application_process="Walk in or call to book.",
            assured_date=date(2026, 3, 2),
            alert="Closed on statutory holidays",
            minimum_age=0,
            maximum_age=64,
        )
        clinic_site = _place(
            partnership, clinic, name="Bank Street site", street="123 Bank Street",
            city="Ottawa", postal_code="K1P 1J1", lat=45.4167, lng=-75.6981,
        )  # fmt: skip
        Accessibility.objects.create(
            partnership=partnership,
            location=clinic_site,
            description="Wheelchair accessible entrance on Bank Street",
        )
        Phone.objects.create(partnership=partnership, service=clinic, number="613-555-0101")
        Schedule.objects.create(
            partnership=partnership,
            service=clinic,
            freq="WEEKLY",
            byday="MO,TU,WE,TH,FR",
            opens_at=time(9, 0),
            closes_at=time(17, 0),
        )
        for code, name in (("fr", "French"), ("ar", "Arabic"), ("en", "English")):
            Language.objects.create(partnership=partnership, service=clinic, code=code, name=name)
        RequiredDocument.objects.create(
            partnership=partnership, service=clinic, document="Proof of refugee status"
        )
        CostOption.objects.create(
            partnership=partnership,
            service=clinic,
            option="Consultation",
            amount=Decimal("0"),
            currency="CAD",
        )
        _categorise(partnership, clinic, health)

        linc = Service.objects.create(
            partnership=partnership,
            organization=school,
            hsds_id="svc-linc",
            name_en="English classes (LINC)",
            name_fr="Cours d'anglais (CLIC)",
            description_en="Free English classes for permanent residents.",
            description_fr="Cours d'anglais gratuits pour les résidents permanents.",
        )
        _place(
            partnership, linc, name="Vanier campus", street="45 Montreal Road",
            city="Vanier", postal_code="K1L 6E8", lat=45.4372, lng=-75.6621,
        )  # fmt: skip
        Schedule.objects.create(
            partnership=partnership,
            service=linc,
            byday="MO,WE",
            opens_at=time(18, 0),
            closes_at=time(21, 0),
        )
        Language.objects.create(partnership=partnership, service=linc, code="en", name="English")
        _categorise(partnership, linc, language_training)

        daycare = Service.objects.create(
            partnership=partnership,
            organization=school,
            hsds_id="svc-daycare",
            name_en="Childminding during classes",
            name_fr="",
            description_en="Care for young children while parents attend class.",
        )
        _place(
            partnership, daycare, name="", street="45 Montreal Road",
            city="Vanier", postal_code="K1L 6E8", lat=None, lng=None,
        )  # fmt: skip

        unapproved = Service.objects.create(
            partnership=partnership,
            organization=school,
            hsds_id="svc-unapproved",
            name_en="Unapproved clinic listing",
            is_approved=False,
        )
        inactive = Service.objects.create(
            partnership=partnership,
            organization=school,
            hsds_id="svc-inactive",
            name_en="Inactive clinic listing",
            status=ServiceStatus.INACTIVE,
        )
        data: dict[str, Any] = {
            "clinic": clinic,
            "linc": linc,
            "daycare": daycare,
            "unapproved": unapproved,
            "inactive": inactive,
            "health": health,
            "language_training": language_training,
            "unused": unused,
        }
        if other_partnership is not None:
            kingston_org = Organization.objects.create(
                partnership=other_partnership, name_en="Kingston Newcomer Centre"
            )
            kingston_term = TaxonomyTerm.objects.create(
                partnership=other_partnership, hsds_id="cat-kingston", name_en="Kingston category"
            )
            kingston = Service.objects.create(
                partnership=other_partnership,
                organization=kingston_org,
                hsds_id="svc-clinic-kingston",
                name_en="Kingston clinic",
            )
            _place(
                other_partnership, kingston, name="Princess Street", street="1 Princess Street",
                city="Kingston", postal_code="K7L 1A1", lat=44.23, lng=-76.48,
            )  # fmt: skip
            Language.objects.create(
                partnership=other_partnership, service=kingston, code="ti", name="Tigrinya"
            )
            _categorise(other_partnership, kingston, kingston_term)
            data["kingston"] = kingston
            reindex_services(partnership=other_partnership)
        reindex_services(partnership=partnership)
        return data
