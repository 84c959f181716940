"""The laptop's side of synchronising: what to send, what the answer means, what arrives.

Everything here runs inside one laptop transaction per step and works a table chunk at a
time (one query for the chunk's local rows, one for their shadows, multi-row writes).
"""

from __future__ import annotations

import json
from datetime import datetime
from collections.abc import Iterator
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Table, and_, bindparam, case, delete, func, insert, or_, select, update

from coachdesk.db.base import utcnow
from coachdesk.db.models import Base, SyncConflict, SyncShadow, Tombstone
from coachdesk.db.travel import Applier, Codec, chunks, travelling_tables
from coachdesk.services.erasure_sql import erase_in
from coachdesk.services.sync_base import TOMBSTONE, Change, Record, dumps, merge_fields, tombstone_record
from coachdesk.services.sync_rules import make_room_for_versions, match_proposals
from coachdesk.services.sync_server import insert_tombstones


def shadows(con: Connection, table: str, uuids: list[str]) -> dict[str, Record]:
    found: dict[str, Record] = {}
    for part in chunks(uuids):
        found.update((u, json.loads(f)) for u, f in con.execute(
            select(SyncShadow.uuid, SyncShadow.fields).where(SyncShadow.table_name == table,
                                                            SyncShadow.uuid.in_(part))))
    return found


def set_shadows(con: Connection, table: str, items: list[tuple[Record, int]]) -> None:
    for part in chunks(items):
        con.execute(delete(SyncShadow).where(SyncShadow.table_name == table, SyncShadow.uuid.in_(
            [str(r["uuid"]) for r, _v in part])))
        con.execute(insert(SyncShadow), [{"table_name": table, "uuid": str(r["uuid"]),
                                          "version": v, "fields": dumps(r)} for r, v in part])


def count_changes(con: Connection) -> int:
    total = 0
    for table in travelling_tables():
        if table.name != TOMBSTONE:
            total += int(con.scalar(select(func.count()).select_from(table).where(_dirty(table)))
                         or 0)
    return total


def _dirty(table: Table) -> Any:
    dirty = or_(table.c.synced_version.is_(None), table.c.version != table.c.synced_version)
    waiting = select(SyncConflict.uuid).where(SyncConflict.table_name == table.name)
    # A record with an open conflict waits for the coach's choice before it travels.
    return and_(dirty, table.c.uuid.not_in(waiting))


def local_changes(con: Connection) -> list[Change]:
    """The laptop's records changed since their last sync, links before what links to them."""
    codec, changes = Codec(con), []
    for table in travelling_tables():
        if table.name == TOMBSTONE:
            continue
        for rows, records in codec.pages(table, _dirty(table)):
            base = shadows(con, table.name, [str(r["uuid"]) for r in records])
            changes += [Change(table.name, record, row._mapping["synced_version"],
                               row._mapping["version"], base.get(str(record["uuid"])))
                        for row, record in zip(rows, records)]
    changes += [Change(TOMBSTONE, tombstone_record(t), None, 1, None) for t in con.execute(
        select(Tombstone).where(Tombstone.synced_version.is_(None)).order_by(Tombstone.id))]
    return changes


def record_conflicts(con: Connection, table: str, uuid: str, clashes: dict[str, list[Any]],
                     version: int) -> None:
    con.execute(delete(SyncConflict).where(and_(SyncConflict.uuid == uuid,
                                                SyncConflict.field.in_(list(clashes)))))
    con.execute(insert(SyncConflict), [
        {"table_name": table, "uuid": uuid, "field": name, "mine": dumps(mine),
         "theirs": dumps(theirs), "server_version": version, "found_at": utcnow()}
        for name, (mine, theirs) in clashes.items()])


def after_push(con: Connection, changes: list[Change], result: dict[str, Any]) -> int:
    """Mark what the server took; returns the conflicts it reported."""
    tables, conflicts, answers = Base.metadata.tables, 0, result["answers"]
    for table_name, group in groupby(changes, key=lambda c: c.table):
        part = list(group)
        if table_name == TOMBSTONE:
            for uuids in chunks([str(c.record["uuid"]) for c in part]):
                con.execute(update(Tombstone).where(Tombstone.uuid.in_(uuids))
                            .values(synced_version=1))
            continue
        table = tables[table_name]
        gone = [c for c in part if answers.get(c.key, {}).get("status") == "gone"]
        if gone:  # deleted on the server meanwhile: the deletion wins here too
            Applier(con).delete_many(table, [str(c.record["uuid"]) for c in gone])
        items = [(c, answers.get(c.key)) for c in part]
        for change, answer in items:
            if answer and answer.get("uuid"):  # a proposal matched by its region: the
                con.execute(update(table).where(table.c.uuid == change.record["uuid"])
                            .values(uuid=answer["uuid"]))  # server's uuid it is
                change.record["uuid"] = answer["uuid"]
        done = [(c, a) for c, a in items if a and a.get("status") in ("applied", "merged")]
        set_shadows(con, table_name, [(c.record, int(a["version"])) for c, a in done
                                      if a["status"] == "applied"])
        _merged(con, table, [(c, a) for c, a in done if a["status"] == "merged"])
        rows = [{"u": str(c.record["uuid"]), "v": int(a["version"]), "lv": c.local_version,
                 "after": int(a["version"]) + (0 if not a.get("conflicts") else 1)}
                for c, a in done]
        if rows:  # clean again unless it conflicted or the coach changed it during the sync
            con.execute(update(table).where(table.c.uuid == bindparam("u")).values(
                synced_version=bindparam("v"),
                version=case((table.c.version == bindparam("lv"), bindparam("after")),
                             else_=bindparam("v") + 1)), rows)
        for change, answer in done:
            if answer.get("conflicts"):
                record_conflicts(con, table_name, str(change.record["uuid"]),
                                 answer["conflicts"], int(answer["version"]))
                conflicts += len(answer["conflicts"])
    return conflicts


def _merged(con: Connection, table: Table, done: list[tuple[Change, dict[str, Any]]]) -> None:
    """A merged record: the server's state, but the laptop's value where fields conflict
    (nothing is overwritten without the coach's choice); unless the coach changed the
    record while this sync ran: then the pull that follows merges it three-way."""
    if not done:
        return
    uuids = [str(c.record["uuid"]) for c, _a in done]
    now = {r[0]: r[1] for r in con.execute(
        select(table.c.uuid, table.c.version).where(table.c.uuid.in_(uuids)))}
    ready = [(c, a) for c, a in done if now.get(str(c.record["uuid"])) == c.local_version]
    writes = [{**a["record"], **{n: mine for n, (mine, _theirs) in a["conflicts"].items()}}
              for _c, a in ready]
    Applier(con).apply_many(table, writes)
    set_shadows(con, table.name, [(a["record"], int(a["version"])) for _c, a in ready])


class Puller:
    """Applies the server's records on the laptop, a table chunk at a time."""

    def __init__(self, con: Connection) -> None:
        self.con, self.applier, self.codec = con, Applier(con), Codec(con)
        self.deleted = 0
        self.erased: list[str] = []

    def records(self, table: Table, incoming: list[tuple[Record, int]]) -> None:
        con = self.con
        if table.name == "proposal":
            self._adopt(table, [r for r, _v in incoming])
        uuids = [str(r["uuid"]) for r, _v in incoming]
        local = {row._mapping["uuid"]: row for row in con.execute(
            select(table).where(table.c.uuid.in_(uuids)))}
        clean: list[tuple[Record, int]] = []
        dirty: list[tuple[Record, int, Any]] = []
        for record, version in incoming:
            row = local.get(record["uuid"])
            if row is None or row._mapping["version"] == row._mapping["synced_version"]:
                if row is None or row._mapping["synced_version"] != version:
                    clean.append((dict(record), version))  # else our own push coming back
            else:
                dirty.append((record, version, row))
        writes = [(r, v, False) for r, v in clean] + self._merge(table, dirty)
        renumbered = (make_room_for_versions(con, self.applier, [r for r, _v, _d in writes])
                      if table.name == "proposal_version" else set())
        if clean:
            self.applier.apply_many(table, [r for r, _v in clean], [v for _r, v in clean],
                                    synced=True)
            set_shadows(con, table.name, clean)
        for record, version, _dirty in writes[len(clean):]:
            self.applier.apply(table, record)
        bump = renumbered | {str(r["uuid"]) for r, _v, d in writes if d}
        rows = [{"u": str(r["uuid"]), "v": v} for r, v, _d in writes if str(r["uuid"]) in bump]
        if rows:  # changed here as well: stays to be sent, based on the server's version
            con.execute(update(table).where(table.c.uuid == bindparam("u")).values(
                synced_version=bindparam("v"), version=bindparam("v") + 1), rows)

    def _merge(self, table: Table, dirty: list[tuple[Record, int, Any]]) -> list[tuple[Record, int, bool]]:
        if not dirty:
            return []
        mine_all = self.codec.encode(table, [row for _r, _v, row in dirty])
        bases = shadows(self.con, table.name, [str(r["uuid"]) for r, _v, _row in dirty])
        writes = []
        for (theirs, version, _row), mine in zip(dirty, mine_all):
            take_theirs, clashes = merge_fields(bases.get(str(theirs["uuid"])), theirs, mine)
            writes.append(({**mine, **take_theirs}, version, True))
            set_shadows(self.con, table.name, [(theirs, version)])
            if clashes:
                record_conflicts(self.con, table.name, str(theirs["uuid"]),
                                 {n: [mine.get(n), theirs.get(n)] for n in clashes}, version)
        return writes

    def _adopt(self, table: Table, records: list[Record]) -> None:
        """A proposal of this laptop for the same region under another uuid takes the server's."""
        for theirs, mine in match_proposals(self.con, self.applier, records).items():
            mine_uuid = mine
            self.con.execute(update(table).where(table.c.uuid == mine_uuid).values(uuid=theirs))
            self.con.execute(update(SyncShadow).where(SyncShadow.table_name == table.name,
                                                      SyncShadow.uuid == mine_uuid)
                             .values(uuid=theirs))
            self.applier.forget(table, [mine_uuid, theirs])

    def tombstones(self, records: list[Record]) -> None:
        tables = Base.metadata.tables
        erased = {str(r["uuid"]): datetime.fromisoformat(str(r["deleted_at"]))
                  for r in records if r["kind"] == "erased"}
        if erased:
            if erase_in(self.con, list(erased), tombstone_synced=True, when=erased).people:
                self.erased += list(erased)
        deleted = [r for r in records if r["kind"] != "erased"]
        for name, group in groupby(sorted(deleted, key=lambda r: r["table_name"]),
                                   key=lambda r: r["table_name"]):
            uuids = [str(r["uuid"]) for r in group]
            self.deleted += self.applier.delete_many(tables[name], uuids)
            for part in chunks(uuids):
                self.con.execute(delete(SyncConflict).where(SyncConflict.table_name == name,
                                                            SyncConflict.uuid.in_(part)))
                self.con.execute(update(Tombstone).where(Tombstone.table_name == name,
                                                         Tombstone.uuid.in_(part))
                                 .values(synced_version=1))
        insert_tombstones(self.con, deleted, synced=True)


def pages(codec: Codec, table: Table, where: Any) -> Iterator[tuple[list[Any], list[Record]]]:
    if table.name == TOMBSTONE:
        last = 0
        while True:
            rows = list(codec.connection.execute(select(Tombstone).where(where, Tombstone.id > last)
                                                 .order_by(Tombstone.id).limit(2000)))
            if not rows:
                return
            last = rows[-1].id
            yield rows, [tombstone_record(r) for r in rows]
    else:
        yield from codec.pages(table, where)
