"""The annual report pages: who reads them, the live page, its links and charts, bad input."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from liphub.reports.tests.annual_data import Year

pytestmark = pytest.mark.django_db

ANNUAL = "/en/p/ottawa/reports/2011-12/"


@pytest.mark.parametrize("role", ["coordinator", "member", "viewer", "analyst", "site_admin"])
def test_everyone_with_a_role_reads_the_report_list_and_the_annual_report(
    role: str, request: Any, client: Any, ottawa_year: Year
) -> None:
    client.force_login(request.getfixturevalue(role))
    assert client.get("/en/p/ottawa/reports/").status_code == 200
    response = client.get(ANNUAL)
    assert response.status_code == 200
    assert "Annual report 2011-12" in response.content.decode()


def test_a_coordinator_of_another_partnership_gets_404(
    client: Any, other_coordinator: Any, ottawa_year: Year
) -> None:
    client.force_login(other_coordinator)
    assert client.get("/en/p/ottawa/reports/").status_code == 404
    assert client.get(ANNUAL).status_code == 404
    assert client.get(ANNUAL + "download/pdf/").status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client: Any, ottawa_year: Year) -> None:
    response = client.get(ANNUAL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_list_shows_the_years_with_data(coordinator_client: Any, ottawa_year: Year) -> None:
    content = coordinator_client.get("/en/p/ottawa/reports/").content.decode()
    assert reverse("reports:annual", args=["ottawa", "2011-12"]) in content
    assert reverse("reports:annual", args=["ottawa", "2012-13"]) in content  # a plan, a meeting
    assert "2010-11" in content  # a contribution of 2010


@pytest.mark.parametrize(
    "label", ["nope", "2011-13", "2011-2013", "99999", "0000-01", "9999-00", "2011-1", "%20"]
)
def test_a_bad_year_label_answers_404(coordinator_client: Any, label: str) -> None:
    assert coordinator_client.get(f"/en/p/ottawa/reports/{label}/").status_code == 404
    assert coordinator_client.get(f"/en/p/ottawa/reports/{label}/download/pdf/").status_code == 404
    assert coordinator_client.post(f"/en/p/ottawa/reports/{label}/submit/").status_code == 404


def test_a_long_year_label_redirects_to_the_short_one(coordinator_client: Any) -> None:
    response = coordinator_client.get("/en/p/ottawa/reports/2011-2012/")
    assert response.status_code == 302
    assert response["Location"].endswith("/reports/2011-12/")


def test_an_unknown_download_format_answers_404(coordinator_client: Any, ottawa_year: Year) -> None:
    assert coordinator_client.get(ANNUAL + "download/odt/").status_code == 404


def test_the_page_shows_the_figures_with_links_to_the_records_behind_them(
    coordinator_client: Any, ottawa_year: Year
) -> None:
    content = coordinator_client.get(ANNUAL).content.decode()
    economic = ottawa_year.areas["economic"].pk
    activities = reverse("actions:activity_list", args=["ottawa"])
    completed = f"{activities}?year=2011-12&amp;area={economic}&amp;status=completed"
    assert f'href="{completed}">2</a>' in content  # economic area, completed
    assert f'href="{activities}?year=2011-12">5</a>' in content  # every activity of the plan
    # the counts, not the list of activities: the count leads to the activities behind it
    assert "Activity fair" not in content
    listed = coordinator_client.get(completed.replace("&amp;", "&")).content.decode()
    mentoring = ottawa_year.activities["mentoring"].pk
    assert f'href="{reverse("actions:activity_detail", args=["ottawa", mentoring])}"' in listed
    assert "Activity fair" not in listed  # planned, not completed
    assert "2 activities" in listed
    council = ottawa_year.bodies["council"].pk
    meetings = reverse("meetings:meeting_list", args=["ottawa"])
    assert f'href="{meetings}?body={council}">3</a>' in content
    body = reverse("partnerships:body_detail", args=["ottawa", council])
    assert f'href="{body}">Partnership Council</a>' in content
    contributions = reverse("resources:contribution_list", args=["ottawa"])
    assert f'href="{contributions}?year=2011&amp;kind=cash">15,000.00</a>' in content
    assert f'href="{contributions}?year=2011&amp;kind=in_kind">2,500.50</a>' in content
    representation = reverse("partnerships:representation", args=["ottawa"])
    assert f'href="{representation}">3</a>' in content  # all partners
    assert "A first loan, a first shop" in content
    indicators = reverse("reports:indicator_results", args=["ottawa", "2011-12"])
    assert f'href="{indicators}?area={economic}&amp;result=below">1</a>' in content
    assert f'href="{indicators}">' in content  # every indicator, one by one
    assert "Loans granted" not in content  # the summary, not the list


def test_every_chart_is_inline_svg_with_a_name_and_a_table_of_the_same_figures(
    coordinator_client: Any, ottawa_year: Year
) -> None:
    content = coordinator_client.get(ANNUAL).content.decode()
    assert content.count('<svg role="img" aria-label="') == 4
    for title in [
        "Partners per key sector",
        "Attendance rate by body (%)",
        "Activities by priority area and status",
        "Contributions by sector (CAD)",
    ]:
        assert f'aria-label="{title}"' in content
    assert content.count("(the table below gives the same figures)") == 4
    assert "<caption>Partners active during the year, by sector</caption>" in content
    assert content.count("<h1>") == 1


def test_the_report_reads_in_french(client: Any, coordinator: Any, ottawa_year: Year) -> None:
    client.force_login(coordinator)
    content = client.get("/fr/p/ottawa/reports/2011-12/").content.decode()
    assert "Rapport annuel 2011-12" in content
    assert "Intégration économique" in content
    assert "15\u00a0000,00" in content or "15 000,00" in content
    assert 'aria-label="Partenaires par secteur clé"' in content


def test_only_coordinators_see_the_submit_form(
    client: Any, member: Any, coordinator: Any, ottawa_year: Year
) -> None:
    submit = reverse("reports:submit", args=["ottawa", "2011-12"])
    client.force_login(member)
    assert submit not in client.get(ANNUAL).content.decode()
    client.force_login(coordinator)
    assert submit in client.get(ANNUAL).content.decode()


def test_the_report_page_runs_a_fixed_number_of_queries_whatever_the_size(
    coordinator_client: Any, ottawa_year: Year, django_assert_max_num_queries: Any
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from liphub.reports.tests.test_annual import _grow

    coordinator_client.get(ANNUAL)  # warm the session and the chart cache
    with CaptureQueriesContext(connection) as small:
        assert coordinator_client.get(ANNUAL).status_code == 200
    _grow(ottawa_year, 25)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = coordinator_client.get(ANNUAL)
    assert ">30</a>" in response.content.decode()  # 5 + 25 activities, counted
