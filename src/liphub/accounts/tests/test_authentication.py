"""Signing in by e-mail, signing out, throttling, password reset, password hashing."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from liphub.accounts.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def _login(client, email, password, language="en"):
    with translation.override(language):
        url = reverse("accounts:login")
    return client.post(url, {"username": email, "password": password})


def test_a_person_signs_in_with_their_email_address(client, coordinator):
    response = _login(client, "coordinator@example.org", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(coordinator.pk)


def test_a_wrong_password_shows_an_error_and_signs_nobody_in(client, coordinator):
    response = _login(client, "coordinator@example.org", "wrong password")
    assert response.status_code == 200
    assert 'role="alert"' in response.text
    assert "_auth_user_id" not in client.session


def test_the_login_page_is_bilingual(client):
    assert "Sign in" in client.get("/en/accounts/login/").text
    assert "Se connecter" in client.get("/fr/accounts/login/").text


def test_sign_out_ends_the_session(client, coordinator):
    client.force_login(coordinator)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_sixth_attempt_after_five_bad_passwords_is_refused_even_with_the_right_one(
    client, coordinator
):
    for _attempt in range(5):
        _login(client, "coordinator@example.org", "wrong password")
    response = _login(client, "coordinator@example.org", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "Sign-in paused" in response.text


def test_the_lockout_page_is_translated(client, coordinator):
    for _attempt in range(5):
        _login(client, "coordinator@example.org", "wrong password", language="fr")
    response = _login(client, "coordinator@example.org", PASSWORD, language="fr")
    assert response.status_code == 429
    assert "Connexion suspendue" in response.text
    assert "Sign-in paused" not in response.text


def test_lockout_is_per_email_address(client, coordinator, member):
    for _attempt in range(5):
        _login(client, "coordinator@example.org", "wrong password")
    response = _login(client, "member@example.org", PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


def _reset_link(body: str) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+/password/reset/\S+/)", body)
    assert match, body
    return match.group(1)


def test_password_reset_sends_a_link_that_sets_a_new_password(client, coordinator):
    response = client.post(reverse("accounts:password_reset"), {"email": "Coordinator@Example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["coordinator@example.org"]
    link = _reset_link(mail.outbox[0].body)

    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    assert "new_password1" in form_page.text
    set_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_url,
        {"new_password1": "a fresh long passphrase", "new_password2": "a fresh long passphrase"},
    )
    assert done.status_code == 302
    assert _login(client, "coordinator@example.org", "a fresh long passphrase").status_code == 302


def test_password_reset_e_mail_and_pages_are_in_french_from_the_french_site(client, coordinator):
    response = client.post("/fr/accounts/password/reset/", {"email": "coordinator@example.org"})
    assert response.status_code == 302
    message = mail.outbox[0]
    assert "Réinitialisez" in message.subject
    assert "/fr/accounts/password/reset/" in message.body
    assert "Bonjour" in message.body
    assert "Consultez vos courriels" in client.get(response.url).text


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, db):
    response = client.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_an_invalid_reset_link_shows_a_clear_page(client, coordinator):
    response = client.get("/en/accounts/password/reset/MQ/not-a-token/")
    assert response.status_code == 200
    assert "not valid" in response.text


def test_a_mismatched_new_password_shows_field_errors(client, coordinator):
    client.post(reverse("accounts:password_reset"), {"email": "coordinator@example.org"})
    page = client.get(_reset_link(mail.outbox[0].body), follow=True)
    set_url = page.redirect_chain[-1][0]
    response = client.post(
        set_url, {"new_password1": "a fresh long passphrase", "new_password2": "different"}
    )
    assert response.status_code == 200
    assert 'role="alert"' in response.text


def test_production_settings_hash_passwords_with_argon2():
    from django.contrib.auth.hashers import Argon2PasswordHasher

    from liphub import settings as production_settings

    assert production_settings.PASSWORD_HASHERS[0] == (
        "django.contrib.auth.hashers.Argon2PasswordHasher"
    )
    encoded = Argon2PasswordHasher().encode("secret", Argon2PasswordHasher().salt())
    assert encoded.startswith("argon2$")
    assert Argon2PasswordHasher().verify("secret", encoded)


def test_a_session_is_read_back_until_it_expires(settings):
    """The session engine (accounts/sessions.py) reads a session with plain SQL: its data
    while it lasts; nothing once it has expired or for an unknown key, and the key is then
    dropped so a new one is made, as with Django's own engine."""
    import datetime as dt

    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from liphub.accounts.sessions import SessionStore

    assert settings.SESSION_ENGINE == "liphub.accounts.sessions"
    store = SessionStore()
    store["answer"] = 42
    store["name"] = "Élise"
    store.save()
    key = store.session_key
    assert key
    read = SessionStore(key)
    assert read["answer"] == 42 and read["name"] == "Élise"
    assert read.session_key == key

    # a minute before expiry it is still there; a minute after, gone
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() + dt.timedelta(minutes=1)
    )
    assert SessionStore(key).get("answer") == 42
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - dt.timedelta(minutes=1)
    )
    expired = SessionStore(key)
    assert expired.get("answer") is None
    assert expired.session_key is None
    expired["again"] = True
    expired.save()
    assert expired.session_key and expired.session_key != key

    unknown = SessionStore("x" * 32)
    assert unknown.load() == {}
    assert unknown.session_key is None


def test_a_signed_out_session_cookie_no_longer_signs_anyone_in(client, coordinator):
    client.force_login(coordinator)
    cookie = client.cookies[settings_cookie_name()].value
    tokens = reverse("accounts:tokens")
    assert client.get(tokens).status_code == 200
    client.post(reverse("accounts:logout"))
    client.cookies[settings_cookie_name()] = cookie  # the old cookie, replayed
    response = client.get(tokens)
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def settings_cookie_name() -> str:
    from django.conf import settings

    return settings.SESSION_COOKIE_NAME
