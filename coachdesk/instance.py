"""One CoachDesk per database: a lock file beside it; a second start brings the window forward."""

from __future__ import annotations

import json
import logging
import os
import socket
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from coachdesk import paths
from coachdesk.domain.errors import CoachDeskError
from coachdesk.domain.messages import describe
from coachdesk.locking import (
    NOTE_LIMIT,
    OPEN_FLAGS,
    READ_FLAGS,
    LockBackend,
    is_symlink_refusal,
    platform_backend,
)

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
ACTIVATE, ACTIVATED = b"activate\n", b"ok\n"
ACTIVATION_TIMEOUT_MS = 2000
SOCKET_PATH_MAX = 100  # a Unix socket's path: 108 bytes on Linux, 104 on macOS, with margin

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
    The lock itself is the system's (`coachdesk.locking`): flock, or msvcrt on Windows.
    A symbolic link planted in the lock file's place is never followed (O_NOFOLLOW): it is
    replaced by a real lock file, or, where it cannot be removed, CoachDesk runs unlocked.
    """

    def __init__(self, db_path: Path, backend: LockBackend | None = None) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self.backend = backend or platform_backend()
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
                if is_symlink_refusal(exc) and self._remove_planted_link():
                    continue
                if not self.path.parent.exists():  # a first start: locked once it is created
                    log.info("no folder yet for %s; locked after it is created", self.db_path)
                else:
                    log.warning("no lock file for %s: %s", self.db_path, exc)
                return False
            try:
                locked = self.backend.try_lock(fd)
            except OSError as exc:  # a file system without locks (some network shares)
                os.close(fd)
                log.warning("cannot lock %s: %s; carrying on without", self.path, exc)
                return False
            if not locked:
                holder = self.holder()
                os.close(fd)
                raise DatabaseInUseError(self.db_path, holder)
            if self.backend.same_file(fd, self.path):
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
        if self.backend.remove_while_locked:
            self.path.unlink(missing_ok=True)  # while still locked, so nobody locks a stale file
        self.backend.unlock(fd)
        os.close(fd)
        if not self.backend.remove_while_locked:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:  # another process has it open right now; it is harmless
                pass

    def holder(self) -> dict[str, Any]:
        """What the holding process wrote in the lock file (pid, host, since), if readable."""
        try:
            fd = os.open(self.path, READ_FLAGS)
        except OSError:
            return {}
        try:
            data = json.loads(os.read(fd, NOTE_LIMIT).decode("utf-8") or "{}")
        except (OSError, ValueError):
            return {}
        finally:
            os.close(fd)
        return data if isinstance(data, dict) else {}

    def _remove_planted_link(self) -> bool:
        """The lock file is a symbolic link: remove the link (never what it points to)."""
        if not self.path.is_symlink():
            return False
        log.warning("%s is a symbolic link; CoachDesk does not follow it and puts its own "
                    "lock file in its place", self.path)
        try:
            self.path.unlink()
        except OSError as exc:
            log.warning("cannot remove the symbolic link %s: %s", self.path, exc)
            return False
        return True

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


def server_name(db_path: Path, create: bool = False) -> str | None:
    """Where the process that has `db_path` open listens for a second start (per user, file).

    Windows: a named pipe, which Qt opens to this user alone. Elsewhere a socket file in a
    folder only this user can enter: the runtime folder (XDG_RUNTIME_DIR), else CoachDesk's
    0700 data folder, else (a path too long for a socket) a private `coachdesk-<uid>` folder in
    the temporary folder, checked to be ours. Never a predictable name in a shared folder,
    which another user could take first. None when there is no safe place (`create` makes
    the folder when it is missing).
    """
    import hashlib  # the activation socket is set up once the first page shows

    digest = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
    if sys.platform == "win32":
        try:
            import getpass

            user = getpass.getuser()
        except (OSError, KeyError):
            user = "user"
        return f"coachdesk-{user}-{digest}"
    name = f"coachdesk-{digest}.sock"
    for folder in _socket_folders():
        if len(os.fsencode(folder / name)) > SOCKET_PATH_MAX:
            continue
        if _private_folder(folder, create):
            return str(folder / name)
    return None


def _socket_folders() -> list[Path]:
    folders = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_absolute():
        folders.append(Path(runtime))
    folders.append(paths.data_dir())
    import tempfile

    folders.append(Path(tempfile.gettempdir()) / f"coachdesk-{_uid()}")
    return folders


def _uid() -> int:
    if sys.platform == "win32":  # named pipes there: no socket folder to own
        return -1
    return os.getuid()


def _private_folder(folder: Path, create: bool) -> bool:
    """True if `folder` is a real folder of this user that nobody else can enter."""
    if create and not folder.exists():
        try:
            paths.ensure_private_dir(folder)
        except OSError:
            return False
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == _uid()
            and not info.st_mode & 0o077)


class ActivationServer:
    """Listens on a local socket (no network) for a second start that asks for our window.

    `name` comes from `server_name`: a socket file in a private folder, or a named pipe.
    """

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
    def claim(self, db_path: Path, listen: bool = True) -> Iterator[None]:
        """Lock `db_path` for the block; keep it, dropping the previous one, if the block succeeds.

        `listen=False`: the activation socket waits for `listen()` (the window calls it once
        its first page shows: a second start in that moment is told the database is open)."""
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
        if listen:
            self.listen()

    def listen(self) -> None:
        """Open the activation socket of the locked database, if it is not open yet."""
        if self.lock is None or self.server is not None:
            return
        name = server_name(self.lock.db_path, create=True)
        if name is None:
            log.warning("no private folder for the activation socket of %s", self.lock.db_path)
        else:
            self.server = ActivationServer(name, self.on_activate)

    def _acquire(self, lock: DatabaseLock) -> None:
        try:
            lock.acquire()
        except DatabaseInUseError as exc:
            name = server_name(lock.db_path)
            activated = request_activation(name) if name else False
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
