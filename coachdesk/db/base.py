"""Declarative base and the column mixins every travelling record shares."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from coachdesk.domain.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC, as SQLite stores it."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """A record that travels (workbook, team sync): a stable UUID, created/updated times, and
    what synchronising needs (docs/SYNC.md).

    `version` counts the record's changes (bumped by `db/tracking.py` at each flush that
    changes it); `synced_version` is, on a laptop, the team database's version this record
    last matched (None: never synchronised); `change_seq` is, on the team database, the
    place of the record's last change in the server's one change sequence.
    """

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    synced_version: Mapped[int | None] = mapped_column(Integer)
    change_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)
