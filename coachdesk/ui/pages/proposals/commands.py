"""Undoable review changes: each names its service call and the call that undoes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from coachdesk.domain.vocabulary import CommentStatus, VersionStatus
from coachdesk.services.criteria import CriterionEdit
from coachdesk.services.proposals import ProposalEdit
from coachdesk.services.reviews import AssessmentInput
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp, Inverse

Done = Callable[[], object] | None
Failed = Callable[[BaseException], object] | None


def _run(ctx: AppContext, text: str, ids: list[int], fn: Callable[..., Any], args: tuple,
         inverse: Inverse, on_done: Done = None, on_error: Failed = None) -> None:
    """Run the change; `on_done` once it succeeded (and is on the undo stack)."""
    ChangeOp(ctx, fn, *args, changes=Changes.of(events.PROPOSALS, ids=ids)) \
        .undoable(text, inverse) \
        .success(None if on_done is None else lambda _r: on_done()) \
        .failure(on_error).run()


def comment_status(ctx: AppContext, comment_id: int, status: CommentStatus,
                   version_id: int) -> None:
    reviews = ctx.services.reviews
    text = QCoreApplication.translate("ProposalCommands", "Mark comment as '%1'").replace(
        "%1", status.label(ctx.lang))
    _run(ctx, text, [], reviews.set_comment_status, (comment_id, status, version_id),
         lambda before: (reviews.restore_comment_status, comment_id, *before))


def save_assessments(ctx: AppContext, version_id: int, items: list[AssessmentInput],
                     on_done: Done = None, on_error: Failed = None) -> None:
    reviews = ctx.services.reviews
    text = QCoreApplication.translate("ProposalCommands", "Save review")
    _run(ctx, text, [], reviews.save_assessments, (version_id, items),
         lambda before: (reviews.save_assessments, version_id, before), on_done, on_error)


def edit_proposal(ctx: AppContext, proposal_id: int, edit: ProposalEdit) -> None:
    proposals = ctx.services.proposals
    text = QCoreApplication.translate("ProposalCommands", "Edit proposal")
    _run(ctx, text, [proposal_id], proposals.update, (proposal_id, edit),
         lambda before: (proposals.update, proposal_id, before))


def version_status(ctx: AppContext, version_id: int, status: VersionStatus) -> None:
    proposals = ctx.services.proposals
    text = QCoreApplication.translate("ProposalCommands", "Set version status to '%1'").replace(
        "%1", status.label(ctx.lang))
    _run(ctx, text, [], proposals.set_version_status, (version_id, status),
         lambda before: (proposals.set_version_status, version_id, before))


def edit_criterion(ctx: AppContext, criterion_id: int, edit: CriterionEdit,
                   on_done: Done = None, on_error: Failed = None) -> None:
    criteria = ctx.services.criteria
    text = QCoreApplication.translate("ProposalCommands", "Edit criterion")
    _run(ctx, text, [], criteria.update, (criterion_id, edit),
         lambda before: (criteria.update, criterion_id, before), on_done, on_error)


def reorder_criteria(ctx: AppContext, order: list[int], on_done: Done = None,
                     on_error: Failed = None) -> None:
    criteria = ctx.services.criteria
    text = QCoreApplication.translate("ProposalCommands", "Reorder criteria")
    _run(ctx, text, [], criteria.reorder, (order,),
         lambda before: (criteria.reorder, before), on_done, on_error)
