"""The Overzicht: every region's progress in one aggregated read, and what is due this week.

The reads are plain SQL in `services.overview`, so the first page can be filled at start-up
through a plain connection, before SQLAlchemy is loaded.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date
from typing import TYPE_CHECKING

from coachdesk.services.overview import (
    DashboardRow,
    DueAction,
    Overview,
    StageRow,
    read_overview,
    read_region_rows,
    week_end,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["DashboardRow", "DashboardService", "DueAction", "Overview", "StageRow",
           "region_rows", "week_end"]


class DashboardService:
    """Reads through `connect()`: a new plain connection to the database file per call."""

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect

    def overview(self, today: date, stalled_days: int) -> Overview:
        with closing(self._connect()) as con:
            return read_overview(con, today, stalled_days)

    def rows(self, today: date, stalled_days: int) -> list[DashboardRow]:
        """Every region's row, without the week's actions (the region page's list)."""
        with closing(self._connect()) as con:
            return read_region_rows(con, today, stalled_days)

    def region_row(self, region_id: int, today: date, stalled_days: int) -> DashboardRow | None:
        """One region's row (the region page's header), without aggregating all the others."""
        with closing(self._connect()) as con:
            return next(iter(read_region_rows(con, today, stalled_days, [region_id])), None)

    def is_empty(self) -> bool:
        """No people and no contact moments yet: the coach's first start."""
        from coachdesk.services.overview import is_empty

        with closing(self._connect()) as con:
            return is_empty(con)


def region_rows(s: Session, today: date, stalled_days: int,
                region_ids: list[int] | None = None) -> list[DashboardRow]:
    """The same rows inside a session's transaction (the handoff workbook's `Regio's` sheet)."""
    con = s.connection().connection.driver_connection
    return read_region_rows(con, today, stalled_days, region_ids)  # type: ignore[arg-type]
