"""The handoff to headquarters in the window: export the workbook, import it back with a preview."""

from coachdesk.ui.features.handoff.menu import handoff_menu_actions

__all__ = ["handoff_menu_actions"]
