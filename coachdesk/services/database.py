"""Open the coach's database: check, back up, migrate, and seed reference data when new."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from contextlib import closing
from functools import partial
from typing import TYPE_CHECKING

from coachdesk.db.migrate import Database, open_database
from coachdesk.domain.errors import DatabaseError
from coachdesk.paths import resources_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import ExceptionContext

__all__ = ["Database", "StorageError", "open_coachdesk_db"]

# What SQLite says, and the cause code we give it (its words: domain/messages.py).
STORAGE_PROBLEMS = (
    ("disk is full", "disk_full"),
    ("readonly", "read_only"),
    ("database is locked", "locked"),
    ("disk i/o error", "io"),
    ("malformed", "damaged"),
)


class StorageError(DatabaseError):
    """A change could not be saved because of the file or the disk; nothing was half-saved."""

    code = "storage.failed"


def open_coachdesk_db(path: Path, backup_dir: Path | None = None, coach: str = "") -> Database:
    db = open_database(Path(path), backup_dir=backup_dir)
    db.add_engine_hook(partial(explain_storage_errors, path=db.path))
    with closing(db.connect()) as con:  # a current database needs no SQLAlchemy to tell
        seeded = con.execute("SELECT count(*) FROM region").fetchone()[0] > 0
    if not seeded:
        from coachdesk.services.reference import seed_reference_data

        with db.session_factory.begin() as session:
            seed_reference_data(session, resources_dir() / "reference", coach=coach)
    return db


def open_team_db(address: str, migrate: bool = True) -> Database:
    """Open the team database (PostgreSQL), migrating it and seeding it when it is empty."""
    from coachdesk.db.server import open_server_database

    from sqlalchemy import func, select

    from coachdesk.db.models import Region
    from coachdesk.services.reference import seed_reference_data

    db = open_server_database(address, migrate=migrate)
    if migrate:
        with db.session_factory.begin() as session:
            if not session.scalar(select(func.count()).select_from(Region)):
                seed_reference_data(session, resources_dir() / "reference")
    return db


def explain_storage_errors(engine: Engine, path: Path) -> None:
    """Turn SQLite's disk and file errors into one clear sentence (the transaction is undone)."""
    from sqlalchemy import event


    def on_error(context: ExceptionContext) -> None:
        original = context.original_exception
        if not isinstance(original, sqlite3.DatabaseError):
            return
        text = str(original).lower()
        for needle, kind in STORAGE_PROBLEMS:
            if needle in text:
                raise StorageError("storage.failed", path=str(path), kind=kind,
                                   cause=kind) from context.sqlalchemy_exception

    event.listen(engine, "handle_error", on_error)
