"""Regions page: one region's story, municipalities, candidacies and contacts."""

from PySide6.QtCore import QCoreApplication

from coachdesk.ui.pages.spec import MenuEntry, PageSpec


PAGE = PageSpec(
    "regions", f"{__name__}.page", "RegionsPage",
    lambda: QCoreApplication.translate("RegionsPage", "Regions"),
    menu=(
        MenuEntry("edit", lambda: QCoreApplication.translate("RegionsPage", "Change region &stage…"),
                  "change_stage_from_menu", shortcut="Ctrl+Shift+F"),
        MenuEntry("edit", lambda: QCoreApplication.translate("RegionsPage", "Edit st&ages…"),
                  "edit_stages"),
    ),
)
