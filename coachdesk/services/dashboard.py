"""The Overzicht: every region's progress in one aggregated read, and what is due this week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import (
    Action,
    ContactMoment,
    Municipality,
    Proposal,
    ProposalVersion,
    Region,
)
from coachdesk.domain.vocabulary import ActionStatus, MembershipStatus, ProposalStatus
from coachdesk.services.candidacies import leaders
from coachdesk.services.progress import StageRow, stage_rows
from coachdesk.services.regions import current_stages


# Without ANALYZE statistics SQLite would walk the region index over every moment (laptop
# only: PostgreSQL plans this well by itself, and knows no INDEXED BY).
RECENT_CONTACTS = text(
    "SELECT region_id, max(happened_on) FROM contact_moment "
    "INDEXED BY ix_contact_moment_happened_on "
    "WHERE happened_on >= :cutoff AND region_id IS NOT NULL GROUP BY region_id")


@dataclass(frozen=True)
class DashboardRow:
    id: int
    name: str
    province: str
    stage_id: int
    stage_name: str
    stage_position: int
    last_position: int  # the position of the final stage, for a progress bar
    stage_since: date | None
    days_in_stage: int | None
    last_contact: date | None
    days_since_contact: int | None
    stalled: bool
    leader: str
    municipalities: int
    joined: int
    open_actions: int
    overdue_actions: int
    proposal_status: ProposalStatus | None
    latest_version: int | None
    next_step: str
    next_step_date: date | None


@dataclass(frozen=True)
class DueAction:
    id: int
    region_id: int | None
    region_name: str
    description: str
    owner: str
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class Overview:
    today: date
    rows: list[DashboardRow]
    stages: list[StageRow]
    due: list[DueAction]


def week_end(today: date) -> date:
    """The Sunday that closes `today`'s week."""
    return today + timedelta(days=6 - today.weekday())


class DashboardService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def overview(self, today: date, stalled_days: int) -> Overview:
        with self._sf() as s:
            rows = self._rows(s, today, stalled_days)
            stages = stage_rows(s)
            due = self._due(s, today)
        return Overview(today, rows, stages, due)

    def rows(self, today: date, stalled_days: int) -> list[DashboardRow]:
        """Every region's row, without the week's actions (the region page's list)."""
        with self._sf() as s:
            return self._rows(s, today, stalled_days)

    def region_row(self, region_id: int, today: date, stalled_days: int) -> DashboardRow | None:
        """One region's row (the region page's header), without aggregating all the others."""
        with self._sf() as s:
            return next(iter(self._rows(s, today, stalled_days, region_id)), None)

    def _rows(self, s: Session, today: date, stalled_days: int,
              region_id: int | None = None) -> list[DashboardRow]:
        return region_rows(s, today, stalled_days, None if region_id is None else [region_id])

    @staticmethod
    def _due(s: Session, today: date) -> list[DueAction]:
        q = (select(Action.id, Action.region_id, Region.name, Action.description, Action.owner,
                    Action.due_on)
             .outerjoin(Region, Region.id == Action.region_id)
             .where(Action.status == ActionStatus.OPEN.value, Action.due_on <= week_end(today))
             .order_by(Action.due_on, Action.id))
        return [DueAction(i, rid, name or "", desc, owner, due, due < today)
                for i, rid, name, desc, owner, due in s.execute(q) if due is not None]


def region_rows(s: Session, today: date, stalled_days: int,
                region_ids: list[int] | None = None) -> list[DashboardRow]:
    """Every (or the given) region's progress, aggregated in a few queries.

    The dashboard, the region header and the handoff workbook's `Regio's` sheet all read
    this, so they never disagree.
    """
    regions = select(Region).order_by(Region.name)
    if region_ids is not None:
        regions = regions.where(Region.id.in_(region_ids))
    found = list(s.scalars(regions))
    stages = current_stages(s)
    last_position = max((st.position for st in stage_rows(s)), default=0)
    members = _members(s)
    contacts = _last_contacts(s, [r.id for r in found], today - timedelta(days=stalled_days))
    actions = _actions(s, today)
    proposals = _proposals(s)
    leader = leaders(s)
    rows = []
    for r in found:
        stage, since = stages[r.id]
        last = contacts.get(r.id)
        stalled = (last is None and stage.position > 0) or (
            last is not None and (today - last).days >= stalled_days)
        total, joined = members.get(r.id, (0, 0))
        open_count, overdue = actions.get(r.id, (0, 0))
        status, version = proposals.get(r.id, (None, None))
        rows.append(DashboardRow(
            r.id, r.name, r.province, stage.id, stage.name, stage.position, last_position,
            since, (today - since).days if since else None, last,
            (today - last).days if last else None, stalled,
            leader.get(r.id, ""), total, joined, open_count, overdue, status, version,
            r.next_step, r.next_step_date,
        ))
    return rows


def _last_contacts(s: Session, region_ids: list[int], cutoff: date) -> dict[int, date]:
    """Each region's latest contact moment: recent ones by the date index, the rest one by one.

    Grouping all 100,000 moments by region costs ~100 ms; the regions that had contact since
    `cutoff` come from a short date-range scan, and only the (few) quiet ones need a lookup.
    """
    found: dict[int, date] = {}
    if len(region_ids) > 1:
        if s.get_bind().dialect.name == "sqlite":
            recent = s.execute(RECENT_CONTACTS, {"cutoff": cutoff.isoformat()})
            found = {rid: date.fromisoformat(last) for rid, last in recent}
        else:
            found = dict(s.execute(  # type: ignore[arg-type]
                select(ContactMoment.region_id, func.max(ContactMoment.happened_on))
                .where(ContactMoment.happened_on >= cutoff, ContactMoment.region_id.is_not(None))
                .group_by(ContactMoment.region_id)).tuples().all())
    for rid in region_ids:
        if rid not in found:
            last = s.scalar(select(func.max(ContactMoment.happened_on))
                            .where(ContactMoment.region_id == rid))
            if last is not None:
                found[rid] = last
    return found


def _members(s: Session) -> dict[int, tuple[int, int]]:
    joined = case((Municipality.membership_status == MembershipStatus.JOINED.value, 1), else_=0)
    q = (select(Municipality.region_id, func.count(), func.sum(joined))
         .group_by(Municipality.region_id))
    return {rid: (total, int(j or 0)) for rid, total, j in s.execute(q)}


def _actions(s: Session, today: date) -> dict[int, tuple[int, int]]:
    late = case((Action.due_on < today, 1), else_=0)
    q = (select(Action.region_id, func.count(), func.sum(late))
         .where(Action.status == ActionStatus.OPEN.value).group_by(Action.region_id))
    return {rid: (n, int(o or 0)) for rid, n, o in s.execute(q) if rid is not None}


def _proposals(s: Session) -> dict[int, tuple[ProposalStatus | None, int | None]]:
    latest = (select(ProposalVersion.proposal_id, func.max(ProposalVersion.number).label("n"))
              .group_by(ProposalVersion.proposal_id).subquery())
    q = select(Proposal.region_id, Proposal.status, latest.c.n).outerjoin(
        latest, latest.c.proposal_id == Proposal.id)
    result: dict[int, tuple[ProposalStatus | None, int | None]] = {}
    for rid, status, number in s.execute(q):
        try:
            result[rid] = (ProposalStatus(status), number)
        except ValueError:
            result[rid] = (None, number)
    return result
