"""Undoable contact changes: merging two people or two organisations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from coachdesk.services.contacts import PERSON
from coachdesk.services.merging import MergeRecord
from coachdesk.ui import events
from coachdesk.ui.context import AppContext


class MergeCommand(QUndoCommand):
    """Merge `drop_id` into `keep_id`; undo brings both records and their links back."""

    def __init__(self, ctx: AppContext, kind: str, keep_id: int, drop_id: int,
                 label: str) -> None:
        super().__init__(QCoreApplication.translate("ContactsPage", "Merge %1").replace("%1", label))
        self.ctx, self.kind, self.keep_id, self.drop_id = ctx, kind, keep_id, drop_id
        self.record: MergeRecord | None = None

    def redo(self) -> None:
        merging = self.ctx.services.merging
        merge = merging.merge_people if self.kind == PERSON else merging.merge_organisations
        self.ctx.runner.submit(merge, self.keep_id, self.drop_id, on_done=self._merged)

    def _merged(self, record: MergeRecord) -> None:
        self.record = record
        self._announce()

    def undo(self) -> None:
        if self.record is None:
            return
        self.ctx.runner.submit(self.ctx.services.merging.undo_merge, self.record,
                               on_done=lambda _r: self._announce())

    def _announce(self) -> None:
        self.ctx.events.emit_changed(events.CONTACTS, [self.keep_id, self.drop_id])
        self.ctx.events.emit_changed(events.MOMENTS, [])
