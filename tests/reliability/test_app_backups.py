"""The real app, started as a coach starts it, takes the day's copy (once a day: see
tests/ui/test_backups.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coachdesk.db.backup import integrity_problems
from coachdesk.services.backups import list_backups
from tests.platforms import private


def _start(db: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "coachdesk", "--quit-when-ready", "--db", str(db)],
        env=env, capture_output=True, text=True, timeout=180,
    )


def test_starting_the_app_makes_the_daily_copy(tmp_path: Path) -> None:
    db, home = tmp_path / "coach.sqlite", tmp_path / "home"
    started = _start(db, home)
    assert started.returncode == 0, started.stderr
    backups = list_backups(home / "data" / "backups", "coach")
    assert [b.reason for b in backups] == ["daily"]
    assert integrity_problems(backups[0].path) == []
    assert private(backups[0].path)
