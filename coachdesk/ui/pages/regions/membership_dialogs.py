"""Dialogs of the Gemeenten tab: a membership status for several municipalities, or a move."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.vocabulary import MembershipStatus
from coachdesk.services.dashboard import DashboardRow
from coachdesk.services.regions import MunicipalityRow
from coachdesk.ui.collation import collated
from coachdesk.ui.pages.regions.forms import error_text
from coachdesk.ui.widgets.fitting import fit_title
from coachdesk.ui.widgets.inline_error import InlineError, with_error
from coachdesk.ui.widgets.dates import date_edit, from_qdate


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.rejected.connect(dialog.reject)
    return box


class MembershipDialog(QDialog):
    """Status, date (default today) and note for the chosen municipalities."""

    def __init__(self, rows: list[MunicipalityRow], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change membership"))
        fit_title(self)
        layout = QVBoxLayout(self)
        names = ", ".join(r.name for r in rows[:6]) + (" …" if len(rows) > 6 else "")
        intro = QLabel(self.tr("%n municipality(ies): ", "", len(rows)) + names)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._form(rows, lang))
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self._on_ok)
        layout.addWidget(self.buttons)
        self.status.setFocus()

    def _form(self, rows: list[MunicipalityRow], lang: str) -> QFormLayout:
        self.status = QComboBox()
        for status in MembershipStatus:
            self.status.addItem(status.label(lang), status.value)
        if len({r.status for r in rows}) == 1:
            self.status.setCurrentIndex(list(MembershipStatus).index(rows[0].status))
        self.when = date_edit(date.today())
        self.date_error = InlineError()
        self.note = QLineEdit(rows[0].note if len(rows) == 1 else "")
        self.keep_note = QCheckBox(self.tr("&Keep each municipality's own note"))
        self.keep_note.setVisible(len(rows) > 1)
        self.keep_note.setChecked(len(rows) > 1)
        self.note.setEnabled(len(rows) == 1)
        self.keep_note.toggled.connect(lambda on: self.note.setEnabled(not on))
        form = QFormLayout()
        for text, widget in ((self.tr("&Status:"), self.status),
                             (self.tr("&Since:"), with_error(self.when, self.date_error)),
                             (self.tr("N&ote:"), self.note)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.keep_note)
        return form

    def values(self) -> tuple[MembershipStatus, date, str | None]:
        keep = self.keep_note.isChecked() and self.keep_note.isVisible()
        note = None if keep else self.note.text()
        return MembershipStatus(self.status.currentData()), from_qdate(self.when.date()), note

    def _on_ok(self) -> None:
        if self.values()[1] > date.today():
            future = ValidationError("", field="since", rule="future")
            self.date_error.setText(error_text(future))
            self.when.setFocus()
            return
        self.accept()


class MoveDialog(QDialog):
    """Choose the region the municipalities move to."""

    def __init__(self, rows: list[MunicipalityRow], regions: list[DashboardRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to another region"))
        fit_title(self)
        layout = QVBoxLayout(self)
        names = ", ".join(r.name for r in rows[:6]) + (" …" if len(rows) > 6 else "")
        text = QLabel(
            self.tr("Move %n municipality(ies) to another region: ", "", len(rows)) + names)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.region = QComboBox()
        for region in collated(regions, lambda r: r.name):
            if region.id != rows[0].region_id:
                self.region.addItem(region.name, region.id)
        label = QLabel(self.tr("&Region:"))
        label.setBuddy(self.region)
        form.addRow(label, self.region)
        layout.addLayout(form)
        self.buttons = _buttons(self)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def target(self) -> tuple[int, str]:
        return int(self.region.currentData()), self.region.currentText()
