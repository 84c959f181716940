"""The three panels of the review: criteria, this version's comments, earlier comments."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.vocabulary import CommentStatus
from coachdesk.services.reviews import Review
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp
from coachdesk.ui.pages.proposals import commands
from coachdesk.ui.pages.proposals.messages import message_for
from coachdesk.ui.pages.proposals.review_parts import (
    CarriedComment,
    CriterionEditor,
    comment_label,
)
from coachdesk.ui.read_only import guard_writes


def narrow_combo() -> QComboBox:
    """A combo box as narrow as the panel allows; long entries show in full in its list."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    return combo


def scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


class CriteriaPanel(QWidget):
    """A rating and comment per criterion; `save()` stores them all in one transaction."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version_id = 0
        self.dirty = False
        self.editors: list[CriterionEditor] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        layout.addWidget(self.summary)
        self.inner = QWidget()
        self.rows = QVBoxLayout(self.inner)
        self.rows.setSpacing(2)
        layout.addWidget(scrolling(self.inner), 1)

    def show_review(self, review: Review) -> None:
        for editor in self.editors:
            editor.deleteLater()
        self.editors = []
        self.version_id = review.version.id
        previous = review.previous.number if review.previous else None
        for criterion in review.criteria:
            editor = CriterionEditor(criterion, self.ctx.lang,
                                     review.previous_ratings.get(criterion.id), previous)
            editor.set_value(review.assessments.get(criterion.id))
            editor.changed.connect(self._on_changed)
            guard_writes(self.ctx, editor.rating, editor.comment)
            self.rows.addWidget(editor)
            self.editors.append(editor)
        self.rows.addStretch(1)
        self.dirty = False
        self._summarise()

    def _on_changed(self) -> None:
        self.dirty = True
        self._summarise()

    def _summarise(self) -> None:
        rated = sum(1 for e in self.editors if e.value().rating is not None)
        text = self.tr("%1 of %2 criteria rated.").replace("%1", str(rated)).replace(
            "%2", str(len(self.editors)))
        if self.dirty:
            text += " " + self.tr("Not saved yet (Ctrl+S).")
        self.summary.setText(text)

    def save(self) -> None:
        if not self.version_id:
            return
        self.dirty = False  # before the change signal, so the refresh shows what was stored

        def saved() -> None:
            self._summarise()
            self.saved.emit()

        def failed(exc: BaseException) -> None:
            self.dirty = True
            self._summarise()
            self.ctx.errors(exc)

        commands.save_assessments(self.ctx, self.version_id, [e.value() for e in self.editors],
                                  saved, failed)

    def set_values(self, review: Review) -> None:
        """Show stored values again (after an undo), unless the coach is typing."""
        if self.dirty or [c.id for c in review.criteria] != [e.criterion.id for e in self.editors]:
            if not self.dirty:
                self.show_review(review)
            return
        for editor in self.editors:
            editor.set_value(review.assessments.get(editor.criterion.id))
        self._summarise()


class CommentsPanel(QWidget):
    """Comments on this version, each tied to a criterion and a page or section."""

    location_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version_id = 0
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Comments on this version"))
        self.list.setToolTip(self.tr("Double-click a comment to show its place in the document"))
        self.list.itemActivated.connect(
            lambda item: self.location_requested.emit(item.data(Qt.ItemDataRole.UserRole + 1) or ""))
        layout.addWidget(self.list, 1)
        self.delete_button = QPushButton(self.tr("&Delete comment"))
        self.delete_button.clicked.connect(self._delete)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(self._form())

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.criterion = narrow_combo()
        form.addRow(self.tr("C&riterion:"), self.criterion)
        self.location = narrow_combo()
        self.location.setEditable(True)
        self.location.setToolTip(self.tr("The page or section the comment is about"))
        form.addRow(self.tr("&Where:"), self.location)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What should the promotor change or add?"))
        self.text.setFixedHeight(70)
        self.text.setTabChangesFocus(True)
        form.addRow(self.tr("&Comment:"), self.text)
        self.add_button = QPushButton(self.tr("&Add comment"))
        self.add_button.clicked.connect(self._add)
        self.error = QLabel()
        self.error.setObjectName("inlineError")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.add_button)
        form.addRow(row)
        return form

    def show_review(self, review: Review, places: list[str]) -> None:
        self.version_id = review.version.id
        self.list.clear()
        for c in review.comments:
            item = QListWidgetItem(comment_label(c))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, c.location)
            self.list.addItem(item)
        if not review.comments:
            self.list.addItem(QListWidgetItem(self.tr("No comments on this version yet.")))
        self.delete_button.setEnabled(bool(review.comments))
        current = self.criterion.currentData()
        self.criterion.clear()
        self.criterion.addItem(self.tr("General"), None)
        for criterion in review.criteria:
            self.criterion.addItem(criterion.name, criterion.id)
        self.criterion.setCurrentIndex(max(0, self.criterion.findData(current)))
        where = self.location.currentText()
        self.location.clear()
        self.location.addItems(["", *places])
        self.location.setCurrentText(where)

    def set_location(self, text: str) -> None:
        self.location.setCurrentText(text)

    def _add(self) -> None:
        self.error.clear()
        ChangeOp(self.ctx, self.ctx.services.reviews.add_comment, self.version_id,
                 self.criterion.currentData(), self.location.currentText(),
                 self.text.toPlainText(), changes=Changes.of(events.PROPOSALS)) \
            .success(self._on_added).failure(self._on_error).run()

    def _on_added(self, _comment: object) -> None:
        self.text.clear()

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, CoachDeskError):
            self.error.setText(message_for(exc))
        else:
            self.ctx.errors(exc)

    def _delete(self) -> None:
        item = self.list.currentItem()
        comment_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if comment_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete comment"),
                                      self.tr("Delete this comment?\n%1").replace("%1", item.text()))
        if answer == QMessageBox.StandardButton.Yes:
            ChangeOp(self.ctx, self.ctx.services.reviews.delete_comment, comment_id,
                     changes=Changes.of(events.PROPOSALS)).run()


class EarlierPanel(QWidget):
    """Comments from earlier versions: mark each addressed here, still open, or dropped."""

    location_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version_id = 0
        self.items: list[CarriedComment] = []
        self._keep_focus: int | None = None  # the comment whose status the coach just chose
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)
        self.inner = QWidget()
        self.rows = QVBoxLayout(self.inner)
        layout.addWidget(scrolling(self.inner), 1)

    def show_review(self, review: Review) -> None:
        for item in self.items:
            item.deleteLater()
        while self.rows.count():
            self.rows.takeAt(0)
        self.items = []
        self.version_id = review.version.id
        for comment in review.carried:
            row = CarriedComment(comment, self.ctx.lang)
            row.status_chosen.connect(self._on_status)
            row.location_requested.connect(self.location_requested)
            guard_writes(self.ctx, row.status)
            self.rows.addWidget(row)
            self.items.append(row)
        self.rows.addStretch(1)
        kept = next((i for i in self.items if i.comment.id == self._keep_focus), None)
        if kept is not None:  # the keyboard stays on that comment: Tab, Tab goes to the next
            kept.status.setFocus()
        self._keep_focus = None
        if review.previous is None:
            self.hint.setText(self.tr("This is the first version: there are no earlier comments."))
        elif not review.carried:
            self.hint.setText(self.tr("No open comments from earlier versions."))
        else:
            self.hint.setText(self.tr(
                "Was each comment addressed in this version? Choose '%1' when it was, "
                "'%2' when it no longer applies.")
                .replace("%1", CommentStatus.ADDRESSED.label(self.ctx.lang))
                .replace("%2", CommentStatus.DROPPED.label(self.ctx.lang)))

    def _on_status(self, comment_id: int, status: str) -> None:
        self._keep_focus = comment_id
        commands.comment_status(self.ctx, comment_id, CommentStatus(status), self.version_id)
