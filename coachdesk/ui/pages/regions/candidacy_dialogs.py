"""Dialogs of the Netwerkleider tab: a new candidacy, and a status change of one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.vocabulary import CandidacyStatus
from coachdesk.services.candidacies import CandidacyRow
from coachdesk.services.regions import MunicipalityRow
from coachdesk.ui.collation import collated
from coachdesk.ui.pages.regions.forms import error_text
from coachdesk.ui.widgets.fitting import fit_title
from coachdesk.ui.widgets.inline_error import InlineError, with_error
from coachdesk.ui.widgets.dates import date_edit, from_qdate

translate = QCoreApplication.translate  # the name lupdate recognises


class _StatusForm(QDialog):
    """Status, date and rationale fields with inline errors; subclasses add to the form."""

    def __init__(self, lang: str, accepted_elsewhere: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accepted_elsewhere = accepted_elsewhere
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.status = QComboBox()
        for status in CandidacyStatus:
            self.status.addItem(status.label(lang), status.value)
        self.when = date_edit(date.today())
        self.date_error = InlineError()
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("CandidacyForm", "e.g. college decision of 12/03"))
        self.error = InlineError()

    def _finish(self) -> None:
        for text, widget in ((translate("CandidacyForm", "S&tatus:"), self.status),
                             (translate("CandidacyForm", "&Date:"),
                              with_error(self.when, self.date_error)),
                             (translate("CandidacyForm", "&Rationale:"), self.note)):
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def values(self) -> tuple[CandidacyStatus, date, str]:
        return (CandidacyStatus(self.status.currentData()), from_qdate(self.when.date()),
                self.note.text())

    def show_validation(self, exc: ValidationError) -> None:
        target = self.date_error if exc.field == "on" else self.error
        target.setText(error_text(exc))

    def _check(self) -> None:
        """Raise ValidationError for input the service would refuse."""
        status, on, _note = self.values()
        if on > date.today():
            raise ValidationError("", field="on", rule="future")
        if status is CandidacyStatus.ACCEPTED and self.accepted_elsewhere:
            raise ValidationError("", field="status", rule="one_accepted")

    def _on_ok(self) -> None:
        self.date_error.setText("")
        self.error.setText("")
        try:
            self._check()
        except ValidationError as exc:
            self.show_validation(exc)
            return
        self.accept()


class NewCandidacyDialog(_StatusForm):
    """One municipality, or several ticked for a cooperation, with an optional name."""

    def __init__(self, municipalities: list[MunicipalityRow], lang: str,
                 accepted_elsewhere: bool, parent: QWidget | None = None) -> None:
        super().__init__(lang, accepted_elsewhere, parent)
        self.setWindowTitle(self.tr("New candidacy"))
        fit_title(self)
        self.members = QListWidget()
        self.members.setMinimumHeight(180)
        for m in collated(municipalities, lambda m: m.name):
            item = QListWidgetItem(m.name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("optional, e.g. Kempense cooperation"))
        for text, widget in ((self.tr("&Municipalities (Space ticks):"), self.members),
                             (self.tr("&Name:"), self.label)):
            label = QLabel(text)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self._finish()
        self.members.setFocus()

    def member_ids(self) -> list[int]:
        return [int(self.members.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.members.count())
                if self.members.item(i).checkState() == Qt.CheckState.Checked]

    def _check(self) -> None:
        if not self.member_ids():
            raise ValidationError("", field="members", rule="required")
        super()._check()


class CandidacyStatusDialog(_StatusForm):
    """The next status of one candidacy, with its date and rationale."""

    def __init__(self, row: CandidacyRow, lang: str, accepted_elsewhere: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(lang, accepted_elsewhere, parent)
        self.row = row
        self.setWindowTitle(self.tr("Candidacy status"))
        fit_title(self)
        intro = QLabel(self.tr("%1, now: %2").replace("%1", row.name)
                       .replace("%2", row.status.label(lang)))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        following = list(CandidacyStatus).index(row.status) + 1
        self.status.setCurrentIndex(min(following, len(CandidacyStatus) - 1))
        self._finish()
        self.status.setFocus()

    def _check(self) -> None:
        super()._check()
        on = self.values()[1]
        if self.row.status_date and on < self.row.status_date:
            raise ValidationError("", field="on", rule="before_previous",
                                  previous=self.row.status_date)
