"""File > Restore a backup: the backups with date and size; the chosen one is put back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.backups import BackupInfo, RestoreResult, backup_info
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import accepted
from coachdesk.ui.events import NOTHING
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.features.backups.labels import (
    BackupLabels,
    BackupMessages,
    format_size,
    format_taken_at,
)
from coachdesk.ui.models.table import Column
from coachdesk.ui.widgets.data_table import DataTable

Reopen = Callable[[QMainWindow, AppContext], None]


class RestoreDialog(QDialog):
    """Lists the backups; `restored(result)` tells the caller to reopen the database."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: RestoreResult | None = None
        self.busy = False
        self.labels = BackupLabels(self)
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._text(self.tr(
            "CoachDesk copies your database every day and before every import or update. "
            "Choose the copy to put back; your current data are kept as a copy first, "
            "so a restore can be undone.")))
        layout.addWidget(self._where())
        self.table = DataTable(self._columns())
        self.table.setObjectName("backupList")
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        layout.addWidget(self.table, 1)
        self.empty = self._text(self.tr(
            "There are no backups yet. CoachDesk makes one when it starts (once a day) and "
            "before every import; you can also make one now."), "emptyState")
        layout.addWidget(self.empty, 1)
        self.status = self._text("", "status")
        layout.addWidget(self.status)
        layout.addLayout(self._footer())
        self._set_tab_order()  # once every widget is in the dialog
        self.table.row_activated.connect(self._restore)
        self.resize(640, 420)
        self.reload()

    @staticmethod
    def _text(text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setObjectName(name)
        return label

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        buttons = self._buttons()
        row.addWidget(self.folder_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        row.addWidget(buttons)
        return row

    def _set_tab_order(self) -> None:
        order = [self.table, self.restore_button, self.backup_button, self.close_button,
                 self.folder_button, self.file_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def _where(self) -> QLabel:
        keep = self.ctx.services.backups.retention
        text = self.tr("Kept: %1 daily, %2 weekly and %3 monthly copies, in %4").replace(
            "%1", str(keep.daily)).replace("%2", str(keep.weekly)).replace(
            "%3", str(keep.monthly)).replace("%4", str(self.ctx.services.backups.folder))
        label = QLabel(text)
        label.setObjectName("where")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _columns(self) -> list[Column[BackupInfo]]:
        return [
            Column(self.tr("Date"), format_taken_at, sort_key=lambda b: b.taken_at),
            Column(self.tr("Size"), lambda b: format_size(b.size), sort_key=lambda b: b.size,
                   align_right=True),
            Column(self.tr("Made"), self.labels.reason, tooltip=lambda b: str(b.path)),
        ]

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.backup_button = QPushButton(self.tr("&Make a backup now"))
        self.backup_button.setObjectName("backupButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Open the &folder"))
        self.folder_button.setObjectName("folderButton")
        self.folder_button.setToolTip(self.tr("To copy backups to a USB stick, for example"))
        self.folder_button.clicked.connect(self._open_folder)
        self.file_button = QPushButton(self.tr("From another &file…"))
        self.file_button.setObjectName("fileButton")
        self.file_button.setToolTip(self.tr("A backup on a USB stick or from another computer"))
        self.file_button.clicked.connect(self._restore_other)
        self.restore_button.clicked.connect(lambda: self._restore(self.table.current_row()))
        self.backup_button.clicked.connect(self._make_backup)
        buttons.rejected.connect(self.reject)
        return buttons

    def _open_folder(self) -> None:
        folder = self.ctx.services.backups.folder
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _restore_other(self) -> None:
        chosen = self.choose_file(self, str(Path.home()))
        if chosen is not None:
            try:
                self._restore(backup_info(chosen))
            except OSError:
                self.status.setText(self.tr("The backup %1 no longer exists.")
                                    .replace("%1", str(chosen)))

    def reload(self) -> None:
        QueryOp(self.ctx, self.ctx.services.backups.list).success(self._show).run()

    def _show(self, backups: list[BackupInfo]) -> None:
        self.table.set_rows(backups)
        self.table.setVisible(bool(backups))
        self.empty.setVisible(not backups)
        self.restore_button.setEnabled(bool(backups))
        if backups:
            self.table.selectRow(0)
            self.table.setFocus()

    def _make_backup(self) -> None:
        def done(_path: object) -> None:
            self.status.setText(self.tr("A backup was made."))
            self.reload()

        ChangeOp(self.ctx, self.ctx.services.backups.snapshot, "manual", changes=NOTHING) \
            .success(done).failure(self._on_failed).run()

    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CoachDeskError):
            raise exc
        self.status.setText(BackupMessages(self).text(exc))

    def _restore(self, backup: BackupInfo | None) -> None:
        if backup is None:
            return
        when = format_taken_at(backup)
        if not self.confirm(self, self.tr(
                "Put back the backup of %1? What you recorded after it is set aside in a copy "
                "of the current state, which you can restore in turn.").replace("%1", when)):
            return
        self.ctx.runner.wait()  # the database must be closed: nothing else may be running
        self._set_busy(True)
        self.status.setText(self.tr("Putting the backup of %1 back…").replace("%1", when))
        ChangeOp(self.ctx, self.ctx.services.backups.restore, backup.path, changes=NOTHING) \
            .success(lambda result: self._restored(result, when)) \
            .failure(self._on_restore_failed).run()

    def _restored(self, result: RestoreResult, when: str) -> None:
        self.result_ = result
        self._set_busy(False)
        text = self.tr("The backup of %1 is back in place. CoachDesk now opens it.").replace(
            "%1", when)
        if result.erased_again:
            text += " " + self.tr("%n person(s) you had erased were still in this backup; they "
                                  "were erased again before it opened.", "",
                                  result.erased_again)
        self.inform(self, text)
        self.accept()

    def _on_restore_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._on_failed(exc)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.table, self.restore_button, self.backup_button, self.close_button,
                       self.file_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self.busy:  # a restore in progress finishes first
            super().reject()

    @classmethod
    def confirm(cls, parent: QWidget, text: str) -> bool:
        title = QCoreApplication.translate("RestoreDialog", "Restore a backup")
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def choose_file(cls, parent: QWidget, folder: str) -> Path | None:
        title = QCoreApplication.translate("RestoreDialog", "Restore a backup")
        kinds = QCoreApplication.translate("RestoreDialog",
                                           "CoachDesk database (*.sqlite *.db);;All files (*)")
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, kinds)
        return Path(name) if name else None

    @classmethod
    def inform(cls, parent: QWidget, text: str) -> None:
        title = QCoreApplication.translate("RestoreDialog", "Restore a backup")
        QMessageBox.information(parent, title, text)

    @classmethod
    def show_for(cls, ctx: AppContext, window: QMainWindow, reopen: Reopen) -> RestoreResult | None:
        dialog = cls(ctx, window)
        if accepted(dialog) and dialog.result_ is not None:
            reopen(window, ctx)
        return dialog.result_
