"""The layering of STYLE.md, as import-linter contracts in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout


def test_the_report_is_painted_without_widgets() -> None:
    """The command line paints the report with a QGuiApplication: no QtWidgets, no QtCharts."""
    code = ("import sys, coachdesk.reporting.pdf, coachdesk.cli.report; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout
    assert "PySide6.QtGui" in loaded
    assert "QtWidgets" not in loaded and "QtCharts" not in loaded, loaded


def test_the_report_command_loads_qt_only_when_run() -> None:
    code = "import sys, coachdesk.cli.report; print('PySide6' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout
    assert loaded.strip() == "False"
