"""A prepared team database with a coach (Kempen), headquarters and a stranger as logins."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from coachdesk.db.security import COACH, HEADQUARTERS
from coachdesk.db.server import make_server_engine
from coachdesk.db.travel import snapshot
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db, open_team_db
from coachdesk.services.team import assign_regions, init_team_database
from tests import pg


@dataclass
class Team:
    database: str
    port: int
    coach: str
    headquarters: str
    stranger: str

    def url(self, user: str) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{self.database}"

    def connect(self, user: str) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self.port, user=user, dbname=self.database,
                               autocommit=True)


@pytest.fixture
def team(pg_cluster: pg.Cluster, pg_url: str) -> Iterator[Team]:
    database = make_url(pg_url).database
    assert database is not None
    init_team_database(pg_url)
    users = Team(database, pg_cluster.port, f"anna_{database}", f"hq_{database}",
                 f"eve_{database}")
    pg_cluster.execute(f"CREATE ROLE {users.coach} LOGIN IN ROLE {COACH}")
    pg_cluster.execute(f"CREATE ROLE {users.headquarters} LOGIN IN ROLE {HEADQUARTERS}")
    pg_cluster.execute(f"CREATE ROLE {users.stranger} LOGIN")
    assign_regions(pg_url, users.coach, ["Kempen"])
    yield users
    pg_cluster.drop_database(database)
    for role in (users.coach, users.headquarters, users.stranger):
        pg_cluster.execute(f"DROP ROLE IF EXISTS {role}")


@pytest.fixture
def server(pg_url: str) -> Iterator[Engine]:
    engine = make_server_engine(pg_url)
    yield engine
    engine.dispose()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    pair = (Services(open_coachdesk_db(tmp_path / "a.sqlite")),
            Services(open_coachdesk_db(tmp_path / "b.sqlite")))
    yield pair
    for svc in pair:
        svc.close()


def same_everywhere(server: Engine, *laptops: Services) -> None:
    """Every travelling record the same, field by field, on the server and each laptop."""
    with server.connect() as con:
        expected = snapshot(con)
    for svc in laptops:
        with svc.db.engine.connect() as con:
            assert snapshot(con) == expected


@pytest.fixture
def services_pg(pg_url: str) -> Iterator[Services]:
    """The services opened directly on a team database (as its owner)."""
    svc = Services(open_team_db(pg_url))
    yield svc
    svc.close()


def resolve_conflicts(laptop: Engine, choose: Callable[[int], str]) -> int:
    """The coach's choice through the window's service: `choose(n)` says "mine" or "theirs"
    for the n-th open conflict; the record travels at the next sync."""
    from coachdesk.services.sync_conflicts import list_conflicts, resolve

    conflicts = list_conflicts(laptop)
    resolve(laptop, {c.id: "mine" if choose(n) == "mine" else "theirs"
                     for n, c in enumerate(conflicts)})
    return len(conflicts)
