"""The error path: expected problems as clear messages, the unexpected logged with details."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.messages import describe

log = logging.getLogger("coachdesk")


def error_text(exc: BaseException) -> str:
    """An expected error in the window's language, from the one registry (domain/messages.py)."""
    return describe(exc, QCoreApplication.translate)


def setup_logging(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / "coachdesk.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    path.chmod(0o600)
    return path


class ErrorDialog(QDialog):
    """An unexpected error: a short explanation and the details to copy for support."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "Something went wrong that CoachDesk did not expect. Your data are safe: "
            "the change that failed was not saved."
        )
        if log_path is not None:
            text += "\n" + self.tr("The details are also in the log file: %1").replace(
                "%1", str(log_path)
            )
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    @classmethod
    def ask(cls, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        dialog = cls(details, log_path, parent)
        dialog.exec()
        dialog.deleteLater()


class ErrorReporter:
    """Shows an error to the user: a message for expected ones, a details dialog otherwise."""

    def __init__(self, log_path: Path | None = None) -> None:
        self.log_path = log_path
        self.parent: QWidget | None = None

    def __call__(self, exc: BaseException) -> None:
        if isinstance(exc, CoachDeskError):
            log.info("refused: %s", exc)
            QMessageBox.warning(self.parent, "CoachDesk", error_text(exc))
            return
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        log.error("unexpected error\n%s", details)
        ErrorDialog.ask(details, self.log_path, self.parent)

    def excepthook(self, kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        self(exc)
