"""Bestand > Teamdatabank…: the address, user and password of the team database.

Connecting is tried first (in the background); only when the server answers is the address
kept in the settings and the password in the system's credential store.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.application.team import TeamConnection, connect, forget, stored_connection
from coachdesk.domain.errors import CoachDeskError
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import run_modal
from coachdesk.ui.errors import error_text
from coachdesk.ui.operations import QueryOp
from coachdesk.ui.widgets.inline_error import InlineError


def split_user(address: str) -> tuple[str, str]:
    """('postgresql://host/db', 'anna') from 'postgresql://anna@host/db'."""
    parts = urlsplit(address)
    if "@" not in parts.netloc:
        return address, ""
    user, host = parts.netloc.rsplit("@", 1)
    return urlunsplit(parts._replace(netloc=host)), user.split(":", 1)[0]


class TeamDialog(QDialog):
    """`connection` holds the stored connection once connecting succeeded."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.connection: TeamConnection | None = None
        self.forgotten = False
        self.setWindowTitle(self.tr("Team database"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "CoachDesk keeps working on this computer; Synchronise exchanges your changes with "
            "the team's PostgreSQL database. The password is kept in the system's credential "
            "store, never in a file. A server on another computer is reached over TLS only."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setObjectName("address")
        self.address.setPlaceholderText("postgresql://db.example.be/coachdesk")
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("caFile")
        self.ca_file.setPlaceholderText(self.tr("optional: verifies the server's certificate"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self._choose_ca)
        ca_row = QWidget()  # a widget, not a layout: the label's mnemonic needs a buddy
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_file, 1)
        ca_layout.addWidget(choose)
        ca_row.setFocusProxy(self.ca_file)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Certificate &authority:"), ca_row)
        layout.addLayout(form)
        self.error = InlineError()
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(self.tr("&Connect"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.forget_button = buttons.addButton(self.tr("&Stop synchronising"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.forget_button.clicked.connect(self.forget)
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(stored_connection())
        self.resize(620, self.sizeHint().height())

    def _fill(self, found: TeamConnection | None) -> None:
        self.forget_button.setVisible(found is not None)
        if found is None:
            self.status.setText(self.tr("No team database is set up on this computer yet."))
            return
        address, user = split_user(found.address)
        self.address.setText(address)
        self.user.setText(user)
        self.status.setText(self.tr("This computer synchronises with %1. Connect again to "
                                    "change the address or the password.")
                            .replace("%1", found.shown))

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority"), "",
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def try_connect(self) -> None:
        address = self.address.text().strip()
        if not address:
            self.error.setText(self.tr("Fill in the address of the team database."))
            self.address.setFocus()
            return
        self.error.clear()
        self.connect_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        self.task = QueryOp(self.ctx, connect, address, self.user.text().strip(),
                            self.password.text(), self.ca_file.text().strip() or None) \
            .success(self._connected).failure(self._failed).run()

    def _connected(self, found: TeamConnection) -> None:
        self.connection = found
        self.password.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.status.clear()
        if isinstance(exc, CoachDeskError):
            self.error.setText(error_text(exc))
        else:
            self.ctx.errors(exc)

    def forget(self) -> None:
        forget()
        self.forgotten = True
        self.reject()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> TeamConnection | None:
        """Show the dialog; the new connection, or None (cancelled or stopped)."""
        dialog = cls(ctx, parent)
        dialog.setWindowTitle(QCoreApplication.translate("TeamDialog", "Team database"))
        run_modal(dialog)
        return dialog.connection
