"""The call's criteria: editable data (name, description, order, active), never lost once used."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import Assessment, Criterion, ReviewComment
from coachdesk.domain.errors import NotFoundError, ValidationError


@dataclass(frozen=True)
class CriterionRow:
    id: int
    position: int
    name: str
    description: str
    active: bool
    used: bool = False  # has assessments or comments: can be deactivated, never deleted


@dataclass(frozen=True)
class CriterionEdit:
    name: str
    description: str
    active: bool


def criterion_row(c: Criterion, used: bool = False) -> CriterionRow:
    return CriterionRow(c.id, c.position, c.name, c.description, c.active, used)


def used_criterion_ids(s: Session) -> set[int]:
    rated = set(s.scalars(select(Assessment.criterion_id).distinct()))
    commented = set(s.scalars(select(ReviewComment.criterion_id).distinct()))
    return rated | {c for c in commented if c is not None}


class CriteriaService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def criteria(self, active_only: bool = False) -> list[CriterionRow]:
        with self._sf() as s:
            used = used_criterion_ids(s)
            q = select(Criterion).order_by(Criterion.position, Criterion.id)
            if active_only:
                q = q.where(Criterion.active.is_(True))
            return [criterion_row(c, c.id in used) for c in s.scalars(q)]

    def add(self, name: str, description: str = "") -> CriterionRow:
        name = self._valid_name(name)
        with self._sf.begin() as s:
            self._check_unique(s, name, None)
            position = (s.scalar(select(func.max(Criterion.position))) or 0) + 1
            criterion = Criterion(position=position, name=name, description=description.strip())
            s.add(criterion)
            s.flush()
            return criterion_row(criterion)

    def update(self, criterion_id: int, edit: CriterionEdit) -> CriterionEdit:
        """Rename, describe, (de)activate; past assessments keep pointing at it. Returns before."""
        name = self._valid_name(edit.name)
        with self._sf.begin() as s:
            criterion = self._get(s, criterion_id)
            self._check_unique(s, name, criterion_id)
            before = CriterionEdit(criterion.name, criterion.description, criterion.active)
            criterion.name, criterion.description = name, edit.description.strip()
            criterion.active = edit.active
            return before

    def reorder(self, criterion_ids: list[int]) -> list[int]:
        """Put the criteria in this order; returns the previous order (for undo)."""
        with self._sf.begin() as s:
            found = {c.id: c for c in s.scalars(select(Criterion))}
            if sorted(criterion_ids) != sorted(found):
                raise ValidationError("validation.criteria_changed", field="order")
            before = [c.id for c in sorted(found.values(), key=lambda c: (c.position, c.id))]
            for position, criterion_id in enumerate(criterion_ids, start=1):
                found[criterion_id].position = position
            return before

    def delete(self, criterion_id: int) -> None:
        """Remove a criterion that was never used; a used one can only be deactivated."""
        with self._sf.begin() as s:
            criterion = self._get(s, criterion_id)
            if criterion_id in used_criterion_ids(s):
                raise ValidationError("validation.criterion_used", field="criterion",
                                      reason="used", name=criterion.name)
            s.delete(criterion)

    @staticmethod
    def _valid_name(name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise ValidationError("validation.criterion_name", field="name", reason="no_name")
        return name

    @staticmethod
    def _check_unique(s: Session, name: str, own_id: int | None) -> None:
        q = select(Criterion.id).where(func.lower(Criterion.name) == name.lower())
        other = s.scalar(q if own_id is None else q.where(Criterion.id != own_id))
        if other is not None:
            raise ValidationError("validation.criterion_duplicate", field="name",
                                  reason="duplicate", name=name)

    @staticmethod
    def _get(s: Session, criterion_id: int) -> Criterion:
        criterion = s.get(Criterion, criterion_id)
        if criterion is None:
            raise NotFoundError("not_found.criterion")
        return criterion
