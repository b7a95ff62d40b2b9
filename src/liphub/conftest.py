"""Shared test fixtures: two partnerships in one network and a user for every role.

Tests build state through factories and services; tenant queries in tests run inside an
explicit scope (`tenant_scope`) or fail loudly, as they would in a view.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from django_scopes import scopes_disabled


@pytest.fixture(autouse=True)
def _english_by_default() -> Iterator[None]:
    """Each test starts in English: a request to /fr/ leaves French active in the thread."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _test_settings(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.DIRECTORY_IMPORT_DIR = tmp_path / "imports"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


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


# --- Browser tests: Playwright driving Debian's Chromium (never skipped silently) -------------

AXE_JS = __import__("pathlib").Path(__file__).parent / "core" / "tests" / "vendor" / "axe.min.js"


def chromium_path() -> str:
    import shutil

    path = os.environ.get("LIPHUB_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        pytest.fail(
            "Chromium is not installed: ./liphub test installs Debian's chromium; "
            "browser tests never skip.",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls of test set-up
    # are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as pw:
        instance = pw.chromium.launch(
            executable_path=chromium_path(),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield instance
        instance.close()


@pytest.fixture
def seeded_reference_data(transactional_db: Any) -> None:
    """Transactional tests flush the database, data-migration rows (key sectors) included."""
    from liphub.partnerships.services import seed_key_sectors

    seed_key_sectors()


@pytest.fixture
def page(browser: Any, live_server: Any, seeded_reference_data: None) -> Iterator[Any]:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture
def phone_page(browser: Any, live_server: Any, seeded_reference_data: None) -> Iterator[Any]:
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 375, "height": 740}, is_mobile=True
    )
    context.set_default_timeout(10_000)
    pg = context.new_page()
    yield pg
    context.close()


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Runs axe-core (vendored) on the page for WCAG 2.1 A/AA rules."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }"""
    )
    return list(result)


def browser_login(page: Any, email: str, password: str = "correct horse battery") -> None:
    page.goto("/en/accounts/login/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
