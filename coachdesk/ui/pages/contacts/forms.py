"""Forms to add or edit a person or an organisation, showing likely duplicates while typing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.vocabulary import LegalBasis, OrganisationKind
from coachdesk.services.contacts import Duplicate, OrganisationRow, PersonRow
from coachdesk.ui import events
from coachdesk.ui.collation import collated
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import run_modal
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.widgets.inline_error import InlineError


class _RecordForm(QDialog):
    """Shared frame: a form, a duplicate warning, an inline error, Save and Cancel."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.duplicates: list[Duplicate] = []
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.warning = QLabel()
        self.warning.setObjectName("duplicateWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background:#fff4d6; border:1px solid #e0b000; padding:6px;")
        self.warning.setVisible(False)
        outer.addWidget(self.warning)
        self.error = InlineError()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.check_duplicates)

    def watch(self, *edits: QLineEdit) -> None:
        for edit in edits:
            edit.textEdited.connect(lambda _t: self._timer.start())

    def show_duplicates(self, found: list[Duplicate]) -> None:
        self.duplicates = found
        self.warning.setVisible(bool(found))
        if not found:
            return
        lines = []
        for dup in found[:5]:
            who = f"{dup.name}, {dup.organisation_name}" if dup.organisation_name else dup.name
            why = self.tr("same e-mail") if dup.reason == "email" else self.tr("similar name")
            lines.append(f"• {who} ({why})")
        self.warning.setText(self.tr("This may already exist:") + "\n" + "\n".join(lines))

    def check_duplicates(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        fn, row, record_id = self.store()
        changes = Changes.of(events.CONTACTS, ids=[record_id])
        if record_id is not None:  # a changed name shows in the logbook too
            changes |= Changes.of(events.MOMENTS)
        ChangeOp(self.ctx, fn, row,
                 changes=lambda new_id: changes | Changes.of(events.CONTACTS, ids=[new_id])) \
            .success(self._on_saved).failure(self._on_failed).run()

    def store(self) -> tuple[Callable[[Any], int], object, int | None]:
        """The service call that saves the form, its record, and the record's id (if any)."""
        raise NotImplementedError

    def _on_saved(self, new_id: int) -> None:
        self.saved_id = new_id
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            self.ctx.errors(exc)
            return
        if exc.field == "email":
            text = self.tr("'%1' is not a valid e-mail address.").replace(
                "%1", str(exc.params.get("value", "")))
        elif exc.field == "phone":
            text = self.tr("'%1' is not a valid phone number.").replace(
                "%1", str(exc.params.get("value", "")))
        elif exc.field == "name":
            text = self.tr("A name is required.")
        else:
            text = error_text(exc)
        self.error.setText(text)
        self.error.setVisible(True)

    @classmethod
    def ask(cls, ctx: AppContext, record_id: int | None = None,
            parent: QWidget | None = None) -> int | None:
        """Show the form; the saved record's id, or None (a seam for tests)."""
        dialog = cls(ctx, record_id, parent)  # type: ignore[call-arg]
        run_modal(dialog)
        return dialog.saved_id


class PersonForm(_RecordForm):
    def __init__(self, ctx: AppContext, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Person"), parent)
        self.person_id = person_id
        self.name, self.function = QLineEdit(), QLineEdit()
        self.name.setObjectName("name")
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.email.setObjectName("email")
        self.organisation = _combo([(o.name, o.id) for o in ctx.services.contacts.organisations()],
                                   self.tr("(none)"), editable=True)
        self.region = _combo([(r.name, r.id) for r in ctx.services.contacts.regions()],
                             self.tr("(none)"))
        self.legal_basis = QComboBox()
        for basis in LegalBasis:
            self.legal_basis.addItem(basis.label(ctx.lang), basis.value)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("&Function"), self.function),
                              (self.tr("&Organisation"), self.organisation),
                              (self.tr("Re&gion"), self.region), (self.tr("&E-mail"), self.email),
                              (self.tr("&Phone"), self.phone),
                              (self.tr("&Legal basis"), self.legal_basis),
                              (self.tr("No&tes"), self.notes)):
            self.form.addRow(label, widget)
        self.watch(self.name, self.email)
        self.organisation.currentIndexChanged.connect(lambda _i: self._timer.start())
        if person_id is not None:
            self._fill(ctx.services.contacts.person(person_id))

    def _fill(self, p: PersonRow) -> None:
        self.name.setText(p.name)
        self.function.setText(p.function)
        self.email.setText(p.email)
        self.phone.setText(p.phone)
        self.notes.setPlainText(p.notes)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(p.organisation_id)))
        self.region.setCurrentIndex(max(0, self.region.findData(p.region_id)))
        self.legal_basis.setCurrentIndex(max(0, self.legal_basis.findData(p.legal_basis)))

    def check_duplicates(self) -> None:
        org = self.organisation.currentText() if self.organisation.currentData() else ""
        QueryOp(self.ctx, self.ctx.services.contacts.person_duplicates, self.name.text(), org,
                self.email.text(), exclude_id=self.person_id).success(self.show_duplicates).run()

    def store(self) -> tuple[Callable[[Any], int], object, int | None]:
        row = PersonRow(self.person_id, self.name.text(), self.function.text(),
                        self.organisation.currentData(), "", self.region.currentData(), "",
                        self.email.text(), self.phone.text(), self.notes.toPlainText(),
                        self.legal_basis.currentData())
        return self.ctx.services.contacts.save_person, row, self.person_id


class OrganisationForm(_RecordForm):
    def __init__(self, ctx: AppContext, organisation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Organisation"), parent)
        self.organisation_id = organisation_id
        self.name, self.company_number = QLineEdit(), QLineEdit()
        self.name.setObjectName("name")
        self.kind = QComboBox()
        for kind in OrganisationKind:
            self.kind.addItem(kind.label(ctx.lang), kind.value)
        self.municipality = _combo([(m.name, m.id) for m in ctx.services.contacts.municipalities()],
                                   self.tr("(none)"), editable=True)
        self.region = _combo([(r.name, r.id) for r in ctx.services.contacts.regions()],
                             self.tr("(from the municipality)"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        for label, widget in ((self.tr("&Name"), self.name), (self.tr("&Kind"), self.kind),
                              (self.tr("&Municipality"), self.municipality),
                              (self.tr("Re&gion"), self.region),
                              (self.tr("&Company number"), self.company_number),
                              (self.tr("No&tes"), self.notes)):
            self.form.addRow(label, widget)
        self.watch(self.name)
        if organisation_id is not None:
            self._fill(ctx.services.contacts.organisation(organisation_id))

    def _fill(self, o: OrganisationRow) -> None:
        self.name.setText(o.name)
        self.company_number.setText(o.company_number)
        self.notes.setPlainText(o.notes)
        self.kind.setCurrentIndex(max(0, self.kind.findData(o.kind)))
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(o.municipality_id)))
        self.region.setCurrentIndex(max(0, self.region.findData(o.region_id)))

    def check_duplicates(self) -> None:
        QueryOp(self.ctx, self.ctx.services.contacts.organisation_duplicates, self.name.text(),
                exclude_id=self.organisation_id).success(self.show_duplicates).run()

    def store(self) -> tuple[Callable[[Any], int], object, int | None]:
        row = OrganisationRow(self.organisation_id, self.name.text(), self.kind.currentData(),
                              self.company_number.text(), self.municipality.currentData(), "",
                              self.region.currentData(), "", self.notes.toPlainText())
        return self.ctx.services.contacts.save_organisation, row, self.organisation_id


def _combo(items: list[tuple[str, int]], none_text: str, editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for text, data in collated(items, lambda item: item[0]):
        combo.addItem(text, data)
    if editable:
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    return combo
