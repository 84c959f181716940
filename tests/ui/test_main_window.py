"""The main window: every page opens in Dutch, menus work, geometry is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from coachdesk import __version__
from coachdesk.ui import settings as s
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.about import AboutDialog
from coachdesk.ui.dialogs.preferences import PreferencesDialog
from coachdesk.ui.main_window import MainWindow
from tests.ui.conftest import show_active

DUTCH_NAVIGATION = ["Overzicht", "Regio's", "Contacten", "Logboek", "Acties", "Voorstellen"]


def test_window_speaks_dutch_and_visits_every_page(qtbot, ctx: AppContext) -> None:
    window = MainWindow(ctx, first_start=True)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == DUTCH_NAVIGATION
    assert window.menus["file"].title() == "&Bestand"
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index)
        assert window.stack.currentWidget() is window.pages[index]
        assert window.pages[index].isVisible()
    assert window.welcome.isVisible()


def test_the_skeleton_shows_before_the_database_and_attach_fills_it(qtbot, ctx: AppContext) -> None:
    """Start-up paints the window first (navigation, menu titles, a status line), then opens
    the database and attaches it: same window, now with its pages and menus."""
    window = MainWindow.skeleton(ctx.settings)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == DUTCH_NAVIGATION
    assert window.menus["file"].actions() == []
    assert window.statusBar().currentMessage() == "Database wordt geopend…"
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.attach(ctx, first_start=True)
    assert window.menus["file"].actions() and window.welcome.isVisible()
    assert window.stack.currentWidget() is window.pages[0]
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.pages[1]


def test_dashboard_lists_the_18_regions_and_enter_opens_one(qtbot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    table = window.page("dashboard").table
    assert table.model().rowCount() == 18
    table.setFocus()
    kempen = next(
        r for r in range(18) if table.model().index(r, 0).data() == "Kempen"
    )
    table.setCurrentIndex(table.model().index(kempen, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_page().key == "regions"
    regions = window.page("regions")
    assert regions.header.title.text() == "Kempen"
    assert regions.municipalities.model().rowCount() == 27


def test_keyboard_switches_pages(qtbot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "logbook"


def test_about_shows_version_and_where_the_data_live(qtbot, ctx: AppContext) -> None:
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in text
    assert str(ctx.services.path) in text
    assert "offline" in text.lower()


def test_preferences_switch_language_to_english(qtbot, ctx: AppContext) -> None:
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert ctx.settings.get(s.LANGUAGE) == "en"


def test_window_geometry_is_remembered(qtbot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(window.width(), 480)
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.height() == 480  # the offscreen screen is 800x600: only what fits is kept


def test_shortcut_list_names_the_page_keys(qtbot, ctx: AppContext, monkeypatch) -> None:
    shown = {}
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.update(title=title, text=text))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_shortcuts()
    assert shown["title"] == "Sneltoetsen"
    assert "Ctrl+1" in shown["text"] and "Overzicht" in shown["text"]


def test_every_page_opens_on_the_demo_database(qtbot, demo_window: MainWindow) -> None:
    for index, page in enumerate(demo_window.pages):
        demo_window.show_page(index)
        assert demo_window.current_page() is page
        assert page.isVisible()
    assert not demo_window.welcome.isVisible()


def test_demo_database_from_the_file_menu_refuses_an_existing_file(
    qtbot, ctx: AppContext, tmp_path
) -> None:
    existing = tmp_path / "mine.sqlite"
    existing.write_bytes(b"precious")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    switched: list[object] = []
    window.database_requested.connect(switched.append)
    window.create_demo(existing)
    assert existing.read_bytes() == b"precious"
    assert switched == []
    assert "already exists" in str(ctx.errors.expected[-1])  # type: ignore[attr-defined]


def test_demo_database_from_the_file_menu_switches_to_it(qtbot, ctx: AppContext, tmp_path) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    switched: list[object] = []
    window.database_requested.connect(switched.append)
    window.create_demo(tmp_path / "demo.sqlite")
    assert switched == [tmp_path / "demo.sqlite"]
