"""Pieces of the review panel: a criterion's rating and comment, and an earlier comment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from coachdesk.domain.vocabulary import CommentStatus, Rating
from coachdesk.services.criteria import CriterionRow
from coachdesk.services.reviews import AssessmentInput, CommentRow


def rating_combo(lang: str, empty: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, None)
    for rating in Rating:
        combo.addItem(rating.label(lang), rating.value)
    return combo


def comment_label(c: CommentRow) -> str:
    where = " · ".join(x for x in (c.criterion, c.location) if x)
    return f"{where}: {c.text}" if where else c.text


class CriterionEditor(QFrame):
    """One criterion: its name, the previous rating, a rating and a comment."""

    changed = Signal()

    def __init__(self, criterion: CriterionRow, lang: str, previous: Rating | None,
                 previous_number: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.setObjectName("criterionEditor")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 6, 4, 6)
        name = QLabel(f"<b>{criterion.name}</b>" + ("" if criterion.active else
                      " " + self.tr("(inactive)")))
        name.setWordWrap(True)
        name.setToolTip(criterion.description)
        grid.addWidget(name, 0, 0)
        self.rating = rating_combo(lang, self.tr("– not rated –"))
        self.rating.setAccessibleName(criterion.name)
        grid.addWidget(self.rating, 0, 1)
        hint = ""
        if previous_number is not None:
            before = previous.label(lang) if previous else self.tr("not rated")
            hint = self.tr("Version %1: %2").replace("%1", str(previous_number)).replace(
                "%2", before)
        self.previous = QLabel(hint)
        self.previous.setObjectName("hint")
        self.previous.setVisible(bool(hint))
        grid.addWidget(self.previous, 1, 0)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Comment on this criterion…"))
        self.comment.setFixedHeight(58)
        self.comment.setTabChangesFocus(True)
        grid.addWidget(self.comment, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.rating.currentIndexChanged.connect(self.changed)
        self.comment.textChanged.connect(self.changed)

    def set_value(self, value: AssessmentInput | None) -> None:
        self.blockSignals(True)
        rating = value.rating.value if value and value.rating else None
        self.rating.setCurrentIndex(max(0, self.rating.findData(rating)))
        self.comment.setPlainText(value.comment if value else "")
        self.blockSignals(False)

    def value(self) -> AssessmentInput:
        data = self.rating.currentData()
        return AssessmentInput(self.criterion.id, Rating(data) if data else None,
                               self.comment.toPlainText())


class CarriedComment(QWidget):
    """A comment from an earlier version with its status as of this version."""

    status_chosen = Signal(int, str)
    location_requested = Signal(str)

    def __init__(self, comment: CommentRow, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comment = comment
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        label = QLabel(self.tr("v%1 · %2").replace("%1", str(comment.version_number))
                       .replace("%2", comment_label(comment)))
        label.setWordWrap(True)
        row.addWidget(label, 1)
        if comment.location:
            show = QPushButton(self.tr("Show"))
            show.setToolTip(self.tr("Show %1 in the document").replace("%1", comment.location))
            show.clicked.connect(lambda: self.location_requested.emit(comment.location))
            row.addWidget(show)
        self.status = QComboBox()
        for status in CommentStatus:
            self.status.addItem(status.label(lang), status.value)
        self.status.setCurrentIndex(self.status.findData(comment.status.value))
        self.status.setAccessibleName(comment.text)
        row.addWidget(self.status)
        self.status.activated.connect(
            lambda _i: self.status_chosen.emit(comment.id, self.status.currentData()))
