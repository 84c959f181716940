"""Tijdlijn: everything that happened in a region, newest first, filterable by kind."""

from __future__ import annotations

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

from coachdesk.domain.vocabulary import ContactKind
from coachdesk.services import timeline as tl
from coachdesk.services.timeline import TimelineEntry
from coachdesk.ui.models.table import ROW_ROLE, Column
from coachdesk.ui.widgets.data_table import DataTable
from coachdesk.ui.widgets.dates import format_date

KIND_GROUPS: dict[str, frozenset[str]] = {
    "stage": frozenset({tl.STAGE}),
    "moment": frozenset({tl.MOMENT}),
    "action": frozenset({tl.ACTION_CREATED, tl.ACTION_DONE}),
    "proposal": frozenset({tl.VERSION, tl.REVIEW}),
}


class TimelineTab(QWidget):
    """`correct_requested(entry)` to correct a stage change; `open_requested(page, id)` to
    show a contact moment, an action or the proposal on its own page."""

    correct_requested = Signal(object)
    open_requested = Signal(str, object)  # page key, item id

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.entries: list[TimelineEntry] = []
        self._texts: dict[int, str] = {}  # entry id() -> what a search matches
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.table = DataTable(self._columns())
        self.table.setObjectName("timelineTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
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
        self.search.textChanged.connect(lambda _text: self.set_entries(self.entries))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.correct_button.clicked.connect(self._on_correct)
        self.table.row_activated.connect(self._on_activated)

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Everything"), "")
        for key, text in (("stage", self.tr("Stage changes")),
                          ("moment", self.tr("Contact moments")),
                          ("action", self.tr("Actions")), ("proposal", self.tr("Proposal"))):
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
        for text, widget in ((self.tr("S&how:"), self.kind), (self.tr("Sear&ch:"), self.search)):
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

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        """Entries come newest first from the service; the kind filter and search pick."""
        if entries is not self.entries:
            self.entries, self._texts = entries, {}
        kinds = KIND_GROUPS.get(self.kind.currentData(), frozenset())
        wanted = self.search.text().strip().casefold()
        shown = [e for e in entries if e.kind in kinds] if kinds else entries
        if wanted:  # in Python: the proxy would call data() for every cell, per keystroke
            shown = [e for e in shown if wanted in self._search_text(e)]
        self.table.set_rows(shown)
        self.empty.setVisible(not entries)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 380)
        self._on_current(self.table.currentIndex())

    def _search_text(self, e: TimelineEntry) -> str:
        key = id(e)
        if key not in self._texts:
            parts = (format_date(e.on), self._kind_text(e), self._title_text(e),
                     self._detail_text(e))
            self._texts[key] = " ".join(parts).casefold()
        return self._texts[key]

    def _kind_text(self, e: TimelineEntry) -> str:
        if e.kind == tl.STAGE:
            if e.code == "corrected":
                return self.tr("Stage (corrected)")
            return self.tr("Stage (correction)") if e.code == "correction" else self.tr("Stage")
        if e.kind == tl.MOMENT:
            try:
                return ContactKind(e.code).label(self.lang)
            except ValueError:
                return e.code
        return {tl.ACTION_CREATED: self.tr("Action created"),
                tl.ACTION_DONE: self.tr("Action done"),
                tl.VERSION: self.tr("Proposal version"), tl.REVIEW: self.tr("Review")}[e.kind]

    def _title_text(self, e: TimelineEntry) -> str:
        if e.kind in (tl.VERSION, tl.REVIEW):
            return self.tr("Version %1").replace("%1", e.title)
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
        self.set_entries(self.entries)

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
        else:
            self.open_requested.emit("proposals", None)  # the page fills in the region


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
