"""What the coach does on the region page: open a dialog, then run its undoable change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from coachdesk.domain.vocabulary import CandidacyStatus
from coachdesk.services.candidacies import CandidacyRow
from coachdesk.services.regions import MunicipalityRow
from coachdesk.services.timeline import TimelineEntry
from coachdesk.ui.pages.regions.candidacy_dialogs import CandidacyStatusDialog, NewCandidacyDialog
from coachdesk.ui.pages.regions import commands
from coachdesk.ui.pages.regions.membership_dialogs import MembershipDialog, MoveDialog
from coachdesk.ui.pages.regions.small_dialogs import NextStepDialog, StageListDialog
from coachdesk.ui.pages.regions.stage_dialog import StageChangeDialog

if TYPE_CHECKING:
    from coachdesk.ui.pages.regions.page import RegionsPage


class RegionActions(QObject):
    """Dialogs open window-modal (`open()`), so tests can fill them like a user; the page keeps
    the open one in `page.dialog`."""

    def __init__(self, page: "RegionsPage") -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx

    def _show(self, dialog: QDialog, on_accept: object) -> None:
        self.page.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def change_stage(self) -> None:
        region_id = self.page.current_region_id()
        if region_id is None:
            return
        dialog = StageChangeDialog(self.ctx, region_id, self.page.current_region_name(), None,
                                   self.page)
        self._show(dialog, lambda: commands.record_stage_change(
            self.ctx, dialog.change(), dialog.stage_name()))

    def correct_stage(self, entry: TimelineEntry) -> None:
        region_id = self.page.current_region_id()
        if region_id is None:
            return
        history = self.ctx.services.progress.history(region_id)
        target = next((h for h in history if h.id == entry.ref_id), None)
        if target is None or target.corrected:
            return
        dialog = StageChangeDialog(self.ctx, region_id, self.page.current_region_name(), target,
                                   self.page)
        self._show(dialog, lambda: commands.record_stage_change(
            self.ctx, dialog.change(), dialog.stage_name()))

    def edit_next_step(self) -> None:
        region_id = self.page.current_region_id()
        if region_id is None:
            return
        step = self.ctx.services.regions.next_step(region_id)
        dialog = NextStepDialog(step, self.page.current_region_name(), self.page)
        self._show(dialog, lambda: commands.set_next_step(self.ctx, dialog.step()))

    def change_membership(self, rows: list[MunicipalityRow]) -> None:
        dialog = MembershipDialog(rows, self.ctx.lang, self.page)
        region_id = rows[0].region_id

        def push() -> None:
            status, since, note = dialog.values()
            commands.change_membership(self.ctx, region_id, [r.id for r in rows], status, since,
                                       note)
        self._show(dialog, push)

    def move_municipalities(self, rows: list[MunicipalityRow]) -> None:
        dialog = MoveDialog(rows, self.page.regions, self.page)

        def push() -> None:
            target, name = dialog.target()
            commands.move_municipalities(self.ctx, [r.id for r in rows], rows[0].region_id,
                                         target, name)
        self._show(dialog, push)

    def add_candidacy(self) -> None:
        region_id = self.page.current_region_id()
        if region_id is None:
            return
        municipalities = self.ctx.services.regions.municipalities(region_id)
        dialog = NewCandidacyDialog(municipalities, self.ctx.lang,
                                    self._accepted_elsewhere(region_id, None), self.page)

        def push() -> None:
            status, on, note = dialog.values()
            commands.add_candidacy(self.ctx, region_id, dialog.member_ids(), dialog.label.text(),
                                   status, on, note)
        self._show(dialog, push)

    def change_candidacy(self, row: CandidacyRow) -> None:
        dialog = CandidacyStatusDialog(
            row, self.ctx.lang, self._accepted_elsewhere(row.region_id, row.id), self.page)

        def push() -> None:
            status, on, note = dialog.values()
            commands.change_candidacy_status(self.ctx, row.region_id, row.id, status, on, note)
        self._show(dialog, push)

    def _accepted_elsewhere(self, region_id: int, candidacy_id: int | None) -> bool:
        return any(c.status is CandidacyStatus.ACCEPTED and c.id != candidacy_id
                   for c in self.ctx.services.candidacies.candidacies(region_id))

    def edit_stages(self) -> None:
        stages = self.ctx.services.progress.stages()
        before = [(s.id, s.name) for s in stages]
        dialog = StageListDialog(stages, self.page.window())
        self._show(dialog, lambda: commands.save_stages(self.ctx, dialog.ordered(), before))
