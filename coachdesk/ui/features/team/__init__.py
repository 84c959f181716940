"""The team database in the window: the connection, Synchroniseren, and choosing in conflicts."""

from coachdesk.ui.features.team.menu import team_menu_actions

__all__ = ["team_menu_actions"]
