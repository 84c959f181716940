"""The Overzicht's read model: every region's progress and the week's actions, in plain SQL.

The first page a coach sees is filled from here before SQLAlchemy is even imported (start-up
costs what the first page needs), so this module reads through any DB-API connection to the
SQLite file: a plain `sqlite3` connection at start-up, or a session's own connection (see
`services.dashboard.region_rows`), so the dashboard, the region header and the handoff
workbook share one implementation and never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from coachdesk.domain.vocabulary import (
    ActionStatus,
    CandidacyStatus,
    MembershipStatus,
    ProposalStatus,
)


class Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


@dataclass(frozen=True)
class StageRow:
    id: int
    key: str
    name: str
    position: int
    description: str
    used: int  # how many stage changes point to it


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


def day(value: object) -> date | None:
    """A stored DATE or DATETIME (ISO text in SQLite) as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def read_overview(con: Connection, today: date, stalled_days: int) -> Overview:
    stages = read_stage_rows(con)
    return Overview(today, read_region_rows(con, today, stalled_days, stages=stages), stages,
                    read_due(con, today))


def read_stage_rows(con: Connection) -> list[StageRow]:
    """The stages in order, each with how many stage changes point to it."""
    q = ('SELECT s.id, s."key", s.name, s.position, s.description, '
         "(SELECT count(*) FROM stage_change c WHERE c.to_stage_id = s.id) "
         "FROM stage s ORDER BY s.position")
    return [StageRow(*row) for row in con.execute(q)]


def read_due(con: Connection, today: date) -> list[DueAction]:
    """Open actions due this week or earlier, oldest first."""
    q = ("SELECT a.id, a.region_id, r.name, a.description, a.owner, a.due_on FROM action a "
         "LEFT JOIN region r ON r.id = a.region_id WHERE a.status = ? AND a.due_on <= ? "
         "ORDER BY a.due_on, a.id")
    found = []
    for i, rid, name, desc, owner, due in con.execute(
            q, (ActionStatus.OPEN.value, week_end(today).isoformat())):
        on = day(due)
        assert on is not None
        found.append(DueAction(i, rid, name or "", desc, owner, on, on < today))
    return found


def read_region_rows(con: Connection, today: date, stalled_days: int,
                     region_ids: list[int] | None = None,
                     stages: list[StageRow] | None = None) -> list[DashboardRow]:
    """Every (or the given) region's progress, aggregated in a few queries."""
    regions = [r for r in con.execute(
        "SELECT id, name, province, next_step, next_step_date FROM region ORDER BY name")
        if region_ids is None or r[0] in region_ids]
    stages = read_stage_rows(con) if stages is None else stages
    current = current_stages(con, stages)
    last_position = max((st.position for st in stages), default=0)
    members, actions = _members(con), _actions(con, today)
    contacts = last_contacts(con, [r[0] for r in regions])
    proposals, leader = _proposals(con), leaders(con)
    rows = []
    for rid, name, province, next_step, next_step_date in regions:
        stage, since = current.get(rid, (stages[0], None))
        last = contacts.get(rid)
        stalled = (last is None and stage.position > 0) or (
            last is not None and (today - last).days >= stalled_days)
        total, joined = members.get(rid, (0, 0))
        open_count, overdue = actions.get(rid, (0, 0))
        status, version = proposals.get(rid, (None, None))
        rows.append(DashboardRow(
            rid, name, province, stage.id, stage.name, stage.position, last_position,
            since, (today - since).days if since else None, last,
            (today - last).days if last else None, stalled, leader.get(rid, ""), total, joined,
            open_count, overdue, status, version, next_step, day(next_step_date),
        ))
    return rows


def current_stages(con: Connection, stages: list[StageRow]) -> dict[int, tuple[StageRow, date | None]]:
    """Each region's latest stage change that no correction replaced, and its date."""
    by_id = {st.id: st for st in stages}
    q = ("SELECT region_id, to_stage_id, changed_on FROM ("
         "  SELECT c.region_id, c.to_stage_id, c.changed_on, row_number() OVER ("
         "    PARTITION BY c.region_id ORDER BY c.changed_on DESC, c.id DESC) AS rn"
         "  FROM stage_change c WHERE NOT EXISTS ("
         "    SELECT 1 FROM stage_change k WHERE k.corrects_id = c.id)"
         ") WHERE rn = 1")
    return {rid: (by_id[sid], day(on)) for rid, sid, on in con.execute(q)}


def last_contacts(con: Connection, region_ids: list[int]) -> dict[int, date]:
    """Each region's latest contact moment: one seek per region in ix_contact_moment_region_day
    (migration 0004), a few microseconds each however many moments there are."""
    found: dict[int, date] = {}
    for rid in region_ids:
        (last,) = con.execute("SELECT max(happened_on) FROM contact_moment WHERE region_id = ?",
                              (rid,)).fetchone()
        if last is not None:
            found[rid] = day(last)  # type: ignore[assignment]
    return found


def _members(con: Connection) -> dict[int, tuple[int, int]]:
    q = ("SELECT region_id, count(*), sum(membership_status = ?) FROM municipality "
         "GROUP BY region_id")
    return {rid: (total, int(j or 0))
            for rid, total, j in con.execute(q, (MembershipStatus.JOINED.value,))}


def _actions(con: Connection, today: date) -> dict[int, tuple[int, int]]:
    q = ("SELECT region_id, count(*), sum(due_on < ?) FROM action WHERE status = ? "
         "AND region_id IS NOT NULL GROUP BY region_id")
    return {rid: (n, int(o or 0))
            for rid, n, o in con.execute(q, (today.isoformat(), ActionStatus.OPEN.value))}


def _proposals(con: Connection) -> dict[int, tuple[ProposalStatus | None, int | None]]:
    q = ("SELECT p.region_id, p.status, (SELECT max(v.number) FROM proposal_version v "
         "WHERE v.proposal_id = p.id) FROM proposal p")
    result: dict[int, tuple[ProposalStatus | None, int | None]] = {}
    for rid, status, number in con.execute(q):
        try:
            result[rid] = (ProposalStatus(status), number)
        except ValueError:
            result[rid] = (None, number)
    return result


def leaders(con: Connection, region_ids: list[int] | None = None) -> dict[int, str]:
    """Region id -> the name of its accepted candidacy (the network leader, or promotor)."""
    q = ("SELECT c.id, c.region_id, c.label, m.name FROM candidacy c "
         "LEFT JOIN candidacy_municipality cm ON cm.candidacy_id = c.id "
         "LEFT JOIN municipality m ON m.id = cm.municipality_id "
         "WHERE c.status = ? ORDER BY c.id, cm.position")
    labels: dict[int, tuple[int, str]] = {}
    members: dict[int, list[str]] = {}
    for cid, rid, label, municipality in con.execute(q, (CandidacyStatus.ACCEPTED.value,)):
        if region_ids is not None and rid not in region_ids:
            continue
        labels[cid] = (rid, label)
        if municipality is not None:
            members.setdefault(cid, []).append(municipality)
    return {rid: label.strip() or " + ".join(members.get(cid, []))
            for cid, (rid, label) in labels.items()}


def is_empty(con: Connection) -> bool:
    """No people and no contact moments yet: a coach's first start."""
    found = con.execute("SELECT EXISTS (SELECT 1 FROM person) OR "
                        "EXISTS (SELECT 1 FROM contact_moment)").fetchone()  # no counting
    return not found[0]
