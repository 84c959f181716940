"""Start-up (issue 16): `coachdesk --quit-when-ready` next to a bare PySide6 window in the same
run, the first paint, the Overzicht's cold first read, and the window's peak memory.

    .venv/bin/pytest -m benchmark -s tests/benchmarks/test_startup_benchmark.py

Every figure is printed, none is asserted against a time. Runs alternate between the bare
window and CoachDesk, so a busy machine slows both alike; the ratios are the figures to read.
CPU time (user + system of the child) is printed next to wall time: on a shared machine it
says what the start costs even when other processes hold the cores.

Where valgrind is installed, the instructions each start executes are counted too: a figure
that a busy machine does not change, and whose ratio matched the quiet machine's time here.

Python's bytecode cache is used as an installed CoachDesk uses it (`PYTHONDONTWRITEBYTECODE`
is dropped, the cache goes to a temporary folder). The bundle column appears when
`dist/CoachDesk` exists, or is built when `COACHDESK_BENCH_BUNDLE=1`.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parents[2]
BIG = Path("/tmp/big.sqlite")
BARE = "bare PySide6 window"
RUNS = int(os.environ.get("COACHDESK_BENCH_RUNS", "9"))
START_LIMIT, PAINT_LIMIT, OVERVIEW_LIMIT_MS, RSS_LIMIT_MB = 3.0, 2.0, 150.0, 250.0

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

# Prints the wall-clock time of the main window's first paint and quits there.
PAINT_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if (not self.seen and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)):
            FirstPaint.seen = True
            print("PAINT", time.time(), time.process_time(), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
if sys.argv[1] == "bare":
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    sys.exit(app.exec())
from coachdesk.cli import main
sys.exit(main(sys.argv[2:]))
"""

OVERVIEW_PROBE = """
import sys, time
from datetime import date
from pathlib import Path
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
services = Services(open_coachdesk_db(Path(sys.argv[1]), backup_dir=Path(sys.argv[2])))
start, cpu = time.perf_counter(), time.process_time()
overview = services.dashboard.overview(date.today(), 30)
print("MS", (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
"""

# Opens the window on a database, shows every page in turn until it has its data, then
# prints the process's peak resident memory.
MEMORY_PROBE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from coachdesk.ui import main_window

windows = []
original_init = main_window.MainWindow.__init__
def remember(self, *args, **kwargs):
    original_init(self, *args, **kwargs)
    windows.append(self)
    self.ready.connect(lambda: QTimer.singleShot(0, visit))
main_window.MainWindow.__init__ = remember

def visit():
    window = windows[-1]
    for index in range(window.nav.count()):
        page = window.pages[index]
        done = []
        page.loaded.connect(lambda: done.append(1))
        window.show_page(index)
        deadline = time.time() + 60
        while not done and time.time() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
    for _ in range(50):
        QApplication.processEvents()
    status = open("/proc/self/status").read().split("\\n")
    peak = next(l for l in status if l.startswith("VmHWM:")).split()[1]
    print("PEAK_KB", peak, flush=True)
    QApplication.instance().quit()

from coachdesk.app import run_app
from pathlib import Path
sys.exit(run_app(db_path=Path(sys.argv[1])))
"""


def bench_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(tmp / "home"),
               PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    return env


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, stdout) of one run from spawn to exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, done.stderr[-2000:]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def databases(tmp: Path, env: dict[str, str]) -> dict[str, Path]:
    small = tmp / "small.sqlite"
    subprocess.run([sys.executable, "-m", "coachdesk", "demo", str(small), "--seed", "1"],
                   check=True, capture_output=True, env=env)
    if not BIG.exists():  # colleagues share it: create only when missing
        subprocess.run([sys.executable, "-m", "coachdesk", "demo", str(BIG), "--size", "large",
                        "--seed", "1"], check=True, capture_output=True, env=env)
    large = tmp / "large.sqlite"
    shutil.copyfile(BIG, large)  # our own copy: the app writes its lock and backups beside it
    return {"small": small, "large": large}


def bundle_command(tmp: Path) -> Path | None:
    existing = ROOT / "dist" / "CoachDesk" / "coachdesk"
    if existing.exists():
        return existing
    if os.environ.get("COACHDESK_BENCH_BUNDLE") != "1":
        return None
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist",
                    str(tmp / "dist"), "--work", str(tmp / "work"), "--no-install"],
                   check=True, cwd=ROOT)
    return tmp / "dist" / "CoachDesk" / "coachdesk"


def freeze_bare_window(tmp: Path) -> Path:
    sys.path.insert(0, str(ROOT / "packaging"))
    import bundle_rules

    script = tmp / "bare_frozen.py"
    script.write_text(BARE_WINDOW)
    excludes = [arg for name in bundle_rules.EXCLUDES for arg in ("--exclude-module", name)]
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--onedir", "--strip", "--distpath", str(tmp / "bare-dist"),
                    "--workpath", str(tmp / "bare-work"), "--specpath", str(tmp), *excludes,
                    str(script)], check=True)
    return tmp / "bare-dist" / "bare_frozen" / "bare_frozen"


def timed_rows(rows: dict[str, list[str]], env: dict[str, str]) -> dict[str, list[tuple]]:
    """Every command RUNS times, alternating, after one warm-up run each."""
    for command in rows.values():
        run_once(command, env)
    times: dict[str, list[tuple]] = {label: [] for label in rows}
    for _ in range(RUNS):
        for label, command in rows.items():
            times[label].append(run_once(command, env)[:2])
    return times


def print_ratios(title: str, times: dict[str, list[tuple]], limit: float) -> None:
    bare_wall = statistics.median(w for w, _ in times[BARE])
    bare_min = min(w for w, _ in times[BARE])
    bare_cpu = statistics.median(c for _, c in times[BARE])
    print(f"\n{title} (median of {RUNS} alternating runs; limit {limit:g} x bare)")
    print(f"  {'':24}{'wall median':>12}{'wall min':>10}{'CPU':>8}"
          f"{'ratio (median)':>16}{'ratio (min)':>13}{'ratio (CPU)':>13}")
    for label, runs in times.items():
        wall = statistics.median(w for w, _ in runs)
        low = min(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"  {label:24}{wall:>11.3f}s{low:>9.3f}s{cpu:>7.3f}s"
              f"{wall / bare_wall:>16.2f}{low / bare_min:>13.2f}{cpu / bare_cpu:>13.2f}")


def instructions(command: list[str], env: dict[str, str]) -> int:
    """The instructions one run executes (valgrind's callgrind): the same on a busy machine."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                           "--callgrind-out-file=/dev/null", *command], env=env,
                          capture_output=True, text=True, timeout=900)
    return sum(int(line.split()[-1].replace(",", "")) for line in done.stderr.splitlines()
               if "Collected :" in line)


def print_instruction_ratios(rows: dict[str, list[str]], env: dict[str, str]) -> None:
    """Time on a shared machine varies with what else runs; the work done does not."""
    if shutil.which("valgrind") is None:
        print("  instructions: not counted (no valgrind)")
        return
    counts = {label: instructions(command, env) for label, command in rows.items()}
    for label, count in counts.items():
        print(f"  {label:24}{count / 1e6:>9.0f} M instructions, ratio {count / counts[BARE]:.2f}")


def test_startup_time_against_a_bare_window(tmp_path: Path) -> None:
    env = bench_env(tmp_path)
    dbs = databases(tmp_path, env)
    bare = tmp_path / "bare.py"
    bare.write_text(BARE_WINDOW)
    rows = {BARE: [sys.executable, str(bare)]}
    for size, db in dbs.items():
        rows[f"coachdesk, {size} demo"] = [sys.executable, "-m", "coachdesk",
                                           "--quit-when-ready", "--db", str(db)]
    print_ratios("Start-up from the virtual environment, spawn to exit", timed_rows(rows, env),
                 START_LIMIT)
    print_instruction_ratios(rows, env)
    bundle = bundle_command(tmp_path)
    if bundle is None:
        print("  bundle: not measured (no dist/CoachDesk; COACHDESK_BENCH_BUNDLE=1 builds one)")
        return
    frozen = {BARE: [str(freeze_bare_window(tmp_path))]}
    for size, db in dbs.items():
        frozen[f"coachdesk, {size} demo"] = [str(bundle), "--quit-when-ready", "--db", str(db)]
    print_ratios("Start-up from the bundle, spawn to exit", timed_rows(frozen, env), START_LIMIT)
    print_instruction_ratios(frozen, env)


def test_first_paint_against_a_bare_window(tmp_path: Path) -> None:
    env = bench_env(tmp_path)
    dbs = databases(tmp_path, env)
    probe = tmp_path / "paint.py"
    probe.write_text(PAINT_PROBE)
    rows = {BARE: ["bare"], **{f"coachdesk, {size} demo": ["app", "--db", str(db)]
                               for size, db in dbs.items()}}
    paints: dict[str, list[float]] = {label: [] for label in rows}
    cpus: dict[str, list[float]] = {label: [] for label in rows}
    for round_ in range(RUNS + 1):
        for label, args in rows.items():
            start = time.time()
            _wall, _cpu, out = run_once([sys.executable, str(probe), *args], env)
            line = next(l.split() for l in out.splitlines() if l.startswith("PAINT"))
            if round_:  # the first round warms the caches
                paints[label].append(float(line[1]) - start)
                cpus[label].append(float(line[2]))  # the process's CPU time up to the paint
    bare, bare_cpu = statistics.median(paints[BARE]), statistics.median(cpus[BARE])
    print(f"\nFirst paint of the main window, seconds from spawn (median of {RUNS}; "
          f"limit {PAINT_LIMIT:g} x bare; CPU: the process's CPU time up to the paint)")
    for label, values in paints.items():
        median, cpu = statistics.median(values), statistics.median(cpus[label])
        print(f"  {label:24}{median:>8.3f}s  min {min(values):.3f}s  ratio {median / bare:.2f}"
              f"  (min ratio {min(values) / min(paints[BARE]):.2f})  CPU {cpu:.3f}s"
              f"  ratio {cpu / bare_cpu:.2f}")


def test_overview_cold_in_a_fresh_process(tmp_path: Path) -> None:
    env = bench_env(tmp_path)
    dbs = databases(tmp_path, env)
    probe = tmp_path / "overview.py"
    probe.write_text(OVERVIEW_PROBE)
    print(f"\nOverzicht, first read in a fresh process (limit {OVERVIEW_LIMIT_MS:g} ms, "
          f"{RUNS} processes)")
    for size, db in dbs.items():
        values, cpus = [], []
        for _ in range(RUNS):
            out = run_once([sys.executable, str(probe), str(db), str(tmp_path / "b")], env)[2]
            line = next(l.split() for l in out.splitlines() if l.startswith("MS"))
            values.append(float(line[1]))
            cpus.append(float(line[2]))
        median, worst = statistics.median(values), max(values)
        print(f"  {size:6} wall median {median:6.1f} ms, max {worst:6.1f} ms; CPU median "
              f"{statistics.median(cpus):5.1f} ms, max {max(cpus):5.1f} ms; at half the speed "
              f"~{2 * max(cpus):.0f} ms of CPU, headroom {OVERVIEW_LIMIT_MS / (2 * max(cpus)):.1f}x")


def test_peak_memory_after_every_page(tmp_path: Path) -> None:
    env = bench_env(tmp_path)
    dbs = databases(tmp_path, env)
    probe = tmp_path / "memory.py"
    probe.write_text(MEMORY_PROBE)
    print(f"\nPeak resident memory after showing every page (limit {RSS_LIMIT_MB:g} MB)")
    for size, db in dbs.items():
        out = run_once([sys.executable, str(probe), str(db)], env)[2]
        peak = int(next(l.split()[1] for l in out.splitlines() if l.startswith("PEAK_KB"))) / 1024
        print(f"  {size:6} {peak:6.1f} MB")
