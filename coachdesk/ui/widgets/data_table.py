"""A table view for plain-object rows: sortable, filterable, Enter or double-click opens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTableView,
    QWidget,
)

from coachdesk.ui.collation import CollatingProxy
from coachdesk.ui.models.table import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from coachdesk.ui.widgets.cell_tips import install_cell_tips


class DataTable(QTableView):
    """`row_activated(row_object)` on Enter or double-click."""

    row_activated = Signal(object)

    def __init__(self, columns: Sequence[Column[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = RowTableModel(columns, self)
        self.proxy: QSortFilterProxyModel = CollatingProxy(self)  # names by Dutch rules
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self._content_widths: list[int] | None = None  # measured once per change of rows
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        install_cell_tips(self)  # cut text: "…" and its full text on hover
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.doubleClicked.connect(self._on_activated)
        self._floors: list[int] | None = None  # set by fit_columns; None: the coach sized them
        self._fitting = False
        header.sectionResized.connect(self._on_section_resized)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        self._forget_content_widths()
        for changed in (model.modelReset, model.layoutChanged, model.rowsInserted,
                        model.rowsRemoved, model.dataChanged):
            changed.connect(self._forget_content_widths)

    def _forget_content_widths(self, *_args: object) -> None:
        self._content_widths = None

    def _measured_content_widths(self, count: int) -> list[int]:
        """What each column's text needs; a resize of the view alone does not measure again."""
        if self._content_widths is None or len(self._content_widths) != count:
            self._content_widths = [self.sizeHintForColumn(c) for c in range(count)]
        return self._content_widths

    def fit_columns(self, floors: Sequence[int] = ()) -> None:
        """Size the columns to the view: never narrower than the header's text or `floors`,
        extra room first to the columns whose text is cut, then shared by all. Kept up to date
        when the view resizes, until the coach drags a column border."""
        self._floors = list(floors)
        self._fit()

    def _fit(self) -> None:
        header, count = self.horizontalHeader(), self.model().columnCount()
        if self._floors is None or count == 0:
            return
        floors = self._floors + [0] * count
        self.source.set_wrap_headers(False)
        base = [max(floors[c], self._header_width(c)) for c in range(count)]
        if sum(base) > self.viewport().width():  # headers on two lines rather than cut
            self.source.set_wrap_headers(True)
            base = [max(floors[c], self._header_width(c)) for c in range(count)]
        content = self._measured_content_widths(count)
        want = [max(base[c], min(content[c] + 8, 420)) for c in range(count)]
        widths = share(base, want, self.viewport().width())
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _header_width(self, column: int) -> int:
        """The header's text (its longest line, in bold) with the style's margins, and room
        for the sort arrow where it shows. (Qt's own hint grows with the header's height.)"""
        header = self.horizontalHeader()
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        width = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        width += 2 * margin + 16  # the style sheet's padding and a little air
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            width += 18
        return width

    def _on_section_resized(self, *_args: object) -> None:
        if not self._fitting and self.isVisible() and self.horizontalHeader().underMouse():
            self._floors = None  # the coach's own widths stay

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    fit_to_contents = True  # False where the page sets the widths: measuring all rows costs

    def set_rows(self, rows: Sequence[Any]) -> None:
        had_rows = self.source.rowCount() > 0
        self.source.set_rows(rows)
        if not had_rows and self.fit_to_contents:
            if self._floors is None:  # no fitting to the view: the contents decide
                self.resizeColumnsToContents()
            else:  # _fit measures the contents itself: measuring twice costs start-up
                self._fit()

    def current_row(self) -> Any:
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def selected_rows(self) -> list[Any]:
        return [i.data(ROW_ROLE) for i in self.selectionModel().selectedRows()]

    def follow_filter(self, field: QLineEdit) -> None:
        """Enter in the list's filter field goes into the list, on its first match."""
        field.returnPressed.connect(self.enter_from_filter)

    def enter_from_filter(self) -> None:
        if self.model().rowCount() == 0:
            return
        self.setFocus()
        self.selectRow(0)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.row_activated.emit(row)


def share(base: list[int], want: list[int], room: int) -> list[int]:
    """Column widths for `room` pixels: `base` at least; what is left goes first to columns
    that want more (their text is cut), then to every column in proportion to its width."""
    widths = list(base)
    left = room - sum(widths)
    short = [w - b for b, w in zip(base, want, strict=True)]
    if left <= 0:
        return widths
    needed = sum(short)
    if needed >= left:
        return [b + left * s // needed for b, s in zip(base, short, strict=True)]
    widths = list(want)
    left -= needed
    total = sum(widths)
    return [w + left * w // total for w in widths]
