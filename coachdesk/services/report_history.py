"""The report's road so far: regions per stage month by month, and what changed in a period.

What changed is found the way the workbook's `Wijzigingen` sheet finds it: two snapshots
(`handoff_diff.take`) of the dated facts, as they stood the day before the period and on its
last day, compared by `handoff_diff.changes`. A stage change or a proposal version that
appears is added; a network leader that differs has changed.
"""

from __future__ import annotations

from calendar import monthrange
from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.db.models import Candidacy, Proposal, ProposalVersion
from coachdesk.domain import handoff as h
from coachdesk.domain import report as r
from coachdesk.domain.vocabulary import CandidacyStatus, Labelled, VersionStatus
from coachdesk.services import handoff_diff as diff
from coachdesk.services.candidacies import leaders
from coachdesk.services.handoff_gather import Gatherer

_EMPTY_REGION = dict(province="", stage="", stage_since=None, municipalities=0, joined=0,
                     last_contact=None, next_step="", next_step_date=None, open_actions=0,
                     late_actions=0, proposal_status="", latest_version=None)


def monthly_counts(history: list[h.StageChangeRow], stages: list[str], regions: list[str],
                   first: date, end: date) -> list[r.Month]:
    """For every month from `first` to `end`: how many regions were in each stage at its end."""
    position = {name: index for index, name in enumerate(stages)}
    steps: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for change in history:
        if change.changed_on is not None and change.to_stage in position:
            steps[change.region].append((change.changed_on, position[change.to_stage]))
    for found in steps.values():
        found.sort()
    months: list[r.Month] = []
    month = date(first.year, first.month, 1)
    while month <= end:
        last = min(date(month.year, month.month, monthrange(month.year, month.month)[1]), end)
        counts = [0] * max(len(stages), 1)
        for region in regions:
            reached = [pos for on, pos in steps.get(region, ()) if on <= last]
            counts[reached[-1] if reached else 0] += 1
        months.append(r.Month(month, tuple(counts)))
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def period_changes(s: Session, gatherer: Gatherer, history: list[h.StageChangeRow],
                   versions: list[h.VersionRow], start: date, end: date) -> list[r.Change]:
    """Stage changes, new network leaders and versions received from `start` to `end`."""
    leader_since = _leaders(s, gatherer)

    def as_of(day: date) -> diff.Snapshot:
        regions: list[h.Row] = [h.RegionRow(id=name, name=name, leader=leader if since <= day else "",
                               **_EMPTY_REGION)  # type: ignore[arg-type]
                   for name, (leader, since) in leader_since.items()]
        return diff.take({
            h.REGIONS: regions,
            h.STAGES: [c for c in history if c.changed_on and c.changed_on <= day],
            h.VERSIONS: [v for v in versions if v.received_on and v.received_on <= day],
        })

    found = diff.changes(as_of(start - timedelta(days=1)), as_of(end), set())
    stages = {c.id: c for c in history}
    received = {v.id: v for v in versions}
    lines: list[r.Change] = []
    for change in found:
        if change.sheet == h.STAGES and change.change == h.ADDED:
            c = stages[change.id]
            lines.append(r.Change(c.changed_on, c.region, "stage",
                                  f"{c.from_stage} → {c.to_stage}" if c.from_stage else c.to_stage,
                                  c.reason))
        elif change.sheet == h.VERSIONS and change.change == h.ADDED:
            v = received[change.id]
            lines.append(r.Change(v.received_on, v.region, "version", str(v.number or ""),
                                  v.status))
        elif change.sheet == h.REGIONS and change.column == "Netwerkleider" and change.new:
            leader, since = leader_since[change.id]
            lines.append(r.Change(since, change.region, "leader", leader, change.old))
    return sorted(_versions_together(lines), key=lambda c: (c.on or date.min, c.region, c.kind))


def _versions_together(lines: list[r.Change]) -> list[r.Change]:
    """A region's versions of the period as one line ("3-7"), dated by the latest one."""
    versions: dict[str, list[r.Change]] = defaultdict(list)
    others: list[r.Change] = []
    for line in lines:
        (versions[line.region] if line.kind == "version" else others).append(line)
    for found in versions.values():
        found.sort(key=lambda c: (c.on or date.min, int(c.text or 0)))
        last = found[-1]
        if len(found) > 1:
            last = r.Change(last.on, last.region, "versions", f"{found[0].text}-{last.text}",
                            last.detail, count=len(found), since=found[0].on)
        others.append(last)
    return others


def label(kind: type[Labelled], code: str | None, lang: str) -> str:
    """A stored code's label in the report's language; an unknown code as it is."""
    if not code:
        return ""
    try:
        return kind(code).label(lang)
    except ValueError:
        return code


def received_versions(s: Session, gatherer: Gatherer, lang: str) -> list[h.VersionRow]:
    """The chosen regions' proposal versions as the workbook's rows (without the scores)."""
    q = (select(ProposalVersion.uuid, Proposal.region_id, ProposalVersion.number,
                ProposalVersion.received_on, ProposalVersion.status)
         .join(Proposal).where(Proposal.region_id.in_(gatherer.region_ids)))
    return [h.VersionRow(uid, gatherer.region(rid), number, on, label(VersionStatus, status, lang),
                         None)
            for uid, rid, number, on, status in s.execute(q)]


def _leaders(s: Session, gatherer: Gatherer) -> dict[str, tuple[str, date]]:
    """Each chosen region's network leader and the day it was accepted."""
    names = leaders(s, gatherer.region_ids)
    accepted = dict(s.execute(
        select(Candidacy.region_id, Candidacy.status_date)
        .where(Candidacy.status == CandidacyStatus.ACCEPTED.value,
               Candidacy.region_id.in_(gatherer.region_ids))).all())
    return {gatherer.region(rid): (name, accepted.get(rid) or date.min)
            for rid, name in names.items()}

