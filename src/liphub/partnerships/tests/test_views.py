"""The partnership pages, for each role: coordinators write, every other role reads."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from liphub.partnerships.models import Body, Organization, Partner, Person, Seat, Sector
from liphub.partnerships.selectors import get_representation
from liphub.partnerships.tests.factories import (
    BodyFactory,
    OrganizationFactory,
    PartnerFactory,
    PersonFactory,
    SeatFactory,
)

pytestmark = pytest.mark.django_db

READERS = ["coordinator", "member", "viewer", "analyst"]
NON_COORDINATORS = ["member", "viewer", "analyst"]

READ_URLS = [
    ("dashboard", None),
    ("organization_list", None),
    ("organization_detail", "organization"),
    ("person_list", None),
    ("body_list", None),
    ("body_detail", "body"),
    ("representation", None),
]
WRITE_URLS = [
    ("organization_create", None),
    ("partner_add", None),
    ("organization_edit", "organization"),
    ("partner_edit", "organization"),
    ("person_create", None),
    ("person_edit", "person"),
    ("body_create", None),
    ("body_edit", "body"),
    ("seat_create", "body"),
    ("seat_edit", "seat"),
    ("seat_end", "seat"),
]


@pytest.fixture
def records(partnership: Any) -> dict[str, Any]:
    with scopes_disabled():
        organization = OrganizationFactory(
            partnership=partnership, name_en="Ottawa Public Library", name_fr=""
        )
        PartnerFactory(
            partnership=partnership,
            organization=organization,
            sectors=[Sector.objects.get(code="libraries")],
        )
        body = BodyFactory(partnership=partnership, name_en="LIP Council", name_fr="Conseil du PLI")
        person = PersonFactory(partnership=partnership, full_name="Amina Diallo")
        seat = SeatFactory(
            partnership=partnership,
            body=body,
            person=person,
            organization=organization,
            term_start=dt.date(2024, 1, 1),
        )
    return {"organization": organization, "body": body, "person": person, "seat": seat}


def url(name: str, records: dict[str, Any] | None = None, key: str | None = None) -> str:
    args: list[Any] = ["ottawa"]
    if key is not None and records is not None:
        args.append(records[key].pk)
    return reverse(f"partnerships:{name}", args=args)


def login(client: Any, request: Any, role: str) -> Any:
    client.force_login(request.getfixturevalue(role))
    return client


def snapshot() -> tuple[Any, ...]:
    with scopes_disabled():
        return (
            list(Organization.objects.values_list("pk", "version", "name_en")),
            list(Partner.objects.values_list("pk", "version")),
            list(Person.objects.values_list("pk", "version")),
            list(Body.objects.values_list("pk", "version")),
            list(Seat.objects.values_list("pk", "version", "term_end")),
        )


# --- Roles -------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", READERS)
@pytest.mark.parametrize(("name", "key"), READ_URLS)
def test_every_role_reads_every_page(client, request, records, role, name, key):
    login(client, request, role)
    response = client.get(url(name, records, key))
    assert response.status_code == 200
    assert response.context["partnership"].slug == "ottawa"
    assert response.context["can_manage"] is (role == "coordinator")


@pytest.mark.parametrize(("name", "key"), WRITE_URLS)
def test_coordinator_opens_every_form(coordinator_client, records, name, key):
    response = coordinator_client.get(url(name, records, key))
    assert response.status_code == 200
    assert response.context["can_manage"] is True
    assert b"<form" in response.content


@pytest.mark.parametrize("role", NON_COORDINATORS)
@pytest.mark.parametrize(("name", "key"), WRITE_URLS)
def test_readers_can_neither_open_nor_post_forms(client, request, records, role, name, key):
    login(client, request, role)
    before = snapshot()
    assert client.get(url(name, records, key)).status_code == 403
    response = client.post(
        url(name, records, key),
        {"name_en": "Hijacked", "full_name": "Hijacked", "kind": "council", "version": 1},
    )
    assert response.status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("role", NON_COORDINATORS)
def test_only_coordinators_read_the_audit_trail(client, request, partnership, role):
    login(client, request, role)
    assert client.get(url("audit_log")).status_code == 403


@pytest.mark.parametrize(("name", "key"), READ_URLS + WRITE_URLS + [("audit_log", None)])
def test_anonymous_visitors_are_sent_to_sign_in(client, records, name, key):
    response = client.get(url(name, records, key))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_the_coordinator_sees_the_write_links(coordinator_client, records):
    response = coordinator_client.get(url("organization_list"))
    assert reverse("partnerships:partner_add", args=["ottawa"]).encode() in response.content


def test_a_viewer_sees_no_write_link(client, viewer, records):
    client.force_login(viewer)
    response = client.get(url("organization_list"))
    assert reverse("partnerships:partner_add", args=["ottawa"]).encode() not in response.content


# --- Partners and organizations ----------------------------------------------------------------


def test_coordinator_adds_a_partner_in_one_form(coordinator_client, partnership):
    with scopes_disabled():
        settlement = Sector.objects.get(code="settlement")
        health = Sector.objects.get(code="health")
    response = coordinator_client.post(
        url("partner_add"),
        {
            "name_en": "Somali Centre for Family Services",
            "name_fr": "Centre somalien des services à la famille",
            "website": "https://scfs.ca",
            "email": "info@scfs.example",
            "sectors": [settlement.pk, health.pk],
            "since": "2013-09-01",
            "is_immigrant_led": "on",
        },
    )
    with scopes_disabled():
        organization = Organization.objects.get(name_en="Somali Centre for Family Services")
        partner = organization.partner
        assert set(partner.sectors.all()) == {settlement, health}
        assert partner.since == dt.date(2013, 9, 1)
        assert partner.is_immigrant_led
        assert organization.partnership == partnership
    assert response.status_code == 302
    assert response.url == url("organization_detail", {"o": organization}, "o")
    listing = coordinator_client.get(url("organization_list"))
    assert "Somali Centre for Family Services" in listing.text
    assert "Settlement agencies" in listing.text
    assert "Immigrant-led" in listing.text


def test_adding_a_partner_without_a_name_shows_field_errors(coordinator_client):
    response = coordinator_client.post(
        url("partner_add"), {"name_en": "", "name_fr": "", "email": "not-an-email"}
    )
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    assert "Give a name in English, in French or in both." in response.text
    assert "Enter a valid email address." in response.text
    with scopes_disabled():
        assert not Organization.objects.exists()


def test_creating_an_organization_with_bad_input_shows_field_errors(coordinator_client):
    response = coordinator_client.post(
        url("organization_create"),
        {"name_en": "City of Ottawa", "website": "not a url", "year_incorporated": "abc"},
    )
    assert response.status_code == 400
    form = response.context["form"]
    assert set(form.errors) == {"website", "year_incorporated"}


def test_coordinator_creates_an_organization_named_in_french_only(coordinator_client):
    response = coordinator_client.post(
        url("organization_create"),
        {"name_fr": "Conseil des écoles publiques de l'Est de l'Ontario", "is_francophone": "on"},
    )
    assert response.status_code == 302
    with scopes_disabled():
        organization = Organization.objects.get()
    assert organization.is_francophone
    listing = coordinator_client.get(url("organization_list"))
    assert "EN missing" in listing.text
    assert "Francophone" in listing.text


def test_the_list_flags_a_missing_french_name(coordinator_client, records):
    response = coordinator_client.get(url("organization_list"))
    assert "FR missing" in response.text


def test_coordinator_makes_an_organization_a_partner(coordinator_client, partnership):
    with scopes_disabled():
        organization = OrganizationFactory(partnership=partnership)
        housing = Sector.objects.get(code="housing")
    response = coordinator_client.post(
        url("partner_edit", {"o": organization}, "o"),
        {"sectors": [housing.pk], "since": "2020-01-01"},
    )
    assert response.status_code == 302
    with scopes_disabled():
        partner = Partner.objects.get(organization=organization)
        assert list(partner.sectors.all()) == [housing]


def test_coordinator_edits_a_partner_membership(coordinator_client, records):
    with scopes_disabled():
        partner = records["organization"].partner
    response = coordinator_client.post(
        url("partner_edit", records, "organization"),
        {"sectors": [], "since": "2012-01-01", "until": "2025-12-31", "version": partner.version},
    )
    assert response.status_code == 302
    with scopes_disabled():
        partner.refresh_from_db()
        assert partner.until == dt.date(2025, 12, 31)
        assert not partner.sectors.exists()


def test_a_stale_organization_edit_is_refused_with_a_clear_message(coordinator_client, records):
    organization = records["organization"]
    opened_at = organization.version
    first = coordinator_client.post(
        url("organization_edit", records, "organization"),
        {"name_en": "First title", "version": opened_at},
    )
    assert first.status_code == 302
    second = coordinator_client.post(
        url("organization_edit", records, "organization"),
        {"name_en": "Second title", "version": opened_at},
    )
    assert second.status_code == 400
    assert "Someone else changed this record while you were editing it." in second.text
    with scopes_disabled():
        organization.refresh_from_db()
    assert organization.name_en == "First title"


@pytest.mark.parametrize(
    ("name", "key", "data"),
    [
        ("partner_edit", "organization", {"since": "2012-01-01"}),
        ("person_edit", "person", {"full_name": "Amina Diallo-Sow"}),
        ("body_edit", "body", {"kind": "council", "name_en": "Council"}),
        ("seat_edit", "seat", {"person": None, "role": "chair"}),
        ("seat_end", "seat", {"term_end": "2025-06-30"}),
    ],
)
def test_every_edit_form_refuses_a_stale_version(coordinator_client, records, name, key, data):
    if data.get("person", "") is None:
        data = {**data, "person": records["person"].pk}
    opened_at = records[key].version
    first = coordinator_client.post(url(name, records, key), {**data, "version": opened_at})
    assert first.status_code == 302, first.context["form"].errors if first.context else ""
    second = coordinator_client.post(url(name, records, key), {**data, "version": opened_at})
    assert second.status_code == 400
    assert "Someone else changed this record" in second.text


# --- People ------------------------------------------------------------------------------------


def test_coordinator_adds_and_edits_a_contact(coordinator_client, records):
    response = coordinator_client.post(
        url("person_create"),
        {
            "full_name": "Jean Tremblay",
            "email": "jean@example.org",
            "phone": "613-555-0100",
            "title": "Directeur",
            "organization": records["organization"].pk,
        },
    )
    assert response.status_code == 302
    with scopes_disabled():
        person = Person.objects.get(full_name="Jean Tremblay")
    assert person.organization == records["organization"]
    response = coordinator_client.post(
        url("person_edit", {"p": person}, "p"),
        {"full_name": "Jean Tremblay", "email": "bad", "version": person.version},
    )
    assert response.status_code == 400
    assert "email" in response.context["form"].errors
    listing = coordinator_client.get(url("person_list"))
    assert "Jean Tremblay" in listing.text


# --- Bodies and seats --------------------------------------------------------------------------


def test_coordinator_creates_a_sub_body_shown_in_the_tree(coordinator_client, records):
    response = coordinator_client.post(
        url("body_create"),
        {
            "kind": "working_group",
            "name_en": "Employment working group",
            "name_fr": "Groupe de travail sur l'emploi",
            "mandate_en": "Employer engagement.",
            "parent": records["body"].pk,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    tree = coordinator_client.get(url("body_list")).context["tree"]
    assert [child.body.name_en for child in tree[0].children] == ["Employment working group"]


def test_a_body_cannot_be_moved_under_its_own_sub_body(coordinator_client, records, partnership):
    council = records["body"]
    with scopes_disabled():
        group = BodyFactory(partnership=partnership, parent=council)
    response = coordinator_client.post(
        url("body_edit", records, "body"),
        {"kind": "council", "name_en": "Council", "parent": group.pk, "version": council.version},
    )
    assert response.status_code == 400
    assert "parent" in response.context["form"].errors
    with scopes_disabled():
        council.refresh_from_db()
    assert council.parent is None


def test_coordinator_adds_a_seat_and_it_appears_on_the_body(coordinator_client, records):
    response = coordinator_client.post(
        url("seat_create", records, "body"),
        {
            "person": records["person"].pk,
            "organization": records["organization"].pk,
            "role": "co_chair",
            "is_immigrant_representative": "on",
            "term_start": "2025-01-01",
            "term_end": "2026-12-31",
        },
    )
    assert response.status_code == 302
    detail = coordinator_client.get(url("body_detail", records, "body"))
    assert "Co-chair" in detail.text
    with scopes_disabled():
        assert Seat.objects.filter(body=records["body"], role="co_chair").exists()


def test_a_seat_ending_before_it_starts_shows_a_field_error(coordinator_client, records):
    response = coordinator_client.post(
        url("seat_create", records, "body"),
        {
            "person": records["person"].pk,
            "role": "member",
            "term_start": "2025-01-01",
            "term_end": "2024-01-01",
        },
    )
    assert response.status_code == 400
    assert "term_end" in response.context["form"].errors


def test_a_seat_cannot_name_another_partnerships_person(
    coordinator_client, records, other_partnership
):
    with scopes_disabled():
        stranger = PersonFactory(partnership=other_partnership)
    response = coordinator_client.post(
        url("seat_create", records, "body"), {"person": stranger.pk, "role": "member"}
    )
    assert response.status_code == 400
    assert "person" in response.context["form"].errors


def test_coordinator_ends_a_term(coordinator_client, records):
    seat = records["seat"]
    response = coordinator_client.post(
        url("seat_end", records, "seat"), {"term_end": "2025-06-30", "version": seat.version}
    )
    assert response.status_code == 302
    with scopes_disabled():
        seat.refresh_from_db()
    assert seat.term_end == dt.date(2025, 6, 30)


# --- Representation ----------------------------------------------------------------------------


def _csv_tables(text: str) -> dict[str, list[list[str]]]:
    tables: dict[str, list[list[str]]] = {}
    title = None
    for row in csv.reader(io.StringIO(text)):
        if not row:
            title = None
        elif title is None:
            title = row[0]
            tables[title] = []
        else:
            tables[title].append(row)
    return tables


def test_representation_page_shows_the_figures_of_the_selector(
    coordinator_client, partnership, council_table
):
    response = coordinator_client.get(url("representation"))
    assert response.status_code == 200
    focus = response.context["focus"]
    assert focus.seats == 5
    assert "Settlement agencies" in response.text
    assert "Missing" in response.text
    assert '<figure class="chart"' in response.text
    assert "?format=csv" in response.text and "?format=xlsx" in response.text


def test_representation_of_one_body(coordinator_client, council_table):
    group = council_table.bodies["group"]
    response = coordinator_client.get(url("representation") + f"?body={group.pk}")
    assert response.status_code == 200
    assert response.context["focus"].body == group
    assert response.context["focus"].seats == 1
    assert f"?body={group.pk}&amp;format=csv" in response.text


@pytest.mark.parametrize("bad", ["abc", "999999"])
def test_representation_of_an_unknown_body_is_404(coordinator_client, records, bad):
    assert coordinator_client.get(url("representation") + f"?body={bad}").status_code == 404


def test_representation_of_another_partnerships_body_is_404(coordinator_client, other_partnership):
    with scopes_disabled():
        foreign = BodyFactory(partnership=other_partnership)
    response = coordinator_client.get(url("representation") + f"?body={foreign.pk}")
    assert response.status_code == 404


def test_csv_and_xlsx_exports_hold_the_same_figures(coordinator_client, partnership, council_table):
    with scopes_disabled():
        figures = get_representation(partnership=partnership, on=council_table.on)
    response = coordinator_client.get(url("representation") + "?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    tables = _csv_tables(response.content.decode())

    sectors = tables["Seats per sector: Whole partnership"]
    assert sectors[0] == ["Sector", "Key sector", "Status", "Current seats"]
    rows = {row[0]: row[1:] for row in sectors[1:]}
    for presence in figures.overall.sectors:
        status = "At the table" if presence.present else "Missing"
        assert rows[str(presence.sector)] == ["Yes", status, str(presence.seats)]
    assert rows["School boards"] == ["Yes", "At the table", "2"]
    assert rows["Housing"] == ["Yes", "Missing", "0"]
    assert rows["No partner sector"][-1] == "2"

    attendance = tables["Attendance by organization over the last 12 months: Whole partnership"]
    assert attendance[1:] == [
        ["Agency A", "3", "0", "0", "100"],
        ["Board B", "2", "1", "0", "67"],
        ["Coop C", "0", "0", "1", "0"],
    ]
    bodies = {row[0]: row[1:] for row in tables["Representation by body"][1:]}
    assert bodies["Whole partnership"] == ["5", "3", "12", "2", "3"]
    assert bodies["Council"] == ["4", "3", "12", "1", "2"]

    xlsx = coordinator_client.get(url("representation") + "?format=xlsx")
    assert xlsx.status_code == 200
    workbook = load_workbook(io.BytesIO(xlsx.content))
    assert len(workbook.worksheets) == len(tables)
    for sheet, (title, csv_rows) in zip(workbook.worksheets, tables.items(), strict=True):
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
        assert values[0][0] == title
        as_text = [["" if v is None else str(v) for v in row] for row in values[1:]]
        assert as_text == csv_rows


def test_the_export_of_one_body_holds_that_bodys_figures(coordinator_client, council_table):
    group = council_table.bodies["group"]
    response = coordinator_client.get(url("representation") + f"?body={group.pk}&format=csv")
    tables = _csv_tables(response.content.decode())
    rows = {row[0]: row[1:] for row in tables["Seats per sector: Working group"][1:]}
    assert rows["School boards"] == ["Yes", "At the table", "1"]
    assert rows["Settlement agencies"] == ["Yes", "Missing", "0"]


def test_the_representation_page_reads_in_french(coordinator_client, council_table):
    response = coordinator_client.get("/fr/p/ottawa/representation/")
    assert response.status_code == 200
    assert "Organismes d&#x27;établissement" in response.text
    assert "Représentation" in response.text


# --- Dashboard ---------------------------------------------------------------------------------


def test_dashboard_counts_and_missing_sectors(coordinator_client, council_table):
    response = coordinator_client.get(url("dashboard"))
    summary = response.context["summary"]
    assert summary.partners == 2  # C's membership has ended
    assert summary.current_seats == 5
    assert summary.bodies == 2
    assert summary.upcoming_meetings == 1
    assert len(summary.missing_key_sectors) == 12
    assert "Workforce planning boards" in response.text


# --- Audit trail -------------------------------------------------------------------------------


def test_an_edit_appears_in_the_audit_trail_with_before_and_after(
    coordinator_client, records, other_partnership
):
    organization = records["organization"]
    coordinator_client.post(
        url("organization_edit", records, "organization"),
        {
            "name_en": "Ottawa Public Library",
            "name_fr": "Bibliothèque publique d'Ottawa",
            "version": organization.version,
        },
    )
    with scopes_disabled():
        OrganizationFactory(partnership=other_partnership, name_en="Kingston Secret Agency")
    response = coordinator_client.get(url("audit_log"))
    assert response.status_code == 200
    rows = response.context["rows"]
    newest = rows[0]
    assert newest.action == "Changed"
    assert newest.who == "Cora Coordinator"
    assert newest.object_repr == "Ottawa Public Library"
    changes = {c.field: (c.before, c.after) for c in newest.changes}
    assert changes == {"name (French)": ("—", "Bibliothèque publique d'Ottawa")}
    assert "Bibliothèque publique d&#x27;Ottawa" in response.text
    assert "Kingston Secret Agency" not in response.text


def test_the_audit_trail_names_related_records_and_sectors(coordinator_client, records):
    seat = records["seat"]
    with scopes_disabled():
        other = OrganizationFactory(partnership=records["body"].partnership, name_en="City")
    coordinator_client.post(
        url("seat_edit", records, "seat"),
        {
            "person": records["person"].pk,
            "organization": other.pk,
            "role": "chair",
            "version": seat.version,
        },
    )
    rows = coordinator_client.get(url("audit_log")).context["rows"]
    changes = {c.field: (c.before, c.after) for c in rows[0].changes}
    assert changes["organization represented"] == ("Ottawa Public Library", "City")
    assert changes["role"] == ("Member", "Chair")
