"""Start-up loads only what the first page needs: no workbook, document or migration library
when the database is current (issue 16)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("alembic", "openpyxl", "docx", "pypdf", "python_calamine")
# Not in the list, but the Overzicht reads through a plain connection: SQLAlchemy
# loads only after the first page shows (with the start-up's background work).
# Qt's network library serves the socket a second start talks to, opened after the first page.
BEFORE_READY = ("sqlalchemy", "PySide6.QtNetwork")
PAGES = ("regions", "contacts", "logbook", "actions", "proposals")
# The window is painted (as a skeleton) before the database opens: none of these yet.
BEFORE_PAINT = ("sqlite3", "coachdesk.application.database", "coachdesk.services",
                "coachdesk.ui.menus", "coachdesk.ui.context")
# Runs the real command line in a fresh interpreter, then says which modules it loaded.
PROBE = """
import json, sys
from coachdesk import app
at_ready = []
after_first_page = app.AppController._after_first_page
def snapshot(self, ctx):
    at_ready.extend(sorted(sys.modules))
    after_first_page(self, ctx)
app.AppController._after_first_page = snapshot
at_paint = []
skeleton = app.MainWindow.skeleton.__func__
def painted(cls, settings):
    window = skeleton(cls, settings)
    at_paint.extend(sorted(sys.modules))
    return window
app.MainWindow.skeleton = classmethod(painted)
from coachdesk.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "at_ready": at_ready,
                  "at_paint": at_paint}))
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
    heavy = [name for name in HEAVY if _loaded(again["modules"], name)]
    assert heavy == [], f"imported at start-up: {heavy}"
    assert again["at_ready"], "the first page never showed"
    early = [name for name in BEFORE_READY if _loaded(again["at_ready"], name)]
    assert early == [], f"imported before the first page showed: {early}"
    built = [key for key in PAGES if f"coachdesk.ui.pages.{key}.page" in again["modules"]]
    assert built == [], f"pages built before they were shown: {built}"
    assert "coachdesk.cli.handoff" not in again["modules"]


def test_the_window_is_painted_before_the_database_opens(tmp_path: Path) -> None:
    db = tmp_path / "coach.sqlite"
    assert _start(db, tmp_path / "home")["code"] == 0
    again = _start(db, tmp_path / "home")
    assert again["at_paint"], "no skeleton was shown"
    early = [name for name in BEFORE_PAINT if _loaded(again["at_paint"], name)]
    assert early == [], f"imported before the first paint: {early}"
