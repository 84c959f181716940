"""Consistent copies of a database file through SQLite's online backup API, and their names."""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupName:
    """What a backup's file name tells: which database, when, and why it was taken."""

    stem: str
    taken_at: datetime
    reason: str


def clean_reason(reason: str) -> str:
    """A reason as it may appear in a file name: lower-case letters, digits and dashes."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return cleaned[:40] or "backup"


def backup_file_name(stem: str, reason: str, when: datetime) -> str:
    return f"{stem}-{when.strftime(STAMP_FORMAT)}-{clean_reason(reason)}.sqlite"


def parse_backup_name(name: str) -> BackupName | None:
    """The parts of a backup file name, or None for a file that is not one of ours."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return BackupName(match["stem"], taken_at, match["reason"])


def free_backup_path(folder: Path, stem: str, reason: str, when: datetime) -> Path:
    """A path for a new backup that does not overwrite an earlier one of the same second."""
    reason = clean_reason(reason)
    target = folder / backup_file_name(stem, reason, when)
    number = 2
    while target.exists():
        target = folder / backup_file_name(stem, f"{reason}-{number}", when)
        number += 1
    return target


def copy_sqlite(source: Path, target: Path) -> None:
    """SQLite's online backup of `source` into the (new or empty) file `target`, in
    rollback-journal mode so the copy is one self-contained file. Consistent even while
    another connection writes to `source`; no fsync, no rename (the callers do those)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def backup_database(source: Path, target: Path) -> Path:
    """Copy `source` to `target` consistently, even while another connection writes.

    The copy is written beside the target under a temporary name and renamed, so the target
    appears whole or not at all.
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        copy_sqlite(source, partial)
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder entry itself must reach the disk."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def integrity_problems(path: Path) -> list[str]:
    """What SQLite finds wrong with the file at `path` (empty when it is sound), read-only."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [f"cannot be opened: {exc}"]
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if rows == ["ok"] else rows
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} broken links between records (first in table {fk[0][0]})")
        return problems
    except sqlite3.DatabaseError as exc:
        return [f"damaged: {exc}"]
    finally:
        con.close()


def remove_sidecars(path: Path) -> None:
    """Remove the -wal and -shm files of a closed database before its file is replaced.

    A write-ahead log left beside a replaced file would be replayed into the new one.
    """
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def replace_database_file(source: Path, target: Path) -> None:
    """Put a verified copy in place of `target`, atomically; no connection may be open."""
    staged = target.with_name(f".{target.name}.restoring")
    staged.unlink(missing_ok=True)
    fd = os.open(staged, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with open(source, "rb") as src:
            while chunk := src.read(1 << 20):
                os.write(fd, chunk)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        staged.unlink(missing_ok=True)
        raise
    os.close(fd)
    try:
        remove_sidecars(target)
        os.replace(staged, target)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)
