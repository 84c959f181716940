"""Backups in the window: the restore dialog, the database check, the start-up copy."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from coachdesk import paths
from coachdesk.domain.errors import DatabaseError
from coachdesk.services.backups import BackupInfo
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db

from coachdesk.services.backups import take_backup
from coachdesk.ui import settings as s
from coachdesk.ui.errors import error_text
from coachdesk.ui.context import AppContext
from coachdesk.ui.features.backups import start_backups
from coachdesk.ui.features.backups.check_dialog import CheckDialog
from coachdesk.ui.features.backups.restore_dialog import RestoreDialog
from coachdesk.ui.features.backups.startup import StartupRepair, open_or_offer_repair
from coachdesk.ui.main_window import MainWindow
from tests.reliability.damage import break_an_index, integrity, overwrite_pages
from tests.ui.conftest import show_active


def _first_region(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT name FROM region WHERE id = 1").fetchone()[0]
    finally:
        con.close()


def _rename_first_region(ctx: AppContext, name: str) -> None:
    with ctx.services.db.engine.begin() as c:
        c.exec_driver_sql("UPDATE region SET name = ? WHERE id = 1", (name,))


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Say yes to every question; keep what was asked and told."""
    said: list[str] = []
    for dialog in (RestoreDialog, CheckDialog):
        monkeypatch.setattr(dialog, "confirm", classmethod(lambda cls, p, t: said.append(t) or True))
        monkeypatch.setattr(dialog, "inform", classmethod(lambda cls, p, t: said.append(t)))
    return said


def test_empty_list_explains_when_backups_are_made(qtbot, ctx: AppContext) -> None:
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert "nog geen backups" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.model().rowCount() == 1 and not dialog.empty.isVisible()
    assert dialog.status.text() == "Er werd een backup gemaakt."


def test_list_shows_date_size_and_reason_newest_first(qtbot, ctx: AppContext) -> None:
    folder = ctx.services.backups.folder
    take_backup(ctx.services.path, folder, "daily", datetime(2026, 3, 14, 8, 5))
    take_backup(ctx.services.path, folder, "before-import", datetime(2026, 3, 14, 9, 30))
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Datum", "Grootte", "Gemaakt"]
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(2)]
    assert [r[2] for r in rows] == ["Voor een import", "Dagelijkse kopie"]
    assert [r[0] for r in rows] == ["14/03/2026 09:30:00", "14/03/2026 08:05:00"]
    assert rows[0][1].endswith("kB")


def test_enter_on_a_backup_puts_it_back_and_asks_to_reopen(qtbot, ctx: AppContext, answers) -> None:
    original = _first_region(ctx.services.path)
    ctx.services.backups.snapshot("manual")
    _rename_first_region(ctx, "Na de backup")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.menus["file"].actions() if a.text() == "Backup &terugzetten…")

    def press_enter() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    with qtbot.waitSignal(window.database_requested) as reopened:
        action.trigger()
    assert reopened.args == [ctx.services.path]
    assert _first_region(ctx.services.path) == original
    assert "Wat je daarna vastlegde" in answers[0] and "terug op zijn plaats" in answers[1]
    safety = [b for b in ctx.services.backups.list() if b.reason == "before-restore"]
    assert len(safety) == 1 and _first_region(safety[0].path) == "Na de backup"


def test_a_damaged_backup_is_refused_with_a_dutch_message(qtbot, ctx: AppContext, answers) -> None:
    backup = ctx.services.backups.snapshot("manual")
    backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    _rename_first_region(ctx, "Blijft")
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "is beschadigd" in dialog.status.text() and str(backup) in dialog.status.text()
    assert dialog.isVisible() and dialog.result_ is None
    assert _first_region(ctx.services.path) == "Blijft"


def test_a_backup_that_cannot_be_written_says_why(qtbot, ctx: AppContext, monkeypatch) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("coachdesk.services.backups.backup_database", full)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert "de schijf is vol" in dialog.status.text()
    assert "Er werd niets gewijzigd" in dialog.status.text()


def test_check_of_a_sound_database(qtbot, ctx: AppContext) -> None:
    ctx.services.backups.snapshot("daily")
    dialog = CheckDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.verdict.text() == "De database is in orde."
    assert not dialog.repair_button.isVisible()
    latest = dialog.findChild(QLabel, "latestBackup").text()
    assert latest.count("/") == 2 and "kB" in latest


def test_check_finds_a_broken_index_and_repairs_it(qtbot, ctx: AppContext, answers) -> None:
    _rename_first_region(ctx, "Eigen naam")
    break_an_index(ctx.services.path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    action = next(a for a in window.menus["help"].actions() if a.text() == "Database &controleren…")

    def repair() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CheckDialog)
        assert dialog.verdict.text() == "De database heeft een probleem."
        assert "beschadigd" in dialog.problems.text()
        qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, repair)
    with qtbot.waitSignal(window.database_requested):
        action.trigger()
    assert "niets verloren" in answers[-1]
    assert integrity(ctx.services.path) == ["ok"]
    assert _first_region(ctx.services.path) == "Eigen naam"


def test_start_up_copy_follows_the_rotation_settings(qtbot, ctx: AppContext) -> None:
    ctx.settings.set(s.BACKUP_KEEP_DAILY, 3)
    ctx.settings.set(s.BACKUP_KEEP_WEEKLY, 0)
    start_backups(ctx)
    start_backups(ctx)  # a second start the same day makes no second copy
    backups = ctx.services.backups.list()
    assert [b.reason for b in backups] == ["daily"]
    assert ctx.services.backups.retention.daily == 3 and ctx.services.backups.retention.weekly == 0


def _open_services(path: Path) -> Services:
    return Services(open_coachdesk_db(path, backup_dir=paths.backup_dir()))


@pytest.mark.parametrize("first_page", [0, 1], ids=["header-gone", "schema-damaged"])
def test_a_damaged_database_at_start_up_is_offered_its_latest_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, first_page: int
) -> None:
    services = _open_services(db_path)
    services.backups.snapshot("daily")
    good = _first_region(db_path)
    services.close()
    overwrite_pages(db_path, first=first_page, count=3)
    asked: list[tuple[Path, str]] = []
    monkeypatch.setattr(StartupRepair, "ask", classmethod(
        lambda cls, path, latest: asked.append((path, latest.reason)) or True))
    told: list[object] = []
    monkeypatch.setattr(StartupRepair, "inform",
                        classmethod(lambda cls, restored: told.append(restored)))
    reopened = open_or_offer_repair(_open_services, db_path)
    try:
        assert asked == [(db_path, "daily")]
        assert [getattr(b, "reason", None) for b in told] == ["daily"]
        assert reopened.maintenance.check().ok and _first_region(db_path) == good
    finally:
        reopened.close()


def test_declining_the_repair_keeps_the_clear_error(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = _open_services(db_path)
    services.backups.snapshot("daily")
    services.close()
    overwrite_pages(db_path, first=1, count=3)
    before = db_path.read_bytes()
    monkeypatch.setattr(StartupRepair, "ask", classmethod(lambda cls, path, latest: False))
    with pytest.raises(DatabaseError, match="coachdesk check --repair"):
        open_or_offer_repair(_open_services, db_path)
    assert db_path.read_bytes() == before


def test_start_up_question_is_dutch(qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text: shown.append(f"{title}|{text}")
                        or QMessageBox.StandardButton.No)
    latest = BackupInfo(db_path, datetime(2026, 3, 14, 9, 30), "daily", 1000)
    assert not StartupRepair.ask(db_path, latest)
    assert shown[0].startswith("Beschadigde database|") and "14/03/2026 09:30" in shown[0]


def test_a_start_up_copy_that_cannot_be_written_is_told_in_dutch(
    qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("coachdesk.services.backups.backup_database", full)
    start_backups(ctx)
    [told] = ctx.errors.expected  # type: ignore[attr-defined]
    text = error_text(told)  # what the window shows: the registry, in Dutch
    assert "de schijf is vol" in text and str(ctx.services.backups.folder) in text
    assert ctx.services.backups.list() == []


def test_restore_on_the_real_background_thread(qtbot, services: Services, answers) -> None:
    from tests.ui.conftest import make_ctx

    ctx = make_ctx(services, synchronous=False)
    original = _first_region(services.path)
    ctx.services.backups.snapshot("manual")
    _rename_first_region(ctx, "Later veranderd")
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() == 1)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert not dialog.close_button.isEnabled()  # no closing halfway
    assert dialog.result_ is not None and _first_region(services.path) == original
    ctx.runner.wait()


def test_the_dialog_says_what_is_kept_and_where(qtbot, ctx: AppContext) -> None:
    ctx.settings.set(s.BACKUP_KEEP_DAILY, 5)
    start_backups(ctx)
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    where = dialog.findChild(QLabel, "where").text()
    assert where.startswith("Bewaard: 5 dagelijkse, 4 wekelijkse en 6 maandelijkse kopieën")
    assert str(ctx.services.backups.folder) in where


def test_the_backups_folder_opens_for_copying(qtbot, ctx: AppContext, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(ctx.services.backups.folder)]
    assert ctx.services.backups.folder.is_dir()


def test_tab_goes_from_the_list_through_the_buttons(qtbot, ctx: AppContext) -> None:
    ctx.services.backups.snapshot("manual")
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.focusWidget() is dialog.table
    visited = []
    for _ in range(4):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    assert visited == [dialog.restore_button, dialog.backup_button, dialog.close_button,
                       dialog.folder_button]


def test_a_backup_from_a_usb_stick_is_put_back(qtbot, ctx: AppContext, answers, tmp_path: Path,
                                               monkeypatch) -> None:
    original = _first_region(ctx.services.path)
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = take_backup(ctx.services.path, stick, "manual", datetime(2026, 3, 14, 9, 30))
    _rename_first_region(ctx, "Nieuwe laptop")
    monkeypatch.setattr(RestoreDialog, "choose_file", classmethod(lambda cls, parent, folder: copy))
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert "14/03/2026 09:30" in answers[0]
    assert dialog.result_ is not None and _first_region(ctx.services.path) == original


def test_a_chosen_file_that_is_no_backup_is_refused(qtbot, ctx: AppContext, answers,
                                                    tmp_path: Path, monkeypatch) -> None:
    notes = tmp_path / "notities.sqlite"
    con = sqlite3.connect(notes)
    con.execute("CREATE TABLE notitie (tekst)")
    con.close()
    monkeypatch.setattr(RestoreDialog, "choose_file", classmethod(lambda cls, parent, folder: notes))
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == f"{notes} is geen backup van een CoachDesk-database."
    assert dialog.result_ is None


def test_after_a_restore_the_application_opens_the_restored_database(
    qtbot, db_path: Path, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coachdesk.app import AppController
    from coachdesk.ui.settings import Settings
    from tests.ui.conftest import RecordingErrors

    controller = AppController(Settings(paths.config_dir() / "coachdesk.ini"),
                               RecordingErrors(), "nl")
    first = controller.open(db_path)
    try:
        backups = first.ctx.services.backups
        qtbot.waitUntil(lambda: [b.reason for b in backups.list()] == ["daily"], timeout=30_000)
        original = _first_region(db_path)
        _rename_first_region(first.ctx, "Vergissing")
        first.ctx.runner.wait()

        def press_restore() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, RestoreDialog)
            qtbot.waitUntil(lambda: dialog.table.model().rowCount() == 1)
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, press_restore)
        action = next(a for a in first.menus["file"].actions() if a.text() == "Backup &terugzetten…")
        action.trigger()
        qtbot.waitUntil(lambda: controller.window is not first, timeout=30_000)
        assert controller.window.ctx.services.path == db_path
        assert _first_region(db_path) == original
        assert controller.window.ctx.services.maintenance.check().ok
    finally:
        controller._close_current()
        controller.guard.release()
