"""Settings: declared once, read without Qt, upgraded when a key was renamed."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.application import settings as s


def _written_by_the_window(path: Path, values: dict[str, object]) -> None:
    from PySide6.QtCore import QSettings

    qs = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        qs.setValue(key, value)
    qs.sync()


def test_the_command_line_reads_what_the_window_wrote(tmp_path: Path) -> None:
    ini = tmp_path / "coachdesk.ini"
    _written_by_the_window(ini, {s.COACH_NAME.key: 'Dirk "Sénéchal", Oostende',
                                 s.LANGUAGE.key: "en", s.BACKUP_KEEP_DAILY.key: 30,
                                 s.LAST_EXPORT_DIR.key: "C:\\Users\\dirk\\Overdracht; 2026"})
    settings = s.read_settings(ini)
    assert settings.get(s.COACH_NAME) == 'Dirk "Sénéchal", Oostende'
    assert settings.get(s.LANGUAGE) == "en"
    assert settings.get(s.LAST_EXPORT_DIR) == "C:\\Users\\dirk\\Overdracht; 2026"
    assert s.backup_retention(settings).daily == 30


def test_a_renamed_key_is_carried_over_once(tmp_path: Path) -> None:
    ini = tmp_path / "coachdesk.ini"
    ini.write_text("[backup]\nkeep_daily=12\nkeep_monthly=2\n", encoding="utf-8")
    read_only = s.read_settings(ini)
    assert read_only.get(s.BACKUP_KEEP_DAILY) == 12  # upgraded in memory
    assert "[backup]" in ini.read_text(encoding="utf-8")  # the command line never writes

    from coachdesk.ui.settings import Settings

    window = Settings(ini)
    window.sync()
    text = ini.read_text(encoding="utf-8")
    assert "[backup]" not in text and "[backups]" in text
    assert window.get(s.BACKUP_KEEP_DAILY) == 12 and window.get(s.BACKUP_KEEP_MONTHLY) == 2
    assert window.get(s.VERSION) == s.CURRENT_VERSION
    window.set(s.BACKUP_KEEP_DAILY, 20)
    window.sync()
    assert Settings(ini).get(s.BACKUP_KEEP_DAILY) == 20  # a second opening changes nothing


def test_nonsense_and_a_missing_file_give_the_defaults(tmp_path: Path) -> None:
    ini = tmp_path / "coachdesk.ini"
    ini.write_text("[backups]\nkeep_daily=veel\n[ui\n", encoding="utf-8")
    assert s.read_settings(ini).get(s.BACKUP_KEEP_DAILY) == 7
    assert s.read_settings(tmp_path / "none.ini").get(s.STALLED_DAYS) == 30


@pytest.mark.parametrize(("lang_env", "exists", "expected"), [
    ("nl_BE.UTF-8", False, "nl"), ("C.UTF-8", False, "en"), ("en_GB.UTF-8", True, "nl"),
])
def test_the_language_without_a_choice(lang_env: str, exists: bool, expected: str,
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", lang_env)
    assert s.chosen_language(s.read_settings(tmp_path / "none.ini"), exists) == expected


def test_the_language_chosen_in_voorkeuren_wins(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "nl_BE.UTF-8")
    ini = tmp_path / "coachdesk.ini"
    ini.write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert s.chosen_language(s.read_settings(ini)) == "en"
