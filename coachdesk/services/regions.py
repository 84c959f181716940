"""Read and change regions, their municipalities' membership and their next step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased, selectinload, sessionmaker

from coachdesk.db.models import Municipality, Region, Stage, StageChange
from coachdesk.domain.errors import NotFoundError, ValidationError
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


@dataclass(frozen=True)
class MembershipState:
    """A municipality's membership as it was; enough to put it back (undo)."""

    municipality_id: int
    status: MembershipStatus
    since: date | None
    note: str


@dataclass(frozen=True)
class NextStep:
    region_id: int
    text: str
    on: date | None


def effective_changes_query() -> Select[StageChange]:
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
        select(ranked.c.region_id, ranked.c.to_stage_id, ranked.c.changed_on)
        .where(ranked.c.rn == 1)
    ).all()
    stages = {s.id: s for s in session.scalars(select(Stage))}
    result: dict[int, tuple[Stage, date | None]] = {}
    for region_id in session.scalars(select(Region.id)):
        result[region_id] = (first, None)  # type: ignore[assignment]
    for region_id, stage_id, changed_on in latest:
        result[region_id] = (stages[stage_id], changed_on)
    return result


def _check_date(on: date | None, today: date, field: str = "since") -> None:
    if on is None:
        raise ValidationError("validation.date_required", field=field, rule="required")
    if on > today:
        raise ValidationError("validation.date_future", field=field, rule="future")


class RegionService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list_regions(self) -> list[RegionSummary]:
        with self._sf() as s:
            stages = current_stages(s)
            counts = dict(s.execute(
                select(Municipality.region_id, func.count()).group_by(Municipality.region_id)
            ).all())
            joined = dict(s.execute(
                select(Municipality.region_id, func.count())
                .where(Municipality.membership_status == MembershipStatus.JOINED.value)
                .group_by(Municipality.region_id)
            ).all())
            rows = []
            for r in s.scalars(select(Region).order_by(Region.name)):
                stage, since = stages[r.id]
                rows.append(RegionSummary(
                    id=r.id, uuid=r.uuid, code=r.code, name=r.name, province=r.province,
                    stage_key=stage.key, stage_name=stage.name, stage_position=stage.position,
                    stage_since=since, municipality_count=counts.get(r.id, 0),
                    joined_count=joined.get(r.id, 0),
                ))
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

    def set_membership(self, municipality_ids: list[int], status: MembershipStatus,
                       since: date | None, note: str | None,
                       today: date | None = None) -> list[MembershipState]:
        """Give several municipalities one status; `note=None` keeps each one's note.

        Returns the states before the change, for undo.
        """
        _check_date(since, today or date.today())
        if not municipality_ids:
            raise ValidationError("validation.no_municipality", field="municipalities")
        with self._sf.begin() as s:
            found = self._load(s, municipality_ids)
            before = [_state(m) for m in found]
            for m in found:
                m.membership_status = MembershipStatus(status).value
                m.status_since = since
                if note is not None:
                    m.membership_note = note.strip()
            return before

    def restore_memberships(self, states: list[MembershipState]) -> None:
        with self._sf.begin() as s:
            found = {m.id: m for m in self._load(s, [st.municipality_id for st in states])}
            for st in states:
                m = found[st.municipality_id]
                m.membership_status = st.status.value
                m.status_since = st.since
                m.membership_note = st.note

    def move_municipalities(self, municipality_ids: list[int], region_id: int) -> dict[int, int]:
        """Move municipalities to another region; returns each one's former region id."""
        with self._sf.begin() as s:
            if s.get(Region, region_id) is None:
                raise NotFoundError("not_found.region")
            found = self._load(s, municipality_ids)
            before = {m.id: m.region_id for m in found}
            for m in found:
                m.region_id = region_id
            return before

    def move_back(self, former: dict[int, int]) -> None:
        with self._sf.begin() as s:
            for m in self._load(s, list(former)):
                m.region_id = former[m.id]

    def next_step(self, region_id: int) -> NextStep:
        with self._sf() as s:
            r = self._region(s, region_id)
            return NextStep(region_id, r.next_step, r.next_step_date)

    def set_next_step(self, region_id: int, text: str, on: date | None) -> NextStep:
        """Set the region's next step; returns the previous one, for undo."""
        with self._sf.begin() as s:
            r = self._region(s, region_id)
            before = NextStep(region_id, r.next_step, r.next_step_date)
            r.next_step, r.next_step_date = text.strip(), on
            return before

    @staticmethod
    def _region(s: Session, region_id: int) -> Region:
        region = s.get(Region, region_id)
        if region is None:
            raise NotFoundError("not_found.region")
        return region

    @staticmethod
    def _load(s: Session, ids: list[int]) -> list[Municipality]:
        found = list(s.scalars(select(Municipality).where(Municipality.id.in_(ids))))
        if len(found) != len(set(ids)):
            raise NotFoundError("not_found.municipality")
        return found


def _state(m: Municipality) -> MembershipState:
    return MembershipState(m.id, MembershipStatus(m.membership_status), m.status_since,
                           m.membership_note)
