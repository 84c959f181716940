"""The window's undo stack: Undo and Redo wait while an operation runs on the database thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoStack


class UndoStack(QUndoStack):
    """A `QUndoStack` that knows when a change is running, and refuses Undo/Redo meanwhile.

    Operations call `began()`/`ended()`; while one runs, the Undo and Redo actions are
    disabled and `undo()`/`redo()` do nothing, so a quick Ctrl+Z never undoes an earlier
    change, nor one the coach has not seen happen yet.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def began(self) -> None:
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)

    def ended(self) -> None:
        self._running = max(0, self._running - 1)
        if self._running == 0:
            self.busy_changed.emit(False)

    def undo(self) -> None:
        if not self.busy:
            super().undo()

    def redo(self) -> None:
        if not self.busy:
            super().redo()

    def undo_action(self, parent: QObject, plain: str, pattern: str) -> QAction:
        """The Undo action: `plain`, or `pattern` with %1 the change's text; enabled when there
        is something to undo and nothing runs."""
        return self._action(parent, plain, pattern, self.undo, self.canUndo, self.undoText,
                            self.canUndoChanged, self.undoTextChanged)

    def redo_action(self, parent: QObject, plain: str, pattern: str) -> QAction:
        return self._action(parent, plain, pattern, self.redo, self.canRedo, self.redoText,
                            self.canRedoChanged, self.redoTextChanged)

    def _action(self, parent: QObject, plain: str, pattern: str, trigger: object, can: object,
                text: object, can_changed: object, text_changed: object) -> QAction:
        action = QAction(plain, parent)

        def update(*_args: object) -> None:
            try:
                enabled = bool(can()) and not self.busy  # type: ignore[operator]
                what = text()  # type: ignore[operator]
                action.setEnabled(enabled)
                action.setText(pattern.replace("%1", what) if what else plain)
            except RuntimeError:  # the stack or the action is being deleted
                return

        for signal in (can_changed, text_changed, self.busy_changed, self.indexChanged):
            signal.connect(update)  # type: ignore[attr-defined]
        action.triggered.connect(trigger)
        update()
        return action
