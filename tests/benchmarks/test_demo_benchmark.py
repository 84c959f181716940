"""How long `coachdesk demo --size large` takes, and how big the file gets (run on demand)."""

from __future__ import annotations

import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from coachdesk.services.demo import create_demo_database


@pytest.mark.benchmark
def test_large_demo_database(tmp_path: Path) -> None:
    target = tmp_path / "large.sqlite"
    started = time.perf_counter()
    summary = create_demo_database(target, size="large", seed=1, today=date(2025, 3, 17))
    seconds = time.perf_counter() - started
    size_mb = target.stat().st_size / 1_000_000
    print(f"\nlarge demo: {seconds:.1f} s, {size_mb:.1f} MB ({summary})")
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT count(*) FROM contact_moment").fetchone()[0] == 100_000
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
