"""Ways to damage a database file the way a crash, a bad disk or a bad tool would."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so byte-level damage hits the real data."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _set_index_sql(path: Path, sql: str, reindex: bool) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA writable_schema = ON")
        con.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'ix_municipality_name'", (sql,))
        con.commit()
    finally:
        con.close()
    if reindex:
        con = sqlite3.connect(path)
        try:
            con.execute("REINDEX ix_municipality_name")
            con.commit()
        finally:
            con.close()


def break_an_index(path: Path) -> None:
    """Fill an index with the wrong keys: only the index is wrong, every row is fine."""
    checkpoint(path)
    _set_index_sql(path, "CREATE INDEX ix_municipality_name ON municipality (nis_code)", True)
    _set_index_sql(path, "CREATE INDEX ix_municipality_name ON municipality (name)", False)


def overwrite_pages(path: Path, first: int = 3, count: int = 6) -> None:
    """Scribble over whole pages of the file, as a failing disk would."""
    checkpoint(path)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * first: page * (first + count)] = b"\x5a" * (page * count)
    path.write_bytes(bytes(data))


def integrity(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
    finally:
        con.close()
