"""Automatic backups: consistent copies, rotation by day/week/month, listing and safe restore."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from coachdesk.db.backup import (
    backup_database,
    free_backup_path,
    integrity_problems,
    parse_backup_name,
    replace_database_file,
)
from coachdesk.db.migrate import check_file
from coachdesk.domain.errors import CoachDeskError, os_cause
from coachdesk.services.erasure_files import reapply_ledger

log = logging.getLogger(__name__)

STARTUP = "daily"
BEFORE_RESTORE = "before-restore"


class BackupError(CoachDeskError):
    """A backup could not be written, read or restored; the message says where and why."""

    code = "backup.write_failed"


@dataclass(frozen=True)
class Retention:
    """How many copies to keep: the newest of each of the last days, weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6
    recent: int = 10  # the newest copies, whatever their age (e.g. several imports a day)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the state just before the restore, itself a backup
    erased_again: int = 0  # erased people the copy still held, erased again before it opened


os_error_code = os_cause  # the cause code of a failed write (its words: domain/messages.py)


def take_backup(db_path: Path, folder: Path, reason: str, when: datetime | None = None) -> Path:
    """Write a consistent copy of `db_path` into `folder`; the database itself is untouched."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise BackupError("backup.not_a_folder", path=str(folder), kind="not_a_folder")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = free_backup_path(folder, Path(db_path).stem, reason, when or datetime.now())
        return backup_database(Path(db_path), target)
    except OSError as exc:
        raise BackupError("backup.write_failed", path=str(folder), kind="write",
                          cause=os_cause(exc), cause_code=os_cause(exc)) from exc
    except Exception as exc:  # sqlite3 reports a full disk as its own error
        if "full" in str(exc).lower():
            raise BackupError("backup.write_failed", path=str(folder), kind="write",
                              cause="disk_full", cause_code="disk_full") from exc
        raise


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """The backups of the database named `stem` in `folder`, newest first."""
    found: list[BackupInfo] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None or parsed.stem != stem or not entry.is_file():
            continue
        found.append(BackupInfo(entry, parsed.taken_at, parsed.reason, entry.stat().st_size))
    # Copies of the same second are told apart by when their file was written.
    return sorted(found, key=lambda b: (b.taken_at, _written_ns(b.path)), reverse=True)


def _written_ns(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def backup_info(path: Path) -> BackupInfo:
    """What is known of any backup file: from its name if CoachDesk made it, else its date."""
    path = Path(path)
    stat = path.stat()
    parsed = parse_backup_name(path.name)
    if parsed is not None:
        return BackupInfo(path, parsed.taken_at, parsed.reason, stat.st_size)
    return BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), "other", stat.st_size)


def kept_backups(backups: list[BackupInfo], retention: Retention) -> set[Path]:
    """Which backups (newest first) the rotation keeps: recent, daily, weekly and monthly."""
    keep = {b.path for b in backups[: max(1, retention.recent)]}
    periods: tuple[tuple[Callable[[datetime], object], int], ...] = (
        (lambda t: t.date(), retention.daily),
        (lambda t: t.isocalendar()[:2], retention.weekly),
        (lambda t: (t.year, t.month), retention.monthly),
    )
    for period_of, limit in periods:
        seen: set[object] = set()
        for backup in backups:
            period = period_of(backup.taken_at)
            if period in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(period)
            keep.add(backup.path)
    return keep


def remove_stale_partials(folder: Path, stem: str, older_than: timedelta = timedelta(hours=1)) -> None:
    """Half-written copies left by a crash; a recent one may still be in progress elsewhere."""
    cutoff = (datetime.now() - older_than).timestamp()
    for partial in Path(folder).glob(f"{stem}-*.sqlite.partial"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass


def remove_stale_work(db_path: Path, older_than: timedelta = timedelta(hours=1)) -> None:
    """Work folders and staged files left beside the database by a restore that was killed."""
    db_path = Path(db_path)
    cutoff = (datetime.now() - older_than).timestamp()
    patterns = (".restore-*", ".repair-*", f".{db_path.name}.restoring")
    for pattern in patterns:
        for leftover in db_path.parent.glob(pattern):
            try:
                if leftover.stat().st_mtime >= cutoff:
                    continue
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink()
            except OSError:
                pass


def prune_backups(folder: Path, stem: str, retention: Retention) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted."""
    remove_stale_partials(folder, stem)
    backups = list_backups(folder, stem)
    keep = kept_backups(backups, retention)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError as exc:  # an old copy that cannot go is no reason to fail
                log.warning("could not remove old backup %s: %s", backup.path, exc)
    return removed


def verify_backup(backup: Path, work_dir: Path) -> Path:
    """Copy a backup into `work_dir` and prove it is a sound CoachDesk database; the copy."""
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError("backup.missing", path=str(backup), kind="missing")
    try:
        copy = backup_database(backup, Path(work_dir) / "verify.sqlite")
    except Exception as exc:
        raise BackupError("backup.damaged", path=str(backup), kind="damaged") from exc
    problems = integrity_problems(copy)
    if problems:
        log.warning("backup %s is damaged: %s", backup, problems[0])
        raise BackupError("backup.damaged", path=str(backup), kind="damaged")
    try:
        check_file(copy)
    except CoachDeskError as exc:
        raise BackupError("backup.foreign", path=str(backup), kind="foreign") from exc
    return copy


def safety_copy(db_path: Path, folder: Path) -> Path | None:
    """Back up the current state before it is replaced; a damaged file is copied as it is."""
    if not Path(db_path).exists() or Path(db_path).stat().st_size == 0:
        return None
    try:
        return take_backup(db_path, folder, BEFORE_RESTORE)
    except BackupError:
        raise
    except Exception:  # too damaged for SQLite to read: keep its bytes all the same
        target = free_backup_path(Path(folder), Path(db_path).stem, "damaged", datetime.now())
        replace_database_file(Path(db_path), target)
        return target


def restore_database(db_path: Path, backup: Path, folder: Path) -> RestoreResult:
    """Replace the database at `db_path` with `backup`. No connection to it may be open.

    The backup is verified on a temporary copy first, and the current state is backed up, so
    a restore can itself be undone by restoring the safety copy.
    """
    db_path = Path(db_path)
    remove_stale_work(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # a new laptop
        with tempfile.TemporaryDirectory(dir=db_path.parent, prefix=".restore-") as work:
            verified = verify_backup(backup, Path(work))
            erased_again = reapply_ledger(db_path, verified)
            before = safety_copy(db_path, folder)
            replace_database_file(verified, db_path)
    except OSError as exc:
        raise BackupError("backup.replace_failed", path=str(db_path), kind="write",
                          cause=os_cause(exc), cause_code=os_cause(exc)) from exc
    log.info("restored %s from %s (safety copy %s, %d erased again)", db_path, backup, before,
             erased_again)
    return RestoreResult(restored_from=Path(backup), safety_copy=before,
                         erased_again=erased_again)


def latest_good_backup(folder: Path, stem: str, skip: Iterable[Path] = ()) -> BackupInfo | None:
    """The newest backup that passes SQLite's integrity check."""
    skipped = {Path(p) for p in skip}
    for backup in list_backups(folder, stem):
        if backup.path not in skipped and not integrity_problems(backup.path):
            return backup
    return None


class BackupService:
    """Backups of one database: `snapshot(reason)` before any risky change, rotation, restore."""

    def __init__(self, db_path: Path, folder: Path, close: Callable[[], None] | None = None,
                 retention: Retention | None = None) -> None:
        self.db_path = Path(db_path)
        self.folder = Path(folder)
        self.retention = retention or Retention()
        self._close = close

    def snapshot(self, reason: str) -> Path:
        """A consistent copy now (e.g. reason "before-import"), then the rotation; its path."""
        path = take_backup(self.db_path, self.folder, reason)
        prune_backups(self.folder, self.db_path.stem, self.retention)
        return path

    def startup_backup(self, today: date | None = None) -> Path | None:
        """The daily copy, taken unless a backup of this database was already made today,
        then checked thoroughly (SQLite's integrity check and every link between records).

        Start-up itself checks only what is quick (the file's header, its tables and schema
        version); the thorough check runs here, in the background, once a day, on the copy,
        so it never competes with the coach's work for the database.
        """
        today = today or date.today()
        remove_stale_work(self.db_path)
        if any(b.taken_at.date() == today for b in self.list()):
            return None
        copy = self.snapshot(STARTUP)
        problems = integrity_problems(copy)
        if problems:
            log.warning("daily backup of %s fails the check: %s", self.db_path, problems[0])
            raise BackupError("backup.check_failed", path=str(self.db_path), kind="check_failed")
        return copy

    def list(self) -> list[BackupInfo]:
        return list_backups(self.folder, self.db_path.stem)

    def latest_good(self) -> BackupInfo | None:
        return latest_good_backup(self.folder, self.db_path.stem)

    def restore(self, backup: Path) -> RestoreResult:
        """Close this database and replace it by `backup`; the caller reopens the services."""
        if self._close is not None:
            self._close()
        return restore_database(self.db_path, backup, self.folder)
