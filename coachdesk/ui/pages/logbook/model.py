"""The Logboek's table model: pages moments in by window, never all rows at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from coachdesk.domain.vocabulary import ContactKind
from coachdesk.domain.marks import MARK_END, MARK_START
from coachdesk.services.logbook import MomentRow
from coachdesk.ui.models.table import ROW_ROLE, format_value

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[tuple[date, int] | None], list[MomentRow]]
MARKED_ROLE = Qt.ItemDataRole.UserRole + 10
WINDOW = 200
DATE, KIND, REGION, SUBJECT, PARTICIPANTS, EXCERPT = range(6)


def unmark(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


class MomentModel(QAbstractTableModel):
    """Rows arrive `WINDOW` at a time through `fetch(after_key)`; `reset()` starts over."""

    def __init__(self, lang: str = "nl", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[MomentRow] = []
        self._fetch: Fetch | None = None
        self._more = False
        self.fetches = 0

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("LogbookPage", "Date"),
                QCoreApplication.translate("LogbookPage", "Kind"),
                QCoreApplication.translate("LogbookPage", "Region"),
                QCoreApplication.translate("LogbookPage", "Subject"),
                QCoreApplication.translate("LogbookPage", "Participants"),
                QCoreApplication.translate("LogbookPage", "Report")]

    def reset(self, first: list[MomentRow], fetch: Fetch | None) -> None:
        self.beginResetModel()
        self._rows = list(first)
        self._fetch = fetch
        self._more = fetch is not None and len(first) >= WINDOW
        self.endResetModel()

    def row_at(self, row: int) -> MomentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or self._fetch is None or not self._rows:
            return
        last = self._rows[-1]
        more = self._fetch((last.happened_on, last.id))
        self.fetches += 1
        self._more = len(more) >= WINDOW
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 6):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < 6:
            return None
        try:
            if role == Qt.ItemDataRole.DisplayRole:
                return unmark(self._marked(row, index.column()))
            if role == MARKED_ROLE:
                return self._marked(row, index.column())
            if role == ROW_ROLE:
                return row
            if role == Qt.ItemDataRole.ToolTipRole and index.column() in (SUBJECT, PARTICIPANTS):
                return unmark(self._marked(row, index.column()))
        except Exception:  # a bad row must not break the view
            return None
        return None

    def _marked(self, row: MomentRow, column: int) -> str:
        if column == DATE:
            return format_value(row.happened_on)
        if column == KIND:
            try:
                return ContactKind(row.kind).label(self._lang)
            except ValueError:
                return row.kind
        return (row.region_name, row.subject, row.participants, row.excerpt)[column - REGION]
