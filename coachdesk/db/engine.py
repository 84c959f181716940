"""The SQLite engine: WAL, foreign keys, real transactions, files for the user alone."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy loads when the engine is first needed, not at start-up
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_HEADER = b"SQLite format 3\x00"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN, so every session is one real transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous = FULL")
    # Erased personal data must not linger in free pages of the file.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _on_begin(connection: object) -> None:
    connection.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner alone."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    # hide_parameters: a failed statement is logged without its values (names, e-mail, notes).
    engine = create_engine(f"sqlite:///{path}", future=True, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


def connect_plain(path: Path) -> sqlite3.Connection:
    """A plain connection for reads, with the engine's settings but without SQLAlchemy."""
    con = sqlite3.connect(path, timeout=5.0)
    con.execute("PRAGMA foreign_keys = ON")
    return con
