"""Undoable changes to actions: mark done, reschedule (each keeps the states to put back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from coachdesk.services.actions import ActionState
from coachdesk.ui import events
from coachdesk.ui.context import AppContext


class ActionChange(QUndoCommand):
    """Runs `change(ids, value)`, which returns the states before; undo restores them."""

    def __init__(self, ctx: AppContext, text: str,
                 change: Callable[[list[int], Any], list[ActionState]], ids: list[int],
                 value: Any) -> None:
        super().__init__(text)
        self.ctx, self.change, self.ids, self.value = ctx, change, ids, value
        self.before: list[ActionState] = []

    def redo(self) -> None:
        self.ctx.runner.submit(self.change, self.ids, self.value, on_done=self._done)

    def _done(self, before: list[ActionState]) -> None:
        self.before = before
        self.ctx.events.emit_changed(events.ACTIONS, self.ids)

    def undo(self) -> None:
        self.ctx.runner.submit(self.ctx.services.actions.restore, self.before,
                               on_done=lambda _r: self.ctx.events.emit_changed(events.ACTIONS,
                                                                               self.ids))
