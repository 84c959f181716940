"""Undoable changes of a region: each command calls a service and keeps what undoes it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from coachdesk.domain.errors import CoachDeskError, ValidationError
from coachdesk.domain.vocabulary import CandidacyStatus, MembershipStatus
from coachdesk.services.candidacies import StatusUndo
from coachdesk.services.progress import StageChangeInput
from coachdesk.services.regions import MembershipState, NextStep
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.regions.forms import error_text

translate = QCoreApplication.translate  # the name lupdate recognises



class ServiceCommand(QUndoCommand):
    """Runs `_do`/`_undo` on the GUI thread (small writes), then announces the change.

    A failed first run marks the command obsolete, so the stack drops it.
    """

    kind = events.REGIONS

    def __init__(self, ctx: AppContext, text: str, ids: list[int]) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.ids = ids

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: object) -> None:
        try:
            step()  # type: ignore[operator]
        except ValidationError as exc:
            self.setObsolete(True)
            self.ctx.errors(ValidationError(error_text(exc), field=exc.field))
            return
        except CoachDeskError as exc:
            self.setObsolete(True)
            self.ctx.errors(exc)
            return
        self.ctx.events.emit_changed(self.kind, self.ids)


class RecordStageChange(ServiceCommand):
    kind = events.STAGES

    def __init__(self, ctx: AppContext, change: StageChangeInput, stage_name: str) -> None:
        if change.corrects_id is None:
            text = translate("RegionCommands", "Stage change to %1")
        else:
            text = translate("RegionCommands", "Correction to %1")
        super().__init__(ctx, text.replace("%1", stage_name), [change.region_id])
        self.change = change
        self.change_id: int | None = None

    def _do(self) -> None:
        self.change_id = self.ctx.services.progress.change_stage(self.change)

    def _undo(self) -> None:
        if self.change_id is not None:
            self.ctx.services.progress.remove_change(self.change_id)
            self.change_id = None


class ChangeMembership(ServiceCommand):
    kind = events.MUNICIPALITIES

    def __init__(self, ctx: AppContext, region_id: int, ids: list[int], status: MembershipStatus,
                 since: date, note: str | None) -> None:
        text = translate("RegionCommands", "Membership: %1").replace("%1", status.label(ctx.lang))
        super().__init__(ctx, text, [region_id])
        self.args = (ids, status, since, note)
        self.before: list[MembershipState] = []

    def _do(self) -> None:
        self.before = self.ctx.services.regions.set_membership(*self.args)

    def _undo(self) -> None:
        self.ctx.services.regions.restore_memberships(self.before)


class MoveMunicipalities(ServiceCommand):
    kind = events.MUNICIPALITIES

    def __init__(self, ctx: AppContext, ids: list[int], from_region: int, to_region: int,
                 region_name: str) -> None:
        text = translate("RegionCommands", "Move to %1").replace("%1", region_name)
        super().__init__(ctx, text, [from_region, to_region])
        self.municipality_ids, self.to_region = ids, to_region
        self.before: dict[int, int] = {}

    def _do(self) -> None:
        self.before = self.ctx.services.regions.move_municipalities(self.municipality_ids,
                                                                    self.to_region)

    def _undo(self) -> None:
        self.ctx.services.regions.move_back(self.before)


class AddCandidacy(ServiceCommand):
    kind = events.CANDIDACIES

    def __init__(self, ctx: AppContext, region_id: int, member_ids: list[int], label: str,
                 status: CandidacyStatus, on: date, rationale: str) -> None:
        super().__init__(ctx, translate("RegionCommands", "New candidacy"), [region_id])
        self.args = (region_id, member_ids, label, status, on, rationale)
        self.candidacy_id: int | None = None

    def _do(self) -> None:
        self.candidacy_id = self.ctx.services.candidacies.add(*self.args)

    def _undo(self) -> None:
        if self.candidacy_id is not None:
            self.ctx.services.candidacies.remove(self.candidacy_id)


class ChangeCandidacyStatus(ServiceCommand):
    kind = events.CANDIDACIES

    def __init__(self, ctx: AppContext, region_id: int, candidacy_id: int,
                 status: CandidacyStatus, on: date, note: str) -> None:
        text = translate("RegionCommands", "Candidacy: %1").replace("%1", status.label(ctx.lang))
        super().__init__(ctx, text, [region_id])
        self.args = (candidacy_id, status, on, note)
        self.token: StatusUndo | None = None

    def _do(self) -> None:
        self.token = self.ctx.services.candidacies.set_status(*self.args)

    def _undo(self) -> None:
        if self.token is not None:
            self.ctx.services.candidacies.revert_status(self.token)


class SetNextStep(ServiceCommand):
    kind = events.REGIONS

    def __init__(self, ctx: AppContext, step: NextStep) -> None:
        super().__init__(ctx, translate("RegionCommands", "Next step"), [step.region_id])
        self.step = step
        self.before: NextStep | None = None

    def _do(self) -> None:
        s = self.step
        self.before = self.ctx.services.regions.set_next_step(s.region_id, s.text, s.on)

    def _undo(self) -> None:
        if self.before is not None:
            b = self.before
            self.ctx.services.regions.set_next_step(b.region_id, b.text, b.on)


class SaveStages(ServiceCommand):
    kind = events.STAGES

    def __init__(self, ctx: AppContext, ordered: list[tuple[int, str]],
                 before: list[tuple[int, str]]) -> None:
        super().__init__(ctx, translate("RegionCommands", "Edit stages"), [])
        self.ordered, self.before = ordered, before

    def _do(self) -> None:
        self.ctx.services.progress.save_stages(self.ordered)

    def _undo(self) -> None:
        self.ctx.services.progress.save_stages(self.before)
