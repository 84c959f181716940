"""File-menu entries and the toolbar button for the team database."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from coachdesk.ui.context import AppContext
from coachdesk.ui.features.team.sync_button import SyncController


def team_menu_actions(window: QMainWindow, ctx: AppContext) -> list[tuple[str, QAction]]:
    controller = SyncController(window, ctx)
    window.team_sync = controller  # type: ignore[attr-defined]  # for tests and screenshots
    return [("file", controller.connect_action), ("file", controller.sync_action),
            ("file", controller.conflicts_action)]
