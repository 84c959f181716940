"""Issue 18: an erased person is gone from everything CoachDesk keeps, and stays gone.

Export, erase, export again; then look at the bytes of the database, its WAL, every backup,
every decoded export snapshot and the new workbooks; then restore every kind of backup and
repair the database: the person never comes back.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coachdesk import paths
from coachdesk.cli import main
from coachdesk.db.backup import backup_file_name
from coachdesk.services import handoff_diff as diff
from coachdesk.services.container import Services
from coachdesk.services.contacts import OrganisationRow, PersonRow
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.erasure_files import ledger_path, read_ledger
from coachdesk.services.logbook import ActionDraft, MomentDraft, ParticipantRef
from tests.handoff_helpers import export
from tests.reliability.damage import overwrite_pages

NAME, EMAIL, PHONE = "Aïcha Declercq", "aicha.declercq@lier.be", "0496 74 49 85"
TEN = ["Aïcha Declercq", "aïcha declercq", "AÏCHA DECLERCQ",
       unicodedata.normalize("NFD", "Aïcha Declercq"), "Aicha Declercq", "Mevr. Declercq",
       "Aïcha", "0496/74.49.85", "0496744985", "+32 496 74 49 85"]
# What may not appear in any byte: each spelling, and the words the search index keeps.
SECRETS = [*TEN, EMAIL, PHONE, "declercq", "aicha", "aïcha", "744985", "74.49.85", "74 49 85"]


def _open(path: Path) -> Services:
    return Services(open_coachdesk_db(path, backup_dir=paths.backup_dir()))


def _fill(services: Services) -> int:
    lier = services.contacts.save_organisation(OrganisationRow(None, "Stad Lier"))
    aicha = services.contacts.save_person(PersonRow(None, NAME, "schepen", lier, email=EMAIL,
                                                    phone=PHONE, notes="Bel na 17u"))
    jan = services.contacts.save_person(PersonRow(None, "Jan Peeters", "", lier))
    region = services.contacts.regions()[0].id
    for number, spelling in enumerate(TEN):
        services.logbook.log_moment(MomentDraft(
            date(2025, 3, 1) + timedelta(days=number), "phone", region,
            f"Gesprek {number} met {spelling}",
            f"{spelling} ({EMAIL}) bevestigt deelname van Lier. Jan Peeters was er ook.",
            [ParticipantRef("person", aicha), ParticipantRef("person", jan)],
            [ActionDraft(f"{spelling} terugbellen", spelling)]))
    return aicha


def _raw(path: Path) -> bytes:
    """A database file with its WAL and shared-memory files, as bytes."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.iterdir())
                    if p.name.startswith(path.name))


def _leaks(data: bytes) -> list[str]:
    low = data.lower()
    return [s for s in SECRETS if s.lower().encode() in low]


def _snapshots(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        packed = [r[0] for r in con.execute("SELECT snapshot FROM handoff_export")]
    finally:
        con.close()
    return [str(diff.unpack(p)) for p in packed]


def _cells(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    return "\n".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                     for v in row if v is not None)


def _people(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM person")]
    finally:
        con.close()


@pytest.fixture
def erased(tmp_path: Path) -> tuple[Path, Path, Services]:
    """Exported twice, backed up three ways (daily, before an import, a USB stick), erased."""
    db = tmp_path / "coach.sqlite"
    services = _open(db)
    aicha = _fill(services)
    export(services, tmp_path / "first-full.xlsx")
    export(services, tmp_path / "first-anon.xlsx", personal_data=False)
    assert any("declercq" in s.lower() for s in _snapshots(db))  # so the checks can fail
    services.backups.snapshot("daily")
    services.backups.snapshot("before-import")
    usb = services.maintenance.backup(tmp_path / "usb")  # `backup --to`: never scrubbed
    result = services.privacy.erase_person(aicha)
    assert result.moments_kept == 10 and result.backups_scrubbed == 2
    assert not result.backups_deleted
    return db, usb, services


def test_nothing_of_the_person_remains_anywhere(erased: tuple[Path, Path, Services],
                                               tmp_path: Path) -> None:
    db, _usb, services = erased
    for mode in (True, False):
        book = export(services, tmp_path / f"second-{mode}.xlsx", personal_data=mode)
        cells = _cells(book)
        assert "Jan Peeters" in cells or not mode  # others stay
        assert not [s for s in SECRETS if s.casefold() in cells.casefold()], mode
    assert services.privacy.erasure_count() == 1
    backups = list(paths.backup_dir().glob("*.sqlite"))
    assert len(backups) == 2
    # The WAL while another connection reads: the checkpoint was verified, so it is empty.
    reader = sqlite3.connect(db)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM person").fetchone()
    assert not _leaks(_raw(db))
    reader.close()
    for path in [db, *backups]:
        assert not any("declercq" in s.lower() for s in _snapshots(path)), path
    services.close()
    for path in [db, *backups]:
        assert not _leaks(_raw(path) if path == db else path.read_bytes()), path
    ledger = read_ledger(db)
    assert len(ledger.people) == 1 and not ledger.pending
    text = ledger_path(db).read_text()
    assert "declercq" not in text.lower() and stat.S_IMODE(ledger_path(db).stat().st_mode) == 0o600


def test_no_restore_or_repair_brings_the_person_back(erased: tuple[Path, Path, Services],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db, usb, services = erased
    services.close()
    for number in (1, 2):  # the backups in the folder, daily and before-import
        assert main(["restore", str(number), "--db", str(db)]) == 0
        assert NAME not in _people(db) and not _leaks(_raw(db))
    capsys.readouterr()
    assert main(["restore", str(usb), "--db", str(db)]) == 0  # from another file
    assert "Erased again: the copy still held people you had erased (1)" in capsys.readouterr().out
    assert NAME not in _people(db) and "Jan Peeters" in _people(db)
    assert not _leaks(_raw(db))
    # A USB copy put back into the backups folder, then the database damaged and repaired.
    stem = db.stem
    newest = paths.backup_dir() / backup_file_name(stem, "daily", datetime.now() + timedelta(1))
    shutil.copyfile(usb, newest)
    overwrite_pages(db)
    capsys.readouterr()
    assert main(["check", "--repair", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "restored from the backup" in out and "Erased again" in out
    assert NAME not in _people(db) and not _leaks(_raw(db))
    again = _open(db)
    try:
        assert again.privacy.erasure_count() >= 1
    finally:
        again.close()


def test_a_restore_in_the_window_erases_again_too(erased: tuple[Path, Path, Services]) -> None:
    db, usb, services = erased
    result = services.backups.restore(usb)
    assert result.erased_again == 1 and NAME not in _people(db)


def test_an_unreadable_backup_is_deleted_and_named(services: Services) -> None:
    aicha = _fill(services)
    services.backups.snapshot("daily")
    broken = services.backups.folder / backup_file_name(services.path.stem, "manual",
                                                       datetime.now())
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    result = services.privacy.erase_person(aicha)
    assert result.backups_deleted == (broken.name,) and not broken.exists()


def test_a_busy_journal_refuses_before_anything_is_erased(services: Services) -> None:
    from coachdesk.services.erasure import ErasureError

    aicha = _fill(services)
    reader = sqlite3.connect(services.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM person").fetchone()
    services.contacts.save_person(PersonRow(None, "Nieuwe Persoon"))  # the WAL has frames
    with pytest.raises(ErasureError, match="Nothing was erased"):
        services.privacy.erase_person(aicha)
    reader.close()
    assert NAME in [p.name for p in services.contacts.people()]
    assert not read_ledger(services.path).people
