"""Handoff speed on the large demo database: export vs a bare openpyxl loop, memory, import.

Run on demand: .venv/bin/pytest -m benchmark -s tests/benchmarks/test_handoff_benchmark.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from coachdesk.domain import handoff as h
from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.exchange.workbook_writer import write_handoff
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db

LARGE_DB = Path("/tmp/big.sqlite")  # shared by the team; made once
# VmHWM, not ru_maxrss: a child forked from this big test process would inherit its maximum.
PEAK_SCRIPT = (
    "import sys\n"
    "from coachdesk.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
    "print('PEAK_MB', int(hwm.split()[1]) // 1024)\n"
    "sys.exit(code)\n"
)
pytestmark = pytest.mark.benchmark


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not LARGE_DB.exists():
        subprocess.run([sys.executable, "-m", "coachdesk", "demo", str(LARGE_DB), "--size",
                        "large", "--seed", "1"], check=True)
    copy = tmp_path_factory.mktemp("large") / "large.sqlite"
    shutil.copyfile(LARGE_DB, copy)  # exports are recorded: never in the shared file
    return copy


def _bare_loop(data: h.HandoffData, target: Path) -> float:
    """The same cells through openpyxl's write-only mode, nothing else: the yardstick."""
    matrices = {name: [list(h.BY_NAME[name].values()(r)) for r in rows]
                for name, rows in data.sheets.items()}
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, matrix in matrices.items():
        ws = wb.create_sheet(name)
        ws.append(list(h.BY_NAME[name].headers))
        for row in matrix:
            ws.append(row)
    wb.save(target)
    return time.perf_counter() - started


def test_export_speed_memory_and_import(large_db: Path, tmp_path: Path) -> None:
    services = Services(open_coachdesk_db(large_db, backup_dir=tmp_path / "backups"))
    try:
        data, _snapshot = services.handoff.gather(h.ExportOptions())
        bare = _bare_loop(data, tmp_path / "bare.xlsx")
        del data
        started = time.perf_counter()
        result = services.handoff.export(tmp_path / "export.xlsx", h.ExportOptions(),
                                         write_handoff)
        export = time.perf_counter() - started
        started = time.perf_counter()
        plan = services.handoff.plan_import(read_handoff(result.path))
        imported = time.perf_counter() - started
    finally:
        services.close()
    run = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, "export", str(tmp_path / "m.xlsx"),
                          "--db", str(large_db)], capture_output=True, text=True, check=True)
    peak = int(run.stdout.split("PEAK_MB")[1].split()[0])
    print(f"\nhandoff export of {result.row_count:,} rows: {export:.2f} s "
          f"(gathering, snapshot, Wijzigingen and writing); bare openpyxl write-only loop over "
          f"the same cells: {bare:.2f} s; ratio {export / bare:.2f} (target <= 1.3)")
    print(f"peak memory of `coachdesk export` (second export, with a snapshot to compare): "
          f"{peak} MB (target < 300 MB)")
    print(f"import of that workbook (read + plan, dry run): {imported:.2f} s (target < 15 s); "
          f"{len(plan.changes)} changes")
    assert plan.empty and not plan.problems
    assert export <= 1.3 * bare
    assert peak < 300
    assert imported < 15
