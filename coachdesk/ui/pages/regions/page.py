"""Regio's: one region in depth: header, timeline, municipalities, network leader, contacts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.regions import stage_label
from coachdesk.services.dashboard import DashboardRow
from coachdesk.ui import events
from coachdesk.ui.collation import collated
from coachdesk.ui.context import AppContext
from coachdesk.ui.operations import QueryOp
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.regions.actions import RegionActions
from coachdesk.ui.pages.regions.candidacies_tab import CandidaciesTab
from coachdesk.ui.pages.regions.contacts_tab import ContactsTab
from coachdesk.ui.pages.regions.header import RegionHeader
from coachdesk.ui.pages.regions.municipalities_tab import MunicipalitiesTab
from coachdesk.ui.models.table import ROW_ROLE
from coachdesk.ui.pages.regions.timeline_menu import install_timeline_menu
from coachdesk.ui.pages.regions.timeline_tab import TimelineTab
from coachdesk.ui.read_only import follow_region, guard_writes, unless_refused
from coachdesk.ui.settings import STALLED_DAYS

TIMELINE, MUNICIPALITIES, LEADER, CONTACTS = range(4)


class RegionsPage(Page):
    key = "regions"
    watches = frozenset({events.REGIONS, events.STAGES, events.MUNICIPALITIES, events.CANDIDACIES,
                         events.MOMENTS, events.ACTIONS, events.PROPOSALS, events.CONTACTS,
                         events.SETTINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._wanted: int | None = None
        self._wanted_entry: tuple[str, int] | None = None  # a Tijdlijn row to select, once shown
        self._loaded_tabs: set[int] = set()
        self._dialog_pending = False
        self.regions: list[DashboardRow] = []
        self.dialog: QDialog | None = None
        self._build()
        self.actions_ = RegionActions(self)
        self._connect()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        splitter = QSplitter()
        self.region_list = QListWidget()
        self.region_list.setObjectName("regionList")
        self.region_list.setAccessibleName(self.tr("Regions"))
        self.region_list.setSpacing(2)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 0, 0, 0)
        self.header = RegionHeader(self.ctx.lang)
        column.addWidget(self.header)
        column.addWidget(self._tabs(), 1)
        splitter.addWidget(self.region_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([200, 900])
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.region_list, self.header.change_stage_button)
        QWidget.setTabOrder(self.header.change_stage_button, self.header.next_step_button)
        QWidget.setTabOrder(self.header.next_step_button, self.header.new_action_button)
        QWidget.setTabOrder(self.header.new_action_button, self.tabs)

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.timeline = TimelineTab(self.ctx.lang, self.ctx.runner)
        self.timeline.loaded.connect(self.loaded)
        self.municipality_tab = MunicipalitiesTab(self.ctx.lang)
        self.municipalities = self.municipality_tab.table
        self.candidacies = CandidaciesTab(self.ctx.lang)
        self.contacts = ContactsTab()
        for widget, text in ((self.timeline, self.tr("&Timeline")),
                             (self.municipality_tab, self.tr("&Municipalities")),
                             (self.candidacies, self.tr("&Network leader")),
                             (self.contacts, self.tr("&Contacts"))):
            self.tabs.addTab(widget, text)
        return self.tabs

    def _connect(self) -> None:
        a = self.actions_
        self.region_list.currentItemChanged.connect(self._on_region_selected)
        self.tabs.currentChanged.connect(self._load_tab)
        self.tabs.currentChanged.connect(self._enter_tab)
        self.tabs.tabBar().installEventFilter(self)  # Alt+G on the tab already shown, too
        self.header.change_stage_button.clicked.connect(a.change_stage)
        self.header.next_step_button.clicked.connect(a.edit_next_step)
        self.header.new_action_button.clicked.connect(self.new_action)
        install_timeline_menu(self)
        self.loaded.connect(self._select_wanted_entry)
        self.timeline.correct_requested.connect(self._writing(a.correct_stage))
        self.timeline.open_requested.connect(self._open_elsewhere)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        self.contacts.table.row_activated.connect(
            lambda c: c.kind == "person" and self._open_elsewhere("contacts", c.id))
        self.municipality_tab.status_requested.connect(self._writing(a.change_membership))
        self.municipality_tab.move_requested.connect(a.move_municipalities)
        self.candidacies.add_requested.connect(a.add_candidacy)
        self.candidacies.status_requested.connect(self._writing(a.change_candidacy))
        guard_writes(self.ctx, self.header.change_stage_button, self.header.next_step_button,
                     self.header.new_action_button, self.timeline.correct_button,
                     self.municipality_tab.status_button, self.municipality_tab.move_button,
                     self.candidacies.add_button, self.candidacies.status_button)

    def _writing(self, slot: Callable[..., Any]) -> Callable[..., None]:
        """A list's double-click or Enter that changes the region: refused with the reason
        (status bar) where the user may not write it."""
        return unless_refused(self.ctx, self, slot, self.current_region_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            QTimer.singleShot(0, lambda: self._enter_tab(self.tabs.currentIndex()))
        return super().eventFilter(watched, event)

    def _enter_tab(self, index: int) -> None:
        """A tab chosen by its letter (Alt+G): the keyboard goes into it, onto its list."""
        tab = self.tabs.widget(index)
        focus = QApplication.focusWidget()
        if tab is None or not self.isVisible() or (focus is not None and tab.isAncestorOf(focus)):
            return
        getattr(tab, "table", tab).setFocus()

    def _focus_search(self) -> None:
        searches = (self.timeline.search, self.municipality_tab.search, None,
                    self.contacts.search)
        target = searches[self.tabs.currentIndex()]
        (target or self.candidacies.table).setFocus()

    def _open_elsewhere(self, page_key: str, item_id: object) -> None:
        """Show an item on another page; the proposal page opens on this region."""
        self.ctx.events.open_requested.emit(page_key, item_id or self.current_region_id())

    def title(self) -> str:
        return self.tr("Regions")

    def edit_stages(self) -> None:
        """Edit > Edit stages (the menu entry is declared in this package's PAGE)."""
        self.actions_.edit_stages()

    def change_stage_from_menu(self) -> None:
        """From another page: show this one (its region, or the first) and open the dialog."""
        if self.isVisible() and self.current_region_id() is not None:
            self.actions_.change_stage()
            return
        self._dialog_pending = True
        region_id = self.current_region_id() or next((r.id for r in self.regions), None)
        self.ctx.events.open_requested.emit(self.key, region_id or 0)

    def open_item(self, item_id: object) -> None:
        self._wanted = int(item_id) or None  # type: ignore[call-overload]
        if self._select(self._wanted):
            self._wanted = None
        self.tabs.setCurrentIndex(TIMELINE)

    def new_action(self) -> None:
        """*Nieuwe actie* for this region; it appears in the Tijdlijn once saved."""
        from coachdesk.ui.pages.actions.new_action import ask_new_action

        ask_new_action(self.ctx, self, self.current_region_id())

    def log_moment(self) -> None:
        """A contact moment in this region (as Ctrl+N does from here)."""
        from coachdesk.ui.pages.logbook.quick_log import QuickLogDialog

        QuickLogDialog.ask(self.ctx, self.window(), self.current_region_id())

    def bookmark(self) -> object:
        entry = self.timeline.table.current_row() if self.tabs.currentIndex() == TIMELINE else None
        key = (entry.kind, entry.ref_id) if entry is not None else None
        return (self.current_region_id(), self.tabs.currentIndex(), key)

    def bookmark_title(self) -> str:
        return self.current_region_name()

    def restore(self, bookmark: object) -> None:
        region_id, tab, entry = bookmark  # type: ignore[misc]
        self._wanted_entry = entry
        if region_id is not None:
            self.open_item(region_id)
        self.tabs.setCurrentIndex(tab)
        self._select_wanted_entry()

    def _select_wanted_entry(self) -> None:
        """The Tijdlijn row the coach came from, once the Tijdlijn shows it."""
        if self._wanted_entry is None:
            return
        table = self.timeline.table
        model = table.model()
        for row in range(model.rowCount()):
            entry = model.index(row, 0).data(ROW_ROLE)
            if entry is not None and (entry.kind, entry.ref_id) == self._wanted_entry:
                table.setCurrentIndex(model.index(row, 0))
                table.scrollTo(model.index(row, 0))
                table.setFocus()
                self._wanted_entry = None
                return

    def region_in_view(self) -> int | None:
        return self.current_region_id()

    def current_region_id(self) -> int | None:
        item = self.region_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_region_name(self) -> str:
        rid = self.current_region_id()
        return next((r.name for r in self.regions if r.id == rid), "")

    def reload(self) -> None:
        QueryOp(self.ctx, self.ctx.services.dashboard.rows, date.today(),
                self.ctx.settings.get(STALLED_DAYS)).success(self._show_regions).run()

    def _show_regions(self, rows: list[DashboardRow]) -> None:
        self.regions = rows = collated(rows, lambda r: r.name)
        wanted = self._wanted or self.current_region_id()
        self.region_list.blockSignals(True)
        self.region_list.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.name}{' ⚠' if r.stalled else ''}\n"
                                   f"{r.stage_position} · {stage_label(r.stage_name, self.ctx.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            if r.stalled:
                item.setToolTip(self.tr("Stalled: no contact moment for a while"))
            self.region_list.addItem(item)
        self.region_list.blockSignals(False)
        self._wanted = None
        if not self._select(wanted or (rows[0].id if rows else None)):
            self.loaded.emit()

    def _select(self, region_id: int | None) -> bool:
        """Select a region; (re)load it even when it was already selected."""
        for i in range(self.region_list.count()):
            item = self.region_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == region_id:
                if item is self.region_list.currentItem():
                    self._on_region_selected(item)
                else:
                    self.region_list.setCurrentItem(item)
                return True
        return False

    def _on_region_selected(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is None:
            return
        self._loaded_tabs.clear()
        region_id = item.data(Qt.ItemDataRole.UserRole)
        self.header.title.setText(self.current_region_name())
        follow_region(self.ctx, region_id, self.header.change_stage_button,
                      self.header.next_step_button, self.header.new_action_button)
        self._load_tab(self.tabs.currentIndex())
        stalled = self.ctx.settings.get(STALLED_DAYS)
        QueryOp(self.ctx, self.ctx.services.dashboard.region_row, region_id, date.today(),
                stalled).success(self._show_header).run()
        for index in (TIMELINE, MUNICIPALITIES, LEADER):
            self._load_tab(index)  # the contacts only when shown: they cost most

    def _show_header(self, row: DashboardRow | None) -> None:
        if row is not None and row.id == self.current_region_id():
            self.header.show_row(row)
            if self._dialog_pending:
                self._dialog_pending = False
                self.actions_.change_stage()

    def _load_tab(self, index: int) -> None:
        region_id = self.current_region_id()
        if region_id is None or index in self._loaded_tabs:
            return
        self._loaded_tabs.add(index)
        services = self.ctx.services
        if index == TIMELINE:  # paged from the database: the newest entries first
            self.timeline.show_region(partial(services.timeline.page, region_id))
            return
        fetch, show = {
            MUNICIPALITIES: (services.regions.municipalities, self.municipality_tab.set_rows),
            LEADER: (services.candidacies.candidacies, self.candidacies.set_rows),
            CONTACTS: (services.timeline.contacts, self.contacts.set_rows),
        }[index]
        QueryOp(self.ctx, fetch, region_id).success(self._guarded(region_id, show)).run()

    def _guarded(self, region_id: int, show: object) -> object:
        def done(rows: list) -> None:
            if region_id == self.current_region_id():
                show(rows)  # type: ignore[operator]
                self.loaded.emit()
        return done
