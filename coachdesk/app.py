"""Composition root: QApplication, settings, language, error path, database, main window.

Start-up order: what the first frame needs (Qt, the look, the language, the database lock),
then the window as a skeleton, shown and painted; only then the database, the services and
the rest of the window (`MainWindow.attach`). The imports follow the same order.
"""

from __future__ import annotations

import logging
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

# QtCore.Qt and QtWidgets.QMessageBox through their module: PySide makes a class's enums
# when its name is first taken (~150 for Qt), and that can wait until after the first paint.
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication


def _skip_pyside_source_scan() -> None:
    """PySide reads the source of every module imported after it, to see whether it selects
    a `__feature__` (snake_case, true_property); about 20 ms for CoachDesk's ~160 modules.
    CoachDesk selects none, so each module is taken as "uses PySide, no feature", which is
    what the scan finds for a Qt module and means the same for any other. Any change in
    PySide's internals leaves the scan as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: True


_skip_pyside_source_scan()  # before the rest of CoachDesk is imported

import coachdesk
from coachdesk import APP_NAME, paths
from coachdesk.domain.errors import CoachDeskError
from coachdesk.instance import DatabaseInUseError, InstanceGuard, bring_to_front, report_in_use
from coachdesk.ui.errors import ErrorReporter, error_text, setup_logging
from coachdesk.ui.features.backups.startup import open_or_offer_repair
from coachdesk.ui.i18n import install_language
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.settings import LANGUAGE, Settings

if TYPE_CHECKING:  # loaded after the first paint
    from coachdesk.services.container import Services
    from coachdesk.ui.context import AppContext

log = logging.getLogger(__name__)
WARM_UP_MS = 300


def build_context(services: Services, settings: Settings, errors: ErrorReporter,
                  lang: str = "nl", synchronous: bool = False) -> AppContext:
    from coachdesk.application.rights import rights_of
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.events import AppEvents
    from coachdesk.ui.tasks import SyncRunner, TaskRunner

    runner = SyncRunner(errors) if synchronous else TaskRunner(errors)
    return AppContext(
        services=services, runner=runner, events=AppEvents(), settings=settings, errors=errors,
        lang=lang, data_dir=paths.data_dir(), backup_dir=paths.backup_dir(),
        log_path=errors.log_path, rights=rights_of(services),
    )


def is_first_start(services: Services) -> bool:
    return services.dashboard.is_empty()


class AppController:
    """Owns the open database and its window; switches to another database on request."""

    def __init__(self, settings: Settings, errors: ErrorReporter, lang: str,
                 warm_up: bool = True, skeleton: bool = False) -> None:
        self.settings, self.errors, self.lang = settings, errors, lang
        self.warm_up = warm_up  # a `--quit-when-ready` run leaves before it would help
        self.skeleton = skeleton  # the first window is shown before its database opens
        self._skeleton: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        # One process per database: a second start brings this window forward instead.
        self.guard = InstanceGuard(lambda: bring_to_front(self.window), lang)

    def open(self, db_path: Path | str) -> MainWindow:
        """Open a laptop database file, or (headquarters) the team database's address."""
        if self.window is not None:
            self.window.remember_geometry()  # the next window opens as this one is (maximised too)
        on_server = isinstance(db_path, str)
        with nullcontext() if on_server else self.guard.claim(Path(db_path), listen=False):
            if self.skeleton and self.window is None and self._skeleton is None:
                self._skeleton = MainWindow.skeleton(self.settings)  # first paint: now
            if on_server:  # headquarters on the team database: rarely, loaded on demand
                from coachdesk.application.team import open_team_services

                services = open_team_services(str(db_path))
            else:
                from coachdesk.application.database import open_services

                services = open_services(Path(db_path), self.settings)
            ctx = build_context(services, self.settings, self.errors, self.lang)
            window, self._skeleton = self._skeleton or MainWindow(), None
            window.attach(ctx, first_start=not on_server and is_first_start(services))
            window.database_requested.connect(self._on_database_requested)
            self._close_current()
            self.ctx, self.window = ctx, window
        window.ready.connect(lambda: self._after_first_page(ctx),
                             QtCore.Qt.ConnectionType.SingleShotConnection)
        window.show()
        return window

    def _after_first_page(self, ctx: AppContext) -> None:
        """Once the Overzicht shows, the rest: the socket a second start asks for this window
        on, the version, the day's first copy, then (once the first paint has settled) the
        other pages' libraries, both on the database thread."""
        QTimer.singleShot(0, self._after_ready)
        if ctx.services.db.is_file:  # the team database is backed up by its server
            from coachdesk.ui.features.backups import start_backups

            start_backups(ctx)
        if self.warm_up:
            QTimer.singleShot(WARM_UP_MS, lambda: ctx.runner.submit(ctx.services.warm_up))

    def _after_ready(self) -> None:
        self.guard.listen()
        QApplication.setApplicationVersion(coachdesk.__version__)

    def _close_current(self) -> None:
        """Close the window, end its database thread, then close the database."""
        if self.window is not None and self.ctx is not None:
            self.ctx.runner.wait()
            self.window.close()
            self.window.deleteLater()
            self.ctx.runner.shutdown()
            self.ctx.services.close()

    def discard_skeleton(self) -> None:
        """The database did not open: the skeleton shown for it goes."""
        if self._skeleton is not None:
            self._skeleton.close()
            self._skeleton.deleteLater()
            self._skeleton = None

    def _on_database_requested(self, path: Path) -> None:
        try:
            self.open(path)
        except CoachDeskError as exc:
            QtWidgets.QMessageBox.warning(self.window, APP_NAME, error_text(exc))


def run_app(db_path: Path | str | None = None, quit_when_ready: bool = False,
            lang: str | None = None) -> int:
    os.umask(0o077)  # every file CoachDesk writes is readable by the user alone
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("be.coachdesk.CoachDesk")
    apply_look(app)  # type: ignore[arg-type]
    log_path = setup_logging(paths.log_dir())
    settings = Settings(paths.config_dir() / "coachdesk.ini")
    lang = lang or settings.get(LANGUAGE)
    install_language(app, lang, paths.resources_dir() / "translations")
    errors = ErrorReporter(log_path)
    sys.excepthook = errors.excepthook
    controller = AppController(settings, errors, lang, warm_up=not quit_when_ready, skeleton=True)
    try:
        if isinstance(db_path, str):  # headquarters on the team database: no file to repair
            window = controller.open(db_path)
        else:
            window = open_or_offer_repair(controller.open, db_path or paths.default_db_path(),
                                          ask=not quit_when_ready)
    except DatabaseInUseError as exc:
        controller.discard_skeleton()
        return report_in_use(exc, quit_when_ready)
    except CoachDeskError as exc:
        controller.discard_skeleton()
        log.warning("cannot open database: %s", exc)
        print(f"coachdesk: {error_text(exc)}", file=sys.stderr)
        if not quit_when_ready:
            QtWidgets.QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 1
    if quit_when_ready:
        window.ready.connect(app.quit)  # at once: what waits for after `ready` is not start-up
    code = app.exec()
    controller._close_current()
    controller.guard.release()
    return code


def apply_look(app: QApplication) -> None:
    """The Fusion style with our stylesheet and icon, the same on every system."""
    app.setStyle("Fusion")
    resources = paths.resources_dir()
    icon = resources / "icons" / "coachdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    qss = resources / "styles" / "coachdesk.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
