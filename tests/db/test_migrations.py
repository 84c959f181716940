"""The migrations build exactly the models' schema; foreign files are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from coachdesk.db.migrate import head_revision, open_database
from coachdesk.db.models import Base
from coachdesk.db.search import is_modelled
from coachdesk.db.server import open_server_database
from coachdesk.domain.errors import DatabaseError, NewerSchemaError
from tests.platforms import private


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _differences(engine: object) -> list[object]:
    with engine.connect() as connection:  # type: ignore[attr-defined]
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": is_modelled})
        return list(compare_metadata(context, Base.metadata))


def test_upgrading_an_empty_database_gives_the_models_schema(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite")
    differences = _differences(db.engine)
    db.dispose()
    assert differences == []


def test_the_same_migrations_give_the_models_schema_on_postgresql(pg_url: str) -> None:
    db = open_server_database(pg_url)
    differences = _differences(db.engine)
    db.dispose()
    assert differences == []


def test_migrations_go_down_and_up_again_on_both_engines(tmp_path: Path, pg_url: str) -> None:
    from coachdesk.db.migrate import alembic_config
    from alembic import command

    for db in (open_database(tmp_path / "new.sqlite"), open_server_database(pg_url)):
        cfg = alembic_config()
        with db.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "0001")
            command.upgrade(cfg, "head")
        assert _differences(db.engine) == []
        db.dispose()


def test_new_database_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()
    assert private(path)


def test_full_text_index_follows_contact_moments(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite")
    with db.engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO contact_moment (uuid, created_at, updated_at, happened_on, kind, subject,"
            " report) VALUES ('u1', '2025-01-01', '2025-01-01', '2025-01-01', 'phone', "
            "'Buddywerking', 'Gesprek met de schepen over kennismakingsstages')"
        )
        hits = c.exec_driver_sql(
            "SELECT rowid FROM contact_moment_fts WHERE contact_moment_fts MATCH 'kennismaking*'"
        ).all()
        assert len(hits) == 1
        c.exec_driver_sql("UPDATE contact_moment SET report = 'iets anders'")
        assert not c.exec_driver_sql(
            "SELECT rowid FROM contact_moment_fts WHERE contact_moment_fts MATCH 'schepen'"
        ).all()
    db.dispose()


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _digest(path)
    with pytest.raises(NewerSchemaError, match="newer version of CoachDesk"):
        open_database(path)
    assert _digest(path) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"naam,e-mail\nJan,jan@example.be\n", "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\x00" * 100, "not a CoachDesk database"),
    ],
)
def test_foreign_files_are_refused_and_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "other.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=message):
        open_database(path)
    assert path.read_bytes() == content


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE songs (title TEXT)")
    before = _digest(path)
    with pytest.raises(DatabaseError, match="not a CoachDesk database"):
        open_database(path)
    assert _digest(path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_head_is_the_schema_with_timeline_indexes() -> None:
    assert head_revision() == "0004"


def test_a_regions_newest_entries_are_read_from_an_index_without_sorting(tmp_path: Path) -> None:
    """The Tijdlijn's first page walks the region-and-day indexes (0004) and stops early."""
    db = open_database(tmp_path / "new.sqlite")
    queries = {
        "ix_contact_moment_region_day": "SELECT id FROM contact_moment WHERE region_id = 1 "
                                        "ORDER BY happened_on DESC, id DESC LIMIT 200",
        "ix_action_region_done": "SELECT id FROM action WHERE region_id = 1 AND status = 'done' "
                                 "ORDER BY done_on DESC, id DESC LIMIT 200",
        "ix_action_region_created": "SELECT created_at FROM action WHERE region_id = 1 "
                                    "ORDER BY created_at DESC LIMIT 1 OFFSET 199",
    }
    with db.engine.connect() as c:
        for index, sql in queries.items():
            plan = " ".join(str(row[-1]) for row in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert index in plan and "TEMP B-TREE" not in plan, plan
    db.dispose()


def test_the_head_read_from_the_files_is_alembics_head(tmp_path: Path) -> None:
    """Start-up reads the head from the migration files, without importing Alembic."""
    from alembic.script import ScriptDirectory

    from coachdesk.db import migrate

    alembic_head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    assert migrate.scanned_head(migrate.MIGRATIONS / "versions") == alembic_head
    later = tmp_path / "versions"
    later.mkdir()
    for script in (migrate.MIGRATIONS / "versions").glob("*.py"):
        (later / script.name).write_text(script.read_text(encoding="utf-8"), encoding="utf-8")
    (later / "9001_later.py").write_text(
        f'revision = "9001"\ndown_revision = "{alembic_head}"\n', encoding="utf-8")
    assert migrate.scanned_head(later) == "9001"
    (later / "9002_branch.py").write_text(
        f'revision = "9002"\ndown_revision = "{alembic_head}"\n', encoding="utf-8")
    assert migrate.scanned_head(later) is None  # two heads: Alembic decides
