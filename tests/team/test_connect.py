"""The stored team connection: the address in the settings, the password in the credential
store, TLS required, and one sentence naming the cause when connecting fails."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import keyring
import pytest

from coachdesk.application import team as connection
from coachdesk.domain.errors import DatabaseError
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.sync import synchronise
from tests import pg
from tests.fake_keyring import LockedKeyring, MemoryKeyring

from .conftest import Team


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def lies(team: Team, pg_cluster: pg.Cluster) -> str:
    """The coach's login, with a password the server asks for."""
    pg_cluster.execute(f"ALTER ROLE {team.coach} PASSWORD 'geheim-42'")
    pg_cluster.require_password(team.coach)
    return team.coach


def _address(team: Team) -> str:
    return f"postgresql://127.0.0.1:{team.port}/{team.database}"


def test_connect_keeps_the_password_in_the_credential_store_only(  # type: ignore[no-untyped-def]
        team, lies: str, credential_store: MemoryKeyring, coachdesk_home: Path) -> None:
    found = connection.connect(_address(team), lies, "geheim-42")
    assert found.user == lies
    stored = connection.connection_file().read_text(encoding="utf-8")
    assert "geheim-42" not in stored
    assert json.loads(stored)["address"] == f"postgresql://{lies}@127.0.0.1:{team.port}/{team.database}"
    assert not any("geheim-42" in p.read_text(errors="ignore")
                   for p in coachdesk_home.rglob("*") if p.is_file())
    assert list(credential_store.secrets.values()) == ["geheim-42"]
    assert connection.stored_url().password == "geheim-42"
    assert connection.forget() == found
    assert connection.stored_connection() is None and not credential_store.secrets


def test_a_wrong_password_is_named_and_nothing_is_kept(team, lies: str,  # type: ignore[no-untyped-def]
                                                       credential_store: MemoryKeyring) -> None:
    with pytest.raises(DatabaseError) as caught:
        connection.connect(_address(team), lies, "fout")
    assert caught.value.code == "team.wrong_password"
    assert lies in str(caught.value) and "password is wrong" in str(caught.value)
    assert connection.stored_connection() is None and not credential_store.secrets


def test_an_unreachable_server_is_one_calm_sentence() -> None:
    with pytest.raises(DatabaseError) as caught:
        connection.connect(f"postgresql://anna@127.0.0.1:{_closed_port()}/coachdesk", "", "x")
    assert caught.value.code == "team.unreachable"
    assert "keeps working on this computer" in str(caught.value)


def test_a_server_without_tls_is_refused_when_tls_is_asked(team, lies: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DatabaseError) as caught:
        connection.connect(_address(team) + "?sslmode=require", lies, "geheim-42")
    assert caught.value.code == "team.tls_unsupported"


def test_a_remote_server_needs_tls_and_a_certificate_authority_means_verify_full() -> None:
    url = connection.build_address("postgresql://db.example.be/coachdesk", "anna")
    assert url.query["sslmode"] == "require" and url.username == "anna"
    url = connection.build_address("postgresql://anna@db.example.be/coachdesk", "", "/etc/ca.pem")
    assert url.query["sslmode"] == "verify-full" and url.query["sslrootcert"] == "/etc/ca.pem"
    with pytest.raises(DatabaseError) as caught:
        connection.build_address("postgresql://anna@db.example.be/coachdesk?sslmode=disable")
    assert caught.value.code == "team.tls"
    with pytest.raises(DatabaseError) as caught:
        connection.build_address("postgresql://db.example.be/coachdesk")
    assert caught.value.code == "team.no_user"
    # The same machine may do without TLS (the tests' server, a Unix socket)
    assert "sslmode" not in connection.build_address("postgresql://anna@localhost/cd").query


def test_without_a_credential_store_nothing_is_kept(team, lies: str) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(DatabaseError) as caught:
        connection.connect(_address(team), lies, "geheim-42")
    assert caught.value.code == "team.no_keyring"
    assert connection.stored_connection() is None


def test_team_connect_then_sync_without_team(team, lies: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from coachdesk.cli import main

    laptop = tmp_path / "lies.sqlite"
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim-42\n"))
    assert main(["--lang", "nl", "team", "connect", _address(team), "--user", lies,
                 "--password-stdin"]) == 0
    said = capsys.readouterr().out
    assert "geheim-42" not in said and lies in said
    assert main(["--lang", "nl", "sync", "--db", str(laptop)]) == 0
    assert "0 conflicten wachten" in capsys.readouterr().out
    opened = open_coachdesk_db(laptop)
    state = connection.sync_state(opened.engine)
    opened.dispose()
    assert state.last is not None and state.conflicts == 0
    assert main(["--lang", "nl", "team", "disconnect"]) == 0
    assert main(["--lang", "nl", "sync", "--db", str(laptop)]) == 1
    assert "team connect" in capsys.readouterr().err


def test_sync_with_a_stored_connection_brings_a_colleagues_work(  # type: ignore[no-untyped-def]
        team, lies: str, pg_url: str, tmp_path: Path) -> None:
    from coachdesk.db.server import make_server_engine

    karim = Services(open_coachdesk_db(tmp_path / "karim.sqlite"))
    mine = Services(open_coachdesk_db(tmp_path / "lies.sqlite"))
    server = make_server_engine(pg_url)
    try:
        karim.contacts.save_person(PersonRow(None, "Jan Peeters", email="jan@mol.be"))
        synchronise(karim.db.engine, server)
        connection.connect(_address(team), lies, "geheim-42")
        outcome = connection.synchronise_now(mine.db.engine)
        assert outcome.result.received > 0 and lies in outcome.address
        assert "geheim" not in outcome.address
        assert any(p.name == "Jan Peeters" for p in mine.contacts.people())
    finally:
        server.dispose()
        karim.close()
        mine.close()
