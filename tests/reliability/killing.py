"""The kill test's parent: run the writing child, SIGKILL it at a seeded moment, verify."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import openpyxl

from coachdesk.db.backup import integrity_problems
from coachdesk.domain.handoff import ExportOptions
from coachdesk.exchange.workbook_writer import write_handoff
from coachdesk.services.backups import list_backups
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db

CHILD = Path(__file__).with_name("kill_child.py")
ROOT = Path(__file__).resolve().parents[2]
DUE = {"A": date(2030, 1, 1), "B": date(2031, 2, 2)}
IMPORTED_ROWS = 30
WATCHDOG_SECONDS = 120  # only against a hung child; never part of what is asserted


@dataclass
class KillLog:
    """What the children reported as committed, and where each kill landed."""

    moments: dict[int, tuple[int, int]] = field(default_factory=dict)
    stages: list[int] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    members: dict[int, str] = field(default_factory=dict)  # region -> last reported note
    versions: list[int] = field(default_factory=list)
    landed: Counter = field(default_factory=Counter)
    kills: int = 0
    backups_seen: set[Path] = field(default_factory=set)
    original_dues: dict[str, str | None] = field(default_factory=dict)


def make_workbooks(demo_db: Path, folder: Path) -> tuple[Path, Path, list[str]]:
    """Export the demo database, then two versions that set 30 due dates to A's or B's date."""
    work = folder / "export.sqlite"
    shutil.copyfile(demo_db, work)
    services = Services(open_coachdesk_db(work, backup_dir=folder / "export-backups"))
    try:
        exported = services.handoff.export(folder / "export.xlsx", ExportOptions(), write_handoff)
    finally:
        services.close()
    books = []
    for name, due in DUE.items():
        wb = openpyxl.load_workbook(exported.path)
        sheet = wb["Acties"]
        column = [c.value for c in sheet[1]].index("Vervaldatum") + 1
        for row in range(2, IMPORTED_ROWS + 2):
            sheet.cell(row, column).value = due
        wb.save(folder / f"{name}.xlsx")
        books.append(folder / f"{name}.xlsx")
    sheet = openpyxl.load_workbook(books[0], read_only=True)["Acties"]
    ids = [str(r[0]) for r in sheet.iter_rows(min_row=2, max_row=IMPORTED_ROWS + 1, values_only=True)]
    return books[0], books[1], ids


# Where to kill: right after the child announces one of these (a write statement, a commit,
# a backup), or after any line at all; the kill lands at or shortly after that point.
TARGETS = ("sql moment", "sql moment commit", "sql stage", "sql stage commit", "sql import",
           "sql import backup", "sql import commit", "sql members", "sql members commit",
           "sql version", "sql version commit", "")
MAX_LINES = 600


@dataclass(frozen=True)
class KillPoint:
    target: str  # a line prefix from TARGETS ("" = any line)
    skip: int  # how many matching lines to let pass first


def run_and_kill(db: Path, backups: Path, books: tuple[Path, Path], seed: int,
                 point: KillPoint, log: KillLog) -> None:
    """Start the child, wait for the kill point in its output, then SIGKILL it."""
    errors = backups.parent / f"child-{seed}.err"
    with open(errors, "w") as err:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(db), str(backups), str(seed), *map(str, books)],
            stdout=subprocess.PIPE, stderr=err, text=True, cwd=ROOT,
        )
    watchdog = threading.Timer(WATCHDOG_SECONDS, child.kill)
    watchdog.start()
    try:
        last = _read_until(child, point, log, errors)
        os.kill(child.pid, signal.SIGKILL)
        assert child.stdout is not None
        for line in child.stdout:  # what it managed to print before dying was committed too
            _record(line, log)
    finally:
        child.wait()
        watchdog.cancel()
    assert child.returncode == -signal.SIGKILL, errors.read_text()
    log.kills += 1
    log.landed[last] += 1


def _read_until(child: subprocess.Popen, point: KillPoint, log: KillLog, errors: Path) -> str:
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", errors.read_text()
    last, seen = "between changes", 0
    for _ in range(MAX_LINES):
        line = child.stdout.readline()
        assert line, f"the child stopped by itself: {errors.read_text()[-2000:]}"
        last = _record(line, log)
        if line.strip() == point.target or (not point.target and line.strip()):
            seen += 1
            if seen > point.skip:
                break
    return last


def _record(line: str, log: KillLog) -> str:
    """Note a committed change; returns where a kill right now would land."""
    parts = line.split()
    if not parts:
        return "between changes"
    if parts[0] == "sql":
        return "inside " + " ".join(parts[1:])
    if parts[0] == "moment":
        log.moments[int(parts[1])] = (int(parts[2]), int(parts[3]))
    elif parts[0] == "stage":
        log.stages.append(int(parts[1]))
    elif parts[0] == "import" and int(parts[2]) > 0:  # a workbook already applied sets nothing
        log.imports.append(parts[1])
    elif parts[0] == "members":
        log.members[int(parts[1])] = parts[2]
    elif parts[0] == "version":
        log.versions.append(int(parts[1]))
    return "between changes"


def verify(db: Path, backups: Path, imported_ids: list[str], log: KillLog) -> None:
    """Sound file, every reported change present, nothing half-applied, opens in the app."""
    con = sqlite3.connect(db)  # an ordinary open replays the write-ahead log, as the app would
    try:
        assert [r[0] for r in con.execute("PRAGMA integrity_check")] == ["ok"]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        _verify_moments(con, log)
        found = {r[0] for r in con.execute("SELECT id FROM stage_change")}
        assert set(log.stages) <= found, set(log.stages) - found
        _verify_import(con, imported_ids, log)
        _verify_members(con, log)
        _verify_versions(con, log)
    finally:
        con.close()
    services = Services(open_coachdesk_db(db, backup_dir=backups))
    try:
        assert services.maintenance.check().ok
    finally:
        services.close()
    for backup in list_backups(backups, db.stem):
        if backup.path not in log.backups_seen:
            assert integrity_problems(backup.path) == [], backup.path
            log.backups_seen.add(backup.path)


def _verify_moments(con: sqlite3.Connection, log: KillLog) -> None:
    rows = con.execute(
        "SELECT m.id, m.subject, (SELECT count(*) FROM action a WHERE a.source_moment_id = m.id),"
        " (SELECT count(*) FROM contact_participant p WHERE p.moment_id = m.id)"
        " FROM contact_moment m WHERE m.subject LIKE 'Kill test:%'").fetchall()
    present = {}
    for moment_id, subject, actions, people in rows:
        wanted = tuple(int(n) for n in re.findall(r"\d+", subject))
        assert (actions, people) == wanted, f"moment {moment_id} is half-applied"
        present[moment_id] = (actions, people)
    for moment_id, counts in log.moments.items():
        assert present.get(moment_id) == counts, f"committed moment {moment_id} was lost"
    fts = con.execute("SELECT count(*) FROM contact_moment_fts WHERE contact_moment_fts "
                      "MATCH '\"Kill\" \"test\"'").fetchone()[0]
    assert fts == len(rows), "the search index lost or gained moments"


def _verify_members(con: sqlite3.Connection, log: KillLog) -> None:
    """A bulk change reached every municipality of its region, or none.

    The note tells the changes apart (an import may set some statuses back afterwards).
    """
    rows = con.execute("SELECT region_id, membership_note FROM municipality WHERE region_id IN "
                       "(SELECT region_id FROM municipality WHERE membership_note LIKE "
                       "'Kill test%')").fetchall()
    notes: dict[int, set[str]] = {}
    for region, note in rows:
        notes.setdefault(region, set()).add(note)
    for region, found in notes.items():
        assert len(found) == 1, f"a bulk change of region {region} was half-applied: {found}"
    lost = set(log.members) - set(notes)
    assert not lost, f"committed bulk changes were lost (regions {lost})"


def _verify_versions(con: sqlite3.Connection, log: KillLog) -> None:
    """Every proposal version has its whole file; every reported one is there."""
    rows = con.execute("SELECT v.id, v.file_size, length(f.data) FROM proposal_version v "
                       "LEFT JOIN proposal_file f ON f.version_id = v.id "
                       "WHERE v.file_name LIKE 'kill-%'").fetchall()
    for version_id, size, stored in rows:
        assert stored == size, f"version {version_id} lost (part of) its file"
    missing = set(log.versions) - {r[0] for r in rows}
    assert not missing, f"committed proposal versions were lost: {missing}"


def due_dates(con: sqlite3.Connection, ids: list[str]) -> dict[str, str | None]:
    marks = ",".join("?" * len(ids))
    return dict(con.execute(f"SELECT uuid, due_on FROM action WHERE uuid IN ({marks})", ids))


def _verify_import(con: sqlite3.Connection, ids: list[str], log: KillLog) -> None:
    """The imported due dates are all the workbook's, or (before any import) all the old ones."""
    dues = due_dates(con, ids)
    states = {name: {i: due.isoformat() for i in ids} for name, due in DUE.items()}
    if dues == log.original_dues:
        assert not log.imports, "a committed import was lost"
        return
    assert dues in states.values(), f"an import was half-applied: {sorted(map(str, dues.values()))}"


def kill_many(demo_db: Path, folder: Path, runs: int, seed: int) -> KillLog:
    """`runs` kills in a row on one database, each verified; returns what was seen."""
    book_a, book_b, ids = make_workbooks(demo_db, folder)
    db = folder / "coach.sqlite"
    shutil.copyfile(demo_db, db)
    db.chmod(0o600)
    backups = folder / "backups"
    rng = random.Random(seed)
    log = KillLog()
    con = sqlite3.connect(db)
    log.original_dues = due_dates(con, ids)
    con.close()
    for run in range(runs):
        point = KillPoint(rng.choice(TARGETS), rng.randint(0, 4))
        run_and_kill(db, backups, (book_a, book_b), seed * 1000 + run, point, log)
        verify(db, backups, ids, log)
    return log
