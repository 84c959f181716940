"""Erasure killed with SIGKILL while it scrubs the backups: nothing is damaged, and the next
start finishes the job (every backup scrubbed or gone, the database erased or unchanged).

More kills: `.venv/bin/pytest -m benchmark -s tests/reliability/test_kill_scrub.py`.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coachdesk.db.backup import backup_file_name, integrity_problems
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.erasure_files import SCRUB_SUFFIX, holds_any, read_ledger

BACKUPS = 6
RUNS = 3
BENCHMARK_RUNS = 25
CHILD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from coachdesk.services.container import Services\n"
    "from coachdesk.services.database import open_coachdesk_db\n"
    "s = Services(open_coachdesk_db(Path(sys.argv[1]), backup_dir=Path(sys.argv[2])))\n"
    "print('READY', flush=True)\n"
    "s.privacy.erase_person(int(sys.argv[3]))\n"
    "print('DONE', flush=True)\n"
)


def _person(db: Path) -> tuple[int, str, str]:
    """The person named most often in free text: the most to scrub."""
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT p.id, p.uuid, p.name FROM person p ORDER BY (SELECT count(*) FROM "
            "contact_moment m WHERE m.report LIKE '%' || p.name || '%') DESC LIMIT 1").fetchone()
    finally:
        con.close()


def _moments(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM contact_moment").fetchone()[0]
    finally:
        con.close()


def _prepare(template: Path, folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    db = folder / "coach.sqlite"
    shutil.copyfile(template, db)
    backups = folder / "backups"
    backups.mkdir()
    for day in range(BACKUPS):
        when = datetime(2026, 11, 1) + timedelta(days=day)
        shutil.copyfile(template, backups / backup_file_name(db.stem, "daily", when))
    return db, backups


def _run_child(db: Path, backups: Path, person: int, kill_after: float | None) -> str:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(backups), str(person)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    if kill_after is None:
        child.wait(timeout=300)
        return "done"
    time.sleep(kill_after)
    finished = child.poll() is not None
    if not finished:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    return "after" if finished else "killed"


def kill_while_scrubbing(template: Path, work: Path, runs: int, seed: int) -> Counter[str]:
    person, uuid, name = _person(template)
    moments = _moments(template)
    # One whole run tells how long erasing takes; the kills land anywhere in that time.
    db, backups = _prepare(template, work / "timing")
    started = time.perf_counter()
    _run_child(db, backups, person, None)
    whole = time.perf_counter() - started
    rng = random.Random(seed)
    landed: Counter[str] = Counter()
    for run in range(runs):
        db, backups = _prepare(template, work / f"run{run}")
        landed[_run_child(db, backups, person, rng.uniform(0.0, whole))] += 1
        files = sorted(backups.glob("*.sqlite"))
        for path in [db, *files]:
            assert not integrity_problems(path), path  # nothing damaged, whatever the moment
        erasing = uuid in read_ledger(db).people
        services = Services(open_coachdesk_db(db, backup_dir=backups))  # the next start
        try:
            services.privacy.tidy()
            names = [p.name for p in services.contacts.people()]
        finally:
            services.close()
        assert (name not in names) if erasing else (name in names)
        assert _moments(db) == moments  # contact moments are kept, anonymised
        assert not list(backups.glob(f".*{SCRUB_SUFFIX}"))
        for path in sorted(backups.glob("*.sqlite")):
            assert not integrity_problems(path), path
            assert not erasing or not holds_any(path, [uuid]), path
        if erasing:
            assert not read_ledger(db).pending
        landed["erased" if erasing else "untouched"] += 1
    return landed


def test_sigkill_while_scrubbing_backups(demo_template: Path, tmp_path: Path) -> None:
    landed = kill_while_scrubbing(demo_template, tmp_path, RUNS, seed=18)
    assert landed["killed"] + landed["after"] == RUNS


@pytest.mark.benchmark
def test_many_sigkills_while_scrubbing_backups(demo_template: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    landed = kill_while_scrubbing(demo_template, tmp_path, BENCHMARK_RUNS, seed=1818)
    print(f"\nSIGKILL while scrubbing {BACKUPS} backups: {BENCHMARK_RUNS} runs in "
          f"{time.perf_counter() - started:.0f} s; {dict(landed)}; every backup sound, then "
          "scrubbed or gone after the next start; the database erased or unchanged")
    assert landed["killed"] >= BENCHMARK_RUNS // 2
