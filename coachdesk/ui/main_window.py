"""The main window: a thin shell of navigation, menus and status bar around the pages."""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

# What the skeleton does not need is named through its module (QtCore.Qt, QtGui.QKeySequence,
# QtWidgets.QFileDialog): PySide makes a class's enums when its name is first taken, ~150 for
# Qt alone, and that waits until after the first paint.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QEventLoop, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from coachdesk.ui.pages import PAGES, MenuEntry
from coachdesk.ui.widgets.fitting import CurrentStack
from coachdesk.ui.window_size import place_main_window, remember_main_window
from coachdesk.ui.widgets.welcome import WelcomeBanner

if TYPE_CHECKING:  # what the skeleton shown before the database opens does not need
    from coachdesk.ui.context import AppContext
    from coachdesk.ui.history import NavigationHistory
    from coachdesk.ui.pages.base import Page
    from coachdesk.ui.settings import Settings


class MainWindow(QMainWindow):
    """`ready` once the first page shows its data; `database_requested(path)` to switch.

    Only the first page is built at start-up; the others when first shown or asked for.
    At start-up the window is shown first as a skeleton (`MainWindow.skeleton`: navigation,
    menu titles, a status line) while the database opens, and `attach` fills it: the first
    paint does not wait for the database, the services or the menus' features.
    """

    ready = Signal()
    database_requested = Signal(Path)
    ctx: AppContext

    def __init__(self, ctx: AppContext | None = None, first_start: bool = False) -> None:
        super().__init__()
        self.demo_progress: QtWidgets.QProgressDialog | None = None
        self.setWindowTitle(self.tr("CoachDesk"))
        self._pages: list[Page | None] = [None] * len(PAGES)
        self._placed = self._attached = False
        self._build_body()
        self.menus: dict[str, QtWidgets.QMenu] = {}
        for key, title in (("file", self.tr("&File")), ("edit", self.tr("&Edit")),
                           ("view", self.tr("&View")), ("help", self.tr("&Help"))):
            self.menus[key] = self.menuBar().addMenu(title)
        if ctx is not None:
            self.attach(ctx, first_start)

    @classmethod
    def skeleton(cls, settings: Settings) -> MainWindow:
        """The window as it looks before the database is open, shown and painted now."""
        window = cls()
        place_main_window(window, settings)
        window._placed = True
        window.nav.setCurrentRow(0)
        window.say_opening()
        window.show()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return window

    def say_opening(self) -> None:
        self.statusBar().showMessage(self.tr("Opening the database…"))

    def attach(self, ctx: AppContext, first_start: bool = False) -> None:
        """Give the window its database: the menus, the status bar and the first page."""
        from coachdesk.ui.history import NavigationHistory

        self.ctx, self._attached = ctx, True
        self.welcome.setVisible(first_start)
        self.history: NavigationHistory = NavigationHistory(self, self._show_for_history)
        self.column.insertWidget(0, self.history.button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        ctx.errors.parent = self
        ctx.events.open_requested.connect(self._on_open_requested)
        self._page_at(0).loaded.connect(self.ready, QtCore.Qt.ConnectionType.SingleShotConnection)
        if not self._placed:
            place_main_window(self, ctx.settings)
        self.nav.currentRowChanged.connect(self._on_nav)
        if self.nav.currentRow() == 0:  # the skeleton shows the first page's title selected
            self._on_nav(0)
        else:
            self.nav.setCurrentRow(0)
        # While the database thread reads the first page's rows:
        self._build_menus()
        self._build_status_bar()

    def _build_body(self) -> None:
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        self.welcome = WelcomeBanner()
        self.welcome.setVisible(False)
        self.welcome.demo_requested.connect(self.new_demo_database)
        outer.addWidget(self.welcome)
        row = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = CurrentStack()  # a wide page never keeps the window wide
        for spec in PAGES:
            self.nav.addItem(QListWidgetItem(spec.title()))
            self.stack.addWidget(QWidget())  # stands in for the page until it is built
        # As wide as its longest title (any language, any font size): the rest is for the
        # pages' columns, which a 1366 px screen needs.
        self.nav.setFixedWidth(max(110, self.nav.sizeHintForColumn(0)
                                   + 2 * self.nav.frameWidth() + 28))
        self.column = QVBoxLayout()
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.stack, 1)
        row.addWidget(self.nav)
        row.addLayout(self.column, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(body)

    def _build_menus(self) -> None:
        Key = QtGui.QKeySequence
        file = self.menus["file"]
        self._add(file, self.tr("Open &database…"), self.open_database, Key.StandardKey.Open)
        self._add(file, self.tr("New de&mo database…"), self.new_demo_database)
        file.addSeparator()
        edit = self.menus["edit"]
        undo = self.ctx.undo_stack.undo_action(self, self.tr("&Undo"), self.tr("&Undo %1"))
        undo.setShortcut(Key.StandardKey.Undo)
        redo = self.ctx.undo_stack.redo_action(self, self.tr("&Redo"), self.tr("&Redo %1"))
        redo.setShortcuts([Key("Ctrl+Shift+Z"), Key("Ctrl+Y")])
        edit.addActions([undo, redo])
        edit.addSeparator()
        self._add(edit, self.tr("&Preferences…"), self.show_preferences,
                  Key.StandardKey.Preferences)
        view = self.menus["view"]
        for number, spec in enumerate(PAGES, start=1):
            self._add(view, spec.title(), lambda _=False, n=number - 1: self._go_to(n),
                      Key(f"Ctrl+{number}"))
        view.addSeparator()
        view.addAction(self.history.action)
        self._add(view, self.tr("&Refresh"), self.refresh, Key.StandardKey.Refresh)
        for menu_key, action in self._feature_actions():
            self.menus[menu_key].addAction(action)
        self._add(file, self.tr("&Quit"), self.close, Key.StandardKey.Quit)
        help_menu = self.menus["help"]
        self._add(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self._add(help_menu, self.tr("&About CoachDesk"), self.show_about)

    def _feature_actions(self) -> list[tuple[str, QtGui.QAction]]:
        from coachdesk.ui.menus import MENU_PROVIDERS  # the features, after the first paint

        found = [(entry.menu, self._page_action(spec.key, entry))
                 for spec in PAGES for entry in spec.menu]
        for provider in MENU_PROVIDERS:
            found += provider(self, self.ctx)
        for _key, action in found:
            action.setParent(self)
        return found

    def _page_action(self, key: str, entry: MenuEntry) -> QtGui.QAction:
        """A page's menu action; triggering it builds the page when it does not exist yet."""
        action = QtGui.QAction(entry.text(), self)
        if entry.shortcut:
            action.setShortcut(QtGui.QKeySequence(entry.shortcut))
        if entry.everywhere:
            action.setShortcutContext(QtCore.Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _=False: getattr(self.page(key), entry.method)())
        if entry.writes:
            from coachdesk.ui.read_only import guard_writes

            guard_writes(self.ctx, action)
        return action

    def _add(self, menu: QtWidgets.QMenu, text: str, slot: object,
             shortcut: QtGui.QKeySequence | QtGui.QKeySequence.StandardKey | None = None,
             ) -> QtGui.QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_status_bar(self) -> None:
        self.db_label = QtWidgets.QLabel(
            self.tr("Database: %1").replace("%1", str(self.ctx.services.path)))
        self.statusBar().addPermanentWidget(self.db_label)
        from coachdesk.ui.read_only import reason

        why = reason(self.ctx)  # headquarters on the team database: what is greyed out, why
        self.rights_label = QtWidgets.QLabel(why)
        self.rights_label.setObjectName("readOnly")
        self.rights_label.setVisible(bool(why))
        self.statusBar().addPermanentWidget(self.rights_label)
        self.statusBar().showMessage(self.tr("Offline: CoachDesk never uses the network."), 8000)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _go_to(self, index: int) -> None:
        """Ctrl+number: the page, with the keyboard in its list."""
        self.show_page(index)
        self._page_at(index).focus_content()

    @property
    def pages(self) -> list[Page]:
        """Every page, built now if it was not yet (for tests and screenshots)."""
        return [self._page_at(i) for i in range(len(PAGES))]

    def current_page(self) -> Page:
        return self._page_at(self.stack.currentIndex())

    def page(self, key: str) -> Page:
        """The page with `key`, built (not shown) if it was not yet."""
        return self._page_at(next(i for i, spec in enumerate(PAGES) if spec.key == key))

    def _page_at(self, index: int) -> Page:
        page = self._pages[index]
        if page is None:
            page = self._pages[index] = PAGES[index].load()(self.ctx)
            stand_in = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
        return page

    def _on_nav(self, index: int) -> None:
        if index < 0:
            return
        previous = self._pages[self.stack.currentIndex()]
        if previous is not None:
            if self.stack.currentIndex() != index and previous.isVisible():
                self.history.leaving(self.stack.currentIndex(), previous)
            previous.deactivate()
        page = self._page_at(index)
        self.stack.setCurrentIndex(index)
        self.ctx.events.region_in_view = page.region_in_view
        page.activate()

    def _show_for_history(self, index: int) -> Page:
        self.show_page(index)
        return self._page_at(index)

    def _on_open_requested(self, key: str, item_id: object) -> None:
        page = self.page(key)
        self.show_page(self._pages.index(page))
        page.open_item(item_id)

    def refresh(self) -> None:
        from coachdesk.ui.events import ALL

        self.ctx.events.announce(ALL)

    def show_preferences(self) -> None:
        from coachdesk.ui.dialogs.modal import run_modal
        from coachdesk.ui.dialogs.preferences import PreferencesDialog

        run_modal(PreferencesDialog(self.ctx, self))

    def show_about(self) -> None:
        from coachdesk.ui.dialogs.about import AboutDialog
        from coachdesk.ui.dialogs.modal import run_modal

        run_modal(AboutDialog(self.ctx, self))

    def show_shortcuts(self) -> None:
        lines = []
        for menu in self.menus.values():
            for action in menu.actions():
                if not action.shortcut().isEmpty():
                    text = action.text().replace("&", "")
                    keys = action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
                    lines.append(f"<tr><td>{text}</td><td><b>{keys}</b></td></tr>")
        QtWidgets.QMessageBox.information(self, self.tr("Keyboard shortcuts"),
                                "<table cellspacing='6'>" + "".join(lines) + "</table>")

    def open_database(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.ctx.data_dir or ""),
            self.tr("CoachDesk database (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.database_requested.emit(Path(path))

    def new_demo_database(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("New demo database"), str((self.ctx.data_dir or Path.home()) / "demo.sqlite"),
            self.tr("CoachDesk database (*.sqlite)"),
            # an existing file is refused anyway
            options=QtWidgets.QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.create_demo(Path(path))

    def create_demo(self, path: Path) -> None:
        """Build a demo database in the background, then switch to it; Cancel leaves no file."""
        from coachdesk.services.demo import create_demo_database  # rarely used: load on demand
        from coachdesk.ui.operations import QueryOp

        op = QueryOp(self.ctx, create_demo_database, path)
        op.with_progress(self, self.tr("Creating the demo database…")) \
            .success(lambda _summary: self.database_requested.emit(path)).run()
        self.demo_progress = op.progress_dialog

    def remember_geometry(self) -> None:
        remember_main_window(self, self.ctx.settings)
        self.ctx.settings.sync()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if self._attached:  # a skeleton whose database did not open leaves the geometry alone
            self.remember_geometry()
        super().closeEvent(event)
