"""Two laptops and one team database: changes travel both ways, conflicts wait for the coach,
deletions travel, and a retried push is applied once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coachdesk.db.models import ContactMoment, Person
from coachdesk.db.server import make_server_engine
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.sync import local_changes, push, synchronise
from tests.team.conftest import same_everywhere


def _person(svc: Services, name: str) -> PersonRow:
    return next(p for p in svc.contacts.people() if p.name == name)


def test_a_change_travels_from_one_laptop_to_the_other(laptops, server) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    a.contacts.save_person(PersonRow(None, "Jan Peeters", email="jan@mol.be"))
    first = synchronise(a.db.engine, server)
    assert first.sent > 0 and first.conflicts == 0
    synchronise(b.db.engine, server)
    assert _person(b, "Jan Peeters").email == "jan@mol.be"
    assert synchronise(a.db.engine, server).sent == 0  # nothing new: nothing sent
    same_everywhere(server, a, b)


def test_a_field_changed_on_both_sides_is_a_conflict_and_other_fields_merge(  # type: ignore[no-untyped-def]
        laptops, server) -> None:
    a, b = laptops
    jan = a.contacts.save_person(PersonRow(None, "Jan Peeters", email="jan@mol.be"))
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    on_b = _person(b, "Jan Peeters")
    a.contacts.save_person(PersonRow(jan, "Jan Peeters", email="jan@geel.be", phone="014 11"))
    b.contacts.save_person(PersonRow(on_b.id, "Jan Peeters", email="j.peeters@mol.be",
                                     function="Schepen"))
    assert synchronise(a.db.engine, server).conflicts == 0
    second = synchronise(b.db.engine, server)
    assert second.conflicts == 1  # the e-mail address; phone and function merge
    kept = _person(b, "Jan Peeters")
    assert (kept.email, kept.phone, kept.function) == ("j.peeters@mol.be", "014 11", "Schepen")
    synchronise(a.db.engine, server)
    on_a = _person(a, "Jan Peeters")
    assert (on_a.email, on_a.phone, on_a.function) == ("jan@geel.be", "014 11", "Schepen")


def test_a_deletion_travels_as_a_tombstone(laptops, server) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    jan = a.contacts.save_person(PersonRow(None, "Jan Peeters"))
    dup = a.contacts.save_person(PersonRow(None, "Dhr. Peeters"))
    synchronise(a.db.engine, server)
    synchronise(b.db.engine, server)
    assert {p.name for p in b.contacts.people()} == {"Jan Peeters", "Dhr. Peeters"}
    a.merging.merge_people(jan, dup)
    synchronise(a.db.engine, server)
    result = synchronise(b.db.engine, server)
    assert result.deleted == 1
    assert [p.name for p in b.contacts.people()] == ["Jan Peeters"]
    same_everywhere(server, a, b)


def test_a_retried_push_is_applied_once(laptops, server) -> None:  # type: ignore[no-untyped-def]
    a, _b = laptops
    a.contacts.save_person(PersonRow(None, "Jan Peeters"))
    with a.db.engine.connect() as con:
        changes = local_changes(con)
    first = push(server, "batch-1", changes)
    again = push(server, "batch-1", changes)
    assert again == first
    with server.connect() as con:
        versions = list(con.scalars(select(Person.version)))
    assert versions == [1]


def test_sync_on_the_command_line_creates_a_new_laptop_and_counts_conflicts(  # type: ignore[no-untyped-def]
        laptops, server, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from coachdesk.cli import main

    a, _b = laptops
    a.contacts.save_person(PersonRow(None, "Jan Peeters", email="jan@mol.be"))
    synchronise(a.db.engine, server)
    new = tmp_path / "nieuw.sqlite"
    assert main(["--lang", "nl", "sync", "--db", str(new), "--team", pg_url]) == 0
    assert "0 conflicten wachten" in capsys.readouterr().out
    assert new.exists()
    fresh = Services(open_coachdesk_db(new))
    try:
        assert _person(fresh, "Jan Peeters").email == "jan@mol.be"  # a first sync receives all
        fresh.contacts.save_person(PersonRow(_person(fresh, "Jan Peeters").id, "Jan Peeters",
                                             email="jan@geel.be"))
    finally:
        fresh.close()
    jan = _person(a, "Jan Peeters")
    a.contacts.save_person(PersonRow(jan.id, "Jan Peeters", email="j.peeters@mol.be"))
    synchronise(a.db.engine, server)
    assert main(["--lang", "nl", "sync", "--db", str(new), "--team", pg_url]) == 0
    assert "1 conflict wacht op je keuze" in capsys.readouterr().out
    assert main(["--lang", "en", "sync", "--db", str(new), "--team", pg_url]) == 0
    assert "1 conflict waits" in capsys.readouterr().out


def test_a_coach_synchronises_through_row_level_security(team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.services.logbook import MomentDraft

    coach = make_server_engine(team.url(team.coach))
    laptop = Services(open_coachdesk_db(tmp_path / "anna.sqlite"))
    try:
        kempen = next(r.id for r in laptop.contacts.regions() if r.name == "Kempen")
        laptop.logbook.log_moment(MomentDraft(date(2026, 3, 4), "phone", kempen, "Overleg"))
        result = synchronise(laptop.db.engine, coach)
        assert result.sent > 0 and result.conflicts == 0
        with coach.connect() as con:
            assert con.scalar(select(func.count()).select_from(ContactMoment)) == 1
    finally:
        laptop.close()
        coach.dispose()


def test_sync_without_a_team_database_says_so(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from coachdesk.cli import main

    assert main(["sync", "--db", str(tmp_path / "a.sqlite")]) == 1
    assert "--team" in capsys.readouterr().err


def test_a_sync_killed_after_the_server_committed_is_finished_once(laptops, server) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.services.sync import PENDING_BATCH, PENDING_CHANGES
    from coachdesk.services.sync_base import changes_to_json

    a, b = laptops
    a.contacts.save_person(PersonRow(None, "Jan Peeters"))
    with a.db.engine.begin() as con:  # what synchronise() stores before it sends
        changes = local_changes(con)
        con.exec_driver_sql("INSERT INTO db_meta (key, value) VALUES (?, 'batch-x'), (?, ?)",
                            (PENDING_BATCH, PENDING_CHANGES, changes_to_json(changes)))
    push(server, "batch-x", changes)  # the server commits; the laptop dies
    a.contacts.save_person(PersonRow(None, "Piet Janssens"))  # and the coach works on
    result = synchronise(a.db.engine, server)
    assert result.conflicts == 0 and result.sent == len(changes) + 1  # then the new change
    with server.connect() as con:
        assert list(con.scalars(select(Person.version))) == [1, 1]  # each applied once
    assert synchronise(a.db.engine, server).sent == 0
    synchronise(b.db.engine, server)
    same_everywhere(server, a, b)


def test_a_sync_reports_progress_and_can_be_cancelled(laptops, server) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.domain.progress import Cancelled

    a, b = laptops
    for n in range(5):
        a.contacts.save_person(PersonRow(None, f"Persoon {n}"))
    class Sink:  # as the window's progress dialog: counts, and Cancel after `checks` looks
        def __init__(self, checks: int = 10**6) -> None:
            self.seen: list[tuple[int, int]] = []
            self.checks = checks

        def report(self, done: int, total: int, text: str = "") -> None:
            self.seen.append((done, total))

        def check(self) -> None:
            self.checks -= 1
            if self.checks < 0:
                raise Cancelled()

    watched = Sink()
    synchronise(a.db.engine, server, progress=watched)
    seen = watched.seen
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert all(done <= total for done, total in seen)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    with pytest.raises(Cancelled):  # cancelled before anything was applied: nothing changed
        synchronise(b.db.engine, server, progress=Sink(checks=0))
    assert not any(p.name.startswith("Persoon") for p in b.contacts.people())
    with pytest.raises(Cancelled):  # cancelled a moment later
        synchronise(b.db.engine, server, progress=Sink(checks=3))
    assert not any(p.name.startswith("Persoon") for p in b.contacts.people())
    assert synchronise(b.db.engine, server).conflicts == 0
    same_everywhere(server, a, b)
