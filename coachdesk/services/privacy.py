"""GDPR: export everything stored about one person; erase a person from the whole file."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import (
    Action,
    ContactMoment,
    ContactParticipant,
    ErasureRecord,
    Organisation,
    Person,
    Region,
)
from coachdesk.domain.errors import NotFoundError
from coachdesk.domain.scrub import Identity, Scrubber
from coachdesk.services.erasure import (
    ErasureError,
    checkpoint_possible,
    compact,
    erase_people,
)
from coachdesk.services.erasure_files import (
    add_to_ledger,
    read_ledger,
    remove_scrub_leftovers,
    scrub_backups,
    set_pending,
    write_private,
)
from coachdesk.services.erasure_sql import erase_in

EXPORT_FORMAT = "coachdesk-person-export"


@dataclass(frozen=True)
class ErasureResult:
    moments_kept: int
    texts_scrubbed: int
    backups_scrubbed: int = 0
    backups_deleted: tuple[str, ...] = ()  # names of backups that could not be scrubbed


class PrivacyService:
    def __init__(self, session_factory: sessionmaker[Session], engine: Engine, db_path: Path,
                 backup_dir: Path) -> None:
        self._sf = session_factory
        self._engine = engine
        self._path = Path(db_path)
        self._backup_dir = Path(backup_dir)

    def person_data(self, person_id: int) -> dict[str, Any]:
        """Everything stored about a person, as plain data; other people's names scrubbed."""
        with self._sf() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError("not_found.person", id=person_id)
            org = s.get(Organisation, person.organisation_id) if person.organisation_id else None
            region = s.get(Region, person.region_id) if person.region_id else None
            moments = s.execute(
                select(ContactMoment, Region.name)
                .outerjoin(Region, Region.id == ContactMoment.region_id)
                .where(ContactMoment.id.in_(select(ContactParticipant.moment_id)
                                            .where(ContactParticipant.person_id == person_id)))
                .order_by(ContactMoment.happened_on)).all()
            me = Identity(person.name, person.email, person.phone)
            finder = Scrubber([me], _identities(s, person_id))
            # Reports also name third parties: they are not this person's data to hand out.
            third = Scrubber(_identities(s, person_id), [me])
            taking_part = {m.id for m, _rn in moments}
            mentions = [{"id": a.id, "description": third.scrub(a.description),
                         "owner": third.scrub(a.owner), "due_on": a.due_on, "status": a.status}
                        for a in s.scalars(select(Action).order_by(Action.id))
                        if finder.mentions(a.owner) or finder.mentions(a.description)]
            mentioned = [{"date": m.happened_on, "subject": third.scrub(m.subject),
                          "report": third.scrub(m.report)}
                         for m in s.scalars(select(ContactMoment).order_by(
                             ContactMoment.happened_on, ContactMoment.id))
                         if m.id not in taking_part
                         and (finder.mentions(m.subject) or finder.mentions(m.report))]
            return {
                "format": EXPORT_FORMAT, "exported_at": datetime.now().isoformat(timespec="seconds"),
                "person": {"id": person.uuid, "name": person.name, "function": person.function,
                           "organisation": org.name if org else "",
                           "region": region.name if region else "", "email": person.email,
                           "phone": person.phone, "notes": person.notes,
                           "legal_basis": person.legal_basis,
                           "created_at": person.created_at, "updated_at": person.updated_at},
                "contact_moments": [
                    {"id": m.uuid, "date": m.happened_on, "kind": m.kind, "region": rn or "",
                     "subject": third.scrub(m.subject), "report": third.scrub(m.report)}
                    for m, rn in moments],
                "actions_mentioning": mentions,
                "contact_moments_mentioning": mentioned,
            }

    def export_person(self, person_id: int, path: Path) -> Path:
        """Write the person's data as JSON: a new private file (mkstemp, 0600), then renamed."""
        data = self.person_data(person_id)
        path = Path(path)
        text = json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable)
        write_private(path, text.encode("utf-8"))
        return path

    def erase_person(self, person_id: int) -> ErasureResult:
        """Erase a person from the database, its search index and journal, and every backup.

        Their contact moments stay (anonymised, organisation kept). The person's ID goes into
        the ledger beside the database first, so a restore can never bring them back, and an
        erasure interrupted half-way is finished at the next start (`resume`).
        """
        with self._sf() as s:
            uuid = s.scalar(select(Person.uuid).where(Person.id == person_id))
        if uuid is None:
            raise NotFoundError("not_found.person", id=person_id)
        if self._engine.dialect.name != "sqlite":  # the team database: no file, no backups
            with self._engine.begin() as team:
                done = erase_in(team, [uuid], bump=True)
            return ErasureResult(done.moments_kept, done.texts_scrubbed)
        raw = self._engine.raw_connection()
        try:
            con = cast(sqlite3.Connection, raw.driver_connection)
            if not checkpoint_possible(con):
                raise ErasureError("erasure.busy", kind="busy")
            add_to_ledger(self._path, [uuid])
            erased = erase_people(con, [uuid])
            emptied = _compacted(con)
        finally:
            raw.close()
        backups = scrub_backups(self._backup_dir, [uuid])
        if not emptied:  # the ledger stays pending: the next start empties the journal
            raise ErasureError("erasure.journal_busy", kind="journal_busy")
        set_pending(self._path, False)
        return ErasureResult(erased.moments_kept, erased.texts_scrubbed, len(backups.scrubbed),
                             tuple(p.name for p in backups.deleted))

    def resume(self) -> ErasureResult | None:
        """Finish an erasure that was interrupted (killed, or the journal was busy)."""
        ledger = read_ledger(self._path)
        if not ledger.pending:
            return None
        raw = self._engine.raw_connection()
        try:
            con = cast(sqlite3.Connection, raw.driver_connection)
            erased = erase_people(con, ledger.people)
            compact(con)
        finally:
            raw.close()
        backups = scrub_backups(self._backup_dir, ledger.people)
        set_pending(self._path, False)
        return ErasureResult(erased.moments_kept, erased.texts_scrubbed, len(backups.scrubbed),
                             tuple(p.name for p in backups.deleted))

    def tidy(self) -> ErasureResult | None:
        """At start: finish an interrupted erasure, remove half-scrubbed backup copies."""
        remove_scrub_leftovers(self._backup_dir)
        return self.resume()

    def erasure_count(self) -> int:
        with self._sf() as s:
            return len(s.scalars(select(ErasureRecord.id)).all())


def _compacted(con: Any) -> bool:
    """Index rebuilt, file vacuumed and journal emptied; False when the journal stayed busy."""
    try:
        compact(con)
    except ErasureError:
        return False
    return True


def _identities(s: Session, except_id: int) -> list[Identity]:
    """Everybody but one person, replaced by the neutral word."""
    return [Identity(name, email, phone) for name, email, phone in s.execute(
        select(Person.name, Person.email, Person.phone).where(Person.id != except_id))]


def _jsonable(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return str(value)
