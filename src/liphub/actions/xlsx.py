"""An action plan as an XLSX workbook: export, an empty template, and an atomic import.

The workbook has a README sheet and three data sheets (Activities, Indicators, Measurements)
whose first row holds fixed column names. A row with an id updates that record (it must
belong to the plan); a row without one creates a record. The import runs in one transaction
and lists every bad row (sheet, row, column, message): if there is any, nothing changes.
Rows whose id is "example" (the template's example rows) are skipped.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook as WorkbookType
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from liphub.actions import selectors, services
from liphub.actions.models import (
    ActionPlan,
    Activity,
    ActivityStatus,
    Indicator,
    IndicatorKind,
    Measurement,
)
from liphub.partnerships.models import Organization
from liphub.strategy.models import Goal

README = "README"
ACTIVITIES = "Activities"
INDICATORS = "Indicators"
MEASUREMENTS = "Measurements"
EXAMPLE_ID = "example"
MAX_ROWS = 1000  # data validation range of the template

ACTIVITY_COLUMNS = [
    "id",
    "title_en",
    "title_fr",
    "description_en",
    "description_fr",
    "priority_area",
    "goal",
    "lead_organization",
    "supporting_partners",
    "start_date",
    "end_date",
    "status",
    "budget",
]
INDICATOR_COLUMNS = [
    "id",
    "activity",
    "kind",
    "name_en",
    "name_fr",
    "unit",
    "baseline",
    "target",
    "target_date",
]
MEASUREMENT_COLUMNS = ["id", "activity", "indicator", "date", "value", "source", "note"]
SHEETS = {
    ACTIVITIES: ACTIVITY_COLUMNS,
    INDICATORS: INDICATOR_COLUMNS,
    MEASUREMENTS: MEASUREMENT_COLUMNS,
}

# where a service's field errors land
FIELD_COLUMNS = {
    "supporting_organizations": "supporting_partners",
    "lead_organization": "lead_organization",
}


# --- Errors ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if not self.row:
            return self.message
        return _("%(sheet)s, row %(row)s, column %(column)s: %(message)s") % {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column or "—",
            "message": self.message,
        }


class PlanImportError(Exception):
    """The workbook has problems; nothing was imported."""

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


@dataclass
class ImportSummary:
    created: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    unchanged: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def __str__(self) -> str:
        return "; ".join(
            _("%(sheet)s: %(created)s created, %(updated)s updated, %(unchanged)s unchanged")
            % {
                "sheet": sheet,
                "created": self.created[sheet],
                "updated": self.updated[sheet],
                "unchanged": self.unchanged[sheet],
            }
            for sheet in SHEETS
        )


class CellError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --- Export ------------------------------------------------------------------------------------


def _number(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _name(obj: Any, field_name: str) -> str:
    return str(obj.tr(field_name)) if obj is not None else ""


def _new_workbook() -> WorkbookType:
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    return workbook


def _data_sheet(workbook: WorkbookType, title: str, columns: list[str]) -> Worksheet:
    sheet = workbook.create_sheet(title=title)
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(columns, start=1):
        wide = name.startswith(("title", "description", "name", "goal", "note", "lead", "support"))
        sheet.column_dimensions[get_column_letter(index)].width = 40 if wide else 14
    return sheet


def _validation(sheet: Worksheet, columns: list[str], column: str, values: list[str]) -> None:
    letter = get_column_letter(columns.index(column) + 1)
    rule = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
    rule.error = _("Choose a value from the list.")
    rule.showErrorMessage = True
    sheet.add_data_validation(rule)
    rule.add(f"{letter}2:{letter}{MAX_ROWS}")


def _readme(
    workbook: WorkbookType, plan: ActionPlan | None, goals: list[Goal], orgs: list[Organization]
) -> None:
    sheet = workbook.create_sheet(title=README)
    lines: list[list[Any]] = [
        [_("LIP Hub action plan workbook")],
        [str(plan) if plan is not None else _("Template")],
        [],
        [_("How to fill it in")],
        [_("Each sheet's first row holds the column names: keep it as it is.")],
        [_("A row with an id updates that record of the plan; a row without an id creates one.")],
        [_('Rows whose id is "example" are skipped: replace or delete them.')],
        [_("Dates are written like 2011-04-30; amounts and targets are plain numbers.")],
        [_("Goals and organizations are named as in LIP Hub, in English or in French.")],
        [_("Supporting partners: organization names separated by semicolons (;).")],
        [_("Indicators name their activity by its id or its title.")],
        [
            _(
                "Measurements name their indicator by its id or its name (and its activity, "
                "when several indicators have the same name)."
            )
        ],
        [_("The import changes nothing if any row has a problem: it lists every problem.")],
        [],
        [_("Statuses"), *ActivityStatus.values],
        [_("Indicator kinds"), *IndicatorKind.values],
        [],
        [_("Goals")],
        *[[_name(goal.priority_area, "name"), _name(goal, "title")] for goal in goals],
        [],
        [_("Organizations")],
        *[[_name(org, "name")] for org in orgs],
    ]
    headings = {_("LIP Hub action plan workbook"), _("How to fill it in"), _("Goals")}
    headings |= {_("Organizations"), _("Statuses"), _("Indicator kinds")}
    for line in lines:
        sheet.append(line)
        if line and line[0] in headings:
            sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 50
    sheet.column_dimensions["B"].width = 60


def _build(plan: ActionPlan | None, partnership: Any, rows: tuple[list[list[Any]], ...]) -> bytes:
    goals = list(
        selectors.list_goals(partnership=partnership, strategy=plan.strategy if plan else None)
    )
    orgs = list(selectors.list_organizations(partnership=partnership))
    workbook = _new_workbook()
    _readme(workbook, plan, goals, orgs)
    for (title, columns), data in zip(SHEETS.items(), rows, strict=True):
        sheet = _data_sheet(workbook, title, columns)
        for row in data:
            sheet.append(row)
        if title == ACTIVITIES:
            _validation(sheet, columns, "status", list(ActivityStatus.values))
        if title == INDICATORS:
            _validation(sheet, columns, "kind", list(IndicatorKind.values))
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def export_plan(*, plan: ActionPlan) -> bytes:
    activities = list(
        selectors.list_plan_activities(plan=plan).prefetch_related("supporting_organizations")
    )
    indicators = list(
        Indicator.objects.filter(partnership=plan.partnership, activity__plan=plan).order_by(
            "activity_id", "id"
        )
    )
    measurements = list(
        Measurement.objects.filter(partnership=plan.partnership, indicator__activity__plan=plan)
        .select_related("indicator")
        .order_by("indicator__activity_id", "indicator_id", "date", "id")
    )
    activity_rows = [
        [
            a.pk,
            a.title_en,
            a.title_fr,
            a.description_en,
            a.description_fr,
            _name(a.goal.priority_area, "name") if a.goal else "",
            _name(a.goal, "title"),
            _name(a.lead_organization, "name"),
            "; ".join(_name(o, "name") for o in a.supporting_organizations.all()),
            a.start_date,
            a.end_date,
            a.status,
            _number(a.budget),
        ]
        for a in activities
    ]
    indicator_rows = [
        [
            i.pk,
            i.activity_id,
            i.kind,
            i.name_en,
            i.name_fr,
            i.unit,
            _number(i.baseline),
            _number(i.target),
            i.target_date,
        ]
        for i in indicators
    ]
    measurement_rows = [
        [m.pk, m.indicator.activity_id, m.indicator_id, m.date, _number(m.value), m.source, m.note]
        for m in measurements
    ]
    return _build(plan, plan.partnership, (activity_rows, indicator_rows, measurement_rows))


def plan_template(*, partnership: Any, plan: ActionPlan | None = None) -> bytes:
    """An empty workbook with the header rows, the lists of values and one example row each."""
    example_activity = _("Example: civic training on the housing system")
    activity = [
        EXAMPLE_ID,
        example_activity,
        "Exemple : formation civique sur le système de logement",
        "",
        "",
        "",
        "",
        "",
        "",
        dt.date(2011, 4, 1),
        dt.date(2012, 3, 31),
        ActivityStatus.PLANNED.value,
        5000,
    ]
    example_indicator = _("Newcomers trained")
    indicator = [
        EXAMPLE_ID,
        example_activity,
        IndicatorKind.HOW_MUCH.value,
        example_indicator,
        "Nouveaux arrivants formés",
        _("people"),
        0,
        120,
        dt.date(2012, 3, 31),
    ]
    measurement = [
        EXAMPLE_ID,
        example_activity,
        example_indicator,
        dt.date(2011, 9, 30),
        45,
        _("Attendance sheets"),
        "",
    ]
    return _build(plan, partnership, ([activity], [indicator], [measurement]))


# --- Reading cells -----------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def _key(value: str) -> str:
    return " ".join(value.split()).casefold()


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(_text(value))
    except ValueError as error:
        raise CellError(
            _("“%(value)s” is not a date: write it like 2011-04-30.") % {"value": _text(value)}
        ) from error


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise CellError(_("“%(value)s” is not a number.") % {"value": value})
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    text = _text(value).replace("$", "").replace(" ", "").replace("\u00a0", "")
    try:
        number = Decimal(text)
    except InvalidOperation as error:
        raise CellError(_("“%(value)s” is not a number.") % {"value": _text(value)}) from error
    if not number.is_finite():
        raise CellError(_("“%(value)s” is not a number.") % {"value": _text(value)})
    return number


def _choice(value: Any, choices: type[ActivityStatus] | type[IndicatorKind], unknown: str) -> str:
    """The choice a cell names by its code or label; `unknown` explains a bad one."""
    text = _key(_text(value))
    for choice in choices:
        if text in {choice.value, _key(str(choice.label))}:
            return str(choice.value)
    raise CellError(unknown % {"value": _text(value), "choices": ", ".join(choices.values)})


class _Index:
    """Records of the plan found by name (either language), case and spacing aside."""

    def __init__(self, unknown: str) -> None:
        self.unknown = unknown
        self.by_name: dict[str, list[Any]] = defaultdict(list)

    def add(self, obj: Any, *names: str) -> None:
        for name in {_key(n) for n in names if n and n.strip()}:
            self.by_name[name].append(obj)

    def find(self, name: str) -> Any:
        found = {obj.pk: obj for obj in self.by_name.get(_key(name), [])}
        if not found:
            raise CellError(self.unknown % {"name": name})
        if len(found) > 1:
            raise CellError(
                _("Several records are named “%(name)s”: use the id instead.") % {"name": name}
            )
        return next(iter(found.values()))


# --- Import ------------------------------------------------------------------------------------


@dataclass
class _Row:
    sheet: str
    number: int
    cells: dict[str, Any]

    def get(self, column: str) -> Any:
        return self.cells.get(column)


class _Importer:
    def __init__(self, plan: ActionPlan) -> None:
        self.plan = plan
        self.partnership = plan.partnership
        self.errors: list[RowError] = []
        self.summary = ImportSummary()
        self.failed_refs: dict[str, set[str]] = defaultdict(set)
        goals = selectors.list_goals(partnership=self.partnership, strategy=plan.strategy)
        self.goals = _Index(_("Unknown goal “%(name)s”."))
        for goal in goals:
            self.goals.add(goal, goal.title_en, goal.title_fr)
        self.orgs = _Index(_("Unknown organization “%(name)s”."))
        for org in selectors.list_organizations(partnership=self.partnership):
            self.orgs.add(org, org.name_en, org.name_fr, org.alternate_name)

    # rows and errors

    def rows(self, workbook: WorkbookType, title: str) -> Iterator[_Row]:
        if title not in workbook.sheetnames:
            self.errors.append(
                RowError(
                    title, 0, "", _("The workbook has no “%(sheet)s” sheet.") % {"sheet": title}
                )
            )
            return
        sheet = workbook[title]
        header_row = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
        headers = [_text(h) for h in header_row]
        missing = [c for c in SHEETS[title] if c not in headers]
        if missing:
            self.errors.append(
                RowError(
                    title,
                    1,
                    ", ".join(missing),
                    _("These columns are missing from the first row: %(columns)s.")
                    % {"columns": ", ".join(missing)},
                )
            )
            return
        for number, values in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
            cells = {h: v for h, v in zip(headers, values, strict=False) if h}
            if all(v is None or _text(v) == "" for v in cells.values()):
                continue
            if _key(_text(cells.get("id"))) == EXAMPLE_ID:
                continue
            yield _Row(title, number, cells)

    def error(self, row: _Row, column: str, message: str) -> None:
        self.errors.append(RowError(row.sheet, row.number, column, message))

    def read(self, row: _Row, column: str, parse: Callable[..., Any], *args: Any) -> Any:
        """The parsed cell, or None after recording its error."""
        try:
            return parse(row.get(column), *args)
        except CellError as error:
            self.error(row, column, error.message)
            return None

    def service_errors(self, row: _Row, error: ValidationError) -> None:
        if hasattr(error, "error_dict"):
            for name, messages in error.message_dict.items():
                for message in messages:
                    self.error(
                        row, FIELD_COLUMNS.get(name, name if name != "__all__" else ""), message
                    )
        else:
            for message in error.messages:
                self.error(row, "", message)

    def existing(self, value: Any, queryset: Any, missing: str) -> Any:
        """The record the row's id names, or None for a new record (an error if unknown)."""
        raw = _text(value)
        if not raw:
            return None
        if not raw.isdigit():
            raise CellError(_("The id must be a whole number, or empty for a new row."))
        obj = queryset.filter(pk=int(raw)).first()
        if obj is None:
            raise CellError(missing % {"id": raw})
        return obj

    # sheets

    def activities(self, workbook: WorkbookType) -> None:
        queryset = Activity.objects.filter(partnership=self.partnership, plan=self.plan)
        for row in self.rows(workbook, ACTIVITIES):
            before = len(self.errors)
            activity = self.read(
                row, "id", self.existing, queryset, _("No activity with id %(id)s in this plan.")
            )
            values: dict[str, Any] = {
                "title_en": _text(row.get("title_en")),
                "title_fr": _text(row.get("title_fr")),
                "description_en": _text(row.get("description_en")),
                "description_fr": _text(row.get("description_fr")),
                "goal": self.read(
                    row, "goal", lambda v: self.goals.find(_text(v)) if _text(v) else None
                ),
                "lead_organization": self.read(
                    row,
                    "lead_organization",
                    lambda v: self.orgs.find(_text(v)) if _text(v) else None,
                ),
                "start_date": self.read(row, "start_date", _date),
                "end_date": self.read(row, "end_date", _date),
                "status": self.read(
                    row,
                    "status",
                    lambda v: (
                        _choice(
                            v,
                            ActivityStatus,
                            _("Unknown status “%(value)s”: use one of %(choices)s."),
                        )
                        if _text(v)
                        else ActivityStatus.PLANNED
                    ),
                ),
                "budget": self.read(row, "budget", _decimal),
            }
            supporting = self.read(
                row,
                "supporting_partners",
                lambda v: [self.orgs.find(n) for n in _text(v).split(";") if n.strip()],
            )
            start, end = values["start_date"], values["end_date"]
            if start and end and end < start:
                self.error(row, "end_date", _("The end date cannot be before the start date."))
            if not (values["title_en"] or values["title_fr"]):
                self.error(row, "title_en", _("Give a title in English, in French or in both."))
            if len(self.errors) > before:
                self.failed_refs[ACTIVITIES].update(
                    {_key(_text(row.get("id"))), _key(values["title_en"]), _key(values["title_fr"])}
                    - {""}
                )
                continue
            self.save_activity(row, activity, values, supporting or [])

    def save_activity(
        self,
        row: _Row,
        activity: Activity | None,
        values: dict[str, Any],
        supporting: list[Organization],
    ) -> None:
        try:
            if activity is None:
                services.create_activity(
                    plan=self.plan, supporting_organizations=supporting, **values
                )
                self.summary.created[ACTIVITIES] += 1
                return
            same = all(
                getattr(activity, k) == v
                for k, v in values.items()
                if k not in {"goal", "lead_organization"}
            )
            same = same and activity.goal_id == (values["goal"].pk if values["goal"] else None)
            same = same and activity.lead_organization_id == (
                values["lead_organization"].pk if values["lead_organization"] else None
            )
            same = same and {o.pk for o in activity.supporting_organizations.all()} == {
                o.pk for o in supporting
            }
            if same:
                self.summary.unchanged[ACTIVITIES] += 1
                return
            services.update_activity(
                activity=activity,
                expected_version=activity.version,
                supporting_organizations=supporting,
                **values,
            )
            self.summary.updated[ACTIVITIES] += 1
        except ValidationError as error:
            self.service_errors(row, error)

    def activity_index(self) -> tuple[dict[str, Activity], _Index]:
        activities = list(Activity.objects.filter(partnership=self.partnership, plan=self.plan))
        index = _Index(_("Unknown activity “%(name)s”."))
        for activity in activities:
            index.add(activity, activity.title_en, activity.title_fr)
        return {str(a.pk): a for a in activities}, index

    def find_activity(self, reference: str, by_id: dict[str, Activity], index: _Index) -> Activity:
        if reference in by_id:
            return by_id[reference]
        if reference.isdigit():
            raise CellError(_("No activity with id %(id)s in this plan.") % {"id": reference})
        return index.find(reference)

    def indicators(self, workbook: WorkbookType) -> None:
        by_id, index = self.activity_index()
        queryset = Indicator.objects.filter(partnership=self.partnership, activity__plan=self.plan)
        for row in self.rows(workbook, INDICATORS):
            reference = _text(row.get("activity"))
            if _key(reference) in self.failed_refs[ACTIVITIES]:
                continue  # its activity row has errors already
            before = len(self.errors)
            indicator = self.read(
                row, "id", self.existing, queryset, _("No indicator with id %(id)s in this plan.")
            )
            activity = None
            if not reference:
                self.error(row, "activity", _("Name the activity by its id or its title."))
            else:
                activity = self.read(
                    row, "activity", lambda v: self.find_activity(_text(v), by_id, index)
                )
            values: dict[str, Any] = {
                "kind": self.read(
                    row,
                    "kind",
                    lambda v: (
                        _choice(
                            v,
                            IndicatorKind,
                            _("Unknown indicator kind “%(value)s”: use one of %(choices)s."),
                        )
                        if _text(v)
                        else self._missing(_("Choose the kind of indicator."))
                    ),
                ),
                "name_en": _text(row.get("name_en")),
                "name_fr": _text(row.get("name_fr")),
                "unit": _text(row.get("unit")),
                "baseline": self.read(row, "baseline", _decimal),
                "target": self.read(row, "target", _decimal),
                "target_date": self.read(row, "target_date", _date),
            }
            if not (values["name_en"] or values["name_fr"]):
                self.error(row, "name_en", _("Name the indicator in English, in French or both."))
            if len(self.errors) > before or activity is None:
                self.failed_refs[INDICATORS].update(
                    {_key(_text(row.get("id"))), _key(values["name_en"]), _key(values["name_fr"])}
                    - {""}
                )
                continue
            try:
                if indicator is None:
                    services.create_indicator(activity=activity, **values)
                    self.summary.created[INDICATORS] += 1
                elif indicator.activity_id == activity.pk and all(
                    getattr(indicator, k) == v for k, v in values.items()
                ):
                    self.summary.unchanged[INDICATORS] += 1
                else:
                    indicator.activity = activity
                    services.update_indicator(
                        indicator=indicator, expected_version=indicator.version, **values
                    )
                    self.summary.updated[INDICATORS] += 1
            except ValidationError as error:
                self.service_errors(row, error)

    @staticmethod
    def _missing(message: str) -> Any:
        raise CellError(message)

    def measurements(self, workbook: WorkbookType) -> None:
        activities_by_id, activity_index = self.activity_index()
        indicators = list(
            Indicator.objects.filter(partnership=self.partnership, activity__plan=self.plan)
        )
        by_id = {str(i.pk): i for i in indicators}
        queryset = Measurement.objects.filter(
            partnership=self.partnership, indicator__activity__plan=self.plan
        )
        for row in self.rows(workbook, MEASUREMENTS):
            reference = _text(row.get("indicator"))
            activity_ref = _text(row.get("activity"))
            if (
                _key(reference) in self.failed_refs[INDICATORS]
                or _key(activity_ref) in self.failed_refs[ACTIVITIES]
            ):
                continue
            before = len(self.errors)
            measurement = self.read(
                row, "id", self.existing, queryset, _("No measurement with id %(id)s in this plan.")
            )
            activity = None
            if activity_ref:
                activity = self.read(
                    row,
                    "activity",
                    self.find_activity_cell,
                    activities_by_id,
                    activity_index,
                )
            indicator = None
            if not reference:
                self.error(row, "indicator", _("Name the indicator by its id or its name."))
            elif len(self.errors) == before:
                indicator = self.read(
                    row,
                    "indicator",
                    self.find_indicator,
                    by_id,
                    indicators,
                    activity,
                )
            values = {
                "date": self.read(row, "date", _date),
                "value": self.read(row, "value", _decimal),
                "source": _text(row.get("source")),
                "note": _text(row.get("note")),
            }
            if row.get("date") in (None, ""):
                self.error(row, "date", _("Give the date of the measurement."))
            if row.get("value") in (None, ""):
                self.error(row, "value", _("Give the measured value."))
            if len(self.errors) > before or indicator is None:
                continue
            try:
                if measurement is None:
                    services.add_measurement(indicator=indicator, **values)
                    self.summary.created[MEASUREMENTS] += 1
                elif measurement.indicator_id == indicator.pk and all(
                    getattr(measurement, k) == v for k, v in values.items()
                ):
                    self.summary.unchanged[MEASUREMENTS] += 1
                else:
                    measurement.indicator = indicator
                    services.update_measurement(
                        measurement=measurement, expected_version=measurement.version, **values
                    )
                    self.summary.updated[MEASUREMENTS] += 1
            except ValidationError as error:
                self.service_errors(row, error)

    def find_activity_cell(self, value: Any, by_id: dict[str, Activity], index: _Index) -> Activity:
        return self.find_activity(_text(value), by_id, index)

    def find_indicator(
        self,
        value: Any,
        by_id: dict[str, Indicator],
        indicators: list[Indicator],
        activity: Activity | None,
    ) -> Indicator:
        reference = _text(value)
        if reference in by_id:
            return by_id[reference]
        if reference.isdigit():
            raise CellError(_("No indicator with id %(id)s in this plan.") % {"id": reference})
        index = _Index(_("Unknown indicator “%(name)s”."))
        for indicator in indicators:
            if activity is None or indicator.activity_id == activity.pk:
                index.add(indicator, indicator.name_en, indicator.name_fr)
        return index.find(reference)


def _load(content: bytes | IO[bytes]) -> WorkbookType:
    stream = io.BytesIO(content) if isinstance(content, bytes) else content
    try:
        return load_workbook(stream, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise PlanImportError(
            [
                RowError(
                    "",
                    0,
                    "",
                    _(
                        "This file is not an XLSX workbook: save it from your spreadsheet as "
                        "“Excel workbook (.xlsx)” and try again."
                    ),
                )
            ]
        ) from error


def import_plan(*, plan: ActionPlan, content: bytes | IO[bytes]) -> ImportSummary:
    """Apply the workbook to `plan` in one transaction, or change nothing and raise
    PlanImportError with every problem found."""
    workbook = _load(content)
    importer = _Importer(plan)
    with transaction.atomic():
        importer.activities(workbook)
        importer.indicators(workbook)
        importer.measurements(workbook)
        if importer.errors:
            raise PlanImportError(importer.errors)
    return importer.summary
