"""Where the main window opens: inside the screen it is on, never squeezed by another screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from coachdesk.ui.settings import MAIN_WINDOW_SCREEN, Settings

PREFERRED = QSize(1280, 800)
FRAME = QSize(16, 48)  # room for the window manager's title bar and borders


def available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitting_size(area: QRect) -> QSize:
    """The preferred size, made smaller where the screen is smaller."""
    return PREFERRED.boundedTo(area.size() - FRAME)


def place_main_window(window: QWidget, settings: Settings) -> None:
    """Restore the saved geometry when it suits this screen; otherwise a size that fits."""
    area = available(window)
    restored = settings.restore_geometry("main", window)
    if restored and window.isMaximized():
        return
    size = window.size() if restored else fitting_size(area)
    saved_on = _parse(settings.get(MAIN_WINDOW_SCREEN))
    if not restored or saved_on is None or _larger(area.size(), saved_on):
        size = size.expandedTo(fitting_size(area))  # a small screen's size does not squeeze a large one
    size = size.boundedTo(area.size() - FRAME)
    window.resize(size)
    if not restored or not area.contains(window.frameGeometry()):
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(area.center())
        window.move(rect.topLeft())


def remember_main_window(window: QWidget, settings: Settings) -> None:
    settings.save_geometry("main", window)
    size = available(window).size()
    settings.set(MAIN_WINDOW_SCREEN, f"{size.width()}x{size.height()}")


def _parse(text: str) -> QSize | None:
    try:
        width, height = (int(v) for v in text.split("x"))
    except ValueError:
        return None
    return QSize(width, height)


def _larger(now: QSize, before: QSize) -> bool:
    return now.width() > before.width() * 1.1 or now.height() > before.height() * 1.1
