"""Install the interface language: our translations plus Qt's own, and the locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("nl", "en")


def install_language(app: QCoreApplication, lang: str, translations_dir: Path) -> list[QTranslator]:
    """Dutch (the default) loads every `*_nl.qm`; English is the source language."""
    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Belgium))
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir)]
    candidates += [(p.stem, str(p.parent)) for p in sorted(translations_dir.glob(f"*_{lang}.qm"))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
