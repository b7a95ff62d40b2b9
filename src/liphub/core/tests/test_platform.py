"""Platform guarantees: tenant scope fails loudly, no lost updates, SQLite WAL, deploy checks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django_scopes import ScopeError, scopes_disabled

from liphub.accounts.access import tenant_scope, visible_partnership_ids
from liphub.core.services import ConcurrentEditError, save_versioned
from liphub.partnerships.models import Organization


@pytest.mark.django_db
def test_a_tenant_query_outside_any_scope_fails_loudly(partnership):
    with pytest.raises(ScopeError):
        list(Organization.objects.all())


@pytest.mark.django_db
def test_the_scope_only_shows_the_partnerships_a_user_may_see(
    partnership, other_partnership, coordinator, analyst, site_admin
):
    with scopes_disabled():
        Organization.objects.create(partnership=partnership, name_en="Ottawa org")
        Organization.objects.create(partnership=other_partnership, name_en="Kingston org")
    with tenant_scope(coordinator):
        assert [o.name_en for o in Organization.objects.all()] == ["Ottawa org"]
    with tenant_scope(analyst):
        assert Organization.objects.count() == 2
    assert set(visible_partnership_ids(site_admin)) == {partnership.pk, other_partnership.pk}


@pytest.mark.django_db
def test_the_visible_ids_are_those_of_the_visible_partnerships_queryset(
    partnership, other_partnership, coordinator, analyst, site_admin
):
    """`visible_partnership_ids` reads the ids with one plain SQL query (every request does),
    and the `visible_partnerships` queryset names the same partnerships, for every kind of
    user: a member, an analyst, both at once (no id twice), a member of two partnerships in
    different networks, a user with no role, an anonymous visitor and a site administrator."""
    from django.contrib.auth.models import AnonymousUser

    from liphub.accounts.access import visible_partnerships
    from liphub.accounts.models import Membership, NetworkAnalyst, User
    from liphub.core.models import Network, Partnership

    with scopes_disabled():
        elsewhere = Network.objects.create(slug="elsewhere", name_en="Elsewhere")
        far = Partnership.objects.create(slug="far", name_en="Far LIP")
        far.networks.add(elsewhere)
        lonely = Partnership.objects.create(slug="lonely", name_en="No network")
        both = User.objects.create_user(email="both@example.org", password="x")
        Membership.objects.create(user=both, partnership=partnership, role="member")
        NetworkAnalyst.objects.create(user=both, network=partnership.networks.first())
        two = User.objects.create_user(email="two@example.org", password="x")
        Membership.objects.create(user=two, partnership=lonely, role="viewer")
        Membership.objects.create(user=two, partnership=far, role="coordinator")
        far_analyst = User.objects.create_user(email="far@example.org", password="x")
        NetworkAnalyst.objects.create(user=far_analyst, network=elsewhere)
        nobody = User.objects.create_user(email="nobody@example.org", password="x")

    expected = {
        coordinator: {partnership.pk},
        analyst: {partnership.pk, other_partnership.pk},
        both: {partnership.pk, other_partnership.pk},
        two: {lonely.pk, far.pk},
        far_analyst: {far.pk},
        nobody: set(),
        site_admin: {partnership.pk, other_partnership.pk, far.pk, lonely.pk},
    }
    for user, ids in expected.items():
        fresh = User.objects.get(pk=user.pk)  # no ids kept from an earlier call
        visible = visible_partnership_ids(fresh)
        assert sorted(visible) == sorted(ids), user.email
        assert len(visible) == len(set(visible)), user.email
        assert set(visible_partnerships(fresh).values_list("id", flat=True)) == ids, user.email
    assert visible_partnership_ids(AnonymousUser()) == []
    assert visible_partnership_ids(None) == []


@pytest.mark.django_db
def test_the_scope_filter_is_one_in_list_with_the_same_rows(partnership, other_partnership):
    """The scope is written as one IN (...) of the scope's ids (core/scoping.py), through
    joins and subqueries too, and keeps django-scopes' meaning: no id, no row; a single
    partnership; `with_scope`; `scopes_disabled`."""
    from django.db.models import Exists, OuterRef
    from django_scopes import scope

    from liphub.partnerships.models import Partner

    with scopes_disabled():
        ottawa = Organization.objects.create(partnership=partnership, name_en="Ottawa org")
        kingston = Organization.objects.create(partnership=other_partnership, name_en="K org")
        Partner.objects.create(partnership=partnership, organization=ottawa)
        Partner.objects.create(partnership=other_partnership, organization=kingston)
    with scope(partnership=[partnership.pk, other_partnership.pk]):
        sql = str(Organization.objects.filter(name_en__startswith="O").query)
        assert f"IN ({partnership.pk}, {other_partnership.pk})" in sql
        assert Organization.objects.count() == 2
    with scope(partnership=[other_partnership.pk]):
        assert [o.name_en for o in Organization.objects.all()] == ["K org"]
        partners = Partner.objects.filter(
            Exists(Organization.objects.filter(pk=OuterRef("organization_id")))
        )
        assert [p.organization_id for p in partners] == [kingston.pk]
        assert [p.name_en for p in Organization.objects.filter(partner__isnull=False)] == ["K org"]
        assert Organization.objects.with_scope(partnership=[partnership.pk]).get() == ottawa
    with scope(partnership=[]):
        assert Organization.objects.count() == 0
        assert list(Organization.objects.all()) == []
    with scope(partnership=partnership.pk):
        assert [o.name_en for o in Organization.objects.all()] == ["Ottawa org"]
    with scope(partnership=[partnership.pk]), scopes_disabled():
        assert Organization.objects.count() == 2


@pytest.mark.django_db
def test_an_anonymous_user_sees_no_tenant_rows(partnership):
    from django.contrib.auth.models import AnonymousUser

    with scopes_disabled():
        Organization.objects.create(partnership=partnership, name_en="Ottawa org")
    with tenant_scope(AnonymousUser()):
        assert Organization.objects.count() == 0


@pytest.mark.django_db
def test_two_editors_of_the_same_record_never_silently_lose_an_update(partnership):
    with scopes_disabled():
        org = Organization.objects.create(partnership=partnership, name_en="Before")
        first = Organization.objects.get(pk=org.pk)
        second = Organization.objects.get(pk=org.pk)
        first.name_en = "First editor"
        save_versioned(first, expected_version=first.version)
        second.name_en = "Second editor"
        with pytest.raises(ConcurrentEditError):
            save_versioned(second, expected_version=second.version)
        org.refresh_from_db()
        assert org.name_en == "First editor"
        assert org.version == 2


def _sqlite_file_settings(tmp_path):
    env = dict(os.environ)
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env["LIPHUB_VAR_DIR"] = str(tmp_path)
    env["DJANGO_SETTINGS_MODULE"] = "liphub.settings"
    return env


WAL_SCRIPT = """
import django, threading, time
django.setup()
from django.db import connection, transaction
from django.db.utils import OperationalError
with connection.cursor() as c:
    print(c.execute("PRAGMA journal_mode").fetchone()[0])
    c.execute("CREATE TABLE IF NOT EXISTS t (n INTEGER)")
errors = []
def writer(i):
    from django.db import connection as conn
    try:
        for _ in range(20):
            with transaction.atomic():
                with conn.cursor() as c:
                    c.execute("SELECT COUNT(*) FROM t")
                    c.execute("INSERT INTO t (n) VALUES (%s)", [i])
    except OperationalError as exc:
        errors.append(str(exc))
    finally:
        conn.close()
threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
with connection.cursor() as c:
    print(c.execute("SELECT COUNT(*) FROM t").fetchone()[0])
print(len(errors))
"""


def test_sqlite_runs_in_wal_mode_and_concurrent_writers_wait_instead_of_failing(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", WAL_SCRIPT],
        env=_sqlite_file_settings(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    mode, rows, errors = result.stdout.split()
    assert mode == "wal"
    assert rows == "80"
    assert errors == "0", result.stdout


def test_production_settings_pass_the_deploy_check(tmp_path):
    env = _sqlite_file_settings(tmp_path)
    for name in (
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "LIPHUB_PLAIN_STATIC",
        "DEBUG",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
    ):
        env.pop(name, None)
    env["SECRET_KEY"] = "a-long-random-production-secret-" + "k8Zq1xP0vW3nL7yT5rB2mC9d" * 2
    env["ALLOWED_HOSTS"] = "lip.example.org"
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
