"""Overzicht: all regions at a glance, regions per stage, and what is due this week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk.domain.regions import stage_label
from coachdesk.services.dashboard import DashboardRow, DueAction, Overview
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.operations import QueryOp
from coachdesk.ui.pages.base import Page
from coachdesk.ui.pages.dashboard.columns import due_columns, region_columns
from coachdesk.ui.pages.dashboard.filters import RegionFilterProxy
from coachdesk.ui.pages.dashboard.widgets import StageBarDelegate, StageChart
from coachdesk.ui.settings import STALLED_DAYS
from coachdesk.ui.widgets.data_table import DataTable
from coachdesk.ui.widgets.page_header import PageHeader

STAGE_COLUMN = 1
WIDTHS = (110, 200)  # at least; the others as wide as their header and text
WEEK_WIDTHS = (0, 0, 200)


class DashboardPage(Page):
    key = "dashboard"
    watches = frozenset({events.REGIONS, events.STAGES, events.MUNICIPALITIES, events.CANDIDACIES,
                         events.MOMENTS, events.ACTIONS, events.PROPOSALS, events.SETTINGS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: Overview | None = None
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Overview"), self.tr("Where each region stands."))
        layout.addWidget(self.header)
        layout.addLayout(self._filter_bar())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._region_table())
        splitter.addWidget(self._side_panels())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([455, 185])
        layout.addWidget(splitter, 1)
        self._connect()

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.province = QComboBox()
        self.stage = QComboBox()
        for combo in (self.province, self.stage):  # filled after the page shows: follow the items
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.stalled_only = QCheckBox(self.tr("Only s&talled"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter regions…"))
        self.filter.setClearButtonEnabled(True)
        for text, widget in ((self.tr("&Province:"), self.province),
                             (self.tr("&Stage:"), self.stage), (self.tr("Fin&d:"), self.filter)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 1 if widget is self.filter else 0)
        bar.insertWidget(4, self.stalled_only)
        return bar

    def _region_table(self) -> DataTable:
        self.table = DataTable(region_columns(self.ctx.lang))
        self.table.setObjectName("dashboardTable")
        self.table.fit_to_contents = False  # WIDTHS: measuring every cell delays the first page
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.proxy = RegionFilterProxy(self.table)
        self.proxy.setSourceModel(self.table.source)
        self.table.proxy = self.proxy
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(STAGE_COLUMN, StageBarDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(24)  # all 18 regions fit
        return self.table

    def _side_panels(self) -> QWidget:
        panels = QWidget()
        row = QHBoxLayout(panels)
        row.setContentsMargins(0, 0, 0, 0)
        chart_box = QGroupBox(self.tr("Regions per stage"))
        self.chart = StageChart()
        self.chart.setAccessibleName(self.tr("Regions per stage"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        self.week_box = QGroupBox(self.tr("This week"))
        week_layout = QVBoxLayout(self.week_box)
        self.week_summary = QLabel()
        self.week = DataTable(due_columns())
        self.week.setObjectName("weekTable")
        self.week.fit_to_contents = False  # WEEK_WIDTHS; the large demo has thousands due
        self.week.setTabKeyNavigation(False)  # Tab leaves the table
        self.week.setAccessibleName(self.tr("This week"))
        # Already ordered by due date in SQL; sorting a long list through Python costs.
        self.week.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.week.proxy.sort(-1)
        self.week.verticalHeader().setResizeContentsPrecision(40)
        self.week.horizontalHeader().setResizeContentsPrecision(40)
        week_layout.addWidget(self.week_summary)
        week_layout.addWidget(self.week, 1)
        row.addWidget(chart_box, 2)
        row.addWidget(self.week_box, 3)
        return panels

    def _connect(self) -> None:
        open_region = self.ctx.events.open_requested
        self.table.row_activated.connect(lambda r: open_region.emit("regions", r.id))
        self.week.row_activated.connect(
            lambda a: a.region_id is not None and open_region.emit("regions", a.region_id))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.follow_filter(self.filter)  # "Westhoek", Enter, Enter: its region page
        self.province.currentIndexChanged.connect(self._apply_filter)
        self.stage.currentIndexChanged.connect(self._apply_filter)
        self.stalled_only.toggled.connect(self._apply_filter)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.filter.setFocus)
        QWidget.setTabOrder(self.filter, self.table)
        QWidget.setTabOrder(self.table, self.week)

    def region_in_view(self) -> int | None:
        row = self.table.current_row()
        return row.id if row is not None else None

    def title(self) -> str:
        return self.tr("Overview")

    def reload(self) -> None:
        stalled_days = self.ctx.settings.get(STALLED_DAYS)
        QueryOp(self.ctx, self.ctx.services.dashboard.overview, date.today(), stalled_days) \
            .success(self._show).run()

    def _show(self, overview: Overview) -> None:
        self.overview = overview
        self._fill_choices(overview)
        first = self.table.source.rowCount() == 0
        self.table.set_rows(overview.rows)
        if first:
            self.table.fit_columns(WIDTHS)
        self.chart.set_counts([(f"{s.position} · {stage_label(s.name, self.ctx.lang, s.key)}",
                                sum(1 for r in overview.rows if r.stage_id == s.id))
                               for s in overview.stages])
        self.week.set_rows(overview.due)
        if first:
            self.week.fit_columns(WEEK_WIDTHS)
        self._show_summaries(overview.rows, overview.due)
        self.loaded.emit()

    def _fill_choices(self, overview: Overview) -> None:
        for combo, everything, items in (
                (self.province, self.tr("All provinces"),
                 [(p, p) for p in sorted({r.province for r in overview.rows})]),
                (self.stage, self.tr("All stages"),
                 [(f"{s.position} · {stage_label(s.name, self.ctx.lang, s.key)}", s.id)
                  for s in overview.stages])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self, *_args: object) -> None:
        self.proxy.set_filter(self.province.currentData() or "", self.stage.currentData(),
                              self.stalled_only.isChecked())

    def _show_summaries(self, rows: list[DashboardRow], due: list[DueAction]) -> None:
        stalled = sum(1 for r in rows if r.stalled)
        no_leader = sum(1 for r in rows if not r.leader)
        self.header.set_subtitle(
            self.tr("%n region(s)", "", len(rows)) + " · "
            + self.tr("%n stalled", "", stalled) + " · "
            + self.tr("%n without network leader", "", no_leader))
        if not due:
            self.week_summary.setText(self.tr("Nothing is due this week."))
            return
        overdue = sum(1 for a in due if a.overdue)
        today = sum(1 for a in due if self.overview and a.due_on == self.overview.today)
        self.week_summary.setText(
            self.tr("%n overdue", "", overdue) + " · " + self.tr("%n due today", "", today)
            + " · " + self.tr("%n later this week", "", len(due) - overdue - today))
