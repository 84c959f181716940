"""Contact moments: log one with its participants and actions; list them in windows; search."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select, text, tuple_
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import (
    Action,
    ContactMoment,
    ContactParticipant,
    Municipality,
    Organisation,
    Person,
    Region,
)
from coachdesk.db.search import count_fts5_matches, fts5_query, moment_matches
from coachdesk.domain.errors import NotFoundError, ValidationError
from coachdesk.domain.marks import PREFIX_FROM, TERM, marked, search_terms
from coachdesk.domain.names import fold, split_name_and_organisation
from coachdesk.domain.validation import check_email, check_required
from coachdesk.domain.vocabulary import ANONYMISED, ContactKind
from coachdesk.services.contacts import (
    MUNICIPALITY,
    ORGANISATION,
    PERSON,
    find_or_create_organisation,
)



@dataclass(frozen=True)
class ParticipantRef:
    """An existing participant (kind, id), or a new person (id None, name and e-mail)."""

    kind: str
    id: int | None
    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class ActionDraft:
    description: str
    owner: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class MomentDraft:
    happened_on: date
    kind: str
    region_id: int | None
    subject: str
    report: str = ""
    participants: list[ParticipantRef] = field(default_factory=list)
    actions: list[ActionDraft] = field(default_factory=list)


@dataclass(frozen=True)
class MomentFilter:
    region_id: int | None = None
    kind: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    person_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class MomentRow:
    id: int
    happened_on: date
    kind: str
    region_name: str
    subject: str
    participants: str
    excerpt: str  # the report's start, or the matching fragment marked with MARK_START/END


def fts_query(search: str) -> str:
    """User text as a safe FTS5 query: every word quoted and required; words of three letters
    or more are prefixes, shorter ones whole words (a two-letter prefix would match nearly all).
    """
    return fts5_query(_search_pairs(search))


def _search_pairs(search: str) -> list[tuple[str, bool]]:
    return [(t, len(t) >= PREFIX_FROM) for t in search_terms(search)]


class LogbookService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def log_moment(self, draft: MomentDraft) -> tuple[int, list[int]]:
        """Store a moment with its participants and actions in one transaction."""
        draft = check_draft(draft)
        with self._sf.begin() as s:
            moment = ContactMoment()
            s.add(moment)
            action_ids = _store(s, moment, draft)
            return moment.id, action_ids

    def update_moment(self, moment_id: int, draft: MomentDraft) -> tuple[int, list[int]]:
        """Correct a moment: its fields and participants are replaced, its actions added to.

        Anonymised participants (erased people) stay as they are.
        """
        draft = check_draft(draft)
        with self._sf.begin() as s:
            moment = s.get(ContactMoment, moment_id)
            if moment is None:
                raise NotFoundError("not_found.moment", id=moment_id)
            for row in s.scalars(select(ContactParticipant).where(
                    ContactParticipant.moment_id == moment_id, ~ContactParticipant.anonymised)):
                s.delete(row)
            s.flush()
            return moment.id, _store(s, moment, draft)

    def moment(self, moment_id: int) -> MomentDraft:
        with self._sf() as s:
            m = s.get(ContactMoment, moment_id)
            if m is None:
                raise NotFoundError("not_found.moment", id=moment_id)
            refs = [ParticipantRef(*_ref_of(p), name=name)
                    for p, name in _participant_names(s, [moment_id]).get(moment_id, [])
                    if not p.anonymised]
            actions = s.scalars(select(Action).where(Action.source_moment_id == moment_id))
            return MomentDraft(m.happened_on, m.kind, m.region_id, m.subject, m.report, refs,
                               [ActionDraft(a.description, a.owner, a.due_on) for a in actions])

    def window(self, flt: MomentFilter, after: tuple[date, int] | None = None,
               limit: int = 200) -> list[MomentRow]:
        """Up to `limit` moments, newest first, after the (date, id) key of the last one shown."""
        with self._sf() as s:
            q = (select(ContactMoment.id, ContactMoment.happened_on, ContactMoment.kind,
                        Region.name, ContactMoment.subject, ContactMoment.report)
                 .outerjoin(Region, Region.id == ContactMoment.region_id))
            q = _filtered(q, flt, _dialect(s), dense=_is_dense(s, flt.search))
            if after is not None:
                q = q.where(tuple_(ContactMoment.happened_on, ContactMoment.id) < tuple_(*after))
            q = q.order_by(ContactMoment.happened_on.desc(), ContactMoment.id.desc()).limit(limit)
            rows = s.execute(q).all()
            ids = [r[0] for r in rows]
            names = _participant_names(s, ids)
            terms = [fold(t) for t in search_terms(flt.search)]
            found = []
            for i, d, k, rn, subj, rep in rows:
                subject, excerpt = marked(terms, subj, rep)
                people = ", ".join(n for _p, n in names.get(i, []))
                found.append(MomentRow(i, d, k, rn or "", subject, people, excerpt))
            return found

    def row(self, moment_id: int) -> MomentRow:
        """One moment as the list shows it."""
        with self._sf() as s:
            day = s.scalar(select(ContactMoment.happened_on).where(ContactMoment.id == moment_id))
        if day is None:
            raise NotFoundError("not_found.moment", id=moment_id)
        found = self.window(MomentFilter(date_from=day, date_to=day), after=(day, moment_id + 1))
        return next(r for r in found if r.id == moment_id)

    def count(self, flt: MomentFilter) -> int:
        with self._sf() as s:
            if (flt == MomentFilter(search=flt.search) and search_terms(flt.search)
                    and _dialect(s) == "sqlite"):  # the index counts its own matches
                return s.scalar(text(count_fts5_matches()), {"match": fts_query(flt.search)}) or 0
            q = _filtered(select(func.count()).select_from(ContactMoment), flt, _dialect(s))
            return s.scalar(q) or 0

    def region_moments(self, region_id: int, limit: int = 500) -> list[MomentRow]:
        return self.window(MomentFilter(region_id=region_id), limit=limit)


def check_draft(draft: MomentDraft) -> MomentDraft:
    subject = check_required(draft.subject, "subject", "subject")
    try:
        ContactKind(draft.kind)
    except ValueError:
        raise ValidationError("validation.contact_kind", field="kind") from None
    for n, ref in enumerate(draft.participants):
        if ref.id is None:
            check_required(ref.name, f"participants[{n}].name", "participant")
            check_email(ref.email, field=f"participants[{n}].email")
    for n, action in enumerate(draft.actions):
        check_required(action.description, f"actions[{n}].description",
                       "action_description")
        if action.due_on is not None and action.due_on < draft.happened_on:
            raise ValidationError("validation.action_before_moment",
                                  field=f"actions[{n}].due_on", number=n + 1)
    return MomentDraft(draft.happened_on, draft.kind, draft.region_id, subject,
                       draft.report.strip(), list(draft.participants), list(draft.actions))


def _store(s: Session, moment: ContactMoment, draft: MomentDraft) -> list[int]:
    """Write the draft's fields, participants and new actions; the new actions' ids."""
    moment.happened_on, moment.kind, moment.region_id = draft.happened_on, draft.kind, draft.region_id
    moment.subject, moment.report = draft.subject, draft.report
    s.flush()
    for ref in draft.participants:
        s.add(_participant(s, moment.id, ref, draft.region_id))
    actions = [Action(region_id=draft.region_id, description=a.description.strip(),
                      owner=a.owner.strip(), due_on=a.due_on, source_moment_id=moment.id)
               for a in draft.actions]
    s.add_all(actions)
    s.flush()
    return [a.id for a in actions]


def _participant(s: Session, moment_id: int, ref: ParticipantRef,
                 region_id: int | None) -> ContactParticipant:
    if ref.id is None:
        name, org_text = split_name_and_organisation(ref.name)
        org_id = find_or_create_organisation(s, org_text)
        person = Person(name=name, email=ref.email.strip(), organisation_id=org_id,
                        region_id=region_id)
        s.add(person)
        s.flush()
        return ContactParticipant(moment_id=moment_id, person_id=person.id)
    column = {PERSON: "person_id", ORGANISATION: "organisation_id",
              MUNICIPALITY: "municipality_id"}[ref.kind]
    return ContactParticipant(moment_id=moment_id, **{column: ref.id})


def _dialect(s: Session) -> str:
    return s.get_bind().dialect.name


def _filtered(q, flt: MomentFilter, dialect: str, dense: bool = False):  # type: ignore[no-untyped-def]
    if flt.region_id is not None:
        q = q.where(ContactMoment.region_id == flt.region_id)
    if flt.kind:
        q = q.where(ContactMoment.kind == flt.kind)
    if flt.date_from is not None:
        q = q.where(ContactMoment.happened_on >= flt.date_from)
    if flt.date_to is not None:
        q = q.where(ContactMoment.happened_on <= flt.date_to)
    if flt.person_id is not None:
        q = q.where(ContactMoment.id.in_(select(ContactParticipant.moment_id)
                                         .where(ContactParticipant.person_id == flt.person_id)))
    terms = _search_pairs(flt.search)
    if terms:
        # Dense: nearly every moment matches, so check the newest ones one by one instead of
        # collecting all matches first (only quick for whole words, never for prefixes).
        q = q.where(moment_matches(dialect, terms, one_by_one=dense))
    elif flt.search.strip() and not TERM.search(flt.search):
        q = q.where(ContactMoment.id.is_(None))  # only punctuation: nothing can match
    return q


def _is_dense(s: Session, search: str) -> bool:
    """Whether a search of whole words only matches more than half of all moments."""
    terms = search_terms(search)
    if not terms or any(len(t) >= PREFIX_FROM for t in terms) or _dialect(s) != "sqlite":
        return False
    hits = s.scalar(text(count_fts5_matches()), {"match": fts_query(search)}) or 0
    return hits * 2 > (s.scalar(select(func.max(ContactMoment.id))) or 0)


@dataclass(frozen=True)
class _Taking:
    """One participant row, read as plain columns (quicker than ORM objects for a window)."""

    moment_id: int
    person_id: int | None
    organisation_id: int | None
    municipality_id: int | None
    anonymised: bool


def _participant_names(s: Session, ids: list[int]) -> dict[int, list[tuple[_Taking, str]]]:
    if not ids:
        return {}
    cp = ContactParticipant
    q = (select(cp.moment_id, cp.person_id, cp.organisation_id, cp.municipality_id, cp.anonymised,
                Person.name, Organisation.name, Municipality.name)
         .outerjoin(Person, Person.id == cp.person_id)
         .outerjoin(Organisation, Organisation.id == cp.organisation_id)
         .outerjoin(Municipality, Municipality.id == cp.municipality_id)
         .where(cp.moment_id.in_(ids)).order_by(cp.id))
    found: dict[int, list[tuple[_Taking, str]]] = {}
    for moment, person_id, org_id, muni_id, anonymised, person, org, muni in s.execute(q):
        if anonymised:
            name = f"{ANONYMISED} ({org})" if org else ANONYMISED
        else:
            name = person or org or muni or ""
        taking = _Taking(moment, person_id, org_id, muni_id, bool(anonymised))
        found.setdefault(moment, []).append((taking, name))
    return found


def _ref_of(p: _Taking) -> tuple[str, int | None]:
    if p.person_id is not None:
        return PERSON, p.person_id
    if p.organisation_id is not None:
        return ORGANISATION, p.organisation_id
    return MUNICIPALITY, p.municipality_id
