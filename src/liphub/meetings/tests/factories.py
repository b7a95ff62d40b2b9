"""Factories for meeting tests: bodies, people, seats, meetings (build inside `unscoped`)."""

from __future__ import annotations

import datetime

import factory
from django.utils import timezone

from liphub.meetings.models import Decision, FollowUp, Meeting
from liphub.partnerships.models import Body, BodyKind, Organization, Person, Seat


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name_en = factory.Sequence(lambda n: f"Settlement Agency {n}")
    name_fr = factory.Sequence(lambda n: f"Agence d'établissement {n}")
    email = factory.Sequence(lambda n: f"info{n}@agency.example.org")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    full_name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    phone = "613-555-0100"
    organization = factory.SubFactory(
        OrganizationFactory, partnership=factory.SelfAttribute("..partnership")
    )


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body

    kind = BodyKind.COUNCIL
    name_en = "Partnership Council"
    name_fr = "Conseil du partenariat"


class SeatFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Seat

    body = factory.SubFactory(BodyFactory, partnership=factory.SelfAttribute("..partnership"))
    person = factory.SubFactory(PersonFactory, partnership=factory.SelfAttribute("..partnership"))
    organization = factory.SelfAttribute("person.organization")
    role = "member"


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    body = factory.SubFactory(BodyFactory, partnership=factory.SelfAttribute("..partnership"))
    title_en = "Council meeting"
    title_fr = "Réunion du conseil"
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda m: m.starts_at + datetime.timedelta(hours=2))
    location = "City Hall, Room 2"
    agenda_en = "1. Welcome\n2. Strategy update"
    agenda_fr = "1. Bienvenue\n2. Mise à jour de la stratégie"


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    # pass meeting=...; the partnership follows it
    partnership = factory.SelfAttribute("meeting.partnership")
    text_en = "The council adopts the work plan."
    text_fr = "Le conseil adopte le plan de travail."


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUp

    # pass meeting=...; the partnership follows it
    partnership = factory.SelfAttribute("meeting.partnership")
    description_en = "Send the survey to partners."
    description_fr = "Envoyer le sondage aux partenaires."
