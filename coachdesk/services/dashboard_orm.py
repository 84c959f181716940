"""The Overzicht's reads through SQLAlchemy, for the team database (PostgreSQL).

The laptop's SQLite file is read in plain SQL (`services.overview`), before SQLAlchemy is
loaded; the team database has no such start-up and is read here, with the same results.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

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
from coachdesk.services.overview import DashboardRow, DueAction, Overview, week_end
from coachdesk.services.progress import stage_rows
from coachdesk.services.regions import current_stages

def orm_overview(s: Session, today: date, stalled_days: int) -> Overview:
    return Overview(today, orm_region_rows(s, today, stalled_days), stage_rows(s),
                    orm_due(s, today))


def orm_due(s: Session, today: date) -> list[DueAction]:
    q = (select(Action.id, Action.region_id, Region.name, Action.description, Action.owner,
                Action.due_on)
         .outerjoin(Region, Region.id == Action.region_id)
         .where(Action.status == ActionStatus.OPEN.value, Action.due_on <= week_end(today))
         .order_by(Action.due_on, Action.id))
    return [DueAction(i, rid, name or "", desc, owner, due, due < today)
            for i, rid, name, desc, owner, due in s.execute(q) if due is not None]


def orm_region_rows(s: Session, today: date, stalled_days: int,
                    region_ids: list[int] | None = None) -> list[DashboardRow]:
    """Every (or the given) region's progress, as `overview.read_region_rows` reads it."""
    regions = select(Region).order_by(Region.name)
    if region_ids is not None:
        regions = regions.where(Region.id.in_(region_ids))
    found = list(s.scalars(regions))
    stages = current_stages(s)
    last_position = max((st.position for st in stage_rows(s)), default=0)
    members = _members(s)
    contacts = _last_contacts(s, [r.id for r in found])
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


def _last_contacts(s: Session, region_ids: list[int]) -> dict[int, date]:
    """Each region's latest contact moment: one seek per region in ix_contact_moment_region_day
    (migration 0004), as `overview.last_contacts` does."""
    found: dict[int, date] = {}
    for rid in region_ids:
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
