"""People and organisations: list, search, save, likely duplicates, participant choices."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import Municipality, Organisation, Person, Region
from coachdesk.domain.errors import NotFoundError, ValidationError
from coachdesk.domain.names import fold, organisation_match, person_match
from coachdesk.domain.validation import check_email, check_phone, check_required
from coachdesk.domain.vocabulary import LegalBasis, OrganisationKind

PERSON, ORGANISATION, MUNICIPALITY = "person", "organisation", "municipality"


@dataclass(frozen=True)
class PersonRow:
    id: int | None
    name: str
    function: str = ""
    organisation_id: int | None = None
    organisation_name: str = ""
    region_id: int | None = None
    region_name: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    legal_basis: str = LegalBasis.PUBLIC_TASK.value


@dataclass(frozen=True)
class OrganisationRow:
    id: int | None
    name: str
    kind: str = OrganisationKind.OTHER.value
    company_number: str = ""
    municipality_id: int | None = None
    municipality_name: str = ""
    region_id: int | None = None
    region_name: str = ""
    notes: str = ""
    people_count: int = 0


@dataclass(frozen=True)
class Duplicate:
    """A stored record that may be the one being typed; `reason` is 'email' or 'name'."""

    kind: str
    id: int
    name: str
    organisation_name: str
    email: str
    reason: str


@dataclass(frozen=True)
class Choice:
    """Something that can take part in a contact moment: a person, organisation or municipality."""

    kind: str
    id: int
    label: str
    detail: str = ""
    region_id: int | None = None  # the region it belongs to, to rank it first there


@dataclass(frozen=True)
class RegionChoice:
    """An (id, name) pair for a list to choose from: a region, municipality or person."""

    id: int
    name: str


class ContactService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    # -- people ---------------------------------------------------------------------------
    def people(self, search: str = "", limit: int | None = None) -> list[PersonRow]:
        with self._sf() as s:
            q = _people_query()
            if search.strip():
                like = f"%{search.strip()}%"
                q = q.where(or_(Person.name.ilike(like), Person.email.ilike(like),
                                Person.function.ilike(like), Organisation.name.ilike(like)))
            q = q.order_by(func.lower(Person.name), Person.id)
            if limit:
                q = q.limit(limit)
            return [_person_row(*r) for r in s.execute(q)]

    def person_names(self) -> list[RegionChoice]:
        """(id, name) of every person, by name: light enough for a filter list."""
        with self._sf() as s:
            rows = s.execute(select(Person.id, Person.name).order_by(func.lower(Person.name)))
            return [RegionChoice(i, n) for i, n in rows]

    def person(self, person_id: int) -> PersonRow:
        with self._sf() as s:
            found = s.execute(_people_query().where(Person.id == person_id)).first()
            if found is None:
                raise NotFoundError("not_found.person", id=person_id)
            return _person_row(*found)

    def save_person(self, row: PersonRow) -> int:
        """Add (id None) or update a person; returns the id."""
        row = check_person(row)
        with self._sf.begin() as s:
            person = Person() if row.id is None else s.get(Person, row.id)
            if person is None:
                raise NotFoundError("not_found.person", id=row.id)
            for name in ("name", "function", "organisation_id", "region_id", "email", "phone",
                         "notes", "legal_basis"):
                setattr(person, name, getattr(row, name))
            s.add(person)
            s.flush()
            return person.id

    # -- organisations --------------------------------------------------------------------
    def organisations(self, search: str = "") -> list[OrganisationRow]:
        with self._sf() as s:
            people = (select(Person.organisation_id, func.count().label("n"))
                      .group_by(Person.organisation_id).subquery())
            q = (select(Organisation, Municipality.name, Region.name, people.c.n)
                 .outerjoin(Municipality, Municipality.id == Organisation.municipality_id)
                 .outerjoin(Region, Region.id == Organisation.region_id)
                 .outerjoin(people, people.c.organisation_id == Organisation.id))
            if search.strip():
                q = q.where(Organisation.name.ilike(f"%{search.strip()}%"))
            q = q.order_by(func.lower(Organisation.name), Organisation.id)
            return [_org_row(o, m, r, n) for o, m, r, n in s.execute(q)]

    def organisation(self, organisation_id: int) -> OrganisationRow:
        rows = [o for o in self.organisations() if o.id == organisation_id]
        if not rows:
            raise NotFoundError("not_found.organisation", id=organisation_id)
        return rows[0]

    def save_organisation(self, row: OrganisationRow) -> int:
        name = check_required(row.name, "name", "name")
        OrganisationKind(row.kind)
        with self._sf.begin() as s:
            org = Organisation() if row.id is None else s.get(Organisation, row.id)
            if org is None:
                raise NotFoundError("not_found.organisation", id=row.id)
            org.name, org.kind, org.company_number = name, row.kind, row.company_number.strip()
            org.municipality_id, org.region_id, org.notes = (
                row.municipality_id, row.region_id, row.notes)
            if org.region_id is None and org.municipality_id is not None:
                org.region_id = s.get(Municipality, org.municipality_id).region_id  # type: ignore[union-attr]
            s.add(org)
            s.flush()
            return org.id

    # -- duplicates -----------------------------------------------------------------------
    def person_duplicates(self, name: str, organisation: str = "", email: str = "",
                          exclude_id: int | None = None,
                          region_id: int | None = None) -> list[Duplicate]:
        """People who may be the one being typed: same e-mail, or a matching name; those of
        `region_id` (the region the coach is writing about) first."""
        email = email.strip().casefold()
        found: list[tuple[bool, Duplicate]] = []
        with self._sf() as s:
            q = (select(Person.id, Person.name, Person.email, Organisation.name,
                        func.coalesce(Person.region_id, Organisation.region_id))
                 .outerjoin(Organisation, Organisation.id == Person.organisation_id))
            for pid, pname, pemail, oname, pregion in s.execute(q):
                if pid == exclude_id:
                    continue
                elsewhere = region_id is not None and pregion != region_id
                if email and (pemail or "").casefold() == email:
                    found.append((elsewhere, Duplicate(PERSON, pid, pname, oname or "", pemail,
                                                       "email")))
                elif name.strip() and person_match(name, organisation, pname, oname or ""):
                    found.append((elsewhere, Duplicate(PERSON, pid, pname, oname or "", pemail,
                                                       "name")))
        found.sort(key=lambda f: (f[1].reason != "email", f[0], fold(f[1].name)))
        return [d for _elsewhere, d in found][:10]

    def organisation_duplicates(self, name: str, exclude_id: int | None = None) -> list[Duplicate]:
        with self._sf() as s:
            rows = s.execute(select(Organisation.id, Organisation.name)).all()
        return [Duplicate(ORGANISATION, oid, oname, "", "", "name") for oid, oname in rows
                if oid != exclude_id and organisation_match(name, oname)][:10]

    # -- choices for forms ----------------------------------------------------------------
    def participant_choices(self) -> list[Choice]:
        """People, organisations and municipalities, for completion in the log form."""
        with self._sf() as s:
            people = s.execute(
                select(Person.id, Person.name, Organisation.name,
                       func.coalesce(Person.region_id, Organisation.region_id))
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .order_by(Person.name))
            choices = [Choice(PERSON, i, n, o or "", r) for i, n, o, r in people]
            orgs = s.execute(select(Organisation.id, Organisation.name, Organisation.region_id)
                             .order_by(Organisation.name))
            choices += [Choice(ORGANISATION, i, n, "", r) for i, n, r in orgs]
            munis = s.execute(select(Municipality.id, Municipality.name, Region.name, Region.id)
                              .join(Region, Region.id == Municipality.region_id)
                              .order_by(Municipality.name))
            choices += [Choice(MUNICIPALITY, i, n, r, rid) for i, n, r, rid in munis]
        return choices

    def regions(self) -> list[RegionChoice]:
        with self._sf() as s:
            rows = s.execute(select(Region.id, Region.name).order_by(Region.name))
            return [RegionChoice(i, n) for i, n in rows]

    def municipalities(self) -> list[RegionChoice]:
        with self._sf() as s:
            rows = s.execute(select(Municipality.id, Municipality.name).order_by(Municipality.name))
            return [RegionChoice(i, n) for i, n in rows]


def find_or_create_organisation(s: Session, name: str) -> int | None:
    """An organisation by (normalised) name, made when missing; None for an empty name."""
    if not name.strip():
        return None
    for org_id, org_name in s.execute(select(Organisation.id, Organisation.name)):
        if organisation_match(name, org_name):
            return int(org_id)
    org = Organisation(name=name.strip(), kind=OrganisationKind.OTHER.value)
    s.add(org)
    s.flush()
    return org.id


def check_person(row: PersonRow) -> PersonRow:
    """The row with trimmed fields, or a ValidationError naming the field."""
    name = check_required(row.name, "name", "name")
    email = check_email(row.email)
    phone = check_phone(row.phone)
    try:
        LegalBasis(row.legal_basis)
    except ValueError:
        raise ValidationError("validation.legal_basis", field="legal_basis") from None
    return replace(row, name=name, email=email, phone=phone, function=row.function.strip())


def _people_query() -> Select[Person, str, str]:
    return (select(Person, Organisation.name, Region.name)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .outerjoin(Region, Region.id == Person.region_id))


def _person_row(p: Person, org_name: str | None, region_name: str | None) -> PersonRow:
    return PersonRow(p.id, p.name, p.function, p.organisation_id, org_name or "", p.region_id,
                     region_name or "", p.email, p.phone, p.notes, p.legal_basis)


def _org_row(o: Organisation, muni: str | None, region: str | None, n: int | None) -> OrganisationRow:
    return OrganisationRow(o.id, o.name, o.kind, o.company_number, o.municipality_id, muni or "",
                           o.region_id, region or "", o.notes, n or 0)
