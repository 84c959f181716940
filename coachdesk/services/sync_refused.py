"""Pushed records a coach may not write (row-level security): answered with the server's.

A laptop holds every region's records and may change one of another coach's region (its own
erasure scrubs the texts there too). PostgreSQL would silently skip such an update, or refuse
the children written with it, and the whole push would fail. Instead the server leaves the
record as it is and answers with its own state, read at the end of the push (after an erasure
in the same batch has redacted it through `coachdesk_redact`), which the laptop takes: the
laptop never keeps a text the team database does not have.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Table, select, text

from coachdesk.db.travel import Codec, chunks
from coachdesk.services.erasure_team import redacts_through_server
from coachdesk.services.sync_base import Change

Answers = dict[str, dict[str, object]]


def may_write(con: Connection, table: Table, uuids: Sequence[str]) -> set[str] | None:
    """Which of these records this connection may change (new ones included), or None when
    row-level security does not apply to it here (SQLite, the owner, a read-only table)."""
    if con.dialect.name != "postgresql" or not con.scalar(text(
            "SELECT row_security_active(CAST(:t AS regclass)) "
            "AND has_table_privilege(CAST(:t AS regclass), 'UPDATE')"), {"t": table.name}):
        return None
    present: set[str] = set()
    writable: set[str] = set()
    for part in chunks(list(uuids)):
        present |= set(con.scalars(select(table.c.uuid).where(table.c.uuid.in_(part))))
        # FOR UPDATE sees only the rows the UPDATE policies let this role change.
        writable |= set(con.scalars(select(table.c.uuid).where(table.c.uuid.in_(part))
                                    .with_for_update()))
    return {u for u in uuids if u not in present or u in writable}


def theirs_for_refused(con: Connection, refused: list[tuple[Table, Change]]) -> Answers:
    """For each refused change: the server's record and version, as a merge without
    conflicts, so the laptop takes it. On a server without `coachdesk_redact` (`team init`
    not run again since an update) another region's texts may still name someone this
    laptop erased: then the laptop keeps its own record, marked as at the server's version,
    until the server's record changes."""
    answers: Answers = {}
    if not refused:
        return answers
    theirs = redacts_through_server(con)
    codec = Codec(con)
    by_table: dict[str, tuple[Table, list[Change]]] = {}
    for table, change in refused:
        by_table.setdefault(table.name, (table, []))[1].append(change)
    for table, changes in by_table.values():
        wanted = [str(c.record["uuid"]) for c in changes]
        found = {}
        for part in chunks(wanted):
            rows = list(con.execute(select(table).where(table.c.uuid.in_(part))))
            found.update({r._mapping["uuid"]: (rec, int(r._mapping["version"]))
                          for r, rec in zip(rows, codec.encode(table, rows))})
        for change in changes:
            if change.record["uuid"] in found:
                record, version = found[change.record["uuid"]]
                answers[change.key] = ({"status": "merged", "version": version,
                                        "record": record, "conflicts": {}} if theirs
                                       else {"status": "applied", "version": version})
            else:  # removed meanwhile (an erased person): the deletion wins
                answers[change.key] = {"status": "gone"}
    return answers
