"""What synchronising needs from every change: a per-row version and a tombstone per deletion.

Installed once on SQLAlchemy's `Session` class (`install()`, from `db/models`), so every
service gets it without doing anything: a flush that changes a travelling (`Tracked`) record
bumps its `version`; a change to a record that travels inside its parent (a contact moment's
participants, a candidacy's municipalities, a version's file) bumps the parent's; deleting a
travelling record leaves a `Tombstone`. The synchroniser applies what it receives with
`session.info[APPLYING_SYNC] = True`, which turns all of this off for that session.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, event, insert, select
from sqlalchemy.orm import Mapper, Session, object_session

from coachdesk.db.base import Base, Tracked, utcnow

APPLYING_SYNC = "coachdesk.applying_sync"
ERASING = "coachdesk.erasing"  # a session that erases people: their tombstones say "erased"

_installed = False


def _parents() -> dict[type, tuple[type, str]]:
    """Child class -> (parent class, the child's foreign key to it)."""
    from coachdesk.db.models import (
        Candidacy,
        CandidacyMunicipality,
        ContactMoment,
        ContactParticipant,
        ProposalFile,
        ProposalVersion,
    )

    return {
        ContactParticipant: (ContactMoment, "moment_id"),
        CandidacyMunicipality: (Candidacy, "candidacy_id"),
        ProposalFile: (ProposalVersion, "version_id"),
    }


def _bump(obj: Tracked, done: set[int]) -> None:
    if id(obj) not in done:
        done.add(id(obj))
        obj.version = (obj.version or 1) + 1


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(APPLYING_SYNC):
        return
    done: set[int] = set()
    for obj in list(session.dirty):
        if isinstance(obj, Tracked) and session.is_modified(obj):
            _bump(obj, done)
    parents = _parents()
    for obj in [*session.new, *session.dirty, *session.deleted]:
        link = parents.get(type(obj))
        if link is None:
            continue
        parent_id = getattr(obj, link[1])  # None for a child added through the parent's list,
        parent = session.get(link[0], parent_id) if parent_id is not None else None
        # whose parent is then dirty itself
        if parent is not None and parent not in session.new and parent not in session.deleted:
            _bump(parent, done)


def _after_delete(_mapper: Mapper[Any], connection: Any, target: Any) -> None:
    if not isinstance(target, Tracked):
        return
    session = object_session(target)
    if session is not None and session.info.get(APPLYING_SYNC):
        return
    from coachdesk.db.models import Tombstone

    kind = "erased" if session is not None and session.info.get(ERASING) else "deleted"
    table_name = str(getattr(target, "__tablename__"))
    # A record deleted, brought back by undo and deleted again has one tombstone.
    connection.execute(delete(Tombstone).where(Tombstone.table_name == table_name,
                                               Tombstone.uuid == target.uuid))
    connection.execute(insert(Tombstone).values(
        table_name=table_name, uuid=target.uuid, kind=kind, deleted_at=utcnow()))


def _after_insert(_mapper: Mapper[Any], connection: Any, target: Any) -> None:
    """Undo brought a deleted record back: its deletion, not yet sent, is forgotten."""
    if not isinstance(target, Tracked):
        return
    session = object_session(target)
    if session is not None and session.info.get(APPLYING_SYNC):
        return
    from coachdesk.db.models import Tombstone

    unsent = (Tombstone.table_name == str(getattr(target, "__tablename__")),
              Tombstone.uuid == target.uuid, Tombstone.synced_version.is_(None))
    # Read first: nearly every insert has no tombstone, and then nothing is written.
    if connection.scalar(select(Tombstone.id).where(*unsent)) is not None:
        connection.execute(delete(Tombstone).where(*unsent))


def install() -> None:
    """Listen on every session and every mapped class (idempotent)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Base, "after_delete", _after_delete, propagate=True)
    event.listen(Base, "after_insert", _after_insert, propagate=True)
    _installed = True
