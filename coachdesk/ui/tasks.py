"""Background work: one database thread, results back on the GUI thread, progress and cancel."""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coachdesk.domain.progress import Cancelled

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


__all__ = ["Cancelled", "Progress", "SyncRunner", "Task", "TaskRunner", "show_progress"]

SKIPPED = object()  # the outcome of a task a newer one of its lane superseded


class Progress:
    """Handed to a task that reports progress: `report(done, total)`, `check()` to cancel."""

    def __init__(self, emit: Callable[[int, int, str], None] | None = None) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._emit is not None:
            self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    """A task's outcome, always emitted on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class Task:
    """A submitted piece of work; keep it to cancel it or follow its progress."""

    def __init__(self, signals: _Signals, progress: Progress) -> None:
        self.signals = signals
        self.progress = progress
        self.done = False
        signals.finished.connect(self._mark_done)
        signals.failed.connect(self._mark_done)

    def _mark_done(self, _value: object = None) -> None:
        self.done = True


class TaskRunner(QObject):
    """Runs database work on one background thread (SQLite serialises writes anyway).

    A plain Python thread runs the tasks in order; only task numbers cross threads through
    Qt signals, while results and errors wait in a dict until the GUI thread picks them up.
    """

    _finished = Signal(int)
    _progressed = Signal(int, int, int, str)

    def __init__(self, on_error: Failed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._queue: queue.SimpleQueue[tuple | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._waiting: dict[int, tuple[Task, Done | None, Failed | None]] = {}
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._unfinished = 0
        self._lanes: dict[str, int] = {}  # lane -> its newest task
        self._idle = threading.Event()
        self._idle.set()
        self._finished.connect(self._on_finished)
        self._progressed.connect(self._on_progressed)
        self._thread = threading.Thread(target=self._work, name="coachdesk-db", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Done | None = None,
               on_error: Failed | None = None, with_progress: bool = False,
               latest: str = "", **kwargs: Any) -> Task:
        """Run `fn(*args, **kwargs)` on the database thread; `on_done(result)` on this one.

        Tasks of one `latest` lane (e.g. a search box) supersede each other: one that has not
        started when a newer one arrives is skipped, so the newest keystroke never waits for
        the queries of the ones before it.
        """
        task_id = next(self._ids)
        if latest:
            with self._lock:
                self._lanes[latest] = task_id
        progress = Progress(lambda d, t, text: self._progressed.emit(task_id, d, t, text))
        if with_progress:
            kwargs["progress"] = progress
        task = Task(_Signals(self), progress)
        self._waiting[task_id] = (task, on_done, on_error)
        with self._lock:
            self._unfinished += 1
            self._idle.clear()
        self._queue.put((task_id, fn, args, kwargs, latest))
        return task

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            task_id, fn, args, kwargs, lane = item
            with self._lock:
                superseded = bool(lane) and self._lanes.get(lane) != task_id
            try:
                outcome: tuple[bool, Any] = (True, SKIPPED if superseded else fn(*args, **kwargs))
            except BaseException as exc:  # handed to the GUI thread, never lost
                outcome = (False, exc)
            with self._lock:
                self._outcomes[task_id] = outcome
                self._unfinished -= 1
            self._finished.emit(task_id)
            with self._lock:
                if not self._unfinished:
                    self._idle.set()

    def _on_finished(self, task_id: int) -> None:
        with self._lock:
            ok, value = self._outcomes.pop(task_id)
        task, on_done, on_error = self._waiting.pop(task_id)
        task.signals.deleteLater()
        if value is SKIPPED:
            task.done = True  # superseded by a newer task of its lane: nothing to show
            return
        if ok:
            task.signals.finished.emit(value)
            if on_done is not None:
                on_done(value)
        else:
            task.signals.failed.emit(value)
            (on_error or self._on_error)(value)

    def _on_progressed(self, task_id: int, done: int, total: int, text: str) -> None:
        waiting = self._waiting.get(task_id)
        if waiting is not None:
            waiting[0].signals.progressed.emit(done, total, text)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every submitted task has run (its result is delivered afterwards)."""
        return self._idle.wait(msecs / 1000)

    def shutdown(self, msecs: int = 30000) -> None:
        """Finish the queued tasks, then end the database thread (before closing the database)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(msecs / 1000)
        QCoreApplication.sendPostedEvents(self)  # results still on their way are delivered


_sync_worker: ThreadPoolExecutor | None = None


def _sync_thread() -> ThreadPoolExecutor:
    global _sync_worker
    if _sync_worker is None:
        _sync_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coachdesk-sync-db")
    return _sync_worker


class SyncRunner(QObject):
    """Runs each task at once and waits for it; for tests and screenshots.

    The work itself runs on a database thread of its own, as with `TaskRunner`, so the
    window never writes on its own thread, even in tests; the caller simply waits for it.
    """

    def __init__(self, on_error: Failed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Done | None = None,
               on_error: Failed | None = None, with_progress: bool = False,
               latest: str = "", **kwargs: Any) -> Task:
        signals = _Signals()
        progress = Progress(signals.progressed.emit)
        task = Task(signals, progress)
        if with_progress:
            kwargs["progress"] = progress
        try:
            result = _sync_thread().submit(fn, *args, **kwargs).result()
        except Exception as exc:
            task.done = True
            (on_error or self._on_error)(exc)
        else:
            task.done = True
            if on_done is not None:
                on_done(result)
        return task

    def wait(self, msecs: int = 0) -> bool:
        return True

    def shutdown(self, msecs: int = 0) -> None:
        return None


def show_progress(parent: QWidget, task: Task, title: str,
                  delay_ms: int = 500) -> QProgressDialog | None:
    """A cancellable progress dialog that appears only if the task takes longer than `delay_ms`."""
    if task.done:
        return None
    dialog = QProgressDialog(title, QCoreApplication.translate("TaskRunner", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(True)
    dialog.canceled.connect(task.progress.cancel)

    def progressed(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    task.signals.progressed.connect(progressed)
    task.signals.finished.connect(lambda _r: dialog.reset())
    task.signals.failed.connect(lambda _e: dialog.reset())
    QTimer.singleShot(0, lambda: dialog.setValue(0))
    return dialog
