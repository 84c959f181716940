"""The application's one change signal, and requests to open an item on another page."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# Kinds of change; pages refresh when a kind they show changes.
REGIONS = "regions"
STAGES = "stages"
MUNICIPALITIES = "municipalities"
CANDIDACIES = "candidacies"
CONTACTS = "contacts"
MOMENTS = "moments"
ACTIONS = "actions"
PROPOSALS = "proposals"
SETTINGS = "settings"
ALL = "all"


class AppEvents(QObject):
    """`changed(kind, ids)` after every operation; `open_requested(page, id)` to navigate."""

    changed = Signal(str, list)
    open_requested = Signal(str, object)

    def emit_changed(self, kind: str, ids: list[int] | None = None) -> None:
        self.changed.emit(kind, list(ids or []))
