"""Comparing versions: the text with additions and deletions marked, and how ratings moved."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.textdiff import Change, Paragraph, TextDiff
from coachdesk.domain.vocabulary import Rating
from coachdesk.services.proposals import VersionRow
from coachdesk.services.reviews import Comparison, RatingsMatrix
from coachdesk.ui.context import AppContext
from coachdesk.ui.widgets.dates import format_date

Index = QModelIndex | QPersistentModelIndex
COLOURS = {Rating.MISSING: "#f4cccc", Rating.WEAK: "#fce5cd", Rating.SUFFICIENT: "#d9ead3",
           Rating.STRONG: "#b6d7a8"}
ADDED_STYLE = "background-color:#d4f4d2; color:#0b5d1e; text-decoration:underline;"
REMOVED_STYLE = "background-color:#fbd3d0; color:#8a1111; text-decoration:line-through;"


def piece_html(change: Change, text: str) -> str:
    text = html.escape(text)
    if change == Change.ADDED:
        return f"<span style='{ADDED_STYLE}'>{text}</span>"
    if change == Change.REMOVED:
        return f"<span style='{REMOVED_STYLE}'>{text}</span>"
    return text


def paragraph_html(p: Paragraph) -> str:
    mark = {Change.ADDED: "+ ", Change.REMOVED: "− "}.get(p.change, "") if not p.is_modified else "~ "
    body = " ".join(piece_html(x.change, x.text) for x in p.pieces)
    return f"<p><span style='color:#777'>{mark}</span>{body}</p>"


class RatingsMatrixModel(QAbstractTableModel):
    """Rows are criteria, columns versions; each cell the rating, coloured."""

    def __init__(self, lang: str = "nl", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.matrix: RatingsMatrix | None = None

    def set_matrix(self, matrix: RatingsMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.versions)

    def rating(self, row: int, column: int) -> Rating | None:
        m = self.matrix
        if m is None or not (0 <= row < len(m.criteria) and 0 <= column < len(m.versions)):
            return None
        return m.ratings.get((m.criteria[row].id, m.versions[column].id))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rating = self.rating(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return rating.label(self.lang) if rating else "–"
        if role == Qt.ItemDataRole.BackgroundRole and rating:
            return QBrush(QColor(COLOURS[rating]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self.matrix
        if m is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(m.criteria):
            criterion = m.criteria[section]
            return criterion.description if role == Qt.ItemDataRole.ToolTipRole else criterion.name
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(m.versions):
            v = m.versions[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return v.file_name
            return f"v{v.number} · {v.received_on:%d/%m/%Y}"
        return None


class ComparisonView(QWidget):
    """Choose two versions; the page feeds `show_comparison` and `show_matrix`."""

    closed = Signal()
    versions_chosen = Signal(int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._diff: TextDiff | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addLayout(self._summary_row())
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.text = QTextBrowser()
        self.text.setObjectName("comparisonText")
        self.matrix_model = RatingsMatrixModel(ctx.lang, self)
        self.matrix = QTableView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.setAccessibleName(self.tr("Ratings per version"))
        splitter.addWidget(self.text)
        splitter.addWidget(self.matrix)
        splitter.setSizes([420, 260])
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.closed)

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        back = QPushButton(self.tr("← &Back to the list"))
        back.clicked.connect(self.closed)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.old = QComboBox()
        self.new = QComboBox()
        self.old.setAccessibleName(self.tr("Older version"))
        self.new.setAccessibleName(self.tr("Newer version"))
        self.old.activated.connect(self._on_choice)
        self.new.activated.connect(self._on_choice)
        for widget in (back, self.heading):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (QLabel(self.tr("Compare")), self.old, QLabel(self.tr("with")), self.new):
            bar.addWidget(widget)
        return bar

    def _summary_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.only_changes = QCheckBox(self.tr("&Only changes"))
        self.only_changes.setToolTip(self.tr("Hide the paragraphs that did not change"))
        self.only_changes.toggled.connect(self._render)
        row.addWidget(self.only_changes)
        return row

    def set_versions(self, region: str, versions: tuple[VersionRow, ...], old_id: int,
                     new_id: int) -> None:
        self.heading.setText(self.tr("%1 · compare versions").replace("%1", region))
        for combo, chosen in ((self.old, old_id), (self.new, new_id)):
            combo.clear()
            for v in versions:
                combo.addItem(self.tr("version %1 (%2)").replace("%1", str(v.number))
                              .replace("%2", format_date(v.received_on)), v.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _on_choice(self, _index: int) -> None:
        self.versions_chosen.emit(self.old.currentData(), self.new.currentData())

    def show_comparison(self, c: Comparison) -> None:
        diff = c.diff
        parts = [self.tr("From version %1 to version %2:").replace("%1", str(c.old.number))
                 .replace("%2", str(c.new.number))]
        parts.append(self.tr("%n paragraph(s) added", "", diff.count(Change.ADDED)) + ",")
        parts.append(self.tr("%n removed", "", diff.count(Change.REMOVED)) + ",")
        parts.append(self.tr("%n changed.", "", diff.modified))
        if c.text_missing:
            parts = [self.tr("The text of one of these versions is not available, so the text "
                             "cannot be compared. The ratings below still can.")]
        elif not diff.has_changes:
            parts = [self.tr("The text of both versions is the same.")]
        self.summary.setText(" ".join(parts))
        self._diff = diff
        self._render()

    def _render(self) -> None:
        if self._diff is None:
            return
        added, removed = self.tr("added"), self.tr("removed")
        legend = (f"<p>{piece_html(Change.ADDED, added)} "
                  f"{piece_html(Change.REMOVED, removed)}</p><hr/>")
        shown, skipped = [], False
        for p in self._diff.paragraphs:
            if self.only_changes.isChecked() and not p.is_modified and p.change == Change.SAME:
                skipped = True
                continue
            if skipped:
                shown.append("<p style='color:#777'>…</p>")
                skipped = False
            shown.append(paragraph_html(p))
        self.text.setHtml(legend + "".join(shown))

    def show_matrix(self, matrix: RatingsMatrix) -> None:
        self.matrix_model.set_matrix(matrix)
        self.matrix.resizeRowsToContents()
