"""A region's whole story in one list, newest first, and the people and organisations around it.

The story is paged from the database like the Logboek: the long sources (contact moments,
actions) are read a window at a time after the last entry shown, the short ones (stage
changes, proposal versions and reviews, membership changes, candidacy decisions) whole, and
the search runs in the database over everything, not over what has arrived.
"""

from __future__ import annotations

from typing import Any

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import (
    Action,
    Assessment,
    Candidacy,
    CandidacyEvent,
    CandidacyMunicipality,
    ContactMoment,
    ContactParticipant,
    Municipality,
    Organisation,
    Person,
    Proposal,
    ProposalVersion,
    ReviewComment,
    Stage,
    StageChange,
)
from coachdesk.domain.vocabulary import ActionStatus, CandidacyStatus
from coachdesk.services.candidacies import candidacy_name
from coachdesk.services.overview import day as day_of
from coachdesk.services.progress import evidence_labels

# Timeline kinds, in the order the filter offers them (and entries of one day are sorted).
STAGE, MOMENT, ACTION_CREATED, ACTION_DONE, VERSION, REVIEW, MEMBERSHIP, CANDIDACY = (
    "stage", "moment", "action_created", "action_done", "version", "review", "membership",
    "candidacy")
KINDS = (STAGE, MOMENT, ACTION_CREATED, ACTION_DONE, VERSION, REVIEW, MEMBERSHIP, CANDIDACY)
EXCERPT = 160
PAGE = 200
DECISIONS = (CandidacyStatus.ACCEPTED.value, CandidacyStatus.DECLINED.value)

Key = tuple[date, int, int]  # (date, kind's place in KINDS, ref_id): where a page ends


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    kind: str  # one of KINDS
    title: str  # a subject, a description, "from → to", a version number, a municipality
    detail: str  # a reason, an excerpt of a report, an owner, a note
    code: str  # a sub-kind: the contact kind, a status, or "correction"/"corrected" (stages)
    ref_id: int
    evidence: str = ""  # a stage change's evidence: "dd/mm/yyyy subject" or "v2"

    @property
    def key(self) -> Key:
        return (self.on, KINDS.index(self.kind), self.ref_id)


@dataclass(frozen=True)
class TimelineQuery:
    """Which entries: `kinds` (empty: all); `search` text, matched in the database against
    titles, details and dates; `labelled` are (kind, code) pairs whose shown label matches
    the search (the window knows the labels: "Regio-overleg", "Actie afgerond")."""

    kinds: frozenset[str] = frozenset()
    search: str = ""
    labelled: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def wants(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds


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

    def page(self, region_id: int, query: TimelineQuery = TimelineQuery(),
             after: Key | None = None, limit: int | None = PAGE) -> list[TimelineEntry]:
        """Up to `limit` entries matching `query`, newest first, after the entry keyed `after`."""
        with self._sf() as s:
            found: list[TimelineEntry] = []
            floor: date | None = None  # nothing older can be on this page
            for kind, read in ((MOMENT, _moment_entries), (ACTION_CREATED, _created_entries),
                               (ACTION_DONE, _done_entries)):
                if query.wants(kind):
                    got = read(s, region_id, query, after, limit)
                    found += got
                    if limit and len(got) >= limit:  # a full page: the page ends at or above it
                        floor = max(floor or got[-1].on, got[-1].on)
            found += [e for e in _short_entries(s, region_id, query, floor)
                      if (after is None or e.key < after) and _matches(e, query)]
        found.sort(key=lambda e: e.key, reverse=True)
        return found[:limit] if limit else found

    def entries(self, region_id: int, limit: int | None = None) -> list[TimelineEntry]:
        """The region's story, newest first; `limit` gives only the newest entries."""
        return self.page(region_id, limit=limit)

    def contacts(self, region_id: int) -> list[RegionContact]:
        with self._sf() as s:
            return _people(s, region_id) + _organisations(s, region_id)


def _short_entries(s: Session, region_id: int, query: TimelineQuery,
                   since: date | None = None) -> list[TimelineEntry]:
    """The short sources whole; `since`: only what happened that day or later (proposal
    versions and reviews, hundreds in a busy region, are then filtered in the database)."""
    found: list[TimelineEntry] = []
    if query.wants(STAGE):
        found += _stage_entries(s, region_id)
    if query.wants(VERSION) or query.wants(REVIEW):
        found += [e for e in _proposal_entries(s, region_id, since) if query.wants(e.kind)]
    if query.wants(MEMBERSHIP):
        found += _membership_entries(s, region_id)
    if query.wants(CANDIDACY):
        found += _candidacy_entries(s, region_id)
    return found


def _words(search: str) -> list[str]:
    return search.casefold().split()


def _matches(e: TimelineEntry, query: TimelineQuery) -> bool:
    """A short entry matches when every word is in its texts, its date or its label."""
    words = _words(query.search)
    if not words:
        return True
    text = " ".join((e.title, e.detail, e.evidence, f"{e.on:%d/%m/%Y}")).casefold()
    return all(w in text for w in words) or (
        (e.kind, e.code) in query.labelled and len(words) == 1)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _searched(s: Session, columns: list[Any], day, kind: str, code,  # type: ignore[no-untyped-def]
              query: TimelineQuery):
    """SQL: every word in one of `columns` or the date, or the kind's label matches."""
    words = _words(query.search)
    if not words:
        return literal(True)
    shown = _shown_date(s, day)
    every = and_(*(or_(*(func.lower(c).like(_like(w), escape="\\") for c in [*columns, shown]))
                   for w in words))
    codes = [c for k, c in query.labelled if k == kind]
    if codes and len(words) == 1:
        return or_(every, code.in_(codes))
    return every


def _shown_date(s: Session, day):  # type: ignore[no-untyped-def]
    """SQL: a date as the window shows it (dd/mm/yyyy), on either engine."""
    if s.get_bind().dialect.name == "sqlite":
        return func.strftime(literal("%d/%m/%Y"), day)
    return func.to_char(day, literal("DD/MM/YYYY"))


def _after(day, kind: str, ref, after: Key | None):  # type: ignore[no-untyped-def]
    """SQL: the entries of `kind` that sort after the key (newest first).

    Always bounded by `day <= on` too, so the region-and-day indexes (migration 0004) start
    their walk at the key instead of at the newest entry."""
    if after is None:
        return literal(True)
    on, place, ref_id = after
    mine = KINDS.index(kind)
    if mine < place:
        return day <= on
    if mine > place:
        return day < on
    return and_(day <= on, or_(day < on, and_(day == on, ref < ref_id)))


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


def _moment_entries(s: Session, region_id: int, query: TimelineQuery, after: Key | None,
                    limit: int | None) -> list[TimelineEntry]:
    """Walks ix_contact_moment_region_day newest first and stops after `limit`."""
    m = ContactMoment
    q = (select(m.id, m.happened_on, m.kind, m.subject, func.substr(m.report, 1, EXCERPT))
         .where(m.region_id == region_id, _after(m.happened_on, MOMENT, m.id, after),
                _searched(s, [m.subject, m.report], m.happened_on, MOMENT, m.kind, query))
         .order_by(m.happened_on.desc(), m.id.desc()).limit(limit))
    return [TimelineEntry(on, MOMENT, subject, " ".join((report or "").split()), kind, i)
            for i, on, kind, subject, report in s.execute(q)]


def _created_entries(s: Session, region_id: int, query: TimelineQuery, after: Key | None,
                     limit: int | None) -> list[TimelineEntry]:
    """Actions by the day they were made, newest first, the newest id first within a day.

    The index (ix_action_region_created) is in creation time, the story in (day, id): the
    `limit`-th newest creation time gives the oldest day a page can reach, and only the rows
    from that day on are sorted by (day, id)."""
    a, day = Action, func.date(Action.created_at)
    where = [a.region_id == region_id, _after(day, ACTION_CREATED, a.id, after),
             _searched(s, [a.description, a.owner], day, ACTION_CREATED, literal(""), query)]
    if after is not None:  # the index range for `day <= on`
        where.append(a.created_at < datetime.combine(after[0] + timedelta(days=1), time.min))
    if limit:
        boundary = s.scalar(select(a.created_at).where(*where)
                            .order_by(a.created_at.desc()).offset(limit - 1).limit(1))
        if boundary is not None:
            where.append(a.created_at >= datetime.combine(boundary.date(), time.min))
    q = (select(a.id, a.description, a.owner, day, a.due_on).where(*where)
         .order_by(day.desc(), a.id.desc()).limit(limit))
    return [TimelineEntry(day_of(on), ACTION_CREATED, text, owner,  # type: ignore[arg-type]
                          due.isoformat() if due else "", i)
            for i, text, owner, on, due in s.execute(q) if day_of(on) is not None]


def _done_entries(s: Session, region_id: int, query: TimelineQuery, after: Key | None,
                  limit: int | None) -> list[TimelineEntry]:
    """Walks ix_action_region_done newest first and stops after `limit`."""
    a = Action
    q = (select(a.id, a.description, a.owner, a.done_on)
         .where(a.region_id == region_id, a.status == ActionStatus.DONE.value,
                a.done_on.is_not(None), _after(a.done_on, ACTION_DONE, a.id, after),
                _searched(s, [a.description, a.owner], a.done_on, ACTION_DONE, literal(""), query))
         .order_by(a.done_on.desc(), a.id.desc()).limit(limit))
    return [TimelineEntry(on, ACTION_DONE, text, owner, "", i)
            for i, text, owner, on in s.execute(q) if on is not None]


def _membership_entries(s: Session, region_id: int) -> list[TimelineEntry]:
    """Each municipality's membership, on the day it took its present status."""
    q = (select(Municipality.id, Municipality.name, Municipality.membership_status,
                Municipality.status_since, Municipality.membership_note)
         .where(Municipality.region_id == region_id, Municipality.status_since.is_not(None)))
    return [TimelineEntry(on, MEMBERSHIP, name, note, status, i)
            for i, name, status, on, note in s.execute(q) if on is not None]


def _candidacy_entries(s: Session, region_id: int) -> list[TimelineEntry]:
    """Decisions on candidacies for network leader: accepted or declined."""
    rows = s.execute(
        select(CandidacyEvent.id, CandidacyEvent.happened_on, CandidacyEvent.status,
               CandidacyEvent.note, Candidacy.id, Candidacy.label)
        .join(Candidacy, Candidacy.id == CandidacyEvent.candidacy_id)
        .where(Candidacy.region_id == region_id, CandidacyEvent.status.in_(DECISIONS))).all()
    names = _candidacy_member_names(s, {r[4] for r in rows})
    return [TimelineEntry(on, CANDIDACY, candidacy_name(label, names.get(cid, [])), note,
                          status, i)
            for i, on, status, note, cid, label in rows]


def _candidacy_member_names(s: Session, ids: set[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    q = (select(CandidacyMunicipality.candidacy_id, Municipality.name)
         .join(Municipality, Municipality.id == CandidacyMunicipality.municipality_id)
         .where(CandidacyMunicipality.candidacy_id.in_(ids))
         .order_by(CandidacyMunicipality.candidacy_id, CandidacyMunicipality.position))
    for cid, name in s.execute(q):
        names.setdefault(cid, []).append(name)
    return names


def _proposal_entries(s: Session, region_id: int,
                      since: date | None = None) -> list[TimelineEntry]:
    versions = s.execute(
        select(ProposalVersion.id, ProposalVersion.number, ProposalVersion.received_on,
               ProposalVersion.file_name)
        .join(Proposal).where(Proposal.region_id == region_id)).all()
    found = [TimelineEntry(on, VERSION, str(n), name, "", i) for i, n, on, name in versions
             if since is None or on >= since]
    ids = [v[0] for v in versions]
    if not ids:
        return found
    numbers = {v[0]: v[1] for v in versions}
    when = _review_dates(s, ids, since)
    reviewed = list(when)
    if not reviewed:
        return found
    rated = dict(s.execute(
        select(Assessment.version_id, func.count()).where(
            Assessment.version_id.in_(reviewed), Assessment.rating.is_not(None))
        .group_by(Assessment.version_id)).all())
    comments = dict(s.execute(
        select(ReviewComment.version_id, func.count()).where(
            ReviewComment.version_id.in_(reviewed))
        .group_by(ReviewComment.version_id)).all())
    for vid, on in when.items():
        found.append(TimelineEntry(on, REVIEW, str(numbers[vid]),
                                   f"{rated.get(vid, 0)}/{comments.get(vid, 0)}", "", vid))
    return found


def _review_dates(s: Session, ids: list[int], since: date | None = None) -> dict[int, date]:
    """Each reviewed version's day of its latest rating or comment (`since`: that day or later)."""
    when: dict[int, date] = {}
    for model in (Assessment, ReviewComment):
        latest = func.max(model.updated_at)
        q = select(model.version_id, latest).where(model.version_id.in_(ids)) \
            .group_by(model.version_id)
        if since is not None:
            q = q.having(latest >= datetime.combine(since, time.min))
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
