"""The files of "one CoachDesk per database" another user could abuse: a symbolic link planted
as the lock file, and the activation socket's place (issue 18)."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from coachdesk import paths
from coachdesk.instance import DatabaseLock, InstanceGuard, lock_path, server_name

pytestmark = pytest.mark.skipif(sys.platform == "win32",
                                reason="symbolic links and socket files are POSIX matters")


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    target = tmp_path / "elsewhere" / "precious.txt"
    target.parent.mkdir()
    target.write_text("the coach's own file")
    return target


def test_a_planted_symlink_is_never_followed_and_replaced_by_a_lock_file(
        db_path: Path, victim: Path) -> None:
    lock_path(db_path).symlink_to(victim)
    lock = DatabaseLock(db_path)
    assert lock.acquire() and lock.held
    assert victim.read_text() == "the coach's own file"  # not truncated, no note written in it
    assert not lock_path(db_path).is_symlink()
    assert lock.holder()["pid"] == os.getpid()
    lock.release()
    assert victim.read_text() == "the coach's own file"


def test_a_dangling_symlink_does_not_create_its_target(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "made-by-coachdesk"
    lock_path(db_path).symlink_to(target)
    with DatabaseLock(db_path) as lock:
        assert lock.held
    assert not target.exists()


def test_a_symlink_that_cannot_be_removed_leaves_coachdesk_unlocked_not_misled(
        db_path: Path, victim: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lock_path(db_path).symlink_to(victim)

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)
    lock = DatabaseLock(db_path)
    assert lock.acquire() is False and not lock.held
    assert victim.read_text() == "the coach's own file"
    assert lock.holder() == {}  # the note is never read through the link


def _private(folder: Path) -> bool:
    info = folder.lstat()
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


@pytest.fixture
def short_home(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A COACHDESK_HOME short enough for a socket path (pytest's own folders are long)."""
    home = Path(tempfile.mkdtemp(prefix="cd-", dir="/tmp"))  # macOS's $TMPDIR is long
    monkeypatch.setenv("COACHDESK_HOME", str(home))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    yield home
    import shutil
    shutil.rmtree(home, ignore_errors=True)


def test_the_socket_lives_in_the_runtime_folder(short_home: Path, db_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    runtime = short_home / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    name = server_name(db_path)
    assert name is not None and Path(name).parent == runtime
    assert server_name(db_path) == name  # the second start finds the same one


def test_without_a_runtime_folder_the_socket_lives_in_the_private_data_folder(
        short_home: Path, db_path: Path) -> None:
    name = server_name(db_path, create=True)
    assert name is not None and Path(name).parent == paths.data_dir()
    assert _private(paths.data_dir())
    assert server_name(db_path) == name


def test_a_runtime_folder_others_can_enter_is_passed_over(short_home: Path, db_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    shared = short_home / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    name = server_name(db_path, create=True)
    assert name is not None and Path(name).parent == paths.data_dir()


def test_a_folder_squatted_in_the_temporary_folder_is_refused(
        short_home: Path, tmp_path: Path, db_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Data folder too deep for a socket path: the fallback is a checked coachdesk-<uid>."""
    monkeypatch.setenv("COACHDESK_HOME", str(tmp_path / ("deep" * 30)))
    temp = short_home / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(temp))
    squatted = temp / f"coachdesk-{os.getuid()}"
    squatted.mkdir()
    squatted.chmod(0o777)  # made by someone else first, open to all
    assert server_name(db_path, create=True) is None

    squatted.rmdir()
    name = server_name(db_path, create=True)
    assert name is not None and Path(name).parent == squatted and _private(squatted)


def test_the_open_database_listens_in_a_private_folder_not_in_tmp(short_home: Path,
                                                                 db_path: Path) -> None:
    guard = InstanceGuard(on_activate=lambda: None)
    with guard.claim(db_path):
        pass
    assert guard.server is not None
    socket_file = Path(guard.server.server.fullServerName())
    assert socket_file.exists() and stat.S_ISSOCK(socket_file.lstat().st_mode)
    assert socket_file.parent == paths.data_dir() and _private(socket_file.parent)
    guard.release()
    assert not socket_file.exists()
