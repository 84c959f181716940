"""Headquarters opens the window on the team database itself (`coachdesk --db postgresql://…`):
the same pages, live; a change the role may not make is one sentence from the server's refusal,
a deadline correction goes through (JOURNEYS.md, Thursday: Sofie)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from coachdesk.application.team import open_team_services
from coachdesk.db.server import make_server_engine
from coachdesk.domain.errors import DatabaseError
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.logbook import ActionDraft, MomentDraft
from coachdesk.services.sync import synchronise
from coachdesk.ui.context import AppContext
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.operations import ChangeOp
from coachdesk.ui.events import ALL
from tests.team.conftest import Team, team  # noqa: F401  (the fixture)
from tests.ui.conftest import make_ctx


@pytest.fixture
def tuesday(team: Team, tmp_path: Path) -> Iterator[int]:  # noqa: F811
    """Anna logged Tuesday's regio-overleg in Kempen with an action, and synchronised."""
    anna = Services(open_coachdesk_db(tmp_path / "anna.sqlite"))
    coach = make_server_engine(team.url(team.coach))
    try:
        kempen = next(r.id for r in anna.contacts.regions() if r.name == "Kempen")
        anna.logbook.log_moment(MomentDraft(date(2026, 3, 3), "regional_meeting", kempen,
                                            "Regio-overleg Kempen"))
        anna.actions.add(ActionDraft("Verslag rondsturen", "Anna", date(2026, 3, 6)), kempen)
        synchronise(anna.db.engine, coach)
        yield kempen
    finally:
        coach.dispose()
        anna.close()


@pytest.fixture
def headquarters(team: Team, tuesday: int) -> Iterator[Services]:  # noqa: F811
    services = open_team_services(team.url(team.headquarters).replace("+psycopg", ""))
    yield services
    services.close()


def test_headquarters_reads_everything_and_corrects_only_a_deadline(  # type: ignore[no-untyped-def]
        qtbot, headquarters: Services) -> None:
    ctx: AppContext = make_ctx(headquarters)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.page("dashboard").table.model().rowCount() == 18
    logbook = window.page("logbook")
    window.show_page(window.pages.index(logbook))
    qtbot.waitUntil(lambda: logbook.model.rowCount() == 1)  # type: ignore[attr-defined]
    assert logbook.model.row_at(0).subject == "Regio-overleg Kempen"  # type: ignore[attr-defined]
    sync = window.team_sync  # type: ignore[attr-defined]
    assert not sync.sync_action.isEnabled()
    assert sync.label.text().startswith("Teamdatabase (live): postgresql://hq_")
    assert "password" not in sync.label.text()
    qtbot.waitUntil(lambda: window.db_label.text().startswith("Database: postgresql://hq_"))
    assert "er valt niets te synchroniseren" in window.statusBar().currentMessage()

    # Not allowed: adding a person. The server refuses; the window says it in one sentence.
    ChangeOp(ctx, headquarters.contacts.save_person, PersonRow(None, "Jan Peeters"),
             changes=ALL).run()
    (refused,) = ctx.errors.expected  # type: ignore[attr-defined]
    assert isinstance(refused, DatabaseError) and refused.code == "team.refused"
    assert not any(p.name == "Jan Peeters" for p in headquarters.contacts.people())

    # Allowed: correcting an action's deadline.
    (action,) = headquarters.actions.open_actions()
    ChangeOp(ctx, headquarters.actions.reschedule, [action.id], date(2026, 3, 13),
             changes=ALL).run()
    assert len(ctx.errors.expected) == 1  # type: ignore[attr-defined]
    assert headquarters.actions.action(action.id).due_on == date(2026, 3, 13)


def test_coachdesk_opens_the_window_on_a_team_database_address(  # type: ignore[no-untyped-def]
        team: Team, tuesday: int, tmp_path: Path) -> None:  # noqa: F811
    address = team.url(team.headquarters).replace("+psycopg", "")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-m", "coachdesk", "--quit-when-ready", "--db",
                           address], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not list((tmp_path / "home").rglob("*.sqlite"))  # no laptop database was made
    refused = subprocess.run([sys.executable, "-m", "coachdesk", "--lang", "en", "export",
                              "--db", address, str(tmp_path / "out.xlsx")], env=env,
                             capture_output=True, text=True,
                             timeout=120)
    assert refused.returncode != 0 and "opens the window only" in refused.stderr
