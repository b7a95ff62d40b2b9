"""Business rules of the partnership module's writes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from liphub.core.services import ConcurrentEditError
from liphub.partnerships import services
from liphub.partnerships.models import Organization, Partner, Sector
from liphub.partnerships.tests.factories import (
    BodyFactory,
    OrganizationFactory,
    PersonFactory,
    SeatFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("unscoped")]


def test_add_partner_creates_the_organization_and_its_membership_in_one_call(partnership):
    settlement, health = Sector.objects.filter(code__in=["settlement", "health"])
    partner = services.add_partner(
        partnership=partnership,
        name_en="Catholic Centre for Immigrants",
        name_fr="Centre catholique pour immigrants",
        website="https://cciottawa.ca",
        sectors=[settlement, health],
        since=dt.date(2012, 4, 1),
        is_immigrant_led=True,
    )
    organization = Organization.objects.get(pk=partner.organization_id)
    assert organization.partnership == partnership
    assert organization.name_fr == "Centre catholique pour immigrants"
    assert partner.partnership == partnership
    assert set(partner.sectors.all()) == {settlement, health}
    assert partner.since == dt.date(2012, 4, 1)
    assert partner.is_immigrant_led


def test_add_partner_without_any_name_creates_nothing(partnership):
    with pytest.raises(ValidationError) as caught:
        services.add_partner(partnership=partnership, name_en=" ", name_fr="")
    assert set(caught.value.message_dict) == {"name_en", "name_fr"}
    assert not Organization.objects.filter(partnership=partnership).exists()


def test_an_organization_named_only_in_french_is_valid(partnership):
    organization = services.create_organization(
        partnership=partnership, name_fr="Conseil des écoles catholiques du Centre-Est"
    )
    assert organization.pk is not None
    assert str(organization.tr("name")) == "Conseil des écoles catholiques du Centre-Est"


def test_an_organization_cannot_be_made_partner_twice(partnership):
    organization = OrganizationFactory(partnership=partnership)
    services.make_partner(organization=organization)
    with pytest.raises(ValidationError):
        services.make_partner(organization=organization)
    assert Partner.objects.filter(organization=organization).count() == 1


def test_partner_until_cannot_precede_since(partnership):
    organization = OrganizationFactory(partnership=partnership)
    with pytest.raises(ValidationError) as caught:
        services.make_partner(
            organization=organization, since=dt.date(2020, 1, 1), until=dt.date(2019, 1, 1)
        )
    assert "until" in caught.value.message_dict


def test_update_partner_replaces_its_sectors_and_bumps_the_version(partnership):
    partner = services.add_partner(
        partnership=partnership,
        name_en="Ottawa Public Library",
        sectors=list(Sector.objects.filter(code="libraries")),
    )
    housing = Sector.objects.get(code="housing")
    services.update_partner(
        partner=partner, expected_version=partner.version, sectors=[housing], notes="Moved"
    )
    partner.refresh_from_db()
    assert list(partner.sectors.all()) == [housing]
    assert partner.notes == "Moved"
    assert partner.version == 2


def test_two_edits_from_the_same_version_never_silently_overwrite(partnership):
    organization = OrganizationFactory(partnership=partnership, name_en="Before")
    opened_at = organization.version
    first = Organization.objects.get(pk=organization.pk)
    second = Organization.objects.get(pk=organization.pk)
    services.update_organization(organization=first, expected_version=opened_at, name_en="First")
    with pytest.raises(ConcurrentEditError):
        services.update_organization(
            organization=second, expected_version=opened_at, name_en="Second"
        )
    organization.refresh_from_db()
    assert organization.name_en == "First"


def test_unknown_fields_are_refused(partnership):
    organization = OrganizationFactory(partnership=partnership)
    with pytest.raises(TypeError):
        services.update_organization(
            organization=organization, expected_version=1, partnership=None
        )


def test_a_body_cannot_sit_under_itself_or_its_descendants(partnership):
    council = BodyFactory(partnership=partnership)
    group = BodyFactory(partnership=partnership, parent=council)
    task_force = BodyFactory(partnership=partnership, parent=group)
    for parent in (council, group, task_force):
        with pytest.raises(ValidationError) as caught:
            services.update_body(body=council, expected_version=council.version, parent=parent)
        assert "parent" in caught.value.message_dict
        council.parent = None


def test_a_body_parent_must_be_in_the_same_partnership(partnership, other_partnership):
    foreign = BodyFactory(partnership=other_partnership)
    with pytest.raises(ValidationError) as caught:
        services.create_body(
            partnership=partnership, kind="working_group", name_en="Employment", parent=foreign
        )
    assert "parent" in caught.value.message_dict


def test_a_seat_must_use_people_and_organizations_of_its_partnership(
    partnership, other_partnership
):
    body = BodyFactory(partnership=partnership)
    foreign_person = PersonFactory(partnership=other_partnership)
    foreign_org = OrganizationFactory(partnership=other_partnership)
    with pytest.raises(ValidationError) as caught:
        services.create_seat(body=body, person=foreign_person, organization=foreign_org)
    assert set(caught.value.message_dict) >= {"person", "organization"}


def test_a_term_cannot_end_before_it_starts(partnership):
    body = BodyFactory(partnership=partnership)
    person = PersonFactory(partnership=partnership)
    with pytest.raises(ValidationError) as caught:
        services.create_seat(
            body=body,
            person=person,
            term_start=dt.date(2025, 1, 1),
            term_end=dt.date(2024, 12, 31),
        )
    assert "term_end" in caught.value.message_dict


def test_ending_a_seat_sets_the_last_day_of_its_term(partnership):
    seat = SeatFactory(partnership=partnership, term_start=dt.date(2024, 1, 1))
    services.end_seat(seat=seat, expected_version=seat.version, term_end=dt.date(2025, 6, 30))
    seat.refresh_from_db()
    assert seat.term_end == dt.date(2025, 6, 30)
    assert not seat.is_current(on=dt.date(2025, 7, 1))


def test_a_person_organization_must_be_in_the_same_partnership(partnership, other_partnership):
    with pytest.raises(ValidationError) as caught:
        services.create_person(
            partnership=partnership,
            full_name="Nadia Haddad",
            organization=OrganizationFactory(partnership=other_partnership),
        )
    assert "organization" in caught.value.message_dict


def test_changes_are_audited_with_their_partnership(partnership):
    from auditlog.models import LogEntry

    organization = services.create_organization(partnership=partnership, name_en="OCISO")
    services.update_organization(
        organization=organization, expected_version=organization.version, name_en="OCISO Ottawa"
    )
    entries = LogEntry.objects.filter(
        additional_data__partnership_id=partnership.pk, content_type__model="organization"
    )
    assert entries.count() == 2
    latest = entries.order_by("-pk").first()
    assert latest.changes["name_en"] == ["OCISO", "OCISO Ottawa"]
