"""An erasure travels: every database erases the person the same way, and an erased person
never comes back from a laptop that still had him."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, func, select, text

from coachdesk.db.models import ContactParticipant, Person, Tombstone
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.logbook import MomentDraft, MomentFilter, ParticipantRef
from coachdesk.services.sync import local_changes, push, synchronise
from tests.team.conftest import same_everywhere

NAME, EMAIL = "Wannes Vercruyssen", "wannes@mol.be"


def _wannes_with_a_moment(svc: Services) -> int:
    wannes = svc.contacts.save_person(PersonRow(None, NAME, email=EMAIL))
    region = svc.contacts.regions()[0].id
    svc.logbook.log_moment(MomentDraft(date(2026, 3, 1), "phone", region, f"Gesprek met {NAME}",
                                       f"{NAME} ({EMAIL}) bevestigt.",
                                       [ParticipantRef("person", wannes)]))
    return wannes


def _texts(engine: Engine) -> str:
    with engine.connect() as con:
        rows = con.execute(text("SELECT subject || ' ' || report FROM contact_moment"))
        return " ".join(r[0] for r in rows)


def _erased_everywhere(engine: Engine) -> None:
    with engine.connect() as con:
        assert con.scalar(select(func.count()).select_from(Person)
                          .where(Person.name == NAME)) == 0
        assert con.scalar(select(func.count()).select_from(Tombstone)
                          .where(Tombstone.kind == "erased")) == 1
        assert list(con.execute(select(ContactParticipant.person_id,
                                       ContactParticipant.anonymised))) == [(None, True)]
    assert NAME not in _texts(engine) and EMAIL not in _texts(engine)
    assert "Vercruyssen" not in _texts(engine)


def test_an_erasure_on_one_laptop_is_applied_on_the_server_and_the_other_laptop(  # type: ignore[no-untyped-def]
        laptops, server) -> None:
    a, b = laptops
    wannes = _wannes_with_a_moment(a)
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    assert NAME in _texts(b.db.engine)
    a.privacy.erase_person(wannes)
    synchronise(a.db.engine, server)
    result = synchronise(b.db.engine, server)
    assert result.erased  # the backups of b can be scrubbed by the caller with these
    for engine in (server, a.db.engine, b.db.engine):
        _erased_everywhere(engine)
    (moment,) = b.logbook.window(MomentFilter())
    assert moment.subject.startswith("Gesprek met ") and NAME not in moment.subject
    synchronise(a.db.engine, server)
    same_everywhere(server, a, b)


def test_an_erased_person_never_returns_from_a_laptop_that_still_had_him(  # type: ignore[no-untyped-def]
        laptops, server) -> None:
    a, b = laptops
    wannes = _wannes_with_a_moment(a)
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    on_b = next(p for p in b.contacts.people() if p.name == NAME)
    # Offline, b edits him and writes a new moment about him; meanwhile a erases him.
    b.contacts.save_person(PersonRow(on_b.id, NAME, email=EMAIL, phone="014 55 66 77"))
    region = b.contacts.regions()[1].id
    b.logbook.log_moment(MomentDraft(date(2026, 3, 9), "email", region, f"Mail van {NAME}",
                                     f"{NAME} stuurt de lijst.", [ParticipantRef("person", on_b.id)]))
    a.privacy.erase_person(wannes)
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    synchronise(a.db.engine, server)
    for engine in (server, a.db.engine, b.db.engine):
        with engine.connect() as con:
            assert con.scalar(select(func.count()).select_from(Person)
                              .where(Person.name == NAME)) == 0
        assert NAME not in _texts(engine) and "stuurt de lijst" in _texts(engine)
    same_everywhere(server, a, b)


def test_a_push_from_a_laptop_that_missed_an_erasure_is_sent_back(laptops, server) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    wannes = _wannes_with_a_moment(a)
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    b.contacts.save_person(PersonRow(None, "Piet Janssens"))
    with b.db.engine.connect() as con:
        changes = local_changes(con)
    a.privacy.erase_person(wannes)
    synchronise(a.db.engine, server)  # the erasure reaches the server after b looked
    assert push(server, "late", changes, erasures_seen=0) == {"retry": "erasures"}
    # b erases first, then sends its change and the moment it scrubbed
    assert synchronise(b.db.engine, server).sent == len(changes) + 1
    _erased_everywhere(b.db.engine)
    with server.connect() as con:
        assert con.scalar(select(func.count()).select_from(Person)
                          .where(Person.name == "Piet Janssens")) == 1


def test_the_team_database_itself_erases(services_pg: Services) -> None:  # type: ignore[no-untyped-def]
    wannes = _wannes_with_a_moment(services_pg)
    services_pg.privacy.erase_person(wannes)
    _erased_everywhere(services_pg.db.engine)
