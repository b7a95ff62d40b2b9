"""The representation figures, computed on real rows (see conftest.council_table)."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from liphub.partnerships.selectors import get_representation, list_body_tree

pytestmark = pytest.mark.django_db


def _seats(scope):
    return {row.sector.code: row.seats for row in scope.sectors}


def test_a_key_sector_is_at_the_table_only_through_a_current_seat_of_a_current_partner(
    partnership, council_table
):
    with scopes_disabled():
        figures = get_representation(partnership=partnership, on=council_table.on)
    whole = figures.overall
    assert {s.code for s in whole.key_present} == {"settlement", "health", "school_boards"}
    # C's partnership ended: its seat brings no sector; housing is missing.
    assert "housing" in {s.code for s in whole.key_missing}
    assert len(whole.key_missing) == 12
    assert len(whole.key_sectors) == 15


def test_whole_partnership_counts_current_seats_of_active_bodies(partnership, council_table):
    with scopes_disabled():
        whole = get_representation(partnership=partnership, on=council_table.on).overall
    # p1, p2, p3, p5 on the council, p6 on the working group;
    # p4's term ended, p7's body is inactive.
    assert whole.seats == 5
    assert _seats(whole)["settlement"] == 1
    assert _seats(whole)["health"] == 1
    assert _seats(whole)["school_boards"] == 2
    assert _seats(whole)["housing"] == 0
    assert whole.seats_without_sector == 2  # C (partner no more) and D (never a partner)
    assert whole.immigrant_representatives == 2
    # p2 and p6 represent Francophone organization B; p5 is marked Francophone.
    assert whole.francophone_representatives == 3


def test_each_body_has_its_own_figures(partnership, council_table):
    with scopes_disabled():
        figures = get_representation(partnership=partnership, on=council_table.on)
    council = figures.scope_for(council_table.bodies["council"])
    group = figures.scope_for(council_table.bodies["group"])
    assert [scope.body for scope in figures.bodies] == [
        council_table.bodies["council"],
        council_table.bodies["group"],
    ]
    assert (council.seats, council.immigrant_representatives) == (4, 1)
    assert council.francophone_representatives == 2
    assert _seats(council)["school_boards"] == 1
    assert (group.seats, group.immigrant_representatives, group.francophone_representatives) == (
        1,
        1,
        1,
    )
    assert {s.code for s in group.key_present} == {"school_boards"}
    with pytest.raises(LookupError):
        figures.scope_for(council_table.bodies["old"])


def test_attendance_by_organization_covers_the_last_12_months_only(partnership, council_table):
    with scopes_disabled():
        figures = get_representation(partnership=partnership, on=council_table.on)
    by_org = {
        t.label: (t.present, t.regrets, t.absent, t.rate_percent)
        for t in figures.overall.attendance_by_organization
    }
    assert by_org == {
        "Agency A": (3, 0, 0, 100),
        "Board B": (2, 1, 0, 67),
        "Coop C": (0, 0, 1, 0),
    }
    council = figures.scope_for(council_table.bodies["council"])
    by_org = {t.label: (t.present, t.regrets, t.absent) for t in council.attendance_by_organization}
    assert by_org["Board B"] == (1, 1, 0)
    group = figures.scope_for(council_table.bodies["group"])
    assert [(t.label, t.present) for t in group.attendance_by_organization] == [("Board B", 1)]


def test_attendance_by_sector_follows_the_partner_sectors(partnership, council_table):
    with scopes_disabled():
        whole = get_representation(partnership=partnership, on=council_table.on).overall
    by_sector = {
        t.label: (t.present, t.regrets, t.absent, t.rate_percent)
        for t in whole.attendance_by_sector
    }
    assert by_sector == {
        "Settlement agencies": (3, 0, 0, 100),
        "School boards": (2, 1, 0, 67),
        "Health": (3, 0, 0, 100),
    }
    assert [t.label for t in whole.attendance_by_sector] == [
        "Settlement agencies",
        "School boards",
        "Health",
    ]


def test_a_partnership_without_bodies_has_every_key_sector_missing(partnership):
    with scopes_disabled():
        figures = get_representation(partnership=partnership)
    assert figures.overall.seats == 0
    assert len(figures.overall.key_missing) == 15
    assert figures.bodies == []
    assert figures.overall.attendance_by_organization == []


def test_representation_ignores_other_partnerships(partnership, other_partnership, council_table):
    with scopes_disabled():
        figures = get_representation(partnership=other_partnership, on=council_table.on)
    assert figures.overall.seats == 0
    assert figures.overall.attendance_by_organization == []


def test_body_tree_nests_sub_bodies_under_their_parent(partnership, council_table):
    with scopes_disabled():
        tree = list_body_tree(partnership=partnership, on=council_table.on)
    assert [node.body.name_en for node in tree] == ["Council", "Old"]
    council = tree[0]
    assert [child.body.name_en for child in council.children] == ["Working group"]
    assert council.children[0].depth == 1
    assert council.current_seats == 4
