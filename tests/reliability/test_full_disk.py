"""Full disk, read-only folder, locked file: saving, exporting and backing up give one clear
message and leave the database as it was."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from coachdesk.cli import main
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.handoff import ExportOptions
from coachdesk.exchange import workbook_writer
from coachdesk.exchange.workbook_writer import write_handoff
from coachdesk.services.backups import BackupError, restore_database, take_backup
from coachdesk.services.container import Services
from coachdesk.services.database import StorageError, open_coachdesk_db
from coachdesk.services.logbook import ActionDraft, MomentDraft
from tests.reliability.disks import Mount, fill, small_disk  # noqa: F401 - a fixture
from tests.reliability.records import health, inventory



def _moment(report: str = "Verslag") -> MomentDraft:
    return MomentDraft(date.today(), "phone", 1, "Telefoon met de schepen", report,
                       actions=[ActionDraft("Mail sturen", "Lies", date.today())])


def test_backup_onto_a_full_disk_says_so_and_leaves_nothing(services: Services, small_disk: Mount) -> None:
    disk = small_disk("64k")
    before = inventory(services.path)
    with pytest.raises(BackupError) as failed:
        take_backup(services.path, disk, "manual")
    assert "the disk is full" in str(failed.value) and str(disk) in str(failed.value)
    assert failed.value.params["cause_code"] == "disk_full"
    assert list(disk.iterdir()) == []
    assert inventory(services.path) == before


def test_backup_command_onto_a_full_disk(services: Services, small_disk: Mount,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    disk = small_disk("64k")
    services.close()
    assert main(["backup", "--db", str(services.path), "--to", str(disk)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "the disk is full" in err and str(disk) in err


def test_backup_into_a_read_only_folder(services: Services, small_disk: Mount) -> None:
    disk = small_disk("1m", read_only=True)
    with pytest.raises(BackupError, match="cannot be written to"):
        take_backup(services.path, disk, "manual")


def test_saving_on_a_full_disk_keeps_what_was_saved(small_disk: Mount) -> None:
    disk = small_disk("4m")
    services = Services(open_coachdesk_db(disk / "coach.sqlite", backup_dir=disk / "backups"))
    try:
        first, _ = services.logbook.log_moment(_moment())
        filler = fill(disk)
        with pytest.raises(StorageError) as failed:
            services.logbook.log_moment(_moment("Een lang verslag. " * 20_000))
        assert "the disk is full" in str(failed.value) and "not stored" in str(failed.value)
        assert failed.value.params["kind"] == "disk_full"
        assert services.maintenance.counts()["contact_moments"] == 1
        filler.unlink()
        second, _ = services.logbook.log_moment(_moment("Na het opruimen"))
        assert second > first
    finally:
        services.close()
    assert health(disk / "coach.sqlite") == (["ok"], 0)


def test_saving_while_another_program_locks_the_database(services: Services) -> None:
    event.listen(services.db.engine, "connect",
                 lambda con, _r: con.execute("PRAGMA busy_timeout = 50"))
    services.db.engine.dispose()
    other = sqlite3.connect(services.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as failed:
            services.logbook.log_moment(_moment())
        assert failed.value.params["kind"] == "locked"
        assert "another program is using the file" in str(failed.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    services.logbook.log_moment(_moment())
    assert services.maintenance.counts()["contact_moments"] == 1


def test_export_onto_a_full_disk_says_so_and_records_nothing(
    demo_services: Services, small_disk: Mount
) -> None:
    disk = small_disk("64k")
    before = demo_services.handoff.history()
    with pytest.raises(CoachDeskError) as failed:
        demo_services.handoff.export(disk / "handoff.xlsx", ExportOptions(), write_handoff)
    assert "handoff.xlsx" in str(failed.value)
    assert list(disk.iterdir()) == []
    assert demo_services.handoff.history() == before


def test_export_over_a_file_locked_by_another_program(
    demo_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "handoff.xlsx"
    target.write_bytes(b"the workbook headquarters has open")
    before = demo_services.handoff.history()

    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(workbook_writer.os, "replace", locked)
    with pytest.raises(CoachDeskError, match="open in another program"):
        demo_services.handoff.export(target, ExportOptions(), write_handoff)
    assert target.read_bytes() == b"the workbook headquarters has open"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    assert demo_services.handoff.history() == before


def test_an_import_whose_backup_fails_changes_nothing(
    demo_services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tests.reliability.killing import make_workbooks

    book_a, _b, _ids = make_workbooks(demo_services.path, tmp_path)
    from coachdesk.exchange.workbook_reader import read_handoff

    plan = demo_services.handoff.plan_import(read_handoff(book_a))
    assert plan.changes

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("coachdesk.services.backups.backup_database", full)
    before = _digest_rows(demo_services.path)
    with pytest.raises(BackupError, match="the disk is full"):
        demo_services.handoff.apply_import(plan)
    assert _digest_rows(demo_services.path) == before


def _digest_rows(path: Path) -> str:
    return hashlib.sha256(repr(inventory(path)).encode()).hexdigest()


def test_restore_over_a_locked_database_file_changes_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = services.backups.snapshot("manual")
    with services.db.engine.begin() as c:
        c.exec_driver_sql("UPDATE region SET name = 'Na de backup' WHERE id = 1")
    services.close()
    before = inventory(services.path)
    real_replace = os.replace

    def locked(src: object, dst: object) -> None:
        if Path(str(dst)) == services.path:
            raise PermissionError(errno.EACCES, "The file is in use", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr("coachdesk.db.backup.os.replace", locked)
    with pytest.raises(BackupError) as failed:
        restore_database(services.path, backup, services.backups.folder)
    assert "could not be replaced" in str(failed.value) and "not changed" in str(failed.value)
    assert inventory(services.path) == before
    assert [p for p in services.path.parent.iterdir() if ".restoring" in p.name] == []
    monkeypatch.undo()
    open_coachdesk_db(services.path, backup_dir=services.backups.folder).dispose()


def test_a_repair_that_cannot_write_says_so_and_changes_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.services.maintenance import repair_database
    from tests.reliability.damage import break_an_index

    services.close()
    break_an_index(services.path)
    before = services.path.read_bytes()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("coachdesk.services.maintenance.backup_database", full)
    with pytest.raises(BackupError, match="the disk is full"):
        repair_database(services.path, services.backups.folder)
    assert services.path.read_bytes() == before
