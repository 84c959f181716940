"""Paints a cell's text with the search matches highlighted."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coachdesk.domain.marks import MARK_END, MARK_START
from coachdesk.ui.pages.logbook.model import MARKED_ROLE

HIGHLIGHT = "<span style='background-color:#ffe066;color:#000;font-weight:600'>"


def to_html(marked: str) -> str:
    """Escape the text and turn the match markers into highlighted spans."""
    escaped = html.escape(" ".join(marked.split()))
    return escaped.replace(MARK_START, HIGHLIGHT).replace(MARK_END, "</span>")


class HighlightDelegate(QStyledItemDelegate):
    """Draws `MARKED_ROLE` text as rich text; falls back to the plain painting without marks."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        marked = index.data(MARKED_ROLE) or ""
        if MARK_START not in marked:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(to_html(marked))
        painter.save()
        rect = opt.rect
        painter.translate(rect.left(), rect.top() + max(0, (rect.height() - doc.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index)
