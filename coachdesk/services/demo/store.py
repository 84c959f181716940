"""Read the reference rows of a fresh database and write the demo rows in bulk."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from coachdesk.db.models import (
    Action, Assessment, Candidacy, CandidacyEvent, CandidacyMunicipality, ContactMoment,
    ContactParticipant, Criterion, Municipality, Organisation, Person, Proposal, ProposalFile,
    ProposalVersion, Region, ReviewComment, Stage, StageChange,
)
from coachdesk.db.base import Base
from coachdesk.db.fts import FTS_PREFIX
from coachdesk.domain.progress import ProgressSink
from coachdesk.services.demo.context import Demo, MuniRef, Reference, RegionRef, Row

# In foreign-key order.
TABLES = (Organisation, Person, ContactMoment, ContactParticipant, Proposal, ProposalVersion,
          ProposalFile, Assessment, ReviewComment, Action, StageChange, Candidacy,
          CandidacyMunicipality, CandidacyEvent)
REFERENCE_TABLES = (Region, Municipality, Stage, Criterion)


def load_reference(session: Session) -> Reference:
    regions = {r.code: RegionRef(r.id, r.code, r.name, r.province)
               for r in session.execute(select(Region).order_by(Region.id)).scalars()}
    munis: dict[int, list[MuniRef]] = {r.id: [] for r in regions.values()}
    rows = session.execute(select(Municipality.id, Municipality.nis_code, Municipality.name,
                                  Municipality.region_id).order_by(Municipality.id))
    for muni_id, nis, name, region_id in rows:
        munis[region_id].append(MuniRef(muni_id, nis, name, region_id))
    stages = list(session.scalars(select(Stage.id).order_by(Stage.position)))
    criteria = list(session.scalars(select(Criterion.id).order_by(Criterion.position)))
    return Reference(regions, munis, stages, criteria)


def write(session: Session, demo: Demo, progress: ProgressSink | None = None) -> None:
    """Insert every queued row and apply the updates to the reference rows."""
    for number, model in enumerate(TABLES, start=1):
        if progress is not None:  # after the 9 steps of generating the rows
            progress.check()
            progress.report(9 + number, 9 + len(TABLES))
        rows = demo.rows.get(model.__tablename__)
        if rows and model is ContactMoment:
            _insert_indexing_once(session, rows)
        elif rows:
            session.execute(insert(_table(model)), rows)
    seeded = datetime.combine(demo.start - demo.days(1), time(9, 0))
    for reference in REFERENCE_TABLES:
        session.execute(update(_table(reference)).values(created_at=seeded, updated_at=seeded))
    for updated in (Region, Municipality):
        rows = demo.updates.get(updated.__tablename__)
        if rows:
            table = _table(updated)
            columns: dict[str, Any] = {name: bindparam(name) for name in rows[0]
                                       if name != "row_id"}
            stmt = update(table).where(table.c.id == bindparam("row_id")).values(columns)
            session.connection().execute(stmt, rows)


def _table(model: type[Base]) -> Table:
    """The table of a model (typed as a plain `FromClause` by SQLAlchemy)."""
    return cast(Table, model.__table__)


def _insert_indexing_once(session: Session, rows: list[Row]) -> None:
    """Insert contact moments, then build their full-text index in one go.

    The index's row-by-row insert trigger is ~8 times slower than one rebuild; it is set
    aside and put back, unchanged, in the same transaction.
    """
    triggers = session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :table "
        "AND name LIKE :prefix AND upper(sql) LIKE '%AFTER INSERT%'"
    ), {"table": ContactMoment.__tablename__, "prefix": f"{FTS_PREFIX}%"}).all()
    for name, _sql in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    session.execute(insert(_table(ContactMoment)), rows)
    if triggers:
        session.execute(text(f"INSERT INTO {FTS_PREFIX}({FTS_PREFIX}) VALUES ('rebuild')"))
    for _name, sql in triggers:
        session.execute(text(sql))
