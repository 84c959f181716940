"""Merge two people (or two organisations) into one, keeping every link; and undo it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import ContactParticipant, Organisation, Person
from coachdesk.domain.errors import NotFoundError, ValidationError
from coachdesk.services.contacts import ORGANISATION, PERSON

# Fields of the kept record that the merge fills in when they are empty.
FILL_PERSON = ("function", "organisation_id", "region_id", "email", "phone", "notes")
FILL_ORGANISATION = ("company_number", "municipality_id", "region_id", "notes")
Snapshot = dict[str, Any]


@dataclass(frozen=True)
class MergeRecord:
    """Everything needed to put both records and their links back as they were."""

    kind: str
    keep_id: int
    kept_before: Snapshot
    dropped: Snapshot
    participants: list[Snapshot] = field(default_factory=list)
    people: list[Snapshot] = field(default_factory=list)


def _snapshot(obj: object) -> Snapshot:
    return {a.key: getattr(obj, a.key) for a in inspect(obj).mapper.column_attrs}


class MergeService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def merge_people(self, keep_id: int, drop_id: int) -> MergeRecord:
        """`drop_id` disappears; its contact moments and details go to `keep_id`."""
        return self._merge(Person, PERSON, keep_id, drop_id, FILL_PERSON)

    def merge_organisations(self, keep_id: int, drop_id: int) -> MergeRecord:
        return self._merge(Organisation, ORGANISATION, keep_id, drop_id, FILL_ORGANISATION)

    def _merge(self, model: type, kind: str, keep_id: int, drop_id: int,
               fill: tuple[str, ...]) -> MergeRecord:
        if keep_id == drop_id:
            raise ValidationError("validation.merge_itself", field="id")
        with self._sf.begin() as s:
            keep, drop = s.get(model, keep_id), s.get(model, drop_id)
            if keep is None or drop is None:
                raise NotFoundError("not_found.record")
            record = MergeRecord(kind, keep_id, _snapshot(keep), _snapshot(drop))
            for name in fill:
                if not getattr(keep, name) and getattr(drop, name):
                    setattr(keep, name, getattr(drop, name))
            self._move_links(s, kind, keep_id, drop_id, record)
            s.delete(drop)
            return record

    def _move_links(self, s: Session, kind: str, keep_id: int, drop_id: int,
                    record: MergeRecord) -> None:
        column = ContactParticipant.person_id if kind == PERSON else ContactParticipant.organisation_id
        rows = s.scalars(select(ContactParticipant).where(column == drop_id)).all()
        already = set(s.scalars(select(ContactParticipant.moment_id).where(column == keep_id)))
        for row in rows:
            record.participants.append(_snapshot(row))
            if row.moment_id in already and (kind == PERSON or row.person_id is None):
                s.delete(row)  # the kept record already takes part in this moment
                continue
            setattr(row, column.key, keep_id)
        if kind == ORGANISATION:
            for person in s.scalars(select(Person).where(Person.organisation_id == drop_id)):
                record.people.append({"id": person.id, "organisation_id": drop_id})
                person.organisation_id = keep_id
        s.flush()

    def undo_merge(self, record: MergeRecord) -> None:
        """Bring the dropped record back with its id and links; restore the kept one."""
        model = Person if record.kind == PERSON else Organisation
        with self._sf.begin() as s:
            keep = s.get(model, record.keep_id)
            if keep is None:
                raise NotFoundError("not_found.record")
            for name, value in record.kept_before.items():
                setattr(keep, name, value)
            s.add(model(**record.dropped))
            s.flush()
            for snap in record.participants:
                row = s.get(ContactParticipant, snap["id"])
                if row is None:
                    s.add(ContactParticipant(**snap))
                else:
                    for name, value in snap.items():
                        setattr(row, name, value)
            for snap in record.people:
                person = s.get(Person, snap["id"])
                if person is not None:
                    person.organisation_id = snap["organisation_id"]
