"""The rules for unique keys two coaches can fill offline (docs/SYNC.md, "rules").

- A proposal made before migration 0002 has a random UUID: one arriving for a region that
  already has a proposal under another UUID is the same proposal (`match_proposals`).
- A proposal version's number is display order, not identity: a version arriving with a
  number another version of the same proposal already has goes to the next free number,
  keeping the order of the received dates (`make_room_for_versions`).
Both run on either side with the same outcome, so every database ends up numbered alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from coachdesk.db.models import Base
from coachdesk.db.travel import Applier, chunks
from coachdesk.services.sync_base import Record


def match_proposals(con: Connection, applier: Applier, records: list[Record]) -> dict[str, str]:
    """Arriving proposal uuid -> the uuid of this database's proposal for the same region,
    for proposals not known here by their own uuid."""
    proposal, region = Base.metadata.tables["proposal"], Base.metadata.tables["region"]
    unknown = [r for r in records if applier.id_of(proposal, r["uuid"]) is None]
    if not unknown:
        return {}
    regions = {str(r["region_id"]): r["uuid"] for r in unknown if r.get("region_id")}
    found: dict[str, str] = {}
    for part in chunks(sorted(regions)):
        for region_uuid, uuid in con.execute(
                select(region.c.uuid, proposal.c.uuid).join(proposal,
                                                             proposal.c.region_id == region.c.id)
                .where(region.c.uuid.in_(part))):
            if uuid != regions[region_uuid]:
                found[str(regions[region_uuid])] = str(uuid)
    return found


def _order(fields: Any) -> tuple[str, str]:
    return (str(fields["received_on"]), str(fields["uuid"]))


def make_room_for_versions(con: Connection, applier: Applier, records: list[Record]) -> set[str]:
    """Renumber arriving versions (in place) and this database's versions where numbers clash.

    Returns the uuids of arriving records whose number changed; versions already here that
    had to move get the next free number and a new version (so the change travels on).
    """
    proposal = Base.metadata.tables["proposal"]
    versions = Base.metadata.tables["proposal_version"]
    by_proposal: dict[int, list[Record]] = {}
    for record in records:
        pid = applier.id_of(proposal, record.get("proposal_id"))
        if pid is not None:
            by_proposal.setdefault(pid, []).append(record)
    if not by_proposal:
        return set()
    arriving = {str(r["uuid"]) for r in records}
    here: dict[int, list[Any]] = {}
    for part in chunks(sorted(by_proposal)):
        for row in con.execute(select(versions.c.id, versions.c.uuid, versions.c.number,
                                      versions.c.received_on, versions.c.proposal_id)
                               .where(versions.c.proposal_id.in_(part))):
            here.setdefault(row.proposal_id, []).append(row)
    changed: set[str] = set()
    moved: dict[int, int] = {}
    for pid, incoming in by_proposal.items():
        taken: dict[int, Any] = {r.number: r for r in here.get(pid, [])
                                 if r.uuid not in arriving}
        for record in sorted(incoming, key=_order):
            number = int(record["number"])
            owner = taken.get(number)
            if owner is None:
                taken[number] = record
                continue
            free = max(taken) + 1
            owner_fields = owner if isinstance(owner, dict) else {
                "received_on": owner.received_on.isoformat(), "uuid": owner.uuid}
            if _order(record) < _order(owner_fields):  # the earlier received keeps the number
                taken[number], taken[free] = record, owner
                if isinstance(owner, dict):
                    owner["number"] = free
                    changed.add(str(owner["uuid"]))
                else:
                    moved[owner.id] = free
            else:
                record["number"] = free
                taken[free] = record
                changed.add(str(record["uuid"]))
    parked = [r.id for rows in here.values() for r in rows
              if r.uuid in arriving or r.id in moved]
    for part in chunks(parked):  # out of the way of the unique key while numbers move
        con.execute(update(versions).where(versions.c.id.in_(part))
                    .values(number=-versions.c.id))
    if moved:
        con.execute(update(versions).where(versions.c.id == bindparam("_id"))
                    .values(number=bindparam("n"), version=versions.c.version + 1),
                    [{"_id": i, "n": n} for i, n in moved.items()])
    return changed
