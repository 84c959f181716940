"""A two-level model for the 'Vandaag' view: buckets (overdue, today, ...) with their actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coachdesk.domain.agenda import BUCKET_ORDER, Bucket
from coachdesk.services.actions import ActionRow
from coachdesk.ui.models.table import ROW_ROLE, format_value

Index = QModelIndex | QPersistentModelIndex
TOP = 0xFFFF  # internal id of a bucket row; an action row carries its bucket's number
COLUMNS = 5
OVERDUE_COLOUR = QColor("#b00020")


def bucket_title(bucket: Bucket) -> str:
    return {
        Bucket.OVERDUE: QCoreApplication.translate("ActionsPage", "Overdue"),
        Bucket.TODAY: QCoreApplication.translate("ActionsPage", "Today"),
        Bucket.THIS_WEEK: QCoreApplication.translate("ActionsPage", "This week"),
        Bucket.LATER: QCoreApplication.translate("ActionsPage", "Later"),
        Bucket.NO_DATE: QCoreApplication.translate("ActionsPage", "No due date"),
    }[bucket]


class ActionTreeModel(QAbstractItemModel):
    """`set_rows(rows, today)` sorts open actions into buckets; empty buckets are left out."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[Bucket, list[ActionRow]]] = []

    def set_rows(self, rows: list[ActionRow], today: date) -> None:
        self.beginResetModel()
        grouped: dict[Bucket, list[ActionRow]] = {b: [] for b in BUCKET_ORDER}
        for row in rows:
            grouped[row.bucket(today)].append(row)
        self._groups = [(b, grouped[b]) for b in BUCKET_ORDER if grouped[b]]
        self.endResetModel()

    def buckets(self) -> dict[Bucket, list[ActionRow]]:
        return {b: list(rows) for b, rows in self._groups}

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("ActionsPage", "Action"),
                QCoreApplication.translate("ActionsPage", "Due on"),
                QCoreApplication.translate("ActionsPage", "Owner"),
                QCoreApplication.translate("ActionsPage", "Region"),
                QCoreApplication.translate("ActionsPage", "From contact moment")]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()), 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == TOP and parent.column() == 0 and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return COLUMNS

    def action_at(self, index: Index) -> ActionRow | None:
        if not index.isValid() or index.internalId() == TOP:
            return None
        group = int(index.internalId())
        if group >= len(self._groups) or index.row() >= len(self._groups[group][1]):
            return None
        return self._groups[group][1][index.row()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < COLUMNS):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._group_data(index, role)
        action = self.action_at(index)
        if action is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value((action.description, action.due_on, action.owner,
                                 action.region_name, action.source_subject)[index.column()])
        if role == ROW_ROLE:
            return action
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            if self._groups[int(index.internalId())][0] == Bucket.OVERDUE:
                return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (0, 4):
            return (action.description, "", "", "", action.source_subject)[index.column()]
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        if index.row() >= len(self._groups) or index.column() != 0:
            return None
        bucket, rows = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{bucket_title(bucket)} ({len(rows)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and bucket == Bucket.OVERDUE:
            return QBrush(OVERDUE_COLOUR)
        return None
