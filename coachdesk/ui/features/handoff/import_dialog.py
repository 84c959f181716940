"""File > Import workbook: read, preview every change, choose per conflict, then apply at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.application.handoff import apply_plan, read_and_plan
from coachdesk.services.handoff_import import ImportPlan
from coachdesk.ui import events
from coachdesk.ui import settings as s
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import run_modal
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.features.handoff.messages import HandoffMessages
from coachdesk.ui.features.handoff.plan_model import PlanModel
from coachdesk.ui.widgets.dates import format_datetime


class ImportDialog(QDialog):
    """Shows the plan for one workbook; `applied` counts the fields set once accepted."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.plan: ImportPlan | None = None
        self.applied: int | None = None
        self.messages = HandoffMessages()
        self.setWindowTitle(self.tr("Import workbook"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading %1…").replace("%1", path.name))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #a61b1b;")
        self.problems.setMaximumHeight(110)
        self.problems.setVisible(False)
        layout.addWidget(self.problems)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.hint = QLabel(self.tr("Orange rows are conflicts: the field changed in CoachDesk "
                                   "and in the workbook. Tick a conflict (Space) to take the "
                                   "workbook's value; unticked, CoachDesk's value stays."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Apply changes"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 600)
        self.task = QueryOp(ctx, read_and_plan, ctx.services, path) \
            .success(self.show_plan).failure(self._failed).run()  # kept while it runs

    def _build_table(self) -> QTableView:
        headers = [self.tr("What"), self.tr("Sheet"), self.tr("Row"), self.tr("Record"),
                   self.tr("Column"), self.tr("In CoachDesk"), self.tr("In the workbook"),
                   self.tr("Outcome")]
        outcomes = {
            "conflict": self.tr("Conflict"), "change": self.tr("Change"),
            "new": self.tr("New row"), "ignored": self.tr("Not imported"),
            "keep": self.tr("Keep CoachDesk's value"), "take": self.tr("Take the workbook's value"),
            "change:outcome": self.tr("Will be applied"), "new:outcome": self.tr("Will be added"),
            "ignored:outcome": self.tr("Computed by CoachDesk"), "new:what": self.tr("(new)"),
        }
        self.model = PlanModel(headers, outcomes, self)
        table = QTableView()
        table.setObjectName("preview")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setWordWrap(False)
        return table

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self.table.resizeColumnsToContents()
        for column, width in ((3, 260), (5, 220), (6, 220)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        self.summary.setText(self._summary(plan))
        self.problems.clear()
        self.problems.addItems([self.messages.problem(p) for p in plan.problems])
        self.problems.setVisible(bool(plan.problems))
        self.hint.setVisible(bool(plan.conflicts))
        self.apply_button.setEnabled(not plan.problems and not plan.empty)
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _summary(self, plan: ImportPlan) -> str:
        who = plan.coach or self.tr("an unnamed coach")
        when = format_datetime(plan.exported_at.astimezone())
        head = (self.tr("%1, exported by %2 on %3.").replace("%1", self.path.name)
                .replace("%2", who).replace("%3", when))
        counts = " ".join([
            self.tr("%n change(s),", "", len(plan.updates)),
            self.tr("%n conflict(s),", "", len(plan.conflicts)),
            self.tr("%n new row(s).", "", len(plan.new_rows)),
        ])
        if plan.problems:
            tail = self.tr("Nothing can be imported until the workbook is corrected:")
        elif plan.empty:
            tail = self.tr("The workbook changes nothing in CoachDesk.")
        else:
            tail = self.tr("Nothing is changed until you apply; a backup is made first.")
        return f"{head} {counts} {tail}"

    def apply(self) -> None:
        if self.plan is None:
            return
        self.apply_button.setEnabled(False)
        self.task = ChangeOp(self.ctx, apply_plan, self.ctx.services, self.plan,
                             self.model.choices(), changes=events.ALL) \
            .success(self._applied).failure(self._failed).run()

    def _applied(self, count: int) -> None:
        self.applied = count
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Exception) and hasattr(exc, "params"):
            self.summary.setText(self.messages.error(exc))
            self.apply_button.setEnabled(False)
            if self.plan is None:
                self._only_the_message()
        else:
            self.ctx.errors(exc)

    def _only_the_message(self) -> None:
        """The file could not be read: its sentence alone, no empty preview or legend."""
        for widget in (self.table, self.hint, self.problems, self.apply_button):
            widget.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self.summary.setObjectName("message")
        self.resize(520, self.minimumSizeHint().height())

    @classmethod
    def choose_file(cls, parent: QWidget, start: str) -> str:
        """The open-file question; tests replace it."""
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportDialog", "Import workbook"), start,
            QCoreApplication.translate("ImportDialog", "Excel workbook (*.xlsx);;All files (*)"))
        return path

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> int | None:
        """Choose a workbook, preview it, apply it; the number of fields set, or None."""
        # Headquarters sends back the workbook the coach exported: start in that folder.
        start = (ctx.settings.get(s.LAST_EXPORT_DIR) or ctx.settings.get(s.LAST_IMPORT_DIR)
                 or str(Path.home()))
        chosen = cls.choose_file(parent or QWidget(), start)
        if not chosen:
            return None
        ctx.settings.set(s.LAST_IMPORT_DIR, str(Path(chosen).parent))
        dialog = cls(ctx, Path(chosen), parent)
        run_modal(dialog)
        return dialog.applied
