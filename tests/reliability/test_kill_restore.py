"""A restore killed with SIGKILL at any moment leaves either the old or the new database,
whole, never a mix and never a broken file."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk.services.backups import take_backup
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from tests.reliability.records import health

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="SIGKILL: Windows has no signals to kill a child with")

CHILD = Path(__file__).with_name("restore_child.py")
ROOT = Path(__file__).resolve().parents[2]
RUNS = 6


def _region_name(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT name FROM region WHERE id = 1").fetchone()[0]
    finally:
        con.close()


def _named_copy(db: Path, folder: Path, name: str) -> Path:
    con = sqlite3.connect(db)
    con.execute("UPDATE region SET name = ? WHERE id = 1", (name,))
    con.commit()
    con.close()
    return take_backup(db, folder, f"state-{name.lower()}")


def test_sigkill_during_restores(demo_template: Path, tmp_path: Path) -> None:
    db, folder, copies = tmp_path / "coach.sqlite", tmp_path / "backups", tmp_path / "copies"
    shutil.copyfile(demo_template, db)
    book_a, book_b = _named_copy(db, copies, "A"), _named_copy(db, copies, "B")
    rng = random.Random(6)
    for _run in range(RUNS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(db), str(folder), str(book_a),
                                  str(book_b)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(1, 8)):  # kill just after a restore starts or ends
            assert child.stdout.readline()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert health(db) == (["ok"], 0)
        assert _region_name(db) in ("A", "B")
        Services(open_coachdesk_db(db, backup_dir=folder)).close()
    (tmp_path / ".restore-left-by-a-kill").mkdir(exist_ok=True)  # as a kill mid-restore leaves
    (tmp_path / ".restore-left-by-a-kill" / "verify.sqlite").write_bytes(b"a whole copy")
    _age_leftovers(tmp_path)
    services = Services(open_coachdesk_db(db, backup_dir=folder))
    services.backups.startup_backup()  # the next start clears what the kills left behind
    services.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _age_leftovers(folder: Path) -> None:
    old = 1_000_000_000  # 2001: older than any restore still running
    for leftover in folder.iterdir():
        if leftover.name.startswith("."):
            os.utime(leftover, (old, old))
