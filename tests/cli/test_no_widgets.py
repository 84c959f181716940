"""The command line never loads Qt's widgets: only the window does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import sys
from coachdesk.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith("PySide6.Qt"))
print("LOADED", code, ",".join(loaded))
"""


def _run(*args: str) -> tuple[int, list[str]]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                            text=True, timeout=300)
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("LOADED")]
    assert line, result.stdout + result.stderr
    _, code, modules = line[0].split(" ", 2) if line[0].count(" ") >= 2 else (*line[0].split(" "), "")
    return int(code), [m for m in modules.split(",") if m]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    db = tmp_path / "coach.sqlite"
    assert _run("check", "--db", str(db))[0] == 0
    return db


@pytest.mark.parametrize("command", ["backup", "import", "export", "restore"])
def test_a_sub_command_loads_no_qt_widgets(command: str, database: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "overdracht.xlsx"
    if command in ("import", "export"):
        assert _run("export", str(workbook), "--db", str(database))[0] == 0
    args = {
        "backup": ["backup"],
        "import": ["import", str(workbook), "--dry-run"],
        "export": ["export", str(tmp_path / "tweede.xlsx")],
        "restore": ["restore", "--list"],
    }[command]
    code, loaded = _run(*args, "--db", str(database))
    assert code == 0
    assert "PySide6.QtWidgets" not in loaded and "PySide6.QtGui" not in loaded, loaded
