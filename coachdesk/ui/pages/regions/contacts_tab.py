"""Contacten: the people and organisations linked to a region."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coachdesk.services.timeline import RegionContact
from coachdesk.ui.models.table import Column
from coachdesk.ui.widgets.data_table import DataTable


WIDTHS = (90, 165, 165, 185, 140, 125, 230)


class ContactsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter people and organisations…"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(self.tr("Fi&lter:"))
        label.setBuddy(self.search)
        self.summary = QLabel()
        bar.addWidget(label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.table = DataTable(self._columns())
        self.table.setObjectName("regionContactsTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.verticalHeader().setResizeContentsPrecision(100)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.table.proxy.setFilterFixedString)
        self.table.follow_filter(self.search)

    def _columns(self) -> list[Column[RegionContact]]:
        return [
            Column(self.tr("Kind"), lambda c: self.tr("Person") if c.kind == "person"
                   else self.tr("Organisation"),
                   sort_key=lambda c: ("0" if c.kind == "person" else "1") + c.name.casefold()),
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Function"), lambda c: c.function),
            Column(self.tr("Organisation"), lambda c: c.organisation),
            Column(self.tr("Contact moments"), lambda c: c.moments, align_right=True),
            Column(self.tr("Last contact"), lambda c: c.last_contact),
            Column(self.tr("E-mail"), lambda c: c.email),
            Column(self.tr("Phone"), lambda c: c.phone),
        ]

    def set_rows(self, rows: list[RegionContact]) -> None:
        first = self.table.source.rowCount() == 0
        self.table.set_rows(rows)
        if first:
            for column, width in enumerate(WIDTHS):
                self.table.setColumnWidth(column, width)
        people = sum(1 for r in rows if r.kind == "person")
        self.summary.setText(self.tr("%n person(s)", "", people) + " · "
                             + self.tr("%n organisation(s)", "", len(rows) - people))
