"""Tijdlijn: everything that happened in a region, newest first, filterable by kind.

Paged from the database as the Logboek is: the first page arrives from the database thread,
the next ones as the table scrolls; kind and search are a new query, run in the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.regions import stage_title
from coachdesk.domain.vocabulary import CandidacyStatus, ContactKind, MembershipStatus
from coachdesk.services import timeline as tl
from coachdesk.services.timeline import Key, TimelineEntry, TimelineQuery
from coachdesk.ui.models.paged import PagedRowModel
from coachdesk.ui.models.table import ROW_ROLE, Column
from coachdesk.ui.widgets.data_table import DataTable
from coachdesk.ui.widgets.dates import format_date

KIND_GROUPS: dict[str, frozenset[str]] = {
    "stage": frozenset({tl.STAGE}),
    "moment": frozenset({tl.MOMENT}),
    "action": frozenset({tl.ACTION_CREATED, tl.ACTION_DONE}),
    "proposal": frozenset({tl.VERSION, tl.REVIEW}),
    "membership": frozenset({tl.MEMBERSHIP}),
    "candidacy": frozenset({tl.CANDIDACY}),
}
# Every (kind, code) an entry can have, to find the kinds whose shown label matches a search.
KIND_CODES = (
    [(tl.STAGE, code) for code in ("", "correction", "corrected")]
    + [(tl.MOMENT, k.value) for k in ContactKind]
    + [(kind, "") for kind in (tl.ACTION_CREATED, tl.ACTION_DONE, tl.VERSION, tl.REVIEW)]
    + [(tl.MEMBERSHIP, m.value) for m in MembershipStatus]
    + [(tl.CANDIDACY, c) for c in tl.DECISIONS]
)
Fetch = Callable[[TimelineQuery, Key | None, int], list[TimelineEntry]]
Runner = Any  # ui.tasks.TaskRunner or SyncRunner


class TimelineTab(QWidget):
    """`correct_requested(entry)` to correct a stage change; `open_requested(page, id)` to
    show a contact moment, an action or the proposal on its own page."""

    correct_requested = Signal(object)
    open_requested = Signal(str, object)  # page key, item id

    loaded = Signal()  # the first page of a region (or of a new query) is shown

    def __init__(self, lang: str, runner: Runner = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.runner = runner
        self._fetch: Fetch | None = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.table = DataTable(self._columns())
        self.table.setObjectName("timelineTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.model: PagedRowModel[TimelineEntry] = PagedRowModel(self._columns(), tl.PAGE, self)
        self.table.source = self.model
        self.table.proxy.setSourceModel(self.model)
        keep_source_order(self.table)
        self.proxy = self.table.proxy
        self.table.setItemDelegate(StageBoldDelegate(self.table))
        self.empty = QLabel(self.tr("Nothing recorded for this region yet: its contact moments, "
                                    "actions, stage changes and proposal versions appear here."))
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.search.textChanged.connect(lambda _text: self.reload())
        self.table.follow_filter(self.search)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.correct_button.clicked.connect(self._on_correct)
        self.table.row_activated.connect(self._on_activated)

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Everything"), "")
        for key, text in (("stage", self.tr("Stage changes")),
                          ("moment", self.tr("Contact moments")),
                          ("action", self.tr("Actions")), ("proposal", self.tr("Proposal")),
                          ("membership", self.tr("Membership")),
                          ("candidacy", self.tr("Network leader"))):
            self.kind.addItem(text, key)
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the timeline…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(60)
        self.correct_button = QPushButton(self.tr("Co&rrect…"))
        self.correct_button.setToolTip(self.tr(
            "Correct the selected stage change; the wrong entry stays in the history."))
        self.correct_button.setEnabled(False)
        for text, widget in ((self.tr("Sho&w:"), self.kind), (self.tr("Sear&ch:"), self.search)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 1 if widget is self.search else 0)
        bar.addWidget(self.correct_button)
        return bar

    def _columns(self) -> list[Column[TimelineEntry]]:
        return [
            Column(self.tr("Date"), lambda e: e.on,
                   sort_key=lambda e: f"{e.on} {tl.KINDS.index(e.kind)} {e.ref_id:010d}"),
            Column(self.tr("Kind"), self._kind_text),
            Column(self.tr("What"), self._title_text, tooltip=lambda e: e.title),
            Column(self.tr("Details"), self._detail_text, tooltip=lambda e: e.detail),
        ]

    def show_region(self, fetch: Fetch | None) -> None:
        """Show the story `fetch(query, after, limit)` reads (None: no region)."""
        self._fetch = fetch
        self.reload()

    def query(self) -> TimelineQuery:
        kinds = KIND_GROUPS.get(self.kind.currentData(), frozenset())
        search = self.search.text().strip()
        wanted = search.casefold()
        labelled = frozenset(
            (kind, code) for kind, code in KIND_CODES
            if wanted and wanted in self._kind_text(_probe(kind, code)).casefold())
        return TimelineQuery(kinds, search, labelled)

    def reload(self) -> None:
        """Read the first page of the current query on the database thread; the newest wins."""
        self._generation += 1
        if self._fetch is None:
            self._show(self._generation, TimelineQuery(), [])
            return
        query = self.query()
        show = partial(self._show, self._generation, query)
        if self.runner is None:
            show(self._fetch(query, None, tl.PAGE))
        else:
            self.runner.submit(self._fetch, query, None, tl.PAGE, latest=f"timeline{id(self)}",
                               on_done=show)

    def _show(self, generation: int, query: TimelineQuery, rows: list[TimelineEntry]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        fetch = self._fetch
        more = (lambda last: fetch(query, last.key, tl.PAGE)) if fetch is not None else None
        self.model.reset(rows, more)
        self.empty.setVisible(not rows and query == TimelineQuery())
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, self._kind_width())
        rest = self.table.viewport().width() - 90 - self._kind_width()
        self.table.setColumnWidth(2, max(360, rest // 2))  # a large screen: What and Details share
        self._on_current(self.table.currentIndex())
        self.loaded.emit()

    def _kind_width(self) -> int:
        """Room for the longest kind ("Gemeente geïnteresseerd"), within reason: a longer one
        ends in "…" and tells itself on hover."""
        metrics = self.table.fontMetrics()
        longest = max(metrics.horizontalAdvance(self._kind_text(_probe(kind, code)))
                      for kind, code in KIND_CODES)
        return min(longest + 24, 230)

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        """Show these entries as they are (no paging), e.g. in a test or a preview."""
        self._fetch = None
        self._generation += 1
        self.model.reset(entries, None)
        self.empty.setVisible(not entries)

    def _kind_text(self, e: TimelineEntry) -> str:
        if e.kind == tl.STAGE:
            if e.code == "corrected":
                return self.tr("Stage (corrected)")
            return self.tr("Stage (correction)") if e.code == "correction" else self.tr("Stage")
        if e.kind == tl.MOMENT:  # "Regio-overleg", written like "Actie afgerond"
            try:
                return _capitalised(ContactKind(e.code).label(self.lang))
            except ValueError:
                return e.code
        if e.kind == tl.MEMBERSHIP:
            return self.tr("Municipality %1").replace("%1", _status(MembershipStatus, e.code,
                                                                    self.lang))
        if e.kind == tl.CANDIDACY:
            return self.tr("Candidacy %1").replace("%1", _status(CandidacyStatus, e.code,
                                                                 self.lang))
        return {tl.ACTION_CREATED: self.tr("Action created"),
                tl.ACTION_DONE: self.tr("Action done"),
                tl.VERSION: self.tr("Proposal version"), tl.REVIEW: self.tr("Review")}[e.kind]

    def _title_text(self, e: TimelineEntry) -> str:
        if e.kind in (tl.VERSION, tl.REVIEW):
            return self.tr("Version %1").replace("%1", e.title)
        if e.kind == tl.STAGE:
            return stage_title(e.title, self.lang)
        return e.title

    def _detail_text(self, e: TimelineEntry) -> str:
        if e.kind == tl.REVIEW:
            rated, comments = e.detail.split("/")
            return (self.tr("%n criterion(s) rated", "", int(rated)) + ", "
                    + self.tr("%n comment(s)", "", int(comments)))
        if e.kind == tl.STAGE and e.evidence:
            evidence = self.tr("evidence: %1").replace("%1", e.evidence)
            return f"{e.detail} · {evidence}"
        if e.kind == tl.ACTION_CREATED and e.code:
            due = "/".join(reversed(e.code.split("-")))
            text = self.tr("due %1").replace("%1", due)
            return f"{text} · {e.detail}" if e.detail else text
        return e.detail

    def _on_kind(self, _index: int) -> None:
        self.reload()

    def _on_current(self, index: QModelIndex, _previous: object = None) -> None:
        entry = index.data(ROW_ROLE) if index.isValid() else None
        self.correct_button.setEnabled(
            entry is not None and entry.kind == tl.STAGE and entry.code != "corrected")

    def _on_correct(self) -> None:
        entry = self.table.current_row()
        if entry is not None and entry.kind == tl.STAGE and entry.code != "corrected":
            self.correct_requested.emit(entry)

    def _on_activated(self, entry: TimelineEntry) -> None:
        """Enter opens what the entry is about on its own page (a stage change: its correction)."""
        if entry.kind == tl.STAGE:
            if entry.code != "corrected":
                self.correct_requested.emit(entry)
        elif entry.kind == tl.MOMENT:
            self.open_requested.emit("logbook", entry.ref_id)
        elif entry.kind in (tl.ACTION_CREATED, tl.ACTION_DONE):
            self.open_requested.emit("actions", entry.ref_id)
        elif entry.kind in (tl.VERSION, tl.REVIEW):
            self.open_requested.emit("proposals", None)  # the page fills in the region


def _probe(kind: str, code: str) -> TimelineEntry:
    return TimelineEntry(date.min, kind, "", "", code, 0)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _status(vocabulary: Any, code: str, lang: str) -> str:
    try:
        return str(vocabulary(code).label(lang))
    except ValueError:
        return code


class StageBoldDelegate(QStyledItemDelegate):
    """Stage changes stand out in bold: they are the milestones of the story."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        entry = index.data(ROW_ROLE)
        if entry is not None and entry.kind == tl.STAGE:
            option.font.setBold(True)


def keep_source_order(table: DataTable) -> None:
    """Show rows in the order the service gave them (a click on a header still sorts).

    Sorting thousands of rows through Python `data()` calls costs seconds; SQL sorts for free.
    """
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.proxy.sort(-1)
    table.verticalHeader().setResizeContentsPrecision(40)
    table.horizontalHeader().setResizeContentsPrecision(40)
