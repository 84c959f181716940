"""Logbook page: every contact moment, searched and paged from the database."""

from PySide6.QtCore import QCoreApplication

from coachdesk.ui.pages.spec import MenuEntry, PageSpec


PAGE = PageSpec(
    "logbook", f"{__name__}.page", "LogbookPage",
    lambda: QCoreApplication.translate("LogbookPage", "Logbook"),
    menu=(
        MenuEntry("file", lambda: QCoreApplication.translate("LogbookPage", "&New contact moment…"),
                  "log_new", shortcut="Ctrl+N", everywhere=True),
    ),
)
