"""One region's proposal: its details, its versions, and a place to drop a new draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.documents import size_label
from coachdesk.domain.vocabulary import TextStatus
from coachdesk.services.proposals import ProposalDetail, ProposalRow, VersionRow
from coachdesk.ui.models.table import Column
from coachdesk.ui.pages.proposals.adding import SUFFIXES
from coachdesk.ui.widgets.data_table import DataTable
from coachdesk.ui.widgets.fitting import FlowLayout
from coachdesk.ui.widgets.dates import format_date


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUFFIXES else None


class DetailPanel(QWidget):
    create_requested = Signal(int)
    edit_requested = Signal()
    add_requested = Signal(object)  # a Path, or None to choose one
    review_requested = Signal(int)
    compare_requested = Signal()
    export_requested = Signal(int)
    original_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.row: ProposalRow | None = None
        self.detail: ProposalDetail | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_state())
        self.stack.addWidget(self._proposal_view())
        layout.addWidget(self.stack)

    def _empty_state(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("emptyState")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.empty_text)
        self.create_button = QPushButton(self.tr("&Create proposal"))
        self.create_button.clicked.connect(
            lambda: self.row and self.create_requested.emit(self.row.region_id))
        column.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(2)
        return page

    def _proposal_view(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        column.addWidget(self.title_label)
        form = QFormLayout()
        self.facts = {key: QLabel() for key in ("promotor", "partners", "deadline", "status")}
        for key, label in (("promotor", self.tr("Promotor:")), ("partners", self.tr("Partners:")),
                           ("deadline", self.tr("Deadline:")), ("status", self.tr("Status:"))):
            self.facts[key].setWordWrap(True)
            self.facts[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, self.facts[key])
        column.addLayout(form)
        column.addWidget(self._buttons())
        versions_label = QLabel(self.tr("Versions (double-click or Enter to review):"))
        versions_label.setWordWrap(True)
        column.addWidget(versions_label)
        self.versions = DataTable(self._columns())
        self.versions.setAccessibleName(self.tr("Versions"))
        self.versions.setSelectionMode(DataTable.SelectionMode.SingleSelection)
        self.versions.row_activated.connect(lambda v: self.review_requested.emit(v.id))
        column.addWidget(self.versions, 1)
        self.drop_hint = QLabel(self.tr("Drag a PDF or Word file here to add it as a new version."))
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        column.addWidget(self.drop_hint)
        return page

    def _buttons(self) -> QWidget:
        holder = QWidget()
        flow = FlowLayout(holder)  # the buttons wrap: the panel stays narrow
        specs = (
            ("add", self.tr("&Add version…"), lambda: self.add_requested.emit(None)),
            ("review", self.tr("&Review"), lambda: self._with_version(self.review_requested)),
            ("compare", self.tr("Co&mpare versions"), self.compare_requested.emit),
            ("edit", self.tr("Edit pro&posal…"), self.edit_requested.emit),
            ("export", self.tr("Feedbac&k document…"),
             lambda: self._with_version(self.export_requested)),
            ("original", self.tr("Open &original"),
             lambda: self._with_version(self.original_requested)),
            ("delete", self.tr("&Delete version…"),
             lambda: self._with_version(self.delete_requested)),
        )
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in specs:
            button = QPushButton(text)
            button.clicked.connect(slot)
            flow.addWidget(button)
            self.buttons[key] = button
        return holder

    def _columns(self) -> list[Column[VersionRow]]:
        lang = self.lang
        return [
            Column(self.tr("Version"), lambda v: v.number, align_right=True),
            Column(self.tr("Received"), lambda v: v.received_on),
            Column(self.tr("Status"), lambda v: v.status.label(lang)),
            Column(self.tr("File"), lambda v: v.file_name),
            Column(self.tr("Size"), lambda v: size_label(v.file_size), lambda v: v.file_size,
                   align_right=True),
            Column(self.tr("Pages"), lambda v: v.page_count, align_right=True),
            Column(self.tr("Text"), lambda v: "" if v.text_status == TextStatus.OK
                   else v.text_status.label(lang)),
        ]

    def _with_version(self, signal: Signal) -> None:
        version = self.selected_version()
        if version is not None:
            signal.emit(version.id)  # type: ignore[attr-defined]

    def selected_version(self) -> VersionRow | None:
        current = self.versions.current_row()
        if current is not None:
            return current
        rows = self.versions.source.rows()
        return max(rows, key=lambda v: v.number) if rows else None

    def show_row(self, row: ProposalRow | None) -> None:
        self.row = row
        if row is None or row.proposal_id is None:
            self.detail = None
            self.empty_text.setText(self.tr("%1 has no proposal yet.").replace(
                "%1", row.region) if row else self.tr("Choose a region."))
            self.create_button.setVisible(row is not None)
            self.stack.setCurrentIndex(0)

    def show_detail(self, detail: ProposalDetail, select_id: int | None = None) -> None:
        self.detail = detail
        self.title_label.setText(f"<b>{detail.region}</b> · {detail.title}")
        self.facts["promotor"].setText(detail.promotor or self.tr("no network leader accepted yet"))
        self.facts["partners"].setText(detail.partners or "–")
        self.facts["deadline"].setText(format_date(detail.deadline)
                                       if detail.deadline else "–")
        self.facts["status"].setText(detail.status.label(self.lang))
        self.versions.set_rows(list(detail.versions))
        self.versions.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        has = bool(detail.versions)
        for key in ("review", "export", "original", "delete"):
            self.buttons[key].setEnabled(has)
        self.buttons["compare"].setEnabled(len(detail.versions) > 1)
        self._select(select_id)
        self.stack.setCurrentIndex(1)

    def _select(self, version_id: int | None) -> None:
        model = self.versions.model()
        for r in range(model.rowCount()):
            version = self.versions.model().index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
            if version_id is None or version.id == version_id:
                self.versions.setCurrentIndex(model.index(r, 0))
                return

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.detail is not None and dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if self.detail is not None and path is not None:
            event.acceptProposedAction()
            self.add_requested.emit(path)
