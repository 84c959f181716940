"""What the window knows of a page before building it: key, title, menu entries, where it lives.

Pages are built when first shown, so the window starts without importing every page and its
dialogs; a menu entry of a page that is not built yet builds it when triggered.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.ui.pages.base import Page


@dataclass(frozen=True)
class MenuEntry:
    """A menu action of a page: `method` is called on the page (built first if needed)."""

    menu: str  # "file", "edit", "view" or "help"
    text: Callable[[], str]
    method: str
    shortcut: str = ""
    everywhere: bool = False  # an application shortcut, working in every window
    object_name: str = ""
    writes: bool = True  # changes data: greyed out for who may not (ui.read_only)


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str  # the module holding the page class, imported on first use
    class_name: str
    title: Callable[[], str]
    menu: tuple[MenuEntry, ...] = field(default=())

    def load(self) -> type[Page]:
        return getattr(importlib.import_module(self.module), self.class_name)  # type: ignore[no-any-return]
