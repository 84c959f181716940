"""Overzicht: all regions at a glance, regions per stage, and what is due this week."""

from PySide6.QtCore import QCoreApplication

from coachdesk.ui.pages.spec import PageSpec


PAGE = PageSpec(
    "dashboard", f"{__name__}.page", "DashboardPage",
    lambda: QCoreApplication.translate("DashboardPage", "Overview"),
)
