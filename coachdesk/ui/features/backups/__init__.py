"""Backups in the window: restore a backup (File menu), check the database (Help menu).

The names load their module on first use: start-up needs only `open_or_offer_repair`, before
the first paint, and the menus' dialogs come later.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coachdesk.ui.features.backups.menu import backup_menu_actions, start_backups
    from coachdesk.ui.features.backups.startup import open_or_offer_repair

_HOMES = {"backup_menu_actions": "menu", "start_backups": "menu",
          "open_or_offer_repair": "startup"}

__all__ = ["backup_menu_actions", "open_or_offer_repair", "start_backups"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
