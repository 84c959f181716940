"""Feeds every file of a corpus folder to CoachDesk's readers, one line of JSON per file.

    python hostile_worker.py CORPUS_DIR DB BACKUP_DIR

For a workbook: read it, plan the import, and (when the plan has problems) try to apply it,
as the window and `coachdesk import` do. For a DOCX or PDF: read its text. Each line says
how it ended and whether the database changed. A case that runs past the watchdog ends the
process with a traceback (its name was printed just before, as `start NAME`).
"""

from __future__ import annotations

import faulthandler
import json
import sqlite3
import sys
from pathlib import Path

WATCHDOG_SECONDS = 180  # far beyond any sane case; a hang, not a slow case, trips it


def say(**fields: object) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def workbook_case(services, path: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from coachdesk.domain.errors import CoachDeskError, FileFormatError
    from coachdesk.exchange.workbook_reader import read_handoff

    try:
        workbook = read_handoff(path)
    except FileFormatError as exc:
        return "refused", str(exc)
    try:
        plan = services.handoff.plan_import(workbook)
    except CoachDeskError as exc:
        return "refused-plan", str(exc)
    if not plan.problems:
        return "accepted", f"{len(plan.changes)} changes"
    try:
        services.handoff.apply_import(plan)
    except CoachDeskError as exc:
        return "refused-plan", str(exc)
    return "applied-despite-problems", str(plan.problems[:3])


def document_case(path: Path) -> tuple[str, str]:
    from coachdesk.domain.errors import FileFormatError
    from coachdesk.exchange.documents import read_document

    try:
        text = read_document(path.name, path.read_bytes())
    except FileFormatError as exc:
        return "refused", str(exc)
    return "read", f"{text.status.value}, {len(text.text)} characters"


def main() -> None:
    corpus, db, backups = (Path(a) for a in sys.argv[1:4])
    from coachdesk.services.container import Services
    from coachdesk.services.database import open_coachdesk_db

    services = Services(open_coachdesk_db(db, backup_dir=backups))
    watcher = sqlite3.connect(db)
    for path in sorted(corpus.iterdir()):
        say(start=path.name)
        before = watcher.execute("PRAGMA data_version").fetchone()[0]
        faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
        try:
            if path.suffix == ".xlsx":
                outcome, detail = workbook_case(services, path)
            else:
                outcome, detail = document_case(path)
        except BaseException as exc:  # noqa: BLE001 - exactly what the test looks for
            outcome, detail = "crash", f"{type(exc).__name__}: {exc}"[:500]
        finally:
            faulthandler.cancel_dump_traceback_later()
        changed = watcher.execute("PRAGMA data_version").fetchone()[0] != before
        say(case=path.name, outcome=outcome, detail=detail[:300], db_changed=changed)
    services.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main()
