"""Show a dialog modally and delete it afterwards, so closed dialogs do not pile up."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """`dialog.exec()`, then `deleteLater()`: its values stay readable until the event loop
    runs again, which is long enough for the caller to read them."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def accepted(dialog: QDialog) -> bool:
    return run_modal(dialog) == QDialog.DialogCode.Accepted
