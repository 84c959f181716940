"""The questions the Contacten page asks: which record to keep, where to export, sure to erase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.dialogs.modal import accepted
from coachdesk.ui.widgets.fitting import fit_title


class KeepDialog(QDialog):
    """Which of two records survives a merge; the other's links move to it."""

    def __init__(self, first: str, second: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ContactsPage", "Merge two records"))
        fit_title(self)
        layout = QVBoxLayout(self)
        text = QLabel(QCoreApplication.translate("ContactsPage", "Keep which record? The other one's contact moments and details move to it. You can undo this (Ctrl+Z)."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.first, self.second = QRadioButton(first), QRadioButton(second)
        self.first.setChecked(True)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ContactsPage", "Merge"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("ContactsPage", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, first: str, second: str, parent: QWidget | None = None) -> int | None:
        """0 to keep the first, 1 the second, None when cancelled."""
        dialog = cls(first, second, parent)
        if not accepted(dialog):
            return None
        return 0 if dialog.first.isChecked() else 1


class ExportTarget:
    @classmethod
    def ask(cls, suggested: Path, parent: QWidget | None = None) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ContactsPage", "Export a person's data"),
                                              str(suggested), QCoreApplication.translate("ContactsPage", "JSON file (*.json)"))
        return Path(path) if path else None


class EraseConfirmation:
    @classmethod
    def ask(cls, name: str, parent: QWidget | None = None) -> bool:
        answer = QMessageBox.warning(
            parent, QCoreApplication.translate("ContactsPage", "Erase a person"),
            QCoreApplication.translate("ContactsPage", "Erase %1 for good? Their name, e-mail and phone disappear from the whole database, also from reports and actions, and from every backup in the backups folder; a copy restored later (also from a USB stick) is erased again before it opens. Their contact moments stay, with 'geanonimiseerd' in their place. This cannot be undone.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes
