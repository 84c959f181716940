"""The demo database: realistic, consistent, reproducible, and written whole or not at all."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest

from coachdesk.cli import main
from coachdesk.db.models import Base
from coachdesk.domain.errors import CoachDeskError
from coachdesk.services.database import open_coachdesk_db
from coachdesk.domain.progress import Cancelled
from coachdesk.services.demo import DemoSummary, create_demo_database
from coachdesk.services.regions import RegionService

TODAY = date(2025, 3, 17)
W_TEXT = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
W_PARAGRAPH = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return path, create_demo_database(path, size="small", seed=7, today=TODAY)


@pytest.fixture()
def con(small: tuple[Path, str]) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{small[0]}?mode=ro", uri=True)
    yield connection
    connection.close()


def scalar(con: sqlite3.Connection, sql: str, *params: object) -> object:
    return con.execute(sql, params).fetchone()[0]


def current_stages(con: sqlite3.Connection) -> dict[str, tuple[int, date]]:
    """Region code -> (stage position, since), from the last stage change."""
    rows = con.execute(
        "SELECT r.code, s.position, c.changed_on FROM stage_change c "
        "JOIN region r ON r.id = c.region_id JOIN stage s ON s.id = c.to_stage_id "
        "ORDER BY c.region_id, c.changed_on, c.id").fetchall()
    return {code: (position, date.fromisoformat(day)) for code, position, day in rows}


def test_small_demo_has_the_announced_size(small: tuple[Path, DemoSummary],
                                           con: sqlite3.Connection) -> None:
    counts = {table: scalar(con, f"SELECT count(*) FROM {table}") for table in (
        "region", "municipality", "person", "contact_moment", "action", "proposal_version",
        "organisation", "contact_participant", "stage_change")}
    assert counts["region"] == 18 and counts["municipality"] == 304
    assert 120 <= counts["person"] <= 180
    assert 500 <= counts["contact_moment"] <= 700
    assert 300 <= counts["action"] <= 500
    assert 30 <= counts["proposal_version"] <= 50
    assert counts["organisation"] > 304  # every local government, and partners
    assert counts["contact_participant"] >= counts["contact_moment"]
    assert small[1] == DemoSummary(18, counts["person"], counts["contact_moment"],
                                   counts["action"], counts["proposal_version"])


def test_database_is_sound_and_names_its_coach(con: sqlite3.Connection) -> None:
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert scalar(con, "SELECT value FROM db_meta WHERE key = 'coach'")
    for table in ("person", "contact_moment", "action", "proposal_version", "stage_change"):
        assert scalar(con, f"SELECT count(*) FROM {table} WHERE updated_at < created_at") == 0
        assert scalar(con, f"SELECT count(DISTINCT uuid) = count(*) FROM {table}") == 1


def test_full_text_search_finds_the_reports(con: sqlite3.Connection) -> None:
    hits = scalar(con, "SELECT count(*) FROM contact_moment_fts "
                       "WHERE contact_moment_fts MATCH 'buddy'")
    assert 0 < hits < scalar(con, "SELECT count(*) FROM contact_moment")


def test_dates_stay_within_the_programme(con: sqlite3.Connection) -> None:
    first = (TODAY - timedelta(days=660)).isoformat()
    assert scalar(con, "SELECT min(happened_on) FROM contact_moment") >= first
    assert scalar(con, "SELECT max(happened_on) FROM contact_moment") <= TODAY.isoformat()
    assert scalar(con, "SELECT count(*) FROM contact_moment WHERE region_id IS NULL "
                       "OR region_id NOT IN (SELECT id FROM region)") == 0


def test_participants_point_to_existing_rows(con: sqlite3.Connection) -> None:
    assert scalar(con, "SELECT count(*) FROM contact_participant WHERE person_id IS NULL "
                       "AND organisation_id IS NULL AND municipality_id IS NULL") == 0
    for column, table in (("person_id", "person"), ("organisation_id", "organisation"),
                          ("municipality_id", "municipality"), ("moment_id", "contact_moment")):
        assert scalar(con, f"SELECT count(*) FROM contact_participant WHERE {column} IS NOT NULL "
                           f"AND {column} NOT IN (SELECT id FROM {table})") == 0
    per_moment = con.execute("SELECT min(n), max(n) FROM (SELECT count(*) n FROM "
                             "contact_participant GROUP BY moment_id)").fetchone()
    assert per_moment[0] >= 1 and per_moment[1] <= 6
    assert scalar(con, "SELECT count(*) FROM contact_moment WHERE id NOT IN "
                       "(SELECT moment_id FROM contact_participant)") == 0


def test_actions_are_consistent(con: sqlite3.Connection) -> None:
    assert scalar(con, "SELECT count(*) FROM action WHERE region_id IS NULL "
                       "OR region_id NOT IN (SELECT id FROM region)") == 0
    assert scalar(con, "SELECT count(*) FROM action WHERE status = 'done' AND done_on IS NULL") == 0
    assert scalar(con, "SELECT count(*) FROM action WHERE done_on > ? "
                       "OR done_on < date(created_at)", TODAY.isoformat()) == 0
    statuses = dict(con.execute("SELECT status, count(*) FROM action GROUP BY status").fetchall())
    assert set(statuses) == {"open", "done", "cancelled"} and statuses["done"] > statuses["open"]
    sourced = scalar(con, "SELECT count(*) FROM action a JOIN contact_moment m "
                          "ON m.id = a.source_moment_id WHERE m.region_id = a.region_id")
    assert sourced > scalar(con, "SELECT count(*) FROM action") / 2


def test_monday_review_finds_overdue_and_due_today(con: sqlite3.Connection) -> None:
    today = TODAY.isoformat()
    assert scalar(con, "SELECT count(*) FROM action WHERE status = 'open' "
                       "AND due_on < ?", today) == 3
    assert scalar(con, "SELECT count(*) FROM action WHERE status = 'open' "
                       "AND due_on = ?", today) == 2
    open_westhoek = scalar(con, "SELECT count(*) FROM action a JOIN region r ON r.id = a.region_id "
                                "WHERE r.code = 'westhoek' AND a.status = 'open'")
    assert open_westhoek == 2


def test_regions_show_the_journeys_situation(con: sqlite3.Connection) -> None:
    stages = current_stages(con)
    assert stages["regio-brugge"] == (4, TODAY - timedelta(days=41))
    assert stages["kempen"][0] == 2  # Tuesday moves it on
    assert stages["halle-vilvoorde"][0] <= 2
    last_westhoek = scalar(con, "SELECT max(happened_on) FROM contact_moment m JOIN region r "
                                "ON r.id = m.region_id WHERE r.code = 'westhoek'")
    assert (TODAY - date.fromisoformat(last_westhoek)).days == 30
    assert len({position for position, _ in stages.values()}) >= 7
    assert scalar(con, "SELECT count(*) FROM municipality m JOIN region r ON r.id = m.region_id "
                       "WHERE r.code = 'kempen' AND m.name IN ('Mol', 'Balen') "
                       "AND m.membership_status = 'interested'") == 2


def test_the_services_read_the_demo(small: tuple[Path, str]) -> None:
    db = open_coachdesk_db(small[0])
    try:
        regions = {r.code: r for r in RegionService(db.session_factory).list_regions()}
    finally:
        db.dispose()
    assert regions["regio-brugge"].stage_key == "drafting"
    assert regions["regio-brugge"].stage_since == TODAY - timedelta(days=41)
    assert regions["kempen"].stage_key == "exploring"
    assert all(r.joined_count <= r.municipality_count for r in regions.values())
    assert sum(r.joined_count for r in regions.values()) > 50


def test_stage_histories_ascend_and_chain(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT region_id, from_stage_id, to_stage_id, changed_on "
                       "FROM stage_change ORDER BY region_id, id").fetchall()
    previous: dict[int, tuple[int, str]] = {}
    for region_id, from_stage, to_stage, day in rows:
        if region_id in previous:
            assert from_stage == previous[region_id][0]
            assert day > previous[region_id][1]
        else:
            assert from_stage is None
        previous[region_id] = (to_stage, day)
    assert len(previous) == 18
    back = scalar(con, "SELECT count(*) FROM stage_change c JOIN stage f ON f.id = c.from_stage_id "
                       "JOIN stage t ON t.id = c.to_stage_id WHERE t.position < f.position")
    assert back >= 1


def test_evidence_belongs_to_the_region_and_precedes_the_change(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT c.region_id, c.changed_on, m.region_id, m.happened_on "
                       "FROM stage_change c JOIN contact_moment m ON m.id = c.evidence_moment_id"
                       ).fetchall()
    assert len(rows) > 18
    for region_id, changed_on, moment_region, happened_on in rows:
        assert moment_region == region_id and happened_on <= changed_on


def test_candidacies_match_the_stages(con: sqlite3.Connection) -> None:
    stages = current_stages(con)
    accepted = dict(con.execute(
        "SELECT r.code, count(c.id) FROM region r LEFT JOIN candidacy c ON c.region_id = r.id "
        "AND c.status = 'accepted' GROUP BY r.code").fetchall())
    for code, (position, _since) in stages.items():
        assert accepted[code] == (1 if position >= 3 else 0), code
    assert scalar(con, "SELECT count(*) FROM candidacy WHERE id NOT IN "
                       "(SELECT candidacy_id FROM candidacy_municipality)") == 0
    events = con.execute("SELECT candidacy_id, happened_on, status FROM candidacy_event "
                         "ORDER BY candidacy_id, id").fetchall()
    last: dict[int, tuple[str, str]] = {}
    for candidacy_id, day, status in events:
        assert day >= last.get(candidacy_id, ("", ""))[0]
        last[candidacy_id] = (day, status)
    for candidacy_id, status, status_date in con.execute(
            "SELECT id, status, status_date FROM candidacy"):
        assert last[candidacy_id] == (status_date, status)


def test_proposal_files_are_real_documents(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT v.file_name, v.file_size, v.sha256, v.text, f.data "
                       "FROM proposal_version v JOIN proposal_file f ON f.version_id = v.id"
                       ).fetchall()
    assert len(rows) == scalar(con, "SELECT count(*) FROM proposal_version")
    for file_name, size, sha256, text, data in rows:
        assert file_name.endswith(".docx") and size == len(data)
        assert hashlib.sha256(data).hexdigest() == sha256
        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
        paragraphs = ["".join(t.text or "" for t in p.iter(W_TEXT))
                      for p in ElementTree.fromstring(xml).iter(W_PARAGRAPH)]
        assert "\n".join(paragraphs) == text


def test_versions_progress_and_comments_follow_them(con: sqlite3.Connection) -> None:
    versions = con.execute("SELECT proposal_id, number, received_on, text FROM proposal_version "
                           "ORDER BY proposal_id, number").fetchall()
    for (p1, n1, day1, text1), (p2, n2, day2, text2) in zip(versions, versions[1:]):
        if p1 == p2:
            assert n2 == n1 + 1 and day2 >= day1 and text2 != text1 and len(text2) >= len(text1)
    bad = scalar(con, "SELECT count(*) FROM review_comment c JOIN proposal_version v "
                      "ON v.id = c.version_id JOIN proposal_version r "
                      "ON r.id = c.resolved_in_version_id "
                      "WHERE r.proposal_id != v.proposal_id OR r.number <= v.number")
    assert bad == 0
    assert scalar(con, "SELECT count(*) FROM review_comment WHERE status = 'addressed' "
                       "AND resolved_in_version_id IS NULL") == 0
    assert scalar(con, "SELECT count(*) FROM assessment") % 9 == 0
    brugge_open = scalar(con, "SELECT count(*) FROM review_comment c JOIN proposal_version v "
                              "ON v.id = c.version_id JOIN proposal p ON p.id = v.proposal_id "
                              "JOIN region r ON r.id = p.region_id "
                              "WHERE r.code = 'regio-brugge' AND c.status = 'open'")
    assert brugge_open == 5


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every modelled table's rows, minus the file's own identity and creation time."""
    con = sqlite3.connect(path)
    try:
        result = {t.name: con.execute(f"SELECT * FROM {t.name} ORDER BY 1, 2").fetchall()
                  for t in Base.metadata.sorted_tables}
    finally:
        con.close()
    result["db_meta"] = [r for r in result["db_meta"] if r[0] not in ("database_id", "created_at")]
    return result


def test_same_seed_gives_the_same_database(tmp_path: Path) -> None:
    first, second, other = (tmp_path / f"{n}.sqlite" for n in ("a", "b", "c"))
    create_demo_database(first, seed=3, today=TODAY)
    create_demo_database(second, seed=3, today=TODAY)
    create_demo_database(other, seed=4, today=TODAY)
    assert dump(first) == dump(second)
    assert dump(first)["person"] != dump(other)["person"]
    assert dump(first)["contact_moment"] != dump(other)["contact_moment"]


def test_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "coachdesk.sqlite"
    target.write_bytes(b"the coach's real data")
    with pytest.raises(CoachDeskError, match="already exists") as caught:
        create_demo_database(target, today=TODAY)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"the coach's real data"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coachdesk.sqlite"]


def test_a_failure_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr("coachdesk.services.demo.write", broken)
    with pytest.raises(RuntimeError):
        create_demo_database(tmp_path / "demo.sqlite", today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_unknown_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CoachDeskError, match="small or large"):
        create_demo_database(tmp_path / "demo.sqlite", size="huge")
    assert list(tmp_path.iterdir()) == []


def test_command_line_creates_once_then_refuses(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "demo.sqlite"
    assert main(["demo", str(target), "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert str(target) in out and "18 regions" in out and target.exists()
    before = target.read_bytes()
    assert main(["demo", str(target)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(target) in err
    assert target.read_bytes() == before


class CancelAt:
    """A progress sink that cancels once the demo reached step `at`, and keeps what it heard."""

    def __init__(self, at: int) -> None:
        self.at, self.heard = at, []  # type: ignore[var-annotated]

    def report(self, done: int, total: int, text: str = "") -> None:
        self.heard.append((done, total))

    def check(self) -> None:
        if self.heard and self.heard[-1][0] >= self.at:
            raise Cancelled()


@pytest.mark.parametrize("at", [3, 12])  # while generating, and while writing the tables
def test_cancelling_the_demo_leaves_no_file_behind(tmp_path: Path, at: int) -> None:
    progress = CancelAt(at)
    with pytest.raises(Cancelled):
        create_demo_database(tmp_path / "demo.sqlite", today=TODAY, progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert progress.heard[-1][0] == at and progress.heard[-1][1] > at
