"""Regio's: each region with its municipalities."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from coachdesk.services.regions import MunicipalityRow, RegionSummary
from coachdesk.ui import events
from coachdesk.ui.context import AppContext
from coachdesk.ui.models.table import Column
from coachdesk.ui.pages.base import Page
from coachdesk.ui.widgets.data_table import DataTable
from coachdesk.ui.widgets.page_header import PageHeader


class RegionsPage(Page):
    key = "regions"
    watches = frozenset({events.REGIONS, events.STAGES, events.MUNICIPALITIES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._wanted: int | None = None
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Regions"))
        layout.addWidget(self.header)
        splitter = QSplitter()
        self.region_list = QListWidget()
        self.region_list.setObjectName("regionList")
        self.municipalities = DataTable(self._columns())
        splitter.addWidget(self.region_list)
        splitter.addWidget(self.municipalities)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 700])
        layout.addWidget(splitter, 1)
        self.region_list.currentItemChanged.connect(self._on_region_selected)

    def _columns(self) -> list[Column[MunicipalityRow]]:
        lang = self.ctx.lang
        return [
            Column(self.tr("NIS code"), lambda m: m.nis_code),
            Column(self.tr("Municipality"), lambda m: m.name),
            Column(self.tr("Former municipalities"), lambda m: ", ".join(m.former_names)),
            Column(self.tr("Status"), lambda m: m.status.label(lang)),
            Column(self.tr("Since"), lambda m: m.status_since),
        ]

    def title(self) -> str:
        return self.tr("Regions")

    def open_item(self, item_id: object) -> None:
        self._wanted = int(item_id)  # type: ignore[call-overload]
        self._select(self._wanted)

    def reload(self) -> None:
        self.ctx.runner.submit(self.ctx.services.regions.list_regions, on_done=self._show_regions)

    def _show_regions(self, rows: list[RegionSummary]) -> None:
        current = self._current_region_id() or self._wanted
        self.region_list.blockSignals(True)
        self.region_list.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.name}\n{r.stage_position} {r.stage_name}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.region_list.addItem(item)
        self.region_list.blockSignals(False)
        self._select(current or (rows[0].id if rows else None))
        self.loaded.emit()

    def _select(self, region_id: int | None) -> None:
        for i in range(self.region_list.count()):
            item = self.region_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == region_id:
                self.region_list.setCurrentItem(item)
                return

    def _current_region_id(self) -> int | None:
        item = self.region_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_region_selected(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is None:
            return
        region_id = item.data(Qt.ItemDataRole.UserRole)
        self.header.title.setText(item.text().split("\n")[0])
        self.ctx.runner.submit(self.ctx.services.regions.municipalities, region_id,
                               on_done=self._show_municipalities)

    def _show_municipalities(self, rows: list[MunicipalityRow]) -> None:
        self.municipalities.set_rows(rows)
        self.header.set_subtitle(self.tr("%n municipality(ies)", "", len(rows)))
