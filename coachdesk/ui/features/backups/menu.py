"""Menu entries for backups and the database check, and the start-up copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from coachdesk.domain.errors import CoachDeskError
from coachdesk.exchange.partials import remove_stale_partials
from coachdesk.ui import settings as s
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import NOTHING
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.features.backups.labels import BackupMessages


def start_backups(ctx: AppContext) -> None:
    """Apply the rotation settings and take the day's first copy in the background."""
    ctx.services.backups.retention = s.backup_retention(ctx.settings)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, CoachDeskError):
            exc = CoachDeskError(BackupMessages().text(exc), **exc.params)
        ctx.errors(exc)

    ChangeOp(ctx, ctx.services.backups.startup_backup, changes=NOTHING).failure(failed).run()
    # Leftovers of work that was killed: an erasure to finish, half-written files to remove.
    ChangeOp(ctx, ctx.services.privacy.tidy, changes=NOTHING).failure(failed).run()
    last_export = ctx.settings.get(s.LAST_EXPORT_DIR)
    if last_export:
        QueryOp(ctx, remove_stale_partials, Path(last_export)).failure(failed).run()


def reopen_database(window: QMainWindow, ctx: AppContext) -> None:
    """Ask the application to open the (restored) database afresh in a new window."""
    window.database_requested.emit(ctx.services.path)  # type: ignore[attr-defined]


def show_restore(window: QMainWindow, ctx: AppContext) -> None:
    from coachdesk.ui.features.backups.restore_dialog import RestoreDialog  # on first use

    RestoreDialog.show_for(ctx, window, reopen_database)


def show_check(window: QMainWindow, ctx: AppContext) -> None:
    from coachdesk.ui.features.backups.check_dialog import CheckDialog  # on first use

    CheckDialog.show_for(ctx, window, reopen_database)


def backup_menu_actions(window: QMainWindow, ctx: AppContext) -> list[tuple[str, QAction]]:
    restore = QAction(QCoreApplication.translate("BackupMenu", "&Restore a backup…"), window)
    restore.triggered.connect(lambda: show_restore(window, ctx))
    check = QAction(QCoreApplication.translate("BackupMenu", "&Check the database…"), window)
    check.triggered.connect(lambda: show_check(window, ctx))
    return [("file", restore), ("help", check)]
