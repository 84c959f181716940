"""Synchronising's own bookkeeping: the last synced state, open conflicts, applied batches."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coachdesk.db.base import Base, utcnow


class SyncShadow(Base):
    """Laptop: a record as it was at the last sync (JSON), the base of a three-way merge."""

    __tablename__ = "sync_shadow"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    fields: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """Laptop: a field changed on both sides since the last sync, waiting for the coach."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    mine: Mapped[str] = mapped_column(Text)  # JSON
    theirs: Mapped[str] = mapped_column(Text)  # JSON
    server_version: Mapped[int] = mapped_column(Integer)
    found_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncBatch(Base):
    """Team database: a push already applied, with its answer, so a retry is applied once."""

    __tablename__ = "sync_batch"
    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(100), default="")
    result: Mapped[str] = mapped_column(Text)  # JSON
