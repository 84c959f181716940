"""One CoachDesk per database: a lock file beside it; a second start brings the window forward."""

from __future__ import annotations

import errno
import getpass
import hashlib
import json
import logging
import os
import socket
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.messages import describe

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
WINDOWS_LOCK_OFFSET = 1 << 20  # Windows locks are mandatory: lock a byte past the holder's note
ACTIVATE, ACTIVATED = b"activate\n", b"ok\n"
ACTIVATION_TIMEOUT_MS = 2000
OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)  # binary: Windows

class DatabaseInUseError(CoachDeskError):
    """Another CoachDesk process holds the database; `activated` if its window came forward.

    Its text (in the coach's language) comes from the registry, `domain/messages.py`.
    """

    code = "database.in_use"

    def __init__(self, path: Path, holder: dict[str, Any], activated: bool = False,
                 lang: str = "en") -> None:
        since = str(holder.get("since", ""))[11:16]  # hh:mm of the ISO timestamp
        host = str(holder.get("host") or "")
        if activated:
            code = "database.activated"
        elif not since or not host:
            code = "database.in_use"
        elif host == socket.gethostname():
            code = "database.in_use_here"
        else:
            code = "database.in_use_elsewhere"
        super().__init__(code, path=str(path), holder=holder, since=since, host=host)
        self.path, self.holder, self.activated = path, holder, activated


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


class DatabaseLock:
    """An operating-system lock on `<database>.lock`.

    The system drops the lock when its process ends, crash or not, so a lock file left
    behind by a crash never blocks the next start: only a living process holds the lock.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False when the folder allows no lock file (the database will say why).

        Raises DatabaseInUseError when another process holds it.
        """
        if self._fd is not None:
            return True
        for _attempt in range(5):
            try:
                fd = os.open(self.path, OPEN_FLAGS, 0o600)
            except OSError as exc:
                log.warning("no lock file for %s: %s", self.db_path, exc)
                return False
            try:
                locked = _try_lock(fd)
            except OSError as exc:  # a file system without locks (some network shares)
                os.close(fd)
                log.warning("cannot lock %s: %s; carrying on without", self.path, exc)
                return False
            if not locked:
                holder = self.holder()
                os.close(fd)
                raise DatabaseInUseError(self.db_path, holder)
            if _same_file(fd, self.path):
                self._fd = fd
                self._write_note()
                return True
            os.close(fd)  # the holder removed the file while we waited for it: try the new one
        return False

    def release(self) -> None:
        """Drop the lock and remove the lock file."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            self.path.unlink(missing_ok=True)  # while still locked, so nobody locks a stale file
        _unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            try:
                self.path.unlink(missing_ok=True)
            except OSError:  # another process has it open right now; it is harmless
                pass

    def holder(self) -> dict[str, Any]:
        """What the holding process wrote in the lock file (pid, host, since), if readable."""
        try:
            with open(self.path, encoding="utf-8") as fh:
                data = json.loads(fh.read(4096) or "{}")
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_note(self) -> None:
        assert self._fd is not None
        note = {"pid": os.getpid(), "host": socket.gethostname(),
                "since": datetime.now().isoformat(timespec="seconds"), "app": "CoachDesk"}
        data = json.dumps(note).encode("utf-8")
        try:
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, data)
        except OSError as exc:  # the note only makes the message nicer; the lock holds anyway
            log.warning("cannot write %s: %s", self.path, exc)

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        """True if locked now, False if another process holds it; OSError if locks fail."""
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLOCK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

    def _same_file(fd: int, path: Path) -> bool:
        return True  # Windows cannot delete a file that is open, so it is always the same one

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        """True if locked now, False if another process holds it; OSError if locks fail."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _same_file(fd: int, path: Path) -> bool:
        try:
            on_disk = os.stat(path)
        except OSError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def server_name(db_path: Path) -> str:
    """The local socket name of the process that has `db_path` open (per user and file)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "user"
    digest = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"coachdesk-{user}-{digest}"


class ActivationServer:
    """Listens on a local socket (no network) for a second start that asks for our window."""

    def __init__(self, name: str, on_activate: Callable[[], None]) -> None:
        from PySide6.QtNetwork import QLocalServer

        self.name, self.on_activate = name, on_activate
        QLocalServer.removeServer(name)  # a crashed holder may have left it; we hold the lock now
        self.server = QLocalServer()
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        if not self.server.listen(name):
            log.warning("no activation socket %s: %s", name, self.server.errorString())

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._on_request(c))
            conn.disconnected.connect(conn.deleteLater)

    def _on_request(self, conn: Any) -> None:
        if bytes(conn.readAll().data()).startswith(ACTIVATE.strip()):
            log.info("another start asked for this window")
            self.on_activate()
            conn.write(ACTIVATED)
            conn.flush()
        conn.disconnectFromServer()

    def close(self) -> None:
        self.server.close()


def request_activation(name: str, timeout_ms: int = ACTIVATION_TIMEOUT_MS) -> bool:
    """Ask the process listening on `name` to bring its window forward; True if it did."""
    from PySide6.QtNetwork import QLocalSocket

    conn = QLocalSocket()
    conn.connectToServer(name)
    if not conn.waitForConnected(timeout_ms):
        return False
    conn.write(ACTIVATE)
    conn.flush()
    answered = conn.waitForReadyRead(timeout_ms) and bytes(conn.readAll().data()) == ACTIVATED
    conn.abort()
    return answered


def bring_to_front(window: Any) -> None:
    """Show a window above the others (un-minimised), and flash it where the system forbids."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    if window is None:
        return
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


class InstanceGuard:
    """Holds the lock (and the activation socket) of the database this process has open."""

    def __init__(self, on_activate: Callable[[], None], lang: str = "en") -> None:
        self.on_activate, self.lang = on_activate, lang
        self.lock: DatabaseLock | None = None
        self.server: ActivationServer | None = None

    @contextmanager
    def claim(self, db_path: Path) -> Iterator[None]:
        """Lock `db_path` for the block; keep it, dropping the previous one, if the block succeeds."""
        if self.lock is not None and _same_path(self.lock.db_path, db_path):
            yield
            return
        lock = DatabaseLock(db_path)
        self._acquire(lock)
        try:
            yield
        except BaseException:
            lock.release()
            raise
        if not lock.held:  # its folder did not exist before the database was created
            try:
                lock.acquire()
            except DatabaseInUseError:  # another start won the race for a brand-new file
                log.warning("%s was locked by another start while being created", db_path)
        self.release()
        self.lock = lock
        self.server = ActivationServer(server_name(db_path), self.on_activate)

    def _acquire(self, lock: DatabaseLock) -> None:
        try:
            lock.acquire()
        except DatabaseInUseError as exc:
            activated = request_activation(server_name(lock.db_path))
            raise DatabaseInUseError(exc.path, exc.holder, activated, self.lang) from None

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _same_path(a: Path, b: Path) -> bool:
    return Path(a).resolve() == Path(b).resolve()


def report_in_use(exc: DatabaseInUseError, quit_when_ready: bool) -> int:
    """A second start: quietly done if the other window came forward, else one clear message."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    text = describe(exc, QCoreApplication.translate)  # the window's language
    print(f"coachdesk: {text}", file=sys.stderr)
    if quit_when_ready:
        return 1
    if exc.activated:
        return 0
    QMessageBox.warning(None, "CoachDesk", text)
    return 1
