"""Reads of the directory pages: listings with their filters, one listing with its details,
the stale-listings report, and the coordinator's directory settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from liphub.core.models import Partnership
from liphub.directory.models import (
    Attribute,
    CommunityLanguage,
    SearchSynonym,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    TaxonomyTerm,
)
from liphub.partnerships.models import Organization

STALE_AFTER_MONTHS = 12
#: Listings the verification report covers (an inactive or defunct one needs no checking).
CURRENT_STATUSES = (ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED)


def stale_cutoff(today: dt.date | None = None) -> dt.date:
    """The date 12 months before `today`: a listing verified before it is due for checking."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


def is_stale(service: Service, today: dt.date | None = None) -> bool:
    return service.assured_date is None or service.assured_date < stale_cutoff(today)


def list_services(
    *,
    partnership: Partnership,
    organization_id: int | None = None,
    status: str = "",
    needs_review: bool = False,
    pending: bool = False,
    stale: bool = False,
    query: str = "",
    today: dt.date | None = None,
) -> QuerySet[Service]:
    services = Service.objects.filter(partnership=partnership).select_related("organization")
    if organization_id is not None:
        services = services.filter(organization_id=organization_id)
    if status:
        services = services.filter(status=status)
    if needs_review:
        services = services.filter(needs_review=True)
    if pending:
        services = services.filter(is_approved=False)
    if stale:
        services = services.filter(
            Q(assured_date__isnull=True) | Q(assured_date__lt=stale_cutoff(today))
        )
    for word in query.split():
        services = services.filter(Q(name_en__icontains=word) | Q(name_fr__icontains=word))
    return services.order_by("name_en", "name_fr", "id")


def get_service(*, partnership: Partnership, pk: int) -> Service:
    service = (
        Service.objects.filter(partnership=partnership, pk=pk)
        .select_related("organization")
        .first()
    )
    if service is None:
        raise Http404("No such listing.")
    return service


def get_service_details(*, partnership: Partnership, pk: int) -> Service:
    """One listing with every detail its page shows (a fixed number of queries)."""
    links = ServiceAtLocation.objects.filter(partnership=partnership).select_related("location")
    attributes = Attribute.objects.filter(partnership=partnership).select_related("taxonomy_term")
    service = (
        Service.objects.filter(partnership=partnership, pk=pk)
        .select_related("organization")
        .prefetch_related(
            "phones",
            "schedules",
            "languages",
            "cost_options",
            "required_documents",
            Prefetch("service_at_locations", queryset=links),
            "service_at_locations__location__addresses",
            "service_at_locations__location__accessibility",
            Prefetch("attributes", queryset=attributes),
        )
        .first()
    )
    if service is None:
        raise Http404("No such listing.")
    return service


def list_organizations(*, partnership: Partnership) -> QuerySet[Organization]:
    return Organization.objects.filter(partnership=partnership).order_by("name_en", "name_fr")


def list_terms(*, partnership: Partnership) -> QuerySet[TaxonomyTerm]:
    return TaxonomyTerm.objects.filter(partnership=partnership).order_by("code", "name_en", "id")


def list_stale_services(
    *, partnership: Partnership, today: dt.date | None = None
) -> QuerySet[Service]:
    """Current listings not verified in 12 months (or never), by organization."""
    return (
        Service.objects.filter(partnership=partnership, status__in=CURRENT_STATUSES)
        .filter(Q(assured_date__isnull=True) | Q(assured_date__lt=stale_cutoff(today)))
        .select_related("organization")
        .order_by("organization__name_en", "organization__name_fr", "name_en", "id")
    )


def list_synonyms(*, partnership: Partnership) -> QuerySet[SearchSynonym]:
    return SearchSynonym.objects.filter(partnership=partnership).order_by("terms", "id")


def get_synonym(*, partnership: Partnership, pk: int) -> SearchSynonym:
    synonym = list_synonyms(partnership=partnership).filter(pk=pk).first()
    if synonym is None:
        raise Http404("No such synonym.")
    return synonym


def list_community_languages(*, partnership: Partnership) -> QuerySet[CommunityLanguage]:
    return CommunityLanguage.objects.filter(partnership=partnership)


def get_community_language(*, partnership: Partnership, pk: int) -> CommunityLanguage:
    language = list_community_languages(partnership=partnership).filter(pk=pk).first()
    if language is None:
        raise Http404("No such language.")
    return language


def counts(*, partnership: Partnership) -> dict[str, Any]:
    """Figures shown above the listings."""
    services = Service.objects.filter(partnership=partnership)
    return {
        "total": services.count(),
        "pending": services.filter(is_approved=False).count(),
        "needs_review": services.filter(needs_review=True).count(),
    }
