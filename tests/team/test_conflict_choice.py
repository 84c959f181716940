"""JOURNEYS.md, Thursday: Lies and Karim both changed the deadline of one action; after the
sync she sees both values, keeps Karim's, and the next sync brings everyone to the same."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from coachdesk.application.team import sync_state
from coachdesk.db.server import make_server_engine
from coachdesk.db.travel import snapshot
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.logbook import ActionDraft
from coachdesk.services.sync import synchronise
from coachdesk.services.sync_conflicts import THEIRS, list_conflicts, resolve


@pytest.fixture
def server(pg_url: str) -> Iterator[Engine]:
    engine = make_server_engine(pg_url)
    yield engine
    engine.dispose()


def _only_action(svc: Services) -> int:
    (action,) = svc.actions.open_actions()
    return action.id


def test_she_keeps_karims_deadline(server: Engine, tmp_path: Path) -> None:
    lies = Services(open_coachdesk_db(tmp_path / "lies.sqlite"))
    karim = Services(open_coachdesk_db(tmp_path / "karim.sqlite"))
    try:
        lies.actions.add(ActionDraft("Uitnodiging regio-overleg Halle", "Lies",
                                     date(2026, 3, 20)), None)
        synchronise(lies.db.engine, server)
        synchronise(karim.db.engine, server)
        lies.actions.reschedule([_only_action(lies)], date(2026, 3, 24))
        karim.actions.reschedule([_only_action(karim)], date(2026, 3, 27))
        assert synchronise(karim.db.engine, server).conflicts == 0
        assert synchronise(lies.db.engine, server).conflicts == 1

        (clash,) = list_conflicts(lies.db.engine)
        assert (clash.field, clash.record) == ("due_on", "Uitnodiging regio-overleg Halle")
        assert (clash.mine, clash.theirs) == (date(2026, 3, 24), date(2026, 3, 27))
        assert resolve(lies.db.engine, {clash.id: THEIRS}) == 1
        assert sync_state(lies.db.engine).conflicts == 0

        assert synchronise(lies.db.engine, server).conflicts == 0
        synchronise(karim.db.engine, server)
        for svc in (lies, karim):
            assert svc.actions.action(_only_action(svc)).due_on == date(2026, 3, 27)
        with server.connect() as con:
            expected = snapshot(con)
        for svc in (lies, karim):
            with svc.db.engine.connect() as con:
                assert snapshot(con) == expected
    finally:
        lies.close()
        karim.close()
