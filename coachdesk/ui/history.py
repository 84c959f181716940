"""The way back: Alt+Left (and a back button) returns to the page, item and row the coach
came from, as a browser does. Pages say where they are with `bookmark()` and go back there
with `restore(bookmark)`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from coachdesk.ui.pages.base import Page

LIMIT = 50


@dataclass(frozen=True)
class Place:
    index: int  # the page's position in the navigation
    title: str  # what the back button says: "Regio's · Kempen"
    bookmark: Any


class NavigationHistory(QObject):
    """Records each page change; `back()` shows the last place again."""

    def __init__(self, parent: QWidget, show: Callable[[int], Page]) -> None:
        super().__init__(parent)
        self._show = show
        self._places: list[Place] = []
        self._going_back = False
        self.action = QAction(self.tr("&Back"), parent)
        keys = [QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left)]  # on every system
        keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Back)
                 if k not in keys]  # twice the same key would make it ambiguous
        self.action.setShortcuts(keys)
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.back)
        self.button = QPushButton()
        self.button.setObjectName("backButton")
        self.button.setFlat(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.back)
        self._update()

    def leaving(self, index: int, page: Page) -> None:
        """Called before the window shows another page."""
        if self._going_back:
            return
        bookmark = page.bookmark()
        title = page.title()
        where = page.bookmark_title()
        self._places.append(Place(index, f"{title} · {where}" if where else title, bookmark))
        del self._places[:-LIMIT]
        self._update()

    def back(self) -> None:
        if not self._places:
            return
        place = self._places.pop()
        self._going_back = True
        try:
            page = self._show(place.index)
        finally:
            self._going_back = False
        if place.bookmark is not None:
            page.restore(place.bookmark)
        self._update()

    def _update(self) -> None:
        place = self._places[-1] if self._places else None
        self.action.setEnabled(place is not None)
        self.button.setVisible(place is not None)
        if place is not None:
            self.button.setText(self.tr("← Back to %1 (Alt+Left)").replace("%1", place.title))
