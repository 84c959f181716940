"""Erasing people from one CoachDesk database file: the live one, a backup, a restored copy.

Works on a plain `sqlite3` connection and reads the schema from the file itself, so a backup
made by an older version is erased the same way. The text itself is scrubbed by
`domain.scrub.Scrubber`, fed with the erased people (targets) and everybody else (others).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timezone

from coachdesk.db.fts import is_fts_table
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.scrub import Identity, Scrubber
from coachdesk.domain.vocabulary import ANONYMISED

SKIPPED_COLUMNS = {"uuid", "snapshot"}
TEXT_TYPES = ("CHAR", "TEXT", "CLOB")
CHECKPOINT_TRIES = 3  # each try waits up to busy_timeout for readers


class ErasureError(CoachDeskError):
    """Erasure could not reach every copy inside the database file; nothing personal is shown."""

    code = "erasure"


@dataclass(frozen=True)
class Erased:
    """What erasing did in one file."""

    people: int  # people found and removed (0: none of them was in this file)
    moments_kept: int
    texts_scrubbed: int
    replaced: int


def erase_people(con: sqlite3.Connection, uuids: Collection[str],
                 replacement: str = ANONYMISED) -> Erased:
    """Remove the people with these uuids and scrub every text of the file, in one transaction.

    `con` must be in autocommit mode (isolation_level None); their contact moments stay, the
    participant anonymised with their organisation kept. Stored export snapshots are dropped:
    the next *Wijzigingen* starts afresh instead of recalling erased names.
    """
    if not uuids:
        return Erased(0, 0, 0, 0)
    con.execute("BEGIN IMMEDIATE")
    try:
        result = _erase(con, list(uuids), replacement)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result


def _erase(con: sqlite3.Connection, uuids: list[str], replacement: str) -> Erased:
    marks = ",".join("?" * len(uuids))
    rows = con.execute(f"SELECT id, name, email, phone FROM person WHERE uuid IN ({marks})",
                       uuids).fetchall()
    if not rows:
        return Erased(0, 0, 0, 0)
    ids = [r[0] for r in rows]
    targets = [Identity(r[1] or "", r[2] or "", r[3] or "", replacement) for r in rows]
    id_marks = ",".join("?" * len(ids))
    others = [Identity(r[0] or "", r[1] or "", r[2] or "") for r in con.execute(
        f"SELECT name, email, phone FROM person WHERE id NOT IN ({id_marks})", ids)]
    kept = con.execute(f"SELECT count(DISTINCT moment_id) FROM contact_participant "
                       f"WHERE person_id IN ({id_marks})", ids).fetchone()[0]
    _bump(con, "contact_moment", [r[0] for r in con.execute(
        f"SELECT DISTINCT moment_id FROM contact_participant WHERE person_id IN ({id_marks})",
        ids)])
    con.execute(
        "UPDATE contact_participant SET anonymised = 1, organisation_id = coalesce("
        "organisation_id, (SELECT organisation_id FROM person WHERE person.id = person_id)), "
        f"person_id = NULL WHERE person_id IN ({id_marks})", ids)
    erased_uuids = [r[0] for r in con.execute(f"SELECT uuid FROM person WHERE id IN ({id_marks})",
                                              ids)]
    con.execute(f"DELETE FROM person WHERE id IN ({id_marks})", ids)
    scrubber = Scrubber(targets, others)
    scrubbed = scrub_tables(con, scrubber)
    if _has_table(con, "handoff_export"):
        con.execute("UPDATE handoff_export SET snapshot = '' WHERE snapshot != ''")
    now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0).isoformat(" ")
    con.executemany("INSERT INTO erasure_record (erased_at, moments_kept) VALUES (?, ?)",
                    [(now, kept)] * len(ids))
    if _has_table(con, "tombstone"):  # the erasure travels to the team database too
        con.executemany("INSERT OR IGNORE INTO tombstone (table_name, uuid, kind, deleted_at) "
                        "VALUES ('person', ?, 'erased', ?)", [(u, now) for u in erased_uuids])
    return Erased(len(ids), kept, scrubbed, scrubber.replaced)


def scrub_tables(con: sqlite3.Connection, scrubber: Scrubber) -> int:
    """Scrub every text column of every ordinary table; returns the cells changed."""
    changed = 0
    for table in _tables(con):
        columns = _text_columns(con, table)
        if not columns:
            continue
        quoted = ", ".join(f'"{c}"' for c in columns)
        updates = []
        for row in con.execute(f'SELECT rowid, {quoted} FROM "{table}"'):
            for column, value in zip(columns, row[1:]):
                if isinstance(value, str) and value:
                    clean = scrubber.scrub(value)
                    if clean != value:
                        updates.append((column, clean, row[0]))
        for column, clean, rowid in updates:
            con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (clean, rowid))
        _bump(con, table, sorted({rowid for _c, _v, rowid in updates}))
        changed += len(updates)
    return changed


def _bump(con: sqlite3.Connection, table: str, rowids: list[int]) -> None:
    """A travelling record changed by erasure is a change to send to the team database:
    every database then holds the same scrubbed text (docs/SYNC.md)."""
    names = {row[1] for row in con.execute(f'PRAGMA table_info("{table}")')}
    if rowids and {"version", "synced_version"} <= names:
        con.executemany(f'UPDATE "{table}" SET version = version + 1 WHERE rowid = ?',
                        [(r,) for r in rowids])


def _tables(con: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return [n for n in names if not n.startswith("sqlite_") and not is_fts_table(n)
            and n != "alembic_version"]


def _text_columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')
            if row[1] not in SKIPPED_COLUMNS and not row[5]
            and any(t in (row[2] or "").upper() for t in TEXT_TYPES)]


def _has_table(con: sqlite3.Connection, name: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (name,)).fetchone() is not None


def compact(con: sqlite3.Connection, wal: bool = True) -> None:
    """Leave no copy of erased text in the search index, free pages or the write-ahead log.

    Raises ErasureError when another connection keeps the log from being emptied.
    """
    if _has_table(con, "contact_moment_fts"):
        con.execute("INSERT INTO contact_moment_fts(contact_moment_fts) VALUES('rebuild')")
        con.execute("INSERT INTO contact_moment_fts(contact_moment_fts) VALUES('optimize')")
    if wal:
        checkpoint_possible(con)  # a smaller log to vacuum through; verified below
    con.execute("VACUUM")
    if wal:
        checkpoint(con)


def checkpoint(con: sqlite3.Connection, tries: int = CHECKPOINT_TRIES) -> None:
    """Copy the write-ahead log into the file and empty it; verified, retried, else refused."""
    for attempt in range(tries):
        busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy == 0:
            return
        time.sleep(min(0.05 * (attempt + 1), 0.5))
    raise ErasureError("erasure.busy_journal", kind="busy")


def checkpoint_possible(con: sqlite3.Connection) -> bool:
    """Whether the log can be emptied right now (tried before anything is erased)."""
    try:
        checkpoint(con, tries=1)
    except ErasureError:
        return False
    return True
