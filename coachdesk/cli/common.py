"""What every sub-command shares: which database, and the coach's language.

Sentences of the command line are written `tr.translate("cli", "... {field} ...")` (the form
lupdate finds; area `cli`), errors come from the one registry (`domain/messages.py`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from coachdesk.domain.messages import Translate, describe, english


def db_path(args: argparse.Namespace) -> Path:
    """`--db`, or the default database in the data folder."""
    from coachdesk.application.database import default_place  # not for the window's start

    return default_place(getattr(args, "db", None)).database


class Speaker:
    """The command line's language: Dutch or English, read from the compiled translations."""

    def __init__(self) -> None:
        self.lang = "en"
        self._translate: Translate = english

    def use(self, lang: str) -> None:
        from coachdesk.application.translations import translator

        self.lang, self._translate = lang, translator(lang)

    def translate(self, context: str, text: str) -> str:
        return self._translate(context, text)

    def error(self, exc: BaseException) -> str:
        return describe(exc, self._translate)


tr = Speaker()


def say(text: str, **fields: object) -> None:
    """Print a translated sentence with its fields filled in."""
    print(text.format(**fields))


def chosen_language(args: argparse.Namespace) -> str:
    """`--lang`, else the language of Voorkeuren (Dutch by default; English on a fresh
    machine whose system does not speak Dutch)."""
    lang = getattr(args, "lang", None)
    if lang:
        return str(lang)
    from coachdesk.application import settings

    return settings.chosen_language(settings.read_settings(),
                                    settings.settings_path().exists())
