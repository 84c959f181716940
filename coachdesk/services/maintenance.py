"""Keeping the database healthy: integrity check with a clear report, repair, summary."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TypeVar
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.backup import backup_database, integrity_problems, replace_database_file
from coachdesk.db.migrate import head_revision
from coachdesk.db.models import (
    Action,
    ContactMoment,
    Municipality,
    Organisation,
    Person,
    ProposalVersion,
    Region,
)
from coachdesk.services.backups import (
    BackupError,
    BackupInfo,
    latest_good_backup,
    os_error_code,
    restore_database,
    safety_copy,
    take_backup,
)
from coachdesk.services.erasure_files import reapply_ledger

T = TypeVar("T")

COUNTED = (
    ("regions", Region), ("municipalities", Municipality), ("organisations", Organisation),
    ("people", Person), ("contact_moments", ContactMoment), ("actions", Action),
    ("proposal_versions", ProposalVersion),
)


UNCHECKED = -1  # a count the damaged file did not let us take


@dataclass
class CheckReport:
    path: Path
    integrity: list[str]
    foreign_key_problems: int  # UNCHECKED when the file is too damaged to tell
    schema: str | None
    schema_expected: str
    database_id: str
    counts: dict[str, int] = field(default_factory=dict)
    latest_backup: BackupInfo | None = None

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ["ok"]
            and self.foreign_key_problems == 0
            and self.schema == self.schema_expected
        )

    def problems(self) -> list[str]:
        """What is wrong, one plain sentence each (empty when the database is sound)."""
        found = []
        if self.integrity != ["ok"]:
            found.append(f"The file is damaged: {'; '.join(self.integrity[:3])}.")
        if self.foreign_key_problems > 0:
            found.append(f"{self.foreign_key_problems} records point to records that are gone.")
        if self.schema != self.schema_expected:
            found.append(f"The schema is {self.schema or 'unknown'}, expected {self.schema_expected}.")
        return found


@dataclass(frozen=True)
class RepairResult:
    method: str  # "reindex" (nothing lost) or "backup" (restored the latest good copy)
    source: Path | None
    safety_copy: Path | None
    erased_again: int = 0  # erased people the restored copy held, erased again


def inspect_database(path: Path) -> CheckReport:
    """Check the file at `path` read-only, even when it is too damaged to open in the app."""
    path = Path(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = _integrity(con)
        fk = _safe(lambda: len(con.execute("PRAGMA foreign_key_check").fetchall()), UNCHECKED)
        schema = _safe(lambda: con.execute("SELECT version_num FROM alembic_version").fetchone()[0], None)
        db_id = _safe(lambda: con.execute(
            "SELECT value FROM db_meta WHERE key = 'database_id'").fetchone()[0], "")
        counts = {name: _count(con, model.__tablename__) for name, model in COUNTED}
    finally:
        con.close()
    return CheckReport(
        path=path, integrity=integrity, foreign_key_problems=fk, schema=schema,
        schema_expected=head_revision(), database_id=db_id, counts=counts,
    )


def _integrity(con: sqlite3.Connection) -> list[str]:
    try:
        return [str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [f"not readable ({exc})"]


def _count(con: sqlite3.Connection, table: str) -> int:
    return int(_safe(lambda: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0], -1))


def _safe(read: Callable[[], T], default: T) -> T:
    try:
        return read()
    except (sqlite3.DatabaseError, TypeError):
        return default


def repair_database(path: Path, backup_dir: Path) -> RepairResult:
    """Repair a damaged database; no connection to it may be open.

    First, losslessly, by rebuilding its indexes on a copy; when that is not enough, by
    restoring the newest backup that passes its check. The damaged state is kept as a backup.
    """
    path = Path(path)
    try:
        rebuilt = _rebuild_indexes(path, backup_dir)
    except OSError as exc:
        raise BackupError(
            "backup.repair_failed", path=str(path), kind="write", cause=os_error_code(exc),
            cause_code=os_error_code(exc),
        ) from exc
    if rebuilt is not None:
        return rebuilt
    latest = latest_good_backup(backup_dir, path.stem)
    if latest is None:
        raise BackupError("backup.no_backup", path=str(path), folder=str(backup_dir),
                          kind="no_backup")
    result = restore_database(path, latest.path, backup_dir)
    return RepairResult("backup", latest.path, result.safety_copy, result.erased_again)


def _rebuild_indexes(path: Path, backup_dir: Path) -> RepairResult | None:
    """Damaged indexes alone can be rebuilt from the tables, losing nothing."""
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".repair-") as work:
        copy = Path(work) / "repair.sqlite"
        try:
            backup_database(path, copy)
            con = sqlite3.connect(copy)
            try:
                con.execute("REINDEX")
                con.commit()
            finally:
                con.close()
        except sqlite3.DatabaseError:
            return None
        if integrity_problems(copy):
            return None
        erased_again = reapply_ledger(path, copy)
        before = safety_copy(path, backup_dir)
        replace_database_file(copy, path)
    return RepairResult("reindex", None, before, erased_again)


class MaintenanceService:
    def __init__(self, session_factory: sessionmaker[Session], path: Path) -> None:
        self._sf = session_factory
        self._path = path

    def counts(self) -> dict[str, int]:
        return count_records(self._sf)

    def check(self, backup_dir: Path | None = None) -> CheckReport:
        """The integrity, links and schema of the open database, with its latest good backup."""
        report = inspect_database(self._path)
        if backup_dir is not None:
            report.latest_backup = latest_good_backup(backup_dir, self._path.stem)
        return report

    def backup(self, target_dir: Path, label: str = "manual") -> Path:
        """A consistent copy of the database in `target_dir`, safe while the app runs."""
        return take_backup(self._path, Path(target_dir), label)


def count_records(session_factory: sessionmaker[Session]) -> dict[str, int]:
    """How many of each kind of record the database holds."""
    with session_factory() as s:
        return {
            name: s.scalar(select(func.count()).select_from(model)) or 0 for name, model in COUNTED
        }
