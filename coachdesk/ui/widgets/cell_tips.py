"""Cut cell text: a view shows it with "…" and its full text as a tooltip, so a coach reads
"Gemeente geïnteresseerd" in a narrow column without widening it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QToolTip


def cell_tooltip(view: QAbstractItemView, index: QModelIndex) -> str:
    """The model's own tooltip, else the cell's full text when the cell is too narrow for it."""
    if not index.isValid():
        return ""
    given = index.data(Qt.ItemDataRole.ToolTipRole)
    if given:
        return str(given)
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or str(text) == "":
        return ""
    return str(text) if is_cut(view, index) else ""


def is_cut(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Whether the cell's text needs more room than its column gives (so it shows "…")."""
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.font = view.font()
    rect = view.visualRect(index)
    option.rect = rect
    needed = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return needed > rect.width()


class CellTips(QObject):
    """Answers the viewport's tooltip events with `cell_tooltip`."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        text = cell_tooltip(self.view, index)
        if text:
            QToolTip.showText(event.globalPos(), text, self.view.viewport(),
                              self.view.visualRect(index))
        else:
            QToolTip.hideText()
        return True


def install_cell_tips(view: QAbstractItemView) -> None:
    """Cut text ends in "…" (not in the middle) and tells its full text on hover."""
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.viewport().installEventFilter(CellTips(view))
