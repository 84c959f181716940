"""Sub-command `report`: the progress report (Voortgangsrapport) as a PDF (CONTRACTS.md)."""

from __future__ import annotations

import argparse
import os
from datetime import date, datetime
from pathlib import Path

from coachdesk.cli.common import tr
from coachdesk.domain.errors import CoachDeskError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common],
                       help=tr.translate("cli", "write the progress report (Voortgangsrapport) as "
                                                "a PDF"))
    p.add_argument("out", type=Path, metavar="OUT.pdf",
                   help=tr.translate("cli", "the PDF to write"))
    p.add_argument("--region", action="append", default=[], metavar="NAME",
                   help=tr.translate("cli", "report only this region (repeat for several; "
                                            "default: all)"))
    p.add_argument("--from", dest="start", type=_day, metavar="DATE",
                   help=tr.translate("cli", "first day of the period whose changes are listed "
                                            "(dd/mm/yyyy or "
                        "yyyy-mm-dd; default: three months before --to)"))
    p.add_argument("--to", dest="end", type=_day, metavar="DATE",
                   help=tr.translate("cli", "last day of the period, the report's date (default: "
                                            "today)"))
    p.add_argument("--no-personal-data", action="store_true",
                   help=tr.translate("cli", "people's names become their organisation, in free "
                                            "text too"))
    p.add_argument("--stalled-after", type=int, default=30, metavar="DAYS",
                   help=tr.translate("cli", "a region without contact for this many days has "
                                            "stalled (default 30)"))
    p.set_defaults(handler=cmd_report)


def _day(text: str) -> date:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        tr.translate("cli", "'{text}' is not a date (write dd/mm/yyyy)").format(text=text))


def cmd_report(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise CoachDeskError("report.not_pdf_name", file=str(args.out))
    if args.start and args.end and args.start > args.end:
        raise CoachDeskError("report.bad_period", start=f"{args.start:%d/%m/%Y}",
                             end=f"{args.end:%d/%m/%Y}")
    # Painting needs Qt's GUI module but no window: the offscreen platform works anywhere.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from coachdesk.application.database import open_services
    from coachdesk.application.translations import translator
    from coachdesk.cli.common import db_path, say
    from coachdesk.cli.handoff import TerminalProgress
    from coachdesk.domain.report import ReportOptions
    from coachdesk.reporting.pdf import write_report

    app = QGuiApplication.instance() or QGuiApplication(["coachdesk"])
    options = ReportOptions(regions=tuple(args.region), start=args.start, end=args.end,
                            personal_data=not args.no_personal_data,
                            lang=getattr(args, "lang", None) or "nl",
                            stalled_days=args.stalled_after)
    services = open_services(db_path(args))
    progress = TerminalProgress(tr.translate("cli", "Writing the report"))
    try:
        data = services.report.gather(options, progress)
        path = write_report(args.out, data, translator(options.lang), progress)
    finally:
        progress.close()
        services.close()
    del app
    say(tr.translate("cli", "Report written to {path}: {regions} regions, {changes} changes from "
                     "{start} to {end}."), path=path, regions=len(data.regions),
        changes=len(data.changes), start=f"{data.start:%d/%m/%Y}", end=f"{data.end:%d/%m/%Y}")
    return 0
