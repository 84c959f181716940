"""The one way the window changes data (`ChangeOp`) and reads data in the background (`QueryOp`).

In the spirit of Anki's `CollectionOp`/`QueryOp`: an operation names its service call, runs
it on the database thread, shows progress (with Cancel) when asked, maps a failure to one
message, and on success announces one typed `Changes`. An undoable change reaches the undo
stack only after it succeeded; its undo and its redo run through the same path, and Undo/Redo
wait while any change runs.

    ChangeOp(ctx, ctx.services.actions.mark_done, ids, today,
             changes=Changes.of(ACTIONS, ids=ids)) \\
        .undoable(self.tr("Mark as done"), lambda before: (ctx.services.actions.restore, before)) \\
        .run()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from coachdesk.domain.progress import Cancelled
from coachdesk.ui.events import Changes
from coachdesk.ui.tasks import Task, show_progress
from coachdesk.ui.undo import UndoStack

if TYPE_CHECKING:
    from coachdesk.ui.context import AppContext

T = TypeVar("T")
Call = tuple[Any, ...]  # (function, *arguments) of an inverse
Inverse = Callable[[Any], Call]


class _Op(Generic[T]):
    """What both kinds of operation share: the call, callbacks, progress and failure path."""

    def __init__(self, ctx: AppContext, fn: Callable[..., T], *args: Any, **kwargs: Any) -> None:
        self.ctx, self.fn, self.args, self.kwargs = ctx, fn, args, kwargs
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None
        self._cancelled: Callable[[], object] | None = None
        self._progress: tuple[QWidget, str] | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._lane = ""

    def success(self, fn: Callable[[T], object] | None) -> _Op[T]:
        """Called on the GUI thread with the service's result (before a change is announced)."""
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], object] | None) -> _Op[T]:
        """Show a failure near its cause (a form); otherwise it goes to the window's error path."""
        self._failure = fn
        return self

    def cancelled(self, fn: Callable[[], object] | None) -> _Op[T]:
        self._cancelled = fn
        return self

    def latest(self, lane: str) -> _Op[T]:
        """Of the operations of one lane (a search box), the newest wins: one that has not
        started when a newer one runs is skipped, and none of its callbacks is called."""
        self._lane = lane
        return self

    def with_progress(self, parent: QWidget, title: str) -> _Op[T]:
        """The call takes `progress=`, reports to it and checks it; a dialog with Cancel shows
        when it takes longer than half a second."""
        self._progress = (parent, title)
        return self

    def _submit(self, fn: Callable[..., Any], args: Call, done: Callable[[Any], None],
                failed: Callable[[BaseException], None]) -> Task:
        task = self.ctx.runner.submit(fn, *args, on_done=done, on_error=failed,
                                      with_progress=self._progress is not None,
                                      latest=self._lane, **self.kwargs)
        if self._progress is not None:
            self.progress_dialog = show_progress(self._progress[0], task, self._progress[1])
        return task

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            if self._cancelled is not None:
                self._cancelled()
        elif self._failure is not None:
            self._failure(exc)
        else:
            self.ctx.errors(exc)


class QueryOp(_Op[T]):
    """A read on the database thread; `success` gets the result. Nothing is announced."""

    def run(self) -> Task:
        return self._submit(self.fn, self.args, self._done, self._report)

    def _done(self, result: T) -> None:
        if self._success is not None:
            self._success(result)


class ChangeOp(_Op[T]):
    """A change on the database thread; on success one `Changes` is announced.

    `changes` is the value, or a function of the result (for ids known only afterwards).
    """

    def __init__(self, ctx: AppContext, fn: Callable[..., T], *args: Any,
                 changes: Changes | Callable[[T], Changes], **kwargs: Any) -> None:
        super().__init__(ctx, fn, *args, **kwargs)
        self.changes = changes
        self.text = ""
        self.inverse: Inverse | None = None

    def undoable(self, text: str, inverse: Inverse) -> ChangeOp[T]:
        """Once it succeeded, put it on the undo stack as `text`; `inverse(result)` returns
        the call `(function, *arguments)` that undoes it. Redo runs the change again."""
        self.text, self.inverse = text, inverse
        return self

    def run(self) -> Task:
        self._stack().began()
        return self._submit(self.fn, self.args, self._done, self._failed)

    def changes_for(self, result: T) -> Changes:
        return self.changes(result) if callable(self.changes) else self.changes

    def _stack(self) -> UndoStack:
        stack = self.ctx.undo_stack
        if not isinstance(stack, UndoStack):  # pragma: no cover - a programming error
            raise TypeError("AppContext.undo_stack must be a coachdesk.ui.undo.UndoStack")
        return stack

    def _done(self, result: T) -> None:
        stack = self._stack()
        stack.ended()
        if self.inverse is not None:
            stack.push(_UndoEntry(self, result))
        try:
            if self._success is not None:
                self._success(result)
        finally:
            self.ctx.events.announce(self.changes_for(result))

    def _failed(self, exc: BaseException) -> None:
        self._stack().ended()
        self._report(exc)


class _UndoEntry(QUndoCommand):
    """A change that happened; undo and redo run on the database thread like the change did.

    A step that fails is reported and the entry leaves the stack: the menu never offers to
    undo or redo something that did not happen.
    """

    def __init__(self, op: ChangeOp[Any], result: Any) -> None:
        super().__init__(op.text)
        self.op, self.result = op, result
        self._pushed = False
        self._broken = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(): the change already ran
            self._pushed = True
        elif self._broken:
            self.setObsolete(True)
        else:
            self._step(self.op.fn, self.op.args, self._redone, QUndoStack.undo, self.op.kwargs)

    def undo(self) -> None:
        if self._broken:
            self.setObsolete(True)
            return
        assert self.op.inverse is not None
        fn, *args = self.op.inverse(self.result)
        self._step(fn, tuple(args), lambda _r: None, QUndoStack.redo)

    def _redone(self, result: Any) -> None:
        self.result = result

    def _step(self, fn: Callable[..., Any], args: Call, keep: Callable[[Any], None],
              drop: Callable[[QUndoStack], None], kwargs: dict[str, Any] | None = None) -> None:
        stack = self.op._stack()
        changes = self.op.changes_for(self.result)

        def done(result: Any) -> None:
            stack.ended()
            keep(result)
            self.op.ctx.events.announce(self.op.changes_for(self.result) | changes)

        def failed(exc: BaseException) -> None:
            stack.ended()
            self._broken = True
            if inside:  # a synchronous runner: the stack is still in our undo()/redo()
                self.setObsolete(True)
            else:
                drop(stack)  # steps back over this entry, which then marks itself obsolete
            self.op._report(exc)

        inside = True
        stack.began()
        self.op.ctx.runner.submit(fn, *args, on_done=done, on_error=failed, **(kwargs or {}))
        inside = False
