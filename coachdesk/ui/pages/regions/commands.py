"""Undoable changes of a region: each names its service call and the call that undoes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.vocabulary import CandidacyStatus, MembershipStatus
from coachdesk.services.progress import StageChangeInput
from coachdesk.services.regions import NextStep
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp, Inverse
from coachdesk.ui.pages.regions.forms import error_text

translate = QCoreApplication.translate  # the name lupdate recognises


def _run(ctx: AppContext, text: str, changes: Changes, fn: Callable[..., Any], args: tuple,
         inverse: Inverse) -> None:
    def failed(exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            exc = ValidationError(error_text(exc), field=exc.field)
        ctx.errors(exc)

    ChangeOp(ctx, fn, *args, changes=changes).undoable(text, inverse).failure(failed).run()


def record_stage_change(ctx: AppContext, change: StageChangeInput, stage_name: str) -> None:
    if change.corrects_id is None:
        text = translate("RegionCommands", "Stage change to %1")
    else:
        text = translate("RegionCommands", "Correction to %1")
    progress = ctx.services.progress
    _run(ctx, text.replace("%1", stage_name), Changes.of(events.STAGES, ids=[change.region_id]),
         progress.change_stage, (change,), lambda change_id: (progress.remove_change, change_id))


def change_membership(ctx: AppContext, region_id: int, ids: list[int],
                      status: MembershipStatus, since: date, note: str | None) -> None:
    text = translate("RegionCommands", "Membership: %1").replace("%1", status.label(ctx.lang))
    regions = ctx.services.regions
    _run(ctx, text, Changes.of(events.MUNICIPALITIES, ids=[region_id]),
         regions.set_membership, (ids, status, since, note),
         lambda before: (regions.restore_memberships, before))


def move_municipalities(ctx: AppContext, ids: list[int], from_region: int, to_region: int,
                        region_name: str) -> None:
    text = translate("RegionCommands", "Move to %1").replace("%1", region_name)
    regions = ctx.services.regions
    _run(ctx, text, Changes.of(events.MUNICIPALITIES, ids=[from_region, to_region]),
         regions.move_municipalities, (ids, to_region),
         lambda before: (regions.move_back, before))


def add_candidacy(ctx: AppContext, region_id: int, member_ids: list[int], label: str,
                  status: CandidacyStatus, on: date, rationale: str) -> None:
    candidacies = ctx.services.candidacies
    _run(ctx, translate("RegionCommands", "New candidacy"),
         Changes.of(events.CANDIDACIES, ids=[region_id]),
         candidacies.add, (region_id, member_ids, label, status, on, rationale),
         lambda candidacy_id: (candidacies.remove, candidacy_id))


def change_candidacy_status(ctx: AppContext, region_id: int, candidacy_id: int,
                            status: CandidacyStatus, on: date, note: str) -> None:
    text = translate("RegionCommands", "Candidacy: %1").replace("%1", status.label(ctx.lang))
    candidacies = ctx.services.candidacies
    _run(ctx, text, Changes.of(events.CANDIDACIES, ids=[region_id]),
         candidacies.set_status, (candidacy_id, status, on, note),
         lambda token: (candidacies.revert_status, token))


def set_next_step(ctx: AppContext, step: NextStep) -> None:
    regions = ctx.services.regions
    _run(ctx, translate("RegionCommands", "Next step"),
         Changes.of(events.REGIONS, ids=[step.region_id]),
         regions.set_next_step, (step.region_id, step.text, step.on),
         lambda before: (regions.set_next_step, before.region_id, before.text, before.on))


def save_stages(ctx: AppContext, ordered: list[tuple[int, str]],
                before: list[tuple[int, str]]) -> None:
    progress = ctx.services.progress
    _run(ctx, translate("RegionCommands", "Edit stages"), Changes.of(events.STAGES),
         progress.save_stages, (ordered,), lambda _none: (progress.save_stages, before))
