"""Small forms of the Acties page: done on a date, done-and-next, reschedule."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.services.actions import ActionRow
from coachdesk.services.logbook import ActionDraft
from coachdesk.ui.collation import collated
from coachdesk.ui.pages.logbook.action_rows import date_edit, to_date
from coachdesk.ui.dialogs.modal import accepted
from coachdesk.ui.widgets.inline_error import InlineError
from coachdesk.ui.widgets.names import name_completer


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.error = InlineError()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _on_ok(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()

    def problem(self) -> str:
        return ""


class DoneDialog(_Form):
    """When was the action done? Today by default."""

    def __init__(self, action: ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark as done"), parent)
        self.form.addRow(QLabel(action.description))
        self.on = date_edit(date.today())
        self.form.addRow(self.tr("&Done on"), self.on)

    @classmethod
    def ask(cls, action: ActionRow, parent: QWidget | None = None) -> date | None:
        dialog = cls(action, parent)
        return to_date(dialog.on) if accepted(dialog) else None


class NextDialog(_Form):
    """Done today, and what comes next: description, owner, due date."""

    def __init__(self, action: ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Done, and the next action"), parent)
        self.form.addRow(QLabel(self.tr("Done: %1").replace("%1", action.description)))
        self.on = date_edit(date.today())
        self.description = QLineEdit()
        self.description.setObjectName("nextDescription")
        self.owner = QLineEdit(action.owner)
        self.due = date_edit(date.today() + timedelta(days=7))
        self.form.addRow(self.tr("&Done on"), self.on)
        self.form.addRow(self.tr("&Next action"), self.description)
        self.form.addRow(self.tr("&Owner"), self.owner)
        self.form.addRow(self.tr("D&ue on"), self.due)
        self.description.setFocus()

    def problem(self) -> str:
        if not self.description.text().strip():
            return self.tr("Describe the next action.")
        if to_date(self.due) < to_date(self.on):
            return self.tr("The next action cannot be due before the first is done.")
        return ""

    @classmethod
    def ask(cls, action: ActionRow,
            parent: QWidget | None = None) -> tuple[date, ActionDraft] | None:
        dialog = cls(action, parent)
        if not accepted(dialog):
            return None
        return to_date(dialog.on), ActionDraft(dialog.description.text(), dialog.owner.text(),
                                               to_date(dialog.due))


class NewActionDialog(_Form):
    """A follow-up action of its own: description, owner, due date, region."""

    def __init__(self, regions: list[tuple[str, int]], region_id: int | None,
                 parent: QWidget | None = None, suggestions: Sequence[str] = ()) -> None:
        super().__init__(self.tr("New action"), parent)
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.owner = QLineEdit()
        self.owner.setObjectName("owner")
        self.owner.setPlaceholderText(self.tr("Who; type to choose a known person"))
        self.owner.setCompleter(name_completer(suggestions, self.owner))
        self.due = date_edit(date.today() + timedelta(days=7))
        self.region = QComboBox()
        self.region.addItem(self.tr("(no region)"), None)
        for name, region in collated(regions, lambda r: r[0]):
            self.region.addItem(name, region)
        self.region.setCurrentIndex(max(0, self.region.findData(region_id)))
        self.form.addRow(self.tr("&Action"), self.description)
        self.form.addRow(self.tr("&Owner"), self.owner)
        self.form.addRow(self.tr("D&ue on"), self.due)
        self.form.addRow(self.tr("Re&gion"), self.region)
        self.description.setFocus()

    def problem(self) -> str:
        return self.tr("Describe the action.") if not self.description.text().strip() else ""

    @classmethod
    def ask(cls, regions: list[tuple[str, int]], region_id: int | None,
            parent: QWidget | None = None,
            suggestions: Sequence[str] = ()) -> tuple[ActionDraft, int | None] | None:
        dialog = cls(regions, region_id, parent, suggestions)
        if not accepted(dialog):
            return None
        draft = ActionDraft(dialog.description.text(), dialog.owner.text(), to_date(dialog.due))
        return draft, dialog.region.currentData()


class RescheduleDialog(_Form):
    def __init__(self, action: ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reschedule"), parent)
        self.form.addRow(QLabel(action.description))
        self.due = date_edit(action.due_on or date.today())
        self.form.addRow(self.tr("&New due date"), self.due)

    @classmethod
    def ask(cls, action: ActionRow, parent: QWidget | None = None) -> date | None:
        dialog = cls(action, parent)
        return to_date(dialog.due) if accepted(dialog) else None
