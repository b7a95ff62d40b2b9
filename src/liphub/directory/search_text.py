"""Text normalisation for the directory search, done in Python so every engine behaves alike.

Indexing and querying go through the same steps: lower-case, fold accents (``médecin`` →
``medecin``), split into words of letters and digits (French elisions such as ``d'`` are
dropped), then expand each word into itself plus its English and French Snowball stems. The
engines (SQLite FTS5, PostgreSQL full-text search with the ``simple`` configuration) only see
plain ASCII words, so they need no language configuration of their own.

A query becomes a `ParsedQuery`: every clause must match (AND); a clause matches when any of
its alternatives does (the word itself, or a synonym, OR); an alternative is one or more words
that must all match; a word matches any of its forms (the word and its stems).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import snowballstemmer

_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script
# combining marks left by NFKD: Latin diacritics (and their extensions), Arabic harakat
_MARKS = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u065f\u0670]"
)
# ligatures and letters NFKD does not decompose
_SPECIAL = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"})
# single letters left by French elisions (l'école, d'anglais, qu'il...) and by "s" plurals
_DROP = frozenset("abcdefghijklmnopqrstuvwxyz")
MAX_QUERY_WORDS = 12
# dropped from queries (and synonym terms) unless the query has nothing else: they match
# nearly every service and make ranking slow
STOP_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "to",
        "in",
        "an",
        "with",
        "on",
        "at",
        "by",
        "or",
        "from",
        "my",
        "me",
        "is",
        "are",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "en",
        "un",
        "une",
        "pour",
        "au",
        "aux",
        "avec",
        "sur",
        "dans",
        "par",
        "ou",
        "mon",
        "ma",
        "mes",
        "est",
    ]
)

_english = snowballstemmer.stemmer("english")
_french = snowballstemmer.stemmer("french")


def fold(text: str) -> str:
    """Lower-case and remove accents: ``"Médecin DE Famille"`` → ``"medecin de famille"``."""
    text = text.lower()
    if text.isascii():
        return text
    return _MARKS.sub("", unicodedata.normalize("NFKD", text.translate(_SPECIAL)))


def words(text: str) -> list[str]:
    """The folded words of a text (letters and digits of any script), single letters dropped."""
    return [w for w in _WORD.findall(fold(text)) if w not in _DROP]


def query_words(text: str) -> list[str]:
    """The words of a query or synonym term: `words` without stop words (unless all are)."""
    found = words(text)
    return [w for w in found if w not in STOP_WORDS] or found


@lru_cache(maxsize=50_000)
def forms(word: str) -> tuple[str, ...]:
    """The forms a folded word is indexed and searched by: itself and its English and French
    stems, without repeats. Two words match when they share a form: "jobs" meets "job", and
    "course" (English stem "cours") meets "cours". Digits and words under three letters are
    kept as they are."""
    if word.isdigit() or len(word) < 3:
        return (word,)
    stems = (fold(_english.stemWord(word)), fold(_french.stemWord(word)))
    return tuple(dict.fromkeys(s for s in (word, *stems) if s))


@lru_cache(maxsize=50_000)
def _index_forms(word: str) -> tuple[str, ...]:
    """`forms(word)` for a word of an indexed text, () for a dropped single letter (memoised:
    words repeat massively across an import, each is looked up once per text)."""
    return () if word in _DROP else forms(word)


def index_text(parts: Iterable[str | None]) -> str:
    """The text stored for one field: every distinct word and stem, space separated, in the
    order they first appear.

    The parts are folded as one text (joined by spaces, so no word spans two parts: the same
    words as folding each part alone) and every step after the fold runs in C: the word
    regex, the memoised forms, and a dict keeping the first of each form.
    """
    text = fold(" ".join(part for part in parts if part))
    return " ".join(dict.fromkeys(chain.from_iterable(map(_index_forms, _WORD.findall(text)))))


# --- queries -----------------------------------------------------------------------------


Alternative = tuple[tuple[str, ...], ...]  # words (each a tuple of its forms), all must match


@dataclass(frozen=True)
class ParsedQuery:
    """A normalised query: every clause must match; a clause is alternatives, any may match."""

    text: str
    clauses: tuple[tuple[Alternative, ...], ...]

    def __bool__(self) -> bool:
        return bool(self.clauses)


@lru_cache(maxsize=10_000)
def _term_words(term: str) -> tuple[str, ...]:
    """`query_words` of a synonym term, remembered (a pure function of the text: an edited
    synonym is a new text)."""
    return tuple(query_words(term))


def _alternative(term_words: Sequence[str]) -> Alternative:
    return tuple(forms(w) for w in term_words)


def _matches(query_word: str, term_word: str) -> bool:
    return bool(set(forms(query_word)) & set(forms(term_word)))


def parse_query(query: str, synonyms: Iterable[Sequence[str]] = ()) -> ParsedQuery:
    """Normalise a query and expand it with synonym groups (each a list of terms).

    A synonym term (one or several words) is recognised in the query when its words appear in
    a row, each word sharing a form with the query's word ("physicians" meets "physician").
    The recognised words become one clause whose alternatives are all the group's terms.
    """
    found = query_words(query)[:MAX_QUERY_WORDS]
    groups: list[list[list[str]]] = []
    for group in synonyms:
        terms = [list(_term_words(term)) for term in group]
        terms = [t for t in terms if t]
        if len(terms) > 1:
            groups.append(terms)
    clauses: list[tuple[Alternative, ...]] = []
    i = 0
    while i < len(found):
        best_len = 0
        alternatives: list[Alternative] = []
        for terms in groups:
            for term in terms:
                n = len(term)
                if n < best_len or i + n > len(found):
                    continue
                if all(_matches(found[i + k], term[k]) for k in range(n)):
                    if n > best_len:
                        best_len, alternatives = n, []
                    alternatives.extend(_alternative(t) for t in terms)
                    break
        if best_len:
            own = _alternative(found[i : i + best_len])
            unique = list(dict.fromkeys([own, *alternatives]))
            clauses.append(tuple(unique))
            i += best_len
        else:
            clauses.append((_alternative([found[i]]),))
            i += 1
    return ParsedQuery(text=" ".join(found), clauses=tuple(clauses))


def default_synonyms() -> list[str]:
    """Synonym sets a new directory starts with (EN/FR); coordinators edit them afterwards.

    Each string is one `SearchSynonym.terms` value (comma separated).
    """
    return [
        "doctor, physician, médecin, family doctor, médecin de famille, GP",
        "clinic, clinique, health centre, centre de santé",
        "ESL, LINC, English classes, English lessons, cours d'anglais, language training",
        "FSL, CLIC, French classes, cours de français, francisation",
        "job, employment, emploi, work, travail, career, carrière",
        "housing, logement, shelter, hébergement, apartment, appartement, rent, loyer",
        "food, nourriture, food bank, banque alimentaire, groceries, épicerie",
        "newcomer, immigrant, nouvel arrivant, nouveaux arrivants",
        "refugee, réfugié, refugee claimant, demandeur d'asile, asylum",
        "settlement, établissement, integration, intégration",
        "child care, daycare, garderie, service de garde",
        "youth, jeunes, jeunesse, teen, adolescent",
        "senior, aîné, personnes âgées, elderly",
        "mental health, santé mentale, counselling, counseling, soutien psychologique",
        "legal aid, aide juridique, lawyer, avocat",
        "interpreter, interprète, translation, traduction",
        "school, école, education, éducation",
        "dentist, dentiste, dental, dentaire",
        "money, argent, finance, loan, prêt, microloan, microcrédit",
        "tax, taxes, impôt, impôts, income tax, déclaration de revenus",
        "credential, credentials, diploma recognition, reconnaissance des diplômes",
    ]
