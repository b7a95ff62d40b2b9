"""Shared test fixtures: two partnerships in one network and a user for every role.

Tests build state through factories and services; tenant queries in tests run inside an
explicit scope (`tenant_scope`) or fail loudly, as they would in a view.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django_scopes import scopes_disabled


@pytest.fixture(autouse=True)
def _test_settings(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SECURE_SSL_REDIRECT = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False


@pytest.fixture
def unscoped() -> Iterator[None]:
    """For test set-up only: build state across partnerships."""
    with scopes_disabled():
        yield


@pytest.fixture
def network(db: Any) -> Any:
    from liphub.core.models import Network

    return Network.objects.create(
        slug="ontario", name_en="Ontario LIPs", name_fr="PLI de l'Ontario"
    )


@pytest.fixture
def partnership(network: Any) -> Any:
    from liphub.core.models import Partnership

    p = Partnership.objects.create(
        slug="ottawa",
        name_en="Ottawa Local Immigration Partnership",
        name_fr="Partenariat local d'immigration d'Ottawa",
    )
    p.networks.add(network)
    return p


@pytest.fixture
def other_partnership(network: Any) -> Any:
    from liphub.core.models import Partnership

    p = Partnership.objects.create(
        slug="kingston",
        name_en="Kingston Immigration Partnership",
        name_fr="Partenariat d'immigration de Kingston",
    )
    p.networks.add(network)
    return p


def _user(email: str, **extra: Any) -> Any:
    from liphub.accounts.models import User

    return User.objects.create_user(email=email, password="correct horse battery", **extra)


@pytest.fixture
def coordinator(partnership: Any) -> Any:
    from liphub.accounts.models import Membership

    user = _user("coordinator@example.org", full_name="Cora Coordinator")
    Membership.objects.create(user=user, partnership=partnership, role="coordinator")
    return user


@pytest.fixture
def member(partnership: Any) -> Any:
    from liphub.accounts.models import Membership

    user = _user("member@example.org", full_name="Mo Member")
    Membership.objects.create(user=user, partnership=partnership, role="member")
    return user


@pytest.fixture
def viewer(partnership: Any) -> Any:
    from liphub.accounts.models import Membership

    user = _user("viewer@example.org", full_name="Vi Viewer")
    Membership.objects.create(user=user, partnership=partnership, role="viewer")
    return user


@pytest.fixture
def analyst(network: Any) -> Any:
    from liphub.accounts.models import NetworkAnalyst

    user = _user("analyst@example.org", full_name="Ana Analyst")
    NetworkAnalyst.objects.create(user=user, network=network)
    return user


@pytest.fixture
def other_coordinator(other_partnership: Any) -> Any:
    from liphub.accounts.models import Membership

    user = _user("other@example.org", full_name="Otto Other")
    Membership.objects.create(user=user, partnership=other_partnership, role="coordinator")
    return user


@pytest.fixture
def site_admin(db: Any) -> Any:
    from liphub.accounts.models import User

    return User.objects.create_superuser(
        email="admin@example.org", password="correct horse battery"
    )


@pytest.fixture
def coordinator_client(client: Any, coordinator: Any) -> Any:
    client.force_login(coordinator)
    return client
