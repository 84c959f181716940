"""Facts about the database itself, and the record of handoff exports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
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
