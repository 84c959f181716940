"""Overzicht: all 18 regions at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from coachdesk.services.regions import RegionSummary
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.models.table import Column
from coachdesk.ui.pages.base import Page
from coachdesk.ui.widgets.data_table import DataTable
from coachdesk.ui.widgets.page_header import PageHeader


class DashboardPage(Page):
    key = "dashboard"
    watches = frozenset({events.REGIONS, events.STAGES, events.MUNICIPALITIES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Overview"), self.tr("Where each region stands."))
        layout.addWidget(self.header)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter regions…"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.table = DataTable(self._columns())
        self.table.setObjectName("dashboardTable")
        layout.addWidget(self.table)
        self.filter.textChanged.connect(self.table.proxy.setFilterFixedString)
        self.table.row_activated.connect(
            lambda row: ctx.events.open_requested.emit("regions", row.id)
        )

    def _columns(self) -> list[Column[RegionSummary]]:
        return [
            Column(self.tr("Region"), lambda r: r.name),
            Column(self.tr("Province"), lambda r: r.province),
            Column(self.tr("Stage"), lambda r: f"{r.stage_position} {r.stage_name}",
                   sort_key=lambda r: r.stage_position),
            Column(self.tr("In stage since"), lambda r: r.stage_since),
            Column(self.tr("Municipalities joined"),
                   lambda r: f"{r.joined_count} / {r.municipality_count}",
                   sort_key=lambda r: r.joined_count, align_right=True),
        ]

    def title(self) -> str:
        return self.tr("Overview")

    def reload(self) -> None:
        self.ctx.runner.submit(self.ctx.services.regions.list_regions, on_done=self._show)

    def _show(self, rows: list[RegionSummary]) -> None:
        self.table.set_rows(rows)
        self.header.set_subtitle(self.tr("%n region(s)", "", len(rows)))
        self.loaded.emit()
