"""`liphub create-partnership`."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from liphub.core.models import Network, Partnership

pytestmark = pytest.mark.django_db


def test_create_partnership_creates_it_and_its_network():
    out = io.StringIO()
    call_command(
        "create_partnership",
        "london",
        "--name",
        "London & Middlesex Local Immigration Partnership",
        "--name-fr",
        "Partenariat local d'immigration de London et Middlesex",
        "--network",
        "ontario",
        stdout=out,
    )
    partnership = Partnership.objects.get(slug="london")
    assert partnership.name_en == "London & Middlesex Local Immigration Partnership"
    assert partnership.name_fr.startswith("Partenariat local")
    assert list(partnership.networks.values_list("slug", flat=True)) == ["ontario"]
    assert "Created partnership london" in out.getvalue()


def test_create_partnership_reuses_an_existing_network(network):
    call_command("create_partnership", "kingston", "--name", "Kingston", "--network", "ontario")
    assert Network.objects.count() == 1
    assert network.partnerships.filter(slug="kingston").exists()


def test_create_partnership_refuses_an_existing_slug(partnership):
    with pytest.raises(CommandError, match="already exists"):
        call_command("create_partnership", "ottawa", "--name", "Another Ottawa")
    assert Partnership.objects.filter(slug="ottawa").count() == 1


@pytest.mark.parametrize("slug", ["not a slug", "ottawa/east", "é"])
def test_create_partnership_refuses_an_invalid_slug(db, slug):
    with pytest.raises(CommandError, match="slug"):
        call_command("create_partnership", slug, "--name", "Somewhere")
    assert not Partnership.objects.exists()


def test_create_partnership_requires_a_name(db):
    with pytest.raises(CommandError):
        call_command("create_partnership", "nameless", "--name", " ")
    assert not Partnership.objects.exists()
