"""At start-up: a damaged database is offered its latest sound backup instead of a dead end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from coachdesk import paths
from coachdesk.domain.errors import DatabaseError

if TYPE_CHECKING:  # a damaged database is rare: start-up does not load the backups for it
    from coachdesk.services.backups import BackupInfo

W = TypeVar("W")


class StartupRepair:
    """The question asked when the database cannot be opened; `ask` is the tests' seam."""

    @classmethod
    def ask(cls, path: Path, latest: BackupInfo) -> bool:
        from coachdesk.ui.features.backups.labels import format_taken_at

        text = QCoreApplication.translate(
            "StartupRepair",
            "The database %1 is damaged and cannot be opened. CoachDesk can put back its latest "
            "sound backup, of %2; the damaged file is kept as a copy. Put the backup back now?",
        ).replace("%1", str(path)).replace("%2", format_taken_at(latest))
        title = QCoreApplication.translate("StartupRepair", "Damaged database")
        return QMessageBox.question(None, title, text) == QMessageBox.StandardButton.Yes

    @classmethod
    def inform(cls, restored: BackupInfo | None) -> None:
        """Say what the repair did: rebuilt without loss, or which backup came back."""
        from coachdesk.ui.features.backups.labels import format_taken_at

        if restored is None:
            text = QCoreApplication.translate(
                "StartupRepair", "The database was repaired; nothing was lost.")
        else:
            text = QCoreApplication.translate(
                "StartupRepair", "The backup of %1 was put back. What you recorded after it is "
                "in the damaged file, kept as a copy in the backups folder.",
            ).replace("%1", format_taken_at(restored))
        title = QCoreApplication.translate("StartupRepair", "Damaged database")
        QMessageBox.information(None, title, text)


def open_or_offer_repair(open_window: Callable[[Path], W], path: Path, ask: bool = True) -> W:
    """Open the database; when it is damaged and a sound backup exists, offer to put it back.

    A file that is no SQLite file at all is offered a backup only if one of the same name
    exists; the file itself is kept as a copy either way.
    """
    try:
        return open_window(path)
    except DatabaseError as exc:
        if not ask or exc.params.get("kind") not in ("damaged", "not_sqlite"):
            raise
        from coachdesk.services.backups import latest_good_backup

        folder = paths.backup_dir()
        latest = latest_good_backup(folder, Path(path).stem)
        if latest is None or not StartupRepair.ask(Path(path), latest):
            raise
        from coachdesk.services.maintenance import repair_database  # rare: loaded when needed

        result = repair_database(Path(path), folder)
        window = open_window(path)
        StartupRepair.inform(latest if result.method == "backup" else None)
        return window
