"""Candidate network leaders of a region: one municipality or a cooperation, and their statuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from coachdesk.db.models import Candidacy, CandidacyEvent, CandidacyMunicipality, Municipality
from coachdesk.domain.errors import NotFoundError, ValidationError
from coachdesk.domain.vocabulary import CandidacyStatus


@dataclass(frozen=True)
class CandidacyEventRow:
    id: int
    status: CandidacyStatus
    on: date
    note: str


@dataclass(frozen=True)
class CandidacyRow:
    id: int
    region_id: int
    name: str  # the label, or the member municipalities joined by " + "
    members: tuple[str, ...]
    member_ids: tuple[int, ...]
    status: CandidacyStatus
    status_date: date | None
    rationale: str
    events: tuple[CandidacyEventRow, ...]


@dataclass(frozen=True)
class StatusUndo:
    """What a status change replaced; `CandidacyService.revert_status` puts it back."""

    candidacy_id: int
    event_id: int
    status: str
    status_date: date | None
    decision_date: date | None


def candidacy_name(label: str, members: list[str] | tuple[str, ...]) -> str:
    return label.strip() or " + ".join(members)


class CandidacyService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def candidacies(self, region_id: int) -> list[CandidacyRow]:
        with self._sf() as s:
            q = (select(Candidacy).where(Candidacy.region_id == region_id)
                 .options(selectinload(Candidacy.members), selectinload(Candidacy.events))
                 .order_by(Candidacy.id))
            found = list(s.scalars(q))
            ids = {m.municipality_id for c in found for m in c.members}
            names = dict(s.execute(
                select(Municipality.id, Municipality.name).where(Municipality.id.in_(ids))
            ).all())
            return [_row(c, names) for c in found]

    def leaders(self) -> dict[int, str]:
        """Each region's accepted candidacy (its promotor), by region id."""
        with self._sf() as s:
            return leaders(s)

    def add(self, region_id: int, municipality_ids: list[int], label: str,
            status: CandidacyStatus, on: date | None, rationale: str,
            today: date | None = None) -> int:
        if not municipality_ids:
            raise ValidationError("validation.no_municipality", field="members",
                                  rule="required")
        _check_date(on, today or date.today())
        with self._sf.begin() as s:
            if status is CandidacyStatus.ACCEPTED:
                _check_single_accepted(s, region_id, None)
            c = Candidacy(region_id=region_id, label=label.strip(), status=status.value,
                          status_date=on, rationale=rationale.strip(),
                          decision_date=on if _decisive(status) else None)
            c.members = [CandidacyMunicipality(municipality_id=m, position=i)
                         for i, m in enumerate(municipality_ids)]
            c.events = [CandidacyEvent(status=status.value, happened_on=on, note=rationale.strip())]
            s.add(c)
            s.flush()
            return c.id

    def remove(self, candidacy_id: int) -> None:
        """Remove a candidacy with its history (undo of adding it)."""
        with self._sf.begin() as s:
            s.delete(_get(s, candidacy_id))

    def set_status(self, candidacy_id: int, status: CandidacyStatus, on: date | None,
                   note: str, today: date | None = None) -> StatusUndo:
        """Record a new status with its date and rationale; returns what it replaced."""
        _check_date(on, today or date.today())
        with self._sf.begin() as s:
            c = _get(s, candidacy_id)
            if status is CandidacyStatus.ACCEPTED:
                _check_single_accepted(s, c.region_id, c.id)
            if c.status_date is not None and on < c.status_date:  # type: ignore[operator]
                raise ValidationError("validation.before_previous_status",
                                      field="on", rule="before_previous", previous=c.status_date)
            before = (c.status, c.status_date, c.decision_date)
            event = CandidacyEvent(status=status.value, happened_on=on, note=note.strip())
            c.events.append(event)
            c.status, c.status_date = status.value, on
            if note.strip():
                c.rationale = note.strip()
            if _decisive(status):
                c.decision_date = on
            s.flush()
            return StatusUndo(c.id, event.id, *before)

    def revert_status(self, undo: StatusUndo) -> None:
        with self._sf.begin() as s:
            c = _get(s, undo.candidacy_id)
            event = s.get(CandidacyEvent, undo.event_id)
            if event is not None:
                c.events.remove(event)
            c.status, c.status_date = undo.status, undo.status_date
            c.decision_date = undo.decision_date
            last_note = next((e.note for e in reversed(c.events) if e.note), "")
            c.rationale = last_note


def leaders(s: Session, region_ids: list[int] | None = None) -> dict[int, str]:
    """Region id -> the name of its accepted candidacy (the network leader, or promotor)."""
    q = select(Candidacy).where(Candidacy.status == CandidacyStatus.ACCEPTED.value)
    if region_ids is not None:
        q = q.where(Candidacy.region_id.in_(region_ids))
    found = list(s.scalars(q.options(selectinload(Candidacy.members))))
    ids = {m.municipality_id for c in found for m in c.members}
    names = dict(s.execute(
        select(Municipality.id, Municipality.name).where(Municipality.id.in_(ids))
    ).all())
    return {c.region_id: candidacy_name(c.label, [names[m.municipality_id] for m in c.members])
            for c in found}


def _row(c: Candidacy, names: dict[int, str]) -> CandidacyRow:
    members = tuple(names[m.municipality_id] for m in c.members)
    events = tuple(CandidacyEventRow(e.id, CandidacyStatus(e.status), e.happened_on, e.note)
                   for e in c.events)
    return CandidacyRow(c.id, c.region_id, candidacy_name(c.label, members), members,
                        tuple(m.municipality_id for m in c.members), CandidacyStatus(c.status),
                        c.status_date, c.rationale, events)


def _get(s: Session, candidacy_id: int) -> Candidacy:
    c = s.get(Candidacy, candidacy_id)
    if c is None:
        raise NotFoundError("not_found.candidacy")
    return c


def _decisive(status: CandidacyStatus) -> bool:
    return status in (CandidacyStatus.ACCEPTED, CandidacyStatus.DECLINED)


def _check_date(on: date | None, today: date) -> None:
    if on is None:
        raise ValidationError("validation.date_required", field="on", rule="required")
    if on > today:
        raise ValidationError("validation.date_future", field="on", rule="future")


def _check_single_accepted(s: Session, region_id: int, except_id: int | None) -> None:
    q = select(Candidacy).where(Candidacy.region_id == region_id,
                                Candidacy.status == CandidacyStatus.ACCEPTED.value)
    other = next((c for c in s.scalars(q) if c.id != except_id), None)
    if other is not None:
        raise ValidationError("validation.one_accepted",
                              field="status", rule="one_accepted", other=other.id)
