"""Preparing the team database: schema, reference data, roles and row-level security."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text

from coachdesk.db.models import Region
from coachdesk.db.redaction import redaction_statements
from coachdesk.db.security import ASSIGNMENTS, COACH, HEADQUARTERS, security_statements
from coachdesk.db.server import redact
from coachdesk.domain.errors import NotFoundError
from coachdesk.services.database import open_team_db


@dataclass(frozen=True)
class TeamInit:
    address: str  # without the password
    schema: str  # the Alembic revision it now has
    upgraded_from: str | None
    created: bool
    roles: tuple[str, str] = (COACH, HEADQUARTERS)


def init_team_database(address: str) -> TeamInit:
    """Bring an (empty or earlier) PostgreSQL database up to a team database; safe to repeat.

    Must run as the database's owner: it creates the tables, the two group roles, the
    row-level security policies and the erasure function for coaches (db/redaction.py).
    """
    db = open_team_db(address)
    try:
        with db.engine.begin() as connection:
            database = connection.execute(text("SELECT current_database()")).scalar_one()
            for statement in [*security_statements(str(database)), *redaction_statements()]:
                connection.execute(text(statement))
            schema = connection.execute(text("SELECT version_num FROM alembic_version")
                                        ).scalar_one()
        return TeamInit(redact(address), str(schema), db.migrated_from, db.created)
    finally:
        db.dispose()


def assign_regions(address: str, username: str, region_names: list[str]) -> list[str]:
    """Let the login role `username` write these regions (by name or code); returns them."""
    db = open_team_db(address, migrate=False)
    try:
        with db.session_factory.begin() as s:
            found = []
            for name in region_names:
                region = s.scalar(select(Region).where(
                    (Region.name.ilike(name.strip())) | (Region.code == name.strip())))
                if region is None:
                    raise NotFoundError("not_found.region_named", region=name)
                s.execute(text(f"INSERT INTO {ASSIGNMENTS} (username, region_id) VALUES "
                               "(:user, :region) ON CONFLICT DO NOTHING"),
                          {"user": username, "region": region.id})
                found.append(region.name)
            return found
    finally:
        db.dispose()
