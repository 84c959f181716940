"""File > Progress report: the Voortgangsrapport as a PDF, made in the background."""

from coachdesk.ui.features.report.menu import report_menu_actions

__all__ = ["report_menu_actions"]
