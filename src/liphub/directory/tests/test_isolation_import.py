"""Id-guessing on the import log: another partnership's import answers 404, never its data."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.directory.models import ImportRun

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {"directory:import_detail"}


@pytest.fixture
def foreign_run(other_partnership: Any, other_coordinator: Any) -> ImportRun:
    with scopes_disabled():
        return ImportRun.objects.create(
            partnership=other_partnership,
            kind="hsds_json",
            feed="kingston-secret-feed",
            file_name="kingston-secret.json",
            started_by=other_coordinator,
            succeeded=False,
            problems=[{"file": "kingston-secret.json", "message": "secret problem", "row": 1}],
        )


@pytest.fixture
def own_run(partnership: Any, coordinator: Any) -> ImportRun:
    with scopes_disabled():
        return ImportRun.objects.create(
            partnership=partnership,
            kind="airs_xml",
            file_name="ottawa.xml",
            started_by=coordinator,
            succeeded=True,
            summary={"counts": {"service": {"created": 2}}, "problems": []},
        )


@pytest.mark.parametrize("user_fixture", ["coordinator", "member", "viewer", "analyst"])
def test_another_partnerships_import_is_a_404(
    client: Any, request: Any, foreign_run: ImportRun, own_run: ImportRun, user_fixture: str
) -> None:
    client.force_login(request.getfixturevalue(user_fixture))
    # Ottawa's page with Kingston's id: 404 for everyone, the analyst included
    response = client.get(reverse("directory:import_detail", args=["ottawa", foreign_run.pk]))
    assert response.status_code == 404 and b"kingston-secret" not in response.content
    if user_fixture != "analyst":  # analysts may read every partnership of their network
        response = client.get(reverse("directory:import_detail", args=["kingston", foreign_run.pk]))
        assert response.status_code == 404 and b"kingston-secret" not in response.content
    if user_fixture != "analyst":
        own = client.get(reverse("directory:import_detail", args=["ottawa", own_run.pk]))
        assert own.status_code == 200 and b"ottawa.xml" in own.content
        log = client.get(reverse("directory:import_list", args=["ottawa"]))
        assert b"ottawa.xml" in log.content and b"kingston-secret" not in log.content


def test_the_other_coordinator_sees_their_own_import_not_ottawas(
    client: Any, other_coordinator: Any, foreign_run: ImportRun, own_run: ImportRun
) -> None:
    client.force_login(other_coordinator)
    ok = client.get(reverse("directory:import_detail", args=["kingston", foreign_run.pk]))
    assert ok.status_code == 200 and b"secret problem" in ok.content
    stolen = client.get(reverse("directory:import_detail", args=["kingston", own_run.pk]))
    assert stolen.status_code == 404 and b"ottawa.xml" not in stolen.content
    assert (
        client.get(reverse("directory:import_detail", args=["ottawa", own_run.pk])).status_code
        == 404
    )
