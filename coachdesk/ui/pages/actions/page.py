"""Acties, 'Vandaag': open actions by overdue, today, this week, later; done, next, reschedule."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.agenda import Bucket
from coachdesk.services.actions import ActionRow
from coachdesk.ui import events
from coachdesk.ui.collation import collated
from coachdesk.ui.context import AppContext
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import ChangeOp, QueryOp
from coachdesk.ui.pages.actions.dialogs import (
    DoneDialog,
    NextDialog,
    RescheduleDialog,
)
from coachdesk.ui.pages.actions.model import ActionTreeModel
from coachdesk.ui.pages.actions.new_action import ask_new_action
from coachdesk.ui.pages.base import Page
from coachdesk.ui.read_only import guard_writes
from coachdesk.ui.widgets.cell_tips import install_cell_tips
from coachdesk.ui.widgets.page_header import PageHeader


class ActionsPage(Page):
    key = "actions"
    watches = frozenset({events.ACTIONS, events.MOMENTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = date.today()
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Today"))
        layout.addWidget(self.header)
        layout.addLayout(self._build_bar())
        self.model = ActionTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("actions")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        install_cell_tips(self.tree)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((380, 100, 140, 150)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(self.tr("No open actions. Add them when you log a contact moment (Ctrl+N)."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        layout.addWidget(self.empty, 1)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.tree.activated.connect(lambda _i: self.open_source())
        done = QShortcut(QKeySequence("Ctrl+D"), self, activated=self.mark_done)
        done_next = QShortcut(QKeySequence("Ctrl+Shift+D"), self, activated=self.done_and_next)
        guard_writes(ctx, self.new_button, self.done_button, self.next_button, done, done_next)
        guard_writes(ctx, self.reschedule_button, correction=True)
        self._owners_stale = True
        self._selecting: int | None = None  # a new action, selected once it is listed

    def _build_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.region = QComboBox()
        self.owner = QComboBox()
        for text, combo in ((self.tr("Re&gion"), self.region), (self.tr("O&wner"), self.owner)):
            label = QLabel(text)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 1)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("Ne&w action…"))
        self.new_button.clicked.connect(self.new_action)
        row.addWidget(self.new_button)
        self.done_button = QPushButton(self.tr("&Done (Ctrl+D)"))
        self.next_button = QPushButton(self.tr("Done and &next (Ctrl+Shift+D)"))
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"))
        for button, slot in ((self.done_button, self.mark_done),
                             (self.next_button, self.done_and_next),
                             (self.reschedule_button, self.reschedule)):
            button.clicked.connect(slot)
            button.setEnabled(False)
            row.addWidget(button)
        return row

    def title(self) -> str:
        return self.tr("Actions")

    def reload(self) -> None:
        if self._owners_stale:
            self._fill_filters()
        self.today = date.today()
        QueryOp(self.ctx, self.ctx.services.actions.open_actions, self.region.currentData(),
                self.owner.currentData() or "").success(self._show).run()

    def _show(self, rows: list[ActionRow]) -> None:
        current = self.current_action()
        position = self._flat().index(current.id) if current else 0
        self.model.set_rows(rows, self.today)
        self.tree.expandAll()
        buckets = self.model.buckets()
        self.header.set_subtitle(self.tr("%1 overdue, %2 due today, %3 this week").replace(
            "%1", str(len(buckets.get(Bucket.OVERDUE, [])))).replace(
            "%2", str(len(buckets.get(Bucket.TODAY, [])))).replace(
            "%3", str(len(buckets.get(Bucket.THIS_WEEK, [])))))
        self.empty.setVisible(not rows)
        self.tree.setVisible(bool(rows))
        if self._selecting is not None and self._select(self._selecting):
            self._selecting = None
            self.tree.setFocus()
        elif not self._select(current.id if current else None):
            flat = self._flat()  # the action is gone (done): go on with the one after it
            self._select(flat[min(position, len(flat) - 1)] if flat else None)
        self._update_buttons()
        self.loaded.emit()

    def _fill_filters(self) -> None:
        self._owners_stale = False
        region, owner = self.region.currentData(), self.owner.currentData()
        for combo in (self.region, self.owner):
            combo.blockSignals(True)
            combo.clear()
        self.region.addItem(self.tr("All regions"), None)
        for choice in collated(self.ctx.services.contacts.regions(), lambda c: c.name):
            self.region.addItem(choice.name, choice.id)
        self.owner.addItem(self.tr("Everyone"), None)
        for name in collated(self.ctx.services.actions.owners()):
            self.owner.addItem(name, name)
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        for combo in (self.region, self.owner):
            combo.blockSignals(False)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches({events.ACTIONS}):
            self._owners_stale = True
        super()._on_changed(changes)

    def region_in_view(self) -> int | None:
        action = self.current_action()
        return self.region.currentData() or (action.region_id if action else None)

    def current_action(self) -> ActionRow | None:
        return self.model.action_at(self.tree.currentIndex())

    def select_action(self, action_id: int) -> bool:
        return self._select(action_id)

    def _select(self, action_id: int | None) -> bool:
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                action = self.model.action_at(index)
                if action is not None and action.id == action_id:
                    self.tree.setCurrentIndex(index)
                    return True
        return False

    def _flat(self) -> list[int]:
        return [a.id for rows in self.model.buckets().values() for a in rows]

    def _update_buttons(self) -> None:
        enabled = self.current_action() is not None
        for button in (self.done_button, self.next_button, self.reschedule_button):
            button.setEnabled(enabled)

    def mark_done(self) -> None:
        action = self.current_action()
        on = DoneDialog.ask(action, self) if action else None
        if action and on:
            self._undoable(self.tr("Mark as done"), self.ctx.services.actions.mark_done,
                           action.id, on)

    def done_and_next(self) -> None:
        action = self.current_action()
        answer = NextDialog.ask(action, self) if action else None
        if action and answer:
            on, draft = answer
            ChangeOp(self.ctx, self.ctx.services.actions.done_and_next, action.id, on, draft,
                     changes=lambda new_id: Changes.of(events.ACTIONS, ids=[action.id, new_id])
                     ).run()

    def new_action(self) -> None:
        """The form starts with the region of the page the coach is on; the saved action is
        selected (the filters make room for it) and the status bar confirms it."""
        ask_new_action(self.ctx, self, self.ctx.events.region_in_view(), self._select_later)

    def _select_later(self, action_id: int) -> None:
        self._selecting = action_id
        for combo in (self.region, self.owner):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)  # every region and owner: the new action shows
            combo.blockSignals(False)

    def reschedule(self) -> None:
        action = self.current_action()
        due = RescheduleDialog.ask(action, self) if action else None
        if action and due:
            self._undoable(self.tr("Reschedule"), self.ctx.services.actions.reschedule,
                           action.id, due)

    def _undoable(self, text: str, change: object, action_id: int, value: object) -> None:
        """`change([id], value)` returns the states before; undo puts them back."""
        ChangeOp(self.ctx, change, [action_id], value,  # type: ignore[arg-type]
                 changes=Changes.of(events.ACTIONS, ids=[action_id])) \
            .undoable(text, lambda before: (self.ctx.services.actions.restore, before)).run()

    def open_source(self) -> None:
        action = self.current_action()
        if action and action.source_moment_id:
            self.ctx.events.open_requested.emit("logbook", action.source_moment_id)

    def open_item(self, item_id: object) -> None:
        self._select(int(item_id))  # type: ignore[call-overload]
