"""Ctrl+N: log a contact moment with its participants and follow-up actions, keyboard only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.vocabulary import ContactKind
from coachdesk.services.logbook import MomentDraft
from coachdesk.ui import events
from coachdesk.ui.collation import collated
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import run_modal
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp
from coachdesk.ui.pages.logbook.action_rows import ActionRows, date_edit, to_date
from coachdesk.ui.pages.logbook.participants import ParticipantPicker
from coachdesk.ui.widgets.dates import to_qdate
from coachdesk.ui.widgets.inline_error import InlineError
from coachdesk.ui.widgets.names import owner_suggestions


class QuickLogDialog(QDialog):
    """`saved(moment_id)` after storing; refuses bad input inline and stores nothing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 region_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self._saving = False
        self.moment_id: int | None = None
        self.setWindowTitle(self.tr("Log a contact moment"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form(region_id))
        self.error = InlineError()
        layout.addWidget(self.error)
        layout.addWidget(self._build_buttons())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self._tab_order()
        self.date.setFocus()

    def _build_form(self, region_id: int | None) -> QFormLayout:
        contacts = self.ctx.services.contacts
        self.date = date_edit(date.today())
        self.kind = QComboBox()
        for kind in ContactKind:
            self.kind.addItem(kind.label(self.ctx.lang), kind.value)
        self.region = QComboBox()
        self.region.addItem(self.tr("(no region)"), None)
        for region in collated(contacts.regions(), lambda r: r.name):
            self.region.addItem(region.name, region.id)
        self.region.setCurrentIndex(max(0, self.region.findData(region_id)))
        self.participants = ParticipantPicker(self.ctx)
        self._choices = contacts.participant_choices()
        self._owners = self.ctx.services.actions.owners()
        self.participants.set_choices(self._choices)
        self.participants.set_region(self.region.currentData())
        self.region.currentIndexChanged.connect(
            lambda _i: self.participants.set_region(self.region.currentData()))
        self.participants.changed.connect(self._suggest_owners)
        self.region.currentIndexChanged.connect(lambda _i: self._suggest_owners())
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.report = QPlainTextEdit()
        self.report.setObjectName("report")
        self.report.setTabChangesFocus(True)
        self.report.setMinimumHeight(90)
        self.actions = ActionRows()
        self._suggest_owners()
        self.date.dateChanged.connect(lambda _d: setattr(self.actions, "base_date", to_date(self.date)))
        form = QFormLayout()
        for label, widget in ((self.tr("&Date"), self.date), (self.tr("&Kind"), self.kind),
                              (self.tr("Re&gion"), self.region),
                              (self.tr("&Participants"), self.participants),
                              (self.tr("&Subject"), self.subject), (self.tr("&Report"), self.report),
                              (self.tr("Follow-up"), self.actions)):
            form.addRow(label, widget)
        return form

    def _suggest_owners(self) -> None:
        people = [r.name for r in self.participants.refs() if r.kind == "person"]
        self.actions.set_owner_names(owner_suggestions(self._choices, self._owners,
                                                       self.region.currentData(), people))

    def _build_buttons(self) -> QDialogButtonBox:
        save, cancel = QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(save | cancel)
        self.buttons.button(save).setText(self.tr("Save (Ctrl+Enter)"))
        self.buttons.button(cancel).setText(self.tr("Cancel"))
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def load(self, moment_id: int) -> None:
        """Fill the form with a stored moment, to correct it; saving then replaces it."""
        draft = self.ctx.services.logbook.moment(moment_id)
        self.moment_id = moment_id
        self.setWindowTitle(self.tr("Correct a contact moment"))
        self.date.setDate(to_qdate(draft.happened_on))
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.region.setCurrentIndex(max(0, self.region.findData(draft.region_id)))
        for ref in draft.participants:
            self.participants.add_existing(ref)
        self.subject.setText(draft.subject)
        self.report.setPlainText(draft.report)
        self.actions.set_existing([a.description for a in draft.actions])

    @classmethod
    def ask_to_correct(cls, ctx: AppContext, moment_id: int,
                       parent: QWidget | None = None) -> int | None:
        """The corrected moment's id, or None when cancelled (a seam for tests)."""
        dialog = cls(ctx, parent)
        dialog.load(moment_id)
        run_modal(dialog)
        return dialog.saved_id

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None,
            region_id: int | None = None) -> int | None:
        """Show the form; the stored moment's id, or None when cancelled (a seam for tests)."""
        dialog = cls(ctx, parent, region_id)
        run_modal(dialog)
        return dialog.saved_id

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Plain Enter never saves (it adds a participant); Ctrl+Enter does, Esc cancels."""
        plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            event.accept()
            return
        super().keyPressEvent(event)

    def _tab_order(self) -> None:
        chain = [self.date, self.kind, self.region, self.participants.line,
                 self.participants.use_existing, self.participants.chosen, self.subject,
                 self.report, self.actions.add_button,
                 self.buttons.button(QDialogButtonBox.StandardButton.Save),
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def draft(self) -> MomentDraft:
        return MomentDraft(to_date(self.date), self.kind.currentData(), self.region.currentData(),
                           self.subject.text(), self.report.toPlainText(),
                           self.participants.refs(), self.actions.drafts())

    def save(self) -> None:
        """Store the moment with its actions in one transaction, or show why not."""
        if self._saving:
            return  # Ctrl+Enter pressed twice: store the moment once
        self._saving = True
        if not self.participants.add_pending():  # a name typed but not added still takes part
            self._saving = False
            return
        logbook = self.ctx.services.logbook
        draft = self.draft()
        new_people = any(ref.id is None for ref in draft.participants)
        if self.moment_id is not None:
            op = ChangeOp(self.ctx, logbook.update_moment, self.moment_id, draft,
                          changes=lambda r: self._changes(r, new_people))
        else:
            op = ChangeOp(self.ctx, logbook.log_moment, draft,
                          changes=lambda r: self._changes(r, new_people))
        op.success(self._on_saved).failure(self._on_failed).run()

    @staticmethod
    def _changes(result: tuple[int, list[int]], new_people: bool) -> Changes:
        """One value for the moment, its new actions and any new participant."""
        moment_id, action_ids = result
        changes = Changes.of(events.MOMENTS, ids=[moment_id])
        if action_ids:
            changes |= Changes.of(events.ACTIONS, ids=action_ids)
        if new_people:
            changes |= Changes.of(events.CONTACTS)
        return changes

    def _on_saved(self, result: tuple[int, list[int]]) -> None:
        self.saved_id = result[0]
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._saving = False
        if not isinstance(exc, ValidationError):
            self.ctx.errors(exc)
            return
        self.error.setText(self.explain(exc))
        self.error.setVisible(True)
        self._focus_field(exc.field)

    def explain(self, exc: ValidationError) -> str:
        field = exc.field
        if field == "subject":
            return self.tr("Give the contact moment a subject.")
        if field.endswith(".due_on"):
            return self.tr("Action %1 is due before the contact moment: choose a later date.") \
                .replace("%1", str(exc.params.get("number", "")))
        if field.endswith(".email"):
            return self.tr("'%1' is not a valid e-mail address.").replace(
                "%1", str(exc.params.get("value", "")))
        if field.endswith(".description"):
            return self.tr("Describe each follow-up action.")
        if field.endswith(".name"):
            return self.tr("Every new participant needs a name.")
        return error_text(exc)

    def _focus_field(self, field: str) -> None:
        if field == "subject":
            self.subject.setFocus()
        elif field.startswith("actions[") and self.actions.rows:
            number = int(field[len("actions["):].split("]")[0])
            self.actions.rows[min(number, len(self.actions.rows) - 1)][2].setFocus()
        elif field.startswith("participants"):
            self.participants.chosen.setFocus()
