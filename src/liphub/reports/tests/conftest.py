"""Fixtures of the annual report tests (the data module documents every expected figure)."""

from liphub.reports.tests.annual_data import ottawa_year  # noqa: F401 - a fixture
