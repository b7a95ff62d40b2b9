"""`liphub generate`: synthetic data of exactly the size asked for, the same for the same seed."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django_scopes import scopes_disabled

from liphub.actions.models import ActionPlan, Activity, Indicator, Measurement
from liphub.core.models import Network, Partnership
from liphub.meetings.models import Attendance
from liphub.ops.generate import GenerateError, generate
from liphub.partnerships.models import Partner, Seat
from liphub.reports.models import SubmittedReport
from liphub.resources.models import Contribution
from liphub.strategy.models import Goal, PriorityArea, Strategy

TODAY = dt.date(2012, 3, 15)
YEAR = 2011

pytestmark = pytest.mark.django_db


def small(**extra: Any) -> Any:
    options: dict[str, Any] = {
        "partnership_slug": "big",
        "activities": 30,
        "indicators": 70,
        "measurements": 400,
        "year": YEAR,
        "seed": 7,
        "today": TODAY,
    }
    options.update(extra)
    return generate(**options)


def test_the_partnership_has_exactly_the_plan_asked_for() -> None:
    result = small()
    assert result.partnership_slugs == ["big"]
    with scopes_disabled():
        big = Partnership.objects.get(slug="big")
        assert Strategy.objects.filter(partnership=big).count() == 1
        assert PriorityArea.objects.filter(partnership=big).count() == 7
        assert Goal.objects.filter(partnership=big).count() == 21
        assert ActionPlan.objects.get(partnership=big).fiscal_year == YEAR
        assert Activity.objects.filter(partnership=big).count() == 30
        assert Indicator.objects.filter(partnership=big).count() == 70
        assert Measurement.objects.filter(partnership=big).count() == 400
        assert Activity.objects.filter(partnership=big, lead_organization__isnull=False).exists()
        assert Activity.supporting_organizations.through.objects.exists()
        assert Activity.objects.values("status").distinct().count() >= 4
        assert Contribution.objects.filter(partnership=big, fiscal_year=YEAR).exists()
        assert Partner.objects.filter(partnership=big, sectors__is_key=True).exists()
        assert Seat.objects.filter(partnership=big).count() >= 40
        assert Attendance.objects.filter(partnership=big).exists()  # meetings held before TODAY
        dates = Measurement.objects.filter(partnership=big).values_list("date", flat=True)
        assert all(dt.date(2011, 4, 1) <= day <= dt.date(2012, 3, 31) for day in dates)
    assert result.counts["Activity"] == 30
    assert result.counts["Measurement"] == 400


def test_a_network_gets_the_number_of_partnerships_asked_for() -> None:
    result = small(network_slug="synthetic", partnerships=12)
    network = Network.objects.get(slug="synthetic")
    assert network.partnerships.count() == 13  # the big one and twelve more
    assert len(result.partnership_slugs) == 13
    with scopes_disabled():
        ids = list(network.partnerships.exclude(slug="big").values_list("id", flat=True))
        assert ActionPlan.objects.filter(partnership_id__in=ids, fiscal_year=YEAR).count() == 12
        assert (
            Partner.objects.filter(partnership_id__in=ids).values("partnership").distinct().count()
            == 12
        )
        assert Contribution.objects.filter(partnership_id__in=ids).count() >= 12 * 3
        reports = SubmittedReport.objects.filter(partnership_id__in=ids)
        assert 0 < reports.values("partnership").distinct().count() < 12
        # a varied representation: not every partnership has the same key sectors at the table
        sectors_per_lip = {
            pid: frozenset(
                Partner.objects.filter(partnership_id=pid).values_list("sectors__code", flat=True)
            )
            for pid in ids
        }
        assert len(set(sectors_per_lip.values())) > 1


class _RollbackError(Exception):
    pass


def _fingerprint() -> list[Any]:
    with scopes_disabled():
        return [
            list(Activity.objects.order_by("id").values_list("title_en", "status", "start_date")),
            list(Measurement.objects.order_by("id").values_list("date", "value")),
            list(Contribution.objects.order_by("id").values_list("kind", "amount")),
            list(Partnership.objects.order_by("id").values_list("slug", "name_en")),
        ]


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data() -> None:
    prints = []
    for seed in (3, 3, 4):
        try:
            with transaction.atomic():
                small(seed=seed, network_slug="n", partnerships=3)
                prints.append(_fingerprint())
                raise _RollbackError
        except _RollbackError:
            pass
    assert prints[0] == prints[1]
    assert prints[0] != prints[2]


def test_it_never_writes_into_an_existing_partnership(partnership: Partnership) -> None:
    with pytest.raises(GenerateError):
        small(partnership_slug=partnership.slug)


def test_measurements_without_indicators_are_refused() -> None:
    with pytest.raises(GenerateError):
        small(indicators=0)


def test_the_command_prints_what_it_wrote() -> None:
    out = io.StringIO()
    call_command(
        "generate",
        "--partnership=cmd",
        "--activities=5",
        "--indicators=10",
        "--measurements=20",
        "--network=cmd-net",
        "--partnerships=2",
        "--year=2011-12",
        "--seed=2",
        stdout=out,
    )
    assert "Generated 3 partnership(s) and network 'cmd-net' for 2011-12" in out.getvalue()
    with scopes_disabled():
        assert Activity.objects.filter(partnership__slug="cmd").count() == 5
    with pytest.raises(CommandError, match="already exists"):
        call_command("generate", "--partnership=cmd", stdout=io.StringIO())
    with pytest.raises(CommandError, match="Not a fiscal year"):
        call_command("generate", "--partnership=x", "--year=soon", stdout=io.StringIO())
