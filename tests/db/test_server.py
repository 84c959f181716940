"""Team database addresses: TLS except on this machine; the migrations run on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from coachdesk.db.migrate import head_revision
from coachdesk.db.server import open_server_database, redact, server_url
from coachdesk.domain.errors import DatabaseError


@pytest.mark.parametrize(
    ("address", "mode"),
    [
        ("postgresql://coach@team.example.be/coachdesk", "require"),
        ("postgresql://coach@team.example.be/coachdesk?sslrootcert=/etc/ca.pem", "verify-full"),
        ("postgresql://coach@team.example.be/coachdesk?sslmode=verify-full", "verify-full"),
        ("postgres://coach@10.0.0.5:6543/coachdesk?sslmode=require", "require"),
    ],
)
def test_a_remote_server_is_reached_over_tls(address: str, mode: str) -> None:
    url = server_url(address)
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == mode


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_a_remote_server_without_tls_is_refused(mode: str) -> None:
    with pytest.raises(DatabaseError, match="over TLS") as caught:
        server_url(f"postgresql://coach:geheim@team.example.be/coachdesk?sslmode={mode}")
    assert "geheim" not in str(caught.value)


@pytest.mark.parametrize(
    "address",
    ["postgresql://coach@localhost/coachdesk", "postgresql://coach@127.0.0.1:5433/coachdesk",
     "postgresql:///coachdesk?host=/var/run/postgresql"],
)
def test_a_server_on_this_machine_needs_no_tls(address: str) -> None:
    assert "sslmode" not in server_url(address).query


def test_other_addresses_are_refused_and_passwords_never_shown() -> None:
    with pytest.raises(DatabaseError, match="not a PostgreSQL address"):
        server_url("mysql://coach@team.example.be/coachdesk")
    assert "geheim" not in redact("postgresql+psycopg://coach:geheim@host/db")


def test_the_template_team_database_is_migrated_and_seeded(pg_url: str) -> None:
    db = open_server_database(pg_url, migrate=False)
    try:
        with db.engine.connect() as c:
            assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert c.execute(text("SELECT count(*) FROM region")).scalar() == 18
    finally:
        db.dispose()


def test_each_test_gets_its_own_team_database(pg_url: str) -> None:
    db = open_server_database(pg_url, migrate=False)
    try:
        with db.engine.begin() as c:
            c.execute(text("UPDATE region SET notes = 'only here'"))
        with db.engine.connect() as c:
            assert c.execute(text("SELECT current_database()")).scalar() in pg_url
    finally:
        db.dispose()
