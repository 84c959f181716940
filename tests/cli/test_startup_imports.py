"""Start-up loads only what the first page needs: no workbook, document or migration library
when the database is current (issue 16)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("alembic", "openpyxl", "docx", "pypdf", "python_calamine")
# Not in the list, but the Overzicht reads through a plain connection: keep it so.
ALSO_LATER = ("sqlalchemy",)
PAGES = ("regions", "contacts", "logbook", "actions", "proposals")
# Runs the real command line in a fresh interpreter, then says which modules it loaded.
PROBE = """
import json, sys
from coachdesk.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _start(db: Path, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(home))
    done = subprocess.run([sys.executable, "-c", PROBE, "--quit-when-ready", "--db", str(db)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_a_start_on_a_current_database_imports_no_heavy_module(tmp_path: Path) -> None:
    db = tmp_path / "coach.sqlite"
    first = _start(db, tmp_path / "home")  # creates the database: Alembic may run here
    assert first["code"] == 0 and db.exists()
    again = _start(db, tmp_path / "home")
    assert again["code"] == 0
    heavy = [name for name in HEAVY + ALSO_LATER if _loaded(again["modules"], name)]
    assert heavy == [], f"imported at start-up: {heavy}"
    built = [key for key in PAGES if f"coachdesk.ui.pages.{key}.page" in again["modules"]]
    assert built == [], f"pages built before they were shown: {built}"
    assert "coachdesk.cli.handoff" not in again["modules"]
