"""Plan an import of a handoff workbook (changes, conflicts, invalid rows) and apply it."""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coachdesk.db.models import DbMeta, HandoffExport
from coachdesk.domain import handoff as h
from coachdesk.domain.errors import CoachDeskError, FileFormatError, ValidationError
from coachdesk.domain.messages import ERRORS, fill
from coachdesk.services import handoff_diff as diff
from coachdesk.services import handoff_fields as f
from coachdesk.services.handoff_gather import Gatherer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FieldChange:
    """One field the workbook changes; `conflict` when CoachDesk changed it too since export."""

    sheet: str
    key: str
    row: int
    column: str
    attr: str
    label: str
    current: Any
    incoming: Any
    stored: Any
    conflict: bool = False


@dataclass(frozen=True)
class NewRow:
    sheet: str
    key: str
    row: int
    label: str
    values: dict[str, Any]


@dataclass(frozen=True)
class Problem:
    file: str
    sheet: str
    row: int
    column: str
    code: str  # of its phrase: "empty", "not_in_list", ... (domain/messages.py, "cell.*")
    detail: str = ""

    @property
    def fields(self) -> dict[str, object]:
        """The fields of its message: where it is, and `problem` (a cell code) with `detail`."""
        return {"file": self.file, "sheet": self.sheet, "row": self.row, "column": self.column,
                "problem": self.code, "detail": self.detail}

    def __str__(self) -> str:
        return fill(ERRORS["cell.at" if self.column else "cell.at_row"], self.fields)


@dataclass
class ImportPlan:
    file: str
    export_id: str
    exported_at: datetime
    coach: str
    known_export: bool
    changes: list[FieldChange] = field(default_factory=list)
    new_rows: list[NewRow] = field(default_factory=list)
    ignored: list[FieldChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def conflicts(self) -> list[FieldChange]:
        return [c for c in self.changes if c.conflict]

    @property
    def updates(self) -> list[FieldChange]:
        return [c for c in self.changes if not c.conflict]

    @property
    def empty(self) -> bool:
        return not self.changes and not self.new_rows

    def refusal(self) -> CoachDeskError:
        first = self.problems[0]
        code = "import.invalid" if first.column else "import.invalid_row"
        return ValidationError(code, **first.fields, count=len(self.problems),
                               field=first.column)


@dataclass
class ImportChoices:
    """Per conflict, whether the workbook's value wins: keys are (sheet, key, attr)."""

    take_workbook: set[tuple[str, str, str]] = field(default_factory=set)

    def wins(self, change: FieldChange) -> bool:
        return not change.conflict or (change.sheet, change.key, change.attr) in self.take_workbook


def make_plan(s: Session, wb: h.HandoffWorkbook) -> ImportPlan:
    planner = _Planner(s, wb)
    planner.run()
    return planner.plan


class _Planner:
    def __init__(self, s: Session, wb: h.HandoffWorkbook) -> None:
        self.s, self.wb = s, wb
        self.plan = ImportPlan(wb.path, wb.meta.export_id, wb.meta.exported_at, wb.meta.coach,
                               False)
        source = self._own_source()
        self.own_coach = source.coach if wb.merged and source is not None else None
        # A merged workbook holds this coach's rows as they were in the coach's own export:
        # that export's snapshot and time say who changed what since.
        origin = source or wb.meta
        snapshot = s.scalar(select(HandoffExport.snapshot)
                            .where(HandoffExport.export_id == origin.export_id))
        self.base = diff.unpack(snapshot) if snapshot is not None else {}
        self.plan.known_export = snapshot is not None
        del snapshot
        options = h.ExportOptions(personal_data=wb.meta.personal_data)
        gatherer = Gatherer(s, options)
        self.current = gatherer.gather(h.NoProgress())
        # A scrubbed cell shows less than is stored: writing it back would lose the names.
        self.scrubbed = gatherer.scrubbed_cells
        self.convert = f.Converter(s)
        self.exported_at = origin.exported_at.astimezone(timezone.utc).replace(tzinfo=None)

    def _own_source(self) -> h.HandoffMeta | None:
        """This database's part of the workbook; a stranger's workbook is refused."""
        db_id = self.s.scalar(select(DbMeta.value).where(DbMeta.key == "database_id")) or ""
        if not self.wb.merged:
            if self.wb.meta.database_id and self.wb.meta.database_id != db_id:
                raise FileFormatError("workbook.foreign", file=self.wb.path, reason="foreign",
                                      detail=self.wb.meta.coach or "?")
            return None
        for src in self.wb.sources:
            if src.database_id == db_id:
                return src
        self._problem(h.META, 1, "", "not_mine")
        return None

    def run(self) -> None:
        if self.plan.problems:
            return
        for name, rows in self.wb.sheets.items():
            if name not in f.EDITABLE:
                continue
            numbers = self.wb.row_numbers.get(name, [])
            self._sheet(h.BY_NAME[name], rows, numbers)

    def _sheet(self, sheet: h.Sheet, rows: list[Any], numbers: list[int]) -> None:
        key_of = sheet.key_getter()
        current = {key_of(r): r for r in self.current.get(sheet.name, [])}
        base = self.base.get(sheet.name, {})
        stamps = f.updated_at(self.s, sheet.name) if not self.plan.known_export else {}
        editable = set(f.EDITABLE[sheet.name])
        if not self.wb.meta.personal_data:
            editable -= set(f.ANONYMISED.get(sheet.name, ()))
        attrs = [c.attr for c in sheet.columns if c.attr not in sheet.key]
        values = sheet.values()
        for index, row in enumerate(rows):
            if self.own_coach is not None and row.coach != self.own_coach:
                continue
            number = numbers[index] if index < len(numbers) else index + 2
            key = key_of(row)
            mine = current.get(key)
            if mine is None:
                self._new_row(sheet, row, number)
                continue
            if values(row) == values(mine):
                continue  # the usual case: an untouched row
            old = base[key].split(diff.SEP) if key in base else None
            late = stamps.get(key, datetime.min) > self.exported_at
            for position, attr in enumerate(attrs):
                was = old[position] if old is not None and position < len(old) else _UNKNOWN
                allowed = attr in editable and (sheet.name, key, attr) not in self.scrubbed
                self._field(sheet, row, mine, number, attr, allowed, was, late)

    def _field(self, sheet: h.Sheet, row: Any, mine: Any, number: int, attr: str,
               editable: bool, was: Any, late: bool) -> None:
        incoming, current = getattr(row, attr), getattr(mine, attr)
        if f.normal(incoming) == f.normal(current):
            return
        if was is not _UNKNOWN:
            if diff.encode(incoming) == was:
                return  # only CoachDesk changed it since the export: keep CoachDesk's value
            conflict = diff.encode(current) != was
        else:
            conflict = late
        column = sheet.column(attr).header
        label = _describe(sheet.name, mine)
        if not editable:
            if was is not _UNKNOWN:
                self.plan.ignored.append(FieldChange(sheet.name, sheet.key_of(row), number,
                                                     column, attr, label, current, incoming, None))
            return
        if self._formula(sheet.name, number, attr, column):
            return
        try:
            stored = self.convert(sheet.name, attr, incoming)
        except f.FieldError as exc:
            self._problem(sheet.name, number, column, exc.code, exc.detail)
            return
        self.plan.changes.append(FieldChange(sheet.name, sheet.key_of(row), number, column, attr,
                                             label, current, incoming, stored, conflict))

    def _new_row(self, sheet: h.Sheet, row: Any, number: int) -> None:
        key = sheet.key_of(row)
        if sheet.name not in f.ADDABLE:
            column = sheet.column(sheet.key[0]).header
            self._problem(sheet.name, number, column, "unknown_id", key)
            return
        if key in ("", "None"):
            key = str(uuid.uuid4())
        elif not _is_uuid(key):
            self._problem(sheet.name, number, sheet.column("id").header, "bad_id", key)
            return
        values: dict[str, Any] = {}
        for attr in f.EDITABLE[sheet.name]:
            if self._formula(sheet.name, number, attr, sheet.column(attr).header):
                return
            incoming = getattr(row, attr)
            if sheet.name == h.ACTIONS and attr == "status" and not incoming:
                incoming = "open"  # a new action typed without a status is still to do
            try:
                values[attr] = self.convert(sheet.name, attr, incoming)
            except f.FieldError as exc:
                self._problem(sheet.name, number, sheet.column(attr).header, exc.code,
                              exc.detail)
                return
        if values.get("status") == "done" and values.get("done_on") is None:
            self._problem(sheet.name, number, sheet.column("done_on").header,
                          "done_without_date")
            return
        self.plan.new_rows.append(NewRow(sheet.name, key, number, _describe(sheet.name, row),
                                         values))

    def _formula(self, sheet: str, row: int, attr: str, column: str) -> bool:
        """A cell that holds a formula is shown as one and not taken as its computed value."""
        found = self.wb.formulas.get(sheet, {}).get((row, attr))
        if found is None:
            return False
        formula, saved = found
        self._problem(sheet, row, column, "formula" if saved else "formula_without_value",
                      formula)
        return True

    def _problem(self, sheet: str, row: int, column: str, code: str, detail: str = "") -> None:
        self.plan.problems.append(Problem(self.wb.path, sheet, row, column, code, detail))


_UNKNOWN = object()


def _is_uuid(text: str) -> bool:
    try:
        return len(text) == 36 and str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False


def _describe(sheet: str, row: Any) -> str:
    """A few words that tell a person which row this is."""
    if sheet in (h.REGIONS, h.MUNICIPALITIES, h.PEOPLE):
        return str(row.name)
    if sheet == h.MOMENTS:
        return str(row.subject)
    if sheet == h.ACTIONS:
        return str(row.description)[:80]
    if sheet == h.VERSIONS:
        return f"{row.region} v{row.number}"
    if sheet == h.ASSESSMENTS:
        return f"{row.region} v{row.number}: {row.criterion}"
    return ""


def apply_plan(s: Session, plan: ImportPlan, choices: ImportChoices) -> int:
    """Apply every non-conflicting change and the chosen conflicts, inside the caller's transaction."""
    by_sheet: dict[str, list[FieldChange]] = defaultdict(list)
    for change in plan.changes:
        if choices.wins(change):
            by_sheet[change.sheet].append(change)
    count = 0
    for sheet, changes in by_sheet.items():
        records = f.load(s, sheet, sorted({c.key for c in changes}))
        for change in changes:
            record = records.get(change.key)
            if record is None:
                raise CoachDeskError("import.deleted_meanwhile", file=plan.file, sheet=sheet,
                                     row=change.row)
            f.setter(sheet, change.attr)(s, record, change.stored)
            count += 1
    for new in plan.new_rows:
        f.create(s, new.sheet, new.key, new.values)
        count += 1
    try:
        s.flush()
    except IntegrityError as exc:
        log.error("import of %s refused by the database: %s", plan.file, exc.orig)
        raise CoachDeskError("import.breaks_rule", file=plan.file) from exc
    return count
