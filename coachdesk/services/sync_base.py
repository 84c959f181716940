"""What both sides of synchronising share: a change as it travels, the three-way merge."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

TOMBSTONE = "tombstone"
Record = dict[str, Any]


@dataclass
class Change:
    table: str
    record: Record
    base: int | None  # the server version this change was based on (None: new)
    local_version: int
    shadow: Record | None  # the record as it was at that version
    # Re-sent after the team database was restored from an older backup (sync_restore.py):
    # the server lacks the record or holds it older than `base`, the version it acknowledged.
    restore: bool = False

    @property
    def key(self) -> str:
        return f"{self.table}/{self.record['uuid']}"


def dumps(value: object) -> str:
    """JSON as stored and sent; names stay readable (not \\u escapes), so erasure finds them."""
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def changes_to_json(changes: list[Change]) -> str:
    return dumps([vars(c) for c in changes])


def changes_from_json(text: str) -> list[Change]:
    return [Change(**c) for c in json.loads(text)]


def tombstone_record(row: Any) -> Record:
    m = row._mapping
    return {"table_name": m["table_name"], "uuid": m["uuid"], "kind": m["kind"],
            "deleted_at": m["deleted_at"].isoformat(sep=" ")}


def merge_fields(base: Record | None, mine: Record, theirs: Record) -> tuple[Record, list[str]]:
    """Three-way merge: (the fields to take from `mine`, the fields changed on both sides).

    Without a base (`None`) a field differing from `theirs` is taken; with an empty base
    (two records made apart that turned out to be one) every differing field is a conflict.
    """
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
