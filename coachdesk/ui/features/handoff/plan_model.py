"""The import preview as a table: every change, conflict and new row, conflicts chosen per field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coachdesk.services.handoff_import import FieldChange, ImportChoices, ImportPlan, NewRow
from coachdesk.ui.widgets.dates import format_date

Index = QModelIndex | QPersistentModelIndex
CONFLICT = "conflict"
CHANGE = "change"
NEW = "new"
IGNORED = "ignored"


@dataclass
class PreviewLine:
    kind: str
    sheet: str
    row: int
    label: str
    column: str
    current: Any
    incoming: Any
    change: FieldChange | None = None
    take_workbook: bool = False


def shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:77] + "…"


def lines_of(plan: ImportPlan) -> list[PreviewLine]:
    """Conflicts first (they need a choice), then changes, new rows and ignored edits."""
    def from_change(kind: str, c: FieldChange) -> PreviewLine:
        return PreviewLine(kind, c.sheet, c.row, c.label, c.column, c.current, c.incoming, c)

    def from_new(n: NewRow) -> PreviewLine:
        return PreviewLine(NEW, n.sheet, n.row, n.label, "", None, None)

    return ([from_change(CONFLICT, c) for c in plan.conflicts]
            + [from_change(CHANGE, c) for c in plan.updates]
            + [from_new(n) for n in plan.new_rows]
            + [from_change(IGNORED, c) for c in plan.ignored])


class PlanModel(QAbstractTableModel):
    """Columns: what, sheet, row, record, column, in CoachDesk, in the workbook, outcome."""

    def __init__(self, headers: list[str], outcomes: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._outcomes = outcomes  # kind, or "conflict:keep" / "conflict:take" -> text
        self.lines: list[PreviewLine] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.lines = lines_of(plan) if plan is not None else []
        self.endResetModel()

    def choices(self) -> ImportChoices:
        chosen = {(ln.change.sheet, ln.change.key, ln.change.attr) for ln in self.lines
                  if ln.kind == CONFLICT and ln.take_workbook and ln.change is not None}
        return ImportChoices(chosen)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        line = self._line(index)
        if line is not None and line.kind == CONFLICT and index.column() == 7:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self._line(index)
        if line is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, index.column())
        if role == Qt.ItemDataRole.CheckStateRole and line.kind == CONFLICT and index.column() == 7:
            return Qt.CheckState.Checked if line.take_workbook else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and line.kind == CONFLICT:
            return QBrush(QColor("#fde8c8"))
        if role == Qt.ItemDataRole.ForegroundRole and line.kind == IGNORED:
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (5, 6):
            value = line.current if index.column() == 5 else line.incoming
            return str(value) if value not in (None, "") else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self._line(index)
        if line is None or line.kind != CONFLICT or role != Qt.ItemDataRole.CheckStateRole:
            return False
        line.take_workbook = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(7))
        return True

    def _line(self, index: Index) -> PreviewLine | None:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        return self.lines[index.row()] if 0 <= index.column() < len(self._headers) else None

    def _text(self, line: PreviewLine, column: int) -> str:
        if column == 0:
            return self._outcomes[line.kind]
        if column == 7:
            if line.kind == CONFLICT:
                return self._outcomes["take" if line.take_workbook else "keep"]
            return self._outcomes[f"{line.kind}:outcome"]
        values = [line.sheet, str(line.row), line.label, line.column, shown(line.current),
                  shown(line.incoming)]
        if line.kind == NEW and column in (4, 5, 6):
            return "" if column != 6 else self._outcomes["new:what"]
        return values[column - 1]
