"""Everything a database holds, read with plain sqlite3, to prove that nothing was lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SKIPPED = ("alembic_version", "sqlite_")


def user_tables(con: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [n for n in names if not n.startswith(SKIPPED) and "_fts" not in n]


def inventory(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (all columns, sorted), keyed by table name."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = {}
        for table in user_tables(con):
            rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        con.close()


def columns(path: Path, table: str) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    finally:
        con.close()


def revision(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def health(path: Path) -> tuple[list[str], int]:
    """(integrity_check result, number of foreign-key violations)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        return integrity, len(con.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        con.close()
