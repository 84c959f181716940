"""Every setting of CoachDesk, declared once: key, type, default."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from coachdesk.services.backups import Retention

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


LANGUAGE = Setting("ui/language", str, "nl")  # "nl" or "en"
STALLED_DAYS = Setting("regions/stalled_after_days", int, 30)
COACH_NAME = Setting("user/coach_name", str, "")
LAST_EXPORT_DIR = Setting("paths/last_export_dir", str, "")
LAST_IMPORT_DIR = Setting("paths/last_import_dir", str, "")
BACKUP_KEEP_DAILY = Setting("backup/keep_daily", int, 7)
BACKUP_KEEP_WEEKLY = Setting("backup/keep_weekly", int, 4)
BACKUP_KEEP_MONTHLY = Setting("backup/keep_monthly", int, 6)
OWN_REGIONS = Setting("handoff/own_regions", str, "")  # the regions of the last export, one a line
MAIN_WINDOW_SCREEN = Setting("geometry/main_screen", str, "")  # "WxH" available when saved

ALL_SETTINGS = (
    LANGUAGE, STALLED_DAYS, COACH_NAME, LAST_EXPORT_DIR, LAST_IMPORT_DIR,
    BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY, BACKUP_KEEP_MONTHLY, MAIN_WINDOW_SCREEN, OWN_REGIONS,
)


class Settings:
    """Typed access to an INI file in the user's config folder."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._qs.value(setting.key, setting.default)
        try:
            if setting.type is bool and isinstance(value, str):
                return value.lower() in ("1", "true", "yes")  # type: ignore[return-value]
            return setting.type(value)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._qs.setValue(setting.key, value)

    def sync(self) -> None:
        self._qs.sync()

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


def backup_retention(settings: Settings) -> Retention:
    """The backup rotation the coach chose (window and command line read it alike)."""
    return Retention(
        daily=max(1, settings.get(BACKUP_KEEP_DAILY)),
        weekly=max(0, settings.get(BACKUP_KEEP_WEEKLY)),
        monthly=max(0, settings.get(BACKUP_KEEP_MONTHLY)),
    )
