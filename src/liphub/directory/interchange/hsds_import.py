"""Import an HSDS 3.0 directory: JSON, the tabular CSV datapackage, or Open Referral UK JSON.

`import_hsds(partnership=..., path=...)` is what `./liphub import-hsds`, the web upload and the
benchmark call. The format is detected from the file:

* HSDS 3.0 JSON: one object (service, organization, service_at_location, location, taxonomy,
  taxonomy_term), a list of them, an API `Page` (`contents`), `tabular.json` (tables of
  rows), or a folder of such files;
* the tabular CSV datapackage: a folder or a .zip with one `<table>.csv` per HSDS table;
* Open Referral UK JSON (services with `pc_*` vendor fields), mapped onto HSDS 3.0.

How it works: the input is read one record at a time (ijson for JSON, `csv` for CSV), so
memory stays bounded by the ids seen, not the file. Each record (a top-level JSON item or a
CSV row) is flattened into rows per HSDS object, every field is checked against the model
field it lands in, and its required references must exist in the file or the directory.
Valid records are written in batches (bulk create / bulk update, upsert by
`(partnership, hsds_id)`: re-importing updates in place). Fields the specification does not
define are kept in `extra` and counted. Everything happens in one transaction: by default a
single invalid record rolls everything back and raises `ImportRejectedError` with every
problem; `skip_invalid=True` imports the valid records and reports each skipped one. Every
run is recorded as an `ImportRun`, a rejected one after the rollback.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import ijson
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_scopes import scope

from liphub.core.models import Partnership
from liphub.directory.interchange.hsds_specs import (
    IGNORED_TABLES,
    ORDER,
    REFERENCED,
    SPECS,
    TABLES,
    _is_blank,
    _kind,
    field_plans,
)
from liphub.directory.interchange.oruk_json import looks_like_oruk, oruk_to_hsds
from liphub.directory.interchange.report import ImportRejectedError, ImportSummary, Problem
from liphub.directory.interchange.sql_writer import (
    QUERY_CHUNK,
    bulk_writes,
    one_import_at_a_time,
    table_writer,
)
from liphub.directory.models import ImportKind, ImportRun
from liphub.directory.search import reindex_services

BATCH_RECORDS = 500  # top-level records (or CSV rows) written per batch
MAX_PROBLEMS = 1000  # problems kept in full; the rest are counted
SEEN_LIMIT = 20_000  # checked nested objects remembered (repeated organizations, terms...)
PK_CACHE_LIMIT = 200_000  # cached hsds_id -> pk entries per object type
PRECISE_JSON_ERROR_BYTES = 64 * 1024 * 1024  # below this a parse error is located exactly


class _MalformedError(Exception):
    """The file cannot be read any further (parse error): the import stops here."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


@dataclass(slots=True)
class Row:
    """One HSDS object found in the input, ready to be written."""

    type: str
    id: str
    path: str  # where it sits in its record, e.g. "service_at_locations[0].location"
    values: dict[str, Any] = field(default_factory=dict)  # model field -> value
    refs: dict[str, str | None] = field(default_factory=dict)  # HSDS ref field -> hsds id
    extra: dict[str, Any] = field(default_factory=dict)
    service_link: str | None = None  # attribute: the service it classifies

    def merge(self, other: Row) -> None:
        """The same object met again (HSDS JSON repeats shared objects where they are used)."""
        self.values.update(other.values)
        for key, value in other.refs.items():
            if self.refs.get(key) is None:  # the first place that links it wins
                self.refs[key] = value
        self.extra.update(other.extra)
        self.service_link = self.service_link or other.service_link


@dataclass
class _Record:
    file: str
    number: int  # JSON item number or CSV line
    label: str
    rows: dict[tuple[str, str], Row] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (field path, message)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _ref_value(value: Any) -> str | None:
    if type(value) is str:  # the common case first
        return value.strip() or None
    if _is_blank(value):
        return None
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise ValueError(_("expected an id, got %(kind)s") % {"kind": _kind(value)})


class _Importer:
    def __init__(
        self,
        *,
        partnership: Partnership,
        skip_invalid: bool,
        language: str,
        feed: str,
    ) -> None:
        self.partnership = partnership
        self.skip_invalid = skip_invalid
        self.feed = feed
        # per object type: HSDS field -> (model field, check-and-convert)
        self.plans: dict[str, dict[str, tuple[str, Any]]] = {
            name: {
                key: (plan.model_field, plan.convert)
                for key, plan in field_plans(spec, language).items()
            }
            for name, spec in SPECS.items()
        }
        # per object type: keys that are not values of the object itself
        self.skip: dict[str, frozenset[str]] = {
            name: frozenset({"id", *spec.children, *spec.parents}) for name, spec in SPECS.items()
        }
        # per object type: HSDS reference field -> (target type, model attname)
        self.ref_columns: dict[str, dict[str, tuple[str, str]]] = {
            name: {key: (ref.target, f"{ref.fk}_id") for key, ref in spec.refs.items()}
            for name, spec in SPECS.items()
        }
        self.summary = ImportSummary()
        self.problem_count = 0
        self.failed = False
        self.accepted: dict[str, set[str]] = {name: set() for name in SPECS}
        self.top_ids: dict[str, dict[str, int]] = {}  # record type -> id -> first item/line
        self.db_known: dict[str, set[str]] = {name: set() for name in SPECS}
        self.pending: dict[str, dict[str, Row]] = {name: {} for name in ORDER}
        self.pending_records = 0
        self.pk_cache: dict[str, dict[str, int]] = {name: {} for name in REFERENCED}
        self.service_pks: set[int] = set()
        self.deferred: list[tuple[str, str, str, str, str]] = []  # type, id, fk, target, tid
        # (type, id, path) of nested objects met once, and -> (object, values, refs, extra) of
        # those met again (an organization repeated in each of its services)
        self.met: set[tuple[str, str, str]] = set()
        self.seen: dict[
            tuple[str, str, str], tuple[Any, dict[str, Any], dict[str, Any], dict[str, Any]]
        ] = {}

    # --- problems ------------------------------------------------------------------------

    def problem(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.summary.problems) < MAX_PROBLEMS:
            self.summary.problems.append(problem)

    def final_problems(self) -> list[Problem]:
        problems = list(self.summary.problems)
        hidden = self.problem_count - len(problems)
        if hidden > 0:
            problems.append(
                Problem(
                    file="",
                    message=ngettext(
                        "… and %(count)d more problem", "… and %(count)d more problems", hidden
                    )
                    % {"count": hidden},
                )
            )
        return problems

    # --- flattening one record -------------------------------------------------------------

    def flatten(
        self,
        record: _Record,
        obj: Any,
        type_: str,
        path: str,
        parent: tuple[str, str, str] | None = None,
    ) -> str | None:
        """Rows for `obj` and everything nested in it; returns its id (None when unusable)."""
        spec = SPECS[type_]
        if not isinstance(obj, dict):
            record.errors.append(
                (path or type_, _("expected an object, got %(kind)s") % {"kind": _kind(obj)})
            )
            return None
        try:
            id_ = _ref_value(obj.get("id"))
        except ValueError as error:
            record.errors.append((_join(path, "id"), str(error)))
            return None
        if id_ is None:
            record.errors.append((_join(path, "id"), _("required: every object needs an id")))
            return None
        if len(id_) > 250:
            record.errors.append(
                (
                    _join(path, "id"),
                    _("longer than %(max)d characters (%(length)d)")
                    % {"max": 250, "length": len(id_)},
                )
            )
            return None
        row = Row(type=type_, id=id_, path=path or type_)
        # An object repeated where it is used (the organization of each service, a taxonomy
        # term in each attribute) is checked twice: from its second time on, its checked
        # values are kept, and the same object met again, equal in every field (a deep
        # comparison), reuses them.
        cache_key = (type_, id_, path) if parent is None and path else None
        cached = self.seen.get(cache_key) if cache_key is not None else None
        if cached is not None and cached[0] == obj:
            row.values, row.refs, row.extra = dict(cached[1]), dict(cached[2]), dict(cached[3])
            for key in row.extra:
                self.summary.count("unknown fields kept in extra", f"{type_}.{key}")
        else:
            errors_before = len(record.errors)
            self._check_fields(record, obj, spec, row, path, parent)
            if cache_key is not None and len(record.errors) == errors_before:
                if cache_key in self.met:  # met before: it repeats, keep the checked values
                    if len(self.seen) >= SEEN_LIMIT:
                        self.seen.clear()
                    self.seen[cache_key] = (obj, dict(row.values), dict(row.refs), dict(row.extra))
                else:  # most nested objects (a service's own location) are met only once
                    if len(self.met) >= SEEN_LIMIT:
                        self.met.clear()
                    self.met.add(cache_key)
        if parent is not None:
            parent_type, parent_id, link = parent
            if link in spec.refs:
                row.refs[link] = parent_id
            else:  # attribute.link_id / metadata.resource_id: a plain value
                row.values[link] = parent_id
                kind_field = "link_entity" if type_ == "attribute" else "resource_type"
                if _is_blank(row.values.get(kind_field)):
                    row.values[kind_field] = parent_type
                if type_ == "attribute" and parent_type == "service":
                    row.service_link = parent_id
        for key, (parent_type, own_ref) in spec.parents.items():
            if obj.get(key) is not None:
                linked = self.flatten(record, obj[key], parent_type, _join(path, key))
                if linked is not None:
                    row.refs[own_ref] = linked
        if (
            type_ == "attribute"
            and row.service_link is None
            and str(row.values.get("link_entity", "")).lower() == "service"
        ):
            row.service_link = row.values.get("link_id")
        self._add_row(record, row)
        if type_ == "service" and row.refs.get("program_id"):
            program = record.rows.get(("program", str(row.refs["program_id"])))
            if program is not None and not program.refs.get("organization_id"):
                program.refs["organization_id"] = row.refs.get("organization_id")
        nested = self.skip[type_] & obj.keys()
        for key, (child_type, link) in spec.children.items():
            if key not in nested:
                continue
            children = obj[key]
            if children is None:
                continue
            if not isinstance(children, list):
                record.errors.append(
                    (
                        _join(path, key),
                        _("expected a list, got %(kind)s") % {"kind": _kind(children)},
                    )
                )
                continue
            for i, child in enumerate(children):
                self.flatten(
                    record, child, child_type, f"{_join(path, key)}[{i}]", (type_, id_, link)
                )
        return id_

    def _check_fields(
        self,
        record: _Record,
        obj: dict[str, Any],
        spec: Any,
        row: Row,
        path: str,
        parent: tuple[str, str, str] | None,
    ) -> None:
        """Check and convert the object's own fields into `row` (errors go to the record)."""
        type_ = row.type
        plans = self.plans[type_]
        skip = self.skip[type_]
        values = row.values
        for key, value in obj.items():
            if key in skip:
                continue
            plan = plans.get(key)
            if plan is not None:
                try:
                    values[plan[0]] = plan[1](value)
                except ValueError as error:
                    record.errors.append((_join(path, key), str(error)))
            elif key in spec.refs:
                try:
                    row.refs[key] = _ref_value(value)
                except ValueError as error:
                    record.errors.append((_join(path, key), str(error)))
            else:
                row.extra[key] = value
                self.summary.count("unknown fields kept in extra", f"{type_}.{key}")
        linked_by_parent = parent[2] if parent is not None else ""
        for key in spec.required:
            if obj.get(key) is None and key != linked_by_parent:
                record.errors.append((_join(path, key), _("required")))
        for key in spec.not_blank:
            if key == linked_by_parent:
                continue
            if key in obj and obj[key] is not None and _is_blank(obj[key]):
                record.errors.append((_join(path, key), _("required: it is empty")))
            elif obj.get(key) is None and key not in spec.required:
                record.errors.append((_join(path, key), _("required")))

    def _add_row(self, record: _Record, row: Row) -> None:
        key = (row.type, row.id)
        if key in record.rows:
            record.rows[key].merge(row)
        else:
            record.rows[key] = row

    # --- accepting a record ------------------------------------------------------------------

    def check_references(self, record: _Record) -> None:
        for row in record.rows.values():
            spec = SPECS[row.type]
            for key, ref in spec.refs.items():
                if not ref.required:
                    continue
                target_id = row.refs.get(key)
                where = _join(row.path if row.path != row.type else "", key)
                if target_id is None:
                    if key not in row.refs or row.refs[key] is None:
                        what = key.removesuffix("_id")
                        record.errors.append(
                            (
                                where,
                                _("required: a %(object)s needs its %(target)s (%(field)s)")
                                % {"object": row.type, "target": what, "field": key},
                            )
                        )
                    continue
                if not self.known(ref.target, target_id, record):
                    record.errors.append(
                        (
                            where,
                            _("%(object)s %(id)s is neither in the file nor in the directory")
                            % {"object": ref.target, "id": repr(target_id)},
                        )
                    )

    def known(self, type_: str, hsds_id: str, record: _Record | None = None) -> bool:
        if record is not None and (type_, hsds_id) in record.rows:
            return True
        if hsds_id in self.accepted[type_] or hsds_id in self.db_known[type_]:
            return True
        model = SPECS[type_].model
        if model._default_manager.filter(partnership=self.partnership, hsds_id=hsds_id).exists():
            self.db_known[type_].add(hsds_id)
            return True
        return False

    def take(self, record: _Record, top: tuple[str, str] | None) -> None:
        """Check a flattened record and queue it for writing, or report why it is left out."""
        if top is not None:
            type_, id_ = top
            seen = self.top_ids.setdefault(type_, {})
            if id_ in seen:
                record.errors.append(
                    (
                        "id",
                        _("duplicate id: %(object)s %(id)s is already at line/item %(number)d")
                        % {"object": type_, "id": repr(id_), "number": seen[id_]},
                    )
                )
            else:
                seen[id_] = record.number
        if not record.errors:
            self.check_references(record)
        if record.errors:
            for where, message in record.errors:
                self.problem(
                    Problem(
                        file=record.file,
                        message=message,
                        record=record.label,
                        row=record.number,
                        field=where,
                        skipped=self.skip_invalid,
                        row_kind="item" if record.file.lower().endswith(".json") else "line",
                    )
                )
            if self.skip_invalid:
                self.summary.count(record.label.split(" ")[0], "skipped")
            else:
                self.failed = True
                self.pending = {name: {} for name in ORDER}
            return
        for type_, id_ in record.rows:
            self.accepted[type_].add(id_)
        if self.failed:
            return
        for (type_, id_), row in record.rows.items():
            pending = self.pending[type_]
            if id_ in pending:
                pending[id_].merge(row)
            else:
                pending[id_] = row
        self.pending_records += 1
        if self.pending_records >= BATCH_RECORDS:
            self.flush()

    # --- writing -----------------------------------------------------------------------------

    def flush(self) -> None:
        if not self.failed:
            for type_ in ORDER:
                rows = self.pending[type_]
                if rows:
                    self.write(type_, rows)
        self.pending = {name: {} for name in ORDER}
        self.pending_records = 0

    def resolve(self, type_: str, ids: Iterable[str]) -> dict[str, int]:
        """hsds_id -> pk for these ids of one object type (cache, then the database)."""
        cache = self.pk_cache.setdefault(type_, {})
        missing = [i for i in set(ids) if i not in cache]
        if missing:
            if len(cache) > PK_CACHE_LIMIT:
                cache.clear()
            table = table_writer(SPECS[type_].model)
            cache.update(
                (hsds_id, pk) for hsds_id, pk, _feed in table.lookup(self.partnership.pk, missing)
            )
        return cache

    def write(self, type_: str, rows: dict[str, Row]) -> None:
        spec = SPECS[type_]
        table = table_writer(spec.model)
        columns = self.ref_columns[type_]
        targets: dict[str, set[str]] = {}
        for row in rows.values():
            for key, target_id in row.refs.items():
                if target_id is not None:
                    targets.setdefault(columns[key][0], set()).add(target_id)
            if row.service_link:
                targets.setdefault("service", set()).add(row.service_link)
        resolved = {target: self.resolve(target, ids) for target, ids in targets.items()}
        prepared: dict[str, dict[str, Any]] = {}
        # the rows are written once and then dropped: their dicts become the written values
        for row in rows.values():
            values = row.values
            unresolved: dict[str, str] = {}
            for key, target_id in row.refs.items():
                target, attname = columns[key]
                if target_id is None:
                    values[attname] = None
                    continue
                pk = resolved[target].get(target_id)
                if pk is None and target_id in self.accepted[target]:
                    self.deferred.append((type_, row.id, attname, target, target_id))
                    continue
                if pk is None:
                    unresolved[key] = target_id
                    self.summary.count(type_, "reference not found, kept in extra")
                values[attname] = pk
            if type_ == "attribute":
                values["service_id"] = (
                    resolved["service"].get(row.service_link) if row.service_link else None
                )
            if unresolved:
                row.extra["_unresolved"] = unresolved
            values["extra"] = row.extra
            prepared[row.id] = values
        # which ids are already there (one cheap query per chunk); only those are read in full
        present = [hsds_id for hsds_id, _pk, _feed in table.lookup(self.partnership.pk, prepared)]
        existing: dict[str, dict[str, Any]] = {}
        if present:
            compared = sorted({name for hsds_id in present for name in prepared[hsds_id]})
            manager = spec.model._default_manager
            for start in range(0, len(present), QUERY_CHUNK):
                for current in manager.filter(
                    partnership=self.partnership, hsds_id__in=present[start : start + QUERY_CHUNK]
                ).values("pk", "hsds_id", "feed", *compared):
                    existing[current["hsds_id"]] = current
        creates: list[dict[str, Any]] = []
        updates: list[tuple[int, dict[str, Any]]] = []
        unchanged = 0
        for hsds_id, values in prepared.items():
            found = existing.get(hsds_id)
            if found is None:
                values.update(hsds_id=hsds_id, partnership_id=self.partnership.pk, feed=self.feed)
                creates.append(values)
                continue
            changed = {k: v for k, v in values.items() if found[k] != v}
            if self.feed and found["feed"] != self.feed:
                changed["feed"] = self.feed
            if changed:
                updates.append((found["pk"], changed))
            else:
                unchanged += 1
        created = table.insert(creates)
        table.update(updates)
        if type_ in REFERENCED:
            written = {hsds_id: found["pk"] for hsds_id, found in existing.items()}
            if creates and not created:  # the database returns no keys: look them up
                fresh = self.resolve(type_, [values["hsds_id"] for values in creates])
                created = {v["hsds_id"]: fresh[v["hsds_id"]] for v in creates}
            written.update(created)
            cache = self.pk_cache.setdefault(type_, {})
            if len(cache) + len(written) > PK_CACHE_LIMIT:
                cache.clear()
            cache.update(written)
            if type_ == "service":
                self.service_pks.update(written.values())
        for action, n in (
            ("created", len(creates)),
            ("updated", len(updates)),
            ("unchanged", unchanged),
        ):
            if n:
                self.summary.count(type_, action, n)

    def finish(self) -> None:
        """Write what is queued, link forward references, refresh the search index."""
        self.flush()
        if self.failed:
            return
        for type_, id_, attname, target, target_id in self.deferred:
            pk = self.resolve(target, [target_id]).get(target_id)
            manager = SPECS[type_].model._default_manager
            if pk is None:  # pragma: no cover - accepted ids are always written
                continue
            manager.filter(partnership=self.partnership, hsds_id=id_).update(**{attname: pk})
        service_ids = sorted(self.service_pks)
        for start in range(0, len(service_ids), 2000):
            reindex_services(
                partnership=self.partnership, service_ids=service_ids[start : start + 2000]
            )

    # --- readers -----------------------------------------------------------------------------

    def take_item(self, file: str, number: int, item: Any, oruk: bool) -> None:
        if oruk:
            item = oruk_to_hsds(item)
        type_ = detect_type(item)
        id_ = item.get("id") if isinstance(item, dict) else None
        label = f"{type_} {id_}" if id_ not in (None, "") else f"{type_} (item {number})"
        record = _Record(file=file, number=number, label=label)
        top_id = self.flatten(record, item, type_, "")
        self.take(record, (type_, top_id) if top_id is not None else None)

    def take_table_row(self, file: str, line: int, type_: str, values: dict[str, Any]) -> None:
        id_ = values.get("id")
        label = f"{type_} {id_}" if id_ else f"{type_} (line {line})"
        record = _Record(file=file, number=line, label=label)
        top_id = self.flatten(record, values, type_, "")
        self.take(record, (type_, top_id) if top_id is not None else None)


def detect_type(item: Any) -> str:
    """Which HSDS object a top-level JSON object is, from the fields it carries."""
    if not isinstance(item, dict):
        return "service"
    keys = item.keys()
    if "status" in keys or "organization" in keys or "organization_id" in keys:
        return "service"
    if ("location" in keys or "location_id" in keys or "service_id" in keys) and "name" not in keys:
        return "service_at_location"
    if keys & {"location_type", "addresses", "latitude", "longitude", "accessibility"}:
        return "location"
    if keys & {"taxonomy_detail", "taxonomy_id", "parent_id", "term_uri", "code", "taxonomy"}:
        return "taxonomy_term"
    if keys & {
        "website",
        "tax_status",
        "tax_id",
        "year_incorporated",
        "legal_status",
        "logo",
        "parent_organization_id",
        "services",
        "programs",
        "organization_identifiers",
        "locations",
    }:
        return "organization"
    if "version" in keys or ("uri" in keys and "name" in keys and len(keys) <= 5):
        return "taxonomy"
    return "service"


# --- JSON --------------------------------------------------------------------------------------


def _json_error(path: Path, label: str, error: Exception) -> Problem:
    """Locate a JSON parse error by line and column when the file is small enough."""
    if path.stat().st_size <= PRECISE_JSON_ERROR_BYTES:
        try:
            json.loads(path.read_bytes().decode("utf-8-sig"))
        except json.JSONDecodeError as located:
            return Problem(
                file=label,
                row=located.lineno,
                message=_("malformed JSON at line %(line)d, column %(column)d: %(error)s")
                % {"line": located.lineno, "column": located.colno, "error": located.msg},
            )
        except UnicodeDecodeError as bad:
            return Problem(
                file=label,
                message=_("not UTF-8 text (byte %(byte)d): %(error)s")
                % {"byte": bad.start, "error": bad.reason},
            )
        except ValueError:
            pass
    text = str(error).strip().splitlines()
    return Problem(
        file=label, message=_("malformed JSON: %(error)s") % {"error": text[0] if text else error}
    )


def _json_shape(stream: IO[bytes]) -> str:
    events = ijson.parse(stream, use_float=True)
    _prefix, event, _value = next(events, ("", "", None))
    if event == "start_array":
        return "list"
    if event != "start_map":
        return "none"
    for prefix, event, value in events:
        if prefix == "" and event == "map_key":
            if value == "contents":
                return "page"
            if isinstance(value, str) and value.endswith(".csv"):
                return "tabular"
        elif prefix == "" and event == "end_map":
            break
    return "object"


def _import_json_file(importer: _Importer, path: Path, label: str) -> ImportKind:
    kind = ImportKind.HSDS_JSON
    try:
        with path.open("rb") as stream:
            shape = _json_shape(stream)
        if shape == "none":
            raise _MalformedError(
                Problem(file=label, message=_("no HSDS data: expected a JSON object or list"))
            )
        if shape == "tabular":
            with ExitStack() as stack:
                tables = {}
                for table in TABLES:
                    stream = stack.enter_context(path.open("rb"))
                    tables[f"{table}.csv"] = _numbered(
                        ijson.items(stream, f"{table}.csv.item", use_float=True)
                    )
                _import_tables(importer, {k: v for k, v in tables.items()}, label, numbered=True)
            return kind
        prefix = {"list": "item", "page": "contents.item", "object": ""}[shape]
        with path.open("rb") as stream:
            first = next(iter(ijson.items(stream, prefix, use_float=True)), None)
        oruk = looks_like_oruk(first)
        if oruk:
            kind = ImportKind.ORUK_JSON
        if first is None:
            importer.summary.count("file", "empty")
            return kind
        with path.open("rb") as stream:
            for number, item in enumerate(ijson.items(stream, prefix, use_float=True), start=1):
                importer.take_item(label, number, item, oruk)
    except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError) as error:
        raise _MalformedError(_json_error(path, label, error)) from error
    return kind


def _numbered(items: Iterator[Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    yield from enumerate(items, start=1)


# --- CSV ---------------------------------------------------------------------------------------


def _csv_rows(stream: IO[str], label: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line, row) for each data row; the header is line 1."""
    reader = csv.reader(stream, strict=True)
    try:
        header = next(reader, None)
        if header is None:
            return
        header = [h.strip() for h in header]
        line = reader.line_num
        for values in reader:
            start, line = line + 1, reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                raise _MalformedError(
                    Problem(
                        file=label,
                        row=start,
                        message=_(
                            "expected %(expected)d values (the header's columns), found %(found)d"
                        )
                        % {"expected": len(header), "found": len(values)},
                    )
                )
            yield start, dict(zip(header, values, strict=True))
    except csv.Error as error:
        raise _MalformedError(
            Problem(
                file=label,
                row=reader.line_num,
                message=_("malformed CSV: %(error)s") % {"error": error},
            )
        ) from error
    except UnicodeDecodeError as error:
        raise _MalformedError(
            Problem(
                file=label,
                row=reader.line_num + 1,
                message=_("not UTF-8 text: %(error)s") % {"error": error.reason},
            )
        ) from error


def _import_tables(
    importer: _Importer,
    tables: dict[str, Iterator[tuple[int, dict[str, Any]]]],
    label: str,
    *,
    numbered: bool = False,
) -> None:
    """Rows of each table, in write order (an object's references come first)."""
    by_type = {
        TABLES[name.removesuffix(".csv")]: name
        for name in tables
        if name.removesuffix(".csv") in TABLES
    }
    if not by_type:
        raise _MalformedError(
            Problem(
                file=label,
                message=_(
                    "no HSDS tables found: name the CSV files after the HSDS tables "
                    "(organizations.csv, services.csv, locations.csv...)"
                ),
            )
        )
    for name in tables:
        table = name.removesuffix(".csv")
        if table in IGNORED_TABLES or table not in TABLES:
            importer.summary.count("file not imported (not a directory table)", name)
    for type_ in ORDER:
        if type_ not in by_type:
            continue
        name = by_type[type_]
        file_label = f"{label}:{name}" if numbered else name
        for number, row in tables[name]:
            importer.take_table_row(file_label, number, type_, row)
        importer.flush()


def _import_csv(importer: _Importer, path: Path) -> None:
    with ExitStack() as stack:
        streams: dict[str, Iterator[tuple[int, dict[str, Any]]]] = {}
        if path.suffix.lower() == ".csv":  # a single table
            stream = stack.enter_context(path.open(encoding="utf-8-sig", newline=""))
            streams[path.name] = _csv_rows(stream, path.name)
        elif path.is_dir():
            for file in sorted(path.glob("*.csv")):
                stream = stack.enter_context(file.open(encoding="utf-8-sig", newline=""))
                streams[file.name] = _csv_rows(stream, file.name)
        else:
            try:
                archive = stack.enter_context(zipfile.ZipFile(path))
            except zipfile.BadZipFile as error:
                raise _MalformedError(
                    Problem(
                        file=path.name,
                        message=_("not a readable zip file: %(error)s") % {"error": error},
                    )
                ) from error
            for info in sorted(archive.infolist(), key=lambda i: i.filename):
                name = Path(info.filename).name
                if info.is_dir() or not name.endswith(".csv") or name.startswith("."):
                    continue
                raw = stack.enter_context(archive.open(info))
                text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
                streams[name] = _csv_rows(text, name)
        _import_tables(importer, streams, path.name)


# --- entry point -------------------------------------------------------------------------------


def detect_kind(path: Path) -> ImportKind:
    if path.is_dir():
        if any(path.glob("*.csv")):
            return ImportKind.HSDS_CSV
        return ImportKind.HSDS_JSON
    if path.suffix.lower() in (".zip", ".csv"):
        return ImportKind.HSDS_CSV
    return ImportKind.HSDS_JSON


def _run(importer: _Importer, path: Path) -> ImportKind:
    kind = detect_kind(path)
    if kind == ImportKind.HSDS_CSV:
        _import_csv(importer, path)
    elif path.is_dir():
        files = sorted(p for p in path.glob("*.json") if p.name != "datapackage.json")
        if not files:
            raise _MalformedError(
                Problem(file=path.name, message=_("no .json or .csv files found"))
            )
        for file in files:
            if _import_json_file(importer, file, file.name) == ImportKind.ORUK_JSON:
                kind = ImportKind.ORUK_JSON
    else:
        kind = _import_json_file(importer, path, path.name)
    importer.finish()
    return kind


def import_hsds(
    *,
    partnership: Partnership,
    path: str | Path,
    skip_invalid: bool = False,
    language: str = "en",
    feed: str = "",
    user: Any = None,
) -> ImportSummary:
    """Import an HSDS directory file or folder into a partnership (one transaction).

    Raises `ImportRejectedError` (nothing changed) when the input has problems and
    `skip_invalid` is false, or when it cannot be read at all.
    """
    if language not in ("en", "fr"):
        raise ValueError("language must be 'en' or 'fr'")
    path = Path(path)
    importer = _Importer(
        partnership=partnership, skip_invalid=skip_invalid, language=language, feed=feed[:100]
    )
    kind = detect_kind(path) if path.exists() else ImportKind.HSDS_JSON
    file_name = path.name[:500]
    with scope(partnership=[partnership.pk]), bulk_writes():
        try:
            with transaction.atomic():
                one_import_at_a_time(partnership.pk)
                if not path.exists():
                    raise _MalformedError(
                        Problem(file=str(path), message=_("no such file or folder"))
                    )
                kind = _run(importer, path)
                if importer.failed:
                    raise ImportRejectedError(importer.final_problems())
                run = ImportRun.objects.create(
                    partnership=partnership,
                    kind=kind,
                    feed=feed[:100],
                    file_name=file_name,
                    started_by=user,
                    succeeded=True,
                    summary=importer.summary.as_dict()["counts"],
                    problems=[p.as_dict() for p in importer.final_problems()],
                )
        except _MalformedError as error:
            problems = [*importer.final_problems(), error.problem]
            rejected = ImportRejectedError(problems)
            rejected.run_id = _record_failure(
                partnership, kind, feed, file_name, user, importer, problems
            ).pk
            raise rejected from error
        except ImportRejectedError as error:
            error.run_id = _record_failure(
                partnership, kind, feed, file_name, user, importer, error.problems
            ).pk
            raise
    importer.summary.problems = importer.final_problems()
    importer.summary.run_id = run.pk
    return importer.summary


def _record_failure(
    partnership: Partnership,
    kind: str,
    feed: str,
    file_name: str,
    user: Any,
    importer: _Importer,
    problems: list[Problem],
) -> ImportRun:
    """Log a rejected import after the rollback, so the failure stays visible."""
    return ImportRun.objects.create(
        partnership=partnership,
        kind=kind,
        feed=feed[:100],
        file_name=file_name,
        started_by=user,
        succeeded=False,
        summary={},
        problems=[p.as_dict() for p in problems],
    )
