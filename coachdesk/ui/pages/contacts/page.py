"""Contacten: people and organisations, with search, forms, merge (undoable) and privacy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.vocabulary import LegalBasis, OrganisationKind
from coachdesk.services.contacts import ORGANISATION, PERSON, OrganisationRow, PersonRow
from coachdesk.services.privacy import ErasureResult
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.models.table import ROW_ROLE, Column
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.contacts.forms import OrganisationForm, PersonForm
from coachdesk.ui.pages.contacts.questions import EraseConfirmation, ExportTarget, KeepDialog
from coachdesk.ui.read_only import guard_writes, unless_refused
from coachdesk.ui.widgets.data_table import DataTable
from coachdesk.ui.widgets.page_header import PageHeader


class ContactsPage(Page):
    key = "contacts"
    watches = frozenset({events.CONTACTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Contacts"))
        layout.addWidget(self.header)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search name, function, organisation, e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.people = DataTable(self._person_columns())
        self.people.setObjectName("people")
        self.organisations = DataTable(self._organisation_columns())
        self.organisations.setObjectName("organisations")
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_buttons())
        self.status = QLabel()
        self.status.setObjectName("contactsStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        edit = unless_refused(self.ctx, self, lambda _r: self.edit())  # only selects, read-only
        self.people.row_activated.connect(edit)
        self.organisations.row_activated.connect(edit)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        for table in (self.people, self.organisations):
            table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.moments_button = QPushButton(self.tr("Contact &moments"))
        self.merge_button = QPushButton(self.tr("Merge the two selected…"))
        self.export_button = QPushButton(self.tr("E&xport personal data…"))
        self.erase_button = QPushButton(self.tr("Era&se person…"))
        self.erase_button.setObjectName("erase")
        for button, slot in ((self.new_button, self.new), (self.edit_button, self.edit),
                             (self.moments_button, self.show_moments),
                             (self.merge_button, self.merge),
                             (self.export_button, self.export_person),
                             (self.erase_button, self.erase_person)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        guard_writes(self.ctx, self.new_button, self.edit_button, self.merge_button,
                     self.erase_button)
        return row

    def _person_columns(self) -> list[Column[PersonRow]]:
        lang = self.ctx.lang
        return [
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Function"), lambda p: p.function),
            Column(self.tr("Organisation"), lambda p: p.organisation_name),
            Column(self.tr("Region"), lambda p: p.region_name),
            Column(self.tr("E-mail"), lambda p: p.email),
            Column(self.tr("Phone"), lambda p: p.phone),
            Column(self.tr("Legal basis"), lambda p: LegalBasis(p.legal_basis).label(lang)),
        ]

    def _organisation_columns(self) -> list[Column[OrganisationRow]]:
        lang = self.ctx.lang
        return [
            Column(self.tr("Name"), lambda o: o.name),
            Column(self.tr("Kind"), lambda o: OrganisationKind(o.kind).label(lang)),
            Column(self.tr("Municipality"), lambda o: o.municipality_name),
            Column(self.tr("Region"), lambda o: o.region_name),
            Column(self.tr("People"), lambda o: o.people_count, align_right=True),
        ]

    def title(self) -> str:
        return self.tr("Contacts")

    def reload(self) -> None:
        contacts = self.ctx.services.contacts
        QueryOp(self.ctx, lambda: (contacts.people(), contacts.organisations())) \
            .success(self._show).run()

    def _show(self, result: tuple[list[PersonRow], list[OrganisationRow]]) -> None:
        people, organisations = result
        self.people.set_rows(people)
        self.organisations.set_rows(organisations)
        self.header.set_subtitle(self.tr("%1 people, %2 organisations")
                                 .replace("%1", str(len(people)))
                                 .replace("%2", str(len(organisations))))
        self._update_buttons()
        self.loaded.emit()

    def _on_search(self, text: str) -> None:
        for table in (self.people, self.organisations):
            table.proxy.setFilterFixedString(text)

    def current_table(self) -> DataTable:
        return self.people if self.tabs.currentIndex() == 0 else self.organisations

    def _update_buttons(self) -> None:
        selected = self.current_table().selected_rows()
        on_people = self.current_table() is self.people
        self.edit_button.setEnabled(len(selected) == 1)
        self.merge_button.setEnabled(len(selected) == 2)
        self.export_button.setEnabled(on_people and len(selected) == 1)
        self.moments_button.setEnabled(on_people and len(selected) == 1)
        self.erase_button.setEnabled(on_people and len(selected) == 1)

    def new(self) -> None:
        form = PersonForm if self.current_table() is self.people else OrganisationForm
        form.ask(self.ctx, None, self)  # the form's save announces the change

    def edit(self) -> None:
        row = self.current_table().current_row()
        if row is None:
            return
        form = PersonForm if isinstance(row, PersonRow) else OrganisationForm
        form.ask(self.ctx, row.id, self)

    def show_moments(self) -> None:
        row = self.people.current_row()
        if row is not None:
            self.ctx.events.open_requested.emit("logbook", {"person_id": row.id})

    def merge(self) -> None:
        rows = self.current_table().selected_rows()
        if len(rows) != 2:
            return
        labels = [self._label(r) for r in rows]
        keep = KeepDialog.ask(labels[0], labels[1], self)
        if keep is None:
            return
        kind = PERSON if isinstance(rows[0], PersonRow) else ORGANISATION
        kept, dropped = rows[keep], rows[1 - keep]
        merging = self.ctx.services.merging
        merge = merging.merge_people if kind == PERSON else merging.merge_organisations
        text = self.tr("Merge %1").replace("%1", f"{dropped.name} → {kept.name}")
        ChangeOp(self.ctx, merge, kept.id, dropped.id,
                 changes=Changes.of(events.CONTACTS, ids=[kept.id, dropped.id])
                 | Changes.of(events.MOMENTS)) \
            .undoable(text, lambda record: (merging.undo_merge, record)) \
            .success(lambda _record: self.status.setText(
                self.tr("Merged into %1. Undo with Ctrl+Z.").replace("%1", kept.name))).run()

    @staticmethod
    def _label(row: PersonRow | OrganisationRow) -> str:
        extra = row.organisation_name if isinstance(row, PersonRow) else row.municipality_name
        email = f" <{row.email}>" if isinstance(row, PersonRow) and row.email else ""
        return f"{row.name}{', ' + extra if extra else ''}{email}"

    def export_person(self) -> None:
        row = self.people.current_row()
        if row is None:
            return
        suggested = Path.home() / f"{row.name.replace(' ', '_')}.json"
        target = ExportTarget.ask(suggested, self)
        if target is None:
            return
        QueryOp(self.ctx, self.ctx.services.privacy.export_person, row.id, target) \
            .success(lambda p: self.status.setText(
                self.tr("Everything about %1 was written to %2.")
                .replace("%1", row.name).replace("%2", str(p)))).run()

    def erase_person(self) -> None:
        row = self.people.current_row()
        if row is None or not EraseConfirmation.ask(row.name, self):
            return
        ChangeOp(self.ctx, self.ctx.services.privacy.erase_person, row.id,
                 changes=Changes.of(events.CONTACTS, events.MOMENTS, events.ACTIONS)) \
            .success(self._erased).run()

    def _erased(self, result: ErasureResult) -> None:
        self.ctx.undo_stack.clear()  # an undo could otherwise bring erased data back
        text = self.tr("The person was erased; %n contact moment(s) kept, anonymised.", "",
                       result.moments_kept)
        if result.backups_scrubbed:
            text += " " + self.tr("Also erased from %n backup(s).", "", result.backups_scrubbed)
        if result.backups_deleted:
            text += " " + self.tr("%n backup(s) could not be cleaned and were deleted: %1.", "",
                                  len(result.backups_deleted)).replace(
                                      "%1", ", ".join(result.backups_deleted))
        self.status.setText(text)

    def open_item(self, item_id: object) -> None:
        self.tabs.setCurrentIndex(0)
        for row in range(self.people.proxy.rowCount()):
            index = self.people.proxy.index(row, 0)
            found = index.data(ROW_ROLE)
            if found is not None and found.id == item_id:
                self.people.selectRow(row)
                return
