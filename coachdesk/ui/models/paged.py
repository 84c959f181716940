"""A row model that pages in from a service as the view scrolls, never holding a whole list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from coachdesk.ui.models.table import Column, RowTableModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class PagedRowModel(RowTableModel[R]):
    """The first page comes with `reset(rows, fetch)`; `fetch(last_row)` gives the next one
    when the view scrolls to the end (keyset paging: the service continues after that row)."""

    def __init__(self, columns: Sequence[Column[R]], page_size: int, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self._fetch: Callable[[R], list[R]] | None = None
        self._more = False

    def reset(self, first: Sequence[R], fetch: Callable[[R], list[R]] | None) -> None:
        self._fetch = fetch
        self._more = fetch is not None and len(first) >= self.page_size
        self.set_rows(first)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or self._fetch is None or not self._rows:
            return
        more = self._fetch(self._rows[-1])
        self._more = len(more) >= self.page_size
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
