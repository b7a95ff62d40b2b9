"""Import an AIRS XML 3.0 file (a 211 resource database export) into a partnership's directory.

`import_airs(partnership=..., path=...)` streams the file agency by agency (see
`airs_parse`), maps each to HSDS records (`airs_map`) and writes them in one transaction:

- records are matched by HSDS id ("airs:<Key>"), so a newer export of the same feed updates
  changed records, adds new ones and leaves unchanged ones alone;
- a FULL export replaces the feed: organizations, locations and services of the feed that the
  file no longer holds become inactive (never deleted);
- any invalid agency, site or service rejects the whole file (`ImportRejectedError` listing
  every problem; nothing changes) unless `skip_invalid`, which imports the rest and reports
  each record it left out;
- every run is logged as an `ImportRun` (a rejected run too, after the rollback). The run
  is the audit record of an import: per-row audit-log entries are switched off while it
  writes (a 211 export holds thousands of rows; the log would triple the import's time).

Valid agencies are written in batches (`BATCH_AGENCIES`), like the HSDS importer: per object
type, one query finds the batch's existing rows, new rows go in with one `executemany`, only
changed rows are updated (changed columns, `version` bumped), owned rows (phones, hours...)
are synced for the whole batch. The order of the one-by-one import is kept (organizations,
sites, services, services at sites; the first occurrence of a service or taxonomy code wins),
so the counts and the rows written are the same as writing agency after agency.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from auditlog.context import disable_auditlog
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope

from liphub.accounts.models import User
from liphub.core.models import Partnership
from liphub.directory.interchange.airs_map import AgencyMapper, Planned, PlannedAgency
from liphub.directory.interchange.airs_parse import AirsSyntaxError, Node, read_airs
from liphub.directory.interchange.report import ImportRejectedError, ImportSummary, Problem
from liphub.directory.interchange.sql_writer import (
    QUERY_CHUNK,
    bulk_writes,
    one_import_at_a_time,
    table_writer,
)
from liphub.directory.models import (
    ImportKind,
    ImportRun,
    Location,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    Taxonomy,
    TaxonomyTerm,
)
from liphub.directory.search import reindex_services
from liphub.partnerships.models import Organization

T = TypeVar("T")
TAXONOMY_HSDS_ID = "airs-211-la-taxonomy"
TAXONOMY_NAME = "AIRS/211 LA Taxonomy"
FEED_MAX = 100
BATCH_AGENCIES = 200  # valid agencies written together
# summary keys per model
KIND = {
    "Organization": "organization",
    "Location": "location",
    "Service": "service",
    "ServiceAtLocation": "service_at_location",
    "Address": "address",
    "Phone": "phone",
    "Schedule": "schedule",
    "Language": "language",
    "Accessibility": "accessibility",
    "ServiceArea": "service_area",
    "Attribute": "attribute",
    "TaxonomyTerm": "taxonomy_term",
    "Taxonomy": "taxonomy",
}


def _kind(model: type[models.Model]) -> str:
    return KIND.get(model.__name__, model.__name__.lower())


def import_airs(
    *,
    partnership: Partnership,
    path: Path | str,
    feed: str = "",
    skip_invalid: bool = False,
    user: User | None = None,
) -> ImportSummary:
    """Import the file, or raise ImportRejectedError (and change nothing)."""
    path = Path(path)
    importer = _AirsImporter(partnership=partnership, path=path, feed=feed, skip=skip_invalid)
    with scope(partnership=[partnership.pk]), bulk_writes():
        try:
            with transaction.atomic():
                one_import_at_a_time(partnership.pk)
                with disable_auditlog():
                    importer.run()
                run = ImportRun.objects.create(
                    partnership=partnership,
                    kind=ImportKind.AIRS_XML,
                    feed=importer.feed,
                    file_name=path.name,
                    started_by=user,
                    succeeded=True,
                    summary=importer.summary.as_dict()["counts"],
                    problems=[p.as_dict() for p in importer.summary.problems],
                )
        except ImportRejectedError as error:
            error.run_id = ImportRun.objects.create(
                partnership=partnership,
                kind=ImportKind.AIRS_XML,
                feed=importer.feed,
                file_name=path.name,
                started_by=user,
                succeeded=False,
                problems=[p.as_dict() for p in error.problems],
            ).pk
            raise
    importer.summary.run_id = run.pk
    return importer.summary


class _AirsImporter:
    def __init__(self, *, partnership: Partnership, path: Path, feed: str, skip: bool) -> None:
        self.partnership = partnership
        self.path = path
        self.file = path.name
        self.feed = feed[:FEED_MAX]
        self.skip = skip
        self.summary = ImportSummary()
        self.problems: list[Problem] = []  # rejecting problems
        self.seen: dict[type[models.Model], set[str]] = {
            Organization: set(),
            Location: set(),
            Service: set(),
        }
        self.seen_sal: set[str] = set()
        self.service_ids: set[int] = set()
        self.services_done: dict[str, int] = {}  # HSDS id -> pk of the services written
        self.taxonomy: Taxonomy | None = None
        self.taxonomy_version = ""
        self.terms: dict[str, int] = {}  # taxonomy code -> term pk
        self.pending: list[PlannedAgency] = []  # valid agencies not written yet

    # --- driver -----------------------------------------------------------------------

    def run(self) -> None:
        if not self.path.is_file():
            raise ImportRejectedError([Problem(file=self.file, message=_("No such file."))])
        try:
            for item in read_airs(self.path):
                if isinstance(item, dict):
                    self._source(item)
                else:
                    self._agency(item)
        except AirsSyntaxError as error:
            where = (
                _(" (line %(line)s, column %(column)s)")
                % {"line": error.line, "column": error.column}
                if error.column
                else ""
            )
            raise ImportRejectedError(
                [
                    Problem(
                        file=self.file,
                        message=_("Not well-formed XML: %(error)s%(where)s")
                        % {"error": error.message, "where": where},
                        row=error.line,
                    )
                ]
            ) from error
        except OSError as error:
            raise ImportRejectedError(
                [Problem(file=self.file, message=_("Cannot read the file: %s") % error)]
            ) from error
        if self.problems:
            raise ImportRejectedError(self.problems)
        self._flush()
        if not self.summary.counts.get("organization"):
            raise ImportRejectedError(
                [Problem(file=self.file, message=_("The file holds no valid <Agency> record."))]
            )
        self._inactivate_missing()
        reindex_services(partnership=self.partnership, service_ids=sorted(self.service_ids))

    def _source(self, attrib: dict[str, str]) -> None:
        if not self.feed:
            self.feed = (attrib.get("SourceEntity") or self.path.stem).strip()[:FEED_MAX]
        self.taxonomy_version = attrib.get("TaxonomyVersion", "")[:50]

    def _agency(self, node: Node) -> None:
        if node.tag != "Agency":
            self._reject_or_skip(
                [
                    Problem(
                        file=self.file,
                        message=_("Unexpected element <%s> (AIRS files hold <Agency>).") % node.tag,
                        record=f"<{node.tag}>",
                        row=node.line,
                    )
                ]
            )
            return
        planned = AgencyMapper(taxonomy_version=self.taxonomy_version).agency(node)
        problems = self._validate(planned)
        # in the file: neither a duplicate later nor "missing" (even when skipped or rejected)
        self.seen[Organization].add(planned.organization.hsds_id)
        for site in planned.sites:
            self.seen[Location].add(site.location.hsds_id)
            self.seen[Service].update(s.hsds_id for s in site.services)
        if problems:
            self._reject_or_skip(problems)
            return
        if self.problems:
            return  # the file is rejected anyway: only look for more problems
        self._queue(planned)

    def _reject_or_skip(self, problems: list[Problem]) -> None:
        if not self.skip:
            self.problems.extend(problems)
            return
        for problem in problems:
            self.summary.problems.append(
                Problem(
                    file=problem.file,
                    message=problem.message,
                    record=problem.record,
                    row=problem.row,
                    field=problem.field,
                    skipped=True,
                )
            )
        # a skipped record is not "missing from the file": it stays as it is
        self.summary.count("organization", "skipped")

    # --- validation ---------------------------------------------------------------------

    def _validate(self, planned: PlannedAgency) -> list[Problem]:
        problems: list[Problem] = []
        keys: dict[tuple[str, str], str] = {}
        for record in planned.all_planned():
            for missing in record.missing:
                problems.append(self._problem(record, missing, _("%s is required.") % missing))
            for airs_field, message in record.invalid:
                problems.append(self._problem(record, airs_field, message))
            problems.extend(self._clean(record))
            for child in record.children:
                problems.extend(self._clean(child))
            # the same site Key twice in this agency (a service may be at several sites)
            kind = record.model.__name__
            if kind == "Location" and not record.missing and (kind, record.hsds_id) in keys:
                problems.append(
                    self._problem(
                        record, "Key", _("The same Key as %s.") % keys[(kind, record.hsds_id)]
                    )
                )
            keys.setdefault((kind, record.hsds_id), record.record)
        org_plan = planned.organization
        if planned.key and org_plan.hsds_id in self.seen[Organization]:
            problems.append(
                self._problem(
                    org_plan, "Key", _("Another agency earlier in the file has this Key.")
                )
            )
        for site in planned.sites:
            if not site.location.missing and site.location.hsds_id in self.seen[Location]:
                problems.append(
                    self._problem(
                        site.location, "Key", _("A site earlier in the file has this Key.")
                    )
                )
        return problems

    def _problem(self, record: Planned, airs_field: str, message: str) -> Problem:
        return Problem(
            file=self.file, message=message, record=record.record, row=record.line, field=airs_field
        )

    def _clean(self, record: Planned) -> list[Problem]:
        values = {k: v for k, v in record.fields.items() if k != "taxonomy_term"}
        values["hsds_id"] = record.hsds_id
        # links (partnership, parent records, taxonomy term) are set when writing
        try:
            _full_clean(record.model, values)
        except ValidationError as error:
            out = []
            for name, messages in error.message_dict.items():
                airs_field = record.sources.get(name, name)
                if record.model.__name__ not in {"Organization", "Location", "Service"}:
                    airs_field = record.sources.get(name, f"{record.model.__name__}.{name}")
                for message in messages:
                    row = record.line
                    out.append(
                        Problem(
                            file=self.file,
                            message=str(message),
                            record=record.record,
                            row=row,
                            field=airs_field,
                        )
                    )
            return out
        return []

    # --- writing (in batches of agencies) ------------------------------------------------

    def _queue(self, planned: PlannedAgency) -> None:
        self.pending.append(planned)
        if len(self.pending) >= BATCH_AGENCIES:
            self._flush()

    def _flush(self) -> None:
        """Write the queued agencies: a few queries per object type for the whole batch.

        The records are written in the order the one-by-one import would (organizations,
        then their sites, services, and services at sites), so every record is compared,
        counted and linked exactly as if the agencies were written one after the other."""
        agencies, self.pending = self.pending, []
        if not agencies or self.problems:
            return
        now = timezone.now()
        orgs = self._write_records(
            Organization, [(a.organization, {}, None) for a in agencies], now
        )
        sites = [(a, site) for a in agencies for site in a.sites]
        locations = self._write_records(
            Location,
            [
                (site.location, {"organization_id": orgs[a.organization.hsds_id]}, None)
                for a, site in sites
            ],
            now,
        )
        new_services: list[tuple[Planned, dict[str, Any], dict[str, Any] | None]] = []
        batch: set[str] = set()
        for a, site in sites:
            for svc_plan in site.services:
                if svc_plan.hsds_id in self.services_done or svc_plan.hsds_id in batch:
                    continue  # a service offered at several sites: written once
                batch.add(svc_plan.hsds_id)
                available = str(svc_plan.fields["extra"].get("available_for_directory", "true"))
                new_services.append(
                    (
                        svc_plan,
                        {"organization_id": orgs[a.organization.hsds_id]},
                        {"is_approved": available.strip().lower() != "false"},
                    )
                )
        self._resolve_terms(
            [
                child.fields["taxonomy_term"]
                for svc_plan, _links, _on_create in new_services
                for child in svc_plan.children
                if "taxonomy_term" in child.fields
            ]
        )
        self.services_done.update(self._write_records(Service, new_services, now))
        sals: list[tuple[Planned, dict[str, Any], dict[str, Any] | None]] = []
        for _a, site in sites:
            loc_plan = site.location
            for svc_plan in site.services:
                sal_id = f"{svc_plan.hsds_id}@{loc_plan.hsds_id}"
                if sal_id in self.seen_sal:
                    # the same service listed twice at a site: written the first time
                    self.summary.count("service_at_location", "unchanged")
                    continue
                self.seen_sal.add(sal_id)
                sal_plan = Planned(
                    model=ServiceAtLocation, hsds_id=sal_id, fields={}, record=svc_plan.record
                )
                links = {
                    "service_id": self.services_done[svc_plan.hsds_id],
                    "location_id": locations[loc_plan.hsds_id],
                }
                sals.append((sal_plan, links, None))
        for _pk, action in self._upsert(ServiceAtLocation, sals, now):
            self.summary.count("service_at_location", action)

    def _write_records(
        self,
        model: type[models.Model],
        items: list[tuple[Planned, dict[str, Any], dict[str, Any] | None]],
        now: datetime,
    ) -> dict[str, int]:
        """Upsert records and their owned rows; count each updated when either changed.

        Returns HSDS id -> primary key."""
        if not items:
            return {}
        results = self._upsert(model, items, now, need_pks=True)
        parents = [
            (plan, pk) for (plan, _links, _on), (pk, _action) in zip(items, results, strict=True)
        ]
        # a row made just now has no owned rows yet: only the others' are looked for
        before = [pk for pk, action in results if action != "created"]
        children_changed = self._sync_children(model, parents, before, now)
        kind = _kind(model)
        out: dict[str, int] = {}
        for (plan, pk), (_pk, action) in zip(parents, results, strict=True):
            if action == "unchanged" and plan.hsds_id in children_changed:
                action = "updated"
            self.summary.count(kind, action)
            if model is Service and action != "unchanged":
                self.service_ids.add(pk)
            out[plan.hsds_id] = pk
        return out

    def _upsert(
        self,
        model: type[models.Model],
        items: list[tuple[Planned, dict[str, Any], dict[str, Any] | None]],
        now: datetime,
        *,
        need_pks: bool = False,
    ) -> list[tuple[int, str]]:
        """Create or update records by HSDS id: (pk, "created"|"updated"|"unchanged") each.

        Values were validated (`_clean`) before anything was written; links (attnames) are
        rows of this partnership fetched or made by this import. An update writes only the
        changed columns and bumps `version` (an open edit form of the record becomes stale).
        A row found is used once (an HSDS id planned twice is created the second time, as
        the one-by-one import did). The pk of a created row is 0 unless `need_pks`."""
        prepared: list[dict[str, Any]] = []
        names: set[str] = set()
        for plan, links, _on_create in items:
            values = {**plan.fields, **links}
            if "taxonomy_term" in values:
                code, _name = values.pop("taxonomy_term")
                values["taxonomy_term_id"] = self.terms[code]
            values["feed"] = self.feed
            prepared.append(values)
            names.update(values)
        existing = self._existing(model, [plan.hsds_id for plan, _l, _o in items], names)
        results: list[tuple[int, str]] = []
        creates: list[dict[str, Any]] = []
        updates: list[tuple[int, dict[str, Any]]] = []
        for (plan, _links, on_create), values in zip(items, prepared, strict=True):
            found = existing.pop(plan.hsds_id, None)
            if found is None:
                creates.append(
                    {
                        **values,
                        **(on_create or {}),
                        "partnership_id": self.partnership.pk,
                        "hsds_id": plan.hsds_id,
                    }
                )
                results.append((0, "created"))
                continue
            changed = {name: value for name, value in values.items() if found[name] != value}
            if changed:
                updates.append((found["pk"], changed))
            results.append((found["pk"], "updated" if changed else "unchanged"))
        table = table_writer(model)
        table.insert(creates, now=now)
        table.update(updates, now=now)
        if need_pks and creates:
            fresh = self._existing(model, [values["hsds_id"] for values in creates], set())
            results = [
                (fresh[plan.hsds_id]["pk"], action) if action == "created" else (pk, action)
                for (plan, _l, _o), (pk, action) in zip(items, results, strict=True)
            ]
        return results

    def _existing(
        self, model: type[models.Model], hsds_ids: list[str], names: set[str]
    ) -> dict[str, dict[str, Any]]:
        """HSDS id -> {"pk", "hsds_id", *names} of this partnership's rows with these ids."""
        manager: Any = model._default_manager
        columns = sorted(names - {"pk", "hsds_id"})
        out: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(list(dict.fromkeys(hsds_ids))):
            for row in manager.filter(partnership=self.partnership, hsds_id__in=chunk).values(
                "pk", "hsds_id", *columns
            ):
                out[row["hsds_id"]] = row
        return out

    def _sync_children(
        self,
        model: type[models.Model],
        parents: list[tuple[Planned, int]],
        before: list[int],
        now: datetime,
    ) -> set[str]:
        """Make the parents' owned rows (phones, hours...) match the plans; returns the HSDS
        ids of the parents whose rows changed.

        Owned rows carry HSDS ids under the parent's prefix; only those are replaced or
        removed (a phone a coordinator added by hand stays). A few queries per row type for
        the whole batch; `before`: the parents that existed before this batch (the others
        own no rows yet)."""
        changed: set[str] = set()
        fk = f"{model.__name__.lower()}_id"
        by_pk = {pk: plan for plan, pk in parents}
        for child_model in _owned_models(model):
            manager: Any = child_model._default_manager
            items: list[tuple[Planned, dict[str, Any], dict[str, Any] | None]] = []
            owners: list[str] = []
            for plan, pk in parents:
                for child in plan.children:
                    if child.model is child_model:
                        items.append((child, {f"{child.fk}_id": pk}, None))
                        owners.append(plan.hsds_id)
            planned_ids = {child.hsds_id for child, _links, _on in items}
            linked: list[tuple[int, str, int]] = []
            for chunk in _chunks(before):
                linked.extend(
                    manager.filter(
                        partnership=self.partnership, **{f"{fk}__in": chunk}
                    ).values_list("pk", "hsds_id", fk)
                )
            kind = _kind(child_model)
            if items:
                results = self._upsert(child_model, items, now)
                for owner, (_pk, action) in zip(owners, results, strict=True):
                    self.summary.count(kind, action)
                    if action != "unchanged":
                        changed.add(owner)
            stale: list[int] = []
            for row_pk, hsds_id, parent_pk in linked:
                plan = by_pk[parent_pk]
                if hsds_id.startswith(f"{plan.prefix}:") and hsds_id not in planned_ids:
                    stale.append(row_pk)
                    changed.add(plan.hsds_id)
            for chunk in _chunks(stale):
                manager.filter(pk__in=chunk).delete()
            if stale:
                self.summary.count(kind, "deleted", len(stale))
        return changed

    def _resolve_terms(self, wanted: list[tuple[str, str]]) -> None:
        """The taxonomy term of each (code, name), made or renamed the first time a code is
        met in the import (the one-agency-at-a-time rule: the first name given wins)."""
        new: dict[str, str] = {}
        for code, name in wanted:
            if code not in self.terms and code not in new:
                new[code] = name
        if not new:
            return
        taxonomy = self._taxonomy()
        ids = {code: f"airs-taxonomy:{code}" for code in new}
        found: dict[str, TaxonomyTerm] = {}
        for chunk in _chunks(list(ids.values())):
            for row in TaxonomyTerm.objects.filter(partnership=self.partnership, hsds_id__in=chunk):
                found[row.hsds_id] = row
        creates: list[TaxonomyTerm] = []
        for code, name in new.items():
            term = found.get(ids[code])
            if term is None:
                term = TaxonomyTerm(
                    partnership=self.partnership,
                    hsds_id=ids[code],
                    taxonomy=taxonomy,
                    taxonomy_name=TAXONOMY_NAME,
                    code=code,
                    name_en=name or code,
                    feed=self.feed,
                )
                creates.append(term)
                self.summary.count("taxonomy_term", "created")
                continue
            if name and term.name_en != name:
                term.name_en = name
                term.save()
                self.summary.count("taxonomy_term", "updated")
            self.terms[code] = term.pk
        if creates:
            TaxonomyTerm.objects.bulk_create(creates)
            for term in creates:
                self.terms[term.code] = term.pk
            missing = [t.hsds_id for t in creates if t.pk is None]
            if missing:  # a database that does not return new primary keys
                for hsds_id, pk in TaxonomyTerm.objects.filter(
                    partnership=self.partnership, hsds_id__in=missing
                ).values_list("hsds_id", "pk"):
                    self.terms[hsds_id.removeprefix("airs-taxonomy:")] = pk

    def _taxonomy(self) -> Taxonomy:
        if self.taxonomy is None:
            self.taxonomy = Taxonomy.objects.filter(
                partnership=self.partnership, hsds_id=TAXONOMY_HSDS_ID
            ).first()
            if self.taxonomy is None:
                self.taxonomy = Taxonomy.objects.create(
                    partnership=self.partnership,
                    hsds_id=TAXONOMY_HSDS_ID,
                    name=TAXONOMY_NAME,
                    uri="https://www.211taxonomy.org/",
                    taxonomy_version=self.taxonomy_version,
                )
                self.summary.count("taxonomy", "created")
            elif self.taxonomy_version and self.taxonomy.taxonomy_version != self.taxonomy_version:
                self.taxonomy.taxonomy_version = self.taxonomy_version
                self.taxonomy.save()
        return self.taxonomy

    # --- the feed's records the file no longer holds --------------------------------------

    def _inactivate_missing(self) -> None:
        """Mark the feed's records the file no longer holds inactive (never deleted).

        Compared in Python, then updated in chunks: a 211 export can hold more records than
        a database accepts as query parameters."""
        if not self.feed:
            return
        now = timezone.now()
        bump = {"version": F("version") + 1, "updated_at": now}
        active: list[tuple[Any, str, dict[str, Any], dict[str, Any]]] = [
            (Organization, "organization", {"is_active": True}, {"is_active": False}),
            (Location, "location", {"is_active": True}, {"is_active": False}),
            (
                Service,
                "service",
                {"status__in": [ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED]},
                {"status": ServiceStatus.INACTIVE},
            ),
        ]
        for model, kind, still, gone_values in active:
            rows = model.objects.filter(
                partnership=self.partnership, feed=self.feed, **still
            ).values_list("pk", "hsds_id")
            gone = [pk for pk, hsds_id in rows if hsds_id not in self.seen[model]]
            for chunk in _chunks(gone):
                model.objects.filter(pk__in=chunk).update(**gone_values, **bump)
            if gone:
                self.summary.count(kind, "inactivated", len(gone))
            if model is Service:
                self.service_ids.update(gone)
        # a service no longer offered at a site (the file lists where each one is)
        done = set(self.services_done.values())
        sals = ServiceAtLocation.objects.filter(
            partnership=self.partnership, hsds_id__startswith="airs:"
        ).values_list("pk", "hsds_id", "service_id")
        moved = [pk for pk, h, service_id in sals if service_id in done and h not in self.seen_sal]
        for chunk in _chunks(moved):
            ServiceAtLocation.objects.filter(pk__in=chunk).delete()
        if moved:
            self.summary.count("service_at_location", "deleted", len(moved))


_VARIES = object()  # `_full_clean`: a field whose default is made per record
_CLEANED: dict[type[models.Model], tuple[list[tuple[Any, Any]], models.Model]] = {}


def _clean_field(f: Any, raw: Any, instance: models.Model) -> list[ValidationError] | None:
    """What `Model.clean_fields` records for one field: None, or its errors."""
    if f.blank and raw in f.empty_values:
        return None
    try:
        f.clean(raw, instance)
    except ValidationError as error:
        return list(error.error_list)
    return None


def _full_clean(model: type[models.Model], values: dict[str, Any]) -> None:
    """`model(**values).full_clean(exclude=<its relations>, validate_unique=False,
    validate_constraints=False)`, without building a model instance per record: the same
    fields are cleaned in the same order (a value not given is the field's default, as the
    instance would hold; a fixed default is checked once) and raise the same
    `ValidationError`. A model with its own `clean()` is checked through a real instance."""
    if model.clean is not models.Model.clean:  # pragma: no cover - none of the AIRS models
        exclude = [f.name for f in model._meta.fields if f.is_relation]
        model(**values).full_clean(
            exclude=exclude, validate_unique=False, validate_constraints=False
        )
        return
    if model not in _CLEANED:
        instance = model()  # `Field.clean` wants an instance; the checks do not read it
        fields = []
        for f in model._meta.fields:
            if f.is_relation or f.generated:
                continue
            fixed = _VARIES if callable(f.default) else _clean_field(f, f.get_default(), instance)
            fields.append((f, fixed))
        _CLEANED[model] = (fields, instance)
    fields, instance = _CLEANED[model]
    errors: dict[str, Any] = {}
    found: Any
    for f, fixed in fields:
        if f.attname in values:
            found = _clean_field(f, values[f.attname], instance)
        elif fixed is _VARIES:
            found = _clean_field(f, f.get_default(), instance)
        else:
            found = fixed
        if found:
            errors[f.name] = found
    if errors:
        raise ValidationError(errors)


def _chunks(items: list[T], size: int = QUERY_CHUNK) -> list[list[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _owned_models(model: type[models.Model]) -> list[type[models.Model]]:
    from liphub.directory.models import (
        Accessibility,
        Address,
        Attribute,
        Language,
        Phone,
        Schedule,
        ServiceArea,
    )

    if model is Organization:
        return [Phone]
    if model is Location:
        return [Address, Phone, Schedule, Language, Accessibility]
    return [Phone, Schedule, Language, ServiceArea, Attribute]
