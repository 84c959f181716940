"""Logboek: every contact moment, filtered and searched, paged in as you scroll."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.vocabulary import ContactKind
from coachdesk.services.contacts import RegionChoice
from coachdesk.services.logbook import MomentFilter, MomentRow
from coachdesk.ui import events
from coachdesk.ui.collation import collated
from coachdesk.ui.context import AppContext
from coachdesk.ui.dialogs.modal import run_modal
from coachdesk.ui.events import Changes
from coachdesk.ui.operations import QueryOp
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.logbook.delegate import HighlightDelegate
from coachdesk.ui.pages.logbook.detail import MomentDetail
from coachdesk.ui.pages.logbook.model import EXCERPT, SUBJECT, WINDOW, MomentModel
from coachdesk.ui.pages.logbook.quick_log import QuickLogDialog
from coachdesk.ui.read_only import guard_writes
from coachdesk.ui.widgets.cell_tips import install_cell_tips
from coachdesk.ui.widgets.page_header import PageHeader
from coachdesk.ui.widgets.dates import date_edit

NO_DATE = QDate(2000, 1, 1)


class LogbookPage(Page):
    key = "logbook"
    watches = frozenset({events.MOMENTS, events.CONTACTS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Logbook"))
        layout.addWidget(self.header)
        layout.addLayout(self._build_filters())
        self.model = MomentModel(ctx.lang, self)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.table.activated.connect(lambda _i: self.show_current())
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        layout.addWidget(self.empty, 1)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self.reload)
        self._generation = 0
        self._choices_stale = True
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        correct = QShortcut(QKeySequence("F2"), self, activated=self.correct_current)
        guard_writes(ctx, self.new_button, self.correct_button, correct)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("moments")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        install_cell_tips(table)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        delegate = HighlightDelegate(table)
        table.setItemDelegateForColumn(SUBJECT, delegate)
        table.setItemDelegateForColumn(EXCERPT, delegate)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((90, 130, 140, 300, 240)):
            table.setColumnWidth(column, width)
        return table

    def _build_filters(self) -> QVBoxLayout:
        """Search with the buttons on top; region, kind, person and period below."""
        self._make_filters()
        rows = QVBoxLayout()
        top, row = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(row)
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        top.addWidget(self.correct_button)
        top.addWidget(self.new_button)
        for label, widget in ((self.tr("Re&gion"), self.region), (self.tr("&Kind"), self.kind),
                              (self.tr("&Person"), self.person), (self.tr("Fro&m"), self.date_from),
                              (self.tr("&To"), self.date_to)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 2 if widget in (self.region, self.person) else 1)
        return rows

    def _make_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search subject and report…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.region = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in ContactKind:
            self.kind.addItem(kind.label(self.ctx.lang), kind.value)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.lineEdit().setPlaceholderText(self.tr("All people"))
        self.date_from, self.date_to = self._date_filter(), self._date_filter()
        self.new_button = QPushButton(self.tr("&New contact moment…"))
        self.new_button.clicked.connect(self.log_new)
        self.correct_button = QPushButton(self.tr("&Correct… (F2)"))
        self.correct_button.clicked.connect(self.correct_current)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        for combo in (self.region, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.person.activated.connect(lambda _i: self.reload())
        self.person.lineEdit().editingFinished.connect(self._on_person_edited)

    def _date_filter(self) -> QDateEdit:
        edit = date_edit()
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self.reload())
        return edit

    def title(self) -> str:
        return self.tr("Logbook")

    def region_in_view(self) -> int | None:
        return self.region.currentData()

    def log_new(self) -> int | None:
        """Open the quick-log form (Ctrl+N, on any page): it starts with the region of the page
        the coach is on. The new moment's id, or None when cancelled."""
        return QuickLogDialog.ask(self.ctx, self.window(), self.ctx.events.region_in_view())

    def filter(self) -> MomentFilter:
        def day(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else edit.date().toPython()  # type: ignore[return-value]
        person = self.person.currentData() if self.person.currentText().strip() else None
        return MomentFilter(self.region.currentData(), self.kind.currentData(),
                            day(self.date_from), day(self.date_to), person, self.search.text())

    def reload(self) -> None:
        self._generation += 1
        flt = self.filter()
        logbook = self.ctx.services.logbook
        # Off the GUI thread, and the newest keystroke wins: a query its successor made
        # useless before it started is skipped.
        QueryOp(self.ctx, partial(logbook.window, flt, limit=WINDOW)).latest("logbook.rows") \
            .success(partial(self._show, self._generation, flt)).run()

    def _show(self, generation: int, flt: MomentFilter, rows: list[MomentRow]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        fetch = partial(self.ctx.services.logbook.window, flt, limit=WINDOW)
        self.model.reset(rows, fetch)
        # The count comes second, so the rows never wait for it.
        QueryOp(self.ctx, self.ctx.services.logbook.count, flt).latest("logbook.count") \
            .success(partial(self._show_count, generation)).run()
        self.empty.setText(self.tr("No contact moment matches these filters.") if flt.search
                           or flt != MomentFilter() else
                           self.tr("No contact moments yet. Press Ctrl+N to log one."))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.loaded.emit()
        if self._choices_stale:
            self._load_choices()

    def _show_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.header.set_subtitle(self.tr("%n contact moment(s)", "", total))

    def _load_choices(self) -> None:
        self._choices_stale = False
        contacts = self.ctx.services.contacts
        self.ctx.runner.submit(lambda: (contacts.regions(), contacts.person_names()),
                               on_done=self._fill_choices)

    def _fill_choices(self, result: tuple[list[RegionChoice], list[RegionChoice]]) -> None:
        regions, people = result
        region, person = self.region.currentData(), self.person.currentData()
        for combo in (self.region, self.person):
            combo.blockSignals(True)
            combo.clear()
        self.region.addItem(self.tr("All regions"), None)
        for choice in collated(regions, lambda c: c.name):
            self.region.addItem(choice.name, choice.id)
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.person.addItem("", None)
        for choice in collated(people, lambda c: c.name):
            self.person.addItem(choice.name, choice.id)
        self.person.setCurrentIndex(max(0, self.person.findData(person)))
        self.person.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for combo in (self.region, self.person):
            combo.blockSignals(False)

    def _on_person_edited(self) -> None:
        text = self.person.currentText().strip()
        index = self.person.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if index >= 0 and index != self.person.currentIndex():
            self.person.setCurrentIndex(index)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches({events.CONTACTS}):
            self._choices_stale = True
        super()._on_changed(changes)

    def clear_filters(self) -> None:
        for widget in (self.search, self.region, self.kind, self.person, self.date_from,
                       self.date_to):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.region, self.kind, self.person):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for widget in (self.search, self.region, self.kind, self.person, self.date_from,
                       self.date_to):
            widget.blockSignals(False)
        self.reload()

    def correct_current(self) -> None:
        """Correct the selected moment in the same form as Ctrl+N."""
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and QuickLogDialog.ask_to_correct(self.ctx, row.id, self.window()):
            self.table.setFocus()

    def show_current(self) -> None:
        """The selected moment in full (Enter or double-click)."""
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None:
            run_modal(MomentDetail(self.ctx, row, self))

    def open_item(self, item_id: object) -> None:
        """A moment id selects that moment; {"person_id": id} shows that person's moments."""
        if isinstance(item_id, dict) and "person_id" in item_id:
            if self._choices_stale:
                contacts = self.ctx.services.contacts
                self._choices_stale = False
                self._fill_choices((contacts.regions(), contacts.person_names()))
            self.person.setCurrentIndex(max(0, self.person.findData(item_id["person_id"])))
            self.reload()
            return
        for row in range(self.model.rowCount()):
            found = self.model.row_at(row)
            if found is not None and found.id == item_id:
                self.table.selectRow(row)
                return
        if isinstance(item_id, int):  # not among the rows loaded: show it on its own
            QueryOp(self.ctx, self.ctx.services.logbook.row, item_id) \
                .success(lambda r: run_modal(MomentDetail(self.ctx, r, self))).run()
