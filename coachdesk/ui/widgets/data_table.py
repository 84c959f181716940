"""A table view for plain-object rows: sortable, filterable, Enter or double-click opens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from coachdesk.ui.models.table import ROW_ROLE, SORT_ROLE, Column, RowTableModel


class DataTable(QTableView):
    """`row_activated(row_object)` on Enter or double-click."""

    row_activated = Signal(object)

    def __init__(self, columns: Sequence[Column[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = RowTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.doubleClicked.connect(self._on_activated)

    fit_to_contents = True  # False where the page sets the widths: measuring all rows costs

    def set_rows(self, rows: Sequence[Any]) -> None:
        had_rows = self.source.rowCount() > 0
        self.source.set_rows(rows)
        if not had_rows and self.fit_to_contents:
            self.resizeColumnsToContents()

    def current_row(self) -> Any:
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def selected_rows(self) -> list[Any]:
        return [i.data(ROW_ROLE) for i in self.selectionModel().selectedRows()]

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.row_activated.emit(row)
