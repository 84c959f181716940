"""Backups in the window: restore a backup (File menu), check the database (Help menu)."""

from coachdesk.ui.features.backups.menu import backup_menu_actions, start_backups

__all__ = ["backup_menu_actions", "start_backups"]
