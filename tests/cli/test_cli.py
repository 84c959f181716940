"""The command line of CONTRACTS.md: exit codes, one-line messages, nothing overwritten."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from coachdesk import __version__
from coachdesk.cli import main
from tests.platforms import private


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"coachdesk {__version__}"


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--no-such-option"])
    assert exit_info.value.code == 2


def test_check_creates_the_default_database_and_summarises(
    coachdesk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity:    ok" in out
    assert "18 regions, 304 municipalities" in out
    db = coachdesk_home / "data" / "coachdesk.sqlite"
    assert db.exists() and private(db)


def test_backup_writes_a_consistent_private_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite"
    assert main(["check", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "copies")]) == 0
    copies = list((tmp_path / "copies").glob("*.sqlite"))
    assert len(copies) == 1
    assert private(copies[0])
    with sqlite3.connect(copies[0]) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM municipality").fetchone()[0] == 304
    assert not list((tmp_path / "copies").glob("*.partial"))


def test_backup_into_a_file_instead_of_a_folder_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.sqlite"
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert main(["backup", "--db", str(db), "--to", str(blocker)]) == 1
    assert str(blocker) in _one_line_error(capsys)


def test_db_that_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path)]) == 1
    assert "is a folder" in _one_line_error(capsys)


def test_db_that_is_a_text_file_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("Dit is geen database.\n", encoding="utf-8")
    before = _digest(text)
    assert main(["check", "--db", str(text)]) == 1
    err = _one_line_error(capsys)
    assert str(text) in err and "not an SQLite file" in err
    assert _digest(text) == before


def test_db_in_a_place_that_cannot_be_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Root ignores permission bits, so use a place no one can create files in.
    target = Path("/proc/coachdesk-test.sqlite")
    assert main(["check", "--db", str(target)]) == 1
    err = _one_line_error(capsys)
    assert str(target) in err and "cannot be created" in err


def test_db_under_a_file_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["check", "--db", str(blocker / "c.sqlite")]) == 1
    assert "cannot be created" in _one_line_error(capsys)
    assert blocker.read_text() == "x"


def test_db_written_by_a_newer_version(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite"
    assert main(["check", "--db", str(db)]) == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'abcdef'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    capsys.readouterr()
    before = _digest(db)
    assert main(["check", "--db", str(db)]) == 1
    assert "newer version of CoachDesk" in _one_line_error(capsys)
    assert _digest(db) == before


def test_only_the_module_of_the_asked_command_is_loaded() -> None:
    from coachdesk.cli import COMMAND_MODULES, requested_modules

    handoff, maintenance = "coachdesk.cli.handoff", "coachdesk.cli.maintenance"
    assert requested_modules([]) == []  # the window
    assert requested_modules(["--db", "export", "--quit-when-ready"]) == []  # `export` is a file
    assert requested_modules(["--db", "x.sqlite", "export", "out.xlsx"]) == [handoff]
    assert requested_modules(["check", "--repair"]) == [maintenance]
    assert requested_modules(["--help"]) == list(COMMAND_MODULES)
    assert requested_modules(["exprot"]) == list(COMMAND_MODULES)  # argparse names the choices


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out for name in ("demo", "check", "export", "import", "merge", "restore"))
