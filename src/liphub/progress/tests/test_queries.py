"""The progress pages run a bounded number of queries, whatever the number of rows."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.partnerships.tests.factories import OrganizationFactory
from liphub.progress.tests.factories import (
    ActivityFactory,
    CommitmentFactory,
    ProgressUpdateFactory,
)

pytestmark = pytest.mark.django_db


def grow(work, n):
    p = work.job_fair.partnership
    with scopes_disabled():
        for i in range(n):
            organization = OrganizationFactory(partnership=p)
            activity = ActivityFactory(
                partnership=p,
                lead_organization=work.orgs["A"] if i % 2 else organization,
                supporting=[work.orgs["A"], organization],
            )
            CommitmentFactory(partnership=p, organization=organization, activity=activity)
            CommitmentFactory(partnership=p, organization=work.orgs["A"], goal=work.goal)
            ProgressUpdateFactory(partnership=p, activity=work.job_fair, organization=organization)


@pytest.mark.parametrize("size", [3, 30])
@pytest.mark.parametrize(
    ("role", "name", "args"),
    [
        ("coordinator", "progress:commitment_list", lambda w: []),
        ("member", "progress:commitment_list", lambda w: []),
        ("coordinator", "progress:my_work", lambda w: []),
        ("member", "progress:my_work", lambda w: []),
        ("member", "progress:activity_progress", lambda w: [w.job_fair.pk]),
        ("coordinator", "progress:people_links", lambda w: []),
    ],
)
def test_pages_run_a_bounded_number_of_queries(
    client, request, django_assert_max_num_queries, work, size, role, name, args
):
    grow(work, size)
    client.force_login(request.getfixturevalue(role))
    with django_assert_max_num_queries(15):
        response = client.get(reverse(name, args=["ottawa", *args(work)]))
    assert response.status_code == 200
