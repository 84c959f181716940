"""Resolving a sync conflict: the chosen value is applied in one transaction, the conflict is
cleared, and the record is marked to travel at the next sync (on both engines)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import insert, select

from coachdesk.db.models import Action, Region, SyncConflict
from coachdesk.domain.errors import NotFoundError
from coachdesk.services.container import Services
from coachdesk.services.logbook import ActionDraft
from coachdesk.services.sync_conflicts import MINE, THEIRS, list_conflicts, resolve


def _conflicted_action(services: Services) -> tuple[int, str]:
    """An action whose deadline and owner clash with the team database's (as a sync leaves it:
    synced to server version 3, changed here since)."""
    engine = services.db.engine
    with engine.connect() as con:
        kempen = con.scalar(select(Region.uuid).where(Region.name == "Kempen"))
    action_id = services.actions.add(ActionDraft("Verslag regio-overleg", "Lies",
                                                 date(2026, 3, 20)), None)
    with engine.begin() as con:
        uuid = con.scalar(select(Action.uuid).where(Action.id == action_id))
        con.execute(Action.__table__.update().values(version=4, synced_version=3))
        for field, mine, theirs in (("due_on", "2026-03-20", "2026-03-27"),
                                    ("owner", "Lies", "Karim"),
                                    ("region_id", None, kempen)):
            con.execute(insert(SyncConflict).values(
                table_name="action", uuid=uuid, field=field, mine=json.dumps(mine),
                theirs=json.dumps(theirs), server_version=3))
    return action_id, str(uuid)


def test_conflicts_are_listed_as_the_coach_reads_them(services: Services) -> None:
    _id, uuid = _conflicted_action(services)
    found = {c.field: c for c in list_conflicts(services.db.engine)}
    assert set(found) == {"due_on", "owner", "region_id"}
    assert found["due_on"].record == "Verslag regio-overleg" and found["due_on"].uuid == uuid
    assert (found["due_on"].mine, found["due_on"].theirs) == (date(2026, 3, 20), date(2026, 3, 27))
    assert (found["region_id"].mine, found["region_id"].theirs) == (None, "Kempen")


def test_resolving_applies_the_choices_at_once_and_the_record_travels(services: Services) -> None:
    action_id, _uuid = _conflicted_action(services)
    by_field = {c.field: c.id for c in list_conflicts(services.db.engine)}
    taken = resolve(services.db.engine, {by_field["due_on"]: THEIRS, by_field["owner"]: MINE,
                                         by_field["region_id"]: THEIRS})
    assert taken == 2
    action = services.actions.action(action_id)
    assert (action.due_on, action.owner, action.region_name) == (date(2026, 3, 27), "Lies",
                                                                 "Kempen")
    assert list_conflicts(services.db.engine) == []
    with services.db.engine.connect() as con:
        version, synced = con.execute(select(Action.version, Action.synced_version)).one()
    assert synced == 3 and version > synced  # it travels next time, based on version 3


def test_a_choice_for_a_conflict_resolved_meanwhile_changes_nothing(services: Services) -> None:
    action_id, _uuid = _conflicted_action(services)
    first = list_conflicts(services.db.engine)[0]
    with pytest.raises(NotFoundError):
        resolve(services.db.engine, {first.id: THEIRS, 99999: THEIRS})
    assert len(list_conflicts(services.db.engine)) == 3
    assert services.actions.action(action_id).due_on == date(2026, 3, 20)
