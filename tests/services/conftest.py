"""The services run on both engines: the laptop's SQLite and the team's PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db, open_team_db

# What only exists on the laptop: backup files, and the bytes of the SQLite file itself.
LAPTOP_ONLY = ("test_backups.py::", "test_erasure_everywhere.py::",
               "test_erasure_leaves_no_trace_in_the_database_file",
               "test_membership_changes_persist_across_a_restart")  # reopens the file

# Not yet portable (issue 14, step 2 removes each line as it is fixed); strict, so a fix that
# makes one pass fails the run until its line is gone.
POSTGRESQL_TO_DO: dict[str, str] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    laptop_only = [i for i in items if "[postgresql" in i.nodeid
                   and any(part in i.nodeid for part in LAPTOP_ONLY)]
    if laptop_only:
        config.hook.pytest_deselected(items=laptop_only)
        items[:] = [i for i in items if i not in laptop_only]
    for item in items:
        name = getattr(item, "originalname", item.name)
        if "[postgresql" in item.nodeid and name in POSTGRESQL_TO_DO:
            reason = POSTGRESQL_TO_DO[name]
            item.add_marker(pytest.mark.xfail(reason=f"not portable yet: {reason}",
                                              strict="never reach" not in reason))


@pytest.fixture(params=["sqlite", "postgresql"])
def services(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Services]:
    """A new database built through the migrations and seeded, on each engine."""
    if request.param == "sqlite":
        svc = Services(open_coachdesk_db(db_path, backup_dir=db_path.parent / "backups"))
    else:
        svc = Services(open_team_db(request.getfixturevalue("pg_url")))
    yield svc
    svc.close()
