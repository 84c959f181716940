"""Actions page: open follow-up actions by due date."""

from PySide6.QtCore import QCoreApplication

from coachdesk.ui.pages.spec import PageSpec


PAGE = PageSpec(
    "actions", f"{__name__}.page", "ActionsPage",
    lambda: QCoreApplication.translate("ActionsPage", "Actions"),
)
