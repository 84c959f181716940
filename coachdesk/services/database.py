"""Open the coach's database: check, back up, migrate, and seed reference data when new."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from coachdesk.db.migrate import Database, open_database
from coachdesk.db.models import Region
from coachdesk.paths import resources_dir
from coachdesk.services.reference import seed_reference_data

__all__ = ["Database", "open_coachdesk_db"]


def open_coachdesk_db(path: Path, backup_dir: Path | None = None, coach: str = "") -> Database:
    db = open_database(Path(path), backup_dir=backup_dir)
    with db.session_factory.begin() as session:
        if not session.scalar(select(func.count()).select_from(Region)):
            seed_reference_data(session, resources_dir() / "reference", coach=coach)
    return db
