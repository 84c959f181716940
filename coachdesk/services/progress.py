"""A region's road through the stages: append-only stage changes, corrections, the stage list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import ContactMoment, Proposal, ProposalVersion, Region, Stage, StageChange
from coachdesk.domain.errors import NotFoundError, ValidationError
from coachdesk.domain.vocabulary import ContactKind
from coachdesk.services.overview import StageRow
from coachdesk.services.regions import effective_changes_query

EVIDENCE_LIMIT = 60


@dataclass(frozen=True)
class StageChangeRow:
    id: int
    region_id: int
    from_stage: str
    to_stage: str
    to_stage_id: int
    changed_on: date
    reason: str
    evidence: str
    corrects_id: int | None
    corrected: bool  # a later correction replaced this entry


@dataclass(frozen=True)
class Evidence:
    """A contact moment or proposal version that can back a stage change."""

    kind: str  # "moment" or "version"
    id: int
    on: date
    label: str


@dataclass(frozen=True)
class StageChangeInput:
    region_id: int
    to_stage_id: int
    changed_on: date | None
    reason: str
    evidence_moment_id: int | None = None
    evidence_version_id: int | None = None
    corrects_id: int | None = None


class ProgressService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    # --- the stage list -------------------------------------------------------------------
    def stages(self) -> list[StageRow]:
        with self._sf() as s:
            return stage_rows(s)

    def save_stages(self, ordered: list[tuple[int, str]]) -> None:
        """Rename and reorder stages: `(id, name)` in their new order. History keeps its ids."""
        names = [name.strip() for _id, name in ordered]
        if any(not n for n in names):
            raise ValidationError("validation.stage_name", field="name", rule="required")
        if len({n.casefold() for n in names}) != len(names):
            raise ValidationError("validation.stage_duplicate", field="name", rule="duplicate")
        with self._sf.begin() as s:
            stages = {st.id: st for st in s.scalars(select(Stage))}
            if set(stages) != {i for i, _n in ordered}:
                raise ValidationError("validation.stages_changed", field="stages")
            for position, (stage_id, name) in enumerate(ordered):
                stages[stage_id].position, stages[stage_id].name = position, name.strip()

    # --- history --------------------------------------------------------------------------
    def history(self, region_id: int) -> list[StageChangeRow]:
        """Every stage change of a region, newest first, corrected entries included."""
        with self._sf() as s:
            names = {st.id: st.name for st in s.scalars(select(Stage))}
            corrected = set(s.scalars(select(StageChange.corrects_id).where(
                StageChange.region_id == region_id, StageChange.corrects_id.is_not(None))))
            rows = s.scalars(select(StageChange).where(StageChange.region_id == region_id)
                             .order_by(StageChange.changed_on.desc(), StageChange.id.desc()))
            evidence = evidence_labels(s, region_id)
            return [StageChangeRow(
                c.id, c.region_id, names.get(c.from_stage_id or -1, ""), names[c.to_stage_id],
                c.to_stage_id, c.changed_on, c.reason, evidence.get(c.id, ""),
                c.corrects_id, c.id in corrected) for c in rows]

    def current(self, region_id: int) -> tuple[int, date | None]:
        """The region's current stage id and since when."""
        with self._sf() as s:
            latest = _latest(s, region_id)
            if latest is not None:
                return latest.to_stage_id, latest.changed_on
            first = s.scalars(select(Stage.id).order_by(Stage.position)).first()
            return int(first or 0), None

    def evidence_options(self, region_id: int) -> list[Evidence]:
        """The region's recent contact moments and its proposal versions, newest first."""
        with self._sf() as s:
            moments = s.execute(
                select(ContactMoment.id, ContactMoment.happened_on, ContactMoment.kind,
                       ContactMoment.subject)
                .where(ContactMoment.region_id == region_id)
                .order_by(ContactMoment.happened_on.desc(), ContactMoment.id.desc())
                .limit(EVIDENCE_LIMIT)
            ).all()
            versions = s.execute(
                select(ProposalVersion.id, ProposalVersion.received_on, ProposalVersion.number)
                .join(Proposal).where(Proposal.region_id == region_id)
                .order_by(ProposalVersion.number.desc())
            ).all()
        found = [Evidence("moment", i, on, f"{_kind(kind)}: {subject}")
                 for i, on, kind, subject in moments]
        found += [Evidence("version", i, on, f"v{number}") for i, on, number in versions]
        return sorted(found, key=lambda e: e.on, reverse=True)

    # --- changes --------------------------------------------------------------------------
    def check_change(self, change: StageChangeInput, today: date | None = None) -> None:
        """Raise ValidationError (field `stage`, `changed_on` or `reason`) for a refused change."""
        with self._sf() as s:
            self._check(s, change, today or date.today())

    def change_stage(self, change: StageChangeInput, today: date | None = None) -> int:
        """Record a stage change (or a correction of one); returns the new entry's id."""
        with self._sf.begin() as s:
            self._check(s, change, today or date.today())
            from_id = self._from_stage(s, change)
            row = StageChange(
                region_id=change.region_id, from_stage_id=from_id,
                to_stage_id=change.to_stage_id, changed_on=change.changed_on,
                reason=change.reason.strip(), evidence_moment_id=change.evidence_moment_id,
                evidence_version_id=change.evidence_version_id, corrects_id=change.corrects_id,
            )
            s.add(row)
            s.flush()
            return row.id

    def remove_change(self, change_id: int) -> None:
        """Remove exactly one entry (undo of its recording); refused once a correction cites it."""
        with self._sf.begin() as s:
            row = s.get(StageChange, change_id)
            if row is None:
                raise NotFoundError("not_found.stage_change")
            if s.scalar(select(StageChange.id).where(StageChange.corrects_id == change_id)):
                raise ValidationError("validation.stage_corrected", field="stage_change")
            s.delete(row)

    def _check(self, s: Session, change: StageChangeInput, today: date) -> None:
        if s.get(Region, change.region_id) is None:
            raise NotFoundError("not_found.region")
        if s.get(Stage, change.to_stage_id) is None:
            raise ValidationError("validation.stage_required", field="stage", rule="required")
        on = change.changed_on
        if on is None:
            raise ValidationError("validation.date_required", field="changed_on",
                                  rule="required")
        if on > today:
            raise ValidationError("validation.date_future", field="changed_on", rule="future")
        previous = _latest(s, change.region_id, before_id=change.corrects_id)
        current = previous.to_stage_id if previous else _first_stage_id(s)
        if change.corrects_id is None and change.to_stage_id == current:
            raise ValidationError("validation.same_stage", field="stage", rule="same_stage")
        if previous is not None and on < previous.changed_on:
            raise ValidationError("validation.before_previous_stage",
                                  field="changed_on", rule="before_previous",
                                  previous=previous.changed_on)
        if not change.reason.strip():
            raise ValidationError("validation.reason_required", field="reason", rule="required")
        if change.corrects_id is not None:
            target = s.get(StageChange, change.corrects_id)
            if target is None or target.region_id != change.region_id:
                raise NotFoundError("not_found.stage_change")

    @staticmethod
    def _from_stage(s: Session, change: StageChangeInput) -> int | None:
        if change.corrects_id is not None:
            target = s.get(StageChange, change.corrects_id)
            return target.from_stage_id if target else None
        latest = _latest(s, change.region_id)
        if latest is not None:
            return latest.to_stage_id
        return s.scalars(select(Stage.id).order_by(Stage.position)).first()


def evidence_labels(s: Session, region_id: int) -> dict[int, str]:
    """Stage change id -> its evidence: "dd/mm/yyyy subject" of a moment, or "v2"."""
    labels: dict[int, str] = {}
    for change_id, on, subject in s.execute(
        select(StageChange.id, ContactMoment.happened_on, ContactMoment.subject)
        .join(ContactMoment, StageChange.evidence_moment_id == ContactMoment.id)
        .where(StageChange.region_id == region_id)
    ):
        labels[change_id] = f"{on:%d/%m/%Y} {subject}"
    for change_id, number in s.execute(
        select(StageChange.id, ProposalVersion.number)
        .join(ProposalVersion, StageChange.evidence_version_id == ProposalVersion.id)
        .where(StageChange.region_id == region_id)
    ):
        labels[change_id] = f"v{number}"
    return labels


def stage_rows(s: Session) -> list[StageRow]:
    """The stages in order, each with how many stage changes point to it."""
    used = dict(s.execute(
        select(StageChange.to_stage_id, func.count()).group_by(StageChange.to_stage_id)).all())
    return [StageRow(st.id, st.key, st.name, st.position, st.description, used.get(st.id, 0))
            for st in s.scalars(select(Stage).order_by(Stage.position))]


def _first_stage_id(s: Session) -> int | None:
    return s.scalars(select(Stage.id).order_by(Stage.position)).first()


def _latest(s: Session, region_id: int, before_id: int | None = None) -> StageChange | None:
    """The region's latest effective change; with `before_id`, the one preceding that entry."""
    q = effective_changes_query().where(StageChange.region_id == region_id)
    if before_id is not None:
        target = s.get(StageChange, before_id)
        if target is None:
            return None
        q = q.where(StageChange.id != before_id, StageChange.changed_on <= target.changed_on)
    q = q.order_by(StageChange.changed_on.desc(), StageChange.id.desc()).limit(1)
    return s.scalars(q).first()


def _kind(code: str) -> str:
    try:
        return ContactKind(code).label()
    except ValueError:
        return code
