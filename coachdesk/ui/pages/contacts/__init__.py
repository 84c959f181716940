"""Contacts page: people and organisations."""

from PySide6.QtCore import QCoreApplication

from coachdesk.ui.pages.spec import PageSpec


PAGE = PageSpec(
    "contacts", f"{__name__}.page", "ContactsPage",
    lambda: QCoreApplication.translate("ContactsPage", "Contacts"),
)
