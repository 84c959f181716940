"""Synchronising: 1,000 changes each way, and the first sync of a new laptop from a server
filled with the large demo (figures for issue 14's closing note; run with -m benchmark -s).
`COACHDESK_SYNC_BENCH_SIZE=small` uses the small demo for a quick look."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, func, select

from coachdesk.db.models import SyncShadow
from coachdesk.db.server import make_server_engine
from coachdesk.db.travel import Applier, Codec, travelling_tables
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.sync import synchronise

pytestmark = pytest.mark.benchmark



def copy_to_server(laptop_file: Path, server: Engine) -> None:
    """Every travelling record of a laptop file, written to the team database at version 1."""
    laptop = create_engine(f"sqlite:///{laptop_file}")
    with laptop.connect() as source, server.begin() as target:
        codec, applier = Codec(source), Applier(target)
        for table in travelling_tables():
            for _rows, records in codec.pages(table):
                applier.apply_many(table, records, [1] * len(records))
    laptop.dispose()

def test_a_thousand_changes_each_way(pg_url: str, tmp_path: Path) -> None:
    server = make_server_engine(pg_url)
    a = Services(open_coachdesk_db(tmp_path / "a.sqlite"))
    b = Services(open_coachdesk_db(tmp_path / "b.sqlite"))
    try:
        synchronise(a.db.engine, server)
        synchronise(b.db.engine, server)
        for n in range(1000):
            a.contacts.save_person(PersonRow(None, f"Persoon A{n}", email=f"a{n}@mol.be"))
            b.contacts.save_person(PersonRow(None, f"Persoon B{n}", email=f"b{n}@geel.be"))
        started = time.perf_counter()
        first = synchronise(a.db.engine, server)
        push_a = time.perf_counter() - started
        started = time.perf_counter()
        second = synchronise(b.db.engine, server)
        both_b = time.perf_counter() - started
        started = time.perf_counter()
        third = synchronise(a.db.engine, server)
        pull_a = time.perf_counter() - started
        print(f"\nsync A (1,000 up): {push_a:.2f} s ({first.sent} sent); "
              f"sync B (1,000 up, 1,000 down): {both_b:.2f} s ({second.sent} sent, "
              f"{second.received} received); sync A (1,000 down): {pull_a:.2f} s "
              f"({third.received} received)")
        assert third.received >= 1000
    finally:
        a.close()
        b.close()
        server.dispose()


def test_first_sync_of_a_new_laptop_from_a_filled_server(pg_url: str, tmp_path: Path) -> None:
    from coachdesk.services.demo import create_demo_database

    size = os.environ.get("COACHDESK_SYNC_BENCH_SIZE", "large")
    demo = tmp_path / "demo.sqlite"
    started = time.perf_counter()
    create_demo_database(demo, size=size, seed=7)
    made = time.perf_counter() - started
    server = make_server_engine(pg_url)
    started = time.perf_counter()
    copy_to_server(demo, server)
    filled = time.perf_counter() - started
    fresh = Services(open_coachdesk_db(tmp_path / "new.sqlite"))
    try:
        started = time.perf_counter()
        result = synchronise(fresh.db.engine, server)
        took = time.perf_counter() - started
        with fresh.db.engine.connect() as con:
            shadows = con.scalar(select(func.count()).select_from(SyncShadow))
        started = time.perf_counter()
        again = synchronise(fresh.db.engine, server)
        nothing = time.perf_counter() - started
        print(f"\n{size} demo made in {made:.1f} s, copied into PostgreSQL in {filled:.1f} s; "
              f"first sync of a new laptop: {took:.1f} s, {result.received} records received "
              f"({result.sent} sent), {shadows} shadows, file "
              f"{(tmp_path / 'new.sqlite').stat().st_size / 1e6:.0f} MB; "
              f"the next sync with nothing new: {nothing:.2f} s ({again.received} received)")
        assert result.received > 0 and again.sent == 0
    finally:
        fresh.close()
        server.dispose()
