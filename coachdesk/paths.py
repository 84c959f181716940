"""Where CoachDesk keeps its data, backups, logs and settings, and where its resources are.

Everything lives in the user's platform folders (platformdirs). Setting COACHDESK_HOME puts
all of it under one folder instead: for tests, portable use, or support staff.

`folders(system)` computes the folders of any system (win32, darwin, linux) with platformdirs'
own rules for it, so the Windows and macOS answers are tested on Linux too
(tests/test_paths_platforms.py); the functions below ask for this system's.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from platformdirs import PlatformDirs
from platformdirs.api import PlatformDirsABC

from coachdesk import APP_NAME

DB_FILE_NAME = "coachdesk.sqlite"


@dataclass(frozen=True)
class Folders:
    data: PurePath
    logs: PurePath
    config: PurePath

    @property
    def backups(self) -> PurePath:
        return self.data / "backups"

    @property
    def database(self) -> PurePath:
        return self.data / DB_FILE_NAME


def _dirs(system: str | None = None) -> PlatformDirsABC:
    """platformdirs for this system, or for `system` with that system's own rules."""
    options = {"appname": APP_NAME, "appauthor": False, "roaming": False}
    if system is None or system == sys.platform:
        return PlatformDirs(**options)  # type: ignore[arg-type]
    if system == "win32":
        from platformdirs.windows import Windows

        return Windows(**options)  # type: ignore[arg-type]
    if system == "darwin":
        from platformdirs.macos import MacOS

        return MacOS(**options)  # type: ignore[arg-type]
    from platformdirs.unix import Unix

    return Unix(**options)  # type: ignore[arg-type]


def _home() -> Path | None:
    value = os.environ.get("COACHDESK_HOME")
    return Path(value) if value else None


def folders(system: str | None = None) -> Folders:
    """CoachDesk's folders on this system (or on `system`: win32, darwin, linux)."""
    pure: type[PurePath] = PureWindowsPath if (system or sys.platform) == "win32" else PurePosixPath
    if system is None or system == sys.platform:
        pure = Path
    home = _home()
    if home:
        base = pure(home)
        return Folders(data=base / "data", logs=base / "logs", config=base / "config")
    dirs = _dirs(system)
    return Folders(data=pure(dirs.user_data_dir), logs=pure(dirs.user_log_dir),
                   config=pure(dirs.user_config_dir))


def data_dir() -> Path:
    return Path(folders().data)


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    return Path(folders().logs)


def config_dir() -> Path:
    return Path(folders().config)


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def ensure_private_dir(path: Path) -> Path:
    """Create a folder only its owner can enter."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def resources_dir() -> Path:
    """The shipped resources: inside the package when installed or bundled, else the repo's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("CoachDesk's resources folder is missing from this installation")
