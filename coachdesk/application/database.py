"""Opening the coach's database with its backups folder and rotation; restoring, then migrating."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coachdesk import paths
from coachdesk.application.settings import Settings, backup_retention, read_settings
from coachdesk.services.backups import RestoreResult, restore_database
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db


@dataclass(frozen=True)
class Place:
    """Where a database lives and where its backups go."""

    database: Path
    backups: Path


def default_place(database: Path | None = None) -> Place:
    """The given database (or the default one in the data folder) and the backups folder."""
    if database is None:
        paths.ensure_private_dir(paths.data_dir())
        database = paths.default_db_path()
    return Place(Path(database), paths.backup_dir())


def open_services(database: Path | None = None, settings: Settings | None = None) -> Services:
    """Open (creating or upgrading) the database; its backups follow the coach's rotation."""
    place = default_place(database)
    paths.ensure_private_dir(place.backups)
    retention = backup_retention(settings if settings is not None else read_settings())
    return Services(open_coachdesk_db(place.database, backup_dir=place.backups), retention)


def restore_and_migrate(database: Path, backup: Path, backups: Path | None = None) -> RestoreResult:
    """Put `backup` back in place of `database` (the current state is kept as a copy first),
    then open it once so a copy from an older version is upgraded now, not at the next start.

    No connection to `database` may be open; the caller holds its lock.
    """
    folder = backups or paths.backup_dir()
    result = restore_database(database, backup, folder)
    open_coachdesk_db(database, backup_dir=folder).dispose()
    return result
