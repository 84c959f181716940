"""Upgrades: a database of the first released schema survives every later version, and a
failed upgrade puts the copy taken before it back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coachdesk.db import migrate
from coachdesk.db.migrate import head_revision, known_revisions
from coachdesk.domain.errors import DatabaseError
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from tests.reliability.records import columns, health, inventory, revision

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "coachdesk-v1.sqlite"
FIRST_SCHEMA = "0001"

LATER_MIGRATION = '''"""A test-only migration after the newest real one."""
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("test_note", sa.Text(), nullable=False, server_default=""))
    op.execute("UPDATE person SET test_note = 'upgraded'")
    {failure}


def downgrade() -> None:
    pass
'''


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "coachdesk.sqlite"
    shutil.copyfile(FIXTURE, target)
    target.chmod(0o600)
    return target


def _with_later_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: bool) -> str:
    """Run the real migrations plus one more (that fails, if asked); returns its revision."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    failure = 'raise RuntimeError("simulated failure half-way")' if fails else "pass"
    (folder / "versions" / "9001_test_later.py").write_text(
        LATER_MIGRATION.format(head=head_revision(), failure=failure), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    return "9001"


def _assert_all_records_survived(before: dict, after: dict) -> None:
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        assert len(after[table]) == len(rows), table
        width = len(rows[0]) if rows else 0
        assert sorted((r[:width] for r in after[table]), key=repr) == rows, table


def test_the_fixture_is_made_by_the_first_schema_with_demo_data(v1_copy: Path) -> None:
    assert revision(v1_copy) == FIRST_SCHEMA
    rows = inventory(v1_copy)
    assert len(rows["region"]) == 18 and len(rows["person"]) >= 100
    assert len(rows["contact_moment"]) >= 500 and len(rows["action"]) >= 300


def test_the_current_code_upgrades_the_first_schema_and_keeps_every_record(
    v1_copy: Path, tmp_path: Path
) -> None:
    before = inventory(v1_copy)
    db = open_coachdesk_db(v1_copy, backup_dir=tmp_path / "backups")
    services = Services(db)
    try:
        assert services.maintenance.check().ok
        counts = services.maintenance.counts()
    finally:
        services.close()
    assert revision(v1_copy) == head_revision()
    assert counts["people"] == len(before["person"])
    assert counts["contact_moments"] == len(before["contact_moment"])
    _assert_all_records_survived(before, inventory(v1_copy))
    if head_revision() != FIRST_SCHEMA:
        assert db.pre_migration_backup is not None
        assert revision(db.pre_migration_backup) == FIRST_SCHEMA


def test_each_later_schema_keeps_every_record(
    v1_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every real revision, plus a test-only one after them, applied to the first schema."""
    later = _with_later_migration(tmp_path, monkeypatch, fails=False)
    assert later in known_revisions()
    before = inventory(v1_copy)
    db = open_coachdesk_db(v1_copy, backup_dir=tmp_path / "backups")
    db.dispose()
    assert revision(v1_copy) == later
    assert "test_note" in columns(v1_copy, "person")
    _assert_all_records_survived(before, inventory(v1_copy))
    assert db.pre_migration_backup is not None and db.migrated_from == FIRST_SCHEMA
    assert revision(db.pre_migration_backup) == FIRST_SCHEMA
    assert inventory(db.pre_migration_backup) == before
    assert health(v1_copy) == (["ok"], 0)


def test_a_failed_upgrade_restores_the_copy_taken_before_it_and_says_so(
    v1_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_later_migration(tmp_path, monkeypatch, fails=True)
    before = inventory(v1_copy)
    with pytest.raises(DatabaseError) as failed:
        open_coachdesk_db(v1_copy, backup_dir=tmp_path / "backups")
    message = str(failed.value)
    assert "simulated failure half-way" in str(failed.value.__cause__)  # kept for the log
    assert str(v1_copy) in message
    assert "restored from the copy taken before the upgrade" in message
    assert "nothing was lost" in message
    assert revision(v1_copy) == FIRST_SCHEMA
    assert "test_note" not in columns(v1_copy, "person")
    assert inventory(v1_copy) == before
    assert health(v1_copy) == (["ok"], 0)
    monkeypatch.undo()  # the next version, without the bad migration, opens it as usual
    open_coachdesk_db(v1_copy, backup_dir=tmp_path / "backups").dispose()


def test_a_failed_upgrade_that_left_its_changes_behind_is_still_undone(
    v1_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when a migration commits part of its work before failing, the copy comes back."""
    before = inventory(v1_copy)

    def half_done(engine, revision: str = "head") -> None:  # type: ignore[no-untyped-def]
        with engine.begin() as c:
            c.exec_driver_sql("DELETE FROM contact_participant")
            c.exec_driver_sql("DELETE FROM action")
        raise RuntimeError("power failure during the upgrade")

    monkeypatch.setattr(migrate, "upgrade", half_done)
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    with pytest.raises(DatabaseError, match="restored from the copy taken before the upgrade"):
        migrate.open_database(v1_copy, backup_dir=tmp_path / "backups")
    assert inventory(v1_copy) == before


def _schema(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                           "ORDER BY name").fetchall()
    finally:
        con.close()


def test_the_fixture_has_exactly_the_first_schema(tmp_path: Path) -> None:
    """While 0001 may still change, this says when the fixture must be made again."""
    fresh = tmp_path / "first.sqlite"
    db = migrate.open_database(fresh) if head_revision() == FIRST_SCHEMA else None
    if db is None:
        engine = migrate.make_engine(fresh)
        migrate.upgrade(engine, FIRST_SCHEMA)
        engine.dispose()
    else:
        db.dispose()
    assert _schema(FIXTURE) == _schema(fresh), (
        "the first schema changed: run `.venv/bin/python tests/fixtures/make_v1_db.py`")
