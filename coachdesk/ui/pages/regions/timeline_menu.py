"""The Tijdlijn's context menu: open or correct an entry, or add to the region's story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu

from coachdesk.services import timeline as tl
from coachdesk.ui.read_only import guard_writes

if TYPE_CHECKING:
    from coachdesk.ui.pages.regions.page import RegionsPage


def install_timeline_menu(page: RegionsPage) -> None:
    table = page.timeline.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(lambda at: timeline_menu(page, at).popup(
        table.viewport().mapToGlobal(at)))


def timeline_menu(page: RegionsPage, at: QPoint) -> QMenu:
    """Built for the entry under the mouse (or the current one, from the keyboard's Menu key)."""
    table = page.timeline.table
    index = table.indexAt(at)
    if index.isValid():
        table.setCurrentIndex(index)
    entry = table.current_row()
    menu = QMenu(table)
    translate = QCoreApplication.translate
    writes = []
    if entry is not None:
        if entry.kind == tl.STAGE:
            correct = menu.addAction(translate("TimelineMenu", "Co&rrect this stage change…"))
            correct.setEnabled(entry.code != "corrected")
            correct.triggered.connect(lambda: page.timeline.correct_requested.emit(entry))
            writes.append(correct)
        else:
            show = menu.addAction(translate("TimelineMenu", "&Open"))
            show.triggered.connect(lambda: table.row_activated.emit(entry))
        menu.addSeparator()
    moment = menu.addAction(translate("TimelineMenu", "New &contact moment…"))
    moment.triggered.connect(page.log_moment)
    action = menu.addAction(translate("TimelineMenu", "New &action…"))
    action.triggered.connect(page.new_action)
    guard_writes(page.ctx, moment, action, *writes)
    return menu
