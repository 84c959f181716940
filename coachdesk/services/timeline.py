"""A region's whole story in one list, newest first, and the people and organisations around it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import (
    Action,
    Assessment,
    ContactMoment,
    ContactParticipant,
    Organisation,
    Person,
    Proposal,
    ProposalVersion,
    ReviewComment,
    Stage,
    StageChange,
)
from coachdesk.domain.vocabulary import ActionStatus
from coachdesk.services.progress import evidence_labels

# Timeline kinds, in the order the filter offers them.
STAGE, MOMENT, ACTION_CREATED, ACTION_DONE, VERSION, REVIEW = (
    "stage", "moment", "action_created", "action_done", "version", "review")
KINDS = (STAGE, MOMENT, ACTION_CREATED, ACTION_DONE, VERSION, REVIEW)
EXCERPT = 160


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    kind: str  # one of KINDS
    title: str  # a subject, a description, "from → to", or a version number
    detail: str  # a reason, an excerpt of a report, an owner
    code: str  # a sub-kind: the contact kind, or "correction"/"corrected" for stage entries
    ref_id: int
    evidence: str = ""  # a stage change's evidence: "dd/mm/yyyy subject" or "v2"


@dataclass(frozen=True)
class RegionContact:
    kind: str  # "person" or "organisation"
    id: int
    name: str
    function: str
    organisation: str
    email: str
    phone: str
    moments: int  # contact moments of this region they took part in
    last_contact: date | None


class TimelineService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def entries(self, region_id: int, limit: int | None = None) -> list[TimelineEntry]:
        """The region's story, newest first; `limit` gives only the newest entries, quickly."""
        with self._sf() as s:
            found = _stage_entries(s, region_id) + _moment_entries(s, region_id, limit)
            found += _action_entries(s, region_id, limit) + _proposal_entries(s, region_id)
        found.sort(key=lambda e: (e.on, KINDS.index(e.kind), e.ref_id), reverse=True)
        return found[:limit] if limit else found

    def contacts(self, region_id: int) -> list[RegionContact]:
        with self._sf() as s:
            return _people(s, region_id) + _organisations(s, region_id)


def _stage_entries(s: Session, region_id: int) -> list[TimelineEntry]:
    names = dict(s.execute(select(Stage.id, Stage.name)).all())
    rows = s.execute(select(StageChange.id, StageChange.changed_on, StageChange.from_stage_id,
                            StageChange.to_stage_id, StageChange.reason, StageChange.corrects_id)
                     .where(StageChange.region_id == region_id)).all()
    corrected = {c for *_r, c in rows if c is not None}
    evidence = evidence_labels(s, region_id)
    found = []
    for i, on, from_id, to_id, reason, corrects in rows:
        title = f"{names[from_id]} → {names[to_id]}" if from_id else names[to_id]
        code = "corrected" if i in corrected else ("correction" if corrects else "")
        found.append(TimelineEntry(on, STAGE, title, reason, code, i, evidence.get(i, "")))
    return found


def _moment_entries(s: Session, region_id: int, limit: int | None) -> list[TimelineEntry]:
    q = (select(ContactMoment.id, ContactMoment.happened_on, ContactMoment.kind,
                ContactMoment.subject, func.substr(ContactMoment.report, 1, EXCERPT))
         .where(ContactMoment.region_id == region_id)
         .order_by(ContactMoment.happened_on.desc(), ContactMoment.id.desc()).limit(limit))
    return [TimelineEntry(on, MOMENT, subject, " ".join((report or "").split()), kind, i)
            for i, on, kind, subject, report in s.execute(q)]


def _action_entries(s: Session, region_id: int, limit: int | None) -> list[TimelineEntry]:
    columns = (Action.id, Action.description, Action.owner)
    created = (select(*columns, Action.created_at, Action.due_on)
               .where(Action.region_id == region_id)
               .order_by(Action.created_at.desc()).limit(limit))
    done = (select(*columns, Action.done_on)
            .where(Action.region_id == region_id, Action.status == ActionStatus.DONE.value,
                   Action.done_on.is_not(None))
            .order_by(Action.done_on.desc()).limit(limit))
    found = [TimelineEntry(stamp.date(), ACTION_CREATED, text, owner,
                           due.isoformat() if due else "", i)
             for i, text, owner, stamp, due in s.execute(created)]
    found += [TimelineEntry(on, ACTION_DONE, text, owner, "", i)
              for i, text, owner, on in s.execute(done) if on is not None]
    return found


def _proposal_entries(s: Session, region_id: int) -> list[TimelineEntry]:
    versions = s.execute(
        select(ProposalVersion.id, ProposalVersion.number, ProposalVersion.received_on,
               ProposalVersion.file_name)
        .join(Proposal).where(Proposal.region_id == region_id)).all()
    found = [TimelineEntry(on, VERSION, str(n), name, "", i) for i, n, on, name in versions]
    ids = [v[0] for v in versions]
    if not ids:
        return found
    numbers = {v[0]: v[1] for v in versions}
    rated = dict(s.execute(
        select(Assessment.version_id, func.count()).where(
            Assessment.version_id.in_(ids), Assessment.rating.is_not(None))
        .group_by(Assessment.version_id)).all())
    comments = dict(s.execute(
        select(ReviewComment.version_id, func.count()).where(ReviewComment.version_id.in_(ids))
        .group_by(ReviewComment.version_id)).all())
    when = _review_dates(s, ids)
    for vid, on in when.items():
        found.append(TimelineEntry(on, REVIEW, str(numbers[vid]),
                                   f"{rated.get(vid, 0)}/{comments.get(vid, 0)}", "", vid))
    return found


def _review_dates(s: Session, ids: list[int]) -> dict[int, date]:
    when: dict[int, date] = {}
    for model in (Assessment, ReviewComment):
        q = (select(model.version_id, func.max(model.updated_at))
             .where(model.version_id.in_(ids)).group_by(model.version_id))
        for vid, stamp in s.execute(q):
            if stamp is not None:
                when[vid] = max(when.get(vid, stamp.date()), stamp.date())
    return when


def _people(s: Session, region_id: int) -> list[RegionContact]:
    took_part = {pid: (n, last) for pid, n, last in s.execute(
        select(ContactParticipant.person_id, func.count(func.distinct(ContactMoment.id)),
               func.max(ContactMoment.happened_on))
        .join(ContactMoment, ContactMoment.id == ContactParticipant.moment_id)
        .where(ContactMoment.region_id == region_id, ContactParticipant.person_id.is_not(None))
        .group_by(ContactParticipant.person_id))}
    local_orgs = select(Organisation.id).where(Organisation.region_id == region_id)
    q = (select(Person.id, Person.name, Person.function, Organisation.name, Person.email,
                Person.phone)
         .outerjoin(Organisation, Organisation.id == Person.organisation_id)
         .where(or_(Person.region_id == region_id, Person.organisation_id.in_(local_orgs),
                    Person.id.in_(list(took_part))))
         .order_by(Person.name))
    return [RegionContact("person", i, name, function, org or "", email, phone,
                          *took_part.get(i, (0, None)))
            for i, name, function, org, email, phone in s.execute(q)]


def _organisations(s: Session, region_id: int) -> list[RegionContact]:
    took_part = {oid: (n, last) for oid, n, last in s.execute(
        select(ContactParticipant.organisation_id, func.count(func.distinct(ContactMoment.id)),
               func.max(ContactMoment.happened_on))
        .join(ContactMoment, ContactMoment.id == ContactParticipant.moment_id)
        .where(ContactMoment.region_id == region_id,
               ContactParticipant.organisation_id.is_not(None))
        .group_by(ContactParticipant.organisation_id))}
    q = (select(Organisation.id, Organisation.name)
         .where(or_(Organisation.region_id == region_id, Organisation.id.in_(list(took_part))))
         .order_by(Organisation.name))
    return [RegionContact("organisation", i, name, "", "", "", "", *took_part.get(i, (0, None)))
            for i, name in s.execute(q)]
