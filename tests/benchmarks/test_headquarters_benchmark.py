"""Headquarters opens the Overzicht directly on the team database filled with the large demo
(issue 14's closing note; run with -m benchmark -s). Each read runs in a fresh process, as
the window's first page does: connect as the headquarters role, ask the rights, read the
Overzicht. `COACHDESK_SYNC_BENCH_SIZE=small` uses the small demo for a quick look."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachdesk.db.security import HEADQUARTERS
from coachdesk.db.server import make_server_engine
from coachdesk.services.team import init_team_database
from tests import pg
from tests.benchmarks.test_sync_benchmark import copy_to_server

pytestmark = pytest.mark.benchmark
RUNS = 5
LAPTOP_TARGET_MS = 150

PROBE = """
import sys, time
from datetime import date
start = time.perf_counter()
from coachdesk.application.rights import rights_of
from coachdesk.application.team import open_team_services
services = open_team_services(sys.argv[1])
rights = rights_of(services)
opened = time.perf_counter()
cpu = time.process_time()
overview = services.dashboard.overview(date.today(), 30)
cold = time.perf_counter()
cold_cpu = time.process_time() - cpu
overview = services.dashboard.overview(date.today(), 30)
warm = time.perf_counter()
print("MS", (opened - start) * 1000, (cold - opened) * 1000, cold_cpu * 1000,
      (warm - cold) * 1000, len(overview.rows), rights.role)
"""


def test_overview_opened_directly_on_the_server(pg_cluster: pg.Cluster, pg_url: str,
                                                tmp_path: Path) -> None:
    from coachdesk.services.demo import create_demo_database

    size = os.environ.get("COACHDESK_SYNC_BENCH_SIZE", "large")
    demo = tmp_path / "demo.sqlite"
    create_demo_database(demo, size=size, seed=7)
    init_team_database(pg_url)
    server = make_server_engine(pg_url)
    started = time.perf_counter()
    copy_to_server(demo, server)
    with server.execution_options(isolation_level="AUTOCOMMIT").connect() as con:
        con.exec_driver_sql("VACUUM ANALYZE")  # as a server's autovacuum would have by now
    filled = time.perf_counter() - started
    server.dispose()
    database = pg_url.rsplit("/", 1)[1]
    user = f"hq_bench_{database}"
    pg_cluster.execute(f"CREATE ROLE {user} LOGIN IN ROLE {HEADQUARTERS}")
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE)
    try:
        print(f"\n{size} demo copied into PostgreSQL in {filled:.1f} s; Overzicht opened as "
              f"headquarters, {RUNS} fresh processes (laptop target {LAPTOP_TARGET_MS} ms):")
        for who, address in (("headquarters", pg_cluster.url(database, user)),
                             ("owner", pg_url)):
            rows = []
            for _ in range(RUNS):
                done = subprocess.run([sys.executable, str(probe),
                                       address.replace("+psycopg", "")],
                                      capture_output=True, text=True, timeout=300,
                                      env=dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path)))
                assert done.returncode == 0, done.stderr
                line = next(l.split() for l in done.stdout.splitlines() if l.startswith("MS"))
                rows.append([float(v) for v in line[1:5]] + [int(line[5])])
            opened, cold, cpu, warm = (statistics.median(r[i] for r in rows) for i in range(4))
            print(f"  {who:12} connect + rights {opened:6.0f} ms; Overzicht cold median "
                  f"{cold:6.1f} ms (max {max(r[1] for r in rows):6.1f}, client CPU {cpu:5.1f}); "
                  f"again {warm:6.1f} ms; {rows[0][4]} regions")
    finally:
        pg_cluster.execute(f"DROP ROLE IF EXISTS {user}")
