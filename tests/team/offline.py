"""Offline work on a laptop for the scenario and property tests: edits, additions and
deletions across every kind of record, written through the ORM (so versions and tombstones
are kept exactly as the services keep them)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coachdesk.db.models import (
    Action,
    Assessment,
    Candidacy,
    CandidacyEvent,
    CandidacyMunicipality,
    ContactMoment,
    ContactParticipant,
    Criterion,
    Municipality,
    Organisation,
    Person,
    Proposal,
    ProposalFile,
    ProposalVersion,
    Region,
    ReviewComment,
    Stage,
    StageChange,
)

# The conflicting edits: one text field per kind, the same records on both laptops.
CONFLICT_FIELDS = {Person: "function", ContactMoment: "subject", Action: "description",
                   Organisation: "notes", Region: "next_step"}


@dataclass
class Work:
    """One laptop's offline session: its records to touch (a share of the uuids), a tag that
    makes its values its own, and a random source."""

    tag: str
    mine: Callable[[str], bool]
    rng: random.Random
    done: list[str] = field(default_factory=list)

    pools: dict[type, list[str]] = field(default_factory=dict)
    everyone: dict[type, list[int]] = field(default_factory=dict)

    def pick(self, s: Session, model: type, exclude: set[str] = frozenset()) -> Any:  # type: ignore[assignment]
        """One of this laptop's records of `model` (None when it has none left)."""
        if model not in self.pools:
            self.pools[model] = [u for u in s.scalars(select(model.uuid).order_by(model.id))  # type: ignore[attr-defined]
                                 if self.mine(u) and u not in exclude]
        pool = self.pools[model]
        while pool:
            uuid = self.rng.choice(pool)
            row = s.scalar(select(model).where(model.uuid == uuid))  # type: ignore[attr-defined]
            if row is not None:
                return row
            pool.remove(uuid)
        return None

    def any(self, s: Session, model: type) -> Any:
        """Any record of `model` that was there before the offline work began."""
        if model not in self.everyone:
            self.everyone[model] = list(s.scalars(select(model.id).order_by(model.id)))  # type: ignore[attr-defined]
        ids = self.everyone[model]
        return s.get(model, self.rng.choice(ids)) if ids else None


def conflict_set(s: Session, per_kind: int) -> list[tuple[type, str]]:
    """(model, uuid) of the records both laptops edit, `per_kind` of each conflicting kind."""
    chosen = []
    for model in CONFLICT_FIELDS:
        rows = list(s.scalars(select(model.uuid).order_by(model.uuid)).all())  # type: ignore[attr-defined]
        chosen += [(model, u) for u in rows[:per_kind]]
    return chosen


def edit_conflicts(s: Session, work: Work, chosen: list[tuple[type, str]]) -> None:
    for model, uuid in chosen:
        row = s.scalar(select(model).where(model.uuid == uuid))  # type: ignore[attr-defined]
        setattr(row, CONFLICT_FIELDS[model], f"{work.tag}: {uuid[:8]}")
        work.done.append(f"conflict {model.__name__}")


def _today(work: Work) -> date:
    return date(2026, 1, 1) + timedelta(days=work.rng.randrange(300))


def step(s: Session, work: Work, n: int, avoid: set[str]) -> None:
    """One change of a kind chosen in turn, so every kind is touched."""
    kinds = [_person, _organisation, _moment_edit, _moment_new, _action_new, _action_edit,
             _stage_change, _candidacy, _municipality, _version_new, _review_comment,
             _assessment, _criterion, _region, _proposal, _action_delete, _moment_delete]
    kind = kinds[n % len(kinds)]
    kind(s, work, f"{work.tag}{n}", avoid)
    s.flush()
    work.done.append(kind.__name__)


def _person(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    p = w.pick(s, Person, avoid)
    if p is None or w.rng.random() < 0.3:
        s.add(Person(name=f"Persoon {t}", email=f"{t}@voorbeeld.be"))
    else:
        p.phone = f"014 {w.rng.randrange(10**6):06d}"  # type: ignore[attr-defined]


def _organisation(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    o = w.pick(s, Organisation, avoid)
    if o is None or w.rng.random() < 0.3:
        s.add(Organisation(name=f"Organisatie {t}"))
    else:
        o.company_number = f"0{w.rng.randrange(10**9):09d}"  # type: ignore[attr-defined]


def _moment_edit(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    m = w.pick(s, ContactMoment, avoid)
    if m is not None:
        m.report = f"Verslag {t}"  # type: ignore[attr-defined]


def _moment_new(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    region, person = w.any(s, Region), w.any(s, Person)
    m = ContactMoment(happened_on=_today(w), kind="phone", region_id=region.id,  # type: ignore[attr-defined]
                      subject=f"Gesprek {t}", report="")
    m.participants.append(ContactParticipant(person_id=person.id if person else None))  # type: ignore[attr-defined]
    s.add(m)


def _action_new(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    s.add(Action(region_id=w.any(s, Region).id, description=f"Actie {t}",  # type: ignore[attr-defined]
                 due_on=_today(w)))


def _action_edit(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    a = w.pick(s, Action, avoid)
    if a is not None:
        a.due_on = _today(w)  # type: ignore[attr-defined]


def _action_delete(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    a = w.pick(s, Action, avoid)
    if a is not None:
        s.delete(a)


def _moment_delete(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    m = w.pick(s, ContactMoment, avoid)
    if m is not None:
        s.delete(m)


def _stage_change(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    stage = w.any(s, Stage)
    s.add(StageChange(region_id=w.any(s, Region).id, to_stage_id=stage.id,  # type: ignore[attr-defined]
                      changed_on=_today(w), reason=f"Reden {t}"))


def _candidacy(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    town = w.any(s, Municipality)
    c = Candidacy(region_id=town.region_id, label=f"Kandidaat {t}")  # type: ignore[attr-defined]
    c.members.append(CandidacyMunicipality(municipality_id=town.id, position=0))  # type: ignore[attr-defined]
    c.events.append(CandidacyEvent(status="proposed", happened_on=_today(w), note=t))
    s.add(c)


def _municipality(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    m = w.pick(s, Municipality, avoid)
    if m is not None:
        m.membership_note = f"Noot {t}"  # type: ignore[attr-defined]


def _version_new(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    proposal = w.any(s, Proposal)
    if proposal is None:
        return
    number = (s.scalar(select(func.max(ProposalVersion.number))
                       .where(ProposalVersion.proposal_id == proposal.id)) or 0) + 1  # type: ignore[attr-defined]
    v = ProposalVersion(proposal_id=proposal.id, number=number, received_on=_today(w),  # type: ignore[attr-defined]
                        file_name=f"{t}.pdf", file_size=3, sha256=t)
    s.add(v)
    s.flush()
    s.add(ProposalFile(version_id=v.id, data=t.encode()))


def _review_comment(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    version = w.any(s, ProposalVersion)
    if version is not None:
        s.add(ReviewComment(version_id=version.id, text=f"Opmerking {t}"))  # type: ignore[attr-defined]


def _assessment(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    a = w.pick(s, Assessment, avoid)
    if a is not None:
        a.comment = f"Oordeel {t}"  # type: ignore[attr-defined]


def _criterion(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    c = w.pick(s, Criterion, avoid)
    if c is not None:
        c.description = f"Criterium {t}"  # type: ignore[attr-defined]


def _region(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    r = w.pick(s, Region, avoid)
    if r is not None:
        r.notes = f"Notities {t}"  # type: ignore[attr-defined]


def _proposal(s: Session, w: Work, t: str, avoid: set[str]) -> None:
    p = w.pick(s, Proposal, avoid)
    if p is not None:
        p.partners = f"Partners {t}"  # type: ignore[attr-defined]
