"""Erasure beyond the open database: the ledger of erased people and every backup file.

The ledger (`<database>-erased.json`, beside the database, 0600) holds the erased people's
IDs only, never a name. Every restore and repair re-applies it to the copy before that copy
is put in place, so no backup, old or from a USB stick, brings an erased person back.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.db.backup import copy_sqlite, integrity_problems

if TYPE_CHECKING:  # the erasure itself (and its scrubber) loads only when one is applied:
    # start-up reads the ledger and the backups' rotation imports this module
    from coachdesk.services.erasure import Erased

log = logging.getLogger(__name__)

LEDGER_FORMAT = "coachdesk-erased-people"
SCRUB_SUFFIX = ".scrub.partial"


@dataclass
class Ledger:
    path: Path
    people: list[str] = field(default_factory=list)
    pending: bool = False  # an erasure whose backups (or log) were not all reached yet


@dataclass(frozen=True)
class BackupsScrubbed:
    scrubbed: list[Path]
    deleted: list[Path]  # could not be scrubbed, so removed
    untouched: int  # did not hold any erased person


def ledger_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}-erased.json")


def read_ledger(db_path: Path) -> Ledger:
    path = ledger_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Ledger(path)
    except (OSError, ValueError):
        log.warning("the erasure ledger %s cannot be read", path)
        return Ledger(path)
    people = [str(p) for p in data.get("people", []) if isinstance(p, str)]
    return Ledger(path, people, bool(data.get("pending", False)))


def write_ledger(ledger: Ledger) -> None:
    """Atomically: a new file (mkstemp, 0600) beside it, synced, then renamed over it."""
    ledger.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps({"format": LEDGER_FORMAT, "version": 1, "people": ledger.people,
                       "pending": ledger.pending}, indent=1)
    write_private(ledger.path, text.encode("utf-8"))


def write_private(target: Path, data: bytes) -> None:
    """Write a whole file readable by its owner alone: created exclusively, then renamed."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def add_to_ledger(db_path: Path, uuids: list[str]) -> Ledger:
    ledger = read_ledger(db_path)
    ledger.people.extend(u for u in uuids if u not in ledger.people)
    ledger.pending = True
    write_ledger(ledger)
    return ledger


def set_pending(db_path: Path, pending: bool) -> None:
    ledger = read_ledger(db_path)
    if ledger.people and ledger.pending != pending:
        ledger.pending = pending
        write_ledger(ledger)


def apply_to_file(path: Path, uuids: list[str]) -> Erased:
    """Erase the people from a closed database file in place (a staged copy, a backup)."""
    from coachdesk.services.erasure import compact, erase_people

    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA secure_delete = ON")
        wal = con.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        result = erase_people(con, uuids)
        if result.people:
            compact(con, wal=wal)
    finally:
        con.close()
    return result


def holds_any(path: Path, uuids: list[str]) -> bool:
    """Whether the file still holds one of the people (read-only); True when unreadable."""
    if not uuids:
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return True
    try:
        marks = ",".join("?" * len(uuids))
        return con.execute(f"SELECT 1 FROM person WHERE uuid IN ({marks}) LIMIT 1",
                           uuids).fetchone() is not None
    except sqlite3.Error:
        return True
    finally:
        con.close()


def scrub_backup(path: Path, uuids: list[str]) -> None:
    """Erase the people from one backup: on a copy, checked, then renamed over the original.

    Killed at any moment, the backup is either the old file or the scrubbed one, whole.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                    suffix=SCRUB_SUFFIX)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        copy_sqlite(path, tmp)
        apply_to_file(tmp, uuids)
        problems = integrity_problems(tmp)
        if problems:
            raise sqlite3.DatabaseError(problems[0])
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def scrub_backups(folder: Path, uuids: list[str]) -> BackupsScrubbed:
    """Every database file in the backups folder: scrubbed, or deleted when that fails."""
    scrubbed: list[Path] = []
    deleted: list[Path] = []
    untouched = 0
    remove_scrub_leftovers(folder, timedelta(0))
    for path in sorted(Path(folder).glob("*.sqlite")) if Path(folder).is_dir() else []:
        if not path.is_file():
            continue
        if not holds_any(path, uuids):
            untouched += 1
            continue
        try:
            scrub_backup(path, uuids)
            scrubbed.append(path)
        except (sqlite3.Error, OSError) as exc:
            log.warning("backup %s could not be scrubbed (%s); it is deleted", path.name,
                        type(exc).__name__)
            path.unlink(missing_ok=True)
            deleted.append(path)
    return BackupsScrubbed(scrubbed, deleted, untouched)


def remove_scrub_leftovers(folder: Path, older_than: timedelta = timedelta(minutes=10)) -> int:
    """Half-scrubbed copies left by a scrub that was killed; returns how many went."""
    cutoff = (datetime.now() - older_than).timestamp()
    removed = 0
    for leftover in Path(folder).glob(f".*{SCRUB_SUFFIX}") if Path(folder).is_dir() else []:
        try:
            if leftover.stat().st_mtime <= cutoff:
                leftover.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def reapply_ledger(db_path: Path, staged: Path) -> int:
    """Erase again, in a copy about to be restored, everybody the ledger lists; how many."""
    ledger = read_ledger(db_path)
    if not ledger.people:
        return 0
    result = apply_to_file(staged, ledger.people)
    if result.people:
        log.info("re-applied %d erasure(s) to a restored copy", result.people)
    return result.people
