"""Gather the progress report (Voortgangsrapport): every fact it shows, as plain data, no Qt."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timezone

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import (
    Action,
    Assessment,
    ContactMoment,
    Criterion,
    DbMeta,
    Municipality,
    Proposal,
    ProposalVersion,
)
from coachdesk.domain import report as r
from coachdesk.domain.handoff import ExportOptions
from coachdesk.domain.progress import NoProgress, ProgressSink
from coachdesk.domain.scrub import Scrubber
from coachdesk.domain.vocabulary import (
    ActionStatus,
    ContactKind,
    MembershipStatus,
    Rating,
    VersionStatus,
)
from coachdesk.services.dashboard import DashboardRow, region_rows
from coachdesk.services.handoff_gather import Gatherer
from coachdesk.services.progress import stage_rows
from coachdesk.services.report_history import (
    label,
    monthly_counts,
    period_changes,
    received_versions,
)

RECENT_MOMENTS = 3
RECENT_SCAN = 5000  # the newest moments read to find each region's last three
RECENT_MOMENTS_SQL = text(
    "SELECT region_id, happened_on, kind, subject FROM contact_moment "
    "INDEXED BY ix_contact_moment_happened_on "
    "ORDER BY happened_on DESC, id DESC LIMIT :limit")
LATE_SHOWN = 3
STEPS = 6


class ReportService:
    """The report's contents for the chosen regions and period; painting is someone else's."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def gather(self, options: r.ReportOptions, progress: ProgressSink | None = None,
               today: date | None = None) -> r.ReportData:
        sink = progress or NoProgress()
        if options.lang not in r.LANGUAGES:
            options = dataclasses.replace(options, lang="nl")
        today = today or date.today()
        end = options.end or today
        start = options.start or _months_before(end, 3)
        with self._sf() as s:
            gatherer = Gatherer(s, ExportOptions(regions=options.regions,
                                                 personal_data=options.personal_data), today)
            ids = gatherer.region_ids
            text = _scrub_with(gatherer.scrubber)
            coach = s.scalar(select(DbMeta.value).where(DbMeta.key == "coach")) or ""
            stages = stage_rows(s)
            sink.report(1, STEPS, "regions")
            sink.check()
            rows = region_rows(s, today, options.stalled_days, ids)
            parts = _Parts(s, ids, options.lang, text, today)
            sink.report(2, STEPS, "history")
            sink.check()
            history = gatherer.stage_changes()
            versions = received_versions(s, gatherer, options.lang)
            sink.report(3, STEPS, "regions")
            sink.check()
            steps: dict[str, list[tuple[date | None, str]]] = defaultdict(list)
            for change in history:
                steps[change.region].append((change.changed_on, change.to_stage))
            regions = [dataclasses.replace(parts.region(row), steps=tuple(steps[row.name]))
                       for row in rows]
            sink.report(4, STEPS, "changes")
            sink.check()
            changes = period_changes(s, gatherer, history, versions, start, end)
        sink.report(5, STEPS, "")
        names = [st.name for st in stages]
        first = min((c.changed_on for c in history if c.changed_on), default=r.CALL_OPENED)
        return r.in_language(r.ReportData(
            options=options, made_at=datetime.now(timezone.utc).replace(microsecond=0),
            coach=coach, start=start, end=end, stages=names, regions=regions,
            months=monthly_counts(history, names, [row.name for row in rows], first, end),
            stalled=[_stalled(row) for row in rows if row.stalled],
            changes=[c if options.personal_data else _scrubbed(c, text) for c in changes],
            all_regions=not options.regions,
        ))


def _scrub_with(scrubber: Scrubber | None) -> Callable[[str], str]:
    """Without personal data, every text through the workbook export's own scrubber."""
    if scrubber is None:
        return lambda text: text
    return lambda text: scrubber.scrub(text) if text else text


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, 28))


def _stalled(row: DashboardRow) -> r.Stalled:
    return r.Stalled(row.name, row.stage_name, row.days_since_contact, row.days_in_stage)


def _scrubbed(change: r.Change, text: Callable[[str], str]) -> r.Change:
    return dataclasses.replace(change, text=text(change.text), detail=text(change.detail))


class _Parts:
    """Each region's half page, read with one query per kind of fact for all regions."""

    def __init__(self, s: Session, ids: list[int], lang: str, text: Callable[[str], str],
                 today: date) -> None:
        self.lang, self.text, self.today = lang, text, today
        self.joined = self._joined(s, ids)
        self.versions = self._versions(s, ids)
        self.ratings = self._ratings(s, [v[0] for v in self.versions.values()])
        self.moments = self._moments(s, ids)
        self.late = self._late(s, ids)

    def region(self, row: DashboardRow) -> r.RegionPart:
        vid, number, received, status = self.versions.get(row.id, (None, None, None, ""))
        return r.RegionPart(
            name=row.name, province=row.province, stage=row.stage_name,
            stage_position=row.stage_position, stage_since=row.stage_since,
            leader=row.leader, municipalities=row.municipalities,
            joined=tuple(self.joined.get(row.id, ())), version=number,
            version_received=received, version_status=label(VersionStatus, status, self.lang),
            proposal_status=row.proposal_status.label(self.lang) if row.proposal_status else "",
            ratings=tuple(self.ratings.get(vid, ())) if vid is not None else (),
            moments=tuple(self.moments.get(row.id, ())), open_actions=row.open_actions,
            late_actions=row.overdue_actions, late=tuple(self.late.get(row.id, ())),
            next_step=self.text(row.next_step), next_step_date=row.next_step_date,
            last_contact=row.last_contact, stalled=row.stalled,
        )

    @staticmethod
    def _joined(s: Session, ids: list[int]) -> dict[int, list[str]]:
        q = (select(Municipality.region_id, Municipality.name)
             .where(Municipality.region_id.in_(ids),
                    Municipality.membership_status == MembershipStatus.JOINED.value)
             .order_by(Municipality.name))
        found: dict[int, list[str]] = defaultdict(list)
        for rid, name in s.execute(q):
            found[rid].append(name)
        return found

    @staticmethod
    def _versions(s: Session, ids: list[int]) -> dict[int, tuple[int, int, date, str]]:
        """Each region's latest proposal version: id, number, received on, status."""
        ranked = (select(Proposal.region_id, ProposalVersion.id, ProposalVersion.number,
                         ProposalVersion.received_on, ProposalVersion.status,
                         func.row_number().over(partition_by=Proposal.region_id,
                                                order_by=ProposalVersion.number.desc())
                         .label("rn"))
                  .join(Proposal).where(Proposal.region_id.in_(ids)).subquery())
        q = select(ranked.c.region_id, ranked.c.id, ranked.c.number, ranked.c.received_on,
                   ranked.c.status).where(ranked.c.rn == 1)
        return {rid: (vid, n, on, st) for rid, vid, n, on, st in s.execute(q)}

    def _ratings(self, s: Session, version_ids: list[int]) -> dict[int, list[r.Rating]]:
        criteria = list(s.execute(select(Criterion.id, Criterion.name)
                                  .where(Criterion.active).order_by(Criterion.position)))
        given: dict[int, dict[int, str]] = defaultdict(dict)
        q = (select(Assessment.version_id, Assessment.criterion_id, Assessment.rating)
             .where(Assessment.version_id.in_(version_ids)))
        for vid, cid, rating in s.execute(q):
            given[vid][cid] = rating or ""
        return {vid: [r.Rating(name, given[vid].get(cid, ""),
                               label(Rating, given[vid].get(cid), self.lang))
                      for cid, name in criteria]
                for vid in version_ids}

    def _moments(self, s: Session, ids: list[int]) -> dict[int, list[r.Moment]]:
        """The last few moments of each region: the newest moments first, by the date index.

        Sorting each region's thousands of moments costs seconds on a large database; the
        newest few hundred moments nearly always cover every region, and the rare quiet
        region is looked up on its own.
        """
        wanted = set(ids)
        found: dict[int, list[tuple[date, str, str]]] = defaultdict(list)
        newest = s.execute(RECENT_MOMENTS_SQL, {"limit": RECENT_SCAN})
        for rid, on, kind, subject in newest:
            if rid in wanted and len(found[rid]) < RECENT_MOMENTS:
                found[rid].append((date.fromisoformat(on), kind, subject))
        for rid in ids:
            if len(found[rid]) < RECENT_MOMENTS:
                q = (select(ContactMoment.happened_on, ContactMoment.kind, ContactMoment.subject)
                     .where(ContactMoment.region_id == rid)
                     .order_by(ContactMoment.happened_on.desc(), ContactMoment.id.desc())
                     .limit(RECENT_MOMENTS))
                found[rid] = [(on, kind, subject) for on, kind, subject in s.execute(q)]
        return {rid: [r.Moment(on, label(ContactKind, kind, self.lang), self.text(subject))
                      for on, kind, subject in found[rid]] for rid in ids}

    def _late(self, s: Session, ids: list[int]) -> dict[int, list[r.LateAction]]:
        ranked = (select(Action.region_id, Action.due_on, Action.description, Action.owner,
                         func.row_number().over(partition_by=Action.region_id,
                                                order_by=(Action.due_on, Action.id)).label("rn"))
                  .where(Action.region_id.in_(ids), Action.status == ActionStatus.OPEN.value,
                         Action.due_on < self.today).subquery())
        q = (select(ranked.c.region_id, ranked.c.due_on, ranked.c.description, ranked.c.owner)
             .where(ranked.c.rn <= LATE_SHOWN).order_by(ranked.c.region_id, ranked.c.rn))
        found: dict[int, list[r.LateAction]] = defaultdict(list)
        for rid, due, description, owner in s.execute(q):
            found[rid].append(r.LateAction(due, self.text(description), self.text(owner)))
        return found
