"""Undoable review changes: each command calls a service and keeps what undoes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.vocabulary import CommentStatus, VersionStatus
from coachdesk.services.criteria import CriterionEdit
from coachdesk.services.proposals import ProposalEdit
from coachdesk.services.reviews import AssessmentInput
from coachdesk.ui import events
from coachdesk.ui.context import AppContext


class ProposalCommand(QUndoCommand):
    """`do()` returns what `undo_with(before)` needs; a failed first run drops the command."""

    def __init__(self, ctx: AppContext, text: str, ids: list[int],
                 do: Callable[[], Any], undo_with: Callable[[Any], Any],
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(text)
        self.ctx, self.ids = ctx, ids
        self._on_error = on_error or ctx.errors
        self._do, self._undo_with = do, undo_with
        self._before: Any = None

    def redo(self) -> None:
        try:
            self._before = self._do()
        except CoachDeskError as exc:
            self.setObsolete(True)
            self._on_error(exc)
            return
        self.ctx.events.emit_changed(events.PROPOSALS, self.ids)

    def undo(self) -> None:
        self._undo_with(self._before)
        self.ctx.events.emit_changed(events.PROPOSALS, self.ids)


def push(ctx: AppContext, command: ProposalCommand) -> bool:
    """Run the command; True if it succeeded (and can be undone)."""
    ctx.undo_stack.push(command)
    return not command.isObsolete()


def comment_status(ctx: AppContext, comment_id: int, status: CommentStatus,
                   version_id: int) -> bool:
    reviews = ctx.services.reviews
    text = QCoreApplication.translate("ProposalCommands", "Mark comment as '%1'").replace(
        "%1", status.label(ctx.lang))
    return push(ctx, ProposalCommand(
        ctx, text, [],
        lambda: reviews.set_comment_status(comment_id, status, version_id),
        lambda before: reviews.restore_comment_status(comment_id, *before)))


def save_assessments(ctx: AppContext, version_id: int, items: list[AssessmentInput]) -> bool:
    reviews = ctx.services.reviews
    text = QCoreApplication.translate("ProposalCommands", "Save review")
    return push(ctx, ProposalCommand(
        ctx, text, [], lambda: reviews.save_assessments(version_id, items),
        lambda before: reviews.save_assessments(version_id, before)))


def edit_proposal(ctx: AppContext, proposal_id: int, edit: ProposalEdit) -> bool:
    proposals = ctx.services.proposals
    text = QCoreApplication.translate("ProposalCommands", "Edit proposal")
    return push(ctx, ProposalCommand(
        ctx, text, [proposal_id], lambda: proposals.update(proposal_id, edit),
        lambda before: proposals.update(proposal_id, before)))


def version_status(ctx: AppContext, version_id: int, status: VersionStatus) -> bool:
    proposals = ctx.services.proposals
    text = QCoreApplication.translate("ProposalCommands", "Set version status to '%1'").replace(
        "%1", status.label(ctx.lang))
    return push(ctx, ProposalCommand(
        ctx, text, [], lambda: proposals.set_version_status(version_id, status),
        lambda before: proposals.set_version_status(version_id, before)))


def edit_criterion(ctx: AppContext, criterion_id: int, edit: CriterionEdit,
                   on_error: Callable[[BaseException], None] | None = None) -> bool:
    criteria = ctx.services.criteria
    text = QCoreApplication.translate("ProposalCommands", "Edit criterion")
    return push(ctx, ProposalCommand(
        ctx, text, [], lambda: criteria.update(criterion_id, edit),
        lambda before: criteria.update(criterion_id, before), on_error))


def reorder_criteria(ctx: AppContext, order: list[int],
                     on_error: Callable[[BaseException], None] | None = None) -> bool:
    criteria = ctx.services.criteria
    text = QCoreApplication.translate("ProposalCommands", "Reorder criteria")
    return push(ctx, ProposalCommand(
        ctx, text, [], lambda: criteria.reorder(order), criteria.reorder, on_error))
