"""The index side of the search (`search_index.py`, `search_text.index_text`): the stored
text, batching, changed and unchanged entries (SQLite FTS5 here, PostgreSQL with
DATABASE_URL)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from django_scopes import scope, scopes_disabled

from liphub.directory import search_index
from liphub.directory.models import (
    Address,
    Attribute,
    Language,
    Location,
    Program,
    Service,
    ServiceAtLocation,
    ServiceSearchEntry,
    Taxonomy,
    TaxonomyTerm,
)
from liphub.directory.search import reindex_services, search_services
from liphub.directory.search_text import _index_forms, forms, index_text, words
from liphub.partnerships.models import Organization

pytestmark = pytest.mark.django_db

PARTS = [
    "Médecin de famille À L'ÉCOLE, œuvre Straße",
    None,
    "",
    "Cours d'anglais pour les nouveaux arrivants; English classes (LINC) 2025",
    "ΟΔΟΣ ΣΑΣ Σίσυφος",  # Greek final sigma: lower-casing depends on the neighbours
    "مُسَاعَدَة قانونية",  # Arabic with harakat
    "Søren Łódź Đakovo ærø",
    "jobs jobs JOBS job a b c x 7 42 l'eau qu'il",
    "housing/logement — refugee-claimants; réfugiés",
    "中文 服务",
    "e-mail: info@example.org, https://www.x.org/path_with_underscores",
]


def word_by_word(parts: Iterable[str | None]) -> str:
    """The index text as the definition says: each part's words, each word's forms, every
    form once in order of first appearance (no memoising, no joining)."""
    seen: dict[str, None] = {}
    for part in parts:
        if part:
            for word in words(part):
                for form in forms.__wrapped__(word):
                    seen.setdefault(form, None)
    return " ".join(seen)


def test_index_text_is_the_word_by_word_definition() -> None:
    _index_forms.cache_clear()
    cold = index_text(PARTS)
    warm = index_text(PARTS)  # every word now comes from the cache
    assert cold == warm == word_by_word(PARTS)
    for part in PARTS:
        assert index_text([part]) == word_by_word([part])
    assert index_text(reversed(PARTS)) == word_by_word(reversed(PARTS))
    assert index_text([None, ""]) == ""
    assert "job" in cold.split() and "a" not in cold.split()  # stems kept, single letters not


class Built:
    def __init__(self, p: Any) -> None:
        self.p = p
        with scopes_disabled():
            self.org = Organization.objects.create(
                partnership=p, name_en="Catholic Centre", name_fr="Centre catholique"
            )

    def service(self, name: str, **fields: Any) -> Service:
        with scopes_disabled():
            return Service.objects.create(
                partnership=self.p, organization=self.org, name_en=name, **fields
            )

    def entry(self, service: Service) -> ServiceSearchEntry:
        with scopes_disabled():
            return ServiceSearchEntry.objects.get(service=service)

    def search(self, query: str) -> list[str]:
        with scope(partnership=self.p):
            results = search_services(partnership=self.p, query=query, per_page=100)
        return sorted(h.service.name_en for h in results.hits)


def test_entry_text_comes_from_every_source_in_order(partnership: Any) -> None:
    b = Built(partnership)
    with scopes_disabled():
        program = Program.objects.create(partnership=partnership, organization=b.org, name="LINC")
        s = b.service(
            "Language classes",
            name_fr="Cours de langue",
            alternate_name="ESL",
            description_en="Evening classes",
            description_fr="Cours du soir",
            eligibility_description="Permanent residents",
            interpretation_services="Arabic interpreters",
            program=program,
        )
        tax = Taxonomy.objects.create(partnership=partnership, name="LIP")
        for name_en, name_fr, code in (("Education", "Éducation", "ED-1"), ("Jobs", "", "JB")):
            term = TaxonomyTerm.objects.create(
                partnership=partnership, taxonomy=tax, name_en=name_en, name_fr=name_fr, code=code
            )
            Attribute.objects.create(
                partnership=partnership,
                taxonomy_term=term,
                link_id=s.hsds_id,
                link_entity="service",
                service=s,
            )
        Language.objects.create(partnership=partnership, service=s, name="Tigrinya", code="ti")
        Language.objects.create(partnership=partnership, service=s, name="French", code="fr")
        for city in ("Orléans", "Kanata"):
            loc = Location.objects.create(partnership=partnership, name_en=f"{city} site")
            Address.objects.create(partnership=partnership, location=loc, city=city)
            Address.objects.create(partnership=partnership, location=loc, city="")
            ServiceAtLocation.objects.create(partnership=partnership, service=s, location=loc)
    assert reindex_services(partnership=partnership, service_ids=[s.pk]) == 1
    entry = b.entry(s)
    names = ["Language classes", "Cours de langue", "ESL", "Catholic Centre", "Centre catholique"]
    assert entry.name_text == index_text(names)
    body = [
        "Evening classes",
        "Cours du soir",
        "Permanent residents",
        "Arabic interpreters",
        "LINC",
        *("Education", "Éducation", "ED-1", "Jobs", "JB"),
        *("Tigrinya", "ti", "French", "fr"),
        *("Orléans", "Kanata"),
    ]
    assert entry.body_text == index_text(body)
    assert b.search("tigrinya") == b.search("orleans") == b.search("catholique") == [s.name_en]


def test_batches_new_changed_and_unchanged_entries(
    partnership: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # batches of 3 services, 2 rows per INSERT: every path of the batching runs
    monkeypatch.setattr(search_index, "REINDEX_BATCH", 3)
    monkeypatch.setattr(search_index, "max_params", lambda: 14)
    b = Built(partnership)
    services = [b.service(f"Yoga {i}") for i in range(8)]
    assert reindex_services(partnership=partnership) == 8
    assert b.search("yoga") == [f"Yoga {i}" for i in range(8)]
    before = {s.pk: b.entry(s) for s in services}
    with scopes_disabled():
        for s in services[2:5]:
            Service.objects.filter(pk=s.pk).update(name_en=f"Pilates {s.name_en[-1]}")
    assert reindex_services(partnership=partnership, service_ids=[s.pk for s in services]) == 8
    assert b.search("yoga") == ["Yoga 0", "Yoga 1", "Yoga 5", "Yoga 6", "Yoga 7"]
    assert b.search("pilates") == ["Pilates 2", "Pilates 3", "Pilates 4"]
    for i, s in enumerate(services):
        after, old = b.entry(s), before[s.pk]
        assert after.created_at == old.created_at
        if 2 <= i < 5:
            assert after.version == old.version + 1 and after.updated_at >= old.updated_at
            assert "pilat" in after.name_text.split()
        else:  # unchanged text: not written at all
            assert (after.pk, after.version, after.updated_at) == (
                old.pk,
                old.version,
                old.updated_at,
            )


def test_reindex_leaves_other_partnerships_alone(partnership: Any, other_partnership: Any) -> None:
    ours, theirs = Built(partnership), Built(other_partnership)
    mine = ours.service("Food bank")
    other = theirs.service("Food bank Kingston")
    reindex_services(partnership=other_partnership)
    before = theirs.entry(other)
    # another partnership's id among ours: not indexed for us, its own entry kept as it is
    assert reindex_services(partnership=partnership, service_ids=[mine.pk, other.pk]) == 1
    with scopes_disabled():
        assert ServiceSearchEntry.objects.filter(service=other).count() == 1
    after = theirs.entry(other)
    assert (after.partnership_id, after.version, after.name_text) == (
        other_partnership.pk,
        before.version,
        before.name_text,
    )
    assert ours.search("food") == ["Food bank"]
    assert theirs.search("food") == ["Food bank Kingston"]


def test_the_stemmers_in_use_give_the_pure_python_snowball_stems() -> None:
    """PyStemmer (C, pinned) is what snowballstemmer hands out when it is installed; its
    stems must be exactly those of the pure-Python Snowball stemmers, or the index and the
    queries would depend on which one a machine has. The vocabulary: every word of the
    test data (HSDS examples, ORUK sample, AIRS files), accented and folded."""
    from snowballstemmer.english_stemmer import EnglishStemmer
    from snowballstemmer.french_stemmer import FrenchStemmer

    from liphub.directory import search_text

    data = Path(__file__).with_name("data")
    text = " ".join(
        p.read_text(encoding="utf-8", errors="ignore")
        for p in sorted(data.rglob("*"))
        if p.suffix in {".json", ".xml", ".csv"}
    )
    vocabulary = {w for w in re.findall(r"[^\W_]+", text.lower()) if len(w) >= 3}
    vocabulary |= {search_text.fold(w) for w in vocabulary}
    vocabulary |= set(" ".join(p for p in PARTS if p).lower().split())
    assert len(vocabulary) > 2000
    for in_use, pure in (
        (search_text._english, EnglishStemmer()),
        (search_text._french, FrenchStemmer()),
    ):
        differ = [w for w in sorted(vocabulary) if in_use.stemWord(w) != pure.stemWord(w)]
        assert differ == []
