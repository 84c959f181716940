"""Backups in the window: restore a backup (File menu), check the database (Help menu)."""

from coachdesk.ui.features.backups.menu import backup_menu_actions, start_backups
from coachdesk.ui.features.backups.startup import open_or_offer_repair

__all__ = ["backup_menu_actions", "open_or_offer_repair", "start_backups"]
