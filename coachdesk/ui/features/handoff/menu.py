"""File-menu entries for the handoff: export for headquarters, import a workbook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from coachdesk.ui.context import AppContext

STATUS_MS = 15000


# The dialogs load the workbook libraries: imported when first used, not at start-up.


def export_workbook(window: QMainWindow, ctx: AppContext) -> None:
    from coachdesk.ui.features.handoff.export_dialog import ExportDialog

    result = ExportDialog.ask(ctx, window)
    if result is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "HandoffMenu", "Workbook saved: %1 (%2 rows, %3 changes since the previous export).")
            .replace("%1", str(result.path)).replace("%2", str(result.row_count))
            .replace("%3", str(result.change_count)), STATUS_MS)


def import_workbook(window: QMainWindow, ctx: AppContext) -> None:
    from coachdesk.ui.features.handoff.import_dialog import ImportDialog

    applied = ImportDialog.ask(ctx, window)
    if applied is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("HandoffMenu", "Workbook imported: %1 changes applied.").replace("%1", str(applied)), STATUS_MS)


def handoff_menu_actions(window: QMainWindow, ctx: AppContext) -> list[tuple[str, QAction]]:
    export = QAction(QCoreApplication.translate("HandoffMenu", "&Export for headquarters…"),
                     window)
    export.setObjectName("exportHandoff")
    export.triggered.connect(lambda: export_workbook(window, ctx))
    imported = QAction(QCoreApplication.translate("HandoffMenu", "&Import workbook…"), window)
    imported.setObjectName("importHandoff")
    imported.triggered.connect(lambda: import_workbook(window, ctx))
    return [("file", export), ("file", imported)]
