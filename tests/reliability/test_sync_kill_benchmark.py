"""Reliability of synchronising (issue 14), run on demand and printing figures:
`pytest -m benchmark -s tests/reliability/test_sync_kill_benchmark.py`.

20 times, `coachdesk sync` (a real process) is killed with SIGKILL at a random moment of its
exchange; 5 times, the PostgreSQL server is restarted (an immediate shutdown, as a crash)
while a sync runs. After each: the laptop file passes SQLite's integrity checks, the next
sync completes, and every record made on the laptop is on the server exactly once, the same
field by field (nothing lost, nothing doubled)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from coachdesk.db.backup import integrity_problems
from coachdesk.db.models import Person, SyncBatch
from coachdesk.db.server import make_server_engine
from coachdesk.db.travel import snapshot
from coachdesk.services.container import Services
from coachdesk.services.contacts import PersonRow
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.sync import synchronise
from tests import pg

pytestmark = pytest.mark.benchmark
KILLS, RESTARTS, PER_ROUND = 20, 5, 100
ROOT = Path(__file__).resolve().parents[2]
WATCHDOG = 300  # against a hung child only; never part of what is asserted


def _work(path: Path, round_no: int, count: int = PER_ROUND) -> list[str]:
    """A round of offline work: new people, and a change to some made before."""
    svc = Services(open_coachdesk_db(path))
    try:
        names = [f"Persoon r{round_no} n{n}" for n in range(count)]
        for name in names:
            svc.contacts.save_person(PersonRow(None, name, email=f"{name[8:].replace(' ', '.')}@mol.be"))
        for person in svc.contacts.people()[:20]:
            svc.contacts.save_person(PersonRow(person.id, person.name, email=person.email,
                                               notes=f"ronde {round_no}"))
        return names
    finally:
        svc.close()


def _sync_process(path: Path, url: str, home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COACHDESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "coachdesk", "sync", "--db", str(path),
                             "--team", url], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def _verify(path: Path, server: Engine, made: list[str]) -> None:
    assert integrity_problems(path) == []
    laptop = open_coachdesk_db(path)
    try:
        synchronise(laptop.engine, server)  # the next sync completes
        with server.connect() as con:
            on_server = Counter(con.scalars(select(Person.name)))
            expected = snapshot(con)
        with laptop.engine.connect() as con:
            on_laptop = Counter(con.scalars(select(Person.name)))
            found = snapshot(con)
        if found != expected:
            _explain(laptop.engine, server, found, expected)
        assert found == expected  # the same records, field by field
    finally:
        laptop.dispose()
    assert all(on_server[n] == 1 and on_laptop[n] == 1 for n in made)  # none lost or doubled
    assert integrity_problems(path) == []


def _explain(laptop: Engine, server: Engine, found: dict[str, dict[str, str]],
             expected: dict[str, dict[str, str]]) -> None:
    from coachdesk.db.models import Base
    from coachdesk.db.travel import Codec

    for name, records in found.items():
        wrong = [u for u in set(records) | set(expected[name])
                 if records.get(u) != expected[name].get(u)][:3]
        table = Base.metadata.tables[name]
        for uuid in wrong:
            for side, engine in (("laptop", laptop), ("server", server)):
                with engine.connect() as con:
                    row = con.execute(select(table).where(table.c.uuid == uuid)).first()
                    print(side, dict(row._mapping) if row else None)


def _restart(cluster: pg.Cluster) -> None:
    cluster._run("pg_ctl", "-D", str(cluster.data), "-m", "immediate", "-l",
                 str(cluster.folder / "server.log"), "-w", "restart")


def test_sync_survives_kills_and_server_restarts(pg_cluster: pg.Cluster, pg_url: str,
                                                 tmp_path: Path) -> None:
    rng = random.Random(14)
    path, home = tmp_path / "laptop.sqlite", tmp_path / "home"
    # The test clusters trade durability for speed (synchronous_commit=off): a crash would
    # then lose commits the server had acknowledged, which no real server does.
    pg_cluster.execute(f'ALTER DATABASE "{make_url(pg_url).database}" '
                       "SET synchronous_commit = on")
    server = make_server_engine(pg_url)
    made: list[str] = []
    try:
        for calibrating in (-2, -1):  # the first sync, then one of a round's size
            made += _work(path, calibrating)
            started = time.perf_counter()
            whole_sync = _sync_process(path, pg_url, home)
            assert whole_sync.wait(WATCHDOG) == 0, whole_sync.stderr.read().decode()  # type: ignore[union-attr]
            whole = time.perf_counter() - started
            _verify(path, server, made)
        outcomes: Counter[str] = Counter()
        for round_no in range(1, KILLS + RESTARTS + 1):
            print(f"round {round_no}", end=" ", flush=True)
            # a server restart gets a longer sync to land in (5 rounds' worth of work)
            made += _work(path, round_no, PER_ROUND if round_no <= KILLS else 5 * PER_ROUND)
            delay = rng.uniform(0.3, whole)
            child = _sync_process(path, pg_url, home)
            time.sleep(delay)  # a random moment of the exchange (timing is the point here)
            if round_no <= KILLS:
                child.send_signal(signal.SIGKILL)
                code = child.wait(WATCHDOG)
                outcomes["finished before the kill" if code == 0 else "killed"] += 1
            else:
                _restart(pg_cluster)
                code = child.wait(WATCHDOG)
                outcomes["finished" if code == 0 else "failed: server restarted"] += 1
                server.dispose()  # the pool's connections died with the server
            _verify(path, server, made)
        with server.connect() as con:
            batches = con.scalar(select(func.count()).select_from(SyncBatch))
        print(f"\nsync under faults: a round's whole sync {whole:.1f} s (process start included); "
              f"{KILLS} SIGKILLs and {RESTARTS} server restarts at random moments: "
              f"{dict(outcomes)}; after each the file was sound, the next sync completed, "
              f"{len(made)} people made, each once on the server and the laptop; "
              f"{batches} batches applied on the server")
    finally:
        server.dispose()
