"""Records as they travel between databases: plain dicts keyed by UUID, links as UUIDs.

Local integer ids differ between the laptop and the team database, so every link (foreign
key) travels as the UUID of the record it points to, and the children that travel inside
their parent (docs/SYNC.md) travel as a list in the parent's dict. The same codec runs on
both engines; `fingerprint` gives a hash of a record's fields for comparing databases.

Both directions work on chunks of rows: one query per linked table to turn ids into UUIDs
(or back), one for a chunk's children, one multi-row statement per kind of write, so a
thousand records cost a handful of round trips instead of thousands.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from graphlib import TopologicalSorter
from typing import Any

from sqlalchemy import Column, Connection, Table, bindparam, select

from coachdesk.db.models import Base

SYNC_COLUMNS = {"id", "version", "synced_version", "change_seq"}
# Parent table -> (child table, the child's link to its parent, how children are ordered).
CHILDREN = {
    "contact_moment": ("contact_participant", "moment_id", "id"),
    "candidacy": ("candidacy_municipality", "candidacy_id", "position"),
    "proposal_version": ("proposal_file", "version_id", "version_id"),
}
CHILD_TABLES = {child for child, _link, _order in CHILDREN.values()}
CHUNK = 2000  # rows per statement and per IN (...) list: well below both engines' limits
Record = dict[str, object]


def travelling_tables() -> list[Table]:
    """The tables whose records travel on their own, every table after those it links to
    (a parent also after what its travelling children link to)."""
    tables = {t.name: t for t in Base.metadata.sorted_tables
              if "uuid" in t.c and "synced_version" in t.c}
    graph: dict[str, set[str]] = {}
    for name, table in tables.items():
        linked = [table]
        if name in CHILDREN:
            linked.append(Base.metadata.tables[CHILDREN[name][0]])
        graph[name] = {fk.column.table.name for t in linked for c in t.c for fk in c.foreign_keys
                       if fk.column.table.name in tables and fk.column.table.name != name}
    return [tables[name] for name in TopologicalSorter(graph).static_order()]


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _target(column: Column[Any]) -> Table | None:
    for fk in column.foreign_keys:
        return fk.column.table
    return None


def _links(table: Table) -> list[tuple[str, Table]]:
    return [(c.name, t) for c in table.c if (t := _target(c)) is not None]


@dataclass
class Codec:
    """Encodes rows of one database; caches id -> uuid of the records it meets."""

    connection: Connection

    def __post_init__(self) -> None:
        self._uuid: dict[str, dict[int, str]] = {}

    def _load(self, table: Table, ids: Iterable[int | None]) -> dict[int, str]:
        known = self._uuid.setdefault(table.name, {})
        missing = sorted({i for i in ids if i is not None and i not in known})
        for part in chunks(missing):
            known.update((r[0], r[1]) for r in self.connection.execute(
                select(table.c.id, table.c.uuid).where(table.c.id.in_(part))))
        return known

    def uuid_of(self, table: Table, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        return self._load(table, [row_id]).get(row_id)

    def _fields(self, table: Table, rows: list[Any], skip: Iterable[str] = ()) -> list[Record]:
        maps = [r._mapping for r in rows]
        uuids = {name: self._load(target, (m[name] for m in maps))
                 for name, target in _links(table)}
        names = [c.name for c in table.c if c.name not in SYNC_COLUMNS and c.name not in skip]
        out = []
        for m in maps:
            out.append({n: (uuids[n].get(m[n]) if m[n] is not None else None) if n in uuids
                        else _plain(m[n]) for n in names})
        return out

    def encode(self, table: Table, rows: Sequence[Any]) -> list[Record]:
        """Travelling records for rows of `table`, with the children that travel inside."""
        records = self._fields(table, list(rows))
        if table.name in CHILDREN and records:
            child_name, link, order = CHILDREN[table.name]
            child = Base.metadata.tables[child_name]
            children: list[Any] = []
            ids = [r._mapping["id"] for r in rows]
            for part in chunks(ids):
                children += self.connection.execute(
                    select(child).where(child.c[link].in_(part))
                    .order_by(child.c[link], child.c[order])).all()
            found: dict[int, list[Record]] = {}
            for row, fields in zip(children, self._fields(child, children, skip=(link,))):
                found.setdefault(row._mapping[link], []).append(fields)
            for record, row_id in zip(records, ids):
                record[f"{child_name}s"] = found.get(row_id, [])
        return records

    def fields(self, table: Table, row: Any, skip: Iterable[str] = ()) -> Record:
        return self._fields(table, [row], skip)[0]

    def record(self, table: Table, row: Any) -> Record:
        return self.encode(table, [row])[0]

    def pages(self, table: Table, where: Any = None,
              size: int = CHUNK) -> Iterator[tuple[list[Any], list[Record]]]:
        """(rows, records) of `table` in id order, a page at a time (keyset paging)."""
        last = None
        while True:
            query = select(table).order_by(table.c.id).limit(size)
            if where is not None:
                query = query.where(where)
            if last is not None:
                query = query.where(table.c.id > last)
            rows = list(self.connection.execute(query))
            if not rows:
                return
            last = rows[-1]._mapping["id"]
            yield rows, self.encode(table, rows)

    def records(self, table: Table, where: Any = None) -> Iterator[Record]:
        for _rows, records in self.pages(table, where):
            yield from records


def fingerprint(record: Record, ignore: Iterable[str] = ("created_at", "updated_at")) -> str:
    """A hash of a record's fields, the same on every engine for the same content."""
    kept = {k: v for k, v in record.items() if k not in set(ignore)}
    return hashlib.sha256(json.dumps(kept, sort_keys=True, default=str).encode()).hexdigest()


def snapshot(connection: Connection) -> dict[str, dict[str, str]]:
    """Every travelling record of a database: table -> uuid -> fingerprint."""
    codec = Codec(connection)
    return {t.name: {str(r["uuid"]): fingerprint(r) for r in codec.records(t)}
            for t in travelling_tables()}


def _python(column: Column[Any], value: object) -> object:
    """A travelled value back as the column's Python type."""
    if value is None:
        return None
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return value
    if kind is datetime:
        return datetime.fromisoformat(str(value))
    if kind is date:
        return date.fromisoformat(str(value))
    if kind is bytes:
        return base64.b64decode(str(value))
    return value


@dataclass
class Applier:
    """Writes travelled records into one database, matching them by UUID.

    `aliases` maps (table, uuid) to the uuid this database knows the same record by (a
    proposal matched by its region, docs/SYNC.md).
    """

    connection: Connection

    def __post_init__(self) -> None:
        self._id: dict[str, dict[str, int]] = {}
        self._absent: dict[str, set[str]] = {}  # looked up and not here (until written)
        self.aliases: dict[tuple[str, str], str] = {}

    def _key(self, table: Table, uuid: object) -> str:
        return self.aliases.get((table.name, str(uuid)), str(uuid))

    def _load(self, table: Table, uuids: Iterable[object], fresh: bool = False) -> dict[str, int]:
        known = self._id.setdefault(table.name, {})
        absent = self._absent.setdefault(table.name, set())
        wanted = {self._key(table, u) for u in uuids if u is not None}
        if fresh:
            absent -= wanted
        missing = sorted(wanted - set(known) - absent)
        for part in chunks(missing):
            found = {r[0]: r[1] for r in self.connection.execute(
                select(table.c.uuid, table.c.id).where(table.c.uuid.in_(part)))}
            known.update(found)
            absent.update(u for u in part if u not in found)
        return known

    def id_of(self, table: Table, uuid: object) -> int | None:
        if uuid is None:
            return None
        key = self._key(table, uuid)
        found = self._id.get(table.name, {}).get(key)
        if found is None and key not in self._absent.get(table.name, ()):
            found = self._load(table, [key]).get(key)
        return found

    def forget(self, table: Table, uuids: Iterable[str]) -> None:
        """These records were deleted, or their uuid changed, behind the applier's back."""
        known = self._id.get(table.name, {})
        for uuid in uuids:
            known.pop(uuid, None)
            self._absent.setdefault(table.name, set()).discard(uuid)

    def _preload(self, table: Table, records: list[Record]) -> None:
        for name, target in _links(table):
            self._load(target, (r.get(name) for r in records))

    def values(self, table: Table, fields: Record) -> Record:
        out: Record = {}
        for name, value in fields.items():
            if name not in table.c or name == "id":
                continue
            column = table.c[name]
            target = _target(column)
            out[name] = self.id_of(target, value) if target is not None else _python(column, value)
        return out

    def apply(self, table: Table, record: Record, version: int | None = None,
              synced: bool = False) -> int:
        """Insert or update the record with this UUID; returns its local id."""
        return self.apply_many(table, [record], [version], synced)[0]

    def apply_many(self, table: Table, records: list[Record],
                   versions: Sequence[int | None] | None = None, synced: bool = False) -> list[int]:
        """Insert or update these records (matched by UUID); returns their local ids.

        A record linking to another of the same table that arrives in the same call (a stage
        change correcting another) is written after it.
        """
        versions = list(versions) if versions is not None else [None] * len(records)
        pending = list(zip(records, versions))
        own = [n for n, t in _links(table) if t is table]
        while pending:
            self._load(table, (r["uuid"] for r, _v in pending))
            new = {str(r["uuid"]) for r, _v in pending if self.id_of(table, r["uuid"]) is None}
            ready = [(r, v) for r, v in pending
                     if not any(r.get(n) in new and r.get(n) != r["uuid"] for n in own)]
            ready = ready or pending  # a cycle: its links stay empty
            self._write(table, ready, synced)
            done = {id(r) for r, _v in ready}
            pending = [(r, v) for r, v in pending if id(r) not in done]
        return [int(self.id_of(table, r["uuid"]) or 0) for r in records]

    def _write(self, table: Table, items: list[tuple[Record, int | None]], synced: bool) -> None:
        records = [r for r, _v in items]
        self._load(table, (r["uuid"] for r in records))
        self._preload(table, records)
        inserts: dict[tuple[str, ...], list[Record]] = {}
        updates: dict[tuple[str, ...], list[Record]] = {}
        for record, version in items:
            values = self.values(table, record)
            if version is not None:
                values["version"] = version
                if synced:
                    values["synced_version"] = version
            row_id = self.id_of(table, record["uuid"])
            if row_id is None:
                values["uuid"] = self._key(table, record["uuid"])
                inserts.setdefault(tuple(sorted(values)), []).append(values)
            else:
                values.pop("uuid", None)
                values["_id"] = row_id
                updates.setdefault(tuple(sorted(values)), []).append(values)
        for keys, rows in updates.items():
            statement = table.update().where(table.c.id == bindparam("_id")).values(
                {k: bindparam(f"p_{k}") for k in keys if k != "_id"})
            for part in chunks(rows):
                self.connection.execute(statement, [
                    {("_id" if k == "_id" else f"p_{k}"): v for k, v in r.items()} for r in part])
        for rows in inserts.values():
            for part in chunks(rows):
                self.connection.execute(table.insert(), list(part))
        self._load(table, (r["uuid"] for r in records), fresh=True)
        if table.name in CHILDREN:
            self._children(table, records)

    def _children(self, parent: Table, records: list[Record]) -> None:
        child_name, link, _order = CHILDREN[parent.name]
        child = Base.metadata.tables[child_name]
        key = f"{child_name}s"
        with_children = [r for r in records if key in r]
        ids = [self.id_of(parent, r["uuid"]) for r in with_children]
        for part in chunks(ids):
            self.connection.execute(child.delete().where(child.c[link].in_(part)))
        rows = [dict(fields, **{link: parent_id}) for r, parent_id in zip(with_children, ids)
                for fields in (r[key] or [])]  # type: ignore[attr-defined]
        self._preload(child, rows)
        grouped: dict[tuple[str, ...], list[Record]] = {}
        for fields in rows:
            values = self.values(child, {k: v for k, v in fields.items() if k != link})
            values[link] = fields[link]
            grouped.setdefault(tuple(sorted(values)), []).append(values)
        for group in grouped.values():
            for part in chunks(group):
                self.connection.execute(child.insert(), list(part))

    def delete_many(self, table: Table, uuids: Iterable[str]) -> int:
        """Delete the records with these UUIDs; returns how many were here."""
        wanted = sorted({self._key(table, u) for u in uuids})
        deleted = 0
        for part in chunks(wanted):
            deleted += int(self.connection.execute(
                table.delete().where(table.c.uuid.in_(part))).rowcount or 0)
        self.forget(table, wanted)
        return deleted

    def delete(self, table: Table, uuid: str) -> bool:
        return self.delete_many(table, [uuid]) > 0
