"""A small, known directory for the partner/secretariat page tests and the gap analysis.

Organizations (Ottawa): Agency A (the `member` user's organization: a linked contact),
Centre B (Francophone), Clinic C. Kingston has one listing of its own.

| listing | org | status | approved | verified | city (place) | languages | category |
| ESL classes | A | active | yes | 400 days ago | Ottawa (45.42,-75.69) | en, ar | Lang. training |
| Job search help | A | active | yes | 30 days ago | Ottawa, Nepean area | en, fr | Employment |
| Aide à l'emploi | B | active | yes | never | Orléans (45.47,-75.51) | (none) | Employment |
| Health clinic | C | active | yes | 10 days ago | Vanier | es | Health |
| Pending program | C | active | NO | never | Kanata | ar | Health |
| Old program | C | inactive | yes | never | Kanata | so | Housing |

Community languages: Arabic (ar, 5000), Spanish (es, 2000), Somali (so, 1500),
Tigrinya (ti, 800). Priority areas of the current strategy: Employment (-> Employment term),
Health (-> Health term), Housing (-> Housing term).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django_scopes import scopes_disabled

from liphub.directory.models import (
    Address,
    Attribute,
    CommunityLanguage,
    Language,
    Location,
    Service,
    ServiceArea,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from liphub.partnerships.tests.factories import OrganizationFactory, PersonFactory
from liphub.strategy.tests.factories import PriorityAreaFactory, StrategyFactory


@dataclass
class Directory:
    orgs: dict[str, Any]
    services: dict[str, Service]
    terms: dict[str, TaxonomyTerm]
    areas: dict[str, Any]
    foreign: Service


def _service(p: Any, org: Any, name: str, **extra: Any) -> Service:
    return Service.objects.create(partnership=p, organization=org, name_en=name, **extra)


def _place(
    p: Any, service: Service, city: str, lat: float | None = None, lng: float | None = None
) -> None:
    location = Location.objects.create(
        partnership=p,
        organization=service.organization,
        name_en=f"{service.name_en} office",
        latitude=lat,
        longitude=lng,
    )
    Address.objects.create(
        partnership=p,
        location=location,
        address_1="1 Main St",
        city=city,
        state_province="ON",
        postal_code="K1A 0A1",
    )
    ServiceAtLocation.objects.create(partnership=p, service=service, location=location)


def _languages(p: Any, service: Service, *codes: str) -> None:
    for code in codes:
        Language.objects.create(partnership=p, service=service, code=code)


def _categorize(p: Any, service: Service, term: TaxonomyTerm) -> None:
    Attribute.objects.create(
        partnership=p,
        link_id=service.hsds_id,
        link_entity="service",
        taxonomy_term=term,
        service=service,
    )


def build_directory(
    partnership: Any, other_partnership: Any, member: Any | None = None
) -> Directory:
    p = partnership
    today = timezone.localdate()
    with scopes_disabled():
        orgs = {
            "A": OrganizationFactory(partnership=p, name_en="Agency A", name_fr="Agence A"),
            "B": OrganizationFactory(
                partnership=p, name_en="Centre B", name_fr="Centre B", is_francophone=True
            ),
            "C": OrganizationFactory(partnership=p, name_en="Clinic C", name_fr="Clinique C"),
        }
        if member is not None:
            PersonFactory(partnership=p, organization=orgs["A"], user=member)
        taxonomy = Taxonomy.objects.create(partnership=p, name="Ottawa LIP categories")
        terms = {
            key: TaxonomyTerm.objects.create(
                partnership=p, taxonomy=taxonomy, code=code, name_en=key, name_fr=fr
            )
            for key, code, fr in [
                ("Language training", "LT", "Formation linguistique"),
                ("Employment", "EM", "Emploi"),
                ("Health", "HE", "Santé"),
                ("Housing", "HO", "Logement"),
                ("Legal help", "LE", "Aide juridique"),
            ]
        }
        strategy = StrategyFactory(
            partnership=p,
            period_start=today - dt.timedelta(days=365),
            period_end=today + dt.timedelta(days=365),
        )
        areas = {
            name: PriorityAreaFactory(partnership=p, strategy=strategy, name_en=name)
            for name in ("Employment", "Health", "Housing")
        }
        for name, area in areas.items():
            terms[name].priority_areas.add(area)
        s = {
            "esl": _service(
                p,
                orgs["A"],
                "ESL classes",
                assured_date=today - dt.timedelta(days=400),
                assurer_email="old@example.org",
            ),
            "jobs": _service(
                p, orgs["A"], "Job search help", assured_date=today - dt.timedelta(days=30)
            ),
            "emploi": _service(p, orgs["B"], "", name_fr="Aide à l'emploi"),
            "clinic": _service(
                p, orgs["C"], "Health clinic", assured_date=today - dt.timedelta(days=10)
            ),
            "pending": _service(p, orgs["C"], "Pending program", is_approved=False),
            "old": _service(p, orgs["C"], "Old program", status="inactive"),
        }
        _place(p, s["esl"], "Ottawa", 45.42, -75.69)
        _place(p, s["jobs"], "ottawa ", 45.40, -75.70)
        ServiceArea.objects.create(partnership=p, service=s["jobs"], name="Nepean")
        _place(p, s["emploi"], "Orléans", 45.47, -75.51)
        _place(p, s["clinic"], "Vanier")
        _place(p, s["pending"], "Kanata")
        _place(p, s["old"], "Kanata")
        _languages(p, s["esl"], "en", "ar")
        _languages(p, s["jobs"], "en", "fr")
        _languages(p, s["clinic"], "es")
        _languages(p, s["pending"], "ar")
        _languages(p, s["old"], "so")
        _categorize(p, s["esl"], terms["Language training"])
        _categorize(p, s["jobs"], terms["Employment"])
        _categorize(p, s["emploi"], terms["Employment"])
        _categorize(p, s["clinic"], terms["Health"])
        _categorize(p, s["pending"], terms["Health"])
        _categorize(p, s["old"], terms["Housing"])
        for code, name, speakers in [
            ("ar", "Arabic", 5000),
            ("es", "Spanish", 2000),
            ("so", "Somali", 1500),
            ("ti", "Tigrinya", 800),
        ]:
            CommunityLanguage.objects.create(
                partnership=p, code=code, name_en=name, speakers=speakers
            )
        kingston_org = OrganizationFactory(partnership=other_partnership, name_en="Kingston Org")
        foreign = _service(other_partnership, kingston_org, "Kingston secret service")
    return Directory(orgs=orgs, services=s, terms=terms, areas=areas, foreign=foreign)
