"""A coach's laptop: 1366×768. Every page and dialog fits, whatever the coach visited before."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from coachdesk.ui.context import AppContext
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.pages.proposals.page import ProposalsPage
from coachdesk.ui.widgets.fitting import title_width
from tests.ui.gallery import dialogs

# 1366×768 less a taskbar (40 px) and the window manager's title bar and borders.
AVAILABLE = QSize(1366 - 16, 768 - 40 - 48)

# What Qt's own dialogs say when its Dutch translation is missing.
QT_ENGLISH = ("Look in:", "Files of type:", "File name:", "Cancel", "Open", "Save", "Detail View",
              "List View", "Back", "Forward", "Parent Directory", "Create New Folder",
              "Show Details...", "Yes", "No", "Close", "Apply", "Reset", "Restore Defaults")


def fits(widget: QWidget) -> bool:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width() <= AVAILABLE.width() and hint.height() <= AVAILABLE.height()


def open_review(window: MainWindow) -> ProposalsPage:
    page: ProposalsPage = window.page("proposals")  # type: ignore[assignment]
    window.show_page(window.pages.index(page))
    detail = page.detail.detail
    assert detail is not None and detail.versions
    page.open_review(detail.versions[-1].id)
    assert page.modes.currentWidget() is page.review
    return page


def test_every_page_fits_and_the_review_does_not_widen_the_window_for_good(
        qtbot, demo_window: MainWindow) -> None:
    demo_window.resize(1366, 728)
    widths = {}
    for index, page in enumerate(demo_window.pages):
        demo_window.show_page(index)
        assert fits(demo_window), (page.key, demo_window.minimumSizeHint())
        widths[page.key] = demo_window.minimumSizeHint().width()
    page = open_review(demo_window)
    assert fits(demo_window), demo_window.minimumSizeHint()
    assert demo_window.width() <= 1366
    page.review.go_back()
    for index, page in enumerate(demo_window.pages):
        demo_window.show_page(index)
        assert fits(demo_window), page.key
        if page.key != "proposals":  # (its detail panel shows the version chosen since)
            assert demo_window.minimumSizeHint().width() == widths[page.key], page.key


def test_a_long_file_name_shortens_the_review_heading_instead_of_the_buttons(
        qtbot, demo_window: MainWindow) -> None:
    demo_window.resize(1366, 728)
    page = open_review(demo_window)
    full = page.review.heading.text()
    assert page.review.heading.toolTip() == full
    for button in page.review.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.width() >= button.minimumSizeHint().width(), button.text()
            assert button.geometry().right() <= page.review.width(), button.text()


@pytest.mark.parametrize("name", sorted(dialogs()))
def test_every_dialog_fits_the_laptop_screen_and_speaks_dutch(
        qtbot, demo_ctx: AppContext, demo_window: MainWindow, name: str) -> None:
    dialog = dialogs()[name](demo_ctx, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert fits(dialog), (name, dialog.minimumSizeHint())
    assert dialog.windowTitle().strip(), name
    assert dialog.width() >= title_width(dialog), (name, dialog.windowTitle())  # not cut
    for text in visible_texts(dialog):
        assert not lone_ampersand(text), (name, text)
        assert text not in QT_ENGLISH, (name, text)
    for field in dialog.findChildren(QLineEdit):  # wrapped texts never squeeze the fields
        if field.isVisible() and not isinstance(field.parentWidget(), (QAbstractSpinBox,
                                                                       QComboBox)):
            assert field.height() >= field.minimumSizeHint().height(), (name, field.objectName())
    dialog.close()


def test_no_lone_ampersand_or_english_qt_word_on_any_page(qtbot, demo_window: MainWindow) -> None:
    for index, page in enumerate(demo_window.pages):
        demo_window.show_page(index)
        for text in visible_texts(page):
            assert not lone_ampersand(text), (page.key, text)
            assert text not in QT_ENGLISH, (page.key, text)
    for menu in demo_window.menus.values():
        for action in menu.actions():
            assert action.text().count("&") <= 1, action.text()


def visible_texts(root: QWidget) -> list[str]:
    """What the coach reads, as shown: a label without a buddy shows its '&' as it is.

    Buttons, group boxes and tabs turn one '&' into an underlined letter, so theirs is
    dropped here; a second one would show.
    """
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if "<" in text and ">" in text:  # rich text: entities such as &amp; are fine
                text = re.sub(r"&[#\w]+;", "", text)
            texts.append(text.replace("&", "", 1) if widget.buddy() is not None else text)
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text().replace("&", "", 1))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title().replace("&", "", 1))
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i).replace("&", "", 1) for i in range(widget.count())]
    return [t.replace("&&", "") for t in texts if t]


def lone_ampersand(text: str) -> bool:
    return "&" in text


def test_the_first_window_fits_the_screen_it_opens_on(
        qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from coachdesk.ui import window_size

    monkeypatch.setattr(window_size, "available", lambda _w: QRect(0, 0, 1366, 728))
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert window.width() <= 1366 and window.height() <= 728 - 30, window.size()
    assert window.width() >= 1200


def test_a_size_saved_on_a_laptop_does_not_squeeze_the_window_on_a_large_screen(
        qtbot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from coachdesk.ui import window_size

    monkeypatch.setattr(window_size, "available", lambda _w: QRect(0, 0, 1366, 728))
    laptop = MainWindow(demo_ctx)
    qtbot.addWidget(laptop)
    laptop.resize(700, 500)  # (the test screen is 800 px wide; Qt keeps a window on it)
    laptop.remember_geometry()
    monkeypatch.setattr(window_size, "available", lambda _w: QRect(0, 0, 1920, 1040))
    office = MainWindow(demo_ctx)
    qtbot.addWidget(office)
    assert office.width() >= 1280 and office.height() >= 800, office.size()
    monkeypatch.setattr(window_size, "available", lambda _w: QRect(0, 0, 1366, 728))
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 500)  # on the same laptop, the coach's own size


def test_english_plurals_read_as_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from coachdesk.ui.i18n import EnglishPlurals

    plurals = EnglishPlurals()
    qapp.installTranslator(plurals)
    try:
        def tr(text: str, n: int) -> str:
            return QCoreApplication.translate("Nowhere", text, "", n)

        assert tr("%n region(s)", 18) == "18 regions" and tr("%n region(s)", 1) == "1 region"
        assert tr("%n criterion(s) rated", 2) == "2 criteria rated"
        assert QCoreApplication.translate("Nowhere", "Overview") == "Overview"
    finally:
        qapp.removeTranslator(plurals)
