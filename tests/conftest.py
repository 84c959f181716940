"""Shared fixtures: an isolated home, a database built by the migrations, the real window."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db

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
