"""Where CoachDesk keeps its data, backups, logs and settings, and where its resources are.

Everything lives in the user's platform folders (platformdirs). Setting COACHDESK_HOME puts
all of it under one folder instead: for tests, portable use, or support staff.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from coachdesk import APP_NAME

DB_FILE_NAME = "coachdesk.sqlite"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False, roaming=False)


def _home() -> Path | None:
    value = os.environ.get("COACHDESK_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(_dirs().user_data_dir)


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(_dirs().user_log_dir)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(_dirs().user_config_dir)


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
