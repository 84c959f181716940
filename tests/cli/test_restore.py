"""`coachdesk restore` and `coachdesk check --repair`: backups put back, nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from coachdesk.cli import main
from tests.reliability.damage import break_an_index, integrity, overwrite_pages


def _first_region(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT name FROM region WHERE id = 1").fetchone()[0]
    finally:
        con.close()


def _rename_first_region(db: Path, name: str) -> None:
    con = sqlite3.connect(db)
    try:
        con.execute("UPDATE region SET name = ? WHERE id = 1", (name,))
        con.commit()
    finally:
        con.close()


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "coach.sqlite"
    assert main(["check", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def test_list_without_backups_says_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", "--list", "--db", str(db)]) == 0
    assert "No backups of" in capsys.readouterr().out


def test_list_shows_date_size_and_reason(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["restore", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    line = next(l for l in out.splitlines() if l.strip().startswith("1 "))
    assert "manual" in line and " kB" in line
    day, month, year = line.split()[1].split("/")
    assert len(day) == 2 and len(month) == 2 and len(year) == 4
    assert "coachdesk restore NUMBER" in out


def test_restore_by_number_puts_the_copy_back_and_keeps_the_current_state(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = _first_region(db)
    assert main(["backup", "--db", str(db)]) == 0
    _rename_first_region(db, "Na de backup")
    assert main(["restore", "1", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "state before the restore is kept as" in out
    assert _first_region(db) == original
    safety = Path(out.split("kept as ")[1].strip().rstrip("."))
    assert _first_region(safety) == "Na de backup"
    assert main(["check", "--db", str(db)]) == 0


def test_restore_of_a_damaged_backup_fails_clearly_and_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(db)]) == 0
    backup = next((db.parent / "home" / "data" / "backups").glob("*.sqlite"))
    overwrite_pages(backup)
    _rename_first_region(db, "Blijft")
    capsys.readouterr()
    assert main(["restore", str(backup), "--db", str(db)]) == 1
    err = _one_line_error(capsys)
    assert str(backup) in err and "damaged" in err
    assert _first_region(db) == "Blijft"


def test_restore_with_an_unknown_number(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", "4", "--db", str(db)]) == 1
    assert "no backup number 4" in _one_line_error(capsys)


def test_check_reports_a_broken_index_and_repairs_it_losslessly(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _rename_first_region(db, "Eigen naam")
    break_an_index(db)
    assert main(["check", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "missing from index" in captured.out and "coachdesk check --repair" in captured.err
    assert main(["check", "--repair", "--db", str(db)]) == 0
    assert "nothing was lost" in capsys.readouterr().out
    assert integrity(db) == ["ok"] and _first_region(db) == "Eigen naam"


def test_check_repairs_a_damaged_file_from_the_latest_good_backup(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(db)]) == 0
    good = _first_region(db)
    overwrite_pages(db)
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "Integrity:" in captured.out and "failed its check" in captured.err
    assert main(["check", "--repair", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "restored from the backup" in out and "damaged state is kept as" in out
    assert integrity(db) == ["ok"] and _first_region(db) == good


def test_repair_without_any_backup_says_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overwrite_pages(db)
    capsys.readouterr()
    assert main(["check", "--repair", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "no sound backup" in err


def test_restore_refuses_while_the_database_is_open_in_a_window(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coachdesk.instance import DatabaseLock

    assert main(["backup", "--db", str(db)]) == 0
    _rename_first_region(db, "Open in het venster")
    window = DatabaseLock(db)
    window.acquire()
    try:
        capsys.readouterr()
        assert main(["restore", "1", "--db", str(db)]) == 1
        assert "already open in CoachDesk" in _one_line_error(capsys)
    finally:
        window.release()
    assert _first_region(db) == "Open in het venster"


def test_check_reports_records_pointing_nowhere(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("UPDATE municipality SET region_id = 999 WHERE id = 1")
    con.commit()
    con.close()
    assert main(["check", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "Foreign keys: 1 problems" in captured.out and "Integrity:    ok" in captured.out


def test_a_new_laptop_starts_from_a_copied_backup(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _rename_first_region(db, "Van de oude laptop")
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "stick")]) == 0
    [copy] = list((tmp_path / "stick").glob("*.sqlite"))
    new_db = tmp_path / "new-laptop" / "data" / "coach.sqlite"
    assert main(["restore", "--list", "--from", str(tmp_path / "stick"), "--db", str(new_db)]) == 0
    assert copy.name in capsys.readouterr().out
    assert main(["restore", "1", "--from", str(tmp_path / "stick"), "--db", str(new_db)]) == 0
    assert "state before the restore" not in capsys.readouterr().out  # there was none
    assert _first_region(new_db) == "Van de oude laptop"
    assert main(["check", "--db", str(new_db)]) == 0


def test_the_command_line_reads_the_rotation_the_window_saved(
    db: Path, coachdesk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coachdesk.application.settings import backup_retention, read_settings

    def retention_from_ini(path: Path):  # type: ignore[no-untyped-def]
        return backup_retention(read_settings(path))

    ini = coachdesk_home / "config" / "coachdesk.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[backups]\nkeep_daily=2\nkeep_weekly=0\nkeep_monthly=1\n", encoding="utf-8")
    assert retention_from_ini(ini).daily == 2 and retention_from_ini(ini).weekly == 0
    ini.write_text("[backups]\nkeep_daily=veel\n", encoding="utf-8")
    assert retention_from_ini(ini).daily == 7  # nonsense falls back to the default
    assert retention_from_ini(coachdesk_home / "missing.ini").monthly == 6
