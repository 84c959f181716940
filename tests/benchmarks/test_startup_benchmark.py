"""Start-up time: `coachdesk --quit-when-ready` on a small and a large demo database, next to a
bare PySide6 window, from the virtualenv and from the PyInstaller bundle, in one run.

    .venv/bin/pytest -m benchmark -s tests/benchmarks/test_startup_benchmark.py

The bundle is dist/CoachDesk when present (packaging/build.py), else built into a temporary
folder; the bare window is frozen the same way, so both columns compare like with like.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
BIG = Path("/tmp/big.sqlite")
RUNS = 5
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)  # the first turn of the event loop: the window is shown
sys.exit(app.exec())
"""


def seconds(command: Sequence[str], env: dict[str, str]) -> list[float]:
    """Wall-clock time of each of RUNS runs of `command`, from spawn to exit."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        done = subprocess.run(list(command), env=env, capture_output=True, text=True, timeout=600)
        times.append(time.perf_counter() - start)
        assert done.returncode == 0, done.stderr[-2000:]
    return times


def ensure_bundle(tmp: Path) -> Path:
    existing = ROOT / "dist" / "CoachDesk" / "coachdesk"
    if existing.exists():
        return existing
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist",
                    str(tmp / "dist"), "--work", str(tmp / "work")], check=True, cwd=ROOT)
    return tmp / "dist" / "CoachDesk" / "coachdesk"


def freeze_bare_window(tmp: Path) -> Path:
    sys.path.insert(0, str(ROOT / "packaging"))
    import bundle_rules

    script = tmp / "bare.py"
    script.write_text(BARE_WINDOW)
    excludes = [arg for name in bundle_rules.EXCLUDES for arg in ("--exclude-module", name)]
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--onedir", "--strip", "--distpath", str(tmp / "bare-dist"),
                    "--workpath", str(tmp / "bare-work"), "--specpath", str(tmp), *excludes,
                    str(script)], check=True)
    return tmp / "bare-dist" / "bare" / "bare"


def databases(tmp: Path, command: Path) -> dict[str, Path]:
    small = tmp / "small.sqlite"
    subprocess.run([str(command), "demo", str(small), "--seed", "1"], check=True,
                   capture_output=True)
    if not BIG.exists():  # colleagues share it: create only when missing
        subprocess.run([str(command), "demo", str(BIG), "--size", "large", "--seed", "1"],
                       check=True, capture_output=True)
    large = tmp / "large.sqlite"
    shutil.copyfile(BIG, large)  # our own copy: the app writes its lock and backups beside it
    return {"small": small, "large": large}


def test_startup_time(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(tmp_path / "home"))
    venv_command = Path(sys.executable).with_name("coachdesk")
    bundle_command = ensure_bundle(tmp_path)
    bare_frozen = freeze_bare_window(tmp_path)
    dbs = databases(tmp_path, venv_command)
    bare_script = tmp_path / "bare.py"
    rows = [
        ("bare PySide6 window", [sys.executable, str(bare_script)], [str(bare_frozen)]),
        *[(f"coachdesk, {size} demo", [str(venv_command), "--quit-when-ready", "--db", str(db)],
           [str(bundle_command), "--quit-when-ready", "--db", str(db)])
          for size, db in dbs.items()],
    ]
    for _label, venv_run, bundle_run in rows:  # warm the file cache once
        for command in (venv_run, bundle_run):
            subprocess.run(command, env=env, capture_output=True, timeout=600)
    print(f"\nStart-up, seconds from spawn to exit (median / min of {RUNS} runs)")
    print(f"{'':28}{'venv':>16}{'bundle':>16}")
    for label, venv_run, bundle_run in rows:
        venv_times, bundle_times = seconds(venv_run, env), seconds(bundle_run, env)
        print(f"{label:28}{statistics.median(venv_times):>9.2f} / {min(venv_times):.2f}"
              f"{statistics.median(bundle_times):>9.2f} / {min(bundle_times):.2f}")
