"""The review view: the document on one side, ratings and comments on the other."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.application.proposals import ReviewData, load_review
from coachdesk.domain.documents import locations
from coachdesk.domain.vocabulary import CommentStatus, TextStatus, VersionStatus
from coachdesk.services.reviews import Review
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import QueryOp
from coachdesk.ui.pages.proposals import commands
from coachdesk.ui.pages.proposals.comments import CommentsPanel, CriteriaPanel, EarlierPanel
from coachdesk.ui.pages.proposals.document_view import DocumentPane
from coachdesk.ui.read_only import follow_region, guard_writes, refused
from coachdesk.ui.widgets.fitting import ElidedLabel, FlowLayout

__all__ = ["ReviewData", "ReviewView", "load_review"]  # the loading is an application use case


class ReviewView(QWidget):
    """`closed` when the coach goes back; saves pending ratings first."""

    closed = Signal()
    export_requested = Signal(int)
    original_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ReviewData | None = None
        self.region_id: int | None = None  # the proposal's region: a coach writes only hers
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        splitter = QSplitter()
        self.document = DocumentPane()
        splitter.addWidget(self.document)
        self.tabs = QTabWidget()
        self.criteria = CriteriaPanel(ctx)
        self.comments = CommentsPanel(ctx)
        self.earlier = EarlierPanel(ctx)
        self.tabs.addTab(self.criteria, "")
        self.tabs.addTab(self.comments, "")
        self.tabs.addTab(self.earlier, "")
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 440])
        layout.addWidget(splitter, 1)
        self.document.location_changed.connect(self.comments.set_location)
        self.comments.location_requested.connect(self.document.go_to)
        self.earlier.location_requested.connect(self.document.go_to)
        ctx.events.changed.connect(self._on_changed)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.activated.connect(self.go_back)
        guard_writes(ctx, self.status, self.save_button, save, self.comments.add_button,
                     self.comments.delete_button)

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Back to the list"))
        self.back_button.clicked.connect(self.go_back)
        self.heading = ElidedLabel()  # a long file name shortens instead of widening the window
        self.heading.setObjectName("pageTitle")
        self.status = QComboBox()
        for status in VersionStatus:
            self.status.addItem(status.label(self.ctx.lang), status.value)
        self.status.setToolTip(self.tr("Status of this version"))
        self.status.activated.connect(self._on_status)
        self.save_button = QPushButton(self.tr("&Save review"))
        self.save_button.setToolTip(self.tr("Ctrl+S; the review is also saved when you go back"))
        self.save_button.clicked.connect(self.save)
        export = QPushButton(self.tr("Feedbac&k document…"))
        export.clicked.connect(lambda: self.export_requested.emit(self.version_id()))
        original = QPushButton(self.tr("Open &original"))
        original.clicked.connect(lambda: self.original_requested.emit(self.version_id()))
        bar.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.heading, 1, Qt.AlignmentFlag.AlignTop)
        buttons = QWidget()
        flow = FlowLayout(buttons)  # wraps onto a second line on a narrow screen
        for widget in (self.status, self.save_button, export, original):
            flow.addWidget(widget)
        buttons.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        bar.addWidget(buttons, 0)
        return bar

    def version_id(self) -> int:
        return self.data.review.version.id if self.data else 0

    def show_data(self, data: ReviewData) -> None:
        self.data = data
        review, version = data.review, data.review.version
        self.heading.setText(self.tr("%1 · version %2 · %3").replace("%1", review.region)
                             .replace("%2", str(version.number)).replace("%3", version.file_name))
        self.status.setCurrentIndex(self.status.findData(version.status.value))
        self._show_document(data)
        self.criteria.show_review(review)
        self._show_comments(review)
        if data.document.kind == "pdf":
            self.comments.set_location("p. 1")
        self._follow_region()
        still_open = any(c.status == CommentStatus.OPEN for c in review.carried)
        self.tabs.setCurrentWidget(self.earlier if still_open and not review.assessments
                                   else self.criteria)
        first = (self.earlier.items[0].status if self.tabs.currentWidget() is self.earlier
                 else self.criteria.editors[0].rating if self.criteria.editors else None)
        if first is not None:
            first.setFocus()

    def _show_comments(self, review: Review) -> None:
        self.comments.show_review(review, locations(self.data.document) if self.data else [])
        self.earlier.show_review(review)
        self._retitle_tabs(review)

    def _follow_region(self) -> None:
        """A coach on the team database changes the review of her own regions only."""
        fields = [w for e in self.criteria.editors for w in (e.rating, e.comment)]
        follow_region(self.ctx, self.region_id, self.status, self.save_button,
                      self.comments.add_button, self.comments.delete_button,
                      *fields, *(i.status for i in self.earlier.items))

    def _retitle_tabs(self, review: Review) -> None:
        still_open = sum(1 for c in review.carried if c.status == CommentStatus.OPEN)
        self.tabs.setTabText(0, self.tr("&Criteria"))
        self.tabs.setTabText(1, self.tr("C&omments (%1)").replace("%1", str(len(review.comments))))
        self.tabs.setTabText(2, self.tr("Ear&lier comments (%1 open)").replace(
            "%1", str(still_open)))

    def _show_document(self, data: ReviewData) -> None:
        document = data.document
        if document.kind == "pdf":
            self.document.show_pdf(data.data, document)
        elif document.blocks:
            self.document.show_blocks(document.blocks)
        elif document.text:
            self.document.show_blocks([])
            self.document.text_view.setPlainText(document.text)
            self.document.stack.setCurrentWidget(self.document.text_view)
        else:
            self.document.show_notice(self.tr(
                "Text not available: CoachDesk could not read the text of this file. "
                "Review it from the original (Open original)."))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches({events.PROPOSALS}) and self.data is not None and self.isVisible():
            QueryOp(self.ctx, self.ctx.services.reviews.review, self.version_id()) \
                .success(self._on_reloaded).failure(lambda _e: None).run()

    def _on_reloaded(self, review: Review) -> None:
        if self.data is None or review.version.id != self.version_id():
            return
        self.data = ReviewData(review, self.data.data, self.data.document)
        self.status.setCurrentIndex(self.status.findData(review.version.status.value))
        self.criteria.set_values(review)
        self._show_comments(review)
        self._follow_region()

    def save(self) -> None:
        if not refused(self.ctx, self, self.region_id):
            self.criteria.save()

    def _on_status(self, _index: int) -> None:
        commands.version_status(self.ctx, self.version_id(),
                                VersionStatus(self.status.currentData()))

    def go_back(self) -> None:
        if self.criteria.dirty:
            self.save()
        self.closed.emit()
