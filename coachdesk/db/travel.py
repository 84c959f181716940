"""Records as they travel between databases: plain dicts keyed by UUID, links as UUIDs.

Local integer ids differ between the laptop and the team database, so every link (foreign
key) travels as the UUID of the record it points to, and the children that travel inside
their parent (docs/SYNC.md) travel as a list in the parent's dict. The same codec runs on
both engines; `fingerprint` gives a hash of a record's fields for comparing databases.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from graphlib import TopologicalSorter
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Connection, Table, select

from coachdesk.db.models import Base

SYNC_COLUMNS = {"id", "version", "synced_version", "change_seq"}
# Parent table -> (child table, the child's link to its parent, how children are ordered).
CHILDREN = {
    "contact_moment": ("contact_participant", "moment_id", "id"),
    "candidacy": ("candidacy_municipality", "candidacy_id", "position"),
    "proposal_version": ("proposal_file", "version_id", "version_id"),
}
CHILD_TABLES = {child for child, _link, _order in CHILDREN.values()}


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


@dataclass
class Codec:
    """Encodes rows of one database; caches id <-> uuid of the records it meets."""

    connection: Connection

    def __post_init__(self) -> None:
        self._uuid: dict[tuple[str, int], str | None] = {}

    def uuid_of(self, table: Table, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        key = (table.name, row_id)
        if key not in self._uuid:
            self._uuid[key] = self.connection.scalar(
                select(table.c.uuid).where(table.c.id == row_id))
        return self._uuid[key]

    def fields(self, table: Table, row: Any, skip: Iterable[str] = ()) -> dict[str, object]:
        """A row's travelling fields: links as UUIDs, dates as ISO text, bytes as base64."""
        out: dict[str, object] = {}
        for column in table.c:
            if column.name in SYNC_COLUMNS or column.name in skip:
                continue
            value = row._mapping[column.name]
            target = _target(column)
            out[column.name] = self.uuid_of(target, value) if target is not None else _plain(value)
        return out

    def record(self, table: Table, row: Any) -> dict[str, object]:
        """A travelling record, with the children that travel inside it."""
        record = self.fields(table, row)
        if table.name in CHILDREN:
            child_name, link, order = CHILDREN[table.name]
            child = Base.metadata.tables[child_name]
            rows = self.connection.execute(
                select(child).where(child.c[link] == row._mapping["id"]).order_by(child.c[order]))
            record[f"{child_name}s"] = [self.fields(child, r, skip=(link,)) for r in rows]
        return record

    def records(self, table: Table, where: Any = None) -> Iterator[dict[str, object]]:
        query = select(table).order_by(table.c.id)
        if where is not None:
            query = query.where(where)
        for row in self.connection.execute(query):
            yield self.record(table, row)


def fingerprint(record: dict[str, object],
                ignore: Iterable[str] = ("created_at", "updated_at")) -> str:
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
    """Writes travelled records into one database, matching them by UUID."""

    connection: Connection

    def __post_init__(self) -> None:
        self._id: dict[tuple[str, str], int | None] = {}

    def id_of(self, table: Table, uuid: object) -> int | None:
        if uuid is None:
            return None
        key = (table.name, str(uuid))
        if key not in self._id or self._id[key] is None:
            self._id[key] = self.connection.scalar(select(table.c.id).where(table.c.uuid == uuid))
        return self._id[key]

    def values(self, table: Table, fields: dict[str, object]) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, value in fields.items():
            if name not in table.c:
                continue
            column = table.c[name]
            target = _target(column)
            out[name] = self.id_of(target, value) if target is not None else _python(column, value)
        return out

    def apply(self, table: Table, record: dict[str, object], version: int | None = None,
              synced: bool = False) -> int:
        """Insert or update the record with this UUID; returns its local id."""
        values = self.values(table, record)
        if version is not None:
            values["version"] = version
            if synced:
                values["synced_version"] = version
        row_id = self.id_of(table, record["uuid"])
        if row_id is None:
            row_id = int(self.connection.execute(
                table.insert().values(values).returning(table.c.id)).scalar_one())
            self._id[(table.name, str(record["uuid"]))] = row_id
        else:
            self.connection.execute(table.update().where(table.c.id == row_id).values(values))
        if table.name in CHILDREN:
            children = record.get(f"{CHILDREN[table.name][0]}s") or []
            self._children(table.name, row_id, list(children))  # type: ignore[call-overload]
        return row_id

    def _children(self, parent: str, parent_id: int, rows: list[Any]) -> None:
        child_name, link, _order = CHILDREN[parent]
        child = Base.metadata.tables[child_name]
        self.connection.execute(child.delete().where(child.c[link] == parent_id))
        for fields in rows:
            values = self.values(child, {k: v for k, v in fields.items() if k != "id"})
            values[link] = parent_id
            self.connection.execute(child.insert().values(values))

    def delete(self, table: Table, uuid: str) -> bool:
        row_id = self.id_of(table, uuid)
        if row_id is None:
            return False
        self.connection.execute(table.delete().where(table.c.id == row_id))
        self._id[(table.name, uuid)] = None
        return True
