"""`coachdesk export`, `import` and their exit codes and one-sentence errors (CONTRACTS.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coachdesk.cli import main
from tests.handoff_helpers import edit, first_row


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


def _dump(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return [row for table in ("action", "region", "contact_moment", "person", "municipality")
                for row in con.execute(f"SELECT * FROM {table} ORDER BY id")]


@pytest.fixture
def exported(demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "handoff.xlsx"
    assert main(["export", str(out), "--db", str(demo_db_path), "--coach", "Lies"]) == 0
    assert "Workbook written to" in capsys.readouterr().out
    return out


def test_round_trip_dry_run_reports_no_changes(
        exported: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(exported), "--db", str(demo_db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "0 changes, 0 conflicts (left alone), 0 new rows, 0 invalid cells." in out


def test_an_edited_cell_comes_back_into_the_database(
        exported: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    action = first_row(exported, "Acties")
    edit(exported, "Acties", {"ID": action["ID"]}, {"Verantwoordelijke": "Hoofdkantoor"})
    before = _dump(demo_db_path)
    assert main(["import", str(exported), "--db", str(demo_db_path), "--dry-run"]) == 0
    assert "Verantwoordelijke" in capsys.readouterr().out
    assert _dump(demo_db_path) == before
    assert main(["import", str(exported), "--db", str(demo_db_path)]) == 0
    with sqlite3.connect(demo_db_path) as con:
        owner = con.execute("SELECT owner FROM action WHERE uuid = ?", (action["ID"],)).fetchone()
    assert owner == ("Hoofdkantoor",)


def test_a_conflict_is_reported_and_left_alone(
        exported: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(demo_db_path) as con:
        con.execute("UPDATE region SET next_step = 'Coach', updated_at = '2999-01-01' "
                    "WHERE name = 'Westhoek'")
    edit(exported, "Regio's", {"Regio": "Westhoek"}, {"Volgende stap": "Hoofdkantoor"})
    assert main(["import", str(exported), "--db", str(demo_db_path)]) == 0
    out = capsys.readouterr().out
    assert "CONFLICT  Regio's, row" in out and "'Coach' -> 'Hoofdkantoor'" in out
    assert "1 conflicts (left alone)" in out
    with sqlite3.connect(demo_db_path) as con:
        assert con.execute("SELECT next_step FROM region WHERE name = 'Westhoek'").fetchone() == (
            "Coach",)


def test_an_invalid_row_fails_with_one_sentence_and_changes_nothing(
        exported: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    action = first_row(exported, "Acties")
    edit(exported, "Acties", {"ID": action["ID"]}, {"Regio": "Atlantis", "Omschrijving": "X"})
    before = _dump(demo_db_path)
    assert main(["import", str(exported), "--db", str(demo_db_path)]) == 1
    err = _one_line_error(capsys)
    assert "sheet 'Acties', row 2, column 'Regio'" in err and "nothing was imported" in err
    assert _dump(demo_db_path) == before


@pytest.mark.parametrize("content", [b"", b"Regio;Fase\n", b"%PDF-1.4\n",
                                     b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600])
def test_bad_files_exit_1_with_one_sentence(
        content: bytes, demo_db_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    before = _dump(demo_db_path)
    assert main(["import", str(bad), "--db", str(demo_db_path)]) == 1
    assert str(bad) in _one_line_error(capsys)
    assert _dump(demo_db_path) == before


def test_export_options(demo_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "anon.xlsx"
    assert main(["export", str(out), "--db", str(demo_db_path), "--no-personal-data",
                 "--region", "Kempen"]) == 0
    wb = load_workbook(out)
    assert "Contactpersonen" not in wb.sheetnames
    assert [r[1] for r in wb["Regio's"].iter_rows(min_row=2, values_only=True)] == ["Kempen"]


def test_export_refuses_an_unknown_region_and_writes_nothing(
        demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.xlsx"
    assert main(["export", str(out), "--db", str(demo_db_path), "--region", "Atlantis"]) == 1
    assert "Atlantis" in _one_line_error(capsys)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob("*.partial")) == []


def test_export_into_a_missing_folder(demo_db_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nowhere" / "x.xlsx"
    assert main(["export", str(out), "--db", str(demo_db_path)]) == 1
    assert str(out) in _one_line_error(capsys)


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["export"], ["import"], ["merge", "out.xlsx"], ["import", "x.xlsx", "--dryrun"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
