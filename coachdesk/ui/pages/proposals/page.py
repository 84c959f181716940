"""Voorstellen: every region's proposal, its drafts, their review, comparison and feedback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from coachdesk.domain.errors import CoachDeskError, os_cause
from coachdesk.domain.vocabulary import TextStatus
from coachdesk.exchange.feedback import write_feedback_docx
from coachdesk.services.proposals import ProposalDetail, ProposalRow, VersionRow
from coachdesk.ui import events
from coachdesk.ui import settings as s
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.pages.proposals import commands
from coachdesk.ui.models.table import Column
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.proposals.adding import AddVersionDialog, add_file, check_file
from coachdesk.ui.pages.proposals.compare import ComparisonView
from coachdesk.ui.pages.proposals.criteria_dialog import CriteriaDialog
from coachdesk.ui.pages.proposals.detail import DetailPanel
from coachdesk.ui.pages.proposals.dialogs import ProposalDialog
from coachdesk.ui.pages.proposals.export import (
    ExportTarget,
    open_original,
    suggested_name,
    write_feedback_pdf,
)
from coachdesk.ui.pages.proposals.messages import message_for
from coachdesk.ui.pages.proposals.review import ReviewData, ReviewView, load_review
from coachdesk.ui.read_only import guard_writes, refused
from coachdesk.ui.tasks import Cancelled
from coachdesk.ui.widgets.data_table import DataTable
from coachdesk.ui.widgets.fitting import CurrentStack
from coachdesk.ui.widgets.page_header import PageHeader
from coachdesk.ui.widgets.dates import format_date


COLUMN_WIDTHS = (100, 100, 0, 0, 0, 0)  # at least; never narrower than a header


class ProposalsPage(Page):
    key = "proposals"
    watches = frozenset({events.PROPOSALS, events.REGIONS, events.CANDIDACIES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._wanted: int | None = None
        self._select_version: int | None = None
        self.progress_dialog = None
        self._export_target: Path | None = None
        self.last_export: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.modes = CurrentStack()
        self.modes.addWidget(self._list_mode())
        self.review = ReviewView(ctx)
        self.comparison = ComparisonView(ctx)
        self.modes.addWidget(self.review)
        self.modes.addWidget(self.comparison)
        layout.addWidget(self.modes)
        self._connect()

    def _list_mode(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.header = PageHeader(self.title())
        layout.addWidget(self.header)
        splitter = QSplitter()
        self.overview = DataTable(self._columns())
        self.overview.setSelectionMode(DataTable.SelectionMode.SingleSelection)
        self.overview.setAccessibleName(self.tr("Proposals per region"))
        self.detail = DetailPanel(self.ctx.lang)
        splitter.addWidget(self.overview)
        splitter.addWidget(self.detail)
        splitter.setSizes([690, 470])  # room for every header at 1366 px
        layout.addWidget(splitter, 1)
        return page

    def _columns(self) -> list[Column[ProposalRow]]:
        lang, none = self.ctx.lang, self.tr("no proposal")
        return [
            Column(self.tr("Region"), lambda r: r.region),
            Column(self.tr("Status"), lambda r: r.status.label(lang) if r.status else none),
            Column(self.tr("To review"), lambda r: r.waiting or "", lambda r: r.waiting,
                   align_right=True),
            Column(self.tr("Latest version"), self._latest, lambda r: r.latest_received),
            Column(self.tr("Open comments"), lambda r: r.open_comments or "",
                   lambda r: r.open_comments, align_right=True),
            Column(self.tr("Deadline"), lambda r: r.deadline),
        ]

    def _latest(self, r: ProposalRow) -> str:
        if r.latest_number is None or r.latest_received is None:
            return ""
        return self.tr("v%1 of %2").replace("%1", str(r.latest_number)).replace(
            "%2", format_date(r.latest_received))

    def _connect(self) -> None:
        self.overview.selectionModel().currentRowChanged.connect(lambda *_: self._on_selected())
        d = self.detail
        d.create_requested.connect(self.create_proposal)
        d.edit_requested.connect(self.edit_proposal)
        d.add_requested.connect(self.add_version)
        d.review_requested.connect(self.open_review)
        d.compare_requested.connect(self.open_comparison)
        d.export_requested.connect(self.export_feedback)
        d.original_requested.connect(self.show_original)
        d.delete_requested.connect(self.delete_version)
        self.overview.row_activated.connect(lambda _row: self.detail.versions.setFocus())
        self.review.closed.connect(self.show_list)
        self.review.export_requested.connect(self.export_feedback)
        self.review.original_requested.connect(self.show_original)
        self.comparison.closed.connect(self.show_list)
        self.comparison.versions_chosen.connect(self._compare)
        guard_writes(self.ctx, d.create_button, d.buttons["add"], d.buttons["edit"],
                     d.buttons["delete"])

    def title(self) -> str:
        return self.tr("Proposals")

    def open_item(self, item_id: object) -> None:
        """Show a region's proposal (item_id: the region's id)."""
        self._wanted = int(item_id)  # type: ignore[call-overload]
        self.show_list()
        self._select_region(self._wanted)

    # the list and the selected proposal

    def reload(self) -> None:
        QueryOp(self.ctx, self.ctx.services.proposals.overview).success(self._show_overview).run()

    def _show_overview(self, rows: list[ProposalRow]) -> None:
        current = self.current_row()
        wanted = self._wanted or (current.region_id if current else None)
        first_time = self.overview.source.rowCount() == 0
        self.overview.set_rows(rows)
        if first_time:
            self.overview.fit_columns(COLUMN_WIDTHS)
        waiting = sum(r.waiting for r in rows)
        self.header.set_subtitle(
            self.tr("%n draft(s) waiting for review.", "", waiting) if waiting
            else self.tr("No drafts waiting for review."))
        self._select_region(wanted or self._first_waiting(rows))
        self.loaded.emit()

    @staticmethod
    def _first_waiting(rows: list[ProposalRow]) -> int | None:
        waiting = [r for r in rows if r.waiting]
        with_proposal = [r for r in rows if r.proposal_id]
        pick = waiting or with_proposal or rows
        return pick[0].region_id if pick else None

    def _select_region(self, region_id: int | None) -> None:
        model = self.overview.model()
        for r in range(model.rowCount()):
            row = model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
            if row.region_id == region_id:
                self.overview.setCurrentIndex(model.index(r, 0))
                self._on_selected()
                return

    def region_in_view(self) -> int | None:
        row = self.current_row()
        return row.region_id if row else None

    def current_row(self) -> ProposalRow | None:
        return self.overview.current_row()

    def _on_selected(self) -> None:
        row = self.current_row()
        self.detail.show_row(row)
        if row is not None and row.proposal_id is not None:
            QueryOp(self.ctx, self.ctx.services.proposals.detail, row.proposal_id) \
                .success(self._show_detail).run()

    def _show_detail(self, detail: ProposalDetail) -> None:
        row = self.current_row()
        if row is not None and row.proposal_id == detail.id:
            self.detail.show_detail(detail, self._select_version)
            self._select_version = None

    def show_list(self) -> None:
        self.modes.setCurrentIndex(0)
        self.overview.setFocus()

    def _warn(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, CoachDeskError):
            QMessageBox.warning(self, self.tr("Proposals"), message_for(exc))
        else:
            self.ctx.errors(exc)

    # creating and editing

    def create_proposal(self, region_id: int) -> None:
        self._wanted = region_id
        ChangeOp(self.ctx, self.ctx.services.proposals.create, region_id,
                 changes=lambda proposal_id: Changes.of(events.PROPOSALS, ids=[proposal_id])) \
            .failure(self._warn).run()

    def edit_proposal(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        edit = ProposalDialog.ask(detail, self.ctx.lang, self)
        if edit is not None:
            commands.edit_proposal(self.ctx, detail.id, edit)

    def edit_criteria(self) -> None:
        CriteriaDialog.ask(self.ctx, self)

    # adding a version

    def add_version(self, path: Path | None = None) -> None:
        detail = self.detail.detail
        if detail is None or refused(self.ctx, self, detail.region_id):
            return  # a file dropped where the user may not add one: the reason, nothing sent
        answer = AddVersionDialog.ask(path, self)
        if answer is None:
            return
        path, received_on = answer
        try:
            check_file(path)
        except CoachDeskError as exc:
            self._warn(exc)
            return
        op = ChangeOp(self.ctx, add_file, self.ctx.services, detail.id, path, received_on,
                      changes=lambda v: Changes.of(events.PROPOSALS, ids=[v.proposal_id]))
        op.with_progress(self, self.tr("Reading %1…").replace("%1", path.name)) \
            .success(self._on_version_added).failure(self._warn).run()
        self.progress_dialog = op.progress_dialog

    def _on_version_added(self, version: VersionRow) -> None:
        self._select_version = version.id  # the reload that follows selects it
        if version.text_status == TextStatus.UNAVAILABLE:
            QMessageBox.information(self, self.tr("Proposals"), self.tr(
                "Version %1 was added, but its text could not be read (text not available): "
                "review it from the original.").replace("%1", str(version.number)))

    # review, comparison, export

    def open_review(self, version_id: int) -> None:
        QueryOp(self.ctx, load_review, self.ctx.services, version_id) \
            .success(self._show_review).failure(self._warn).run()

    def _show_review(self, data: ReviewData) -> None:
        self.review.region_id = self.region_in_view()
        self.review.show_data(data)
        self.modes.setCurrentWidget(self.review)

    def open_comparison(self) -> None:
        detail = self.detail.detail
        if detail is None or len(detail.versions) < 2:
            return
        versions = detail.versions
        self.comparison.set_versions(detail.region, versions, versions[-2].id, versions[-1].id)
        self.modes.setCurrentWidget(self.comparison)
        QueryOp(self.ctx, self.ctx.services.reviews.matrix, detail.id) \
            .success(self.comparison.show_matrix).run()
        self._compare(versions[-2].id, versions[-1].id)

    def _compare(self, old_id: int, new_id: int) -> None:
        QueryOp(self.ctx, self.ctx.services.reviews.compare, old_id, new_id) \
            .success(self.comparison.show_comparison).failure(self._warn).run()

    def export_feedback(self, version_id: int) -> None:
        coach = self.ctx.settings.get(s.COACH_NAME)
        QueryOp(self.ctx, self.ctx.services.feedback.report, version_id, coach) \
            .success(self._write_feedback).failure(self._warn).run()

    def _write_feedback(self, report) -> None:  # type: ignore[no-untyped-def]
        folder = self.ctx.settings.get(s.LAST_EXPORT_DIR) or str(Path.home())
        target = ExportTarget.ask(self, folder, suggested_name(report))
        if target is None:
            return
        self.ctx.settings.set(s.LAST_EXPORT_DIR, str(target.parent))
        self._export_target = target
        if target.suffix.lower() == ".pdf":
            try:
                write_feedback_pdf(report, target)
            except OSError as exc:
                self._on_write_error(exc)
                return
            self._exported(target)
            return
        QueryOp(self.ctx, write_feedback_docx, report, target) \
            .success(self._exported).failure(self._on_write_error).run()

    def _on_write_error(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            name = str(self._export_target or exc.filename)
            exc = CoachDeskError("document.write_failed", file=name, cause=os_cause(exc))
        self._warn(exc)

    def _exported(self, target: Path) -> None:
        self.last_export = target
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(self.tr("Feedback saved in %1").replace("%1", str(target)), 10000)

    def delete_version(self, version_id: int) -> None:
        version = self.detail.selected_version()
        if version is None or version.id != version_id:
            return
        answer = QMessageBox.question(self, self.tr("Delete version"), self.tr(
            "Delete version %1 (%2) with its ratings and comments? Use this for a file added "
            "by mistake.").replace("%1", str(version.number)).replace("%2", version.file_name))
        if answer == QMessageBox.StandardButton.Yes:
            ChangeOp(self.ctx, self.ctx.services.proposals.delete_version, version_id,
                     changes=Changes.of(events.PROPOSALS, ids=[version.proposal_id])) \
                .failure(self._warn).run()

    def deactivate(self) -> None:
        if self.modes.currentWidget() is self.review and self.review.criteria.dirty:
            self.review.save()  # leaving the page never loses a half-finished review
        super().deactivate()

    def show_original(self, version_id: int) -> None:
        QueryOp(self.ctx, self.ctx.services.proposals.file, version_id) \
            .success(lambda found: open_original(*found)).failure(self._warn).run()
