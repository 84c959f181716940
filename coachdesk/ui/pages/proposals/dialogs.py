"""Editing a proposal's details, and the list of criteria."""

from __future__ import annotations


from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from coachdesk.domain.vocabulary import ProposalStatus
from coachdesk.services.proposals import ProposalDetail, ProposalEdit
from coachdesk.ui.dialogs.modal import accepted
from coachdesk.ui.widgets.dates import date_edit, from_qdate


class ProposalDialog(QDialog):
    """Title, partners, submission deadline and status of a region's proposal."""

    def __init__(self, detail: ProposalDetail, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposal of %1").replace("%1", detail.region))
        form = QFormLayout(self)
        self.title_edit = QLineEdit(detail.title)
        self.title_edit.setMinimumWidth(380)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.partners = QPlainTextEdit(detail.partners)
        self.partners.setTabChangesFocus(True)
        self.partners.setFixedHeight(80)
        form.addRow(self.tr("&Partners:"), self.partners)
        self.has_deadline = QCheckBox(self.tr("&Submission deadline:"))
        d = detail.deadline
        self.deadline = date_edit(d)
        self.has_deadline.setChecked(d is not None)
        self.deadline.setEnabled(d is not None)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        form.addRow(self.has_deadline, self.deadline)
        self.status = QComboBox()
        for status in ProposalStatus:
            self.status.addItem(status.label(lang), status.value)
        self.status.setCurrentIndex(self.status.findData(detail.status.value))
        form.addRow(self.tr("&Status:"), self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> ProposalEdit:
        deadline = from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None
        return ProposalEdit(self.title_edit.text(), self.partners.toPlainText(), deadline,
                            ProposalStatus(self.status.currentData()))

    @classmethod
    def ask(cls, detail: ProposalDetail, lang: str,
            parent: QWidget | None = None) -> ProposalEdit | None:
        dialog = cls(detail, lang, parent)
        return dialog.value() if accepted(dialog) else None


