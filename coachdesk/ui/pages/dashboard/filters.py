"""The dashboard's filter: province, stage, only stalled regions, and free text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from coachdesk.ui.collation import CollatingProxy
from coachdesk.ui.models.table import ROW_ROLE, SORT_ROLE


class RegionFilterProxy(CollatingProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.province = ""
        self.stage_id: int | None = None
        self.stalled_only = False
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_filter(self, province: str, stage_id: int | None, stalled_only: bool) -> None:
        if not hasattr(self, "endFilterChange"):  # Qt before 6.10
            self.province, self.stage_id, self.stalled_only = province, stage_id, stalled_only
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.province, self.stage_id, self.stalled_only = province, stage_id, stalled_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        region = self.sourceModel().index(row, 0, parent).data(ROW_ROLE)
        if region is None:
            return False
        if self.province and region.province != self.province:
            return False
        if self.stage_id is not None and region.stage_id != self.stage_id:
            return False
        if self.stalled_only and not region.stalled:
            return False
        return super().filterAcceptsRow(row, parent)
