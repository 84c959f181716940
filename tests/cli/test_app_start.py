"""`coachdesk --quit-when-ready` starts the real app in a separate process and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "coachdesk", *args], env=env, capture_output=True, text=True,
        timeout=120,
    )


def test_quit_when_ready_opens_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    result = _run("--quit-when-ready", "--db", str(db), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert db.exists()
    assert (tmp_path / "home" / "logs" / "coachdesk.log").exists()


def test_quit_when_ready_on_a_foreign_file_fails_with_one_sentence(tmp_path: Path) -> None:
    text = tmp_path / "x.sqlite"
    text.write_text("hello")
    result = _run("--quit-when-ready", "--db", str(text), home=tmp_path / "home")
    assert result.returncode == 1
    lines = [l for l in result.stderr.splitlines() if l.startswith("coachdesk:")]
    assert len(lines) == 1 and "geen SQLite-bestand" in lines[0]  # the window speaks Dutch
    assert text.read_text() == "hello"
