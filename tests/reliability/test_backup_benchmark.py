"""How long backups, checks and restores take on the large demo database (~100 MB).

    .venv/bin/pytest -m benchmark -s tests/reliability/test_backup_benchmark.py
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from coachdesk.services.backups import restore_database
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.maintenance import inspect_database


def _timed(label: str, work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    print(f"{label:<40} {time.perf_counter() - start:6.2f} s")
    return result


@pytest.mark.benchmark
def test_backup_check_and_restore_of_the_large_demo(tmp_path: Path) -> None:
    from coachdesk.services.demo import create_demo_database

    db = tmp_path / "large.sqlite"
    create_demo_database(db, size="large", seed=1)
    services = Services(open_coachdesk_db(db, backup_dir=tmp_path / "backups"))
    print(f"\ndatabase: {db.stat().st_size / 1e6:.0f} MB")
    copy = _timed("snapshot (while open)", lambda: services.backups.snapshot("manual"))
    report = _timed("integrity check (Help menu)", lambda: inspect_database(db))
    assert report.ok
    services.close()
    result = _timed("restore (verify, safety copy, replace)",
                    lambda: restore_database(db, copy, tmp_path / "backups"))
    assert result.safety_copy is not None
    _timed("reopen after the restore", lambda: open_coachdesk_db(db, tmp_path / "backups").dispose())
