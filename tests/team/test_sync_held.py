"""Records a coach makes offline in a region she does not coach stay on her laptop (sync_held).

Anna coaches Kempen. Offline she logs a moment in Kempen and one in Regio Brugge (each with
a new participant and an action): her sync succeeds, Kempen reaches the server, Brugge stays
on her laptop and the summary says so; once the owner assigns Brugge to her, her next sync
sends it, exactly once.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from coachdesk.cli.common import tr
from coachdesk.cli.sync import held_sentence, summary
from coachdesk.db.server import make_server_engine
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.logbook import ActionDraft, MomentDraft, ParticipantRef
from coachdesk.services.sync import SyncResult, local_changes, synchronise
from coachdesk.services.team import assign_regions
from tests.team.conftest import Team, same_everywhere


@pytest.fixture
def anna(team: Team, tmp_path: Path) -> Iterator[tuple[Services, Engine]]:
    laptop = Services(open_coachdesk_db(tmp_path / "anna.sqlite"))
    engine = make_server_engine(team.url(team.coach))
    yield laptop, engine
    laptop.close()
    engine.dispose()


def _region(svc: Services, name: str) -> int:
    return next(r.id for r in svc.contacts.regions() if r.name == name)


def _log(svc: Services, region: str, subject: str, who: str) -> None:
    svc.logbook.log_moment(MomentDraft(
        date(2026, 3, 5), "bilateral", _region(svc, region), subject, "Verslag",
        [ParticipantRef("person", None, name=who)], [ActionDraft(f"{who} terugbellen")]))


def _server_rows(team: Team, table: str, column: str) -> list[str]:
    with team.connect("postgres") as owner:
        return sorted(r[0] for r in owner.execute(f"SELECT {column} FROM {table}").fetchall())


def test_a_moment_in_a_region_she_does_not_coach_stays_on_her_laptop_until_assigned(
        team: Team, anna: tuple[Services, Engine], pg_url: str, server: Engine) -> None:
    laptop, engine = anna
    _log(laptop, "Kempen", "Overleg Geel", "Jan Peeters")
    _log(laptop, "Regio Brugge", "Overleg Damme", "Els Claes")

    result = synchronise(laptop.db.engine, engine)  # no error: the push goes through

    assert result.held == {"Regio Brugge": 3}  # the moment, its action, its new person
    assert _server_rows(team, "contact_moment", "subject") == ["Overleg Geel"]
    assert _server_rows(team, "action", "description") == ["Jan Peeters terugbellen"]
    assert "Els Claes" not in _server_rows(team, "person", "name")
    with laptop.db.engine.connect() as con:  # still to be sent, and nothing else
        waiting = {(c.table, str(c.record.get("subject") or c.record.get("name")
                                 or c.record.get("description"))) for c in local_changes(con)}
    assert waiting == {("contact_moment", "Overleg Damme"), ("person", "Els Claes"),
                       ("action", "Els Claes terugbellen")}
    tr.use("nl")
    try:
        said = summary(result, "team")
    finally:
        tr.use("en")
    assert ("3 records van Regio Brugge blijven op deze laptop: je coacht die regio niet in "
            "de teamdatabase.") in said

    again = synchronise(laptop.db.engine, engine)  # retried at every sync, still held
    assert again.held == {"Regio Brugge": 3} and again.sent == 0
    assert _server_rows(team, "contact_moment", "subject") == ["Overleg Geel"]

    assign_regions(pg_url, team.coach, ["Regio Brugge"])  # `coachdesk team assign`
    sent = synchronise(laptop.db.engine, engine)
    assert sent.held == {} and sent.sent == 3
    assert _server_rows(team, "contact_moment", "subject") == ["Overleg Damme", "Overleg Geel"]
    assert len(_server_rows(team, "contact_participant", "moment_id")) == 2
    assert synchronise(laptop.db.engine, engine).sent == 0  # sent exactly once
    assert _server_rows(team, "action", "description") == ["Els Claes terugbellen",
                                                           "Jan Peeters terugbellen"]
    with team.connect("postgres") as owner:
        assert owner.execute("SELECT count(*) FROM person WHERE name = 'Els Claes'"
                             ).fetchone() == (1,)
    same_everywhere(server, laptop)


def test_nothing_else_in_the_batch_is_lost(team: Team, anna: tuple[Services, Engine],
                                           server: Engine) -> None:
    laptop, engine = anna
    synchronise(laptop.db.engine, engine)
    _log(laptop, "Regio Brugge", "Overleg Damme", "Els Claes")
    kempen = _region(laptop, "Kempen")
    for n in range(5):
        _log(laptop, "Kempen", f"Overleg {n}", f"Persoon {n}")
    free = laptop.contacts.save_person(PersonRow(None, "Mia Wouters"))  # no region: anyone's
    # A Kempen moment with Els (held in Brugge) as participant cannot go without her.
    els = next(p.id for p in laptop.contacts.people() if p.name == "Els Claes")
    laptop.logbook.log_moment(MomentDraft(date(2026, 3, 6), "phone", kempen, "Met Els", "",
                                          [ParticipantRef("person", els),
                                           ParticipantRef("person", free)]))

    result = synchronise(laptop.db.engine, engine)

    assert result.held == {"Regio Brugge": 4}  # Brugge's moment, action, Els; the moment with Els
    assert _server_rows(team, "contact_moment", "subject") == [f"Overleg {n}" for n in range(5)]
    assert len(_server_rows(team, "action", "description")) == 5
    assert {f"Persoon {n}" for n in range(5)} | {"Mia Wouters"} <= set(
        _server_rows(team, "person", "name"))
    with team.connect("postgres") as owner:  # every participant kept its link
        assert owner.execute("SELECT count(*) FROM contact_participant WHERE person_id IS NULL "
                             "AND organisation_id IS NULL").fetchone() == (0,)


def test_the_summary_counts_records_and_names_regions() -> None:
    tr.use("nl")
    try:
        assert held_sentence({}) == ""
        assert held_sentence({"Regio Brugge": 1}) == (
            "1 record van Regio Brugge blijft op deze laptop: je coacht die regio niet in de "
            "teamdatabase.")
        assert held_sentence({"Kempen": 2, "Regio Brugge": 1}).startswith(
            "3 records van Kempen, Regio Brugge blijven op deze laptop: je coacht die regio's "
            "niet")
        assert "blijven" not in summary(SyncResult(sent=2), "team")
    finally:
        tr.use("en")
    assert held_sentence({"Regio Brugge": 2}) == (
        "2 records of Regio Brugge stay on this laptop: you do not coach that region in the "
        "team database.")


def test_a_record_she_moves_into_a_region_she_does_not_coach_waits_too(
        team: Team, anna: tuple[Services, Engine], pg_url: str) -> None:
    laptop, engine = anna
    kempen, brugge = _region(laptop, "Kempen"), _region(laptop, "Regio Brugge")
    jan = laptop.contacts.save_person(PersonRow(None, "Jan Peeters", region_id=kempen))
    synchronise(laptop.db.engine, engine)
    laptop.contacts.save_person(PersonRow(jan, "Jan Peeters", region_id=brugge))
    laptop.contacts.save_person(PersonRow(None, "Mia Wouters", region_id=kempen))

    result = synchronise(laptop.db.engine, engine)  # the policy's WITH CHECK would refuse it

    assert result.held == {"Regio Brugge": 1} and result.sent == 1
    assert "Mia Wouters" in _server_rows(team, "person", "name")
    assign_regions(pg_url, team.coach, ["Regio Brugge"])
    assert synchronise(laptop.db.engine, engine).held == {}
    with team.connect("postgres") as owner:
        assert owner.execute("SELECT r.name FROM person p JOIN region r ON r.id = p.region_id "
                             "WHERE p.name = 'Jan Peeters'").fetchone() == ("Regio Brugge",)
