"""Automatic backups: consistent copies, rotation, listing, and a restore that loses nothing."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coachdesk.db.backup import backup_file_name, integrity_problems
from coachdesk.services.backups import (
    BackupError,
    BackupInfo,
    Retention,
    kept_backups,
    list_backups,
    restore_database,
)
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from tests.platforms import private


def _regions(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM region ORDER BY id")]
    finally:
        con.close()


def _rename_first_region(services: Services, name: str) -> None:
    with services.db.engine.begin() as c:
        c.exec_driver_sql("UPDATE region SET name = ? WHERE id = 1", (name,))


def test_snapshot_writes_a_sound_private_copy_named_for_its_reason(services: Services) -> None:
    path = services.backups.snapshot("before import")
    assert path.parent == services.backups.folder
    assert path.name.startswith("coach-") and path.name.endswith("-before-import.sqlite")
    assert private(path)
    assert integrity_problems(path) == []
    assert _regions(path) == _regions(services.path)
    [info] = services.backups.list()
    assert info.path == path and info.reason == "before-import" and info.size == path.stat().st_size


def test_two_snapshots_in_one_second_both_survive(services: Services) -> None:
    first = services.backups.snapshot("before-merge")
    second = services.backups.snapshot("before-merge")
    assert first != second and first.exists() and second.exists()


def test_startup_backup_is_taken_at_most_once_a_day(services: Services) -> None:
    first = services.backups.startup_backup()
    assert first is not None and first.exists()
    assert services.backups.startup_backup() is None
    assert len(services.backups.list()) == 1


def _fake(folder: Path, when: datetime) -> BackupInfo:
    return BackupInfo(folder / backup_file_name("coach", "daily", when), when, "daily", 1)


def test_rotation_keeps_daily_weekly_and_monthly_copies(tmp_path: Path) -> None:
    start = datetime(2026, 11, 28, 9, 0)
    backups = [_fake(tmp_path, start - timedelta(days=n)) for n in range(400)]  # newest first
    keep = kept_backups(backups, Retention(daily=7, weekly=4, monthly=6, recent=2))
    kept_days = sorted((start.date() - b.taken_at.date()).days for b in backups if b.path in keep)
    # 7 days, then the newest of each of 4 ISO weeks and of 6 months (some coincide).
    assert kept_days[:7] == [0, 1, 2, 3, 4, 5, 6]
    weeks = {backups[d].taken_at.isocalendar()[:2] for d in kept_days}
    months = {(backups[d].taken_at.year, backups[d].taken_at.month) for d in kept_days}
    assert len(months) == 6 and len(weeks) >= 4
    assert max(kept_days) < 190
    assert len(keep) <= 7 + 4 + 6


def test_rotation_deletes_old_copies_but_never_foreign_files(services: Services) -> None:
    folder = services.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, 40):
        (folder / backup_file_name("coach", "daily", datetime(2025, 1, 1) + timedelta(days=n))).write_bytes(b"x")
    foreign = folder / "my-notes.sqlite"
    foreign.write_bytes(b"mine")
    other_db = folder / backup_file_name("other", "daily", datetime(2025, 1, 2))
    other_db.write_bytes(b"x")
    services.backups.retention = Retention(daily=3, weekly=0, monthly=0, recent=1)
    newest = services.backups.snapshot("manual")
    remaining = [b.path for b in services.backups.list()]
    assert remaining[0] == newest and len(remaining) == 3
    assert foreign.exists() and other_db.exists()


def test_restore_puts_the_backup_back_and_keeps_the_current_state(services: Services) -> None:
    original = _regions(services.path)
    backup = services.backups.snapshot("manual")
    _rename_first_region(services, "Verkeerd")
    result = services.backups.restore(backup)
    assert _regions(services.path) == original
    assert result.safety_copy is not None and _regions(result.safety_copy)[0] == "Verkeerd"
    reopened = Services(open_coachdesk_db(services.path, backup_dir=services.backups.folder))
    try:
        assert reopened.maintenance.check().ok
        assert len(reopened.backups.list()) == 2  # the chosen copy and the safety copy
    finally:
        reopened.close()


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(services: Services) -> None:
    backup = services.backups.snapshot("manual")
    data = bytearray(backup.read_bytes())
    data[4096 * 3: 4096 * 6] = b"\xff" * (4096 * 3)
    backup.write_bytes(bytes(data))
    _rename_first_region(services, "Nog hier")
    services.close()
    with pytest.raises(BackupError, match="damaged"):
        restore_database(services.path, backup, services.backups.folder)
    assert _regions(services.path)[0] == "Nog hier"


def test_restoring_a_file_that_is_not_a_backup_is_refused(services: Services, tmp_path: Path) -> None:
    stranger = tmp_path / "notes.sqlite"
    sqlite3.connect(stranger).execute("CREATE TABLE t (x)").connection.close()
    services.close()
    with pytest.raises(BackupError, match="not a backup of a CoachDesk database"):
        restore_database(services.path, stranger, services.backups.folder)
    missing = tmp_path / "gone.sqlite"
    with pytest.raises(BackupError, match="does not exist"):
        restore_database(services.path, missing, services.backups.folder)


def test_list_backups_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "nowhere", "coach") == []


def test_copies_half_written_before_a_crash_are_cleared_later(services: Services) -> None:
    folder = services.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / (backup_file_name("coach", "before-import", datetime(2026, 1, 5)) + ".partial")
    stale.write_bytes(b"half")
    old = datetime(2026, 1, 5).timestamp()
    os.utime(stale, (old, old))
    fresh = folder / (backup_file_name("coach", "before-merge", datetime.now()) + ".partial")
    fresh.write_bytes(b"being written by another process")
    services.backups.snapshot("manual")
    assert not stale.exists() and fresh.exists()
    assert all(b.path.suffix == ".sqlite" for b in services.backups.list())


def test_the_daily_backup_checks_the_database_thoroughly(services: Services) -> None:
    """Start-up checks only what is quick; the thorough check runs with the daily copy."""
    from coachdesk.services.backups import BackupError
    from tests.reliability.damage import break_an_index

    services.close()
    break_an_index(services.path)  # the app opens it (the tables are fine), the index lies
    damaged = Services(open_coachdesk_db(services.path, backup_dir=services.backups.folder))
    try:
        with pytest.raises(BackupError) as failed:
            damaged.backups.startup_backup()
    finally:
        damaged.close()
    assert failed.value.params["kind"] == "check_failed"
    assert "Check the database" in str(failed.value)
