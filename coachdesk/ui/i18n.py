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
    candidates = [(f"qtbase_{lang}", qt_translations_dir(lang))]
    candidates += [(p.stem, str(p.parent)) for p in sorted(translations_dir.glob(f"*_{lang}.qm"))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def qt_translations_dir(lang: str) -> str:
    """Where Qt's own translations are: Qt's configured folder, else the one in PySide6's wheel."""
    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if (Path(configured) / f"qtbase_{lang}.qm").exists():
        return configured
    import PySide6

    return str(Path(PySide6.__file__).parent / "Qt" / "translations")
