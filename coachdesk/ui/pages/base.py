"""What every page shares: its key, a title, refresh on change, and a 'loaded' signal."""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt on first use: start-up does not build its enums
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QWidget

from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes, Kind


class Page(QWidget):
    """A main-window page. Subclasses set `key` and `watches`, implement `title` and `reload`.

    The window builds a page when it is first shown; its title and menu entries are declared
    in its package's `PAGE` (ui.pages.spec), so they exist before the page does.

    Pages never call each other: they listen to `ctx.events.changed` and ask for navigation
    through `ctx.events.open_requested`.
    """

    key = ""
    watches: frozenset[Kind] = frozenset()
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._visible = False
        ctx.events.changed.connect(self._on_changed)

    def title(self) -> str:
        raise NotImplementedError

    def focus_content(self) -> None:
        """The keyboard goes to the page's first list (Ctrl+number, then type to find)."""
        widget = self.nextInFocusChain()
        while widget is not self and self.isAncestorOf(widget):  # in Tab order
            if (isinstance(widget, QAbstractItemView) and widget.isVisibleTo(self)
                    and widget.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus):
                widget.setFocus()
                return
            widget = widget.nextInFocusChain()

    def reload(self) -> None:
        """Fetch fresh data (through ctx.runner) and emit `loaded` when shown."""
        raise NotImplementedError

    def bookmark(self) -> object:
        """Where the coach is on this page (item, tab, row), to come back to; see ui.history."""
        return None

    def bookmark_title(self) -> str:
        """A word for the bookmark, shown on the back button ("Kempen")."""
        return ""

    def restore(self, bookmark: object) -> None:
        """Show the place `bookmark()` returned, as far as it still exists."""

    def region_in_view(self) -> int | None:
        """The region the coach is looking at here (selected or filtered), if any."""
        return None

    def open_item(self, item_id: object) -> None:
        """Show one item (a region, a person, ...); pages that can, override this."""

    def activate(self) -> None:
        self._visible = True
        if self._stale:
            self._stale = False
            self.reload()

    def deactivate(self) -> None:
        self._visible = False

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.watches):
            if self._visible:
                self.reload()
            else:
                self._stale = True
