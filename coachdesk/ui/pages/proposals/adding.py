"""Adding a version: choose a file and its date, then read and store it in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coachdesk.application import proposals
from coachdesk.application.proposals import check_file
from coachdesk.services.container import Services
from coachdesk.services.proposals import VersionRow
from coachdesk.ui.dialogs.modal import accepted
from coachdesk.ui.pages.proposals.pdf_text import qtpdf_pages
from coachdesk.ui.tasks import Progress
from coachdesk.ui.widgets.dates import date_edit, from_qdate

SUFFIXES = (".pdf", ".docx")
__all__ = ["AddVersionDialog", "add_file", "check_file"]


def add_file(services: Services, proposal_id: int, path: Path, received_on: date,
             progress: Progress | None = None) -> VersionRow:
    """Runs on the database thread: the use case, with QtPdf's faster page reader."""
    return proposals.add_file(services, proposal_id, path, received_on, progress,
                              extract_pages=qtpdf_pages)


class AddVersionDialog(QDialog):
    """The file (chosen or dropped) and the day it was received."""

    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a version"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(str(path) if path else "")
        self.path.setMinimumWidth(360)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path)  # a row of widgets gets no buddy by itself: "&File:" would show
        form.addRow(label, row)
        self.received = date_edit()
        self.received.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("&Received on:"), self.received)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a proposal file"), self.path.text(),
            self.tr("Proposals (*.pdf *.docx);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def values(self) -> tuple[Path, date] | None:
        text = self.path.text().strip()
        if not text:
            return None
        return Path(text), from_qdate(self.received.date())

    @classmethod
    def ask(cls, path: Path | None, parent: QWidget | None = None) -> tuple[Path, date] | None:
        dialog = cls(path, parent)
        if path is None:
            dialog._browse()
            if not dialog.path.text():
                return None
        return dialog.values() if accepted(dialog) else None
