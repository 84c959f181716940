"""The Overzicht: every region's progress in one aggregated read, and what is due this week.

On the laptop's SQLite file the reads are plain SQL (`services.overview`), so the first page
is filled at start-up before SQLAlchemy is loaded; the team database (PostgreSQL) is read
through SQLAlchemy (`services.dashboard_orm`), with the same rows.
"""

from __future__ import annotations

from contextlib import closing
from datetime import date
from typing import TYPE_CHECKING

from coachdesk.services.overview import (
    DashboardRow,
    DueAction,
    Overview,
    StageRow,
    is_empty,
    read_overview,
    read_region_rows,
    week_end,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coachdesk.db.migrate import Database

__all__ = ["DashboardRow", "DashboardService", "DueAction", "Overview", "StageRow",
           "region_rows", "week_end"]


class DashboardService:
    """Reads a file through a new plain connection per call; a server through a session."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def overview(self, today: date, stalled_days: int) -> Overview:
        if self._db.is_file:
            with closing(self._db.connect()) as con:
                return read_overview(con, today, stalled_days)
        from coachdesk.services.dashboard_orm import orm_overview

        with self._db.session_factory() as s:
            return orm_overview(s, today, stalled_days)

    def rows(self, today: date, stalled_days: int) -> list[DashboardRow]:
        """Every region's row, without the week's actions (the region page's list)."""
        return self._rows(today, stalled_days, None)

    def region_row(self, region_id: int, today: date, stalled_days: int) -> DashboardRow | None:
        """One region's row (the region page's header), without aggregating all the others."""
        return next(iter(self._rows(today, stalled_days, [region_id])), None)

    def is_empty(self) -> bool:
        """No people and no contact moments yet: the coach's first start."""
        if self._db.is_file:
            with closing(self._db.connect()) as con:
                return is_empty(con)
        with self._db.session_factory() as s:
            return is_empty(s.connection().connection.driver_connection)  # type: ignore[arg-type]

    def _rows(self, today: date, stalled_days: int,
              region_ids: list[int] | None) -> list[DashboardRow]:
        if self._db.is_file:
            with closing(self._db.connect()) as con:
                return read_region_rows(con, today, stalled_days, region_ids)
        with self._db.session_factory() as s:
            return region_rows(s, today, stalled_days, region_ids)


def region_rows(s: Session, today: date, stalled_days: int,
                region_ids: list[int] | None = None) -> list[DashboardRow]:
    """The same rows inside a session's transaction (the handoff workbook's `Regio's` sheet)."""
    if s.get_bind().dialect.name == "sqlite":
        con = s.connection().connection.driver_connection
        return read_region_rows(con, today, stalled_days, region_ids)  # type: ignore[arg-type]
    from coachdesk.services.dashboard_orm import orm_region_rows

    return orm_region_rows(s, today, stalled_days, region_ids)
