"""Proposals page: the list, review, comparison and feedback of proposal drafts."""

from PySide6.QtCore import QCoreApplication

from coachdesk.ui.pages.spec import MenuEntry, PageSpec


PAGE = PageSpec(
    "proposals", f"{__name__}.page", "ProposalsPage",
    lambda: QCoreApplication.translate("ProposalsPage", "Proposals"),
    menu=(
        MenuEntry("edit", lambda: QCoreApplication.translate("ProposalsPage", "Proposal &criteria…"),
                  "edit_criteria"),
    ),
)
