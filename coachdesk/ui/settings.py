"""The window's settings: the declared settings over QSettings, plus window geometry.

Every setting is declared once in `coachdesk.application.settings`; they are re-exported
here for the widgets. Only the window's geometry and widget state are the window's own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from coachdesk.application import settings as declared
from coachdesk.application.settings import (
    ALL_SETTINGS,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_KEEP_WEEKLY,
    COACH_NAME,
    LANGUAGE,
    LAST_EXPORT_DIR,
    LAST_IMPORT_DIR,
    STALLED_DAYS,
    Setting,
    backup_retention,
)

__all__ = [
    "ALL_SETTINGS", "BACKUP_KEEP_DAILY", "BACKUP_KEEP_MONTHLY", "BACKUP_KEEP_WEEKLY",
    "COACH_NAME", "LANGUAGE", "LAST_EXPORT_DIR", "LAST_IMPORT_DIR", "STALLED_DAYS", "Setting",
    "Settings", "backup_retention",
]


OWN_REGIONS = Setting("handoff/own_regions", str, "")  # the regions of the last export, one a line
MAIN_WINDOW_SCREEN = Setting("geometry/main_screen", str, "")  # "WxH" available when saved

class Settings(declared.Settings):
    """The settings file written through QSettings; geometry saved and restored in one place."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        super().__init__(self._qs)

    def save_geometry(self, name: str, widget: QWidget) -> None:
        self._qs.setValue(f"geometry/{name}", widget.saveGeometry())
        state = getattr(widget, "saveState", None)
        if callable(state):
            self._qs.setValue(f"state/{name}", state())

    def restore_geometry(self, name: str, widget: QWidget) -> bool:
        geometry = self._qs.value(f"geometry/{name}")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            widget.restoreGeometry(geometry)
            state = self._qs.value(f"state/{name}")
            restore = getattr(widget, "restoreState", None)
            if isinstance(state, QByteArray) and callable(restore):
                restore(state)
            return True
        return False
