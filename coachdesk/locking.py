"""Operating-system file locks behind one interface: `fcntl.flock` (macOS, Linux) and
`msvcrt.locking` (Windows).

`instance.DatabaseLock` speaks only to a `LockBackend`; each backend takes the module it
calls as an argument, so the Windows one runs on Linux in the tests with a stand-in for
`msvcrt` (tests/fake_msvcrt.py) and both are held to the same contract
(tests/test_locking.py). What differs between the systems is written down here, once:

- POSIX locks are advisory and belong to the open file: closing it, or the process ending,
  drops the lock. A holder can remove the lock file while holding it, so a newcomer must check
  that the file it locked is still the one on disk (`same_file`).
- Windows locks are mandatory byte ranges: a locked byte cannot be read by anyone else. The
  holder's note (pid, host, since) sits at the start of the file, so the lock is taken on one
  byte far past it (`WINDOWS_LOCK_OFFSET`). A file that is open cannot be deleted, so the file
  locked is always the one on disk, and the holder removes it only after closing it.
"""

from __future__ import annotations

import errno
import importlib
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Protocol

WINDOWS_LOCK_OFFSET = 1 << 20  # far past the holder's note, which readers must still see
NOTE_LIMIT = 4096  # the most a reader takes of the note (instance.DatabaseLock.holder)


class LockBackend(Protocol):
    """One process's exclusive, non-blocking lock on an open file."""

    #: True where a locked file can be removed (POSIX): the holder removes it before
    #: unlocking, so nobody locks a file that is about to disappear. False on Windows,
    #: where the holder closes the file first and then removes it.
    remove_while_locked: bool

    def try_lock(self, fd: int) -> bool:
        """True if `fd` holds the lock now, False if another holds it; OSError if the
        file system has no locks (some network shares)."""

    def unlock(self, fd: int) -> None:
        """Drop the lock `fd` holds (closing `fd` drops it too)."""

    def same_file(self, fd: int, path: Path) -> bool:
        """True if `path` on disk is still the file open as `fd`."""


class FlockBackend:
    """`flock(2)` on macOS and Linux: advisory, whole file, dropped when the file closes."""

    remove_while_locked = True

    def __init__(self, fcntl_module: ModuleType | None = None) -> None:
        self.fcntl = fcntl_module or importlib.import_module("fcntl")

    def try_lock(self, fd: int) -> bool:
        try:
            self.fcntl.flock(fd, self.fcntl.LOCK_EX | self.fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                return False
            raise
        return True

    def unlock(self, fd: int) -> None:
        self.fcntl.flock(fd, self.fcntl.LOCK_UN)

    def same_file(self, fd: int, path: Path) -> bool:
        try:
            on_disk = os.stat(path, follow_symlinks=False)
        except OSError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


class MsvcrtBackend:
    """`msvcrt.locking` on Windows: a mandatory lock on one byte past the holder's note."""

    remove_while_locked = False

    def __init__(self, msvcrt_module: ModuleType | None = None) -> None:
        self.msvcrt = msvcrt_module or importlib.import_module("msvcrt")

    def try_lock(self, fd: int) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)  # msvcrt locks from the file position
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            # EACCES: another handle holds the byte; EDEADLOCK: the same, after retries
            if exc.errno in (errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)):
                return False
            raise
        return True

    def unlock(self, fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            self.msvcrt.locking(fd, self.msvcrt.LK_UNLCK, 1)
        except OSError:  # not locked by us after all: closing the file is what counts
            pass

    def same_file(self, fd: int, path: Path) -> bool:
        return True  # an open file cannot be deleted on Windows: it is always the same one


def platform_backend(system: str | None = None) -> LockBackend:
    """The backend of this system (or of `system`, for the tests)."""
    if (system or sys.platform) == "win32":
        return MsvcrtBackend()
    return FlockBackend()


# Open the lock file read-write, create it private, never through a symbolic link someone
# planted (O_NOFOLLOW; Windows has none and needs O_BINARY instead).
OPEN_FLAGS = (os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
              | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def is_symlink_refusal(exc: OSError) -> bool:
    """True if `os.open(..., OPEN_FLAGS)` failed because the path is a symbolic link."""
    return exc.errno in (errno.ELOOP, errno.EMLINK)  # EMLINK: the BSDs' answer
