"""factory_boy factories for the partnership module (use inside a scope, e.g. `unscoped`)."""

from __future__ import annotations

import datetime as dt

import factory
from factory.django import DjangoModelFactory

from liphub.partnerships.models import Body, BodyKind, Organization, Partner, Person, Seat


class OrganizationFactory(DjangoModelFactory):
    class Meta:
        model = Organization

    name_en = factory.Sequence(lambda n: f"Organization {n}")
    name_fr = factory.Sequence(lambda n: f"Organisme {n}")


class PartnerFactory(DjangoModelFactory):
    class Meta:
        model = Partner
        skip_postgeneration_save = True

    organization = factory.SubFactory(
        OrganizationFactory, partnership=factory.SelfAttribute("..partnership")
    )
    since = dt.date(2015, 1, 1)

    @factory.post_generation
    def sectors(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.sectors.set(extracted)


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    full_name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")


class BodyFactory(DjangoModelFactory):
    class Meta:
        model = Body

    kind = BodyKind.COUNCIL
    name_en = factory.Sequence(lambda n: f"Council {n}")
    name_fr = factory.Sequence(lambda n: f"Conseil {n}")


class SeatFactory(DjangoModelFactory):
    class Meta:
        model = Seat

    body = factory.SubFactory(BodyFactory, partnership=factory.SelfAttribute("..partnership"))
    person = factory.SubFactory(PersonFactory, partnership=factory.SelfAttribute("..partnership"))
    organization = None
