"""The network view: who may open it, its figures, its exports, the comparison, its queries."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from typing import Any

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from liphub.accounts.models import NetworkAnalyst, User
from liphub.actions.models import ActionPlan, Activity, Indicator, Measurement
from liphub.core.models import Network, Partnership
from liphub.partnerships.models import Sector
from liphub.partnerships.tests.factories import BodyFactory, PartnerFactory, SeatFactory
from liphub.reports.models import SubmittedReport
from liphub.resources.models import Contribution
from liphub.strategy.models import Goal, PriorityArea, Strategy

YEAR = 2011


def overview_url(slug: str = "ontario", **params: Any) -> str:
    url = reverse("network:overview", args=[slug])
    if params:
        url += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return url


def section_url(section: str, slug: str = "ontario", **params: Any) -> str:
    """A tab of the network view (its overview is `overview_url`)."""
    url = reverse("network:section", args=[slug, section])
    if params:
        url += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return url


SECTIONS = ("representation", "contributions", "activities", "reports")


def compare_url(*slugs: str, year: int = YEAR, fmt: str = "") -> str:
    query = "&".join([f"year={year}", *[f"p={slug}" for slug in slugs]])
    if fmt:
        query += f"&format={fmt}"
    return reverse("network:compare", args=["ontario"]) + "?" + query


def sector(code: str) -> Sector:
    return Sector.objects.get(code=code)


def seat_for(partnership: Partnership, code: str, **seat: Any) -> Any:
    partner = PartnerFactory(partnership=partnership, sectors=[sector(code)])
    body = BodyFactory(partnership=partnership)
    return SeatFactory(
        partnership=partnership, body=body, organization=partner.organization, **seat
    )


def area(strategy: Strategy, code: str, name: str) -> Goal:
    priority = PriorityArea.objects.create(
        partnership=strategy.partnership, strategy=strategy, code=code, name_en=name
    )
    return Goal.objects.create(
        partnership=strategy.partnership, priority_area=priority, title_en=f"Goal of {name}"
    )


def activity(plan: ActionPlan, goal: Goal | None, status: str, title: str = "") -> Activity:
    return Activity.objects.create(
        partnership=plan.partnership,
        plan=plan,
        goal=goal,
        status=status,
        title_en=title or f"{status} activity",
    )


def strategy_of(partnership: Partnership) -> Strategy:
    return Strategy.objects.create(
        partnership=partnership,
        title_en="Strategy",
        period_start=dt.date(2011, 4, 1),
        period_end=dt.date(2016, 3, 31),
    )


@pytest.fixture
def lips(unscoped: None, partnership: Partnership, other_partnership: Partnership) -> None:
    """Ottawa and Kingston (the Ontario network) with known figures, and Toronto elsewhere."""
    past = timezone.localdate() - dt.timedelta(days=30)
    # Ottawa: settlement and school boards at the table; the city's seat has ended.
    seat_for(partnership, "settlement")
    seat_for(partnership, "school_boards")
    seat_for(partnership, "municipal", term_end=past)
    ottawa = strategy_of(partnership)
    economic = area(ottawa, "economic", "Economic integration")
    health = area(ottawa, "", "Health and wellbeing")
    plan = ActionPlan.objects.create(partnership=partnership, strategy=ottawa, fiscal_year=YEAR)
    fair = activity(plan, economic, "completed", "Employer roundtable")
    activity(plan, economic, "in_progress")
    activity(plan, health, "planned")
    activity(plan, None, "delayed")
    earlier = ActionPlan.objects.create(partnership=partnership, fiscal_year=YEAR - 1)
    activity(earlier, economic, "completed")
    hires = Indicator.objects.create(
        partnership=partnership,
        activity=fair,
        kind="better_off",
        name_en="Newcomers hired",
        unit="people",
        target=Decimal(100),
    )
    for day, value in [(dt.date(2011, 9, 1), 60), (dt.date(2011, 6, 1), 40)]:
        Measurement.objects.create(
            partnership=partnership, indicator=hires, date=day, value=Decimal(value)
        )
    Indicator.objects.create(
        partnership=partnership, activity=fair, kind="how_much", name_en="Employers engaged"
    )
    for kind, amount, year in [
        ("cash", "1000.40", YEAR),
        ("cash", "500", YEAR),
        ("in_kind", "250", YEAR),
        ("cash", "9999", YEAR - 1),
    ]:
        Contribution.objects.create(
            partnership=partnership,
            source_name="United Way",
            kind=kind,
            amount=Decimal(amount),
            fiscal_year=year,
        )
    for number, day in [(1, 10), (2, 20)]:
        SubmittedReport.objects.create(
            partnership=partnership,
            fiscal_year=YEAR,
            number=number,
            submitted_at=timezone.make_aware(dt.datetime(2012, 4, day, 12)),
            data={},
        )

    # Kingston: settlement at the table; the same themes under other names or codes.
    seat_for(other_partnership, "settlement")
    kingston = strategy_of(other_partnership)
    employment = area(kingston, "economic", "Employment")
    wellbeing = area(kingston, "", "health and WELLBEING ")
    plan = ActionPlan.objects.create(
        partnership=other_partnership, strategy=kingston, fiscal_year=YEAR
    )
    activity(plan, employment, "completed")
    activity(plan, wellbeing, "completed")
    Contribution.objects.create(
        partnership=other_partnership,
        source_name="Queen's University",
        kind="in_kind",
        amount=Decimal(300),
        fiscal_year=YEAR,
    )

    # Toronto: another network, never in Ontario's view.
    elsewhere = Network.objects.create(slug="gta", name_en="GTA LIPs")
    toronto = Partnership.objects.create(slug="toronto", name_en="Toronto Secret Partnership")
    toronto.networks.add(elsewhere)
    seat_for(toronto, "health")
    Contribution.objects.create(
        partnership=toronto, source_name="X", kind="cash", amount=Decimal(777), fiscal_year=YEAR
    )


@pytest.fixture
def analyst_client(client: Any, analyst: User) -> Any:
    client.force_login(analyst)
    return client


# --- Who may open it ---------------------------------------------------------------------------


def test_coordinator_of_a_partnership_of_the_network_gets_404(
    coordinator_client: Any, lips: None
) -> None:
    assert coordinator_client.get(overview_url()).status_code == 404
    assert coordinator_client.get(compare_url("ottawa", "kingston")).status_code == 404


def test_analyst_of_another_network_gets_404(client: Any, lips: None) -> None:
    stranger = User.objects.create_user(email="gta@example.org", password="x")
    NetworkAnalyst.objects.create(user=stranger, network=Network.objects.get(slug="gta"))
    client.force_login(stranger)
    assert client.get(overview_url()).status_code == 404
    assert client.get(overview_url("no-such-network")).status_code == 404
    assert client.get(overview_url("gta")).status_code == 200


def test_analyst_of_the_network_opens_it(analyst_client: Any, lips: None) -> None:
    response = analyst_client.get(overview_url())
    assert response.status_code == 200
    assert "Ottawa Local Immigration Partnership" in response.text
    assert "Toronto Secret Partnership" not in response.text


def test_site_admin_opens_any_network(client: Any, site_admin: User, lips: None) -> None:
    client.force_login(site_admin)
    response = client.get(overview_url(year=YEAR))
    assert response.status_code == 200
    assert "Toronto Secret Partnership" not in response.text


def test_anonymous_visitor_is_sent_to_sign_in(client: Any, lips: None) -> None:
    response = client.get(overview_url())
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_home_page_lists_the_networks_the_user_analyses(
    analyst_client: Any, coordinator: User, lips: None
) -> None:
    response = analyst_client.get(reverse("home"))
    assert "Your networks" in response.text
    assert overview_url() in response.text
    analyst_client.force_login(coordinator)
    assert "Your networks" not in analyst_client.get(reverse("home")).text


# --- Figures -----------------------------------------------------------------------------------


def _rows(response: Any, key: str) -> dict[Any, list[Any]]:
    table = response.context["blocks"][key].table
    return {row[0]: row[1:] for row in table.rows}


OTTAWA = "Ottawa Local Immigration Partnership"
KINGSTON = "Kingston Immigration Partnership"


def test_representation_counts_partnerships_with_each_key_sector_at_the_table(
    analyst_client: Any, lips: None
) -> None:
    response = analyst_client.get(overview_url(year=YEAR))
    sectors = _rows(response, "sectors")
    assert sectors["Settlement agencies"] == [2, 0, 100]
    assert sectors["School boards"] == [1, 1, 50]
    assert sectors["Municipal government"] == [0, 2, 0]  # Ottawa's city seat has ended
    assert sectors["Health"] == [0, 2, 0]  # Toronto is not in the network
    assert "sector_matrix" not in response.context["blocks"]  # on its own tab
    response = analyst_client.get(section_url("representation", year=YEAR))
    assert _rows(response, "sectors") == sectors
    matrix = response.context["blocks"]["sector_matrix"].table
    settlement = matrix.headers.index("Settlement agencies") - 1
    school = matrix.headers.index("School boards") - 1
    by_lip = {row[0]: row[1:] for row in matrix.rows}
    assert (by_lip[OTTAWA][settlement], by_lip[OTTAWA][school]) == (1, 1)
    assert (by_lip[KINGSTON][settlement], by_lip[KINGSTON][school]) == (1, 0)


def test_sectors_and_partnerships_are_read_anew_on_every_request(
    analyst_client: Any, lips: None
) -> None:
    """The key sectors' and the network's partnerships' queries are compiled once per process
    (reports/network.py); what they read changes with the data, request after request."""
    before = _rows(analyst_client.get(overview_url(year=YEAR)), "sectors")
    assert "School boards" in before and "Francophone schools" not in before
    schools = sector("school_boards")
    schools.name_en = "Francophone schools"
    schools.save()
    Sector.objects.filter(code="health").update(is_key=False)
    newcomer = Partnership.objects.create(slug="windsor", name_en="Windsor-Essex LIP")
    newcomer.networks.add(Network.objects.get(slug="ontario"))
    response = analyst_client.get(overview_url(year=YEAR))
    after = _rows(response, "sectors")
    assert "Francophone schools" in after and "School boards" not in after
    assert "Health" not in after
    assert after["Settlement agencies"] == [2, 1, 67]  # two of three partnerships now
    names = [row.name for row in response.context["figures"].partnerships]
    assert "Windsor-Essex LIP" in names


def test_contributions_are_the_years_cash_and_in_kind_totals(
    analyst_client: Any, lips: None
) -> None:
    contributions = _rows(
        analyst_client.get(section_url("contributions", year=YEAR)), "contributions"
    )
    assert contributions[OTTAWA] == [1500, 250, 1750]
    assert contributions[KINGSTON] == [0, 300, 300]
    assert contributions["All partnerships"] == [1500, 550, 2050]
    earlier = _rows(
        analyst_client.get(section_url("contributions", year=YEAR - 1)), "contributions"
    )
    assert earlier[OTTAWA] == [9999, 0, 9999]


def test_the_page_groups_thousands_as_the_readers_language_writes_them(
    analyst_client: Any, lips: None
) -> None:
    english = analyst_client.get(section_url("contributions", year=YEAR)).text
    assert "<td>1,500</td><td>250</td><td>1,750</td>" in english
    assert "<td>1,500</td><td>550</td><td>2,050</td>" in english  # all partnerships
    # the overview's sentence: the network's totals
    overview = analyst_client.get(overview_url(year=YEAR)).text
    assert "All partnerships leveraged 1,500 in cash and 550 in kind (CAD) in 2011-12." in overview
    french = analyst_client.get(section_url("contributions", year=YEAR).replace("/en/", "/fr/"))
    assert "<td>1\u00a0500</td><td>250</td><td>1\u00a0750</td>" in french.text
    # the downloads keep plain numbers (a spreadsheet formats them itself)
    csv = analyst_client.get(overview_url(year=YEAR, format="csv", table="contributions")).text
    assert ",1500,250,1750" in csv


def test_users_who_see_other_networks_get_the_same_figures(
    client: Any, analyst: User, site_admin: User, lips: None
) -> None:
    """The figures hold the network's partnerships only, whatever else the user may see (an
    analyst of two networks, a site administrator) — Toronto's 777 never counts here."""
    NetworkAnalyst.objects.create(user=analyst, network=Network.objects.get(slug="gta"))
    for user in (analyst, site_admin):
        client.force_login(user)
        response = client.get(section_url("contributions", year=YEAR))
        contributions = _rows(response, "contributions")
        assert contributions["All partnerships"] == [1500, 550, 2050]
        assert set(contributions) == {OTTAWA, KINGSTON, "All partnerships"}
        assert [row.partnership.slug for row in response.context["figures"].partnerships] == [
            "kingston",
            "ottawa",
        ]


def test_partnerships_are_named_and_sorted_in_the_readers_language(
    analyst_client: Any, other_partnership: Partnership, lips: None
) -> None:
    """A partnership without a French name shows its English one on the French page."""
    other_partnership.name_fr = "  "
    other_partnership.save()
    french = analyst_client.get(overview_url(year=YEAR).replace("/en/", "/fr/"))
    names = [row.name for row in french.context["figures"].partnerships]
    assert names == [KINGSTON, "Partenariat local d'immigration d'Ottawa"]
    english = analyst_client.get(overview_url(year=YEAR).replace("/fr/", "/en/"))
    assert [row.name for row in english.context["figures"].partnerships] == [KINGSTON, OTTAWA]


def test_each_compare_box_is_labelled_with_its_partnership_escaped(
    analyst_client: Any, lips: None
) -> None:
    english = analyst_client.get(overview_url(year=YEAR)).text
    assert (
        '<input type="checkbox" name="p" value="ottawa" id="compare-ottawa">'
        f'<label for="compare-ottawa" class="visually-hidden">Compare {OTTAWA}</label>'
    ) in english
    french = analyst_client.get(overview_url(year=YEAR).replace("/en/", "/fr/")).text
    assert (
        '<label for="compare-ottawa" class="visually-hidden">'
        "Comparer Partenariat local d&#x27;immigration d&#x27;Ottawa</label>"
    ) in french


def test_activities_group_priority_areas_by_code_else_by_name(
    analyst_client: Any, lips: None
) -> None:
    response = analyst_client.get(overview_url(year=YEAR))
    themes = _rows(response, "themes")
    # headers: theme, partnerships, planned, in progress, completed, delayed, cancelled, total
    assert themes["Employment"] == [2, 0, 1, 2, 0, 0, 3]  # Kingston's label: listed first
    assert themes["health and WELLBEING"] == [2, 1, 0, 1, 0, 0, 2]
    assert themes["No priority area"] == [1, 0, 0, 0, 1, 0, 1]
    assert len(themes) == 3
    assert "activities" not in response.context["blocks"]  # on its own tab
    response = analyst_client.get(section_url("activities", year=YEAR))
    assert _rows(response, "themes") == themes
    by_lip = _rows(response, "activities")
    assert by_lip[OTTAWA] == [1, 1, 1, 1, 0, 4]
    assert by_lip[KINGSTON] == [0, 0, 2, 0, 0, 2]


def test_reports_show_the_latest_version_or_not_submitted(analyst_client: Any, lips: None) -> None:
    response = analyst_client.get(section_url("reports", year=YEAR))
    reports = _rows(response, "reports")
    assert reports[OTTAWA] == ["Version 2", "2012-04-20", 2]
    assert reports[KINGSTON] == ["Not submitted", None, None]
    assert "1 of 2 partnerships submitted a report for 2011-12." in response.text
    response = analyst_client.get(overview_url(year=YEAR))
    assert "1 of 2 partnerships submitted a report for 2011-12." in response.text
    summary = _rows(response, "partnerships")
    assert summary[OTTAWA] == ["2 of 15", 1500, 250, 4, 1, "Version 2"]
    assert summary[KINGSTON] == ["1 of 15", 0, 300, 2, 2, "Not submitted"]


def test_each_partnership_links_to_its_dashboard_which_the_analyst_can_read(
    analyst_client: Any, lips: None
) -> None:
    response = analyst_client.get(overview_url(year=YEAR))
    dashboard = reverse("partnerships:dashboard", args=["kingston"])
    assert f'href="{dashboard}"' in response.text
    assert analyst_client.get(dashboard).status_code == 200


def test_the_default_year_is_the_latest_year_with_data(analyst_client: Any, lips: None) -> None:
    response = analyst_client.get(overview_url())
    assert response.context["year"] == YEAR
    assert [value for value, _label in response.context["years"]] == [YEAR, YEAR - 1]


def test_tabs_show_each_topic_for_the_chosen_year(analyst_client: Any, lips: None) -> None:
    overview = analyst_client.get(overview_url(year=YEAR - 1))
    assert 'aria-current="page">Overview</a>' in overview.text
    for section in SECTIONS:
        # the overview links to every tab, keeping the year
        assert f'href="{section_url(section, year=YEAR - 1)}"' in overview.text
        response = analyst_client.get(section_url(section, year=YEAR - 1))
        assert response.status_code == 200
        assert response.context["year"] == YEAR - 1
        assert response.text.count('aria-current="page"') == 1
        assert f'href="{overview_url(year=YEAR - 1)}"' in response.text
    assert analyst_client.get(section_url("nope")).status_code == 404


def test_tabs_keep_the_network_closed_to_others(coordinator_client: Any, lips: None) -> None:
    for section in SECTIONS:
        assert coordinator_client.get(section_url(section)).status_code == 404
        assert coordinator_client.get(section_url(section, format="csv")).status_code == 404
    coordinator_client.logout()
    for section in SECTIONS:
        assert coordinator_client.get(section_url(section)).status_code == 302


def test_a_bad_year_shows_an_error_not_a_crash(analyst_client: Any, lips: None) -> None:
    response = analyst_client.get(overview_url(year="nonsense"))
    assert response.status_code == 400
    assert 'role="alert"' in response.text


# --- Exports -----------------------------------------------------------------------------------


def _every_block(client: Any) -> dict[str, Any]:
    """The tables of the overview and of every tab, by key."""
    blocks: dict[str, Any] = {}
    for url in [overview_url(year=YEAR), *[section_url(s, year=YEAR) for s in SECTIONS]]:
        blocks.update(client.get(url).context["blocks"])
    return blocks


def test_csv_holds_the_same_figures_as_the_page(analyst_client: Any, lips: None) -> None:
    blocks = _every_block(analyst_client)
    assert len(blocks) == 7
    for url in (
        overview_url(year=YEAR, format="csv"),
        section_url("reports", year=YEAR, format="csv"),
    ):
        response = analyst_client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        lines = list(csv.reader(io.StringIO(response.content.decode())))
        for block in blocks.values():
            assert [block.table.title] in lines
            for row in block.table.rows:
                assert ["" if cell is None else str(cell) for cell in row] in lines


def test_one_table_downloads_alone_as_csv(analyst_client: Any, lips: None) -> None:
    response = analyst_client.get(overview_url(year=YEAR, format="csv", table="contributions"))
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    assert lines[0] == ["Contributions leveraged in 2011-12 (CAD)"]
    assert [OTTAWA, "1500", "250", "1750"] in lines
    assert len([line for line in lines if line]) == 2 + 3
    assert "contributions" in response["Content-Disposition"]
    missing = analyst_client.get(overview_url(year=YEAR, format="csv", table="nope"))
    assert missing.status_code == 404


def test_xlsx_holds_the_same_figures_as_the_page(analyst_client: Any, lips: None) -> None:
    by_title = {block.table.title: block.table for block in _every_block(analyst_client).values()}
    response = analyst_client.get(overview_url(year=YEAR, format="xlsx"))
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert len(workbook.worksheets) == len(by_title) == 7
    for sheet in workbook.worksheets:
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
        assert values[2:] == [list(row) for row in by_title[values[0][0]].rows]


# --- Compare -----------------------------------------------------------------------------------


def test_compare_shows_plans_and_indicators_side_by_side(analyst_client: Any, lips: None) -> None:
    response = analyst_client.get(compare_url("ottawa", "kingston"))
    assert response.status_code == 200
    themes = response.context["theme_block"].table
    assert themes.headers == ["Priority theme", KINGSTON, OTTAWA]
    rows = {row[0]: row[1:] for row in themes.rows}
    assert rows["Employment"] == [1, 2]
    assert rows["Total"] == [2, 4]
    ottawa_plan, _activities, ottawa_indicators = response.context["plans"][1]
    assert ottawa_plan.partnership.slug == "ottawa"
    indicators = {row[0]: row[1:] for row in ottawa_indicators.table.rows}
    assert indicators["Newcomers hired"] == [
        "Employer roundtable",
        "people",
        100,
        60,
        "2011-09-01",
        60,
    ]
    assert indicators["Employers engaged"][2:] == [None, None, None, None]
    assert "60" in response.text and "Employer roundtable" in response.text


def test_compare_exports_hold_the_same_figures(analyst_client: Any, lips: None) -> None:
    page = analyst_client.get(compare_url("ottawa", "kingston"))
    lines = list(
        csv.reader(
            io.StringIO(
                analyst_client.get(compare_url("ottawa", "kingston", fmt="csv")).content.decode()
            )
        )
    )
    tables = [page.context["theme_block"].table] + [
        block.table for _plan, *blocks in page.context["plans"] for block in blocks
    ]
    for table in tables:
        for row in table.rows:
            assert ["" if cell is None else str(cell) for cell in row] in lines
    workbook = openpyxl.load_workbook(
        io.BytesIO(analyst_client.get(compare_url("ottawa", "kingston", fmt="xlsx")).content)
    )
    assert len(workbook.worksheets) == len(tables)


def test_compare_needs_two_partnerships_of_the_network(analyst_client: Any, lips: None) -> None:
    one = analyst_client.get(compare_url("ottawa"))
    assert one.status_code == 400
    assert "Select two or more partnerships" in one.text
    foreign = analyst_client.get(compare_url("ottawa", "toronto"))
    assert foreign.status_code == 400
    assert "Toronto Secret Partnership" not in foreign.text
    assert foreign.context["comparison"] is None
    assert analyst_client.get(reverse("network:compare", args=["ontario"])).status_code == 200


# --- Queries -----------------------------------------------------------------------------------


def _grow_network(network: Network, count: int) -> list[str]:
    """`count` more partnerships in the network, each with a little of everything."""
    slugs = []
    for index in range(count):
        lip = Partnership.objects.create(slug=f"lip-{index}", name_en=f"LIP {index}")
        lip.networks.add(network)
        seat_for(lip, "settlement")
        strategy = strategy_of(lip)
        goal = area(strategy, f"area-{index % 3}", f"Area {index % 3}")
        plan = ActionPlan.objects.create(partnership=lip, strategy=strategy, fiscal_year=YEAR)
        work = activity(plan, goal, "in_progress")
        indicator = Indicator.objects.create(
            partnership=lip, activity=work, kind="how_much", name_en="Served", target=10
        )
        Measurement.objects.create(
            partnership=lip, indicator=indicator, date=dt.date(2011, 5, 1), value=5
        )
        Contribution.objects.create(
            partnership=lip, source_name="Y", kind="cash", amount=100, fiscal_year=YEAR
        )
        SubmittedReport.objects.create(
            partnership=lip, fiscal_year=YEAR, number=1, submitted_at=timezone.now(), data={}
        )
        slugs.append(lip.slug)
    return slugs


MAX_QUERIES = 11  # session, user, scope, network, partnerships, years, 5 aggregates


@pytest.mark.parametrize("count", [3, 12])
def test_the_network_view_runs_a_fixed_number_of_queries(
    analyst_client: Any, network: Network, django_assert_max_num_queries: Any, count: int
) -> None:
    from django_scopes import scopes_disabled

    with scopes_disabled():
        slugs = _grow_network(network, count)
        urls = [
            overview_url(year=YEAR),
            compare_url(*slugs),
            overview_url(year=YEAR, format="xlsx"),
            section_url("representation", year=YEAR),
        ]
    with django_assert_max_num_queries(MAX_QUERIES):
        response = analyst_client.get(urls[0])
    assert len(response.context["figures"].partnerships) == count
    with django_assert_max_num_queries(MAX_QUERIES):
        response = analyst_client.get(urls[1])
    assert len(response.context["plans"]) == count
    with django_assert_max_num_queries(MAX_QUERIES):
        assert analyst_client.get(urls[2]).status_code == 200
    with django_assert_max_num_queries(MAX_QUERIES):
        response = analyst_client.get(urls[3])
    assert len(response.context["blocks"]["sector_matrix"].table.rows) == count
