"""Strings of Qt's own dialogs that Qt's Dutch translation (qtbase_nl) leaves in English.

Never called: `scripts/translations.py` collects these into the shell area, whose Dutch .qm
is installed after qtbase_nl and so answers for Qt's contexts first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _collected_by_lupdate() -> None:  # pragma: no cover - marks strings only
    QCoreApplication.translate("QFileDialog", "&Look in:")
    QCoreApplication.translate("QFileDialog", "Files of &type:")
    QCoreApplication.translate("QPlatformTheme", "Reset")
    QCoreApplication.translate("QPlatformTheme", "Yes to All")
    QCoreApplication.translate("QPlatformTheme", "No to All")
    QCoreApplication.translate("QPlatformTheme", "Don't Save")
    QCoreApplication.translate("QPlatformTheme", "Close without Saving")
