"""Another partnership's commitments and activities answer 404 under every progress URL."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.actions.models import Activity
from liphub.partnerships.tests.factories import OrganizationFactory
from liphub.progress.models import Commitment, ProgressUpdate
from liphub.progress.tests.factories import ActivityFactory, CommitmentFactory

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {
    "progress:commitment_edit",
    "progress:commitment_delete",
    "progress:activity_progress",
    "progress:update_create",
}


@pytest.fixture
def foreign(other_partnership):
    with scopes_disabled():
        organization = OrganizationFactory(partnership=other_partnership, name_en="Kingston org")
        activity = ActivityFactory(
            partnership=other_partnership, title_en="Kingston fair", lead_organization=organization
        )
        commitment = CommitmentFactory(
            partnership=other_partnership,
            organization=organization,
            activity=activity,
            description_en="Kingston commitment",
        )
    return {"organization": organization, "activity": activity, "commitment": commitment}


def url_args(url_name, foreign):
    if url_name.startswith("progress:commitment_"):
        return [foreign["commitment"].pk]
    return [foreign["activity"].pk]


def snapshot():
    with scopes_disabled():
        return (
            list(Commitment.objects.values_list("id", "version", "description_en")),
            list(Activity.objects.values_list("id", "version", "status", "last_progress_at")),
            list(ProgressUpdate.objects.values_list("id")),
        )


@pytest.mark.parametrize("url_name", sorted(ISOLATED_URLS))
@pytest.mark.parametrize("slug", ["ottawa", "kingston"])
def test_other_partnerships_objects_answer_404(
    coordinator_client, partnership, foreign, url_name, slug
):
    before = snapshot()
    url = reverse(url_name, args=[slug, *url_args(url_name, foreign)])
    assert coordinator_client.get(url).status_code == 404
    data = {
        "version": 1,
        "organization": foreign["organization"].pk,
        "activity": foreign["activity"].pk,
        "brings": "money",
        "description_en": "Hijacked",
        "text": "Hijacked",
        "new_status": "in_progress",
    }
    assert coordinator_client.post(url, data).status_code == 404
    assert snapshot() == before


def test_a_member_gets_404_for_another_partnerships_commitment(client, member, foreign):
    client.force_login(member)
    url = reverse("progress:commitment_edit", args=["ottawa", foreign["commitment"].pk])
    assert client.get(url).status_code == 404


def test_lists_never_show_another_partnerships_commitments(coordinator_client, foreign):
    for name in ("progress:commitment_list", "progress:my_work"):
        response = coordinator_client.get(reverse(name, args=["ottawa"]))
        assert response.status_code == 200
        assert "Kingston commitment" not in response.text
        assert coordinator_client.get(reverse(name, args=["kingston"])).status_code == 404


def test_filters_with_another_partnerships_ids_are_ignored_not_obeyed(coordinator_client, foreign):
    response = coordinator_client.get(
        reverse("progress:commitment_list", args=["ottawa"]),
        {"activity": foreign["activity"].pk},
    )
    assert response.status_code == 200
    assert "Kingston commitment" not in response.text
