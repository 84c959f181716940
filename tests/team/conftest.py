"""A prepared team database with a coach (Kempen), headquarters and a stranger as logins."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy.engine import make_url

from coachdesk.db.security import COACH, HEADQUARTERS
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
