"""The Overzicht's plain-SQL read model gives what the ORM session sees, and the first page
is filled without loading SQLAlchemy."""

from __future__ import annotations

from datetime import date

from coachdesk.services.container import Services
from coachdesk.services.dashboard import region_rows
from coachdesk.services.overview import read_region_rows
from coachdesk.services.progress import StageChangeInput

TODAY = date(2026, 12, 3)


def test_plain_connection_and_session_read_the_same_rows(demo_services: Services) -> None:
    plain = demo_services.dashboard.rows(TODAY, 30)
    with demo_services.db.session_factory() as s:
        in_session = region_rows(s, TODAY, 30)
    assert plain == in_session and len(plain) == 18
    assert any(r.leader for r in plain) and any(r.stage_since for r in plain)
    assert all(isinstance(r.stage_since, date | None) for r in plain)


def test_the_team_databases_reader_gives_the_laptops_rows(demo_services: Services) -> None:
    """Two readers exist (docs/ARCHITECTURE.md): plain SQL for the laptop's start-up, the ORM
    for the team database. On the same data they must say the same."""
    from coachdesk.services.dashboard_orm import orm_overview

    plain = demo_services.dashboard.overview(TODAY, 30)
    with demo_services.db.session_factory() as s:
        assert orm_overview(s, TODAY, 30) == plain
    assert len(plain.rows) == 18 and plain.due


def test_a_corrected_stage_change_no_longer_counts(services: Services) -> None:
    region = services.dashboard.rows(TODAY, 30)[0]
    stages = services.progress.stages()
    wrong = services.progress.change_stage(
        StageChangeInput(region.id, stages[2].id, date(2026, 11, 1), "by mistake"), TODAY)
    first = services.dashboard.region_row(region.id, TODAY, 30)
    assert first is not None and first.stage_id == stages[2].id
    services.progress.change_stage(StageChangeInput(
        region.id, stages[1].id, date(2026, 11, 1), "it was stage 1", corrects_id=wrong), TODAY)
    row = services.dashboard.region_row(region.id, TODAY, 30)
    assert row is not None and row.stage_id == stages[1].id
    assert row.stage_since == date(2026, 11, 1)


def test_a_new_database_is_empty_and_a_demo_is_not(services: Services,
                                                   demo_services: Services) -> None:
    assert services.dashboard.is_empty()
    assert not demo_services.dashboard.is_empty()
    con = demo_services.db.connect()
    try:
        assert len(read_region_rows(con, TODAY, 30, [1])) == 1
    finally:
        con.close()
