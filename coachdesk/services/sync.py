"""Synchronising a laptop database with the team database (docs/SYNC.md).

One exchange: push the laptop's changed records (each with the server version it was based
on, and the whole batch under one id, so a retried push is applied once), then pull what
changed on the server after the last change number the laptop saw. Pushes are serialised on
the server by an advisory lock. A field changed on both sides since the last sync is a
conflict: it is recorded on the laptop, and neither side's value is overwritten.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    and_,
    case,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)

from coachdesk.db.models import Base, DbMeta, SyncBatch, SyncConflict, SyncShadow, Tombstone
from coachdesk.db.sequence import SYNC_LOCK
from coachdesk.db.travel import Applier, Codec, travelling_tables
from coachdesk.domain.ids import new_id

LAST_SEQ = "sync_last_seq"
PENDING_BATCH = "sync_pending_batch"
TOMBSTONE = "tombstone"
Record = dict[str, Any]


@dataclass
class SyncResult:
    sent: int = 0
    received: int = 0
    deleted: int = 0
    conflicts: int = 0
    batch_id: str = ""
    details: list[str] = field(default_factory=list)


@dataclass
class Change:
    table: str
    record: Record
    base: int | None  # the server version this change was based on (None: new)
    local_version: int
    shadow: Record | None  # the record as it was at that version


def _meta(con: Connection, key: str) -> str | None:
    return con.scalar(select(DbMeta.value).where(DbMeta.key == key))


def _set_meta(con: Connection, key: str, value: str | None) -> None:
    con.execute(delete(DbMeta).where(DbMeta.key == key))
    if value is not None:
        con.execute(insert(DbMeta).values(key=key, value=value))


def _shadows(con: Connection, table: str, uuids: list[str]) -> dict[str, Record]:
    if not uuids:
        return {}
    rows = con.execute(select(SyncShadow.uuid, SyncShadow.fields).where(
        SyncShadow.table_name == table, SyncShadow.uuid.in_(uuids)))
    return {u: json.loads(f) for u, f in rows}


def _set_shadow(con: Connection, table: str, record: Record, version: int) -> None:
    con.execute(delete(SyncShadow).where(and_(SyncShadow.table_name == table,
                                              SyncShadow.uuid == record["uuid"])))
    con.execute(insert(SyncShadow).values(table_name=table, uuid=record["uuid"], version=version,
                                       fields=json.dumps(record, sort_keys=True, default=str)))


def local_changes(con: Connection) -> list[Change]:
    """The laptop's records changed since their last sync, links before what links to them."""
    codec, changes = Codec(con), []
    for table in travelling_tables():
        if table.name == TOMBSTONE:
            continue
        dirty = or_(table.c.synced_version.is_(None), table.c.version != table.c.synced_version)
        waiting = select(SyncConflict.uuid).where(SyncConflict.table_name == table.name)
        # A record with an open conflict waits for the coach's choice before it travels.
        rows = list(con.execute(select(table).where(dirty, table.c.uuid.not_in(waiting))
                                .order_by(table.c.id)))
        shadows = _shadows(con, table.name, [r._mapping["uuid"] for r in rows])
        for row in rows:
            m = row._mapping
            changes.append(Change(table.name, codec.record(table, row), m["synced_version"],
                                  m["version"], shadows.get(m["uuid"])))
    for t in con.execute(select(Tombstone).where(Tombstone.synced_version.is_(None))):
        changes.append(Change(TOMBSTONE, _tombstone(t), None, 1, None))
    return changes


def _tombstone(row: Any) -> Record:
    return {"table_name": row.table_name, "uuid": row.uuid, "kind": row.kind,
            "deleted_at": row.deleted_at.isoformat(sep=" ")}


def _insert_tombstone(con: Connection, record: Record, synced: bool) -> None:
    if con.scalar(select(func.count()).select_from(Tombstone).where(
            Tombstone.uuid == record["uuid"], Tombstone.table_name == record["table_name"])):
        return
    con.execute(insert(Tombstone).values(
        table_name=record["table_name"], uuid=record["uuid"], kind=record["kind"],
        deleted_at=datetime.fromisoformat(record["deleted_at"]),
        synced_version=1 if synced else None))


def merge_fields(base: Record | None, mine: Record, theirs: Record) -> tuple[Record, list[str]]:
    """Three-way merge: (the fields to take from `mine`, the fields changed on both sides)."""
    take, clashes = {}, []
    for name, value in mine.items():
        if name in ("uuid", "created_at", "updated_at"):
            continue
        before = base.get(name) if base is not None else theirs.get(name)
        if value == before or value == theirs.get(name):
            continue
        if theirs.get(name) != before:
            clashes.append(name)
        else:
            take[name] = value
    return take, clashes


# --- the server side ---------------------------------------------------------------------

def _server_row(con: Connection, table: Table, uuid: str) -> tuple[Record, int] | None:
    row = con.execute(select(table).where(table.c.uuid == uuid)).first()
    if row is None:
        return None
    return Codec(con).record(table, row), int(row._mapping["version"])


def _apply_on_server(con: Connection, change: Change, applier: Applier) -> dict[str, Any]:
    tables = Base.metadata.tables
    if change.table == TOMBSTONE:
        target = tables[change.record["table_name"]]
        applier.delete(target, change.record["uuid"])
        _insert_tombstone(con, change.record, synced=False)
        return {"status": "deleted"}
    table = tables[change.table]
    if con.scalar(select(func.count()).select_from(Tombstone).where(
            Tombstone.uuid == change.record["uuid"])):
        return {"status": "gone"}  # deleted on the server meanwhile: deletion wins
    current = _server_row(con, table, change.record["uuid"])
    if current is None:
        applier.apply(table, change.record, version=1)
        return {"status": "applied", "version": 1}
    theirs, version = current
    if change.base == version:
        applier.apply(table, change.record, version=version + 1)
        return {"status": "applied", "version": version + 1}
    take, clashes = merge_fields(change.shadow, change.record, theirs)
    if take:
        version += 1
        applier.apply(table, {"uuid": change.record["uuid"], **take}, version=version)
        theirs = {**theirs, **take}
    return {"status": "merged", "version": version, "record": theirs,
            "conflicts": {n: [change.record[n], theirs.get(n)] for n in clashes}}


def push(server: Engine, batch_id: str, changes: list[Change]) -> dict[str, Any]:
    """Apply a batch on the server, once: a batch id seen before gets its stored answer."""
    with server.begin() as con:
        con.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SYNC_LOCK})
        stored = con.scalar(select(SyncBatch.result).where(SyncBatch.batch_id == batch_id))
        if stored is not None:
            return dict(json.loads(stored))
        applier = Applier(con)
        answers = {f"{c.table}/{c.record['uuid']}": _apply_on_server(con, c, applier)
                   for c in changes}
        result = {"answers": answers}
        con.execute(insert(SyncBatch).values(
            batch_id=batch_id, username=con.scalar(text("SELECT current_user")) or "",
            result=json.dumps(result, default=str), applied_at=func.now()))
        return result


def changes_after(server: Engine, last_seq: int) -> tuple[list[tuple[str, Record, int]], int]:
    """Everything changed on the server after `last_seq`: (table, record, version) in link
    order with deletions last, and the highest change number now committed."""
    found: list[tuple[str, Record, int]] = []
    with server.connect() as con:
        con.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        top = int(con.scalar(text("SELECT coalesce(max(change_seq), 0) FROM ("
                                  + " UNION ALL ".join(f"SELECT max(change_seq) AS change_seq "
                                                       f"FROM {t.name}"
                                                       for t in travelling_tables())
                                  + ") AS seqs")) or 0)
        codec = Codec(con)
        for table in travelling_tables():
            if table.name == TOMBSTONE:
                continue
            rows = con.execute(select(table).where(table.c.change_seq > last_seq,
                                                   table.c.change_seq <= top)
                               .order_by(table.c.id))
            found += [(table.name, codec.record(table, r), int(r._mapping["version"]))
                      for r in rows]
        for t in con.execute(select(Tombstone).where(Tombstone.change_seq > last_seq,
                                                     Tombstone.change_seq <= top)):
            found.append((TOMBSTONE, _tombstone(t), 1))
    return found, top


# --- the laptop side ---------------------------------------------------------------------

def _record_conflicts(con: Connection, table: str, uuid: str, clashes: dict[str, list[Any]],
                      version: int) -> None:
    con.execute(delete(SyncConflict).where(and_(SyncConflict.uuid == uuid,
                                                SyncConflict.field.in_(list(clashes)))))
    for name, (mine, theirs) in clashes.items():
        con.execute(insert(SyncConflict).values(
            table_name=table, uuid=uuid, field=name, mine=json.dumps(mine, default=str),
            theirs=json.dumps(theirs, default=str), server_version=version, found_at=func.now()))


def _after_push(con: Connection, changes: list[Change], result: dict[str, Any]) -> int:
    tables, conflicts = Base.metadata.tables, 0
    for change in changes:
        answer = result["answers"].get(f"{change.table}/{change.record['uuid']}", {})
        if change.table == TOMBSTONE:
            con.execute(update(Tombstone).where(
                Tombstone.uuid == change.record["uuid"]).values(synced_version=1))
            continue
        if answer.get("status") not in ("applied", "merged"):
            continue
        table, version = tables[change.table], int(answer["version"])
        if answer["status"] == "applied":
            _set_shadow(con, change.table, change.record, version)
        # merged: the shadow stays the old base, so the pull that follows brings the
        # server's other changes to this record with a three-way merge
        # Clean again unless it conflicted or the coach changed it while this sync ran.
        clean = not answer.get("conflicts")
        unchanged = table.c.version == change.local_version
        con.execute(table.update().where(table.c.uuid == change.record["uuid"]).values(
            synced_version=version,
            version=case((unchanged, version if clean else version + 1), else_=version + 1)))
        if answer.get("conflicts"):
            _record_conflicts(con, change.table, change.record["uuid"], answer["conflicts"],
                              version)
            conflicts += len(answer["conflicts"])
    return conflicts


def _pull_one(con: Connection, applier: Applier, table_name: str, theirs: Record,
              version: int) -> tuple[int, int]:
    """Apply one server record on the laptop; returns (deleted, conflicts)."""
    tables = Base.metadata.tables
    if table_name == TOMBSTONE:
        deleted = applier.delete(tables[theirs["table_name"]], theirs["uuid"])
        _insert_tombstone(con, theirs, synced=True)
        return int(deleted), 0
    table = tables[table_name]
    row = con.execute(select(table).where(table.c.uuid == theirs["uuid"])).first()
    mine_dirty = row is not None and row._mapping["version"] != row._mapping["synced_version"]
    if row is not None and row._mapping["synced_version"] == version and not mine_dirty:
        return 0, 0  # already this version (our own push coming back)
    if not mine_dirty:
        applier.apply(table, theirs, version=version, synced=True)
        _set_shadow(con, table_name, theirs, version)
        return 0, 0
    mine = Codec(con).record(table, row)
    base = _shadows(con, table_name, [theirs["uuid"]]).get(theirs["uuid"])
    take_theirs, clashes = merge_fields(base, theirs, mine)
    if take_theirs:
        applier.apply(table, {"uuid": theirs["uuid"], **take_theirs})
    con.execute(table.update().where(table.c.uuid == theirs["uuid"]).values(
        synced_version=version, version=version + 1))
    _set_shadow(con, table_name, theirs, version)
    if clashes:
        _record_conflicts(con, table_name, theirs["uuid"],
                          {n: [mine.get(n), theirs.get(n)] for n in clashes}, version)
    return 0, len(clashes)


def synchronise(laptop: Engine, server: Engine,
                progress: Callable[[str], None] = lambda _step: None) -> SyncResult:
    """Push the laptop's changes, then pull everyone else's; safe to interrupt and repeat."""
    result = SyncResult()
    with laptop.begin() as con:
        batch_id = _meta(con, PENDING_BATCH) or new_id()
        _set_meta(con, PENDING_BATCH, batch_id)
    with laptop.connect() as con:
        changes = local_changes(con)
    progress("push")
    answer = push(server, batch_id, changes) if changes else {"answers": {}}
    with laptop.begin() as con:
        result.conflicts += _after_push(con, changes, answer)
        _set_meta(con, PENDING_BATCH, None)
    result.sent, result.batch_id = len(changes), batch_id
    progress("pull")
    with laptop.connect() as con:
        last_seq = int(_meta(con, LAST_SEQ) or 0)
    incoming, top = changes_after(server, last_seq)
    with laptop.begin() as con:
        applier = Applier(con)
        for table_name, record, version in incoming:
            deleted, conflicts = _pull_one(con, applier, table_name, record, version)
            result.deleted += deleted
            result.conflicts += conflicts
        _set_meta(con, LAST_SEQ, str(top))
        result.conflicts = int(con.scalar(select(func.count()).select_from(SyncConflict)) or 0)
    result.received = len(incoming)
    return result


def open_conflicts(laptop: Engine) -> int:
    with laptop.connect() as con:
        return int(con.scalar(select(func.count()).select_from(SyncConflict)) or 0)
