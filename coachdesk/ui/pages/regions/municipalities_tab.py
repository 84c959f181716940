"""Gemeenten: the membership grid of a region; several at once; move to another region."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from coachdesk.domain.vocabulary import MembershipStatus
from coachdesk.services.regions import MunicipalityRow
from coachdesk.ui.models.table import Column
from coachdesk.ui.widgets.data_table import DataTable


class MunicipalitiesTab(QWidget):
    """`status_requested(rows)` and `move_requested(rows)` for the selected municipalities."""

    status_requested = Signal(list)
    move_requested = Signal(list)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel()
        bar.addWidget(self.summary)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter municipalities…"))
        self.search.setClearButtonEnabled(True)
        self.status_button = QPushButton(self.tr("Change &status…"))
        self.move_button = QPushButton(self.tr("Move to another &region…"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_button)
        bar.addWidget(self.move_button)
        layout.addLayout(bar)
        self.table = DataTable(self._columns())
        self.table.setObjectName("municipalityTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setToolTip(
            self.tr("Select several with Shift or Ctrl; Enter changes the status."))
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.table.proxy.setFilterFixedString)
        self.table.follow_filter(self.search)  # "Balen", Enter, Enter: Balen's status
        self.status_button.clicked.connect(lambda: self._emit(self.status_requested))
        self.move_button.clicked.connect(lambda: self._emit(self.move_requested))
        self.table.row_activated.connect(lambda _row: self._emit(self.status_requested))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._on_selection()

    def _columns(self) -> list[Column[MunicipalityRow]]:
        order = list(MembershipStatus)
        return [
            Column(self.tr("Municipality"), lambda m: m.name),
            Column(self.tr("NIS code"), lambda m: m.nis_code),
            Column(self.tr("Status"), lambda m: m.status.label(self.lang),
                   sort_key=lambda m: order.index(m.status)),
            Column(self.tr("Since"), lambda m: m.status_since),
            Column(self.tr("Note"), lambda m: m.note, tooltip=lambda m: m.note),
            Column(self.tr("Former municipalities"), lambda m: ", ".join(m.former_names)),
        ]

    def set_rows(self, rows: list[MunicipalityRow]) -> None:
        first = self.table.source.rowCount() == 0
        self.table.set_rows(rows)
        if first and rows:  # every header whole ("Voormalige gemeenten"), room where text is cut
            statuses = max(self.table.fontMetrics().horizontalAdvance(status.label(self.lang))
                           for status in MembershipStatus)
            self.table.fit_columns([0, 0, statuses + 20])  # a status is never cut
        joined = sum(1 for r in rows if r.status is MembershipStatus.JOINED)
        self.summary.setText(self.tr("%1 of %n joined", "", len(rows)).replace("%1", str(joined)))
        self._on_selection()

    def selected(self) -> list[MunicipalityRow]:
        rows = [r for r in self.table.selected_rows() if r is not None]
        current = self.table.current_row()
        return rows or ([current] if current is not None else [])

    def _emit(self, signal: Signal) -> None:
        rows = self.selected()
        if rows:
            signal.emit(rows)  # type: ignore[attr-defined]

    def _on_selection(self, *_args: object) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.status_button.setEnabled(has)
        self.move_button.setEnabled(has)
