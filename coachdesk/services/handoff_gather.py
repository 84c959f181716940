"""Gather the handoff workbook's rows from the database, in plain objects and Dutch labels."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk.db.models import (
    Action,
    Assessment,
    ContactMoment,
    ContactParticipant,
    Criterion,
    Municipality,
    Organisation,
    Person,
    Proposal,
    ProposalVersion,
    Region,
    Stage,
)
from coachdesk.domain import handoff as h
from coachdesk.domain.errors import ValidationError
from coachdesk.domain.scrub import Identity, Scrubber
from coachdesk.domain.vocabulary import (
    ActionStatus,
    ContactKind,
    Labelled,
    MembershipStatus,
    Rating,
    VersionStatus,
)
from coachdesk.services.dashboard import region_rows
from coachdesk.services.regions import effective_changes_query

# Only steers how the region summary finds each region's last contact; no effect on values.
STALLED_DAYS = 30


@cache
def label(kind: type[Labelled], code: str | None) -> str:
    """The Dutch label of a stored code; an unknown code is shown as it is."""
    if not code:
        return ""
    try:
        return kind(code).label("nl")
    except (ValueError, KeyError):
        return code


class Gatherer:
    """Reads one consistent view of the database for the chosen regions."""

    def __init__(self, s: Session, options: h.ExportOptions, today: date | None = None) -> None:
        self.s = s
        self.personal = options.personal_data
        self.today = today or date.today()
        self.names: dict[int, str] = dict(s.execute(select(Region.id, Region.name)).all())
        self.region_ids = resolve_regions(self.names, options.regions)
        self.all_regions = not options.regions
        self.orgs: dict[int, str] = dict(s.execute(select(Organisation.id, Organisation.name)).all())
        self.scrubber = None if self.personal else self._scrubber()
        self.scrubbed_cells: set[tuple[str, str, str]] = set()  # (sheet, key, attr)

    def region(self, region_id: int | None) -> str:
        return self.names.get(region_id, "") if region_id is not None else ""

    def _in(self, column: Any) -> Any:
        """A filter on the chosen regions; with all regions, rows without a region come too."""
        if self.all_regions:
            return True
        return column.in_(self.region_ids)

    def gather(self, progress: h.ProgressSink) -> dict[str, list[h.Row]]:
        steps: list[tuple[str, Callable[[], Sequence[h.Row]]]] = [
            (h.REGIONS, self.regions), (h.MUNICIPALITIES, self.municipalities),
            (h.PEOPLE, self.people), (h.MOMENTS, self.moments), (h.ACTIONS, self.actions),
            (h.STAGES, self.stage_changes), (h.VERSIONS, self.versions),
            (h.ASSESSMENTS, self.assessments),
        ]
        sheets: dict[str, list[h.Row]] = {}
        for number, (name, fn) in enumerate(steps):
            if name == h.PEOPLE and not self.personal:
                continue
            progress.report(number, len(steps), name)
            progress.check()
            sheets[name] = list(fn())
        if self.scrubber is not None:
            self.scrubbed_cells = h.scrub_sheets(sheets, self.scrubber)
        return sheets

    def _scrubber(self) -> Scrubber:
        """Every person's name, e-mail and phone becomes their organisation (or a neutral word);
        e-mail addresses and phone numbers of nobody known go too."""
        people = [Identity(name, email, phone, self.orgs.get(org, "") if org else "")
                  for name, email, phone, org in self.s.execute(
                      select(Person.name, Person.email, Person.phone, Person.organisation_id))]
        people = [p if p.replacement else Identity(p.name, p.email, p.phone) for p in people]
        return Scrubber(people, unknown_contacts=True)

    def replaced(self) -> tuple[int, int, int]:
        """Names, e-mail addresses and phone numbers replaced so far (without personal data)."""
        if self.scrubber is None:
            return (0, 0, 0)
        kinds = self.scrubber.by_kind
        return (kinds["name"], kinds["email"], kinds["phone"])

    def regions(self) -> list[h.RegionRow]:
        """The dashboard's own summary of each region, so both always say the same."""
        uuids = dict(self.s.execute(select(Region.id, Region.uuid)).all())
        return [
            h.RegionRow(
                id=uuids[r.id], name=r.name, province=r.province, stage=r.stage_name,
                stage_since=r.stage_since, leader=r.leader, municipalities=r.municipalities,
                joined=r.joined, last_contact=r.last_contact, next_step=r.next_step,
                next_step_date=r.next_step_date, open_actions=r.open_actions,
                late_actions=r.overdue_actions,
                proposal_status=r.proposal_status.label("nl") if r.proposal_status else "",
                latest_version=r.latest_version,
            )
            for r in region_rows(self.s, self.today, STALLED_DAYS, self.region_ids)
        ]

    def municipalities(self) -> list[h.MunicipalityRow]:
        q = (select(Municipality.nis_code, Municipality.name, Municipality.region_id,
                    Municipality.membership_status, Municipality.status_since)
             .where(Municipality.region_id.in_(self.region_ids))
             .order_by(Municipality.name))
        return [h.MunicipalityRow(nis, name, self.region(rid), label(MembershipStatus, st), since)
                for nis, name, rid, st, since in self.s.execute(q)]

    def people(self) -> list[h.PersonRow]:
        q = (select(Person.uuid, Person.name, Person.function, Person.organisation_id,
                    Person.region_id, Person.email, Person.phone)
             .where(self._in(Person.region_id)).order_by(Person.name, Person.id))
        return [h.PersonRow(uid, name, fn, self.orgs.get(org, "") if org is not None else "",
                            self.region(rid), mail, phone)
                for uid, name, fn, org, rid, mail, phone in self.s.execute(q)]

    def moments(self) -> list[h.MomentRow]:
        q = (select(ContactMoment.id, ContactMoment.uuid, ContactMoment.happened_on,
                    ContactMoment.kind, ContactMoment.region_id, ContactMoment.subject,
                    ContactMoment.report)
             .where(self._in(ContactMoment.region_id))
             .order_by(ContactMoment.happened_on, ContactMoment.id))
        who = self._participants()
        return [h.MomentRow(uid, on, label(ContactKind, kind), self.region(rid), subject,
                            "; ".join(who.get(mid, ())), report)
                for mid, uid, on, kind, rid, subject, report in self.s.execute(q)]

    def _participants(self) -> dict[int, list[str]]:
        munis = dict(self.s.execute(select(Municipality.id, Municipality.name)).all())
        people = dict(self.s.execute(select(Person.id, Person.name)).all())
        person_org = dict(self.s.execute(select(Person.id, Person.organisation_id)).all())
        q = (select(ContactParticipant.moment_id, ContactParticipant.person_id,
                    ContactParticipant.organisation_id, ContactParticipant.municipality_id)
             .order_by(ContactParticipant.moment_id, ContactParticipant.id))
        result: dict[int, dict[str, None]] = defaultdict(dict)
        for mid, pid, oid, muni in self.s.execute(q):
            if pid is not None and self.personal:
                name = people.get(pid, "")
            elif pid is not None:
                name = self.orgs.get(oid or person_org.get(pid) or -1, "")
            elif oid is not None:
                name = self.orgs.get(oid, "")
            else:
                name = munis.get(muni, "") if muni is not None else ""
            if name:
                result[mid][name] = None
        return {mid: list(names) for mid, names in result.items()}

    def actions(self) -> list[h.ActionRow]:
        owner = self._owner_text()
        q = (select(Action.uuid, Action.region_id, Action.description, Action.owner,
                    Action.due_on, Action.status, Action.done_on)
             .where(self._in(Action.region_id)).order_by(Action.due_on, Action.id))
        return [h.ActionRow(uid, self.region(rid), text, owner(who), due,
                            label(ActionStatus, st), done)
                for uid, rid, text, who, due, st, done in self.s.execute(q)]

    def _owner_text(self) -> Any:
        if self.personal:
            return lambda who: who
        orgs = {name.casefold(): self.orgs.get(org, "") if org else ""
                for name, org in self.s.execute(select(Person.name, Person.organisation_id))}
        return lambda who: orgs.get(who.casefold(), who) if who else who

    def stage_changes(self) -> list[h.StageChangeRow]:
        eff = effective_changes_query().subquery()
        stage = dict(self.s.execute(select(Stage.id, Stage.name)).all())
        q = (select(eff.c.uuid, eff.c.region_id, eff.c.from_stage_id, eff.c.to_stage_id,
                    eff.c.changed_on, eff.c.reason)
             .where(eff.c.region_id.in_(self.region_ids))
             .order_by(eff.c.changed_on, eff.c.id))
        return [h.StageChangeRow(uid, self.region(rid), stage.get(src, "") if src else "",
                                 stage.get(dst, ""), on, reason)
                for uid, rid, src, dst, on, reason in self.s.execute(q)]

    def versions(self) -> list[h.VersionRow]:
        scores = self._average_scores()
        q = (select(ProposalVersion.id, ProposalVersion.uuid, Proposal.region_id,
                    ProposalVersion.number, ProposalVersion.received_on, ProposalVersion.status)
             .join(Proposal).where(Proposal.region_id.in_(self.region_ids))
             .order_by(Proposal.region_id, ProposalVersion.number))
        rows = [h.VersionRow(uid, self.region(rid), number, received,
                             label(VersionStatus, st), scores.get(vid))
                for vid, uid, rid, number, received, st in self.s.execute(q)]
        return sorted(rows, key=lambda r: (r.region, r.number or 0))

    def _average_scores(self) -> dict[int, float]:
        totals: dict[int, list[int]] = defaultdict(list)
        for vid, rating in self.s.execute(select(Assessment.version_id, Assessment.rating)
                                          .where(Assessment.rating.is_not(None))):
            if rating is None:
                continue
            try:
                totals[vid].append(Rating(rating).score)
            except ValueError:
                continue
        return {vid: round(sum(v) / len(v), 1) for vid, v in totals.items() if v}

    def assessments(self) -> list[h.AssessmentRow]:
        q = (select(ProposalVersion.uuid, Proposal.region_id, ProposalVersion.number,
                    Criterion.name, Assessment.rating, Assessment.comment)
             .join(ProposalVersion, Assessment.version_id == ProposalVersion.id)
             .join(Proposal).join(Criterion, Assessment.criterion_id == Criterion.id)
             .where(Proposal.region_id.in_(self.region_ids))
             .order_by(Proposal.region_id, ProposalVersion.number, Criterion.position))
        rows = [h.AssessmentRow(vid, self.region(rid), number, crit, label(Rating, rating),
                                comment)
                for vid, rid, number, crit, rating, comment in self.s.execute(q)]
        return sorted(rows, key=lambda r: (r.region, r.number or 0))


def resolve_regions(names: dict[int, str], wanted: tuple[str, ...]) -> list[int]:
    """Region ids for names (any case); all regions when `wanted` is empty."""
    if not wanted:
        return list(names)
    by_name = {name.casefold(): rid for rid, name in names.items()}
    ids = []
    for name in wanted:
        rid = by_name.get(" ".join(name.split()).casefold())
        if rid is None:
            known = ", ".join(sorted(names.values()))
            raise ValidationError("validation.unknown_region", field="regions", name=name,
                                  known=known)
        ids.append(rid)
    return ids
