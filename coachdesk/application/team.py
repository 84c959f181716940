"""The coach's connection to the team database, and synchronising with it (Qt-free).

The address (without its password) is kept in `coachdesk-team.json` in the configuration folder; the
password goes to the system's credential store (`keyring`: Windows Credential Manager, macOS
Keychain, Secret Service), never into a file. A connection to another machine uses TLS
(`db/server.py`). Both the window (Bestand > Teamdatabank…, Synchroniseren) and the command
line (`coachdesk team connect`, `coachdesk sync`) call these functions.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from coachdesk import paths
from coachdesk.domain.errors import DatabaseError
from coachdesk.domain.progress import NoProgress, ProgressSink

# The window reads the stored connection at start-up: SQLAlchemy, psycopg and the sync
# engine load only when the team database is used.
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

    from coachdesk.db.server import ServerDatabase
    from coachdesk.services.container import Services
    from coachdesk.services.sync import SyncResult
    from coachdesk.services.sync_conflicts import Choice, Conflict

FILE_NAME = "coachdesk-team.json"
KEYRING_SERVICE = "CoachDesk team database"
LAST_SYNC = "sync_last_at"  # db_meta: when this laptop database last synchronised (UTC)


@dataclass(frozen=True)
class TeamConnection:
    """The stored connection: the address with its user, never its password."""

    address: str

    @property
    def user(self) -> str:
        from coachdesk.db.server import server_url

        return server_url(self.address).username or ""

    @property
    def shown(self) -> str:
        from coachdesk.db.server import redact, server_url

        return redact(server_url(self.address))


@dataclass(frozen=True)
class SyncOutcome:
    """A finished sync: what travelled, the open conflicts, and when it finished (UTC)."""

    result: SyncResult
    address: str
    at: datetime


def connection_file() -> Path:
    return paths.config_dir() / FILE_NAME


def stored_connection() -> TeamConnection | None:
    """The team database this computer synchronises with, or None when none is set up."""
    try:
        data = json.loads(connection_file().read_text(encoding="utf-8"))
        address = str(data["address"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return TeamConnection(address) if address else None


def _secret_key(url: URL) -> str:
    """Under which name the password is kept: the address without password or options."""
    return url.set(password=None, query={}).render_as_string(hide_password=True)


def build_address(address: str, user: str = "", ca_file: str | Path | None = None) -> URL:
    """The checked URL for what the coach typed: the user filled in, TLS as required
    (verify-full when the certificate authority's file is given)."""
    from coachdesk.db.server import redact, server_url

    url = server_url(address)
    if user:
        url = url.set(username=user)
    if ca_file:
        url = url.update_query_dict({"sslrootcert": str(ca_file)})
        if url.query.get("sslmode") in (None, "require"):
            url = url.update_query_dict({"sslmode": "verify-full"})
        url = server_url(url.render_as_string(hide_password=False))
    if not url.username:
        raise DatabaseError("team.no_user", address=redact(url), kind="address")
    return url


def connect(address: str, user: str = "", password: str = "", ca_file: str | Path | None = None,
            check: Callable[[URL], None] | None = None) -> TeamConnection:
    """Check that the team database answers with these credentials, then keep the address
    in the settings and the password in the credential store. Nothing is kept on failure."""
    url = build_address(address, user, ca_file)
    password = password or url.password or ""
    full = url.set(password=password or None)
    (check or check_server)(full)
    bare = url.set(password=None)
    if password:
        _keyring_call("set_password", KEYRING_SERVICE, _secret_key(bare), password)
    from coachdesk.services.erasure_files import write_private

    target = connection_file()
    paths.ensure_private_dir(target.parent)
    address = (bare.render_as_string(hide_password=True)
               .replace("postgresql+psycopg://", "postgresql://", 1))
    write_private(target, (json.dumps({"address": address}, indent=2) + "\n").encode("utf-8"))
    return TeamConnection(address)


def forget() -> TeamConnection | None:
    """Stop synchronising from this computer: the address and the password are removed."""
    from coachdesk.db.server import server_url

    found = stored_connection()
    if found is None:
        return None
    try:
        _keyring_call("delete_password", KEYRING_SERVICE,
                      _secret_key(server_url(found.address)))
    except DatabaseError:
        pass  # nothing stored (a password in PGPASSWORD, or a local server without one)
    connection_file().unlink(missing_ok=True)
    return found


def _keyring_call(name: str, *args: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        return getattr(keyring, name)(*args)  # type: ignore[no-any-return]
    except PasswordDeleteError:
        return None
    except (KeyringError, RuntimeError) as exc:
        raise DatabaseError("team.no_keyring", detail=type(exc).__name__, kind="keyring") from exc


def stored_url(connection: TeamConnection | None = None) -> URL:
    """The stored address with its password from the credential store."""
    from coachdesk.db.server import server_url

    found = connection or stored_connection()
    if found is None:
        raise DatabaseError("team.none_given", kind="no_team")
    url = server_url(found.address)
    password = _keyring_call("get_password", KEYRING_SERVICE, _secret_key(url))
    return url.set(password=password) if password else url


def open_team(url: URL) -> ServerDatabase:
    """Open the team database without migrating it; it must be prepared at this schema."""
    from coachdesk.db.migrate import head_revision
    from coachdesk.db.server import open_server_database, redact

    try:
        server = open_server_database(url.render_as_string(hide_password=False), migrate=False)
    except Exception as exc:
        _reraise(exc, url)
    if server.migrated_from is not None or server.created:
        server.dispose()
        raise DatabaseError("team.not_prepared", address=redact(url), revision=head_revision(),
                            kind="not_team")
    return server


def check_server(url: URL) -> None:
    """Connect once: the server answers, the password and TLS are right, it is a team database."""
    open_team(url).dispose()


def _reraise(exc: Exception, url: URL) -> NoReturn:
    explained = explain(exc, url)
    if explained is exc:
        raise exc
    raise explained from exc


def explain(exc: BaseException, url: URL) -> BaseException:
    """A connection failure as one sentence naming its cause; other errors as they are."""
    from coachdesk.db.server import redact

    import psycopg

    if isinstance(exc, DatabaseError):
        return exc
    original: BaseException | None = exc
    while original is not None and not isinstance(original, psycopg.Error):
        original = original.__cause__ or getattr(original, "orig", None)
    if not isinstance(original, psycopg.OperationalError):
        return exc
    said = str(original).lower()
    fields = {"address": redact(url), "user": url.username or "", "kind": "connection"}
    if "password authentication failed" in said or "no password supplied" in said:
        return DatabaseError("team.wrong_password", **fields)
    if "does not support ssl" in said or "ssl" in said and "refused" in said:
        return DatabaseError("team.tls_unsupported", **fields)
    if "certificate" in said or "ssl" in said or "tls" in said:
        return DatabaseError("team.tls_certificate", **fields)
    if "no pg_hba.conf entry" in said or "permission denied for database" in said:
        return DatabaseError("team.no_access", **fields)
    if "database" in said and "does not exist" in said:
        return DatabaseError("team.no_database", **fields)
    if "role" in said and "does not exist" in said:
        return DatabaseError("team.wrong_password", **fields)  # an unknown user: the same
    return DatabaseError("team.unreachable", **fields)


def synchronise_now(laptop: Engine, url: URL | None = None,
                    progress: ProgressSink | None = None) -> SyncOutcome:
    """One sync of the laptop database with the team database (the stored one by default).

    Cancel is honoured between chunks of records: each side's transaction is complete or not
    done at all, and the next sync carries on where this one stopped.
    """
    from sqlalchemy import delete, insert

    from coachdesk.db.models import DbMeta
    from coachdesk.db.server import redact
    from coachdesk.services.sync import synchronise

    sink = progress or NoProgress()
    url = url or stored_url()
    server = open_team(url)
    try:
        try:
            result = synchronise(laptop, server.engine, progress=sink)
        except Exception as exc:
            _reraise(exc, url)
    finally:
        server.dispose()
    at = datetime.now(timezone.utc)
    with laptop.begin() as con:
        con.execute(delete(DbMeta).where(DbMeta.key == LAST_SYNC))
        con.execute(insert(DbMeta).values(key=LAST_SYNC, value=at.isoformat()))
    return SyncOutcome(result, redact(url), at)


@dataclass(frozen=True)
class SyncState:
    """What the Synchroniseren button shows: the connection, the last sync, open conflicts."""

    connection: TeamConnection | None
    last: datetime | None  # UTC
    conflicts: int


def sync_state(laptop: Engine) -> SyncState:
    from sqlalchemy import select

    from coachdesk.db.models import DbMeta
    from coachdesk.services.sync import open_conflicts

    with laptop.connect() as con:
        raw = con.scalar(select(DbMeta.value).where(DbMeta.key == LAST_SYNC))
    try:
        last = datetime.fromisoformat(raw) if raw else None
    except ValueError:
        last = None
    return SyncState(stored_connection(), last, open_conflicts(laptop))


# --- what the window calls with the open database's services ---------------------------

def state_of(services: Services) -> SyncState:
    return sync_state(services.db.engine)


def synchronise_services(services: Services, progress: ProgressSink | None = None) -> SyncOutcome:
    """Synchronise the open laptop database with the stored team database."""
    return synchronise_now(services.db.engine, progress=progress)


def conflicts_of(services: Services) -> list[Conflict]:
    from coachdesk.services.sync_conflicts import list_conflicts

    return list_conflicts(services.db.engine)


def resolve_conflicts(services: Services, choices: Mapping[int, Choice]) -> int:
    """Apply the coach's choices in one transaction; the records travel at the next sync."""
    from coachdesk.services.sync_conflicts import resolve

    return resolve(services.db.engine, choices)


# --- headquarters: the window opened on the team database itself -------------------------

def open_team_services(address: str) -> Services:
    """The services of the team database (`coachdesk --db postgresql://…`), as the address's
    user. The password comes from the address, libpq's PGPASSWORD, or the credential store
    (after `coachdesk team connect` with the same address). What the user's role may not do
    is refused by the server and becomes one sentence (`team.refused`)."""
    from coachdesk.services.container import Services

    url = build_address(address)
    if not url.password and not os.environ.get("PGPASSWORD"):
        try:
            secret = _keyring_call("get_password", KEYRING_SERVICE, _secret_key(url))
        except DatabaseError:
            secret = None  # no credential store: the server says whether it needs one
        if secret:
            url = url.set(password=secret)
    server = open_team(url)
    explain_refusals(server.engine, url.username or "")
    return Services(server)


def explain_refusals(engine: Engine, user: str) -> None:
    """A write the server refuses (privileges, row-level security) as one sentence."""
    import psycopg
    from sqlalchemy import event
    from sqlalchemy.engine import ExceptionContext

    def on_error(context: ExceptionContext) -> None:
        if isinstance(context.original_exception, psycopg.errors.InsufficientPrivilege):
            raise DatabaseError("team.refused", user=user, kind="refused") \
                from context.original_exception

    event.listen(engine, "handle_error", on_error)


def direct_address(services: Services) -> str | None:
    """The team database's address (without password) when the window is open on it."""
    url = getattr(services.db, "url", "")
    if services.db.is_file or not url:
        return None  # a laptop file: SQLAlchemy stays unloaded at start-up
    from coachdesk.db.server import redact

    return redact(url)
