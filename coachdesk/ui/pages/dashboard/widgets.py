"""Painted pieces of the Overzicht: a stage bar in the table, and regions per stage as a chart."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from coachdesk.ui.models.table import ROW_ROLE

BAR = QColor("#2c5282")
TRACK = QColor("#e2e8f0")
BAR_WIDTH = 56


class StageBarDelegate(QStyledItemDelegate):
    """Paints a small bar (position / last position) before the stage's name."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(6, 0, -4, 0)
        bar = QRect(rect.left(), rect.center().y() - 4, BAR_WIDTH, 8)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, 3, 3)
        done = bar.width() * row.stage_position // max(row.last_position, 1)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.setBrush(QColor("#f6ad55") if selected else BAR)
        painter.drawRoundedRect(QRect(bar.left(), bar.top(), done, bar.height()), 3, 3)
        painter.setPen(option.palette.highlightedText().color() if selected
                       else option.palette.text().color())
        text_rect = rect.adjusted(BAR_WIDTH + 8, 0, 0, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                       text_rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + BAR_WIDTH + 10, size.height())


class StageChart(QWidget):
    """Horizontal bars: how many regions are at each stage. `set_counts([(name, n), ...])`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[str, int]] = []
        self.setMinimumSize(260, 110)

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        self.counts = counts
        summary = "; ".join(f"{name}: {n}" for name, n in counts)
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(340, 22 * max(len(self.counts), 8) + 8)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.counts:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = min(max(metrics.horizontalAdvance(n) for n, _c in self.counts) + 12,
                          self.width() // 2)
        line = max(min((self.height() - 8) // len(self.counts), 26), 14)
        largest = max(max(c for _n, c in self.counts), 1)
        room = self.width() - label_width - 40
        for i, (name, count) in enumerate(self.counts):
            top = 4 + i * line
            painter.setPen(self.palette().text().color())
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, label_width - 8)
            right = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
            painter.drawText(QRect(0, top, label_width - 8, line), right, label)
            width = room * count // largest
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR if count else TRACK)
            painter.drawRoundedRect(QRect(label_width, top + 4, max(width, 3), line - 8), 3, 3)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(label_width + max(width, 3) + 6, top, 40, line),
                             int(Qt.AlignmentFlag.AlignVCenter), str(count))
        painter.end()
