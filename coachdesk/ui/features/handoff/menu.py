"""File-menu entries for the handoff: export for headquarters, import a workbook."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from coachdesk.ui.context import AppContext
from coachdesk.ui.read_only import guard_writes

STATUS_MS = 15000


# The dialogs load the workbook libraries: imported when first used, not at start-up.


def export_workbook(window: QMainWindow, ctx: AppContext) -> None:
    from coachdesk.ui.features.handoff.export_dialog import ExportDialog

    result = ExportDialog.ask(ctx, window)
    if result is not None:
        from coachdesk.ui.features.handoff.messages import HandoffStatus

        window.statusBar().showMessage(HandoffStatus().exported(result), STATUS_MS)


def import_workbook(window: QMainWindow, ctx: AppContext) -> None:
    from coachdesk.ui.features.handoff.import_dialog import ImportDialog

    applied = ImportDialog.ask(ctx, window)
    if applied is not None:
        from coachdesk.ui.features.handoff.messages import HandoffStatus

        window.statusBar().showMessage(HandoffStatus().imported(applied), STATUS_MS)


def handoff_menu_actions(window: QMainWindow, ctx: AppContext) -> list[tuple[str, QAction]]:
    export = QAction(QCoreApplication.translate("HandoffMenu", "&Export for headquarters…"),
                     window)
    export.setObjectName("exportHandoff")
    export.triggered.connect(lambda: export_workbook(window, ctx))
    imported = QAction(QCoreApplication.translate("HandoffMenu", "&Import workbook…"), window)
    imported.setObjectName("importHandoff")
    imported.triggered.connect(lambda: import_workbook(window, ctx))
    guard_writes(ctx, imported)
    return [("file", export), ("file", imported)]
