"""The criteria of the call: rename, describe, reorder, (de)activate, add, delete if unused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.criteria import CriterionEdit, CriterionRow
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import run_modal
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.pages.proposals import commands
from coachdesk.ui.pages.proposals.messages import message_for
from coachdesk.ui.widgets.inline_error import InlineError


class CriteriaDialog(QDialog):
    """Changes are stored at once; past assessments keep their criterion."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CriterionRow] = []
        self.changed = False
        self.setWindowTitle(self.tr("Criteria of the call"))
        grid = QGridLayout(self)
        self.list = QListWidget()
        self.list.setMinimumWidth(320)
        grid.addWidget(self.list, 0, 0, 2, 1)
        grid.addLayout(self._editor(), 0, 1)
        grid.addLayout(self._buttons(), 1, 1)
        self.error = InlineError()
        grid.addWidget(self.error, 2, 0, 1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        grid.addWidget(close, 3, 0, 1, 2)
        self.list.currentRowChanged.connect(self._on_selected)
        self.resize(760, 440)
        self.reload()

    def _editor(self) -> QFormLayout:
        form = QFormLayout()
        self.name = QLineEdit()
        form.addRow(self.tr("&Name:"), self.name)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        form.addRow(self.tr("&Description:"), self.description)
        self.active = QCheckBox(self.tr("&Active: used in new reviews"))
        form.addRow("", self.active)
        self.apply_button = QPushButton(self.tr("&Save changes"))
        self.apply_button.clicked.connect(self.apply)
        form.addRow("", self.apply_button)
        return form

    def _buttons(self) -> QVBoxLayout:
        column = QVBoxLayout()
        for text, slot in ((self.tr("&New criterion"), self.add),
                           (self.tr("Move &up"), lambda: self.move(-1)),
                           (self.tr("Move do&wn"), lambda: self.move(1)),
                           (self.tr("De&lete"), self.delete)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            column.addWidget(button)
        column.addStretch(1)
        return column

    def reload(self, select_id: int | None = None) -> None:
        QueryOp(self.ctx, self.ctx.services.criteria.criteria) \
            .success(lambda rows: self._show(rows, select_id)).run()

    def _show(self, rows: list[CriterionRow], select_id: int | None) -> None:
        current = select_id or self.current_id()
        self.rows = rows
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            label = row.name if row.active else self.tr("%1 (inactive)").replace("%1", row.name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if not row.active:
                item.setForeground(QBrush(QColor("#888888")))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in rows]
        self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        self._on_selected(self.list.currentRow())

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_selected(self, index: int) -> None:
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        self.name.setText(row.name if row else "")
        self.description.setPlainText(row.description if row else "")
        self.active.setChecked(row.active if row else True)

    def _run(self, fn, *args, select_id: int | None = None) -> None:  # type: ignore[no-untyped-def]
        self.error.clear()

        def done(result: object) -> None:
            self.changed = True
            new_id = getattr(result, "id", None)
            self.reload(new_id if isinstance(new_id, int) else select_id)

        ChangeOp(self.ctx, fn, *args, changes=Changes.of(events.PROPOSALS)) \
            .success(done).failure(self._on_error).run()

    def _command(self, change: Callable[..., None], *args: object, select_id: int) -> None:
        """Run an undoable change; its error, if any, is shown inline by `_on_error`."""
        def done() -> None:
            self.error.clear()
            self.changed = True
            self.reload(select_id)

        def failed(exc: BaseException) -> None:
            self._on_error(exc)
            self.reload(select_id)

        change(self.ctx, *args, on_done=done, on_error=failed)

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, CoachDeskError):
            self.error.setText(message_for(exc))
        else:
            self.ctx.errors(exc)

    def apply(self) -> None:
        criterion_id = self.current_id()
        if criterion_id is not None:
            edit = CriterionEdit(self.name.text(), self.description.toPlainText(),
                                 self.active.isChecked())
            self._command(commands.edit_criterion, criterion_id, edit, select_id=criterion_id)

    def add(self) -> None:
        self._run(self.ctx.services.criteria.add, self.tr("New criterion %1").replace(
            "%1", str(len(self.rows) + 1)))

    def move(self, step: int) -> None:
        ids = [r.id for r in self.rows]
        current = self.current_id()
        if current is None:
            return
        i = ids.index(current)
        j = i + step
        if 0 <= j < len(ids):
            ids[i], ids[j] = ids[j], ids[i]
            self._command(commands.reorder_criteria, ids, select_id=current)

    def delete(self) -> None:
        criterion_id = self.current_id()
        if criterion_id is not None:
            self._run(self.ctx.services.criteria.delete, criterion_id)

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        dialog = cls(ctx, parent)
        run_modal(dialog)
        return dialog.changed
