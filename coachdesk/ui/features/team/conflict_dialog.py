"""Choosing in sync conflicts: both values side by side, per field, then applied at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.application.team import conflicts_of, resolve_conflicts
from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.sync_conflicts import MINE, THEIRS, Conflict
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import run_modal
from coachdesk.ui.errors import error_text
from coachdesk.ui.events import ALL
from coachdesk.ui.features.team.conflict_model import ConflictModel
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.widgets.inline_error import InlineError


class ConflictDialog(QDialog):
    """`resolved` counts the conflicts decided once applied."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resolved: int | None = None
        self.setWindowTitle(self.tr("Sync conflicts"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Reading the conflicts…"))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ConflictModel(
            [self.tr("Record"), self.tr("Kind"), self.tr("Field"), self.tr("On this computer"),
             self.tr("In the team database"), self.tr("Outcome")], self._words(), self)
        self.table = QTableView()
        self.table.setObjectName("conflicts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("You and a colleague both changed these fields since the last "
                              "sync. Unticked, your value stays; tick a field (Space) to take "
                              "the team database's value. Your choice travels at the next "
                              "sync."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = InlineError()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.all_mine = QPushButton(self.tr("All &mine"))
        self.all_mine.setObjectName("allMine")
        self.all_mine.clicked.connect(lambda: self.model.choose_all(MINE))
        self.all_theirs = QPushButton(self.tr("All from the &team database"))
        self.all_theirs.setObjectName("allTheirs")
        self.all_theirs.clicked.connect(lambda: self.model.choose_all(THEIRS))
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Apply choices"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(1000, 420)
        self.task = QueryOp(ctx, conflicts_of, ctx.services).success(self.show_conflicts) \
            .failure(self._failed).run()

    def _words(self) -> dict[str, str]:
        return {
            "mine": self.tr("Keep mine"), "theirs": self.tr("Take the team database's"),
            "action": self.tr("Action"), "person": self.tr("Person"),
            "organisation": self.tr("Organisation"), "contact_moment": self.tr("Contact moment"),
            "candidacy": self.tr("Candidacy"), "region": self.tr("Region"),
            "proposal": self.tr("Proposal"), "proposal_version": self.tr("Proposal version"),
            "review_comment": self.tr("Comment"), "assessment": self.tr("Assessment"),
            "field:due_on": self.tr("Deadline"), "field:owner": self.tr("Owner"),
            "field:description": self.tr("Description"), "field:status": self.tr("Status"),
            "field:done_on": self.tr("Done on"), "field:region_id": self.tr("Region"),
            "field:name": self.tr("Name"), "field:email": self.tr("E-mail"),
            "field:phone": self.tr("Phone"), "field:function": self.tr("Function"),
            "field:subject": self.tr("Subject"), "field:notes": self.tr("Notes"),
            "field:happened_on": self.tr("Date"), "field:kind": self.tr("Kind"),
            "field:comment": self.tr("Comment"), "field:text": self.tr("Text"),
            "field:contact_participants": self.tr("Participants"),
        }

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.model.set_conflicts(conflicts)
        self.table.resizeColumnsToContents()
        for column, width in ((0, 280), (3, 260), (4, 260)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        records = len({(c.table, c.uuid) for c in conflicts})
        if conflicts:
            self.summary.setText(self.tr("%n field(s) changed both here and in the team "
                                         "database", "", len(conflicts))
                                 + " " + self.tr("(in %n record(s)).", "", records))
        else:
            self.summary.setText(self.tr("No conflicts wait for a choice."))
        self.apply_button.setEnabled(bool(conflicts))
        self.all_mine.setEnabled(bool(conflicts))
        self.all_theirs.setEnabled(bool(conflicts))
        if conflicts:
            self.table.setFocus()
            self.table.selectRow(0)

    def apply(self) -> None:
        choices = self.model.choices()
        if not choices:
            return
        self.apply_button.setEnabled(False)
        self.task = ChangeOp(self.ctx, resolve_conflicts, self.ctx.services, choices,
                             changes=ALL) \
            .success(lambda _taken: self._applied(len(choices))).failure(self._failed).run()

    def _applied(self, count: int) -> None:
        self.resolved = count
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CoachDeskError):
            self.error.setText(error_text(exc))
            self.task = QueryOp(self.ctx, conflicts_of, self.ctx.services) \
                .success(self.show_conflicts).failure(self.ctx.errors).run()
        else:
            self.ctx.errors(exc)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> int | None:
        """Show the conflicts and apply the choices; how many were resolved, or None."""
        dialog = cls(ctx, parent)
        run_modal(dialog)
        return dialog.resolved
