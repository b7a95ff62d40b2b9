"""`import-hsds`: the official HSDS 3.0 examples, the real ORUK feed, and broken files.

The examples (`data/hsds/examples/`, copied from the specification) and the real ORUK feed
(read from the workspace, see ORUK below) are real inputs; the expected counts are
computed from the files themselves by an independent walk of the nested JSON / CSV tables.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import zipfile
from collections import defaultdict
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django_scopes import scope, scopes_disabled

from liphub.core.models import Partnership
from liphub.directory import models as m
from liphub.directory.interchange.hsds_import import import_hsds
from liphub.directory.interchange.hsds_specs import SPECS, html_to_text
from liphub.directory.interchange.report import ImportRejectedError, Problem
from liphub.partnerships.models import Organization

DATA = Path(__file__).with_name("data") / "hsds"
EXAMPLES = DATA / "examples"
BROKEN = DATA / "broken"
# The real North Lincolnshire ORUK feed may be used for internal testing only, not republished
# (../shared/hsds/README.md), so it is not in the repository: the test reads it where the
# workspace keeps it (or LIPHUB_HSDS_REAL_DIR) and is skipped on a machine without it.
# `data/hsds/oruk-sample.json` (written for these tests, same shape) always runs.
_REAL_NAME = "oruk-north-lincolnshire-services.json"
_REAL_DIRS = [
    Path(os.environ.get("LIPHUB_HSDS_REAL_DIR", "/nonexistent")),
    Path(__file__).resolve().parents[4].parent / "shared" / "hsds" / "real",
    Path("/work/shared/hsds/real"),
]
ORUK = next((d / _REAL_NAME for d in _REAL_DIRS if (d / _REAL_NAME).is_file()), None)
ORUK_SAMPLE = DATA / "oruk-sample.json"

# nested JSON key -> object type (HSDS 3.0 names), for counting ids in a file
NESTED = {
    "organization": "organization",
    "program": "program",
    "programs": "program",
    "services": "service",
    "service": "service",
    "service_at_locations": "service_at_location",
    "location": "location",
    "locations": "location",
    "addresses": "address",
    "phones": "phone",
    "schedules": "schedule",
    "languages": "language",
    "accessibility": "accessibility",
    "contacts": "contact",
    "service_areas": "service_area",
    "cost_options": "cost_option",
    "required_documents": "required_document",
    "funding": "funding",
    "attributes": "attribute",
    "taxonomy_term": "taxonomy_term",
    "taxonomy_detail": "taxonomy",
    "organization_identifiers": "organization_identifier",
    "metadata": "metadata",
}
TOP_LEVEL = {
    "service_full.json": "service",
    "service_list.json": "service",
    "organization_full.json": "organization",
    "organization_list.json": "organization",
    "service_at_location_full.json": "service_at_location",
    "service_at_location_list.json": "service_at_location",
    "location.json": "location",
    "taxonomy.json": "taxonomy",
    "taxonomy_list.json": "taxonomy",
    "taxonomy_term.json": "taxonomy_term",
    "taxonomy_term_list.json": "taxonomy_term",
}


def ids_in_json(path: Path) -> dict[str, set[str]]:
    """Distinct ids per object type in a nested HSDS JSON file."""
    data = json.loads(path.read_text())
    items = data["contents"] if isinstance(data, dict) and "contents" in data else data
    found: dict[str, set[str]] = defaultdict(set)

    def walk(obj: Any, type_: str) -> None:
        found[type_].add(str(obj["id"]))
        for key, value in obj.items():
            if key in NESTED and isinstance(value, dict):
                walk(value, NESTED[key])
            elif key in NESTED and isinstance(value, list):
                for child in value:
                    walk(child, NESTED[key])

    for item in items if isinstance(items, list) else [items]:
        walk(item, TOP_LEVEL.get(path.name, "service"))
    return found


def db_counts(partnership: Partnership) -> dict[str, int]:
    with scope(partnership=[partnership.pk]):
        return {
            name: spec.model._default_manager.filter(partnership=partnership).count()
            for name, spec in SPECS.items()
        }


def snapshot(partnership: Partnership) -> dict[str, list[tuple[Any, ...]]]:
    """Every HSDS row of a partnership (id, hsds_id, version): detects any change."""
    with scope(partnership=[partnership.pk]):
        return {
            name: sorted(
                spec.model._default_manager.filter(partnership=partnership).values_list(
                    "pk", "hsds_id", "version"
                )
            )
            for name, spec in SPECS.items()
        }


def runs(partnership: Partnership) -> list[m.ImportRun]:
    with scope(partnership=[partnership.pk]):
        return list(m.ImportRun.objects.filter(partnership=partnership).order_by("created_at"))


# --- the official examples ---------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(TOP_LEVEL))
def test_every_official_json_example_imports_with_matching_counts(
    partnership: Partnership, name: str
) -> None:
    expected = ids_in_json(EXAMPLES / name)
    summary = import_hsds(partnership=partnership, path=EXAMPLES / name)

    counts = db_counts(partnership)
    for type_, ids in expected.items():
        assert counts[type_] == len(ids), type_
    assert sum(counts.values()) == sum(len(ids) for ids in expected.values())
    assert summary.total("created") == sum(counts.values())
    assert [p for p in summary.problems if not p.skipped] == []
    (run,) = runs(partnership)
    assert run.succeeded and run.kind == m.ImportKind.HSDS_JSON and run.file_name == name

    # a second import changes nothing and duplicates nothing
    again = import_hsds(partnership=partnership, path=EXAMPLES / name)
    assert db_counts(partnership) == counts
    assert again.total("created") == 0 and again.total("updated") == 0
    assert again.total("unchanged") >= 1


@pytest.mark.django_db
def test_service_full_maps_every_object_and_links_shared_ones(partnership: Partnership) -> None:
    import_hsds(partnership=partnership, path=EXAMPLES / "service_full.json")
    with scope(partnership=[partnership.pk]):
        service = m.Service.objects.get(hsds_id="ac148810-d857-441c-9679-408f346de14b")
        assert service.name_en == "Community Counselling" and service.name_fr == ""
        assert service.organization.name_en == "Example Organization Inc."
        assert service.program is not None and service.program.organization == service.organization
        assert service.minimum_age == 12 and str(service.assured_date) == "2005-01-01"
        assert service.last_modified is not None and service.last_modified.year == 2023
        # the phone appears under the service, its location, contact, organization and
        # service_at_location: one row linked to all of them
        phone = m.Phone.objects.get()
        sal = m.ServiceAtLocation.objects.get()
        assert phone.service == service and phone.service_at_location == sal
        assert phone.location == sal.location and phone.organization == service.organization
        assert phone.contact is not None and phone.extension == 100
        assert m.Language.objects.get().code == "ur"
        address = m.Address.objects.get()
        assert (address.city, address.country, address.address_type) == ("MyCity", "US", "postal")
        schedule = m.Schedule.objects.get()
        assert (str(schedule.opens_at), schedule.byday, schedule.freq) == (
            "10:00:00",
            "TH,FR",
            "WEEKLY",
        )
        assert str(m.CostOption.objects.get().amount) in ("35", "35.00", "35.0")
        attribute = m.Attribute.objects.get()
        assert attribute.service == service and attribute.link_id == service.hsds_id
        term = attribute.taxonomy_term
        assert term.taxonomy is not None and term.taxonomy.taxonomy_version == "version"
        # the term's parent is not in the file: kept in extra, not lost
        assert term.parent is None
        assert term.extra["_unresolved"] == {"parent_id": "0bc248fa-dc27-4650-9ba4-8f1a24ef16a2"}
        assert m.Metadata.objects.get().resource_id == service.hsds_id
        org = service.organization
        assert org.extra["_unresolved"] == {
            "parent_organization_id": "cd09a387-91f4-4555-94ec-e799c35344cd"
        }


def _csv_rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.django_db
def test_official_csv_datapackage_folder_and_zip(partnership: Partnership, tmp_path: Path) -> None:
    folder = EXAMPLES / "csv"
    summary = import_hsds(partnership=partnership, path=folder)
    counts = db_counts(partnership)
    for spec in SPECS.values():
        assert counts[spec.name] == len(_csv_rows(folder, spec.table)), spec.name
    assert summary.counts["file not imported (not a directory table)"] == {
        "meta_table_descriptions.csv": 1
    }
    with scope(partnership=[partnership.pk]):
        location = m.Location.objects.get()
        # the example's location names an organization that is not in the package
        assert location.organization is None
        assert location.extra["_unresolved"] == {
            "organization_id": "985e4a42-bd9f-4edc-911d-0243a4640aca"
        }
        phone = m.Phone.objects.get()
        assert phone.number == '"+44 1234 234567"' and phone.service_at_location is not None
        assert m.OrganizationIdentifier.objects.get().identifier == "1234567"
    assert runs(partnership)[-1].kind == m.ImportKind.HSDS_CSV

    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in folder.glob("*.csv"):
            zipped.write(file, f"hsds/{file.name}")
    again = import_hsds(partnership=partnership, path=archive)
    assert db_counts(partnership) == counts
    assert again.total("created") == 0 and again.total("updated") == 0


@pytest.mark.django_db
def test_tabular_json_matches_the_csv_package(partnership: Partnership) -> None:
    import_hsds(partnership=partnership, path=EXAMPLES / "tabular.json")
    tables = json.loads((EXAMPLES / "tabular.json").read_text())
    counts = db_counts(partnership)
    for spec in SPECS.values():
        assert counts[spec.name] == len(tables.get(f"{spec.table}.csv", [])), spec.name


# --- the real Open Referral UK feed ------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.skipif(ORUK is None, reason="the real ORUK feed is not on this machine")
def test_real_oruk_feed(partnership: Partnership) -> None:
    assert ORUK is not None
    data = json.loads(ORUK.read_text())
    summary = import_hsds(partnership=partnership, path=ORUK, feed="north-lincs")

    counts = db_counts(partnership)
    assert counts["service"] == len({s["id"] for s in data}) == 738
    assert counts["organization"] == len({s["organization"]["id"] for s in data}) == 239
    assert summary.counts["service"]["created"] == 738
    assert summary.counts["unknown fields kept in extra"]["service.pc_metadata"] == 738
    (run,) = runs(partnership)
    assert run.kind == m.ImportKind.ORUK_JSON and run.feed == "north-lincs" and run.succeeded

    first = data[0]
    with scope(partnership=[partnership.pk]):
        service = m.Service.objects.get(hsds_id=first["id"])
        assert service.feed == "north-lincs"
        assert "<p>" not in service.description_en and "&amp;" not in service.description_en
        assert service.description_en.startswith("Struggling with Drug & Alcohol Addiction?")
        assert "\n" in service.description_en  # paragraphs kept as line breaks
        assert service.extra["pc_metadata"] == first["pc_metadata"]
        assert service.extra["deliverable_type"] == first["deliverable_type"]
        assert service.assurer_email == first["pc_metadata"]["assured_by"]
        assert service.organization.website == first["organization"]["url"]
        # "www.example.org" without a scheme is read as a web address
        bare = next(s for s in data if s["url"].startswith("www."))
        assert m.Service.objects.get(hsds_id=bare["id"]).url == f"https://{bare['url']}"

    again = import_hsds(partnership=partnership, path=ORUK, feed="north-lincs")
    assert db_counts(partnership) == counts
    assert again.counts["service"] == {"unchanged": 738}


# --- updates, languages, tenants ---------------------------------------------------------------


def _service_full(tmp_path: Path, **changes: Any) -> Path:
    data = json.loads((EXAMPLES / "service_full.json").read_text())
    data.update(changes)
    path = tmp_path / "service.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.django_db
def test_reimport_updates_in_place(partnership: Partnership, tmp_path: Path) -> None:
    import_hsds(partnership=partnership, path=EXAMPLES / "service_full.json")
    with scope(partnership=[partnership.pk]):
        before = m.Service.objects.get()
    counts = db_counts(partnership)

    summary = import_hsds(
        partnership=partnership,
        path=_service_full(tmp_path, name="Counselling for newcomers", x_local_code="A7"),
    )
    assert db_counts(partnership) == counts
    assert summary.counts["service"] == {"updated": 1}
    assert summary.counts["unknown fields kept in extra"] == {"service.x_local_code": 1}
    with scope(partnership=[partnership.pk]):
        after = m.Service.objects.get()
    assert after.pk == before.pk and after.version == before.version + 1
    assert after.name_en == "Counselling for newcomers" and after.extra == {"x_local_code": "A7"}


@pytest.mark.django_db
def test_language_fr_fills_the_french_fields(partnership: Partnership, tmp_path: Path) -> None:
    import_hsds(partnership=partnership, path=EXAMPLES / "service_full.json")
    import_hsds(
        partnership=partnership,
        path=_service_full(tmp_path, name="Counselling communautaire"),
        language="fr",
    )
    with scope(partnership=[partnership.pk]):
        service = m.Service.objects.get()
    assert service.name_en == "Community Counselling"
    assert service.name_fr == "Counselling communautaire"
    assert service.description_fr.startswith("Counselling Services provided")


@pytest.mark.django_db
def test_tenants_keep_their_own_copies_of_the_same_ids(
    partnership: Partnership, other_partnership: Partnership, tmp_path: Path
) -> None:
    import_hsds(partnership=partnership, path=EXAMPLES / "service_full.json")
    ottawa = snapshot(partnership)
    import_hsds(
        partnership=other_partnership, path=_service_full(tmp_path, name="Kingston counselling")
    )
    assert snapshot(partnership) == ottawa
    assert db_counts(other_partnership) == db_counts(partnership)
    with scopes_disabled():
        names = sorted(
            m.Service.objects.filter(hsds_id="ac148810-d857-441c-9679-408f346de14b").values_list(
                "partnership__slug", "name_en"
            )
        )
    assert names == [("kingston", "Kingston counselling"), ("ottawa", "Community Counselling")]


@pytest.mark.django_db
def test_references_may_point_to_records_already_in_the_directory(
    partnership: Partnership, other_partnership: Partnership, tmp_path: Path
) -> None:
    import_hsds(partnership=partnership, path=EXAMPLES / "csv")
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "service_at_location.csv").write_text(
        "id,service_id,location_id,description\n"
        "sal-new,ac148810-d857-441c-9679-408f346de14b,3a19ff88-4620-4d17-9830-ac1d859eb5d5,Evenings\n"
    )
    # another partnership's records are not "in the directory"
    problems = _rejected(other_partnership, folder)
    assert [(p.field, p.message) for p in problems] == [
        (
            "service_id",
            "service 'ac148810-d857-441c-9679-408f346de14b' is neither in the file nor in the "
            "directory",
        ),
        (
            "location_id",
            "location '3a19ff88-4620-4d17-9830-ac1d859eb5d5' is neither in the file nor in the "
            "directory",
        ),
    ]
    import_hsds(partnership=partnership, path=folder)
    with scope(partnership=[partnership.pk]):
        sal = m.ServiceAtLocation.objects.get(hsds_id="sal-new")
        assert sal.service.name_en == "Community Counselling"


@pytest.mark.django_db
def test_a_folder_of_api_pages(partnership: Partnership, tmp_path: Path) -> None:
    for name in ("service_list.json", "organization_list.json", "taxonomy_term_list.json"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    import_hsds(partnership=partnership, path=tmp_path)
    counts = db_counts(partnership)
    assert (counts["service"], counts["organization"], counts["program"]) == (1, 1, 1)
    assert (counts["taxonomy_term"], counts["taxonomy"]) == (1, 1)


# --- broken files: nothing changes, every problem is named -------------------------------------


def _rejected(partnership: Partnership, path: Path, **kwargs: Any) -> list[Problem]:
    before = snapshot(partnership)
    with pytest.raises(ImportRejectedError) as caught:
        import_hsds(partnership=partnership, path=path, **kwargs)
    assert snapshot(partnership) == before
    run = runs(partnership)[-1]
    assert not run.succeeded and run.problems == [p.as_dict() for p in caught.value.problems]
    return caught.value.problems


@pytest.fixture
def seeded(partnership: Partnership) -> Partnership:
    """Ottawa with the official example already imported (a broken file must not touch it)."""
    import_hsds(partnership=partnership, path=EXAMPLES / "service_full.json")
    return partnership


@pytest.mark.django_db
def test_malformed_json_names_line_and_column(seeded: Partnership) -> None:
    (problem,) = _rejected(seeded, BROKEN / "malformed.json")
    assert problem.file == "malformed.json" and problem.row == 10
    assert problem.message == "malformed JSON at line 10, column 5: Expecting ',' delimiter"


@pytest.mark.django_db
def test_malformed_csv_names_the_line(seeded: Partnership, tmp_path: Path) -> None:
    (problem,) = _rejected(seeded, BROKEN / "wrong_columns.csv")
    assert problem.file == "wrong_columns.csv"
    assert problem.message.startswith("no HSDS tables found: name the CSV files")

    folder = tmp_path / "pkg"
    folder.mkdir()
    shutil.copy(BROKEN / "wrong_columns.csv", folder / "services.csv")
    # the problems found before the parse error are listed too (org-a is not in the package)
    first, problem = _rejected(seeded, folder)
    assert (first.row, first.field) == (2, "organization_id")
    assert (problem.file, problem.row) == ("services.csv", 3)
    assert problem.message == "expected 4 values (the header's columns), found 5"

    shutil.copy(BROKEN / "malformed.csv", folder / "services.csv")
    first, problem = _rejected(seeded, folder / "services.csv")
    assert (first.row, first.field) == (2, "organization_id")
    assert (problem.file, problem.row) == ("services.csv", 4)
    assert problem.message.startswith("malformed CSV: unexpected end of data")


@pytest.mark.django_db
def test_every_invalid_record_is_reported_and_nothing_changes(seeded: Partnership) -> None:
    problems = _rejected(seeded, BROKEN / "invalid_records.json")
    found = {(p.row, p.record, p.field, p.message) for p in problems}
    assert found == {
        (
            2,
            "service svc-bad-types",
            "status",
            "'open' is not one of: active, inactive, defunct, temporarily closed",
        ),
        (2, "service svc-bad-types", "minimum_age", "expected a number, got 'twelve'"),
        (2, "service svc-bad-types", "email", "not a valid e-mail address: 'not an address'"),
        (
            2,
            "service svc-bad-types",
            "service_at_locations[0].location.latitude",
            "expected a number, got 'north'",
        ),
        (
            2,
            "service svc-bad-types",
            "service_at_locations[0].location.addresses[0].city",
            "required",
        ),
        (3, "service svc-empty-name", "name", "required: it is empty"),
        (
            4,
            "service svc-dangling",
            "organization_id",
            "organization 'org-nowhere' is neither in the file nor in the directory",
        ),
        (
            4,
            "service svc-dangling",
            "service_at_locations[0].location_id",
            "location 'loc-nowhere' is neither in the file nor in the directory",
        ),
        (5, "service svc-ok", "id", "duplicate id: service 'svc-ok' is already at line/item 1"),
    }
    assert all(p.file == "invalid_records.json" and not p.skipped for p in problems)


@pytest.mark.django_db
def test_skip_invalid_imports_the_valid_records(partnership: Partnership) -> None:
    summary = import_hsds(
        partnership=partnership, path=BROKEN / "invalid_records.json", skip_invalid=True
    )
    with scope(partnership=[partnership.pk]):
        assert list(m.Service.objects.values_list("hsds_id", flat=True)) == ["svc-ok"]
        service = m.Service.objects.get()
        assert service.name_en == "Conversation circles"
        assert service.description_en == "Practise English & meet neighbours.\n\nEvery Tuesday."
        assert not m.Location.objects.exists() and not m.Address.objects.exists()
        assert Organization.objects.filter(partnership=partnership).count() == 1
    assert summary.counts["service"]["skipped"] == 4
    assert all(p.skipped for p in summary.problems) and len(summary.problems) == 9
    run = runs(partnership)[-1]
    assert run.succeeded and len(run.problems) == 9


@pytest.mark.django_db
def test_dangling_references_in_a_csv_package(seeded: Partnership) -> None:
    folder = BROKEN / "dangling_csv"
    problems = _rejected(seeded, folder)
    assert [(p.file, p.row, p.field, p.message) for p in problems] == [
        (
            "services.csv",
            3,
            "organization_id",
            "organization 'org-missing' is neither in the file nor in the directory",
        ),
        (
            "service_at_location.csv",
            3,
            "location_id",
            "location 'loc-missing' is neither in the file nor in the directory",
        ),
    ]
    summary = import_hsds(partnership=seeded, path=folder, skip_invalid=True)
    assert summary.counts["service"] == {"created": 1, "skipped": 1}
    assert summary.counts["service_at_location"] == {"created": 1, "skipped": 1}


@pytest.mark.django_db
def test_a_missing_file_is_reported(partnership: Partnership, tmp_path: Path) -> None:
    (problem,) = _rejected(partnership, tmp_path / "nothing.json")
    assert problem.message == "no such file or folder"


@pytest.mark.django_db
def test_ids_need_not_be_uuids_and_wrong_shapes_are_reported(
    partnership: Partnership, tmp_path: Path
) -> None:
    path = tmp_path / "odd.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": 17,
                    "name": "Food bank",
                    "status": "Active",
                    "organization": {"id": "o", "name": "X"},
                },
                {
                    "id": "s2",
                    "name": "Legal clinic",
                    "status": "active",
                    "organization": {"id": "o", "name": "X"},
                    "phones": {"id": "p"},
                },
            ]
        )
    )
    problems = _rejected(partnership, path)
    assert [(p.record, p.field, p.message) for p in problems] == [
        ("service s2", "phones", "expected a list, got an object")
    ]
    import_hsds(partnership=partnership, path=path, skip_invalid=True)
    with scope(partnership=[partnership.pk]):
        service = m.Service.objects.get()
    assert (service.hsds_id, service.status) == ("17", "active")


def test_html_to_text_keeps_breaks_and_drops_scripts() -> None:
    assert html_to_text("a &lt; b") == "a < b"
    assert html_to_text("plain & simple") == "plain & simple"
    assert html_to_text("<ul><li>One</li><li>Two</li></ul>x<br>y") == "- One\n- Two\n\nx\ny"
    assert html_to_text("<script>alert(1)</script><p>Hi&nbsp;there</p>") == "Hi there"


# --- the command -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_command_prints_the_summary(partnership: Partnership) -> None:
    out = StringIO()
    call_command(
        "import_hsds", str(EXAMPLES / "service_full.json"), partnership="ottawa", stdout=out
    )
    text = out.getvalue()
    assert "service: 1 created" in text and "phone: 1 created" in text


@pytest.mark.django_db
def test_command_lists_problems_and_fails(seeded: Partnership) -> None:
    err = StringIO()
    with pytest.raises(CommandError, match="Nothing was imported: 2 problem"):
        call_command("import_hsds", str(BROKEN / "dangling_csv"), partnership="ottawa", stderr=err)
    assert (
        "services.csv, line 3, service svc-b, field organization_id: organization 'org-missing'"
        in err.getvalue()
    )
    out = StringIO()
    call_command(
        "import_hsds",
        str(BROKEN / "dangling_csv"),
        partnership="ottawa",
        skip_invalid=True,
        stdout=out,
    )
    assert "skipped: services.csv, line 3" in out.getvalue()
    with pytest.raises(CommandError, match="No partnership"):
        call_command("import_hsds", str(BROKEN / "dangling_csv"), partnership="nowhere")


@pytest.mark.django_db
def test_oruk_sample_maps_fields_cleans_values_and_keeps_extensions(
    partnership: Partnership,
) -> None:
    data = json.loads(ORUK_SAMPLE.read_text())
    summary = import_hsds(partnership=partnership, path=ORUK_SAMPLE, feed="sample")

    assert db_counts(partnership)["service"] == len(data) == 3
    assert db_counts(partnership)["organization"] == 2  # the advice centre is shared
    assert summary.counts["service"]["created"] == 3
    (run,) = runs(partnership)
    assert run.kind == m.ImportKind.ORUK_JSON and run.succeeded
    with scope(partnership=[partnership.pk]):
        drop_in = m.Service.objects.get(hsds_id=data[0]["id"])
        assert drop_in.name_en == "Drop-in advice and support"
        assert drop_in.description_en.splitlines()[0] == "Free advice on housing & benefits."
        assert "No appointment needed." in drop_in.description_en
        assert drop_in.url == "https://www.example-advice.org.uk"
        assert drop_in.assurer_email == "assurer@example-advice.org.uk"
        assert drop_in.extra["deliverable_type"] == "Advice"
        assert drop_in.extra["pc_targetAudience"] == ["Adults"]
        playgroup = m.Service.objects.get(hsds_id=data[1]["id"])
        assert playgroup.email == "hello@example-family-hub.org.uk"  # trailing dot removed
        assert playgroup.assured_date is None
    again = import_hsds(partnership=partnership, path=ORUK_SAMPLE, feed="sample")
    assert again.counts["service"] == {"unchanged": 3}
