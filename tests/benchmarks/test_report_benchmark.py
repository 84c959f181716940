"""The progress report of the large demo database: time and peak memory of `coachdesk report`.

Run on demand: .venv/bin/pytest -m benchmark -s tests/benchmarks/test_report_benchmark.py
Target on the shared 2-core machine: under 10 s and 300 MB (issue 17).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.benchmarks.test_handoff_benchmark import LARGE_DB, PEAK_SCRIPT

pytestmark = pytest.mark.benchmark


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not LARGE_DB.exists():
        subprocess.run([sys.executable, "-m", "coachdesk", "demo", str(LARGE_DB), "--size",
                        "large", "--seed", "1"], check=True)
    copy = tmp_path_factory.mktemp("large") / "large.sqlite"
    shutil.copyfile(LARGE_DB, copy)
    return copy


@pytest.mark.parametrize("variant", [[], ["--no-personal-data"]], ids=["names", "anonymous"])
def test_report_of_the_large_demo(large_db: Path, tmp_path: Path, variant: list[str]) -> None:
    out = tmp_path / "rapport.pdf"
    args = ["report", str(out), "--db", str(large_db), "--from", "01/01/2025", *variant]
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, *args], capture_output=True,
                          text=True, check=True)
    seconds = time.perf_counter() - started
    peak = int(done.stdout.split("PEAK_MB")[1].split()[0])
    pages = len(PdfReader(out).pages)
    print(f"\nreport of the large demo ({' '.join(variant) or 'with names'}): {seconds:.1f} s "
          f"(whole process), peak {peak} MB, {pages} pages, {out.stat().st_size // 1024} KB")
    assert pages > 10


def test_report_phases_in_process(qapp: object, large_db: Path, tmp_path: Path) -> None:
    """Gathering and painting alone, without the interpreter's start and imports."""
    from datetime import date

    from coachdesk.domain.report import ReportOptions
    from coachdesk.application.translations import translator
    from coachdesk.reporting.pdf import write_report
    from coachdesk.services.container import Services
    from coachdesk.services.database import open_coachdesk_db

    services = Services(open_coachdesk_db(large_db, backup_dir=tmp_path / "backups"))
    try:
        for options in (ReportOptions(), ReportOptions(start=date(2025, 1, 1)),
                        ReportOptions(personal_data=False)):
            started = time.perf_counter()
            data = services.report.gather(options)
            gathered = time.perf_counter()
            write_report(tmp_path / "r.pdf", data, translator(options.lang))
            painted = time.perf_counter()
            print(f"\nfrom {data.start:%d/%m/%Y}, personal data {options.personal_data}: "
                  f"gather {gathered - started:.2f} s, paint {painted - gathered:.2f} s "
                  f"({len(data.changes)} changes, {len(PdfReader(tmp_path / 'r.pdf').pages)} "
                  "pages)")
    finally:
        services.close()
