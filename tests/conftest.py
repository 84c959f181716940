"""Shared fixtures: an isolated home, a database built by the migrations, the real window."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from tests import pg

DEMO_SEED = 7
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def coachdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and log folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("COACHDESK_HOME", str(home))
    # The command line without settings follows the system's language: English here.
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home


@pytest.fixture(autouse=True)
def credential_store() -> Iterator[object]:
    """The team database's password goes to an in-memory store, never the system's."""
    import keyring

    from tests.fake_keyring import MemoryKeyring

    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coach.sqlite"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    """A new database, built through the migrations and seeded with the reference lists."""
    svc = Services(open_coachdesk_db(db_path, backup_dir=db_path.parent / "backups"))
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small demo database per test session; tests get a copy (`demo_services`)."""
    from coachdesk.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    create_demo_database(path, size="small", seed=DEMO_SEED)
    return path


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, target)
    target.chmod(0o600)
    return target


@pytest.fixture
def demo_services(demo_db_path: Path) -> Iterator[Services]:
    svc = Services(open_coachdesk_db(demo_db_path, backup_dir=demo_db_path.parent / "backups"))
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg.Cluster]:
    """A throwaway PostgreSQL cluster for the session; skipped only where it is not installed
    (.ci/run installs it and sets COACHDESK_REQUIRE_POSTGRESQL, so there nothing is skipped)."""
    if os.environ.get("COACHDESK_REQUIRE_POSTGRESQL") == "1" and pg.find_bin_dir() is None:
        pytest.fail("PostgreSQL is not installed; .ci/run installs it when CI=true")
    cluster = pg.start_cluster()
    if cluster is None:
        pytest.skip("PostgreSQL is not installed on this machine (apt-get install postgresql)")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: pg.Cluster) -> str:
    """A team database migrated to the head and seeded with the reference lists, once."""
    from coachdesk.services.database import open_team_db

    def prepare(url: str) -> None:
        open_team_db(url).dispose()

    return pg.build_template(pg_cluster, prepare)


@pytest.fixture
def pg_url(pg_cluster: pg.Cluster, pg_template: str) -> Iterator[str]:
    """The address of a fresh team database for this test, cloned from the template."""
    name = pg_cluster.take_clone(pg_template)
    yield pg_cluster.url(name)
    pg_cluster.give_back(name)
