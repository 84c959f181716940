"""Follow-up actions: the open ones by due date, mark done, done-and-next, reschedule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from coachdesk.db.models import Action, ContactMoment, Region
from coachdesk.domain.agenda import Bucket, bucket_of
from coachdesk.domain.errors import NotFoundError, ValidationError
from coachdesk.domain.validation import check_required
from coachdesk.domain.vocabulary import ActionStatus
from coachdesk.services.logbook import ActionDraft


@dataclass(frozen=True)
class ActionRow:
    id: int
    region_id: int | None
    region_name: str
    description: str
    owner: str
    due_on: date | None
    status: str
    done_on: date | None
    source_moment_id: int | None
    source_subject: str

    def bucket(self, today: date) -> Bucket:
        return bucket_of(self.due_on, today)


@dataclass(frozen=True)
class ActionState:
    """How an action was before a change; enough to put it back."""

    id: int
    status: str
    due_on: date | None
    done_on: date | None


class ActionService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def open_actions(self, region_id: int | None = None, owner: str = "") -> list[ActionRow]:
        """Open actions, earliest due first (no due date last)."""
        with self._sf() as s:
            q = _query().where(Action.status == ActionStatus.OPEN.value)
            if region_id is not None:
                q = q.where(Action.region_id == region_id)
            if owner:
                q = q.where(Action.owner == owner)
            q = q.order_by(Action.due_on.is_(None), Action.due_on, Action.id)
            return [_row(*r) for r in s.execute(q)]

    def actions_of_moment(self, moment_id: int) -> list[ActionRow]:
        with self._sf() as s:
            q = _query().where(Action.source_moment_id == moment_id).order_by(Action.id)
            return [_row(*r) for r in s.execute(q)]

    def action(self, action_id: int) -> ActionRow:
        with self._sf() as s:
            found = s.execute(_query().where(Action.id == action_id)).first()
            if found is None:
                raise NotFoundError("not_found.action", id=action_id)
            return _row(*found)

    def owners(self) -> list[str]:
        with self._sf() as s:
            q = (select(Action.owner).where(Action.owner != "", Action.status == "open")
                 .group_by(Action.owner).order_by(func.lower(Action.owner)))
            return list(s.scalars(q))

    def add(self, draft: ActionDraft, region_id: int | None,
            source_moment_id: int | None = None) -> int:
        description = check_required(draft.description, "description", "description")
        with self._sf.begin() as s:
            action = Action(region_id=region_id, description=description,
                            owner=draft.owner.strip(), due_on=draft.due_on,
                            source_moment_id=source_moment_id)
            s.add(action)
            s.flush()
            return action.id

    def mark_done(self, action_ids: list[int], on: date) -> list[ActionState]:
        with self._sf.begin() as s:
            before = []
            for action in self._load(s, action_ids):
                before.append(_state(action))
                action.status, action.done_on = ActionStatus.DONE.value, on
            return before

    def done_and_next(self, action_id: int, on: date, next_action: ActionDraft) -> int:
        """Close one action and open the next in the same region, in one transaction."""
        description = check_required(next_action.description, "description", "description")
        if next_action.due_on is not None and next_action.due_on < on:
            raise ValidationError("validation.due_before_today", field="due_on")
        with self._sf.begin() as s:
            (action,) = self._load(s, [action_id])
            action.status, action.done_on = ActionStatus.DONE.value, on
            follow = Action(region_id=action.region_id, description=description,
                            owner=next_action.owner.strip() or action.owner,
                            due_on=next_action.due_on, source_moment_id=action.source_moment_id)
            s.add(follow)
            s.flush()
            return follow.id

    def reschedule(self, action_ids: list[int], due_on: date | None) -> list[ActionState]:
        with self._sf.begin() as s:
            before = []
            for action in self._load(s, action_ids):
                before.append(_state(action))
                action.due_on = due_on
            return before

    def cancel(self, action_ids: list[int]) -> list[ActionState]:
        with self._sf.begin() as s:
            before = []
            for action in self._load(s, action_ids):
                before.append(_state(action))
                action.status, action.done_on = ActionStatus.CANCELLED.value, None
            return before

    def restore(self, states: list[ActionState]) -> None:
        with self._sf.begin() as s:
            for state in states:
                action = s.get(Action, state.id)
                if action is not None:
                    action.status, action.due_on, action.done_on = (
                        state.status, state.due_on, state.done_on)

    @staticmethod
    def _load(s: Session, ids: list[int]) -> list[Action]:
        found = list(s.scalars(select(Action).where(Action.id.in_(ids))))
        if len(found) != len(set(ids)):
            raise NotFoundError("not_found.action")
        return found


def _query() -> Select[Action, str, str]:
    return (select(Action, Region.name, ContactMoment.subject)
            .outerjoin(Region, Region.id == Action.region_id)
            .outerjoin(ContactMoment, ContactMoment.id == Action.source_moment_id))


def _row(a: Action, region: str | None, subject: str | None) -> ActionRow:
    return ActionRow(a.id, a.region_id, region or "", a.description, a.owner, a.due_on,
                     a.status, a.done_on, a.source_moment_id, subject or "")


def _state(a: Action) -> ActionState:
    return ActionState(a.id, a.status, a.due_on, a.done_on)
