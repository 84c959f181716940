"""The command line speaks the coach's language: Voorkeuren, `--lang`, or the system's."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.cli import main


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "coach.sqlite"
    assert main(["check", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def _settings(home: Path, text: str) -> None:
    ini = home / "config" / "coachdesk.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(text, encoding="utf-8")


def test_lang_before_or_after_the_command(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nl", "backup", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("Backup geschreven naar ")
    assert main(["backup", "--db", str(db), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Backup written to ")


def test_the_language_chosen_in_voorkeuren(db: Path, coachdesk_home: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _settings(coachdesk_home, "[ui]\nlanguage=nl\n")
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Integriteit:  ok" in out and "18 regio's, 304 gemeenten" in out
    assert main(["--lang", "en", "check", "--db", str(db)]) == 0  # --lang overrides
    assert "Integrity:    ok" in capsys.readouterr().out


def test_dutch_by_default_once_the_window_has_settings(db: Path, coachdesk_home: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _settings(coachdesk_home, "[user]\ncoach_name=Lies\n")
    assert main(["backup", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("Backup geschreven naar ")


@pytest.mark.parametrize(("system", "expected"), [("nl_BE.UTF-8", "Backup geschreven naar "),
                                                  ("fr_BE.UTF-8", "Backup written to ")])
def test_without_settings_the_system_language(system: str, expected: str, db: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", system)
    assert main(["backup", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith(expected)


def test_an_error_in_dutch_names_the_file(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "weg.xlsx"
    assert main(["--lang", "nl", "import", str(missing), "--db", str(tmp_path / "c.sqlite")]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"coachdesk: {missing} bestaat niet."
    assert not (tmp_path / "c.sqlite").exists()  # a bad workbook touches no database


def test_help_speaks_the_coachs_language(coachdesk_home: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    _settings(coachdesk_home, "[ui]\nlanguage=nl\n")
    with pytest.raises(SystemExit) as exited:
        main(["export", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: coachdesk export")
    assert "toon deze hulp en stop" in out and "opties:" in out
    assert "exporteer alleen deze regio" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "export", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: coachdesk export") and "export only this region" in out


def test_a_usage_error_in_dutch_names_what_is_wrong(coachdesk_home: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import argparse
    import gettext

    with pytest.raises(SystemExit) as exited:
        main(["--lang", "nl", "report", "uit.pdf", "--from", "31/02/2026"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "fout: argument --from: '31/02/2026' is geen datum (schrijf dd/mm/jjjj)" in err
    with pytest.raises(SystemExit):
        main(["--lang", "nl", "opruimen"])
    assert "ongeldige keuze: 'opruimen'" in capsys.readouterr().err
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]  # restored afterwards
