"""Menu entries for backups and the database check, and the start-up copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from coachdesk.exchange.partials import remove_stale_partials
from coachdesk.ui import settings as s
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import NOTHING
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.read_only import guard_laptop_only


def start_backups(ctx: AppContext) -> None:
    """Take the day's first copy in the background (with the rotation of Voorkeuren, which
    the services got when the database was opened; a change in Voorkeuren applies at once)."""
    ctx.services.backups.retention = s.backup_retention(ctx.settings)
    ChangeOp(ctx, ctx.services.backups.startup_backup, changes=NOTHING).failure(ctx.errors).run()
    # Leftovers of work that was killed: an erasure to finish, half-written files to remove.
    ChangeOp(ctx, ctx.services.tidy_at_start, changes=NOTHING).failure(ctx.errors).run()
    last_export = ctx.settings.get(s.LAST_EXPORT_DIR)
    if last_export:
        QueryOp(ctx, remove_stale_partials, Path(last_export)).failure(ctx.errors).run()


def reopen_database(window: QMainWindow, ctx: AppContext) -> None:
    """Ask the application to open the (restored) database afresh in a new window."""
    window.database_requested.emit(ctx.services.path)  # type: ignore[attr-defined]


def show_restore(window: QMainWindow, ctx: AppContext) -> None:
    from coachdesk.ui.features.backups.restore_dialog import RestoreDialog  # on first use

    RestoreDialog.show_for(ctx, window, reopen_database)


def show_check(window: QMainWindow, ctx: AppContext) -> None:
    from coachdesk.ui.features.backups.check_dialog import CheckDialog  # on first use

    CheckDialog.show_for(ctx, window, reopen_database)


def make_backup(window: QMainWindow, ctx: AppContext) -> None:
    """Bestand > Backup maken: a copy now, confirmed in the status bar."""
    def done(path: object) -> None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "BackupMenu", "Backup made: %1").replace("%1", str(path)), 10000)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, CoachDeskError):
            window.statusBar().showMessage(BackupMessages(window).text(exc), 15000)
        else:
            ctx.errors(exc)

    ctx.runner.submit(ctx.services.backups.snapshot, "manual", on_done=done, on_error=failed)


def backup_menu_actions(window: QMainWindow, ctx: AppContext) -> list[tuple[str, QAction]]:
    backup = QAction(QCoreApplication.translate("BackupMenu", "Make a &backup"), window)
    backup.setObjectName("makeBackup")
    backup.triggered.connect(lambda: make_backup(window, ctx))
    restore = QAction(QCoreApplication.translate("BackupMenu", "&Restore a backup…"), window)
    restore.triggered.connect(lambda: show_restore(window, ctx))
    check = QAction(QCoreApplication.translate("BackupMenu", "&Check the database…"), window)
    check.triggered.connect(lambda: show_check(window, ctx))
    guard_laptop_only(ctx, backup, restore, check)
    return [("file", backup), ("file", restore), ("help", check)]
