"""Help > About: the version, and where the data live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coachdesk import __version__
from coachdesk.ui.context import AppContext


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CoachDesk"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>CoachDesk {__version__}</h2>")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "The workbench of the regional coaches who help Flanders' regions build an "
            "organisation network for newcomers' participation."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = [
            (self.tr("Database"), str(ctx.services.path)),
            (self.tr("Backups"), str(ctx.backup_dir or "")),
            (self.tr("Log file"), str(ctx.log_path or "")),
        ]
        details = QLabel("<table>" + "".join(
            f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows
        ) + "</table>")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setObjectName("aboutPaths")
        layout.addWidget(details)
        privacy = QLabel(self.tr(
            "CoachDesk works offline: it opens no network connection and sends nothing. "
            "Your data stay on this computer, readable by you alone."
        ))
        privacy.setWordWrap(True)
        layout.addWidget(privacy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
