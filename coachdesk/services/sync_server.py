"""The team database's side of a push: one transaction under the sync advisory lock.

A batch id seen before gets its stored answer (a retried push is applied once). Records are
applied a table chunk at a time: one query for the server's versions, one for tombstones,
multi-row writes for what applies cleanly, a three-way merge for what changed on both sides.
A push from a laptop that has not yet applied an erasure the server knows is refused with
`retry`, so an erased person's name never comes back in that laptop's texts.
"""

from __future__ import annotations

import json
from datetime import datetime
from collections.abc import Callable
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, text, update

from coachdesk.db.models import Base, SyncBatch, Tombstone
from coachdesk.db.sequence import SYNC_LOCK
from coachdesk.db.travel import Applier, Codec, chunks
from coachdesk.services.erasure_sql import erase_in
from coachdesk.services.erasure_team import redacts_through_server
from coachdesk.services.sync_base import TOMBSTONE, Change, Record, dumps, merge_fields
from coachdesk.services.sync_held import Holder
from coachdesk.services.sync_refused import may_write, theirs_for_refused
from coachdesk.services.sync_rules import make_room_for_versions, match_proposals

Answers = dict[str, dict[str, Any]]


def erasures_after(con: Connection, seen: int) -> tuple[dict[str, datetime], int]:
    """People erased on the server after change number `seen` (uuid -> when), and the
    highest number."""
    rows = list(con.execute(select(Tombstone.uuid, Tombstone.change_seq, Tombstone.deleted_at)
                            .where(Tombstone.kind == "erased", Tombstone.table_name == "person",
                                   Tombstone.change_seq > seen)))
    return {r[0]: r[2] for r in rows}, max([seen, *(int(r[1] or 0) for r in rows)])


def knows_batch(con: Connection, batch_id: str) -> bool:
    """Whether the server still has this batch (it has not been restored to before it)."""
    return con.scalar(select(SyncBatch.batch_id).where(SyncBatch.batch_id == batch_id)) \
        is not None


def finish_erasures(server: Engine) -> int:
    """Erase again the people erased on the server whose record is still there (an erasure
    by a coach before the server had `coachdesk_redact`, or cut short); returns how many."""
    person, tomb = Base.metadata.tables["person"], Tombstone.__table__
    left = (select(person.c.uuid).join(tomb, (tomb.c.uuid == person.c.uuid)
                                       & (tomb.c.table_name == "person")
                                       & (tomb.c.kind == "erased")))
    with server.connect() as con:  # a coach without the function would only redo her part
        if not redacts_through_server(con) or not con.scalars(left.limit(1)).first():
            return 0
    with server.begin() as con:
        con.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SYNC_LOCK})
        return erase_in(con, list(con.scalars(left))).people


def push(server: Engine, batch_id: str, changes: list[Change], erasures_seen: int | None = None,
         check: Callable[[], None] = lambda: None) -> dict[str, Any]:
    """Apply a batch on the server, once: a batch id seen before gets its stored answer."""
    with server.begin() as con:
        con.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SYNC_LOCK})
        stored = con.scalar(select(SyncBatch.result).where(SyncBatch.batch_id == batch_id))
        if stored is not None:
            return dict(json.loads(stored))
        if erasures_seen is not None and erasures_after(con, erasures_seen)[0]:
            return {"retry": "erasures"}
        applier, answers, holder = Applier(con), {}, Holder(con)
        refused: list[tuple[Table, Change]] = []  # records of regions this coach may not write
        for table_name, group in groupby(changes, key=lambda c: c.table):
            for part in chunks(list(group)):
                check()
                if table_name == TOMBSTONE:
                    answers.update(_tombstones(con, applier, list(part)))
                else:
                    table = Base.metadata.tables[table_name]
                    kept, held = holder.split(table, list(part))
                    answers.update(held)  # new records of regions she does not coach
                    answers.update(_records(con, applier, table, kept, refused))
        answers.update(theirs_for_refused(con, refused))
        result = {"answers": answers}
        con.execute(insert(SyncBatch).values(
            batch_id=batch_id, username=con.scalar(text("SELECT current_user")) or "",
            result=dumps(result), applied_at=func.now()))
        return result


def _tombstones(con: Connection, applier: Applier, part: list[Change]) -> Answers:
    tables = Base.metadata.tables
    erased = {str(c.record["uuid"]): datetime.fromisoformat(str(c.record["deleted_at"]))
              for c in part if c.record["kind"] == "erased"}
    if erased:
        erase_in(con, list(erased), bump=True, when=erased)
    deleted = [c.record for c in part if c.record["kind"] != "erased"]
    for name, group in groupby(sorted(deleted, key=lambda r: r["table_name"]),
                               key=lambda r: r["table_name"]):
        records = list(group)
        applier.delete_many(tables[name], [str(r["uuid"]) for r in records])
        insert_tombstones(con, records, synced=False)
    return {c.key: {"status": "deleted"} for c in part}


def insert_tombstones(con: Connection, records: list[Record], synced: bool) -> None:
    """Record these deletions, once each (by table and uuid)."""
    for name, group in groupby(sorted(records, key=lambda r: r["table_name"]),
                               key=lambda r: r["table_name"]):
        wanted = {str(r["uuid"]): r for r in group}
        have = set(con.scalars(select(Tombstone.uuid).where(
            Tombstone.table_name == name, Tombstone.uuid.in_(sorted(wanted)))))
        new = [{"table_name": name, "uuid": u, "kind": r["kind"],
                "deleted_at": datetime.fromisoformat(str(r["deleted_at"])),
                "synced_version": 1 if synced else None}
               for u, r in wanted.items() if u not in have]
        if new:
            con.execute(insert(Tombstone), new)


def _records(con: Connection, applier: Applier, table: Table, part: list[Change],
             refused: list[tuple[Table, Change]]) -> Answers:
    answers: Answers = {}
    mine = may_write(con, table, [str(c.record["uuid"]) for c in part])
    if mine is not None:  # row-level security: another coach's record is not hers to change
        refused += [(table, c) for c in part if c.record["uuid"] not in mine]
        part = [c for c in part if c.record["uuid"] in mine]
    uuids = [str(c.record["uuid"]) for c in part]
    gone = set(con.scalars(select(Tombstone.uuid).where(Tombstone.table_name == table.name,
                                                        Tombstone.uuid.in_(uuids))))
    matched = (match_proposals(con, applier, [c.record for c in part])
               if table.name == "proposal" else {})
    applier.aliases.update({(table.name, u): m for u, m in matched.items()})
    keys = [matched.get(u, u) for u in uuids]
    current = {r[0]: (r[1], int(r[2])) for r in con.execute(
        select(table.c.uuid, table.c.id, table.c.version).where(table.c.uuid.in_(keys)))}
    plain: list[tuple[Change, int]] = []
    clashing: list[tuple[Change, str]] = []
    for change, key in zip(part, keys):
        if change.record["uuid"] in gone:
            answers[change.key] = {"status": "gone"}  # deleted on the server: deletion wins
        elif change.restore and key == change.record["uuid"] and change.base is not None \
                and (key not in current or current[key][1] < change.base):
            # The server lost what it had acknowledged (restored from a backup): the laptop's
            # record again, at that version (one more when the laptop changed it since).
            plain.append((change, change.base if change.local_version == change.base
                           else change.base + 1))
        elif key not in current:
            plain.append((change, 1))
        elif change.base == current[key][1] and key == change.record["uuid"]:
            plain.append((change, current[key][1] + 1))
        else:
            clashing.append((change, key))
    writes: list[tuple[Record, int, Change]] = [(dict(c.record), v, c) for c, v in plain]
    merged = _merge(con, table, clashing, current, answers)
    writes += merged
    renumbered = (make_room_for_versions(con, applier, [r for r, _v, _c in writes])
                  if table.name == "proposal_version" else set())
    applier.apply_many(table, [r for r, _v, _c in writes], [v for _r, v, _c in writes])
    for record, version, change in writes[:len(plain)]:
        answers[change.key] = {"status": "applied", "version": version}
    if renumbered:  # the server's number differs from the laptop's: it comes back on pull
        con.execute(update(table).where(table.c.uuid.in_(sorted(renumbered)))
                    .values(version=table.c.version + 1))
    for change, key in zip(part, keys):
        if key != change.record["uuid"] and change.key in answers:
            answers[change.key]["uuid"] = key
    return answers


def _merge(con: Connection, table: Table, clashing: list[tuple[Change, str]],
           current: dict[str, tuple[int, int]], answers: Answers) -> list[tuple[Record, int, Change]]:
    """Three-way merges of records changed on both sides: what to write, answers filled."""
    if not clashing:
        return []
    rows = list(con.execute(select(table).where(table.c.uuid.in_([k for _c, k in clashing]))))
    theirs_by_uuid = {r._mapping["uuid"]: rec for r, rec in zip(rows, Codec(con).encode(table, rows))}
    writes = []
    for change, key in clashing:
        theirs, version = theirs_by_uuid[key], current[key][1]
        mine = {**change.record, "uuid": key}
        take, clashes = merge_fields(_base(change, key, version, theirs), mine, theirs)
        if change.base is None and change.local_version == 1:
            take, clashes = {}, []  # never changed on the laptop: the server's record it is
        if take:
            version += 1
            writes.append(({**theirs, **take}, version, change))
        answers[change.key] = {"status": "merged", "version": version,
                               "record": {**theirs, **take},
                               "conflicts": {n: [mine[n], theirs.get(n)] for n in clashes}}
    return writes


def _base(change: Change, key: str, version: int, theirs: Record) -> Record:
    """What a three-way merge starts from: the laptop's shadow; for a proposal matched by
    its region nothing (every difference a conflict); for a record with the same uuid that
    the laptop never synchronised (reference data), the server's record while nobody
    changed it there (the laptop's changes apply), else nothing."""
    if key != change.record["uuid"]:
        return {}  # a proposal matched by its region: made apart, no common state
    if change.shadow is not None:
        return change.shadow
    return theirs if version == 1 else {}
