"""One CoachDesk per database: the lock file, a crashed holder, a second process, a second start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk.application.translations import translator
from coachdesk.domain.messages import describe
from coachdesk.instance import (
    DatabaseInUseError,
    DatabaseLock,
    InstanceGuard,
    lock_path,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the tests use POSIX signals")

HOLD = """
import sys
from coachdesk.instance import DatabaseLock
lock = DatabaseLock(sys.argv[1])
lock.acquire()
print("locked", flush=True)
if sys.argv[2] == "crash":
    import os, signal
    os.kill(os.getpid(), signal.SIGKILL)
sys.stdin.read()
lock.release()
"""


@pytest.fixture
def holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds the lock until its standard input closes."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path), "hold"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_a_second_lock_on_the_same_database_is_refused_and_says_where(db_path: Path) -> None:
    first = DatabaseLock(db_path)
    assert first.acquire()
    with pytest.raises(DatabaseInUseError) as refused:
        DatabaseLock(db_path).acquire()
    assert str(db_path) in str(refused.value)
    assert "already open in CoachDesk (on this computer, since" in str(refused.value)
    assert refused.value.holder["pid"] == os.getpid()
    first.release()


def test_the_lock_file_is_private_and_gone_after_release(db_path: Path) -> None:
    lock = DatabaseLock(db_path)
    lock.acquire()
    assert lock_path(db_path).stat().st_mode & 0o777 == 0o600
    lock.release()
    assert not lock_path(db_path).exists()
    with DatabaseLock(db_path) as again:
        assert again.held


def test_a_lock_left_by_a_crash_does_not_block_the_next_start(db_path: Path) -> None:
    crashed = subprocess.run([sys.executable, "-c", HOLD, str(db_path), "crash"],
                             capture_output=True, text=True, timeout=60)
    assert crashed.returncode == -signal.SIGKILL and crashed.stdout == "locked\n"
    assert lock_path(db_path).exists()  # the crash left its lock file behind

    lock = DatabaseLock(db_path)
    assert lock.acquire()
    assert lock.holder()["pid"] == os.getpid()
    lock.release()


def test_a_lock_file_with_rubbish_in_it_does_not_block(db_path: Path) -> None:
    lock_path(db_path).write_text("not json at all")
    with DatabaseLock(db_path) as lock:
        assert lock.held


def test_a_folder_without_locks_does_not_keep_the_coach_out(db_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Some network shares refuse locks: CoachDesk opens the database all the same."""
    import errno
    import fcntl

    def no_locks(fd: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    lock = DatabaseLock(db_path)
    assert lock.acquire() is False and not lock.held
    guard = InstanceGuard(on_activate=lambda: None)
    with guard.claim(db_path):
        pass
    assert guard.lock is not None and guard.lock.db_path == db_path
    guard.release()


def test_another_process_holding_the_database_is_named_until_it_closes(
        db_path: Path, holder: subprocess.Popen[str]) -> None:
    with pytest.raises(DatabaseInUseError) as refused:
        DatabaseLock(db_path).acquire()
    assert refused.value.holder["pid"] == holder.pid

    assert holder.stdin is not None
    holder.stdin.close()
    assert holder.wait(timeout=60) == 0
    with DatabaseLock(db_path) as lock:
        assert lock.held


def test_switching_databases_moves_the_lock(tmp_path: Path) -> None:
    guard = InstanceGuard(on_activate=lambda: None)
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with guard.claim(first):
        pass
    with guard.claim(first):  # reopening the same database keeps its lock
        pass
    assert lock_path(first).exists()
    with guard.claim(second):
        assert lock_path(first).exists(), "the old database stays locked until the switch is done"
    assert not lock_path(first).exists()
    assert guard.lock is not None and guard.lock.db_path == second
    guard.release()
    assert not lock_path(second).exists()


def test_a_failed_switch_keeps_the_current_database_locked(tmp_path: Path) -> None:
    guard = InstanceGuard(on_activate=lambda: None, lang="nl")
    current, other = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with guard.claim(current):
        pass
    with pytest.raises(RuntimeError), guard.claim(other):
        raise RuntimeError("the database would not open")
    assert not lock_path(other).exists()

    other_lock = DatabaseLock(other)
    other_lock.acquire()
    with pytest.raises(DatabaseInUseError) as refused, guard.claim(other):
        pass
    assert "is al geopend in CoachDesk" in describe(refused.value, translator("nl"))
    other_lock.release()
    assert guard.lock is not None and guard.lock.db_path == current
    guard.release()


def start_app(db_path: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "coachdesk", "--db", str(db_path), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_a_second_start_on_an_open_database_says_so_and_changes_nothing(db_path: Path) -> None:
    with DatabaseLock(db_path):
        second = start_app(db_path, "--quit-when-ready")
        _out, err = second.communicate(timeout=120)
    assert second.returncode == 1
    assert f"{db_path} is al geopend in CoachDesk (op deze computer, sinds" in err
    assert not db_path.exists(), "the second start must not create or touch the database"


def test_a_second_start_brings_the_open_window_forward(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked: list[bool] = []
    guard = InstanceGuard(on_activate=lambda: asked.append(True))
    with guard.claim(db_path):
        pass
    second = start_app(db_path)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=120_000)  # our socket answers
    _out, err = second.communicate()
    guard.release()
    assert asked == [True]
    assert second.returncode == 0
    assert "dat venster staat nu vooraan" in err


def test_the_window_opens_its_activation_socket_once_its_first_page_shows(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path) -> None:
    """The socket (and Qt's network library) is not start-up: it follows the first page."""
    from PySide6.QtWidgets import QApplication

    from coachdesk import paths
    from coachdesk.app import AppController
    from coachdesk.ui.settings import Settings
    from tests.ui.conftest import RecordingErrors

    controller = AppController(Settings(paths.config_dir() / "coachdesk.ini"),
                               RecordingErrors(), "nl", warm_up=False)
    try:
        window = controller.open(db_path)
        assert controller.guard.lock is not None and controller.guard.server is None
        with qtbot.waitSignal(window.ready, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: controller.guard.server is not None, timeout=30_000)
        assert QApplication.applicationVersion()
        second = start_app(db_path)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=120_000)
        assert second.returncode == 0, second.communicate()[1]
    finally:
        controller._close_current()
        controller.guard.release()


def test_a_database_in_a_folder_made_while_opening_is_locked_too(tmp_path: Path) -> None:
    """First start on a new laptop: the data folder appears only when the database is made."""
    database = tmp_path / "data" / "coachdesk.sqlite"
    guard = InstanceGuard(on_activate=lambda: None)
    with guard.claim(database):
        database.parent.mkdir()
        database.touch()
    assert guard.lock is not None and guard.lock.held
    with pytest.raises(DatabaseInUseError):
        DatabaseLock(database).acquire()
    guard.release()


def test_bring_to_front_restores_a_minimised_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    from coachdesk.instance import bring_to_front

    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    bring_to_front(None)  # no window yet: nothing happens
