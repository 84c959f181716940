"""A team database restored from an older backup: noticed at the next sync, refilled by laptops.

The laptop remembers the highest change number it pulled (`sync_last_seq`), which record
carried it (`sync_last_anchor`), and the last batch the server acknowledged
(`sync_last_batch`). A server whose highest number is below the first, whose anchor record
went back to a lower number (or vanished without a deletion), or that no longer has the
batch, went back to an older state than this laptop saw. The anchor catches a restore even
after other laptops' writes have raised the numbers past the laptop's again.
The laptop then re-sends every record the server lacks or holds at an older version than the
one it acknowledged (`Change.restore`: the server takes it at that version, so every laptop
still agrees on versions and nothing counts as a conflict), every deletion the server lost,
and pulls everything again: its last number means nothing on the restored server.
A coach's laptop re-sends only what her role may write (her regions, and records without
one): row-level security would refuse the rest, and each coach's laptop refills her own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, and_, func, literal, select, text, tuple_, union_all

from coachdesk.db.models import Base, SyncConflict, Tombstone
from coachdesk.db.security import ASSIGNMENTS, REGION_OF
from coachdesk.db.travel import Codec, chunks, travelling_tables
from coachdesk.services.sync_base import TOMBSTONE, Change, tombstone_record


def is_behind(server_top: int, last_seq: int, last_batch_known: bool,
              anchor_holds: bool = True) -> bool:
    """Whether the server is older than what this laptop already saw of it."""
    return server_top < last_seq or not last_batch_known or not anchor_holds


def anchor_at(scon: Connection, top: int) -> str | None:
    """"table/uuid" of the record that carries change number `top` (in the same snapshot)."""
    if not top:
        return None
    query = union_all(*(select(literal(t.name).label("t"), t.c.uuid.label("u"))
                        .where(t.c.change_seq == top) for t in travelling_tables()))
    row = scon.execute(query.limit(1)).first()
    return f"{row[0]}/{row[1]}" if row is not None else None


def anchor_holds(scon: Connection, anchor: str | None, last_seq: int) -> bool:
    """Whether the anchor record still carries `last_seq` or a later number (or was deleted
    later): a restored server has it at an older number, or not at all."""
    if not anchor:
        return True
    name, _slash, uuid = anchor.partition("/")
    table = Base.metadata.tables.get(name)
    if table is None:
        return True
    seq = scon.scalar(select(func.max(table.c.change_seq)).where(table.c.uuid == uuid))
    if seq is not None:
        return int(seq) >= last_seq
    return name != TOMBSTONE and scon.scalar(select(Tombstone.id).where(
        Tombstone.table_name == name, Tombstone.uuid == uuid,
        Tombstone.change_seq > last_seq).limit(1)) is not None


def _server_versions(scon: Connection, table: Table, uuids: list[str]) -> dict[str, int]:
    return {str(u): int(v) for u, v in scon.execute(
        select(table.c.uuid, table.c.version).where(table.c.uuid.in_(uuids)))}


def _older(scon: Connection, table: Table, known: list[tuple[str, int]]) -> set[str]:
    """Of (uuid, acknowledged version): the uuids the server lacks or holds older."""
    found = _server_versions(scon, table, [u for u, _v in known])
    return {u for u, v in known if found.get(u, -1) < v}


def _clean(table: Table) -> Any:
    waiting = select(SyncConflict.uuid).where(SyncConflict.table_name == table.name)
    return and_(table.c.synced_version.is_not(None), table.c.version == table.c.synced_version,
                table.c.uuid.not_in(waiting))


def _writable_regions(lcon: Connection, scon: Connection) -> set[int] | None:
    """The laptop's ids of the regions this connection may write on the server; None when
    row-level security does not restrict it (the owner, a superuser)."""
    if scon.dialect.name != "postgresql" or not scon.scalar(text(
            "SELECT row_security_active('contact_moment'::regclass)")):
        return None
    region = Base.metadata.tables["region"]
    uuids = list(scon.scalars(select(region.c.uuid).where(region.c.id.in_(select(text(
        "region_id")).select_from(text(ASSIGNMENTS)).where(text("username = current_user"))))))
    return set(lcon.scalars(select(region.c.id).where(region.c.uuid.in_(uuids))))


def _may_write(scon: Connection, table: Table) -> bool:
    return bool(scon.scalar(text("SELECT has_table_privilege(CAST(:t AS regclass), 'INSERT') "
                                 "OR has_table_privilege(CAST(:t AS regclass), 'UPDATE')"),
                            {"t": table.name}))


def _known(lcon: Connection, table: Table, regions: set[int] | None) -> list[tuple[str, int]]:
    """(uuid, acknowledged version) of the clean records this laptop may re-send."""
    if regions is None or table.name not in REGION_OF:
        return [(str(u), int(v)) for u, v in lcon.execute(
            select(table.c.uuid, table.c.synced_version).where(_clean(table)))]
    region_of = text(f"{REGION_OF[table.name]} AS region_of")  # the SQL works on both engines
    rows = lcon.execute(select(table.c.uuid, table.c.synced_version, region_of)
                        .where(_clean(table)))
    return [(str(r[0]), int(r[1])) for r in rows if r[2] is None or int(r[2]) in regions]


def refill_changes(lcon: Connection, scon: Connection, dirty: list[Change]) -> list[Change]:
    """The batch after a restore: the laptop's changed records (flagged `restore` where the
    server lost their base), its clean records the server lacks or holds older, and the
    deletions the server no longer knows; in link order, like `local_changes`."""
    codec, out = Codec(lcon), []
    regions = _writable_regions(lcon, scon)
    for table in travelling_tables():
        if table.name == TOMBSTONE:
            continue
        mine = [c for c in dirty if c.table == table.name]
        for part in chunks([c for c in mine if c.base is not None]):
            lost = _older(scon, table, [(str(c.record["uuid"]), int(c.base or 0)) for c in part])
            for change in part:
                change.restore = str(change.record["uuid"]) in lost
        out += mine
        if regions is not None and not _may_write(scon, table):
            continue  # reference lists a coach may not change (stages)
        known = _known(lcon, table, regions)
        for part in chunks(known):
            lost = _older(scon, table, list(part))
            if not lost:
                continue
            for rows, records in codec.pages(table, table.c.uuid.in_(sorted(lost))):
                out += [Change(table.name, record, int(row._mapping["synced_version"]),
                               int(row._mapping["version"]), None, restore=True)
                        for row, record in zip(rows, records)]
    out += [c for c in dirty if c.table == TOMBSTONE]
    out += _lost_tombstones(lcon, scon)
    return out


def _lost_tombstones(lcon: Connection, scon: Connection) -> list[Change]:
    """Deletions (and erasures) this laptop sent or received that the server no longer has."""
    sent = list(lcon.execute(select(Tombstone).where(Tombstone.synced_version.is_not(None))
                             .order_by(Tombstone.id)))
    lost = []
    for part in chunks(sent):
        keys = [(t.table_name, t.uuid) for t in part]
        there = {(str(r[0]), str(r[1])) for r in scon.execute(
            select(Tombstone.table_name, Tombstone.uuid).where(
                tuple_(Tombstone.table_name, Tombstone.uuid).in_(keys)))}
        lost += [Change(TOMBSTONE, tombstone_record(t), None, 1, None)
                 for t in part if (t.table_name, t.uuid) not in there]
    return lost
