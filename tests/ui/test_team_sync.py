"""The team database in the window: Bestand > Teamdatabase…, the Synchroniseren button with
the time of the last sync (off the GUI thread, one change announced), offline as one calm
sentence, and choosing field by field in the conflicts (JOURNEYS.md, Thursday)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from coachdesk.application import team as connection
from coachdesk.db.server import make_server_engine
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.logbook import ActionDraft
from coachdesk.services.sync import synchronise
from coachdesk.ui.context import AppContext
from coachdesk.ui.features.team.conflict_dialog import ConflictDialog
from coachdesk.ui.features.team.connect_dialog import TeamDialog
from coachdesk.ui.features.team.sync_button import SyncController
from coachdesk.ui.main_window import MainWindow
from tests import pg
from tests.fake_keyring import MemoryKeyring
from tests.ui.conftest import make_ctx, show_active


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def lies_login(pg_cluster: pg.Cluster, pg_url: str) -> Iterator[tuple[str, str]]:
    """A coach's login with a password on a fresh team database: (address, user)."""
    from sqlalchemy.engine import make_url

    database = make_url(pg_url).database
    user = f"lies_{database}"
    pg_cluster.execute(f"CREATE ROLE {user} LOGIN SUPERUSER PASSWORD 'geheim-42'")
    pg_cluster.require_password(user)
    yield f"postgresql://127.0.0.1:{pg_cluster.port}/{database}", user
    pg_cluster.execute(f"DROP ROLE IF EXISTS {user}")


def _controller(window: MainWindow) -> SyncController:
    return window.team_sync  # type: ignore[attr-defined,no-any-return]


def _window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    show_active(qtbot, window)
    return window


def test_without_a_team_database_the_button_says_why(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, ctx)
    sync = _controller(window)
    assert not sync.sync_action.isEnabled()
    assert "Bestand > Teamdatabase" in sync.sync_action.toolTip()
    assert sync.label.text() == "Geen teamdatabase"
    texts = [a.text() for a in window.menus["file"].actions()]
    assert {"Teamdataba&se…", "S&ynchroniseren"} <= set(texts)
    assert window.findChild(QToolBar, "teamToolbar").isVisible()


def test_the_last_sync_reads_as_a_coach_says_it(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sync = _controller(_window(qtbot, ctx))
    today = date(2026, 3, 5)
    at = datetime(2026, 3, 5, 9, 12).astimezone()
    assert sync.last_text(at.astimezone(timezone.utc), today) == \
        "Laatst gesynchroniseerd: vandaag 09:12"
    assert sync.last_text(at - timedelta(days=1), today) == \
        "Laatst gesynchroniseerd: gisteren 09:12"
    assert sync.last_text(at - timedelta(days=3), today) == \
        "Laatst gesynchroniseerd: 02/03/2026 09:12"
    assert sync.last_text(None, today) == "Nog niet gesynchroniseerd"


def test_connecting_in_the_dialog(qtbot, ctx: AppContext, lies_login: tuple[str, str],  # type: ignore[no-untyped-def]
                                  credential_store: MemoryKeyring) -> None:
    address, user = lies_login
    dialog = TeamDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.address, address)
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClicks(dialog.password, "fout")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "wachtwoord is fout" in dialog.error.text() and user in dialog.error.text()
    assert connection.stored_connection() is None
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "geheim-42")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == TeamDialog.DialogCode.Accepted
    assert dialog.connection is not None and dialog.connection.user == user
    assert list(credential_store.secrets.values()) == ["geheim-42"]
    assert "geheim-42" not in connection.connection_file().read_text(encoding="utf-8")


def test_offline_is_one_calm_sentence_and_the_laptop_carries_on(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext) -> None:
    connection.connect(f"postgresql://lies@127.0.0.1:{_closed_port()}/coachdesk", "", "x",
                       check=lambda _url: None)
    window = _window(qtbot, ctx)
    sync = _controller(window)
    assert sync.sync_action.isEnabled()
    assert sync.label.text() == "Nog niet gesynchroniseerd"
    qtbot.keyClick(window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "niet bereikbaar" in window.statusBar().currentMessage()
    assert "blijft gewoon werken" in window.statusBar().currentMessage()
    assert ctx.errors.expected == []  # type: ignore[attr-defined]  # no dialog, no alarm
    assert sync.sync_action.isEnabled() and sync.label.text() == "Nog niet gesynchroniseerd"


def test_synchronise_in_the_background_then_choose_in_the_conflict(  # type: ignore[no-untyped-def]
        qtbot, services: Services, lies_login: tuple[str, str], pg_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Thursday: Lies and Karim both moved one action's deadline; she keeps Karim's."""
    address, user = lies_login
    connection.connect(address, user, "geheim-42")
    server = make_server_engine(pg_url)
    karim = Services(open_coachdesk_db(tmp_path / "karim.sqlite"))
    ctx = make_ctx(services, synchronous=False)  # the real database thread
    asked: list[int] = []
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, c, p=None: asked.append(1)))
    try:
        action = services.actions.add(ActionDraft("Uitnodiging regio-overleg Halle", "Lies",
                                                  date(2026, 3, 20)), None)
        synchronise(services.db.engine, server)
        synchronise(karim.db.engine, server)
        services.actions.reschedule([action], date(2026, 3, 24))
        (karims,) = karim.actions.open_actions()
        karim.actions.reschedule([karims.id], date(2026, 3, 27))
        synchronise(karim.db.engine, server)

        window = _window(qtbot, ctx)
        sync = _controller(window)
        qtbot.waitUntil(lambda: sync.state is not None)
        assert sync.label.text() == "Nog niet gesynchroniseerd"  # not from this window yet
        button = sync.toolbar.widgetForAction(sync.sync_action)
        with qtbot.waitSignal(ctx.events.changed, timeout=30000) as changed:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert not sync.sync_action.isEnabled()  # running, off the GUI thread
        assert changed.args[0].everything  # one change: every page reloads
        assert "1 veld dat aan beide kanten gewijzigd is" in window.statusBar().currentMessage()
        assert sync.label.text().startswith("Laatst gesynchroniseerd: vandaag ")
        assert sync.label.text().endswith(" · 1 conflict wacht")
        qtbot.waitUntil(lambda: asked == [1])  # the conflicts open after the sync

        dialog = ConflictDialog(ctx, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        row = [dialog.model.index(0, c).data() for c in range(6)]
        assert row == ["Uitnodiging regio-overleg Halle", "Actie", "Deadline", "24/03/2026",
                       "27/03/2026", "Mijn waarde houden"]
        qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
        assert dialog.model.index(0, 5).data() == "Waarde van de teamdatabase nemen"
        with qtbot.waitSignal(ctx.events.changed, timeout=30000):
            qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.resolved == 1)
        assert services.actions.action(action).due_on == date(2026, 3, 27)

        sync.refresh()
        qtbot.waitUntil(lambda: sync.state is not None and sync.state.conflicts == 0)
        with qtbot.waitSignal(ctx.events.changed, timeout=30000):
            sync.sync_action.trigger()
        synchronise(karim.db.engine, server)
        assert karim.actions.action(karims.id).due_on == date(2026, 3, 27)
        assert "conflict" not in sync.label.text()
    finally:
        ctx.runner.shutdown(5000)
        karim.close()
        server.dispose()


def test_the_message_says_which_records_stay_on_the_laptop(  # type: ignore[no-untyped-def]
        qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """Anna logged moments in Regio Brugge, which she does not coach (services/sync_held.py)."""
    from coachdesk.application.team import SyncOutcome
    from coachdesk.services.sync import SyncResult
    from coachdesk.ui.features.team import sync_button

    connection.connect(f"postgresql://anna@127.0.0.1:{_closed_port()}/coachdesk", "", "x",
                       check=lambda _url: None)
    held = {"Regio Brugge": 1}
    monkeypatch.setattr(sync_button, "synchronise_services", lambda _services, **_kw: SyncOutcome(
        SyncResult(sent=4, received=0, held=dict(held)), "team", datetime.now(timezone.utc)))
    window = _window(qtbot, ctx)
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_S, shortcut)
    assert window.statusBar().currentMessage() == (
        "Gesynchroniseerd: 4 verstuurd, 0 ontvangen. 1 record van Regio Brugge blijft op deze "
        "laptop: je coacht die regio niet in de teamdatabase.")
    sync = _controller(window)  # the status bar's sentence fades; the button's label stays
    assert sync.label.text().endswith(" · 1 record blijft op deze laptop")
    assert sync.label.toolTip().startswith("1 record van Regio Brugge blijft")
    held.update({"Regio Brugge": 2, "Regio Gent": 1})
    qtbot.keyClick(window, Qt.Key.Key_S, shortcut)
    assert window.statusBar().currentMessage().endswith(
        "3 records van Regio Brugge, Regio Gent blijven op deze laptop: je coacht die regio's "
        "niet in de teamdatabase.")
    assert sync.label.text().endswith(" · 3 records blijven op deze laptop")
    held.clear()
    qtbot.keyClick(window, Qt.Key.Key_S, shortcut)
    assert "blijv" not in sync.label.text() + window.statusBar().currentMessage()


def test_a_restored_team_database_is_one_sentence_in_the_summary(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.services.sync import SyncResult

    sync = _controller(_window(qtbot, ctx))
    result = SyncResult(sent=12, received=3, restored=True)
    sync._synced(connection.SyncOutcome(result, "postgresql://db/coachdesk",
                                        datetime.now(timezone.utc)))
    assert sync.last_message == ("De teamdatabase is teruggezet naar een oudere stand; deze "
                                 "laptop stuurt zijn gegevens opnieuw. Gesynchroniseerd: 12 "
                                 "verstuurd, 3 ontvangen.")
