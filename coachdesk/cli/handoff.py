"""Sub-commands `export`, `import` and `merge` of the handoff workbook (CONTRACTS.md)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from coachdesk.application import handoff as use_case
from coachdesk.application.database import open_services
from coachdesk.cli.common import db_path, say, tr
from coachdesk.domain.handoff import ExportOptions
from coachdesk.domain.messages import ERRORS, fill
from coachdesk.services.handoff_import import ImportPlan, Problem

SHOWN_CHANGES = 200


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common],
                       help=tr.translate("cli", "write the handoff workbook"))
    p.add_argument("out", type=Path, metavar="OUT.xlsx",
                   help=tr.translate("cli", "the workbook to write"))
    p.add_argument("--region", action="append", default=[], metavar="NAME",
                   help=tr.translate("cli", "export only this region (repeat for several; "
                                            "default: all)"))
    p.add_argument("--no-personal-data", action="store_true",
                   help=tr.translate("cli", "leave out contact persons; people's names become "
                                            "their organisation"))
    p.add_argument("--coach", default="",
                   help=tr.translate("cli", "the coach's name in the workbook"))
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", parents=[common],
                       help=tr.translate("cli", "read a handoff workbook back"))
    p.add_argument("workbook", type=Path, metavar="IN.xlsx")
    p.add_argument("--dry-run", action="store_true",
                   help=tr.translate("cli", "report the changes, change nothing"))
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("merge", parents=[common],
                       help=tr.translate("cli", "combine several coaches' handoff workbooks into "
                                                "one"))
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    p.add_argument("inputs", type=Path, nargs="+", metavar="IN.xlsx")
    p.set_defaults(handler=cmd_merge)


class TerminalProgress:
    """A percentage on one line of the terminal; silent when stderr is not a terminal."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.shown = -1
        self.live = sys.stderr.isatty()

    def report(self, done: int, total: int, text: str = "") -> None:
        percent = int(100 * done / total) if total else 0
        if self.live and percent != self.shown:
            self.shown = percent
            print(f"\r{self.what}: {percent}%", end="", file=sys.stderr, flush=True)

    def check(self) -> None:
        return None

    def close(self) -> None:
        if self.live and self.shown >= 0:
            print("\r" + " " * (len(self.what) + 8) + "\r", end="", file=sys.stderr, flush=True)


def cmd_export(args: argparse.Namespace) -> int:
    use_case.check_target(args.out)
    options = ExportOptions(regions=tuple(args.region), personal_data=not args.no_personal_data,
                            coach=args.coach)
    services = open_services(db_path(args))
    progress = TerminalProgress(tr.translate("cli", "Exporting"))
    try:
        result = use_case.export_workbook(services, args.out, options, progress)
    finally:
        progress.close()
        services.close()
    say(tr.translate("cli", "Workbook written to {path}: {rows} rows, {changes} changes since the "
                     "previous export."), path=result.path, rows=result.row_count,
        changes=result.change_count)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    workbook = use_case.read_workbook(args.workbook)  # a bad file touches no database
    services = open_services(db_path(args))
    try:
        outcome = use_case.import_workbook(services, workbook, dry_run=args.dry_run)
    finally:
        services.close()
    plan = outcome.plan
    report(plan)
    if plan.problems:
        raise plan.refusal()
    if outcome.applied is None:
        say(tr.translate("cli", "Dry run: nothing was changed.") if args.dry_run
            else tr.translate("cli", "Nothing to import."))
        return 0
    count = outcome.applied
    say(tr.translate("cli", "Imported {count} changes from {workbook}; conflicts were left as "
                     "they are."), count=count, workbook=args.workbook)
    return 0


def report(plan: ImportPlan) -> None:
    """What the workbook would change, one line per field, on standard output."""
    say(tr.translate("cli", "{file}: exported by {coach} on {when}."), file=plan.file,
        coach=plan.coach or tr.translate("cli", "an unnamed coach"),
        when=f"{plan.exported_at.astimezone():%d/%m/%Y %H:%M}")
    for problem in plan.problems[:SHOWN_CHANGES]:
        say(tr.translate("cli", "  invalid   {problem}"), problem=_problem(problem))
    for change in plan.changes[:SHOWN_CHANGES]:
        line = (tr.translate("cli", "  CONFLICT  {sheet}, row {row}, {column} ({label}): {current} "
                             "-> {incoming}") if change.conflict else
                tr.translate("cli", "  change    {sheet}, row {row}, {column} ({label}): {current} "
                             "-> {incoming}"))
        say(line, sheet=change.sheet, row=change.row, column=change.column, label=change.label,
            current=_shown(change.current), incoming=_shown(change.incoming))
    for new in plan.new_rows[:SHOWN_CHANGES]:
        say(tr.translate("cli", "  new row   {sheet}, row {row}: {label}"), sheet=new.sheet,
            row=new.row, label=new.label)
    for change in plan.ignored[:SHOWN_CHANGES]:
        say(tr.translate("cli", "  ignored   {sheet}, row {row}, {column}: computed by CoachDesk, "
                         "not imported"), sheet=change.sheet, row=change.row, column=change.column)
    shown = max(len(plan.problems), len(plan.changes), len(plan.new_rows), len(plan.ignored))
    if shown > SHOWN_CHANGES:
        say(tr.translate("cli", "  (only the first {count} of each kind are listed)"),
            count=SHOWN_CHANGES)
    say(tr.translate("cli", "{changes} changes, {conflicts} conflicts (left alone), {new} new "
                     "rows, {invalid} invalid cells."), changes=len(plan.updates),
        conflicts=len(plan.conflicts), new=len(plan.new_rows), invalid=len(plan.problems))


def _problem(problem: Problem) -> str:
    template = ERRORS["cell.at" if problem.column else "cell.at_row"]
    return f"{problem.file}: " + fill(template, problem.fields, tr.translate)


def _shown(value: object) -> str:
    if value is None or value == "":
        return tr.translate("cli", "(empty)")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    text = str(value).replace("\n", " ")
    return repr(text if len(text) <= 60 else text[:57] + "...")


def cmd_merge(args: argparse.Namespace) -> int:
    result = use_case.merge(args.out, args.inputs)
    say(tr.translate("cli", "Merged {count} workbooks into {out}: {rows} rows, {shared} rows sent "
                     "by more than one coach (see 'Ook bij coach')."), count=len(args.inputs),
        out=args.out, rows=result.row_count, shared=result.shared)
    return 0
