"""Records travel between engines by UUID: a whole demo database copied from the laptop's
SQLite into a team database arrives field by field (the first sync's path, in reverse)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine

from coachdesk.db.server import make_server_engine
from coachdesk.db.travel import Applier, Codec, snapshot, travelling_tables


def test_a_demo_database_copied_into_postgresql_arrives_field_by_field(
        demo_db_path: Path, pg_url: str) -> None:
    laptop = create_engine(f"sqlite:///{demo_db_path}")
    server = make_server_engine(pg_url)
    try:
        with laptop.connect() as source, server.begin() as target:
            codec, applier = Codec(source), Applier(target)
            for table in travelling_tables():
                for record in codec.records(table):
                    applier.apply(table, record)
        with laptop.connect() as source, server.connect() as target:
            before, after = snapshot(source), snapshot(target)
        assert sum(len(v) for v in before.values()) > 2500
        assert {t: len(v) for t, v in after.items()} == {t: len(v) for t, v in before.items()}
        assert after == before
    finally:
        laptop.dispose()
        server.dispose()
