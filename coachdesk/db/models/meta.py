"""Facts about the database itself, and the record of handoff exports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coachdesk.db.base import Base, utcnow


class DbMeta(Base):
    """Key/value facts: database_id, created_at, coach name."""

    __tablename__ = "db_meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class HandoffExport(Base):
    """One handoff workbook written; `snapshot` holds what it contained, for the next diff."""

    __tablename__ = "handoff_export"
    id: Mapped[int] = mapped_column(primary_key=True)
    export_id: Mapped[str] = mapped_column(String(36), unique=True)
    exported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    regions: Mapped[str] = mapped_column(Text, default="")
    personal_data: Mapped[bool] = mapped_column(default=True)
    row_count: Mapped[int] = mapped_column(default=0)
    snapshot: Mapped[str] = mapped_column(Text, default="")


class Tombstone(Base):
    """That a travelling record was deleted (or its person erased), so the deletion travels.

    Written by `db/tracking.py` for every deleted `Tracked` row; never removed, so a record
    deleted on one laptop cannot come back from another. Holds no personal data.
    """

    __tablename__ = "tombstone"
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(10), default="deleted")  # or "erased"
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    synced_version: Mapped[int | None] = mapped_column(Integer)
    change_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
    __table_args__ = (UniqueConstraint("uuid", "table_name"),)
