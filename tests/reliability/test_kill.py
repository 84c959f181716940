"""Crash safety: a child writing through the services is killed with SIGKILL again and again;
each time the database is sound, holds every reported change and nothing half-applied.

The child writes contact moments with participants and actions (`logbook.log_moment`), stage
changes (`progress.change_stage`), handoff imports (`handoff.apply_import`, which first takes
a backup), bulk membership changes (`regions.set_membership`) and proposal versions with
their file (`proposals.add_version`). Many more kills: `.venv/bin/pytest -m benchmark -s tests/reliability/test_kill.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.reliability.killing import KillLog, kill_many

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="SIGKILL: Windows has no signals to kill a child with")

RUNS = 8
BENCHMARK_RUNS = 40


def _assert_proven(log: KillLog, runs: int) -> None:
    assert log.kills == runs
    assert log.moments and log.stages and log.imports, "too little was committed to prove anything"
    assert log.members or log.versions


def test_sigkill_at_random_moments_loses_nothing(demo_template: Path, tmp_path: Path) -> None:
    log = kill_many(demo_template, tmp_path, runs=RUNS, seed=8)
    _assert_proven(log, RUNS)


@pytest.mark.benchmark
def test_sigkill_many_times(demo_template: Path, tmp_path: Path) -> None:
    log = kill_many(demo_template, tmp_path, runs=BENCHMARK_RUNS, seed=2026)
    _assert_proven(log, BENCHMARK_RUNS)
    print(f"\nkills survived: {log.kills} of {BENCHMARK_RUNS}")
    print(f"changes reported committed and found: {len(log.moments)} contact moments, "
          f"{len(log.stages)} stage changes, {len(log.imports)} imports, "
          f"{len(log.members)} regions' bulk changes, {len(log.versions)} proposal versions")
    print(f"backups verified sound: {len(log.backups_seen)}")
    for where, count in log.landed.most_common():
        print(f"  killed {where}: {count}")
