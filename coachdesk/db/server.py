"""The team database on PostgreSQL: addresses, TLS, the engine, and migrating it.

The team database runs the same Alembic migrations as the laptop. A connection to another
machine must use TLS (`sslmode=require` at least); a server on the same machine (localhost or
a Unix socket) may do without.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from coachdesk.db.engine import make_session_factory
from coachdesk.db.migrate import Database, alembic_config, head_revision, known_revisions
from coachdesk.domain.errors import DatabaseError, NewerSchemaError

DRIVER = "postgresql+psycopg"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
SAFE_SSL_MODES = {"require", "verify-ca", "verify-full"}
# One number for every CoachDesk process that migrates or pushes to a team database.
MIGRATION_LOCK = 0x43_44_6D_67  # "CDmg"


def is_server_address(location: object) -> bool:
    return str(location).startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


def _is_local(url: URL) -> bool:
    host = url.host or url.query.get("host") or ""
    if isinstance(host, tuple):
        host = host[0]
    return not host or host in LOCAL_HOSTS or str(host).startswith("/")


def server_url(address: str) -> URL:
    """A SQLAlchemy URL for `address` with psycopg 3, refusing a connection without TLS.

    A remote server without `sslmode` gets `sslmode=require`; an explicitly weaker mode is
    refused. `sslrootcert` (the certificate authority) upgrades the default to `verify-full`.
    """
    try:
        url = make_url(address.replace("postgres://", "postgresql://", 1))
    except ArgumentError as exc:
        raise DatabaseError("team.not_postgresql", address=repr(address), kind="address") from exc
    if url.get_backend_name() != "postgresql":
        raise DatabaseError("team.not_postgresql", address=redact(url), kind="address")
    url = url.set(drivername=DRIVER)
    if _is_local(url):
        return url
    mode = url.query.get("sslmode")
    if mode is None:
        mode = "verify-full" if "sslrootcert" in url.query else "require"
        return url.update_query_dict({"sslmode": mode})
    if mode not in SAFE_SSL_MODES:
        raise DatabaseError("team.tls", address=redact(url), mode=str(mode), kind="tls")
    return url


def redact(url: URL | str) -> str:
    """The address without its password, for messages and the window's title."""
    if isinstance(url, str):
        url = make_url(url)
    return url.render_as_string(hide_password=True).replace(f"{DRIVER}://", "postgresql://", 1)


def make_server_engine(address: str | URL) -> Engine:
    url = address if isinstance(address, URL) else server_url(address)
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


@dataclass
class ServerDatabase(Database):
    """An open team database; `path` only names it (it is not a file)."""

    url: str = ""
    is_file = False  # read through SQLAlchemy, never through a plain sqlite3 connection


def open_server_database(address: str, migrate: bool = True) -> ServerDatabase:
    """Connect to the team database and, when `migrate`, bring its schema to the head."""
    url = server_url(address)
    engine = make_server_engine(url)
    try:
        revision = _revision(engine)
        if revision is not None and revision not in known_revisions():
            raise NewerSchemaError("team.newer_schema", address=redact(url), revision=revision)
        if migrate and revision != head_revision():
            upgrade_server(engine)
    except BaseException:
        engine.dispose()
        raise
    return ServerDatabase(
        path=Path(redact(url)), _engine=engine, _session_factory=make_session_factory(engine),
        created=revision is None, migrated_from=revision if revision != head_revision() else None,
        url=url.render_as_string(hide_password=False),
    )


def _revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_server(engine: Engine, revision: str = "head") -> None:
    """Migrate under a transaction-scoped advisory lock, so two clients never both migrate."""
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
