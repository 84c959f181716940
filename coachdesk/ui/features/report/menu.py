"""The File-menu entry of the progress report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from coachdesk.ui.context import AppContext

STATUS_MS = 15000


def make_report(window: QMainWindow, ctx: AppContext) -> None:
    # The dialog loads the painting and the report's services: imported when first used.
    from coachdesk.ui.features.report.dialog import ReportDialog

    path = ReportDialog.ask(ctx, window)
    if path is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("ReportMenu", "Progress report saved: %1").replace(
                "%1", str(path)), STATUS_MS)


def report_menu_actions(window: QMainWindow, ctx: AppContext) -> list[tuple[str, QAction]]:
    action = QAction(QCoreApplication.translate("ReportMenu", "&Progress report…"), window)
    action.setObjectName("progressReport")
    action.triggered.connect(lambda: make_report(window, ctx))
    return [("file", action)]
