"""Privacy on the large demo: what the anonymous export replaces, and how long erasure takes
when ten backups must be scrubbed too.

Run on demand: .venv/bin/pytest -m benchmark -s tests/benchmarks/test_privacy_benchmark.py
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coachdesk.db.backup import backup_file_name
from coachdesk.domain.handoff import ExportOptions
from coachdesk.exchange.workbook_writer import write_handoff
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.erasure_files import holds_any, scrub_backups

LARGE_DB = Path("/tmp/i18/large.sqlite")  # `coachdesk demo --size large --seed 1`, made once
BACKUPS = 10
pytestmark = pytest.mark.benchmark


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not LARGE_DB.exists():
        LARGE_DB.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "coachdesk", "demo", str(LARGE_DB), "--size",
                        "large", "--seed", "1"], check=True)
    copy = tmp_path_factory.mktemp("large") / "large.sqlite"
    shutil.copyfile(LARGE_DB, copy)
    return copy


def _open(db: Path, backups: Path) -> Services:
    return Services(open_coachdesk_db(db, backup_dir=backups))


def test_what_the_anonymous_export_replaces(large_db: Path, tmp_path: Path) -> None:
    services = _open(large_db, tmp_path / "backups")
    try:
        timings = {}
        for personal in (True, False):
            started = time.perf_counter()
            result = services.handoff.export(tmp_path / f"{personal}.xlsx",
                                             ExportOptions(personal_data=personal), write_handoff)
            timings[personal] = time.perf_counter() - started
        data, _snapshot = services.handoff.gather(ExportOptions(personal_data=False))
        people = services.contacts.people()
    finally:
        services.close()
    names, emails, phones = data.meta.replaced
    book = load_workbook(tmp_path / "False.xlsx", read_only=True)
    cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for v in row if v is not None]
    leaked = _named(people, cells)
    print(f"\nAnonymous export of the large demo ({len(people)} people, {result.row_count} rows, "
          f"{len(cells)} cells): replaced {names} names, {emails} e-mail addresses, {phones} "
          f"phone numbers; full names left in any cell: {len(leaked)}")
    print(f"Export time: with personal data {timings[True]:.1f} s, without "
          f"{timings[False]:.1f} s (scrubbing every cell: +{timings[False] - timings[True]:.1f} s)")
    assert not leaked and names > 0


def _named(people: list, cells: list[str]) -> list[str]:
    """The people whose full name (as words, any case) appears in some cell."""
    grams: set[tuple[str, ...]] = set()
    for cell in cells:
        found = re.findall(r"[^\W_]+", cell.casefold())
        for size in (2, 3, 4):
            grams.update(zip(*(found[i:] for i in range(size))))
    return [p.name for p in people
            if tuple(re.findall(r"[^\W_]+", p.name.casefold())) in grams]


def test_erasure_with_ten_backups(large_db: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in range(BACKUPS):
        when = datetime(2026, 11, 1) + timedelta(days=day)
        shutil.copyfile(large_db, backups / backup_file_name(large_db.stem, "daily", when))
    con = sqlite3.connect(large_db)
    person, uuid = con.execute(
        "SELECT p.id, p.uuid FROM person p JOIN contact_participant c ON c.person_id = p.id "
        "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    con.close()
    size_mb = large_db.stat().st_size / 1e6
    # The backups alone, as erasure scrubs them (copy, erase, rebuild the index, vacuum, check).
    started = time.perf_counter()
    result = scrub_backups(backups, [uuid])
    alone = time.perf_counter() - started
    assert len(result.scrubbed) == BACKUPS and not result.deleted
    assert not any(holds_any(p, [uuid]) for p in backups.glob("*.sqlite"))
    services = _open(large_db, tmp_path / "other-backups")
    try:
        started = time.perf_counter()
        erased = services.privacy.erase_person(person)
        database = time.perf_counter() - started
    finally:
        services.close()
    print(f"\nScrubbing {BACKUPS} backups of the large demo ({size_mb:.0f} MB each): "
          f"{alone:.1f} s ({alone / BACKUPS:.1f} s per backup)")
    print(f"Erasing the same person from the open database: {database:.1f} s "
          f"({erased.texts_scrubbed} texts scrubbed, {erased.moments_kept} moments kept)")
