"""Synchronising a laptop database with the team database (docs/SYNC.md).

One exchange: apply the erasures the server knows and the laptop not yet; push the laptop's
changed records (each with the server version it was based on, the whole batch under one id
stored with its contents on the laptop first, so a retried push is the same batch and is
applied once); then pull what changed on the server after the last change number the
laptop saw, in one laptop transaction. Both directions work a table chunk at a time. A field
changed on both sides since the last sync is a conflict: it is recorded on the laptop, and
neither side's value is overwritten.

`progress` is a `domain.progress.ProgressSink`: `report(done, total)` counts records, and
`check()` raises `Cancelled` when the coach cancels (between chunks). A cancelled sync leaves
both databases as a sync that never ran, or as one that finished its push.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Connection, Engine, delete, func, insert, select, text

from coachdesk.db.models import DbMeta, Region, SyncConflict
from coachdesk.db.travel import Codec, travelling_tables
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.ids import new_id
from coachdesk.domain.progress import NoProgress, ProgressSink
from coachdesk.services.erasure_sql import erase_in
from coachdesk.services.sync_base import (
    TOMBSTONE,
    Change,
    Record,
    changes_from_json,
    changes_to_json,
    merge_fields,
)
from coachdesk.services.sync_laptop import Puller, after_push, local_changes, pages
from coachdesk.services.sync_restore import anchor_at, anchor_holds, is_behind, refill_changes
from coachdesk.services.sync_server import erasures_after, finish_erasures, knows_batch, push

__all__ = ["Change", "Record", "SyncResult", "local_changes", "merge_fields", "open_conflicts",
           "push", "synchronise"]

LAST_SEQ = "sync_last_seq"
PENDING_BATCH = "sync_pending_batch"
PENDING_CHANGES = "sync_pending_changes"
ERASURES_SEEN = "sync_erasures_seen"
LAST_BATCH = "sync_last_batch"  # the last batch the server acknowledged
LAST_ANCHOR = "sync_last_anchor"  # "table/uuid": the record that carried the last number
REFILL = "sync_refill"  # "1": the server was restored, this laptop re-sends what it lacks
PENDING_REFILL = "sync_pending_refill"  # "1": the stored pending batch is that refill
ROUNDS = 5  # pushes per sync: a resumed batch, then fresh changes; retries after erasures


@dataclass
class SyncResult:
    sent: int = 0
    received: int = 0
    deleted: int = 0
    conflicts: int = 0
    batch_id: str = ""
    details: list[str] = field(default_factory=list)
    erased: list[str] = field(default_factory=list)  # people erased here by this sync (uuids)
    restored: bool = False  # the server was restored from an older backup: data sent again
    # Records left on this laptop, unsent, because the coach does not coach their region on
    # the team database: region name -> how many (docs/SYNC.md, `sync_held`).
    held: dict[str, int] = field(default_factory=dict)

    @property
    def held_count(self) -> int:
        return sum(self.held.values())


class _Tracker:
    """Records done out of records known so far, reported to the sink."""

    def __init__(self, sink: ProgressSink) -> None:
        self.sink, self.check = sink, sink.check
        self.done = self.total = 0

    def step(self, done: int = 0, total: int = 0) -> None:
        self.done, self.total = self.done + done, self.total + total
        self.sink.report(self.done, max(self.total, self.done))


def _meta(con: Connection, key: str) -> str | None:
    return con.scalar(select(DbMeta.value).where(DbMeta.key == key))


def _set_meta(con: Connection, key: str, value: str | None) -> None:
    con.execute(delete(DbMeta).where(DbMeta.key == key))
    if value is not None:
        con.execute(insert(DbMeta).values(key=key, value=value))


def synchronise(laptop: Engine, server: Engine,
                progress: ProgressSink | None = None) -> SyncResult:
    """Push the laptop's changes, then pull everyone else's; safe to interrupt and repeat."""
    tracker, result = _Tracker(progress or NoProgress()), SyncResult()
    result.restored = _notice_restore(laptop, server)
    for _round in range(ROUNDS):
        tracker.check()
        seen = _apply_new_erasures(laptop, server, result)
        batch_id, changes, resumed, refill = _prepare_batch(laptop, server)
        result.restored = result.restored or refill
        if not changes:
            break
        tracker.step(total=len(changes))
        answer = push(server, batch_id, changes, erasures_seen=seen, check=tracker.check)
        with laptop.begin() as con:
            if "retry" not in answer:  # else an erasure came first: apply it, collect again
                result.conflicts += after_push(con, changes, answer)
                result.held = held_regions(con, answer)  # a later round sends them again
                result.sent += len(changes) - result.held_count
                result.batch_id = batch_id
                _set_meta(con, LAST_BATCH, batch_id)
                if refill:
                    _set_meta(con, REFILL, None)
            for key in (PENDING_BATCH, PENDING_CHANGES, PENDING_REFILL):
                _set_meta(con, key, None)
        tracker.step(done=len(changes))
        if "retry" not in answer and not resumed:
            break
    finish_erasures(server)
    _pull(laptop, server, result, tracker)
    if result.erased:
        _compact(laptop, result)
    return result


def held_regions(con: Connection, answer: dict[str, object]) -> dict[str, int]:
    """How many records the server held back, by the name of their region."""
    answers = cast(dict[str, dict[str, object]], answer.get("answers") or {})
    counts = Counter(str(a.get("region")) for a in answers.values() if a.get("status") == "held")
    names = dict(con.execute(select(Region.uuid, Region.name)
                             .where(Region.uuid.in_(sorted(counts)))).all())
    return dict(sorted((names.get(u, u), n) for u, n in counts.items()))


def _apply_new_erasures(laptop: Engine, server: Engine, result: SyncResult) -> int:
    """Erase here who was erased on the server since the last look; returns that number."""
    with laptop.connect() as con:
        seen = max(int(_meta(con, ERASURES_SEEN) or 0), int(_meta(con, LAST_SEQ) or 0))
    with server.connect() as con:
        uuids, top = erasures_after(con, seen)
    if uuids:
        with laptop.begin() as con:
            if erase_in(con, list(uuids), tombstone_synced=True, when=uuids).people:
                result.erased += list(uuids)
            _set_meta(con, ERASURES_SEEN, str(top))
    return top


def _notice_restore(laptop: Engine, server: Engine) -> bool:
    """Whether the server went back to an older state than this laptop saw (restored from
    a backup); if so, the laptop re-sends what the server lost and pulls everything again."""
    with laptop.connect() as con:
        last, batch = int(_meta(con, LAST_SEQ) or 0), _meta(con, LAST_BATCH)
        anchor = _meta(con, LAST_ANCHOR)
    if not last and not batch:
        return False  # a new laptop, or one that never synchronised
    with server.connect() as con:
        behind = is_behind(_top(con), last, batch is None or knows_batch(con, batch),
                           anchor_holds(con, anchor, last))
    if behind:
        with laptop.begin() as con:
            _set_meta(con, REFILL, "1")
            for key in (LAST_SEQ, ERASURES_SEEN, LAST_BATCH, LAST_ANCHOR):
                _set_meta(con, key, None)
    return behind


def _prepare_batch(laptop: Engine, server: Engine) -> tuple[str, list[Change], bool, bool]:
    """The batch to send: the one a previous sync stored and may have sent, or a new one,
    stored (id and contents) before it is sent; after a restore of the server, the refill.
    Returns (id, changes, resumed, refill)."""
    with laptop.begin() as con:
        batch_id, stored = _meta(con, PENDING_BATCH), _meta(con, PENDING_CHANGES)
        if batch_id and stored:
            return batch_id, changes_from_json(stored), True, _meta(con, PENDING_REFILL) == "1"
        changes, refill = local_changes(con), _meta(con, REFILL) == "1"
        if refill:
            with server.connect() as scon:
                changes = refill_changes(con, scon, changes)
        if not changes:
            _set_meta(con, REFILL, None)
            return "", [], False, refill
        batch_id = new_id()
        _set_meta(con, PENDING_BATCH, batch_id)
        _set_meta(con, PENDING_CHANGES, changes_to_json(changes))
        _set_meta(con, PENDING_REFILL, "1" if refill else None)
        return batch_id, changes, False, refill


def _top(con: Connection) -> int:
    return int(con.scalar(text("SELECT coalesce(max(change_seq), 0) FROM (" + " UNION ALL ".join(
        f"SELECT max(change_seq) AS change_seq FROM {t.name}" for t in travelling_tables())
        + ") AS seqs")) or 0)


def _pull(laptop: Engine, server: Engine, result: SyncResult, tracker: _Tracker) -> None:
    """Everything the server changed after the laptop's last number, read in one snapshot
    up to the highest number committed in it, applied in one laptop transaction."""
    with server.connect() as scon:
        scon.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
        with laptop.connect() as lcon:
            last = int(_meta(lcon, LAST_SEQ) or 0)
        top = _top(scon)
        tables = sorted(travelling_tables(), key=lambda t: t.name == TOMBSTONE)  # deletions last
        wanted = {t.name: (t.c.change_seq > last) & (t.c.change_seq <= top) for t in tables}
        tracker.step(total=sum(int(scon.scalar(select(func.count()).select_from(t)
                                               .where(wanted[t.name])) or 0) for t in tables))
        codec = Codec(scon)
        with laptop.begin() as lcon:
            puller = Puller(lcon)
            for table in tables:
                for rows, records in pages(codec, table, wanted[table.name]):
                    tracker.check()
                    if table.name == TOMBSTONE:
                        puller.tombstones(records)
                    else:
                        puller.records(table, [(r, int(row._mapping["version"]))
                                               for row, r in zip(rows, records)])
                    result.received += len(rows)
                    tracker.step(done=len(rows))
            _set_meta(lcon, LAST_SEQ, str(top))
            _set_meta(lcon, LAST_ANCHOR, anchor_at(scon, top))
            result.deleted += puller.deleted
            result.erased += puller.erased
            result.conflicts = int(lcon.scalar(select(func.count()).select_from(SyncConflict))
                                   or 0)


def _compact(laptop: Engine, result: SyncResult) -> None:
    """After an erasure arrived: no copy of the erased texts in the laptop file's search
    index, free pages or journal (best effort; the window's own erasure checks it)."""
    if laptop.dialect.name != "sqlite":
        return
    from coachdesk.services.erasure import compact

    raw = laptop.raw_connection()
    try:
        compact(cast(sqlite3.Connection, raw.driver_connection))
    except CoachDeskError:
        result.details.append("journal_busy")
    finally:
        raw.close()


def open_conflicts(laptop: Engine) -> int:
    with laptop.connect() as con:
        return int(con.scalar(select(func.count()).select_from(SyncConflict)) or 0)
