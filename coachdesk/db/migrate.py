"""Open a CoachDesk database: check it, set a copy aside, migrate it to the current schema."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import threading
from collections.abc import Callable

from coachdesk.db.backup import backup_database, free_backup_path, replace_database_file
from coachdesk.db.engine import (
    SQLITE_HEADER,
    connect_plain,
    create_private_file,
    make_engine,
    make_session_factory,
)
from coachdesk.domain.errors import DatabaseError, NewerSchemaError, os_cause

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
# `revision = "0002"` and `down_revision = "0001"` (or None) as Alembic writes them.
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(None|['\"]([^'\"]+)['\"])\s*$",
                   re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is loaded only when the schema must change

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest revision of the shipped migrations.

    Read from the migration files themselves, because importing Alembic costs more than
    the rest of the start-up when the database is already current; Alembic decides
    whenever the files do not name exactly one head.
    """
    head = scanned_head(MIGRATIONS / "versions")
    if head is not None:
        return head
    from alembic.script import ScriptDirectory

    found = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert found is not None
    return found


def scanned_head(folder: Path) -> str | None:
    """The one revision no other migration file revises, or None when that is not plain."""
    revisions, revised = set(), set()
    for script in folder.glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            if script.name != "__init__.py":
                return None
            continue
        revisions.add(revision.group(1))
        if down.group(2):
            revised.add(down.group(2))
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 and revised <= revisions else None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@dataclass
class Database:
    """An open, migrated database: the engine and its session factory, made on first use.

    Start-up reads the first page through `connect()` (plain sqlite3), so SQLAlchemy is
    loaded only when the first service needs a session; `engine_hooks` run on the new engine.
    """

    path: Path
    created: bool
    migrated_from: str | None = None
    pre_migration_backup: Path | None = None
    backup_dir: Path | None = None
    engine_hooks: list[Callable[[Engine], None]] = field(default_factory=list)
    _engine: Engine | None = None
    _session_factory: sessionmaker[Session] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    is_file = True  # an SQLite file: plain sqlite3 connections may read it (`connect`)

    @property
    def engine(self) -> Engine:
        with self._lock:  # the GUI thread and the database thread may both ask first
            if self._engine is None:
                engine = make_engine(self.path)
                for hook in self.engine_hooks:
                    hook(engine)
                self._engine = engine
            return self._engine

    def add_engine_hook(self, hook: Callable[[Engine], None]) -> None:
        """Run `hook` on the engine: now if it exists, else when it is made."""
        with self._lock:
            if self._engine is None:
                self.engine_hooks.append(hook)
                return
        hook(self._engine)

    @property
    def session_factory(self) -> sessionmaker[Session]:
        if self._session_factory is None:
            self._session_factory = make_session_factory(self.engine)
        return self._session_factory

    def connect(self) -> sqlite3.Connection:
        """A new plain connection, for reads that must not wait for SQLAlchemy; close it."""
        return connect_plain(self.path)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _inspect(path: Path) -> tuple[bool, str | None]:
    """(has_tables, alembic revision) of an existing SQLite file, read-only."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError("database.cannot_open", path=str(path)) from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("database.damaged", path=str(path), kind="damaged") from exc
    finally:
        con.close()
    return bool(tables), revision


def check_file(path: Path) -> tuple[bool, str | None]:
    """Refuse what is not ours, before anything is written. Returns (is_new, revision)."""
    if path.is_dir():
        raise DatabaseError("database.is_folder", path=str(path))
    if not path.exists() or path.stat().st_size == 0:
        return True, None
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseError("database.unreadable", path=str(path), cause=os_cause(exc)) from exc
    if header != SQLITE_HEADER:
        raise DatabaseError("database.not_sqlite", path=str(path), kind="not_sqlite")
    has_tables, revision = _inspect(path)
    if has_tables and revision is None:
        raise DatabaseError("database.foreign", path=str(path))
    if revision is not None and revision != head_revision() and revision not in known_revisions():
        raise NewerSchemaError("database.newer_schema", path=str(path), revision=revision)
    return not has_tables, revision


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`."""
    path = Path(path)
    is_new, revision = check_file(path)
    if not path.exists():
        try:
            create_private_file(path)
        except OSError as exc:
            raise DatabaseError("database.cannot_create", path=str(path),
                                cause=os_cause(exc)) from exc
    elif not is_new and not _writable(path):
        raise DatabaseError("database.read_only", path=str(path))
    head = head_revision()
    backup = None
    if revision is not None and revision != head and backup_dir is not None:
        backup = _copy_before_upgrade(path, Path(backup_dir), head)
    engine = None
    if revision != head:
        engine = make_engine(path)
        try:
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            _undo_failed_upgrade(path, backup, head, exc)
            raise
    return Database(
        path=path,
        _engine=engine,
        created=is_new,
        migrated_from=revision if revision != head else None,
        pre_migration_backup=backup,
        backup_dir=Path(backup_dir) if backup_dir is not None else None,
    )


def _copy_before_upgrade(path: Path, backup_dir: Path, head: str) -> Path:
    target = free_backup_path(backup_dir, path.stem, f"before-upgrade-{head}", datetime.now())
    try:
        return backup_database(path, target)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError("database.upgrade_copy_failed", path=str(path),
                            folder=str(backup_dir)) from exc


def _undo_failed_upgrade(path: Path, backup: Path | None, head: str, exc: Exception) -> None:
    """Put the copy taken before a failed upgrade back, and say so in one sentence."""
    if backup is None:
        if isinstance(exc, sqlite3.OperationalError) or "readonly" in str(exc).lower():
            raise DatabaseError("database.cannot_write", path=str(path)) from exc
        return
    try:
        replace_database_file(backup, path)
    except OSError as restore_exc:
        log.error("restoring %s after a failed upgrade: %s", path, restore_exc)
        raise DatabaseError("database.upgrade_failed", path=str(path), revision=head,
                            backup=str(backup)) from exc
    raise DatabaseError("database.upgrade_undone", path=str(path), revision=head,
                        backup=backup.name, restored=True) from exc


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
