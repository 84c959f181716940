"""Tuesday on the keyboard, as walked in a real window: a tab chosen by its letter takes the
keyboard into its list, so "Balen" + Enter changes Balen's membership."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from coachdesk.domain.vocabulary import MembershipStatus
from coachdesk.ui.context import AppContext
from coachdesk.ui.pages.regions.membership_dialogs import MembershipDialog
from coachdesk.ui.pages.regions.page import RegionsPage
from tests.ui.test_region_progress import open_window


def test_alt_g_goes_into_the_municipalities_and_enter_changes_one(
        qtbot, demo_ctx: AppContext) -> None:
    window = open_window(qtbot, demo_ctx, "Kempen")
    window.resize(1366, 728)
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    page.region_list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # "&Gemeenten"
    table = page.municipality_tab.table
    assert page.tabs.currentWidget() is page.municipality_tab
    assert QApplication.focusWidget() is table
    page.region_list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # already shown
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    qtbot.keyClicks(table, "Balen")
    assert table.current_row().name == "Balen"
    assert table.current_row().status is MembershipStatus.INTERESTED
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert isinstance(page.dialog, MembershipDialog) and page.dialog.isVisible()
    page.dialog.reject()


def test_every_municipality_header_is_whole(qtbot, demo_ctx: AppContext) -> None:
    window = open_window(qtbot, demo_ctx, "Kempen")
    window.resize(1280, 728)  # the first start on a 1366x768 laptop
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    page.tabs.setCurrentWidget(page.municipality_tab)
    table = page.municipality_tab.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    header: QHeaderView = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        text = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        widest = max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        assert header.sectionSize(column) >= widest, text
        assert header.sectionViewportPosition(column) + header.sectionSize(column) \
            <= table.viewport().width() + 1, text


def test_enter_in_a_filter_goes_to_its_first_match(qtbot, demo_ctx: AppContext) -> None:
    window = open_window(qtbot, demo_ctx, "Kempen")
    window.resize(1366, 728)
    window.show_page(0)
    dashboard = window.page("dashboard")
    dashboard.filter.setFocus()
    qtbot.keyClicks(dashboard.filter, "Westhoek")
    qtbot.keyClick(dashboard.filter, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dashboard.table
    assert dashboard.table.current_row().name == "Westhoek"
    qtbot.keyClick(dashboard.table, Qt.Key.Key_Return)  # and Enter opens it
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    assert window.current_page() is page and page.current_region_name() == "Westhoek"
    page.tabs.setCurrentWidget(page.municipality_tab)
    municipalities = page.municipality_tab
    municipalities.search.setFocus()
    qtbot.keyClicks(municipalities.search, "Diksmuide")
    qtbot.keyClick(municipalities.search, Qt.Key.Key_Return)
    assert municipalities.table.current_row().name == "Diksmuide"
    assert municipalities.table.selected_rows() == [municipalities.table.current_row()]


def test_alt_n_and_enter_change_the_candidacy_of_the_network_leader(
        qtbot, demo_ctx: AppContext) -> None:
    from coachdesk.ui.pages.regions.candidacy_dialogs import CandidacyStatusDialog

    window = open_window(qtbot, demo_ctx, "Kempen")
    page: RegionsPage = window.page("regions")  # type: ignore[assignment]
    page.region_list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # "&Netwerkleider"
    table = page.candidacies.table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    qtbot.keyClicks(table, "Stad T")
    assert "Turnhout" in table.current_row().members
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert isinstance(page.dialog, CandidacyStatusDialog) and page.dialog.isVisible()
    page.dialog.reject()


def mnemonics(root, texts_of) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The Alt+letter of every visible labelled control under `root`: letter -> text."""
    found: dict[str, str] = {}
    for text in texts_of(root):
        plain = text.replace("&&", "")
        if "&" in plain and plain.index("&") + 1 < len(plain):
            found.setdefault(plain[plain.index("&") + 1].casefold(), text)
    return found


def control_texts(root) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def clashes_with_the_menus(window) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    from tests.ui.test_laptop_screen import open_review

    menus = mnemonics(window.menuBar(), lambda bar: [a.text() for a in bar.actions()])
    assert len(menus) == len(window.menuBar().actions())
    clashes = []
    for index, page in enumerate(window.pages):
        window.show_page(index)
        for letter, text in mnemonics(window.centralWidget(), control_texts).items():
            if letter in menus:
                clashes.append((page.key, text, menus[letter]))
    review = open_review(window).review
    for letter, text in mnemonics(review, control_texts).items():
        if letter in menus:
            clashes.append(("review", text, menus[letter]))
    return clashes


def test_no_control_on_a_page_shares_its_alt_letter_with_a_menu(
        qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    clashes = clashes_with_the_menus(demo_window)
    assert clashes == [], "\n".join(map(str, clashes))


def test_in_english_neither(qtbot, english_interface, demo_services) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.ui.main_window import MainWindow
    from tests.ui.conftest import make_ctx

    window = MainWindow(make_ctx(demo_services, lang="en"))
    qtbot.addWidget(window)
    window.show()
    assert window.menuBar().actions()[0].text() == "&File"  # the source texts, in English
    clashes = clashes_with_the_menus(window)
    assert clashes == [], "\n".join(map(str, clashes))


def test_ctrl_number_puts_the_keyboard_in_the_page_list(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractItemView

    from tests.ui.conftest import show_active

    show_active(qtbot, demo_window)
    for number, key in ((6, Qt.Key.Key_6), (2, Qt.Key.Key_2), (1, Qt.Key.Key_1)):
        demo_window.nav.setFocus()
        qtbot.keyClick(demo_window, key, Qt.KeyboardModifier.ControlModifier)
        page = demo_window.current_page()
        focus = QApplication.focusWidget()
        assert page is demo_window.pages[number - 1]
        assert isinstance(focus, QAbstractItemView) and page.isAncestorOf(focus), number
    dashboard = demo_window.page("dashboard")
    assert QApplication.focusWidget() is dashboard.table, QApplication.focusWidget()
    qtbot.keyClicks(dashboard.table, "West")  # on the Overzicht: find by typing
    assert demo_window.page("dashboard").table.current_row().name == "Westhoek"


def test_a_follow_up_row_takes_the_letters_typed_right_after_its_alt_letter(
        qtbot, demo_ctx: AppContext) -> None:
    from coachdesk.ui.pages.logbook.quick_log import QuickLogDialog
    from tests.ui.conftest import show_active

    dialog = QuickLogDialog(demo_ctx)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.subject.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Actie &toevoegen"
    qtbot.keyClicks(QApplication.focusWidget(), "Verslag rondsturen")  # no pause
    assert [d.text() for d, _o, _due in dialog.actions.rows] == ["Verslag rondsturen"]
    assert dialog.subject.text() == ""
