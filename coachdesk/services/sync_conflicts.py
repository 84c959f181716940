"""Conflicts a sync left for the coach (`sync_conflict`), shown field by field and resolved.

A conflict is one field that both this laptop and the team database changed since the last
sync: `mine` is the laptop's value (still in the record), `theirs` the team database's. The
coach chooses per field; the choices are applied in one transaction, the conflicts are
cleared, and the record is marked changed so it travels at the next sync (docs/SYNC.md).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import Connection, Engine, Table, case, delete, select

from coachdesk.db.models import Base, SyncConflict
from coachdesk.db.travel import CHILDREN, Applier
from coachdesk.domain.errors import NotFoundError

Choice = Literal["mine", "theirs"]
MINE: Choice = "mine"
THEIRS: Choice = "theirs"
# The column that names a record for the coach, in order of preference.
LABEL_COLUMNS = ("name", "description", "subject", "title", "label", "text", "code")


@dataclass(frozen=True)
class Conflict:
    """One field in conflict: where, and both values as plain Python values for showing
    (dates as dates, links as the linked record's name)."""

    id: int
    table: str
    uuid: str
    field: str
    record: str  # the record's name (a person's name, an action's description)
    mine: Any
    theirs: Any


def _label(con: Connection, table: Table, uuid: object) -> str:
    column = next((table.c[n] for n in LABEL_COLUMNS if n in table.c), None)
    if column is None or uuid is None:
        return str(uuid or "")
    found = con.scalar(select(column).where(table.c.uuid == str(uuid)))
    return str(found) if found is not None else str(uuid)


def _shown(con: Connection, table: Table, name: str, value: Any) -> Any:
    """A travelled value as the coach reads it."""
    if value is None or name not in table.c:
        if isinstance(value, list):  # children travelling inside their parent
            return "; ".join(str(next((v for k, v in item.items() if k in LABEL_COLUMNS),
                                      item)) if isinstance(item, dict) else str(item)
                             for item in value)
        return value
    column = table.c[name]
    for fk in column.foreign_keys:
        return _label(con, fk.column.table, value)
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return value
    try:
        if kind is datetime:
            return datetime.fromisoformat(str(value))
        if kind is date:
            return date.fromisoformat(str(value))
    except ValueError:
        return value
    return value


def list_conflicts(engine: Engine) -> list[Conflict]:
    """Every open conflict, record by record, in the order they were found."""
    tables = Base.metadata.tables
    found: list[Conflict] = []
    with engine.connect() as con:
        rows = con.execute(select(SyncConflict).order_by(SyncConflict.table_name,
                                                         SyncConflict.uuid, SyncConflict.id))
        for row in rows:
            table = tables.get(row.table_name)
            if table is None:
                continue
            found.append(Conflict(
                row.id, row.table_name, row.uuid, row.field, _label(con, table, row.uuid),
                _shown(con, table, row.field, json.loads(row.mine)),
                _shown(con, table, row.field, json.loads(row.theirs))))
    return found


def resolve(engine: Engine, choices: Mapping[int, Choice]) -> int:
    """Apply the coach's choice per conflict (by id) in one transaction; returns how many
    fields took the team database's value. Conflicts not in `choices` stay open."""
    if not choices:
        return 0
    tables = Base.metadata.tables
    taken = 0
    with engine.begin() as con:
        rows = list(con.execute(select(SyncConflict).where(SyncConflict.id.in_(list(choices)))))
        if len(rows) != len(choices):
            raise NotFoundError("not_found.conflict")
        applier = Applier(con)
        touched: dict[str, set[str]] = {}
        for row in rows:
            table = tables[row.table_name]
            if choices[row.id] == THEIRS:
                _take_theirs(con, applier, table, row.uuid, row.field, json.loads(row.theirs))
                taken += 1
            touched.setdefault(row.table_name, set()).add(row.uuid)
        con.execute(delete(SyncConflict).where(SyncConflict.id.in_(list(choices))))
        for name, uuids in touched.items():
            _mark_changed(con, tables[name], uuids)
    return taken


def _take_theirs(con: Connection, applier: Applier, table: Table, uuid: str, name: str,
                 value: Any) -> None:
    if name in table.c:
        values = applier.values(table, {name: value})
        con.execute(table.update().where(table.c.uuid == uuid).values(values))
    elif table.name in CHILDREN and name == f"{CHILDREN[table.name][0]}s":
        version = con.scalar(select(table.c.version).where(table.c.uuid == uuid))
        applier.apply(table, {"uuid": uuid, name: value}, version=version)


def _mark_changed(con: Connection, table: Table, uuids: set[str]) -> None:
    """The record travels at the next sync, based on the server version it conflicted with."""
    clean = table.c.version == table.c.synced_version
    con.execute(table.update().where(table.c.uuid.in_(sorted(uuids))).values(
        version=case((clean, table.c.version + 1), else_=table.c.version)))
