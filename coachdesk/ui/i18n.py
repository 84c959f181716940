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
        plurals = EnglishPlurals(app)
        app.installTranslator(plurals)
        return [plurals]
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


class EnglishPlurals(QTranslator):
    """English is the source language, so no file holds its plurals: "%n region(s)" becomes
    "1 region" or "18 regions" here."""

    IRREGULAR = {"criterion(s)": ("criterion", "criteria"), "is/are": ("is", "are")}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if n < 0 or "(s)" not in source:
            return None  # type: ignore[return-value]  # a null string: Qt keeps the source
        text = source
        for pattern, (one, many) in self.IRREGULAR.items():
            text = text.replace(pattern, one if n == 1 else many)
        return text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False
