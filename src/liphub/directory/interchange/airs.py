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
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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

_LOOKUP = object()  # `_upsert`: look the record up by HSDS id
TAXONOMY_HSDS_ID = "airs-211-la-taxonomy"
TAXONOMY_NAME = "AIRS/211 LA Taxonomy"
FEED_MAX = 100
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
    with scope(partnership=[partnership.pk]):
        try:
            with transaction.atomic():
                with disable_auditlog():
                    importer.run()
                ImportRun.objects.create(
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
            ImportRun.objects.create(
                partnership=partnership,
                kind=ImportKind.AIRS_XML,
                feed=importer.feed,
                file_name=path.name,
                started_by=user,
                succeeded=False,
                problems=[p.as_dict() for p in error.problems],
            )
            raise
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
        self.services_done: dict[str, Service] = {}
        self.taxonomy: Taxonomy | None = None
        self.taxonomy_version = ""
        self.terms: dict[str, TaxonomyTerm] = {}

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
        self._write(planned)

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
        instance = record.model(partnership=self.partnership, hsds_id=record.hsds_id, **values)
        # links (partnership, parent records, taxonomy term) are set when writing
        exclude = [f.name for f in record.model._meta.fields if f.is_relation]
        try:
            instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
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

    # --- writing ------------------------------------------------------------------------

    def _write(self, planned: PlannedAgency) -> None:
        org_plan = planned.organization
        organization = self._write_record(org_plan, {})
        self.seen[Organization].add(org_plan.hsds_id)
        for site in planned.sites:
            loc_plan = site.location
            location = self._write_record(loc_plan, {"organization": organization})
            self.seen[Location].add(loc_plan.hsds_id)
            for svc_plan in site.services:
                service = self.services_done.get(svc_plan.hsds_id)
                if service is None:
                    service = self._write_service(svc_plan, organization)
                self._service_at_location(service, location, svc_plan)

    def _write_record(
        self, plan: Planned, links: dict[str, Any], on_create: dict[str, Any] | None = None
    ) -> Any:
        """Upsert a record and its owned rows; count it updated when either changed."""
        obj, action = self._upsert(plan, links, on_create)
        children_changed = self._sync_children(plan, obj)
        if action == "unchanged" and children_changed:
            action = "updated"
        self.summary.count(_kind(plan.model), action)
        if plan.model is Service and action != "unchanged":
            self.service_ids.add(obj.pk)
        return obj

    def _write_service(self, plan: Planned, organization: Organization) -> Service:
        available = str(plan.fields["extra"].get("available_for_directory", "true"))
        service = self._write_record(
            plan,
            {"organization": organization},
            on_create={"is_approved": available.strip().lower() != "false"},
        )
        assert isinstance(service, Service)
        self.seen[Service].add(plan.hsds_id)
        self.services_done[plan.hsds_id] = service
        return service

    def _service_at_location(self, service: Service, location: Location, plan: Planned) -> None:
        sal_plan = Planned(
            model=ServiceAtLocation,
            hsds_id=f"{plan.hsds_id}@{location.hsds_id}",
            fields={},
            record=plan.record,
        )
        _obj, action = self._upsert(sal_plan, {"service": service, "location": location})
        self.summary.count("service_at_location", action)
        self.seen_sal.add(sal_plan.hsds_id)

    def _upsert(
        self,
        plan: Planned,
        links: dict[str, Any],
        on_create: dict[str, Any] | None = None,
        *,
        existing: Any = _LOOKUP,
    ) -> tuple[Any, str]:
        """Create or update one record by HSDS id: (object, "created"|"updated"|"unchanged").

        Values were validated (`_clean`) before anything was written; links are rows of this
        partnership fetched or made by this import."""
        model: Any = plan.model
        values = {**plan.fields, **links}
        if "taxonomy_term" in values:
            values["taxonomy_term"] = self._term(*values["taxonomy_term"])
        values["feed"] = self.feed
        if existing is _LOOKUP:
            existing = model.objects.filter(
                partnership=self.partnership, hsds_id=plan.hsds_id
            ).first()
        if existing is None:
            obj = model(
                partnership=self.partnership, hsds_id=plan.hsds_id, **values, **(on_create or {})
            )
            obj.save()
            return obj, "created"
        changed = False
        for name, value in values.items():
            current = getattr(existing, name)
            if isinstance(current, models.Model) and isinstance(value, models.Model):
                same = current.pk == value.pk
            else:
                same = current == value
            if not same:
                setattr(existing, name, value)
                changed = True
        if changed:
            existing.version += 1  # an open edit form of this record becomes stale
            existing.save()
        return existing, "updated" if changed else "unchanged"

    def _sync_children(self, plan: Planned, parent: Any) -> bool:
        """Make the parent's owned rows (phones, hours...) match the plan; True if any changed.

        Owned rows carry HSDS ids under the parent's prefix; only those are replaced or
        removed (a phone a coordinator added by hand stays). One query per row type."""
        changed = False
        fk = plan.model.__name__.lower()
        for model in _owned_models(plan.model):
            manager: Any = model._default_manager
            rows = {
                row.hsds_id: row
                for row in manager.filter(
                    partnership=self.partnership, hsds_id__startswith=f"{plan.prefix}:"
                )
            }
            for child in plan.children:
                if child.model is not model:
                    continue
                _obj, action = self._upsert(
                    child, {child.fk: parent}, existing=rows.pop(child.hsds_id, None)
                )
                self.summary.count(_kind(model), action)
                changed |= action != "unchanged"
            stale = [row.pk for row in rows.values() if getattr(row, f"{fk}_id") == parent.pk]
            if stale:
                manager.filter(pk__in=stale).delete()
                self.summary.count(_kind(model), "deleted", len(stale))
                changed = True
        return changed

    def _term(self, code: str, name: str) -> TaxonomyTerm:
        term = self.terms.get(code)
        if term is not None:
            return term
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
        hsds_id = f"airs-taxonomy:{code}"
        term = TaxonomyTerm.objects.filter(partnership=self.partnership, hsds_id=hsds_id).first()
        if term is None:
            term = TaxonomyTerm(
                partnership=self.partnership,
                hsds_id=hsds_id,
                taxonomy=self.taxonomy,
                taxonomy_name=TAXONOMY_NAME,
                code=code,
                name_en=name or code,
                feed=self.feed,
            )
            term.save()
            self.summary.count("taxonomy_term", "created")
        elif name and term.name_en != name:
            term.name_en = name
            term.save()
            self.summary.count("taxonomy_term", "updated")
        self.terms[code] = term
        return term

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
        done = {service.pk for service in self.services_done.values()}
        sals = ServiceAtLocation.objects.filter(
            partnership=self.partnership, hsds_id__startswith="airs:"
        ).values_list("pk", "hsds_id", "service_id")
        moved = [pk for pk, h, service_id in sals if service_id in done and h not in self.seen_sal]
        for chunk in _chunks(moved):
            ServiceAtLocation.objects.filter(pk__in=chunk).delete()
        if moved:
            self.summary.count("service_at_location", "deleted", len(moved))


def _chunks(items: list[int], size: int = 500) -> list[list[int]]:
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
