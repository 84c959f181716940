"""A stand-in for Windows' `msvcrt` module, so the Windows lock backend runs on Linux.

It models what Microsoft documents for `_locking` (which `msvcrt.locking` calls) and
`LockFile`: a lock covers `nbytes` from the file's current position; it is mandatory, so
nobody else may read the locked bytes; `LK_NBLCK` fails at once with EACCES when another
handle (also one of the same process) holds an overlapping range, and so does locking a
range twice; `LK_UNLCK` of a range not held fails with EACCES; closing the handle, or the
process ending, drops its locks. The blocking modes (`LK_LOCK`, `LK_RLCK`) retry for ten
seconds on Windows; CoachDesk never uses them, so they are refused here.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass

LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4  # msvcrt's values


@dataclass(frozen=True)
class Region:
    file: tuple[int, int]  # st_dev, st_ino
    start: int
    length: int
    fd: int

    def overlaps(self, start: int, length: int) -> bool:
        return self.start < start + length and start < self.start + self.length


class FakeMsvcrt:
    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK

    def __init__(self) -> None:
        self.regions: list[Region] = []
        self.calls: list[tuple[int, int, int]] = []  # (mode, start, nbytes)

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self._forget_closed()
        file, start = _identity(fd), os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append((mode, start, nbytes))
        if mode in (LK_NBLCK, LK_NBRLCK):
            if any(r.file == file and r.overlaps(start, nbytes) for r in self.regions):
                raise OSError(errno.EACCES, "Permission denied")
            self.regions.append(Region(file, start, nbytes, fd))
        elif mode == LK_UNLCK:
            mine = Region(file, start, nbytes, fd)
            if mine not in self.regions:
                raise OSError(errno.EACCES, "Permission denied")
            self.regions.remove(mine)
        else:
            raise NotImplementedError("the blocking lock modes wait ten seconds on Windows")

    def read_blocked(self, path: os.PathLike[str] | str, start: int, length: int) -> bool:
        """True if a lock would make reading `length` bytes at `start` fail (mandatory locks)."""
        self._forget_closed()
        info = os.stat(path)
        return any(r.file == (info.st_dev, info.st_ino) and r.overlaps(start, length)
                   for r in self.regions)

    def _forget_closed(self) -> None:
        """Closing a handle drops its locks: keep only regions whose file is still open."""
        alive = []
        for region in self.regions:
            try:
                still = _identity(region.fd) == region.file
            except OSError:
                still = False
            if still:
                alive.append(region)
        self.regions = alive


def _identity(fd: int) -> tuple[int, int]:
    info = os.fstat(fd)
    return info.st_dev, info.st_ino
