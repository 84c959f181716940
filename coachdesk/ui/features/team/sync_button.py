"""The Synchroniseren button (toolbar and File menu) with the time of the last sync.

The sync runs on the database thread through `ChangeOp` (progress with Cancel after half a
second) and announces one change, so every page reloads. Without a team database the button
is disabled and says why; a server that cannot be reached gives one calm sentence in the
status bar, and the laptop simply carries on.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from coachdesk.application.team import (
    SyncOutcome,
    SyncState,
    TeamConnection,
    direct_address,
    state_of,
    stored_connection,
    synchronise_services,
)
from coachdesk.domain.errors import CoachDeskError
from coachdesk.ui.context import AppContext
from coachdesk.ui.errors import error_text
from coachdesk.ui.events import ALL
from coachdesk.ui.operations import ChangeOp, QueryOp

STATUS_MS = 20000
SHORTCUT = "Ctrl+Shift+S"


class SyncController(QObject):
    """Owns the team actions of one window and keeps the button's text current."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.connection: TeamConnection | None = stored_connection()
        self.state: SyncState | None = None
        self.running = False
        self.last_message = ""
        self.held: dict[str, int] = {}  # region -> records the last sync left on this laptop
        self.connect_action = QAction(self.tr("&Team database…"), window)
        self.connect_action.setObjectName("teamDatabase")
        self.connect_action.triggered.connect(self.show_connection)
        self.sync_action = QAction(self.tr("&Synchronise"), window)
        self.sync_action.setObjectName("synchronise")
        self.sync_action.setShortcut(QKeySequence(SHORTCUT))
        self.sync_action.triggered.connect(self.synchronise)
        self.conflicts_action = QAction(self.tr("Resolve sync &conflicts…"), window)
        self.conflicts_action.setObjectName("syncConflicts")
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.label = QLabel()
        self.label.setObjectName("lastSync")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.toolbar = QToolBar(self.tr("Team database"), window)
        self.toolbar.setObjectName("teamToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.sync_action)
        self.toolbar.addWidget(self.label)
        window.addToolBar(self.toolbar)
        self.direct = direct_address(ctx.services)  # headquarters: open on the team database
        if self.direct is not None:
            self.connection = None
            self._show_direct()
            return
        self._show()
        if self.connection is not None:
            ready = getattr(window, "ready", None)  # after the first page: start-up stays light
            if ready is not None:
                ready.connect(self.refresh, Qt.ConnectionType.SingleShotConnection)
            else:
                self.refresh()
            # The window's opening line says it never uses the network; with a team
            # database that is true until the coach presses Synchronise.
            QTimer.singleShot(0, self._opening_line)

    def _show_direct(self) -> None:
        """The window shows the team database itself: live, nothing to synchronise."""
        assert self.direct is not None
        why = self.tr("This window shows the team database itself (live): there is nothing "
                      "to synchronise.")
        for action in (self.sync_action, self.conflicts_action, self.connect_action):
            action.setEnabled(False)
            action.setToolTip(why)
            action.setStatusTip(why)
        self.label.setText(self.tr("Team database (live): %1").replace("%1", self.direct))
        self.label.setToolTip(why)
        QTimer.singleShot(0, lambda: self._say_direct(why))

    def _say_direct(self, why: str) -> None:
        """After the window built its status bar: the address as typed (a path folds `//`)."""
        db_label = getattr(self.window, "db_label", None)
        if isinstance(db_label, QLabel):
            db_label.setText(self.tr("Database: %1").replace("%1", str(self.direct)))
        self.window.statusBar().showMessage(why, 8000)

    def _opening_line(self) -> None:
        if self.connection is not None:
            self.window.statusBar().showMessage(self.tr(
                "CoachDesk works on this computer; it uses the network only when you "
                "synchronise with the team database."), 8000)

    # --- what the button shows ----------------------------------------------------------

    def refresh(self) -> None:
        """Read the last sync and the open conflicts again (in the background)."""
        if self.direct is not None:
            return
        self.connection = stored_connection()
        if self.connection is None:
            self.state = None
            self._show()
            return
        QueryOp(self.ctx, state_of, self.ctx.services).success(self._got_state) \
            .failure(self.ctx.errors).run()

    def _got_state(self, state: SyncState) -> None:
        self.state = state
        self._show()

    def _show(self) -> None:
        connected = self.connection is not None
        self.sync_action.setEnabled(connected and not self.running)
        conflicts = self.state.conflicts if self.state is not None else 0
        self.conflicts_action.setEnabled(conflicts > 0 and not self.running)
        if not connected:
            why = self.tr("No team database is set up: choose File > Team database… first.")
            self.sync_action.setToolTip(why)
            self.sync_action.setStatusTip(why)
            self.label.setText(self.tr("No team database"))
            self.label.setToolTip(why)
            return
        assert self.connection is not None
        tip = self.tr("Synchronise with %1 (%2)").replace("%1", self.connection.shown) \
            .replace("%2", QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText))
        self.sync_action.setToolTip(tip)
        self.sync_action.setStatusTip(tip)
        text = self.last_text(self.state.last if self.state is not None else None)
        if conflicts:
            text += " · " + self.tr("%n conflict(s) waiting", "", conflicts)
        held = sum(self.held.values())
        if held:  # the status bar's sentence fades; this stays until the next sync
            text += " · " + self.tr("%n record(s) stay(s) on this laptop", "", held)
        self.label.setText(text)
        self.label.setToolTip(self._held_sentence(self.held) if held else self.connection.shown)

    def last_text(self, last: datetime | None, today: date | None = None) -> str:
        """'Last synchronised: today 09:12' (yesterday, or the date, in the Belgian format)."""
        if last is None:
            return self.tr("Not synchronised yet")
        local = last.astimezone()
        today = today or date.today()
        clock = local.strftime("%H:%M")
        if local.date() == today:
            when = self.tr("today %1").replace("%1", clock)
        elif local.date() == today - timedelta(days=1):
            when = self.tr("yesterday %1").replace("%1", clock)
        else:
            when = local.strftime("%d/%m/%Y %H:%M")
        return self.tr("Last synchronised: %1").replace("%1", when)

    # --- synchronising ------------------------------------------------------------------

    def synchronise(self) -> None:
        if self.running or self.connection is None:
            return
        self.running = True
        self._show()
        self.window.statusBar().showMessage(self.tr("Synchronising with %1…")
                                            .replace("%1", self.connection.shown))
        ChangeOp(self.ctx, synchronise_services, self.ctx.services, changes=ALL) \
            .with_progress(self.window, self.tr("Synchronising with the team database…")) \
            .success(self._synced).failure(self._failed).cancelled(self._cancelled).run()

    def _synced(self, outcome: SyncOutcome) -> None:
        self.running = False
        result = outcome.result
        self.state = SyncState(self.connection, outcome.at, result.conflicts)
        self.held = dict(result.held)
        self._show()
        text = self.tr("Synchronised: %1 sent, %2 received.") \
            .replace("%1", str(result.sent)).replace("%2", str(result.received))
        if result.restored:
            text = self.tr("The team database was restored to an older state; this laptop "
                           "sends its data again.") + " " + text
        if result.conflicts:
            text += " " + self.tr("%n field(s) changed on both sides wait for your choice.", "",
                                  result.conflicts)
            QTimer.singleShot(0, self.show_conflicts)
        if result.held:
            text += " " + self._held_sentence(result.held)
        self._say(text)

    def _held_sentence(self, held: dict[str, int]) -> str:
        """Records of regions she does not coach, left on this laptop (sync_held)."""
        count, regions = sum(held.values()), ", ".join(held)
        if len(held) == 1:
            text = self.tr("%n record(s) of %1 stay(s) on this laptop: you do not coach that "
                           "region in the team database.", "", count)
        else:
            text = self.tr("%n record(s) of %1 stay(s) on this laptop: you do not coach those "
                           "regions in the team database.", "", count)
        return text.replace("%1", regions)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self._show()
        if isinstance(exc, CoachDeskError):
            self._say(error_text(exc))  # offline, a wrong password: one calm sentence
        else:
            self.window.statusBar().clearMessage()
            self.ctx.errors(exc)

    def _cancelled(self) -> None:
        self.running = False
        self._show()
        self._say(self.tr("Synchronising was cancelled; what was already exchanged is kept, "
                          "the rest follows next time."))

    def _say(self, text: str) -> None:
        self.last_message = text
        self.window.statusBar().showMessage(text, STATUS_MS)

    # --- the dialogs --------------------------------------------------------------------

    def show_connection(self) -> None:
        from coachdesk.ui.features.team.connect_dialog import TeamDialog  # on first use

        found = TeamDialog.ask(self.ctx, self.window)
        if found is not None:
            self._say(self.tr("Connected to the team database %1.").replace("%1", found.shown))
        self.refresh()

    def show_conflicts(self) -> None:
        from coachdesk.ui.features.team.conflict_dialog import ConflictDialog  # on first use

        resolved = ConflictDialog.ask(self.ctx, self.window)
        if resolved is not None:
            self._say(self.tr("%n conflict(s) resolved; your choice travels at the next "
                              "sync.", "", resolved))
        self.refresh()
