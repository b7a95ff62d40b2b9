"""Load Ottawa's demo inventory of services (ops/demo/directory.py) into the directory models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db import models

from liphub.core.models import Partnership
from liphub.directory.models import (
    Accessibility,
    Address,
    Attribute,
    CommunityLanguage,
    CostOption,
    Language,
    Location,
    Phone,
    RequiredDocument,
    Schedule,
    SearchSynonym,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from liphub.directory.search import default_synonyms, reindex_services
from liphub.ops.demo import directory as spec
from liphub.partnerships.models import Organization
from liphub.strategy.models import PriorityArea

WHEELCHAIR_EN = "Wheelchair accessible entrance and washrooms"
FEED = ""  # entered in LIP Hub, not imported


def _time(value: str) -> dt.time:
    hours, minutes = value.split(":")
    return dt.time(int(hours), int(minutes))


class _Rows:
    """Collects rows per model and bulk-creates them in dependency order."""

    def __init__(self, partnership: Partnership) -> None:
        self.partnership = partnership
        self.rows: dict[type[models.Model], list[Any]] = {}

    def add(self, obj: Any) -> Any:
        obj.partnership = self.partnership
        self.rows.setdefault(type(obj), []).append(obj)
        return obj

    def flush(self, *model_types: type[models.Model]) -> None:
        for model in model_types:
            rows = self.rows.pop(model, [])
            if rows:
                model._default_manager.bulk_create(rows, batch_size=500)


def load_directory(*, partnership: Partnership, orgs: dict[str, Organization], day: dt.date) -> int:
    """Ottawa's listings from the seeds plus generated ones; returns the number of services."""
    taxonomy = Taxonomy.objects.create(
        partnership=partnership,
        name="OLIP service categories",
        description="The Ottawa LIP's own categories of services for newcomers.",
    )
    areas = {
        area.code: area
        for area in PriorityArea.objects.filter(partnership=partnership).order_by("id")
    }
    terms: dict[str, TaxonomyTerm] = {}
    for code, name_en, name_fr, area_codes in spec.CATEGORIES:
        term = TaxonomyTerm.objects.create(
            partnership=partnership,
            taxonomy=taxonomy,
            code=code,
            name_en=name_en,
            name_fr=name_fr,
            description=name_en,
        )
        term.priority_areas.set([areas[c] for c in area_codes if c in areas])
        terms[code] = term

    rows = _Rows(partnership)
    places: dict[str, Location] = {}
    for place in spec.PLACES:
        location = rows.add(
            Location(
                organization=orgs[place.org],
                name_en=place.name_en,
                name_fr=place.name_fr,
                latitude=place.latitude,
                longitude=place.longitude,
                transportation=place.transportation,
            )
        )
        places[place.key] = location
    generated = spec.generated_listings()
    for listing in generated:
        places[listing.key] = rows.add(
            Location(
                organization=orgs[listing.org],
                name_en=f"{orgs[listing.org].name_en}, {listing.neighbourhood[0]}",
                name_fr=f"{orgs[listing.org].name_fr or orgs[listing.org].name_en}, "
                f"{listing.neighbourhood[0]}",
                latitude=listing.latitude,
                longitude=listing.longitude,
            )
        )
    rows.flush(Location)

    for place in spec.PLACES:
        location = places[place.key]
        rows.add(
            Address(
                location=location,
                address_1=place.address,
                city="Ottawa",
                state_province="ON",
                postal_code=place.postal_code,
                country="CA",
            )
        )
        if place.wheelchair:
            rows.add(Accessibility(location=location, description=WHEELCHAIR_EN))
    for listing in generated:
        location = places[listing.key]
        rows.add(
            Address(
                location=location,
                address_1=listing.street,
                city="Ottawa",
                region=listing.neighbourhood[0],
                state_province="ON",
                postal_code=f"{listing.neighbourhood[1]} {listing.postal_suffix}",
                country="CA",
            )
        )
        if listing.wheelchair:
            rows.add(Accessibility(location=location, description=WHEELCHAIR_EN))
    rows.flush(Address, Accessibility)

    services: list[tuple[Service, Location, Any]] = []
    for item in spec.LISTINGS:
        service = rows.add(
            Service(
                organization=orgs[item.org],
                name_en=item.name_en,
                name_fr=item.name_fr,
                description_en=item.description_en,
                description_fr=item.description_fr,
                eligibility_description=item.eligibility,
                application_process=item.application_process,
                fees_description=item.fees,
                minimum_age=item.minimum_age,
                maximum_age=item.maximum_age,
                assured_date=spec.verified_on(day, item.verified_days_ago),
                assurer_email=orgs[item.org].email,
                url=orgs[item.org].website,
            )
        )
        services.append((service, places[item.place], item))
    for gen in generated:
        service = rows.add(
            Service(
                organization=orgs[gen.org],
                name_en=gen.name_en,
                name_fr=gen.name_fr,
                description_en=gen.description_en,
                description_fr=gen.description_fr,
                assured_date=spec.verified_on(day, gen.verified_days_ago),
            )
        )
        services.append((service, places[gen.key], gen))
    rows.flush(Service)

    for service, location, item in services:
        rows.add(ServiceAtLocation(service=service, location=location))
        rows.add(
            Schedule(
                service=service,
                freq="WEEKLY",
                wkst="MO",
                byday=item.days,
                opens_at=_time(item.opens),
                closes_at=_time(item.closes),
            )
        )
        for code in item.languages:
            rows.add(Language(service=service, code=code, name=spec.LANGUAGE_NAMES.get(code, code)))
        categories = item.categories if isinstance(item, spec.Listing) else (item.category,)
        for code in categories:
            rows.add(
                Attribute(
                    service=service,
                    link_entity="service",
                    link_id=service.hsds_id,
                    taxonomy_term=terms[code],
                )
            )
        if item.free:
            rows.add(CostOption(service=service, option="Free", currency="CAD", amount=Decimal(0)))
        if isinstance(item, spec.Listing):
            for document in item.documents:
                rows.add(RequiredDocument(service=service, document=document))
            if item.phone:
                rows.add(Phone(service=service, number=item.phone, type="voice"))
    rows.flush(
        ServiceAtLocation, Schedule, Language, Attribute, CostOption, RequiredDocument, Phone
    )

    for code, name_en, name_fr, speakers in spec.COMMUNITY_LANGUAGES:
        CommunityLanguage.objects.create(
            partnership=partnership,
            code=code,
            name_en=name_en,
            name_fr=name_fr,
            speakers=speakers,
            source=spec.COMMUNITY_LANGUAGE_SOURCE,
        )
    SearchSynonym.objects.bulk_create(
        [SearchSynonym(partnership=partnership, terms=terms_) for terms_ in default_synonyms()]
    )
    reindex_services(partnership=partnership)
    return len(services)
