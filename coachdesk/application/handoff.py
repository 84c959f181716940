"""The handoff workbook: exporting, reading and planning an import, applying it, merging."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.handoff import ExportOptions, HandoffWorkbook, ProgressSink
from coachdesk.exchange.merge import MergeResult, merge_workbooks
from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.exchange.workbook_writer import write_handoff
from coachdesk.services.container import Services
from coachdesk.services.handoff import ExportResult
from coachdesk.services.handoff_import import ImportChoices, ImportPlan


def check_target(out: Path) -> None:
    if out.suffix.lower() != ".xlsx":
        raise CoachDeskError("workbook.not_xlsx_name", file=str(out))


def export_workbook(services: Services, out: Path, options: ExportOptions,
                    progress: ProgressSink | None = None) -> ExportResult:
    """Write the handoff workbook (atomically: a failure leaves no half-written file)."""
    return services.handoff.export(out, options, write_handoff, progress)


def read_workbook(path: Path) -> HandoffWorkbook:
    """Read a handoff workbook (checked before any library opens it); touches no database."""
    return read_handoff(path)


def read_and_plan(services: Services, path: Path) -> ImportPlan:
    """Read a workbook and compare it with the database; nothing is changed."""
    return services.handoff.plan_import(read_workbook(path))


def apply_plan(services: Services, plan: ImportPlan, choices: ImportChoices | None = None) -> int:
    """Apply a planned import at once, after a backup that follows the coach's rotation."""
    if plan.problems:
        raise plan.refusal()
    return services.handoff.apply_import(plan, choices)


@dataclass(frozen=True)
class ImportOutcome:
    plan: ImportPlan
    applied: int | None  # None: nothing was applied (a dry run, or nothing to import)


def import_workbook(services: Services, workbook: HandoffWorkbook,
                    dry_run: bool = False) -> ImportOutcome:
    """Plan and (unless a dry run) apply a workbook read before; conflicts keep the
    database's value; a workbook with invalid cells changes nothing."""
    plan = services.handoff.plan_import(workbook)
    if plan.problems or dry_run or plan.empty:
        return ImportOutcome(plan, None)
    return ImportOutcome(plan, apply_plan(services, plan))


def merge(out: Path, inputs: Sequence[Path]) -> MergeResult:
    """Combine several coaches' workbooks into one (headquarters' view)."""
    check_target(out)
    for source in inputs:
        if source.resolve() == out.resolve():
            raise CoachDeskError("merge.into_source", file=str(out))
    return merge_workbooks(out, [read_handoff(p) for p in inputs])
