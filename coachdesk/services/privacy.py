"""GDPR: export everything stored about one person; erase a person from the whole file."""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, String, Text, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.base import Base
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
from coachdesk.domain.names import name_variants
from coachdesk.services.logbook import ANONYMISED

EXPORT_FORMAT = "coachdesk-person-export"


@dataclass(frozen=True)
class ErasureResult:
    moments_kept: int
    texts_scrubbed: int


class PrivacyService:
    def __init__(self, session_factory: sessionmaker[Session], engine: Engine) -> None:
        self._sf = session_factory
        self._engine = engine

    def person_data(self, person_id: int) -> dict[str, Any]:
        """Everything stored about a person, as plain data."""
        with self._sf() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError("This person no longer exists.", id=person_id)
            org = s.get(Organisation, person.organisation_id) if person.organisation_id else None
            region = s.get(Region, person.region_id) if person.region_id else None
            moments = s.execute(
                select(ContactMoment, Region.name)
                .outerjoin(Region, Region.id == ContactMoment.region_id)
                .where(ContactMoment.id.in_(select(ContactParticipant.moment_id)
                                            .where(ContactParticipant.person_id == person_id)))
                .order_by(ContactMoment.happened_on)).all()
            mentions = _mentions(s, person.name)
            taking_part = {m.id for m, _rn in moments}
            mentioned = [m for m in _moments_mentioning(s, person.name) if m["id"] not in taking_part]
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
                     "subject": m.subject, "report": m.report} for m, rn in moments],
                "actions_mentioning": mentions,
                "contact_moments_mentioning": [{k: v for k, v in m.items() if k != "id"}
                                               for m in mentioned],
            }

    def export_person(self, person_id: int, path: Path) -> Path:
        """Write the person's data as JSON: to a temporary name first, then renamed; 0600."""
        data = self.person_data(person_id)
        path = Path(path)
        tmp = path.with_name(f".{path.name}.tmp")
        fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2, default=_jsonable)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        return path

    def erase_person(self, person_id: int) -> ErasureResult:
        """Remove the person; keep their moments (anonymised, organisation kept); scrub text."""
        with self._sf.begin() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError("This person no longer exists.", id=person_id)
            secrets = [v for v in (*name_variants(person.name), person.email, person.phone) if v]
            rows = s.scalars(select(ContactParticipant)
                             .where(ContactParticipant.person_id == person_id)).all()
            for row in rows:
                row.person_id, row.anonymised = None, True
                row.organisation_id = row.organisation_id or person.organisation_id
            kept = len({r.moment_id for r in rows})
            s.delete(person)
            s.flush()
            scrubbed = _scrub_everywhere(s, secrets)
            s.add(ErasureRecord(moments_kept=kept))
        self._compact()
        return ErasureResult(kept, scrubbed)

    def erasure_count(self) -> int:
        with self._sf() as s:
            return len(s.scalars(select(ErasureRecord.id)).all())

    def _compact(self) -> None:
        """Leave no copy of erased text in the index, the WAL or free pages of the file."""
        with self._engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute("INSERT INTO contact_moment_fts(contact_moment_fts) VALUES('rebuild')")
            raw.execute("INSERT INTO contact_moment_fts(contact_moment_fts) VALUES('optimize')")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _mentions(s: Session, name: str) -> list[dict[str, Any]]:
    q = select(Action).where(or_(*[c.ilike(f"%{v}%") for v in name_variants(name)
                                   for c in (Action.owner, Action.description)]))
    return [{"id": a.id, "description": a.description, "owner": a.owner, "due_on": a.due_on,
             "status": a.status} for a in s.scalars(q)]


def _moments_mentioning(s: Session, name: str) -> list[dict[str, Any]]:
    """Contact moments whose subject or report names the person."""
    q = select(ContactMoment).where(or_(*[c.ilike(f"%{v}%") for v in name_variants(name)
                                          for c in (ContactMoment.subject, ContactMoment.report)]))
    return [{"id": m.id, "uuid": m.uuid, "date": m.happened_on, "subject": m.subject,
             "report": m.report} for m in s.scalars(q)]


def _scrub_everywhere(s: Session, secrets: list[str]) -> int:
    """Replace the secrets in every text column of every table; returns the cells changed."""
    # Whole words only: erasing "Jan Mol" must not maim "Jan Molenaar".
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in secrets) + r")(?!\w)",
                         re.IGNORECASE)
    changed = 0
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, (String, Text))
                   and c.name != "uuid" and not c.primary_key]
        pk = list(table.primary_key.columns)
        if not columns or len(pk) != 1:
            continue
        for column in columns:
            hits = s.execute(select(pk[0], column).where(
                or_(*[column.ilike(f"%{v}%") for v in secrets]))).all()
            for key, value in hits:
                clean = pattern.sub(ANONYMISED, value)
                if clean != value:
                    s.execute(update(table).where(pk[0] == key).values({column.name: clean}))
                    changed += 1
    return changed


def _jsonable(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)  # type: ignore[arg-type]
    return str(value)
