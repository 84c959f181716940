"""Keeping the database healthy: integrity check, summary, consistent backups."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.backup import backup_database
from coachdesk.db.migrate import current_revision, head_revision
from coachdesk.db.models import (
    Action,
    ContactMoment,
    DbMeta,
    Municipality,
    Organisation,
    Person,
    ProposalVersion,
    Region,
)

COUNTED = (
    ("regions", Region), ("municipalities", Municipality), ("organisations", Organisation),
    ("people", Person), ("contact_moments", ContactMoment), ("actions", Action),
    ("proposal_versions", ProposalVersion),
)


@dataclass
class CheckReport:
    path: Path
    integrity: list[str]
    foreign_key_problems: int
    schema: str | None
    schema_expected: str
    database_id: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ["ok"]
            and self.foreign_key_problems == 0
            and self.schema == self.schema_expected
        )


class MaintenanceService:
    def __init__(self, session_factory: sessionmaker[Session], path: Path) -> None:
        self._sf = session_factory
        self._path = path

    def counts(self) -> dict[str, int]:
        return count_records(self._sf)

    def check(self) -> CheckReport:
        with self._sf() as s:
            integrity = [r[0] for r in s.execute(text("PRAGMA integrity_check")).all()]
            fk = len(s.execute(text("PRAGMA foreign_key_check")).all())
            counts = {
                name: s.scalar(select(func.count()).select_from(model)) or 0
                for name, model in COUNTED
            }
            db_id = s.scalar(select(DbMeta.value).where(DbMeta.key == "database_id")) or ""
            engine = s.get_bind()
        return CheckReport(
            path=self._path, integrity=integrity, foreign_key_problems=fk,
            schema=current_revision(engine), schema_expected=head_revision(),
            database_id=db_id, counts=counts,
        )

    def backup(self, target_dir: Path, label: str = "manual") -> Path:
        """A consistent copy of the database in `target_dir`, safe while the app runs."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = Path(target_dir) / f"{self._path.stem}-{label}-{stamp}.sqlite"
        return backup_database(self._path, target)


def count_records(session_factory: sessionmaker[Session]) -> dict[str, int]:
    """How many of each kind of record the database holds."""
    with session_factory() as s:
        return {
            name: s.scalar(select(func.count()).select_from(model)) or 0 for name, model in COUNTED
        }
