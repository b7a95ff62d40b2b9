"""Id-guessing on the import log and the queued imports' pages: another partnership's import
answers 404, never its data."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from liphub.directory.models import ImportJob, ImportRun

pytestmark = pytest.mark.django_db

ISOLATED_URLS: set[str] = {"directory:import_detail", "directory:import_job"}


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


def _job(partnership: Any, user: Any, run: ImportRun | None, name: str, status: str) -> ImportJob:
    with scopes_disabled():
        return ImportJob.objects.create(
            partnership=partnership,
            file_path=f"x/{name}",
            file_name=name,
            file_format=".json",
            feed=f"{name}-feed",
            started_by=user,
            status=status,
            run=run,
            error=f"{name} error" if status == "failed" else "",
        )


@pytest.fixture
def foreign_jobs(
    other_partnership: Any, other_coordinator: Any, foreign_run: ImportRun
) -> list[ImportJob]:
    return [
        _job(other_partnership, other_coordinator, None, "kingston-secret.json", "queued"),
        _job(other_partnership, other_coordinator, None, "kingston-secret.json", "failed"),
        _job(other_partnership, other_coordinator, foreign_run, "kingston-secret.json", "rejected"),
    ]


@pytest.fixture
def own_job(partnership: Any, coordinator: Any) -> ImportJob:
    return _job(partnership, coordinator, None, "ottawa-waiting.json", "queued")


@pytest.mark.parametrize("user_fixture", ["coordinator", "member", "viewer", "analyst"])
def test_another_partnerships_queued_import_is_a_404(
    client: Any, request: Any, foreign_jobs: list[ImportJob], own_job: ImportJob, user_fixture: str
) -> None:
    client.force_login(request.getfixturevalue(user_fixture))
    for job in foreign_jobs:
        for slug in ("ottawa", "kingston") if user_fixture != "analyst" else ("ottawa",):
            for htmx in ({}, {"HTTP_HX_REQUEST": "true"}):
                response = client.get(reverse("directory:import_job", args=[slug, job.pk]), **htmx)
                assert response.status_code == 404 and b"kingston-secret" not in response.content
    if user_fixture != "analyst":
        own = client.get(reverse("directory:import_job", args=["ottawa", own_job.pk]))
        assert own.status_code == 200 and b"ottawa-waiting.json" in own.content
        for page in ("import_list", "import"):
            response = client.get(reverse(f"directory:{page}", args=["ottawa"]))
            assert b"kingston-secret" not in response.content


def test_the_other_coordinator_sees_their_own_queued_import_not_ottawas(
    client: Any, other_coordinator: Any, foreign_jobs: list[ImportJob], own_job: ImportJob
) -> None:
    client.force_login(other_coordinator)
    ok = client.get(reverse("directory:import_job", args=["kingston", foreign_jobs[1].pk]))
    assert ok.status_code == 200 and b"kingston-secret.json error" in ok.content
    for slug in ("kingston", "ottawa"):
        stolen = client.get(reverse("directory:import_job", args=[slug, own_job.pk]))
        assert stolen.status_code == 404 and b"ottawa-waiting" not in stolen.content
    log = client.get(reverse("directory:import_list", args=["kingston"]))
    assert b"kingston-secret.json" in log.content and b"ottawa-waiting" not in log.content


def test_a_user_without_a_role_gets_a_404_and_anonymous_the_login_page(
    client: Any, django_user_model: Any, own_job: ImportJob
) -> None:
    url = reverse("directory:import_job", args=["ottawa", own_job.pk])
    assert client.get(url).status_code == 302  # to the login page
    nobody = django_user_model.objects.create_user(
        email="nobody@example.org", password="correct horse battery"
    )
    client.force_login(nobody)
    response = client.get(url)
    assert response.status_code == 404 and b"ottawa-waiting" not in response.content
