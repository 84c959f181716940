"""Background work: one database thread, results back on the GUI thread, progress and cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class Progress:
    """Handed to a task that reports progress: `report(done, total)`, `check()` to cancel."""

    def __init__(self, signals: "_Signals | None" = None) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._signals is not None:
            self._signals.progressed.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
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


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, signals: _Signals) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs, self._signals = fn, args, kwargs, signals

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # handed to the GUI thread, never lost
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs database work on one background thread (SQLite serialises writes anyway)."""

    def __init__(self, on_error: Failed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._on_error = on_error
        self._live: set[_Signals] = set()

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Done | None = None,
               on_error: Failed | None = None, with_progress: bool = False, **kwargs: Any) -> Task:
        signals = _Signals()
        progress = Progress(signals)
        if with_progress:
            kwargs["progress"] = progress
        self._live.add(signals)

        def finished(result: Any) -> None:
            self._live.discard(signals)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._live.discard(signals)
            (on_error or self._on_error)(exc)

        task = Task(signals, progress)
        signals.finished.connect(finished)
        signals.failed.connect(failed)
        self._pool.start(_Runnable(fn, args, kwargs, signals))
        return task

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)


class SyncRunner(QObject):
    """Runs tasks at once on the calling thread; for tests and command-line use."""

    def __init__(self, on_error: Failed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error

    def submit(self, fn: Callable[..., Any], *args: Any, on_done: Done | None = None,
               on_error: Failed | None = None, with_progress: bool = False, **kwargs: Any) -> Task:
        signals = _Signals()
        progress = Progress(signals)
        task = Task(signals, progress)
        if with_progress:
            kwargs["progress"] = progress
        try:
            result = fn(*args, **kwargs)
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
