"""A short confirmation in the window's status bar, from any widget inside the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def show_status(widget: QWidget, text: str, milliseconds: int = 10000) -> None:
    bar = getattr(widget.window(), "statusBar", None)
    if callable(bar):
        bar().showMessage(text, milliseconds)
