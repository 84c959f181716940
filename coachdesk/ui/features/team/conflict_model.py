"""Sync conflicts as a table, like the workbook import's preview: one row per field, the two
values side by side, ticked (Space) to take the team database's value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coachdesk.services.sync_conflicts import MINE, THEIRS, Choice, Conflict
from coachdesk.ui.features.handoff.plan_model import shown

Index = QModelIndex | QPersistentModelIndex
RECORD, KIND, FIELD, MINE_COLUMN, THEIRS_COLUMN, OUTCOME = range(6)
CONFLICT_BRUSH = QBrush(QColor("#fde8c8"))  # the import preview's conflict colour


@dataclass
class ConflictLine:
    conflict: Conflict
    take_theirs: bool = False


class ConflictModel(QAbstractTableModel):
    """`words` names record kinds and fields ("action", "due_on") and the outcomes."""

    def __init__(self, headers: list[str], words: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers, self._words = headers, words
        self.lines: list[ConflictLine] = []

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self.lines = [ConflictLine(c) for c in conflicts]
        self.endResetModel()

    def choose_all(self, choice: Choice) -> None:
        for line in self.lines:
            line.take_theirs = choice == THEIRS
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, OUTCOME))

    def choices(self) -> dict[int, Choice]:
        return {ln.conflict.id: THEIRS if ln.take_theirs else MINE for ln in self.lines}

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
        if self._line(index) is not None and index.column() == OUTCOME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self._line(index)
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == OUTCOME:
            return Qt.CheckState.Checked if line.take_theirs else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            chosen = THEIRS_COLUMN if line.take_theirs else MINE_COLUMN
            return CONFLICT_BRUSH if column in (chosen, OUTCOME) else None
        if role == Qt.ItemDataRole.FontRole and column in (MINE_COLUMN, THEIRS_COLUMN):
            font = QFont()
            font.setBold(column == (THEIRS_COLUMN if line.take_theirs else MINE_COLUMN))
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (MINE_COLUMN, THEIRS_COLUMN):
            value = line.conflict.mine if column == MINE_COLUMN else line.conflict.theirs
            return str(value) if value not in (None, "") else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self._line(index)
        if line is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != OUTCOME:
            return False
        line.take_theirs = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(OUTCOME))
        return True

    def _line(self, index: Index) -> ConflictLine | None:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        return self.lines[index.row()] if 0 <= index.column() < len(self._headers) else None

    def _text(self, line: ConflictLine, column: int) -> str:
        c = line.conflict
        if column == RECORD:
            return shown(c.record)
        if column == KIND:
            return self._words.get(c.table, c.table)
        if column == FIELD:
            return self._words.get(f"field:{c.field}", c.field)
        if column == MINE_COLUMN:
            return shown(c.mine)
        if column == THEIRS_COLUMN:
            return shown(c.theirs)
        return self._words["theirs" if line.take_theirs else "mine"]
