"""factory_boy factories for contributions (use inside a scope, e.g. `unscoped`)."""

from __future__ import annotations

from decimal import Decimal

from factory.django import DjangoModelFactory

from liphub.resources.models import Contribution


class ContributionFactory(DjangoModelFactory):
    class Meta:
        model = Contribution

    kind = "cash"
    amount = Decimal("1000.00")
    fiscal_year = 2011
    purpose = "lip_process"
