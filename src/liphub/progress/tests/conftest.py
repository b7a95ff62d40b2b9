"""A small partnership at work: three organizations, their staff, two activities, a goal.

- Agency A leads "Job fair" (supported by Board B) and commits staff hours to it.
- Coop C leads "Newcomer café" and commits money to the goal.
- `member` (fixture) acts for Agency A; `c_member` (a member too) acts for Coop C;
  `viewer` acts for Board B but, as a viewer, may not record anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django_scopes import scopes_disabled

from liphub.partnerships.tests.factories import OrganizationFactory, PersonFactory
from liphub.progress.tests.factories import (
    ActivityFactory,
    CommitmentFactory,
    GoalFactory,
)


@dataclass
class Work:
    orgs: dict[str, Any]
    people: dict[str, Any]
    goal: Any
    job_fair: Any
    cafe: Any
    a_commitment: Any
    c_commitment: Any
    c_member: Any


@pytest.fixture
def c_member(partnership: Any) -> Any:
    from liphub.accounts.models import Membership, User

    user = User.objects.create_user(
        email="coop@example.org", password="correct horse battery", full_name="Cy Coop"
    )
    Membership.objects.create(user=user, partnership=partnership, role="member")
    return user


@pytest.fixture
def work(partnership: Any, coordinator: Any, member: Any, viewer: Any, c_member: Any) -> Work:
    p = partnership
    with scopes_disabled():
        orgs = {
            "A": OrganizationFactory(partnership=p, name_en="Agency A", name_fr="Agence A"),
            "B": OrganizationFactory(partnership=p, name_en="Board B", name_fr="Conseil B"),
            "C": OrganizationFactory(partnership=p, name_en="Coop C", name_fr="Coop C"),
        }
        people = {
            "member": PersonFactory(partnership=p, organization=orgs["A"], user=member),
            "c_member": PersonFactory(partnership=p, organization=orgs["C"], user=c_member),
            "viewer": PersonFactory(partnership=p, organization=orgs["B"], user=viewer),
            "unlinked": PersonFactory(partnership=p, organization=orgs["B"], full_name="Una Link"),
        }
        goal = GoalFactory(partnership=p, title_en="Newcomers find work", title_fr="Emploi")
        job_fair = ActivityFactory(
            partnership=p,
            goal=goal,
            title_en="Job fair",
            title_fr="Salon de l'emploi",
            lead_organization=orgs["A"],
            supporting=[orgs["B"]],
        )
        cafe = ActivityFactory(
            partnership=p,
            title_en="Newcomer café",
            title_fr="Café des nouveaux arrivants",
            lead_organization=orgs["C"],
        )
        a_commitment = CommitmentFactory(partnership=p, organization=orgs["A"], activity=job_fair)
        c_commitment = CommitmentFactory(
            partnership=p,
            organization=orgs["C"],
            goal=goal,
            brings="money",
            quantity=5000,
            description_en="Coop café space",
        )
    return Work(
        orgs=orgs,
        people=people,
        goal=goal,
        job_fair=job_fair,
        cafe=cafe,
        a_commitment=a_commitment,
        c_commitment=c_commitment,
        c_member=c_member,
    )
