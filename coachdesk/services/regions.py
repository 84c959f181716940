"""Read and change regions and their municipalities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload, sessionmaker

from coachdesk.db.models import Municipality, Region, Stage, StageChange
from coachdesk.domain.vocabulary import MembershipStatus


@dataclass(frozen=True)
class RegionSummary:
    id: int
    uuid: str
    code: str
    name: str
    province: str
    stage_key: str
    stage_name: str
    stage_position: int
    stage_since: date | None
    municipality_count: int
    joined_count: int


@dataclass(frozen=True)
class MunicipalityRow:
    id: int
    nis_code: str
    name: str
    former_names: tuple[str, ...]
    region_id: int
    region_name: str
    status: MembershipStatus
    status_since: date | None
    note: str


def effective_changes_query():
    """Stage changes that no later correction replaced."""
    correction = aliased(StageChange)
    return select(StageChange).where(
        ~select(correction.id).where(correction.corrects_id == StageChange.id).exists()
    )


def current_stages(session: Session) -> dict[int, tuple[Stage, date | None]]:
    """Each region's current stage and since when; regions without history are at stage 0."""
    first = session.scalars(select(Stage).order_by(Stage.position)).first()
    eff = effective_changes_query().subquery()
    ranked = select(
        eff.c.region_id, eff.c.to_stage_id, eff.c.changed_on,
        func.row_number().over(
            partition_by=eff.c.region_id, order_by=(eff.c.changed_on.desc(), eff.c.id.desc())
        ).label("rn"),
    ).subquery()
    latest = session.execute(
        select(ranked.c.region_id, ranked.c.to_stage_id, ranked.c.changed_on).where(ranked.c.rn == 1)
    ).all()
    stages = {s.id: s for s in session.scalars(select(Stage))}
    result: dict[int, tuple[Stage, date | None]] = {}
    for region_id in session.scalars(select(Region.id)):
        result[region_id] = (first, None)  # type: ignore[assignment]
    for region_id, stage_id, changed_on in latest:
        result[region_id] = (stages[stage_id], changed_on)
    return result


class RegionService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_regions(self) -> list[RegionSummary]:
        with self._sf() as s:
            stages = current_stages(s)
            counts = dict(
                s.execute(select(Municipality.region_id, func.count()).group_by(Municipality.region_id)).all()
            )
            joined = dict(
                s.execute(
                    select(Municipality.region_id, func.count())
                    .where(Municipality.membership_status == MembershipStatus.JOINED.value)
                    .group_by(Municipality.region_id)
                ).all()
            )
            rows = []
            for r in s.scalars(select(Region).order_by(Region.name)):
                stage, since = stages[r.id]
                rows.append(
                    RegionSummary(
                        id=r.id, uuid=r.uuid, code=r.code, name=r.name, province=r.province,
                        stage_key=stage.key, stage_name=stage.name, stage_position=stage.position,
                        stage_since=since, municipality_count=counts.get(r.id, 0),
                        joined_count=joined.get(r.id, 0),
                    )
                )
            return rows

    def municipalities(self, region_id: int | None = None) -> list[MunicipalityRow]:
        with self._sf() as s:
            q = (
                select(Municipality, Region.name).join(Region)
                .options(selectinload(Municipality.former)).order_by(Municipality.name)
            )
            if region_id is not None:
                q = q.where(Municipality.region_id == region_id)
            return [
                MunicipalityRow(
                    id=m.id, nis_code=m.nis_code, name=m.name,
                    former_names=tuple(f.name for f in m.former if f.name != m.name),
                    region_id=m.region_id, region_name=region_name,
                    status=MembershipStatus(m.membership_status), status_since=m.status_since,
                    note=m.membership_note,
                )
                for m, region_name in s.execute(q).all()
            ]
