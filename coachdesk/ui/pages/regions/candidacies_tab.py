"""Netwerkleider: the region's candidate network leaders and each one's history."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from coachdesk.domain.vocabulary import CandidacyStatus
from coachdesk.services.candidacies import CandidacyEventRow, CandidacyRow
from coachdesk.ui.models.table import ROW_ROLE, Column
from coachdesk.ui.widgets.data_table import DataTable


class CandidaciesTab(QWidget):
    """`add_requested()` and `status_requested(row)`; the accepted one is the promotor."""

    add_requested = Signal()
    status_requested = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.add_button = QPushButton(self.tr("New candi&dacy…"))
        self.status_button = QPushButton(self.tr("Change st&atus…"))
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.status_button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = DataTable(self._columns())
        self.table.setObjectName("candidacyTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.history = DataTable(self._history_columns())
        self.history.setObjectName("candidacyHistory")
        self.history.setTabKeyNavigation(False)  # Tab leaves the table
        self.history.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        splitter.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        self.history_title = QLabel()
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history, 1)
        splitter.addWidget(lower)
        splitter.setSizes([300, 160])
        layout.addWidget(splitter, 1)
        self.add_button.clicked.connect(self.add_requested)
        self.status_button.clicked.connect(self._on_status)
        self.table.row_activated.connect(self.status_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.status_button.setEnabled(False)

    def _columns(self) -> list[Column[CandidacyRow]]:
        order = list(CandidacyStatus)
        return [
            Column(self.tr("Candidate"), lambda c: c.name),
            Column(self.tr("Municipalities"), lambda c: ", ".join(c.members)),
            Column(self.tr("Status"), lambda c: c.status.label(self.lang),
                   sort_key=lambda c: order.index(c.status)),
            Column(self.tr("Since"), lambda c: c.status_date),
            Column(self.tr("Rationale"), lambda c: c.rationale, tooltip=lambda c: c.rationale),
        ]

    def _history_columns(self) -> list[Column[CandidacyEventRow]]:
        return [
            Column(self.tr("Date"), lambda e: e.on,
                   sort_key=lambda e: f"{e.on.isoformat()} {e.id:010d}"),
            Column(self.tr("Status"), lambda e: e.status.label(self.lang)),
            Column(self.tr("Rationale"), lambda e: e.note, tooltip=lambda e: e.note),
        ]

    def set_rows(self, rows: list[CandidacyRow]) -> None:
        current = self.table.current_row()
        self.table.set_rows(rows)
        accepted = next((r for r in rows if r.status is CandidacyStatus.ACCEPTED), None)
        if accepted:
            self.summary.setText(self.tr("Promotor: %1").replace("%1", accepted.name))
        elif rows:
            self.summary.setText(self.tr("%n candidacy(ies), none accepted yet", "", len(rows)))
        else:
            self.summary.setText(self.tr("No candidates yet: add the first with “New candidacy”."))
        self._select(current.id if current else None)

    def _select(self, candidacy_id: int | None) -> None:
        model = self.table.model()
        for r in range(model.rowCount()):
            if candidacy_id is None or model.index(r, 0).data(ROW_ROLE).id == candidacy_id:
                self.table.setCurrentIndex(model.index(r, 0))
                return
        self._on_current(QModelIndex())

    def _on_current(self, index: QModelIndex, _previous: object = None) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        self.status_button.setEnabled(row is not None)
        self.history.set_rows(list(row.events) if row else [])
        self.history_title.setText(self.tr("History of %1").replace("%1", row.name) if row else "")

    def _on_status(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.status_requested.emit(row)
