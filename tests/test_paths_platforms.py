"""CoachDesk's folders on Windows, macOS and Linux, computed with platformdirs' own rules for
each system (on any system), and the table in docs/PACKAGING.md that tells coaches where they are."""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

import platformdirs.windows
import pytest

from coachdesk import paths

ROOT = Path(__file__).resolve().parents[1]
LOCAL_APPDATA = r"C:\Users\coach\AppData\Local"
ROAMING_APPDATA = r"C:\Users\coach\AppData\Roaming"


@pytest.fixture
def plain_user(monkeypatch: pytest.MonkeyPatch) -> None:
    """A coach without COACHDESK_HOME or XDG variables, home /Users/coach or /home/coach."""
    monkeypatch.delenv("COACHDESK_HOME", raising=False)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
                 "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)

    def windows_shell(csidl_name: str) -> str:  # what SHGetKnownFolderPath answers there
        return {"CSIDL_LOCAL_APPDATA": LOCAL_APPDATA, "CSIDL_APPDATA": ROAMING_APPDATA}[csidl_name]

    monkeypatch.setattr(platformdirs.windows, "get_win_folder", windows_shell)


posix_only = pytest.mark.skipif(sys.platform == "win32",
                                reason="macOS and Linux folders are computed from $HOME")


def test_windows_folders_are_in_local_appdata_never_roaming(plain_user: None) -> None:
    found = paths.folders("win32")
    base = PureWindowsPath(LOCAL_APPDATA, "CoachDesk")
    assert found.data == base
    assert found.database == base / "coachdesk.sqlite"
    assert found.backups == base / "backups"
    assert found.config == base  # settings beside the database
    assert found.logs == base / "Logs"
    assert all(isinstance(p, PureWindowsPath) for p in (found.data, found.config, found.logs))


@posix_only
def test_macos_folders_are_in_the_library(plain_user: None,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/Users/coach")
    found = paths.folders("darwin")
    base = PurePosixPath("/Users/coach/Library/Application Support/CoachDesk")
    assert found.data == base and found.config == base
    assert found.backups == base / "backups"
    assert found.logs == PurePosixPath("/Users/coach/Library/Logs/CoachDesk")


@posix_only
def test_linux_folders_follow_xdg(plain_user: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/coach")
    found = paths.folders("linux")
    assert found.data == PurePosixPath("/home/coach/.local/share/CoachDesk")
    assert found.config == PurePosixPath("/home/coach/.config/CoachDesk")
    assert found.logs == PurePosixPath("/home/coach/.local/state/CoachDesk/log")
    monkeypatch.setenv("XDG_DATA_HOME", "/data/coach")
    assert paths.folders("linux").data == PurePosixPath("/data/coach/CoachDesk")


def test_coachdesk_home_puts_everything_under_one_folder_on_every_system(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COACHDESK_HOME", str(tmp_path))
    for system in ("win32", "darwin", "linux"):
        found = paths.folders(system)
        assert (found.data.name, found.logs.name, found.config.name) == ("data", "logs", "config")
    assert paths.data_dir() == tmp_path / "data" and paths.log_dir() == tmp_path / "logs"
    assert paths.default_db_path() == tmp_path / "data" / "coachdesk.sqlite"


def test_this_systems_folders_are_real_paths(plain_user: None) -> None:
    assert isinstance(paths.data_dir(), Path) and paths.data_dir() == Path(paths.folders().data)
    assert paths.backup_dir() == paths.data_dir() / "backups"


def _documented() -> dict[str, dict[str, str]]:
    """The table "Where CoachDesk keeps its files" in docs/PACKAGING.md: row -> system -> path."""
    text = (ROOT / "docs" / "PACKAGING.md").read_text(encoding="utf-8")
    table = text[text.index("## Where CoachDesk keeps its files"):]
    lines = table.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows: dict[str, dict[str, str]] = {}
    for line in lines[first + 2:]:  # after the header and its rule
        if not line.startswith("|"):
            break
        cells = [c.strip().strip("`") for c in line.strip("|").split("|")]
        if cells[0] and not set(cells[0]) <= {"-"}:
            rows[cells[0]] = dict(zip(("win32", "darwin", "linux"), cells[1:], strict=True))
    return rows


def _expand(system: str, documented: str) -> PurePath:
    if system == "win32":
        return PureWindowsPath(documented.replace("%LOCALAPPDATA%", LOCAL_APPDATA))
    home = "/Users/coach" if system == "darwin" else "/home/coach"
    return PurePosixPath(re.sub(r"^~", home, documented))


@posix_only
def test_the_documented_folders_are_the_ones_coachdesk_uses(
        plain_user: None, monkeypatch: pytest.MonkeyPatch) -> None:
    documented = _documented()
    assert {"database", "backups", "settings", "log"} <= set(documented)
    for system in ("win32", "darwin", "linux"):
        monkeypatch.setenv("HOME", "/Users/coach" if system == "darwin" else "/home/coach")
        found = paths.folders(system)
        expected = {"database": found.database, "backups": found.backups,
                    "settings": found.config / "coachdesk.ini",
                    "log": found.logs / "coachdesk.log"}
        for row, path in expected.items():
            assert _expand(system, documented[row][system]) == path, (row, system)
