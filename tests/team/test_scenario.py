"""The scenario of issue 14: one team database, two laptops. Offline, each laptop makes 500
changes across every kind of record, 50 of them on the same fields of the same records;
both synchronise; the 50 conflicts appear; the coach resolves them; after a final sync the
three databases hold the same records, field by field."""

from __future__ import annotations

import random
from pathlib import Path

from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.sync import open_conflicts, synchronise
from tests.team.conftest import resolve_conflicts, same_everywhere
from tests.team.offline import CONFLICT_FIELDS, Work, conflict_set, edit_conflicts, step

CHANGES, CONFLICTS = 500, 50


def _offline(svc: Services, work: Work, chosen: list[tuple[type, str]]) -> None:
    avoid = {uuid for _model, uuid in chosen}
    with svc.db.session_factory.begin() as s:
        edit_conflicts(s, work, chosen)
    n = 0
    while len(work.done) < CHANGES:
        with svc.db.session_factory.begin() as s:  # a coach's working day: many saves
            for _ in range(25):
                if len(work.done) >= CHANGES:
                    break
                step(s, work, n, avoid)
                n += 1


def test_two_laptops_work_offline_conflict_resolve_and_agree(demo_db_path: Path, server,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    a = Services(open_coachdesk_db(demo_db_path))
    b = Services(open_coachdesk_db(tmp_path / "b.sqlite"))
    try:
        synchronise(a.db.engine, server)  # the demo goes to the team
        synchronise(b.db.engine, server)  # and reaches the second laptop
        same_everywhere(server, a, b)
        with a.db.session_factory() as s:
            chosen = conflict_set(s, CONFLICTS // len(CONFLICT_FIELDS))
        assert len(chosen) == CONFLICTS
        first_half = set("01234567")
        _offline(a, Work("A", lambda u: u[0] in first_half, random.Random(1)), chosen)
        _offline(b, Work("B", lambda u: u[0] not in first_half, random.Random(2)), chosen)
        assert synchronise(a.db.engine, server).conflicts == 0
        assert synchronise(b.db.engine, server).conflicts == CONFLICTS
        assert open_conflicts(b.db.engine) == CONFLICTS
        assert resolve_conflicts(b.db.engine, lambda n: "mine" if n % 2 else "theirs") == CONFLICTS
        synchronise(b.db.engine, server)
        synchronise(a.db.engine, server)
        assert open_conflicts(a.db.engine) == open_conflicts(b.db.engine) == 0
        same_everywhere(server, a, b)
    finally:
        a.close()
        b.close()
