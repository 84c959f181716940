"""One contract for both lock backends: flock (macOS, Linux) and msvcrt (Windows, faked here).

The Windows backend runs against tests/fake_msvcrt.py, which models msvcrt.locking's
documented behaviour; on a Windows runner the same tests run against the real msvcrt too.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pytest

from coachdesk.instance import DatabaseInUseError, DatabaseLock, lock_path
from coachdesk.locking import (
    NOTE_LIMIT,
    OPEN_FLAGS,
    WINDOWS_LOCK_OFFSET,
    FlockBackend,
    LockBackend,
    MsvcrtBackend,
    platform_backend,
)
from tests.fake_msvcrt import LK_NBLCK, FakeMsvcrt


@dataclass
class Case:
    backend: LockBackend
    read_blocked: Callable[[Path, int, int], bool]  # would a lock stop a reader there?


def _flock() -> Case:
    return Case(FlockBackend(), lambda _p, _s, _n: False)  # advisory: reads are never blocked


def _fake_msvcrt() -> Case:
    fake = FakeMsvcrt()
    return Case(MsvcrtBackend(fake), fake.read_blocked)  # type: ignore[arg-type]


def _real_msvcrt() -> Case:
    return Case(MsvcrtBackend(), lambda _p, _s, _n: False)


BACKENDS = {"flock": _flock, "msvcrt-fake": _fake_msvcrt}
if sys.platform == "win32":
    BACKENDS = {"msvcrt": _real_msvcrt, "msvcrt-fake": _fake_msvcrt}


@pytest.fixture(params=sorted(BACKENDS))
def case(request: pytest.FixtureRequest) -> Case:
    return BACKENDS[request.param]()


@pytest.fixture
def lock_file(tmp_path: Path) -> Path:
    return tmp_path / "coach.sqlite.lock"


@pytest.fixture
def opened(lock_file: Path) -> Iterator[Callable[[], int]]:
    """Open the same lock file as often as asked (each open is another holder); close all."""
    fds: list[int] = []
    path = lock_file

    def open_one() -> int:
        fds.append(os.open(path, OPEN_FLAGS, 0o600))
        return fds[-1]

    yield open_one
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def test_a_free_file_is_locked(case: Case, opened: Callable[[], int]) -> None:
    assert case.backend.try_lock(opened()) is True


def test_a_second_holder_is_refused_without_an_error_until_the_first_unlocks(
        case: Case, opened: Callable[[], int]) -> None:
    first, second = opened(), opened()
    assert case.backend.try_lock(first)
    assert case.backend.try_lock(second) is False
    assert case.backend.try_lock(second) is False  # asking again changes nothing
    case.backend.unlock(first)
    assert case.backend.try_lock(second) is True
    assert case.backend.try_lock(opened()) is False


def test_closing_the_holder_drops_the_lock(case: Case, opened: Callable[[], int]) -> None:
    """What a crash does: the system drops the lock of a file no process has open."""
    first, second = opened(), opened()
    assert case.backend.try_lock(first)
    os.close(first)
    assert case.backend.try_lock(second) is True


def test_the_holders_note_stays_readable_while_locked(case: Case, lock_file: Path,
                                                      opened: Callable[[], int]) -> None:
    """Windows locks are mandatory: the lock must sit past the note a second start reads."""
    fd = opened()
    assert case.backend.try_lock(fd)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, b'{"pid": 1}')
    assert not case.read_blocked(lock_file, 0, NOTE_LIMIT)
    with open(lock_file, "rb") as reader:  # another open, as a second start's
        assert reader.read(NOTE_LIMIT) == b'{"pid": 1}'


def test_unlocking_twice_is_harmless(case: Case, opened: Callable[[], int]) -> None:
    fd = opened()
    assert case.backend.try_lock(fd)
    case.backend.unlock(fd)
    try:
        case.backend.unlock(fd)
    except OSError:  # flock may say so; it must not leave the file locked
        pass
    assert case.backend.try_lock(opened())


def test_a_file_system_without_locks_is_an_error_not_a_refusal(opened: Callable[[], int]) -> None:
    """Some network shares have no locks: that must not read as "someone else has it"."""
    def no_flock(_fd: int, _op: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    def no_locking(_fd: int, _mode: int, _n: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    flock = FlockBackend(SimpleNamespace(flock=no_flock, LOCK_EX=2, LOCK_NB=4))  # type: ignore[arg-type]
    msvcrt = MsvcrtBackend(SimpleNamespace(locking=no_locking, LK_NBLCK=2))  # type: ignore[arg-type]
    for backend in (flock, msvcrt):
        with pytest.raises(OSError):
            backend.try_lock(opened())


def test_the_windows_lock_is_one_byte_far_past_the_note(opened: Callable[[], int]) -> None:
    fake = FakeMsvcrt()
    backend = MsvcrtBackend(fake)  # type: ignore[arg-type]
    fd = opened()
    os.lseek(fd, 0, os.SEEK_SET)  # wherever the file position was, the lock lands there
    assert backend.try_lock(fd)
    assert fake.calls == [(LK_NBLCK, WINDOWS_LOCK_OFFSET, 1)]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot remove an open file")
def test_only_the_posix_backend_must_check_the_file_is_still_there(tmp_path: Path) -> None:
    """POSIX lets the holder remove the locked file: a newcomer may have locked a ghost."""
    path = tmp_path / "x.lock"
    fd = os.open(path, OPEN_FLAGS, 0o600)
    try:
        assert FlockBackend().same_file(fd, path)
        path.unlink()
        path.write_text("a new file")
        assert not FlockBackend().same_file(fd, path)
        assert MsvcrtBackend(FakeMsvcrt()).same_file(fd, path)  # type: ignore[arg-type]
    finally:
        os.close(fd)
    assert FlockBackend.remove_while_locked and not MsvcrtBackend.remove_while_locked


def test_each_system_gets_its_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msvcrt", FakeMsvcrt())
    assert isinstance(platform_backend("win32"), MsvcrtBackend)
    if sys.platform != "win32":
        assert isinstance(platform_backend("linux"), FlockBackend)
        assert isinstance(platform_backend("darwin"), FlockBackend)
        assert isinstance(platform_backend(), FlockBackend)


# The database lock, on each backend: what a second start sees.

def test_the_database_lock_keeps_its_promises_on_each_backend(case: Case, db_path: Path) -> None:
    first = DatabaseLock(db_path, case.backend)
    assert first.acquire()
    with pytest.raises(DatabaseInUseError) as refused:
        DatabaseLock(db_path, case.backend).acquire()
    assert refused.value.holder["pid"] == os.getpid()  # the note was readable
    first.release()
    assert not lock_path(db_path).exists()
    again = DatabaseLock(db_path, case.backend)
    assert again.acquire() and again.held
    again.release()


def test_a_lock_file_left_behind_does_not_block_on_either_backend(case: Case,
                                                                   db_path: Path) -> None:
    lock_path(db_path).write_text('{"pid": 999999, "host": "elsewhere"}')
    lock = DatabaseLock(db_path, case.backend)
    assert lock.acquire()
    assert lock.holder()["pid"] == os.getpid()
    lock.release()
