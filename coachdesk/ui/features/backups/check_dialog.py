"""Help > Check the database: integrity, links and structure, with a repair when needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.backups import BackupInfo
from coachdesk.services.maintenance import CheckReport, RepairResult, repair_database
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import accepted
from coachdesk.ui.events import NOTHING
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.features.backups.labels import BackupMessages, format_size, format_taken_at

Reopen = Callable[[QMainWindow, AppContext], None]


class CheckDialog(QDialog):
    """Shows the check's report; `Repair` rebuilds indexes or puts the latest good backup back."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: CheckReport | None = None
        self.repaired: RepairResult | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Check the database"))
        layout = QVBoxLayout(self)
        self.verdict = QLabel(self.tr("Checking…"))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.verdict.setFont(font)
        layout.addWidget(self.verdict)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems)
        self.facts = QFormLayout()
        layout.addLayout(self.facts)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(520)
        folder = ctx.services.backups.folder
        QueryOp(ctx, ctx.services.maintenance.check, folder).success(self._show).run()

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.repair_button = QPushButton(self.tr("&Repair"))
        self.repair_button.setObjectName("repairButton")
        self.repair_button.setVisible(False)
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.clicked.connect(self._repair)
        buttons.rejected.connect(self.reject)
        return buttons

    def _show(self, report: CheckReport) -> None:
        self.report = report
        if report.ok:
            self.verdict.setText(self.tr("The database is in good order."))
        else:
            self.verdict.setText(self.tr("The database has a problem."))
        self.problems.setText("\n".join(self._problem_lines(report)))
        self.problems.setVisible(not report.ok)
        self._fill_facts(report)
        self.repair_button.setVisible(not report.ok)

    def _problem_lines(self, report: CheckReport) -> list[str]:
        lines = []
        if report.integrity != ["ok"]:
            lines.append(self.tr("The file is damaged (SQLite reports: %1).")
                         .replace("%1", "; ".join(report.integrity[:3])))
        if report.foreign_key_problems > 0:
            lines.append(self.tr("%n record(s) refer to records that no longer exist.", "",
                                 report.foreign_key_problems))
        if report.schema != report.schema_expected:
            lines.append(self.tr("The database has structure %1; this CoachDesk expects %2.")
                         .replace("%1", report.schema or "?").replace("%2", report.schema_expected))
        return lines

    def _fill_facts(self, report: CheckReport) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self.facts.addRow(self.tr("Database:"), QLabel(str(report.path)))
        names = {
            "regions": self.tr("Regions:"), "municipalities": self.tr("Municipalities:"),
            "organisations": self.tr("Organisations:"), "people": self.tr("People:"),
            "contact_moments": self.tr("Contact moments:"), "actions": self.tr("Actions:"),
            "proposal_versions": self.tr("Proposal versions:"),
        }
        for key, label in names.items():
            count = report.counts.get(key, -1)
            self.facts.addRow(label, QLabel(str(count) if count >= 0 else self.tr("unreadable")))
        latest = report.latest_backup
        text = (self.tr("%1 (%2)").replace("%1", format_taken_at(latest))
                .replace("%2", format_size(latest.size)) if latest else self.tr("none yet"))
        backup_label = QLabel(text)
        backup_label.setObjectName("latestBackup")
        self.facts.addRow(self.tr("Latest sound backup:"), backup_label)

    def _repair(self) -> None:
        latest = self.report.latest_backup if self.report else None
        question = self.tr(
            "Repair the database? CoachDesk first tries to rebuild what is damaged without "
            "losing anything; if that is not enough, it puts back the latest sound backup "
            "(%1). The damaged state is kept as a copy.").replace(
            "%1", format_taken_at(latest) if latest else self.tr("none yet"))
        if not self.confirm(self, question):
            return
        self.ctx.runner.wait()  # the database must be closed: nothing else may be running
        self.ctx.services.close()
        self._set_busy(True)
        self.verdict.setText(self.tr("Repairing…"))
        ChangeOp(self.ctx, repair_database, self.ctx.services.path,
                 self.ctx.services.backups.folder, changes=NOTHING) \
            .success(lambda result: self._repaired(result, latest)) \
            .failure(self._on_repair_failed).run()

    def _repaired(self, result: RepairResult, latest: BackupInfo | None) -> None:
        self.repaired = result
        self._set_busy(False)
        if result.method == "reindex":
            done = self.tr("The database was repaired; nothing was lost. CoachDesk now opens it.")
        else:
            done = self.tr("The backup of %1 was put back. CoachDesk now opens it.").replace(
                "%1", format_taken_at(latest) if latest else "")
        if result.erased_again:
            done += " " + self.tr("%n person(s) you had erased were still in this backup; they "
                                  "were erased again before it opened.", "",
                                  result.erased_again)
        self.inform(self, done)
        self.accept()

    def _on_repair_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, CoachDeskError):
            raise exc
        self.verdict.setText(self.tr("The database has a problem."))
        self.problems.setText(BackupMessages(self).text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.repair_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def reject(self) -> None:
        if not self.busy:  # a repair in progress finishes first
            super().reject()

    @classmethod
    def confirm(cls, parent: QWidget, text: str) -> bool:
        title = QCoreApplication.translate("CheckDialog", "Check the database")
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def inform(cls, parent: QWidget, text: str) -> None:
        title = QCoreApplication.translate("CheckDialog", "Check the database")
        QMessageBox.information(parent, title, text)

    @classmethod
    def show_for(cls, ctx: AppContext, window: QMainWindow, reopen: Reopen) -> RepairResult | None:
        dialog = cls(ctx, window)
        if accepted(dialog) and dialog.repaired is not None:
            reopen(window, ctx)
        return dialog.repaired
