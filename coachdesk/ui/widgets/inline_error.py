"""The red line under a field that says what is wrong with it, shown only when it says something."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class InlineError(QLabel):
    """Hidden while empty; `setText(message)` shows it, `setText("")` or `clear()` hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")  # styled in resources/styles/coachdesk.qss
        self.setWordWrap(True)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))
        if text:
            grow_to_fit(self.window())

    def clear(self) -> None:
        self.setText("")


def with_error(field: QWidget, error: QLabel) -> QWidget:
    """A field with its inline error right under it, as one form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box


def grow_to_fit(window: QWidget) -> None:
    """Make a window as tall as its wrapped texts need at its width: a layout's minimum
    does not count the extra lines of a label that wraps, so the fields would be squeezed."""
    layout = window.layout()
    if not window.isWindow() or layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
