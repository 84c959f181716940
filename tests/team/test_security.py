"""Who may do what on the team database, refused by PostgreSQL itself (not by CoachDesk)."""

from __future__ import annotations

import psycopg
import pytest

from coachdesk.cli import main
from coachdesk.db.migrate import head_revision
from tests.team.conftest import Team


def _one(con: psycopg.Connection, sql: str, *params: object) -> object:
    row = con.execute(sql, params).fetchone()  # type: ignore[arg-type]
    return row[0] if row else None


def test_a_coach_writes_her_own_region_and_only_reads_the_others(team: Team) -> None:
    with team.connect(team.coach) as con:
        assert _one(con, "SELECT count(*) FROM region") == 18  # she reads every region
        con.execute("UPDATE region SET next_step = 'Regio-overleg' WHERE name = 'Kempen'")
        assert _one(con, "SELECT next_step FROM region WHERE name = 'Kempen'") == "Regio-overleg"
        changed = con.execute("UPDATE region SET next_step = 'Niet van mij' "
                              "WHERE name <> 'Kempen'").rowcount
        assert changed == 0
        kempen = _one(con, "SELECT id FROM region WHERE name = 'Kempen'")
        brugge = _one(con, "SELECT id FROM region WHERE name = 'Regio Brugge'")
        con.execute("INSERT INTO contact_moment (uuid, created_at, updated_at, happened_on, kind,"
                    " region_id, subject, report) VALUES ('m1', now(), now(), current_date,"
                    " 'phone', %s, 'Overleg', '')", (kempen,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            con.execute("INSERT INTO contact_moment (uuid, created_at, updated_at, happened_on, "
                        "kind, region_id, subject, report) VALUES ('m2', now(), now(), "
                        "current_date, 'phone', %s, 'Overleg', '')", (brugge,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("INSERT INTO region (code, name, province, kind, next_step, notes, uuid,"
                        " created_at, updated_at) VALUES ('x', 'X', 'p', 'k', '', '', 'u', now(),"
                        " now())")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE stage SET name = 'Anders'")
    with team.connect(team.coach) as con:  # and the server kept only what she may write
        assert _one(con, "SELECT count(*) FROM contact_moment") == 1
        assert _one(con, "SELECT count(*) FROM region WHERE next_step = 'Niet van mij'") == 0


def test_headquarters_reads_all_and_corrects_only_deadlines_and_comments(team: Team) -> None:
    with team.connect("postgres") as admin:
        admin.execute("INSERT INTO action (uuid, created_at, updated_at, region_id, description,"
                      " owner, status) VALUES ('a1', now(), now(), 1, 'Nabellen', '', 'open')")
    with team.connect(team.headquarters) as con:
        assert _one(con, "SELECT count(*) FROM action") == 1
        assert _one(con, "SELECT count(*) FROM municipality") > 300
        con.execute("UPDATE action SET due_on = '2026-12-24', version = version + 1")
        assert str(_one(con, "SELECT due_on FROM action")) == "2026-12-24"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE action SET description = 'Iets anders'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE region SET next_step = 'HQ'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("INSERT INTO tombstone (table_name, uuid, kind, deleted_at) "
                        "VALUES ('action', 'a1', 'deleted', now())")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("DELETE FROM action")


def test_nobody_else_gets_in(team: Team) -> None:
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        team.connect(team.stranger)


def test_every_write_takes_a_number_in_the_change_sequence(team: Team) -> None:
    with team.connect(team.coach) as con:
        con.execute("UPDATE region SET next_step = 'Eén' WHERE name = 'Kempen'")
        first = _one(con, "SELECT change_seq FROM region WHERE name = 'Kempen'")
        con.execute("UPDATE region SET next_step = 'Twee' WHERE name = 'Kempen'")
        assert _one(con, "SELECT change_seq FROM region WHERE name = 'Kempen'") > first  # type: ignore[operator]


def test_team_init_on_the_command_line_can_be_repeated(pg_url: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "init", pg_url]) == 0
    assert main(["team", "init", pg_url]) == 0
    out = capsys.readouterr().out
    assert "coachdesk_coach" in out and f"schema {head_revision()}" in out


def test_team_init_refuses_a_remote_server_without_tls(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "init",
                 "postgresql://owner:geheim@team.example.be/coachdesk?sslmode=disable"]) == 1
    err = capsys.readouterr().err
    assert "TLS" in err and "geheim" not in err
