"""AIRS XML 3.0 import (`import-airs`), against the real BC211 sample files in data/airs/."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django_scopes import scopes_disabled

from liphub.directory.interchange.airs import TAXONOMY_NAME, import_airs
from liphub.directory.interchange.report import ImportRejectedError
from liphub.directory.models import (
    Address,
    Attribute,
    ImportRun,
    Location,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from liphub.partnerships.models import Organization

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data" / "airs"
EXCERPT = DATA / "BC211_data_excerpt.xml"
ONE = DATA / "BC211_data_one_agency.xml"
INVALID = DATA / "BC211_data_with_invalid_agencies.xml"


def xml_counts(path: Path) -> dict[str, int]:
    """Agencies, sites and distinct services, counted straight from the XML."""
    root = ET.parse(path).getroot()
    agencies = root.findall("Agency")
    sites = [s for a in agencies for s in a.findall("Site")]
    services = {ss.findtext("Key") for s in sites for ss in s.findall("SiteService")}
    return {"organization": len(agencies), "location": len(sites), "service": len(services)}


def db_state(partnership: Any) -> dict[str, Any]:
    with scopes_disabled():
        return {
            "orgs": sorted(
                Organization.objects.filter(partnership=partnership).values_list(
                    "hsds_id", "name_en", "is_active"
                )
            ),
            "locations": sorted(
                Location.objects.filter(partnership=partnership).values_list(
                    "hsds_id", "name_en", "is_active"
                )
            ),
            "services": sorted(
                Service.objects.filter(partnership=partnership).values_list(
                    "hsds_id", "name_en", "status"
                )
            ),
            "phones": sorted(
                Phone.objects.filter(partnership=partnership).values_list("hsds_id", "number")
            ),
            "attributes": Attribute.objects.filter(partnership=partnership).count(),
        }


def test_excerpt_imports_every_agency_site_and_service(partnership: Any, coordinator: Any) -> None:
    expected = xml_counts(EXCERPT)
    summary = import_airs(partnership=partnership, path=EXCERPT, user=coordinator)
    for kind, n in expected.items():
        assert summary.counts[kind]["created"] == n, kind
    with scopes_disabled():
        assert (
            Organization.objects.filter(partnership=partnership).count() == expected["organization"]
        )
        assert Location.objects.filter(partnership=partnership).count() == expected["location"]
        assert Service.objects.filter(partnership=partnership).count() == expected["service"]
        assert (
            ServiceAtLocation.objects.filter(partnership=partnership).count()
            == (expected["location"])
        )
        run = ImportRun.objects.get(partnership=partnership)
        assert run.succeeded and run.kind == "airs_xml" and run.started_by == coordinator
        assert run.feed.startswith("BC 211")
        assert run.summary["service"]["created"] == expected["service"]
    assert summary.problems == []


def test_excerpt_maps_the_fields(partnership: Any) -> None:
    import_airs(partnership=partnership, path=EXCERPT, feed="bc211")
    root = ET.parse(EXCERPT).getroot()
    agency = root.find("Agency")
    assert agency is not None
    site = agency.find("Site")
    assert site is not None
    ss = site.find("SiteService")
    assert ss is not None
    with scopes_disabled():
        org = Organization.objects.get(
            partnership=partnership, hsds_id=f"airs:{agency.findtext('Key')}"
        )
        assert org.name_en == agency.findtext("Name")
        assert org.feed == "bc211"
        assert org.website == f"http://{agency.findtext('URL/Address')}"
        assert org.email == agency.findtext("Email/Address")
        # the double-escaped HTML becomes plain text
        assert "&lt;" not in org.description_en and "<b>" not in org.description_en
        assert "Infant Development Program" in org.description_en
        location = Location.objects.get(
            partnership=partnership, hsds_id=f"airs:{site.findtext('Key')}"
        )
        assert location.organization == org
        assert location.latitude == float(site.findtext("SpatialLocation/Latitude") or "")
        assert location.longitude == float(site.findtext("SpatialLocation/Longitude") or "")
        physical = location.addresses.get(address_type="physical")
        assert physical.address_1 == site.findtext("PhysicalAddress/Line1")
        assert physical.postal_code == site.findtext("PhysicalAddress/ZipCode")
        assert physical.country == "CA"
        numbers = {p.number for p in location.phones.all()}
        given = {
            p.findtext("PhoneNumber") for p in site.findall("Phone") if p.findtext("PhoneNumber")
        }
        assert numbers == given
        assert location.phones.get(number="604-534-1814").type == "fax"
        service = Service.objects.get(partnership=partnership, hsds_id=f"airs:{ss.findtext('Key')}")
        assert service.organization == org
        assert service.status == "active"
        info = ss.find("ResourceInfo")
        assert info is not None
        assert service.assured_date == date.fromisoformat(info.get("DateLastVerified") or "")
        codes = {c.findtext("Code") for c in ss.findall("Taxonomy")}
        la_codes = {c for c in codes if c and not c.startswith("{")}
        terms = TaxonomyTerm.objects.filter(attributes__service=service)
        assert {t.code for t in terms} == la_codes
        assert {t.taxonomy.name for t in terms if t.taxonomy} == {TAXONOMY_NAME}
        attribute = Attribute.objects.filter(service=service).first()
        assert attribute is not None
        assert attribute.link_entity == "service" and attribute.link_id == service.hsds_id
        # facet strings that are not taxonomy codes are kept, not lost
        assert set(service.extra["Taxonomy"]) == {c for c in codes if c and c.startswith("{")}
        assert service.extra["ResourceInfo"]["@DateAdded"] == info.get("DateAdded")
        # a city-only address (no street, no postal code) is still an address: the city
        # filter finds the site
        swim = Location.objects.get(partnership=partnership, hsds_id="airs:9487369")
        (address,) = swim.addresses.all()
        assert (address.address_1, address.city, address.state_province) == (
            "",
            "New Westminster",
            "BC",
        )
        assert address.postal_code == "" and address.country == "CA"
        assert "PhysicalAddress_incomplete" not in swim.extra


def test_reimporting_the_same_file_changes_nothing(partnership: Any) -> None:
    import_airs(partnership=partnership, path=EXCERPT)
    before = db_state(partnership)
    summary = import_airs(partnership=partnership, path=EXCERPT)
    assert summary.total("created") == 0
    assert summary.total("updated") == 0
    assert summary.total("inactivated") == 0
    assert summary.counts["service"]["unchanged"] == xml_counts(EXCERPT)["service"]
    assert db_state(partnership) == before


def test_one_agency_file(partnership: Any) -> None:
    summary = import_airs(partnership=partnership, path=ONE)
    assert summary.counts["organization"]["created"] == 1
    assert summary.counts["location"]["created"] == 1
    assert summary.counts["service"]["created"] == 1
    with scopes_disabled():
        org = Organization.objects.get(partnership=partnership)
        assert org.name_en == "Langley Child Development Centre"
        assert org.alternate_name == "Langley Children's Society"
        assert {p.number for p in org.phones.all()} == {"604-534-1155", "604-534-1814"}
        assert "AgencyLocation" in org.extra  # not mapped: kept
        service = Service.objects.get(partnership=partnership)
        assert service.service_areas.get().name == "Langley, BC, Canada"
        assert service.url == "http://www.langleycdc.com"


def _agency_line(path: Path, key: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if f"<Key>{key}</Key>" in line)
    while "<Agency " not in lines[index]:
        index -= 1
    return index + 1


def test_invalid_agencies_reject_the_file_and_change_nothing(partnership: Any) -> None:
    import_airs(partnership=partnership, path=EXCERPT)
    before = db_state(partnership)
    with pytest.raises(ImportRejectedError) as caught:
        import_airs(partnership=partnership, path=INVALID)
    problems = caught.value.problems
    root = ET.parse(INVALID).getroot()
    nameless = [a.findtext("Key") for a in root.findall("Agency") if not a.findtext("Name")]
    assert len(nameless) == 2
    assert sorted((p.record.split(" ")[1], p.field, p.row) for p in problems) == sorted(
        (key, "Name", _agency_line(INVALID, key or "")) for key in nameless
    )
    assert all(p.file == INVALID.name and not p.skipped for p in problems)
    assert db_state(partnership) == before
    with scopes_disabled():
        failed = ImportRun.objects.get(partnership=partnership, succeeded=False)
        assert len(failed.problems) == 2


def test_skip_invalid_imports_the_rest_and_reports_each_skipped(partnership: Any) -> None:
    summary = import_airs(partnership=partnership, path=INVALID, skip_invalid=True, feed="x")
    root = ET.parse(INVALID).getroot()
    valid = [a for a in root.findall("Agency") if a.findtext("Name")]
    assert summary.counts["organization"]["created"] == len(valid)
    assert summary.counts["organization"]["skipped"] == 2
    assert [p.skipped for p in summary.problems] == [True, True]
    assert {p.record.split(" ")[1] for p in summary.problems} == {
        "INVALID_AGENCY",
        "ANOTHER_INVALID_AGENCY",
    }
    with scopes_disabled():
        assert sorted(
            Organization.objects.filter(partnership=partnership).values_list("hsds_id", flat=True)
        ) == sorted(f"airs:{a.findtext('Key')}" for a in valid)
        sites = sum(len(a.findall("Site")) for a in valid)
        assert Location.objects.filter(partnership=partnership).count() == sites


def _newer_export(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """The excerpt, edited the way a newer 211 export differs: a phone changed, an agency
    gone, a site added."""
    tree = ET.parse(EXCERPT)
    root = tree.getroot()
    agencies = root.findall("Agency")
    # 1. change a site's main phone
    site = agencies[0].find("Site")
    assert site is not None
    phone = site.find("Phone/PhoneNumber")
    assert phone is not None
    phone.text = "604-555-0199"
    # 2. remove an agency
    removed = agencies[5]
    root.remove(removed)
    # 3. add a site (with its service) to another agency
    host = agencies[1]
    new_site = copy.deepcopy(host.find("Site"))
    assert new_site is not None
    new_site.find("Key").text = "99990001"  # type: ignore[union-attr]
    new_site.find("Name").text = "Aldergrove Outreach"  # type: ignore[union-attr]
    new_ss = new_site.find("SiteService")
    assert new_ss is not None
    new_ss.find("Key").text = "99990001"  # type: ignore[union-attr]
    new_ss.find("Name").text = "Aldergrove Outreach"  # type: ignore[union-attr]
    host.append(new_site)
    path = tmp_path / "BC211_newer.xml"
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return path, {
        "site_key": site.findtext("Key"),
        "removed_key": removed.findtext("Key"),
        "removed_sites": [s.findtext("Key") for s in removed.findall("Site")],
        "removed_services": [
            ss.findtext("Key") for s in removed.findall("Site") for ss in s.findall("SiteService")
        ],
        "host_key": host.findtext("Key"),
    }


def test_newer_full_export_updates_adds_and_inactivates(partnership: Any, tmp_path: Path) -> None:
    import_airs(partnership=partnership, path=EXCERPT, feed="bc211")
    newer, facts = _newer_export(tmp_path)
    summary = import_airs(partnership=partnership, path=newer, feed="bc211")
    n_sites, n_services = len(facts["removed_sites"]), len(facts["removed_services"])
    assert summary.counts["organization"]["inactivated"] == 1
    assert summary.counts["location"]["inactivated"] == n_sites
    assert summary.counts["service"]["inactivated"] == n_services
    assert summary.counts["location"]["created"] == 1
    assert summary.counts["service"]["created"] == 1
    assert summary.counts["phone"]["updated"] == 1
    assert summary.counts["location"]["updated"] == 1  # the site whose phone changed
    assert summary.counts["organization"]["unchanged"] == xml_counts(newer)["organization"]
    with scopes_disabled():
        gone = Organization.objects.get(
            partnership=partnership, hsds_id=f"airs:{facts['removed_key']}"
        )
        assert gone.is_active is False
        assert not Location.objects.filter(
            partnership=partnership,
            hsds_id__in=[f"airs:{k}" for k in facts["removed_sites"]],
            is_active=True,
        ).exists()
        assert set(
            Service.objects.filter(
                partnership=partnership,
                hsds_id__in=[f"airs:{k}" for k in facts["removed_services"]],
            ).values_list("status", flat=True)
        ) == {"inactive"}
        new = Location.objects.get(partnership=partnership, hsds_id="airs:99990001")
        assert new.organization.hsds_id == f"airs:{facts['host_key']}"  # type: ignore[union-attr]
        assert (
            Service.objects.get(partnership=partnership, hsds_id="airs:99990001").status == "active"
        )
        changed = Location.objects.get(partnership=partnership, hsds_id=f"airs:{facts['site_key']}")
        assert "604-555-0199" in {p.number for p in changed.phones.all()}
    # the older export brings them back
    back = import_airs(partnership=partnership, path=EXCERPT, feed="bc211")
    assert back.counts["organization"]["updated"] == 1
    assert back.counts["location"]["inactivated"] == 1
    with scopes_disabled():
        assert Organization.objects.get(
            partnership=partnership, hsds_id=f"airs:{facts['removed_key']}"
        ).is_active


def test_another_feed_is_left_alone(partnership: Any) -> None:
    import_airs(partnership=partnership, path=ONE, feed="langley")
    import_airs(partnership=partnership, path=INVALID, feed="other", skip_invalid=True)
    with scopes_disabled():
        assert Organization.objects.get(partnership=partnership, feed="langley").is_active


def test_malformed_xml_is_one_problem_with_its_line(partnership: Any, tmp_path: Path) -> None:
    import_airs(partnership=partnership, path=ONE)
    before = db_state(partnership)
    text = EXCERPT.read_text(encoding="utf-8")
    lines = text.splitlines()
    broken_line = 400
    lines[broken_line - 1] = lines[broken_line - 1] + "<Oops>"
    bad = tmp_path / "broken.xml"
    bad.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ImportRejectedError) as caught:
        import_airs(partnership=partnership, path=bad)
    [problem] = caught.value.problems
    assert problem.file == "broken.xml"
    assert problem.row is not None and problem.row >= broken_line
    assert "column" in problem.message
    assert db_state(partnership) == before


def test_entity_declarations_are_refused(partnership: Any, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE Source [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
        "<Source><Agency><Key>1</Key><Name>&c;</Name></Agency></Source>\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejectedError) as caught:
        import_airs(partnership=partnership, path=bomb)
    assert "DOCTYPE" in caught.value.problems[0].message
    with scopes_disabled():
        assert not Organization.objects.filter(partnership=partnership).exists()


def test_same_file_in_two_partnerships_stays_separate(
    partnership: Any, other_partnership: Any, tmp_path: Path
) -> None:
    import_airs(partnership=partnership, path=EXCERPT, feed="bc211")
    import_airs(partnership=other_partnership, path=EXCERPT, feed="bc211")
    expected = xml_counts(EXCERPT)
    for p in (partnership, other_partnership):
        with scopes_disabled():
            assert Service.objects.filter(partnership=p).count() == expected["service"]
    # a newer export in one partnership changes nothing in the other
    before = db_state(other_partnership)
    newer, _facts = _newer_export(tmp_path)
    import_airs(partnership=partnership, path=newer, feed="bc211")
    assert db_state(other_partnership) == before
    with scopes_disabled():
        mine = Service.objects.filter(partnership=partnership, status="inactive").count()
        assert mine > 0
        ids = set(Service.objects.filter(partnership=partnership).values_list("pk", flat=True))
        theirs = set(
            Service.objects.filter(partnership=other_partnership).values_list("pk", flat=True)
        )
        assert not ids & theirs
        # every row the import made points at records of its own partnership
        for sal in ServiceAtLocation.objects.filter(partnership=partnership):
            assert sal.service.partnership_id == sal.location.partnership_id == partnership.pk
        for attribute in Attribute.objects.filter(partnership=partnership):
            assert attribute.taxonomy_term.partnership_id == partnership.pk


SYNTHETIC = """<?xml version="1.0" encoding="utf-8"?>
<Source SourceEntity="Test 211" SchemaVersion="3.0">
  <Agency>
    <Key>A1</Key>
    <Name>Centre des nouveaux arrivants</Name>
    <Site>
      <Key>S1</Key>
      <Name>Main office</Name>
      <PhysicalAddress Confidential="false">
        <Line1>1 Rideau Street</Line1><City>Ottawa</City><State>ON</State>
        <ZipCode>K1N 5W8</ZipCode><Country>Canada</Country>
      </PhysicalAddress>
      <MailingAddress Confidential="true">
        <Line1>PO Box 9</Line1><City>Ottawa</City><State>ON</State><ZipCode>K1N 0A1</ZipCode>
      </MailingAddress>
      <Phone Confidential="false" TollFree="true">
        <PhoneNumber>1-800-555-0100 ext. 42</PhoneNumber><Type>Phone1</Type>
      </Phone>
      <Languages><Name>English</Name><Name>French</Name><Name>Tigrinya</Name></Languages>
      <DisabilitiesAccess>Wheelchair accessible entrance and washroom</DisabilitiesAccess>
      <CrossStreet>Sussex Drive</CrossStreet>
      <SiteService>
        <Key>V1</Key>
        <Name>Settlement counselling</Name>
        <Description>Help for newcomers</Description>
        <TimeOpen>
          <Monday>9:00 am - 5:00 pm</Monday>
          <Tuesday>9:00 am - 5:00 pm</Tuesday>
          <Wednesday>9 am-12 noon, 1 pm-8 pm</Wednesday>
          <Saturday>Closed</Saturday>
          <Sunday>By appointment</Sunday>
          <Notes>Closed on statutory holidays</Notes>
        </TimeOpen>
        <Languages><Name>Arabic</Name></Languages>
        <Taxonomy><Code>PH-6100</Code></Taxonomy>
        <Taxonomy><Code>TJ-4400.8100 * YF-3000</Code></Taxonomy>
        <Taxonomy><Code>not a code</Code></Taxonomy>
      </SiteService>
    </Site>
  </Agency>
</Source>
"""


def test_hours_languages_accessibility_and_extra(partnership: Any, tmp_path: Path) -> None:
    path = tmp_path / "synthetic.xml"
    path.write_text(SYNTHETIC, encoding="utf-8")
    import_airs(partnership=partnership, path=path)
    with scopes_disabled():
        location = Location.objects.get(partnership=partnership, hsds_id="airs:S1")
        assert [a.address_type for a in location.addresses.all()] == ["physical"]
        assert location.extra["confidential_omitted"] == {"MailingAddress": 1}
        assert location.extra["CrossStreet"] == "Sussex Drive"
        assert location.addresses.get().country == "CA"
        phone = location.phones.get()
        assert (phone.number, phone.extension) == ("1-800-555-0100", 42)
        assert "toll-free" in phone.description
        assert {(lang.code, lang.name) for lang in location.languages.all()} == {
            ("en", "English"),
            ("fr", "French"),
            ("ti", "Tigrinya"),
        }
        assert location.accessibility.get().description.startswith("Wheelchair")
        service = Service.objects.get(partnership=partnership, hsds_id="airs:V1")
        hours = {
            (s.byday, s.opens_at, s.closes_at)
            for s in Schedule.objects.filter(service=service, opens_at__isnull=False)
        }
        assert hours == {
            ("MO,TU", time(9), time(17)),
            ("WE", time(9), time(12)),
            ("WE", time(13), time(20)),
        }
        texts = set(
            Schedule.objects.filter(service=service, opens_at__isnull=True).values_list(
                "byday", "description"
            )
        )
        assert texts == {("SU", "By appointment"), ("", "Closed on statutory holidays")}
        assert [lang.code for lang in service.languages.all()] == ["ar"]
        assert set(
            TaxonomyTerm.objects.filter(attributes__service=service).values_list("code", flat=True)
        ) == {"PH-6100", "TJ-4400.8100 * YF-3000"}
        assert service.extra["Taxonomy"] == ["not a code"]
        assert not Address.objects.filter(partnership=partnership, address_type="postal").exists()


def test_command_prints_the_summary(partnership: Any, capsys: Any) -> None:
    call_command("import_airs", str(ONE), "--partnership", "ottawa", "--feed", "langley")
    out = capsys.readouterr().out
    assert "organization: 1 created" in out
    assert "service: 1 created" in out


def test_command_prints_every_problem_and_fails(partnership: Any, capsys: Any) -> None:
    with pytest.raises(CommandError, match="Nothing was imported: 2 problem"):
        call_command("import_airs", str(INVALID), "--partnership", "ottawa")
    err = capsys.readouterr().err
    assert re.search(r"line \d+, Agency INVALID_AGENCY, field Name", err)
    assert "ANOTHER_INVALID_AGENCY" in err
    call_command("import_airs", str(INVALID), "--partnership", "ottawa", "--skip-invalid")
    assert "skipped: " in capsys.readouterr().out


def test_bad_values_are_reported_with_record_field_and_line(
    partnership: Any, tmp_path: Path
) -> None:
    text = ONE.read_text(encoding="utf-8")
    text = text.replace("<Latitude>49.087284</Latitude>", "<Latitude>north</Latitude>", 1)
    service_start = text.index("<SiteService>")
    text = text[:service_start] + text[service_start:].replace(
        "<Address>info@langleycdc.com</Address>", "<Address>info at langleycdc</Address>", 1
    )
    text = text.replace(
        "</Agency>",
        "</Agency>\n" + text[text.index("  <Agency ") :].split("</Source>")[0].strip(),
        1,
    )  # the same agency twice
    bad = tmp_path / "bad.xml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejectedError) as caught:
        import_airs(partnership=partnership, path=bad)
    found = {(p.record.split(", ")[-1].split(" ")[0], p.field) for p in caught.value.problems}
    assert ("Agency", "SpatialLocation/Latitude") not in found  # the agency's own is fine
    assert ("Site", "SpatialLocation/Latitude") in found
    assert ("SiteService", "Email/Address") in found
    assert ("Agency", "Key") in found  # the repeated agency
    lines = text.splitlines()
    for problem in caught.value.problems:
        assert problem.row is not None
        assert "<Agency" in lines[problem.row - 1] or "<Site" in lines[problem.row - 1]
    with scopes_disabled():
        assert not Organization.objects.filter(partnership=partnership).exists()
