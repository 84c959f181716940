"""A coach's erasure holds in every region of the team database, not only in hers.

Anna (Kempen) erases Aïcha, whom Bert (Regio Brugge) recorded with a moment, an action and
texts that name her. Row-level security keeps Anna's own writes to Kempen; the server's
`coachdesk_redact` function (db/redaction.py) removes the rest, and only as a redaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from coachdesk.db.redaction import FUNCTION
from coachdesk.db.security import COACH
from coachdesk.db.server import make_server_engine
from coachdesk.domain.vocabulary import ANONYMISED
from coachdesk.services.container import Services
from coachdesk.services.contacts import OrganisationRow, PersonRow
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.logbook import ActionDraft, MomentDraft, ParticipantRef
from coachdesk.services.sync import synchronise
from coachdesk.services.team import assign_regions, init_team_database
from tests import pg
from tests.services.test_erasure_everywhere import EMAIL, NAME, PHONE, SECRETS
from tests.team.conftest import Team, same_everywhere

REDACT = f"SELECT {FUNCTION}(%s::text[], %s::jsonb)"


@dataclass
class Coach:
    login: str
    engine: Engine
    laptop: Services

    def sync(self) -> None:
        synchronise(self.laptop.db.engine, self.engine)


@pytest.fixture
def coaches(team: Team, pg_cluster: pg.Cluster, pg_url: str,
            tmp_path: Path) -> Iterator[tuple[Coach, Coach]]:
    """Anna writes Kempen, Bert writes Regio Brugge; each has a laptop."""
    bert = f"bert_{team.database}"
    pg_cluster.execute(f"CREATE ROLE {bert} LOGIN IN ROLE {COACH}")
    assign_regions(pg_url, bert, ["Regio Brugge"])
    pair = tuple(Coach(login, make_server_engine(team.url(login)),
                       Services(open_coachdesk_db(tmp_path / f"{login}.sqlite")))
                 for login in (team.coach, bert))
    yield pair  # type: ignore[misc]
    for coach in pair:
        coach.laptop.close()
        coach.engine.dispose()
    pg_cluster.execute(f"DROP ROLE IF EXISTS {bert}")


def _region(svc: Services, name: str) -> int:
    return next(r.id for r in svc.contacts.regions() if r.name == name)


def _bert_records_aicha(bert: Services) -> None:
    brugge = _region(bert, "Regio Brugge")
    lier = bert.contacts.save_organisation(OrganisationRow(None, "Stad Brugge", region_id=brugge))
    aicha = bert.contacts.save_person(PersonRow(None, NAME, "schepen", lier, region_id=brugge,
                                                email=EMAIL, phone=PHONE, notes="Bel na 17u"))
    jan = bert.contacts.save_person(PersonRow(None, "Jan Peeters", "", lier, region_id=brugge))
    bert.logbook.log_moment(MomentDraft(
        date(2026, 3, 2), "phone", brugge, f"Gesprek met Mevr. Declercq",
        f"{NAME} ({EMAIL}, 0496/74.49.85) bevestigt. Jan Peeters was er ook.",
        [ParticipantRef("person", aicha), ParticipantRef("person", jan)],
        [ActionDraft("Aïcha terugbellen op +32 496 74 49 85", "AÏCHA DECLERCQ")]))


def _leaks(con: psycopg.Connection) -> list[str]:
    """Every spelling of her found in any text column of any table, read as the owner."""
    columns = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', "
        "'character', 'jsonb', 'json')").fetchall()
    found = []
    for table, column in columns:
        for (value,) in con.execute(f'SELECT "{column}"::text FROM "{table}" '
                                    f'WHERE "{column}" IS NOT NULL').fetchall():
            low = value.lower()
            found += [f"{table}.{column}: {s}" for s in SECRETS if s.lower() in low]
    return found


def test_a_coachs_erasure_reaches_the_regions_she_may_not_write(
        team: Team, coaches: tuple[Coach, Coach], server: Engine) -> None:
    anna, bert = coaches
    _bert_records_aicha(bert.laptop)
    bert.sync()
    anna.sync()
    kempen = _region(anna.laptop, "Kempen")
    aicha = next(p.id for p in anna.laptop.contacts.people() if p.name == NAME)
    anna.laptop.logbook.log_moment(MomentDraft(date(2026, 3, 3), "email", kempen,
                                               "Mail doorgestuurd", f"Zie mail van {NAME}."))
    with team.connect("postgres") as owner:
        assert _leaks(owner)  # so the check below can fail
    anna.laptop.privacy.erase_person(aicha)
    anna.sync()
    with team.connect("postgres") as owner:
        assert _leaks(owner) == []
        assert owner.execute("SELECT count(*) FROM person WHERE name = %s",
                             (NAME,)).fetchone() == (0,)
        assert owner.execute("SELECT count(*) FROM contact_participant WHERE anonymised"
                             ).fetchone() == (1,)
        report = owner.execute("SELECT report FROM contact_moment WHERE subject LIKE 'Gesprek%'"
                               ).fetchone()
        assert report is not None and "Jan Peeters was er ook" in report[0]
        audit = owner.execute("SELECT username, people_removed, fields_changed "
                              "FROM team_redaction_log").fetchall()
        assert [(u, p) for u, p, _f in audit] == [(team.coach, 1)] and audit[0][2] > 0
    bert.sync()
    anna.sync()
    same_everywhere(server, anna.laptop, bert.laptop)
    for coach in coaches:
        with coach.laptop.db.engine.connect() as con:
            texts = " ".join(str(r) for r in con.exec_driver_sql(
                "SELECT subject, report FROM contact_moment").fetchall())
        assert "Declercq" not in texts and ANONYMISED in texts


def _change(con: psycopg.Connection, table: str, column: str, new: str,
            where: str = "TRUE") -> dict[str, str]:
    key, old = con.execute(f"SELECT uuid, {column} FROM {table} WHERE {where} LIMIT 1"
                           ).fetchone()  # type: ignore[misc]
    return {"table": table, "key": key, "column": column, "old": old, "new": new}


def test_the_function_applies_only_redactions_for_erased_people(
        team: Team, coaches: tuple[Coach, Coach]) -> None:
    anna, bert = coaches
    _bert_records_aicha(bert.laptop)
    bert.sync()
    with team.connect("postgres") as owner:
        aicha = owner.execute("SELECT uuid FROM person WHERE name = %s", (NAME,)).fetchone()[0]  # type: ignore[index]
        subject = "subject LIKE 'Gesprek%'"
        redacted = _change(owner, "contact_moment", "subject", f"Gesprek met {ANONYMISED}",
                           subject)
        added = _change(owner, "contact_moment", "subject", f"Gesprek met {ANONYMISED} (ontslagen)",
                        subject)
        reordered = _change(owner, "contact_moment", "subject",
                            f"Declercq {ANONYMISED} Gesprek", subject)
        status = _change(owner, "action", "status", ANONYMISED)
        uuid = _change(owner, "contact_moment", "uuid", ANONYMISED)
        version, seq = owner.execute("SELECT version, change_seq FROM contact_moment "
                                     "WHERE uuid = %s", (redacted["key"],)).fetchone()  # type: ignore[misc]
    with team.connect(team.coach) as con:  # Anna may not write Regio Brugge herself
        assert con.execute("UPDATE contact_moment SET subject = 'x'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not erased"):
            con.execute(REDACT, ([aicha], json.dumps([redacted])))  # no tombstone yet
        con.execute("INSERT INTO tombstone (table_name, uuid, kind, deleted_at) "
                    "VALUES ('person', %s, 'erased', now())", (aicha,))
        for refused, why in ((added, "not a redaction"), (reordered, "not a redaction"),
                             (status, "not a text column"), (uuid, "not a text column")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match=why):
                con.execute(REDACT, ([aicha], json.dumps([refused])))
        stale = {**redacted, "old": "Iets anders"}
        answer = con.execute(REDACT, ([aicha], json.dumps([redacted, stale]))).fetchone()[0]  # type: ignore[index]
        assert answer["applied"] == 1 and answer["skipped"] == [
            {"table": "contact_moment", "key": stale["key"], "column": "subject"}]
        assert answer["people"] == 1
    with team.connect("postgres") as owner:
        # applied with a new version and change number, so every laptop pulls it
        assert owner.execute("SELECT subject, version > %s, change_seq > %s FROM contact_moment"
                             " WHERE uuid = %s", (version, seq, redacted["key"])).fetchone() \
            == (f"Gesprek met {ANONYMISED}", True, True)
        assert owner.execute("SELECT count(*) FROM person WHERE uuid = %s", (aicha,)
                             ).fetchone() == (0,)
    with team.connect(team.headquarters) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute(REDACT, ([aicha], json.dumps([redacted])))
    with team.connect("postgres") as owner:  # a login in neither group may not even try
        assert owner.execute(f"SELECT has_function_privilege(%s, '{FUNCTION}(text[], jsonb)', "
                             "'EXECUTE')", (team.stranger,)).fetchone() == (False,)


def test_team_init_again_adds_the_function_and_keeps_the_data(
        team: Team, pg_url: str, coaches: tuple[Coach, Coach]) -> None:
    anna, bert = coaches
    _bert_records_aicha(bert.laptop)
    bert.sync()
    with team.connect("postgres") as owner:
        owner.execute(f"DROP FUNCTION {FUNCTION}(text[], jsonb)")  # a database from before
        before = owner.execute("SELECT count(*) FROM contact_moment").fetchone()
    init_team_database(pg_url)
    init_team_database(pg_url)
    with team.connect("postgres") as owner:
        assert owner.execute("SELECT count(*) FROM contact_moment").fetchone() == before
        assert owner.execute(f"SELECT has_function_privilege(%s, '{FUNCTION}(text[], jsonb)', "
                             "'EXECUTE'), has_function_privilege(%s, "
                             f"'{FUNCTION}(text[], jsonb)', 'EXECUTE')",
                             (team.coach, team.headquarters)).fetchone() == (True, False)


def test_a_coach_erasing_in_the_window_on_the_team_database_reaches_every_region(
        team: Team, coaches: tuple[Coach, Coach]) -> None:
    from coachdesk.application.team import open_team_services

    _anna, bert = coaches
    _bert_records_aicha(bert.laptop)
    bert.sync()
    live = open_team_services(team.url(team.coach).replace("+psycopg", ""))
    try:
        aicha = next(p.id for p in live.contacts.people() if p.name == NAME)
        live.privacy.erase_person(aicha)
    finally:
        live.close()
    with team.connect("postgres") as owner:
        assert _leaks(owner) == []
        assert owner.execute("SELECT count(*) FROM person WHERE name = %s",
                             (NAME,)).fetchone() == (0,)
    bert.sync()
    with bert.laptop.db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM person WHERE name = ?",
                                   (NAME,)).scalar() == 0
        texts = " ".join(str(r) for r in con.exec_driver_sql(
            "SELECT subject, report FROM contact_moment").fetchall())
    assert "Declercq" not in texts and "Jan Peeters was er ook" in texts


@pytest.mark.parametrize(("old", "new", "redaction"), [
    ("Gesprek met Jan Peeters", "Gesprek met M", True),
    ("Jan belt Jan terug", "M belt M terug", True),
    ("Jan", "M", True),
    ("aXbXc", "aMbMc", True),
    ("Jan", "Jan", False),  # nothing cut
    ("Gesprek met Jan", "Gesprek met M (ontslagen)", False),  # text added
    ("Jan belt Piet", "Piet M Jan", False),  # reordered
    ("ab", "aMab", False),  # a piece used twice
    ("Jan", "Jan Peeters", False),  # no marker
    ("Jan", "xM", False),
])
def test_a_redaction_only_cuts_spans_out_and_puts_the_marker_in(
        team: Team, old: str, new: str, redaction: bool) -> None:
    with team.connect("postgres") as owner:
        assert owner.execute("SELECT coachdesk_is_redaction(%s, %s, 'M')",
                             (old, new)).fetchone() == (redaction,)


def test_a_coach_who_changed_another_coachs_record_offline_gets_the_servers_back(
        coaches: tuple[Coach, Coach], server: Engine) -> None:
    anna, bert = coaches
    _bert_records_aicha(bert.laptop)
    bert.sync()
    anna.sync()
    with anna.laptop.db.engine.begin() as con:  # as an edit on her laptop, outside Kempen
        con.exec_driver_sql("UPDATE contact_moment SET report = 'Van Anna', "
                            "version = version + 1")
    anna.sync()  # the server keeps Bert's text, and so does Anna's laptop now
    same_everywhere(server, anna.laptop, bert.laptop)
    with anna.laptop.db.engine.connect() as con:
        assert "Van Anna" not in str(con.exec_driver_sql(
            "SELECT report FROM contact_moment").fetchall())


def test_two_coaches_who_erased_the_same_person_offline_both_synchronise(
        coaches: tuple[Coach, Coach], server: Engine) -> None:
    anna, bert = coaches
    _bert_records_aicha(bert.laptop)
    bert.sync()
    anna.sync()
    for coach in coaches:
        coach.laptop.privacy.erase_person(
            next(p.id for p in coach.laptop.contacts.people() if p.name == NAME))
    bert.sync()
    anna.sync()
    bert.sync()
    same_everywhere(server, anna.laptop, bert.laptop)
    with server.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM person WHERE name = %(n)s",
                                   {"n": NAME}).scalar() == 0


def test_an_erasure_made_before_the_function_existed_is_finished_at_the_next_sync(
        team: Team, pg_url: str, coaches: tuple[Coach, Coach], server: Engine) -> None:
    anna, bert = coaches
    _bert_records_aicha(bert.laptop)
    bert.sync()
    anna.sync()
    with team.connect("postgres") as owner:
        owner.execute(f"DROP FUNCTION {FUNCTION}(text[], jsonb)")  # a server from before
    anna.laptop.privacy.erase_person(
        next(p.id for p in anna.laptop.contacts.people() if p.name == NAME))
    anna.sync()
    with team.connect("postgres") as owner:  # row-level security kept her to Kempen
        assert owner.execute("SELECT count(*) FROM person WHERE name = %s",
                             (NAME,)).fetchone() == (1,)
    with anna.laptop.db.engine.connect() as con:  # and her laptop did not take him back
        texts = str(con.exec_driver_sql("SELECT subject, report FROM contact_moment").fetchall())
    assert "Declercq" not in texts
    init_team_database(pg_url)  # IT runs `team init` after updating CoachDesk
    anna.sync()
    with team.connect("postgres") as owner:
        assert _leaks(owner) == []
    bert.sync()
    anna.sync()
    same_everywhere(server, anna.laptop, bert.laptop)
