"""What an import found and did: every problem with its file, record or row, and field.

Every importer reports through these classes, so the command line, the web page and the
tests read problems the same way. An import that finds problems (and was not told to skip
invalid records) raises `ImportRejectedError` inside its transaction: nothing is written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as the format allows."""

    file: str
    message: str
    record: str = ""  # e.g. "service 3f2a..." or "Agency 12345"
    row: int | None = None  # 1-based line (CSV: the header is line 1) or JSON item number
    field: str = ""  # e.g. "name", "phones[0].number"
    skipped: bool = False  # True when --skip-invalid left the record out
    row_kind: str = "line"  # "line" (CSV, XML) or "item" (the n-th record of a JSON list)

    def __str__(self) -> str:
        where = [self.file] if self.file else []
        if self.row is not None:
            if self.row_kind == "item":
                where.append(gettext("item %(number)d") % {"number": self.row})
            else:
                where.append(gettext("line %(number)d") % {"number": self.row})
        if self.record:
            where.append(self.record)
        if self.field:
            where.append(gettext("field %(name)s") % {"name": self.field})
        text = f"{', '.join(where)}: {self.message}" if where else str(self.message)
        return gettext("skipped: %(problem)s") % {"problem": text} if self.skipped else text

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "record": self.record,
            "row": self.row,
            "field": self.field,
            "message": self.message,
            "skipped": self.skipped,
            "row_kind": self.row_kind,
        }


@dataclass
class ImportSummary:
    """Counts per object type and action ("service": {"created": 3, "updated": 1, ...})."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    run_id: int | None = None  # the ImportRun that logged the import

    def count(self, object_type: str, action: str, n: int = 1) -> None:
        self.counts.setdefault(object_type, Counter())[action] += n

    def total(self, action: str) -> int:
        return sum(c[action] for c in self.counts.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "counts": {k: dict(v) for k, v in sorted(self.counts.items())},
            "problems": [p.as_dict() for p in self.problems],
        }

    def lines(self) -> list[str]:
        out = []
        for object_type, counter in sorted(self.counts.items()):
            parts = ", ".join(f"{n} {action}" for action, n in sorted(counter.items()))
            out.append(f"{object_type}: {parts}")
        out.extend(str(p) for p in self.problems)
        return out


class ImportRejectedError(Exception):
    """The input had problems; the transaction was rolled back and nothing changed."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.run_id: int | None = None  # the ImportRun that logged the rejection, once written
        super().__init__(f"{len(problems)} problem(s); nothing was imported")

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]
