"""Menu entries that features add to the main window, without touching the window itself.

A provider is `provider(window, ctx) -> list[(menu_key, QAction)]`, menu_key one of
"file", "edit", "view", "help". Features list their provider in `MENU_PROVIDERS`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from coachdesk.ui.context import AppContext

MenuProvider = Callable[[QMainWindow, AppContext], list[tuple[str, QAction]]]

MENU_PROVIDERS: list[MenuProvider] = []

from coachdesk.ui.features.backups import backup_menu_actions  # noqa: E402

MENU_PROVIDERS.append(backup_menu_actions)

from coachdesk.ui.features.handoff import handoff_menu_actions  # noqa: E402

MENU_PROVIDERS.append(handoff_menu_actions)

from coachdesk.ui.features.report import report_menu_actions  # noqa: E402

MENU_PROVIDERS.append(report_menu_actions)

from coachdesk.ui.features.team import team_menu_actions  # noqa: E402

MENU_PROVIDERS.append(team_menu_actions)
