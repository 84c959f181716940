"""What every sub-command shares: which database, and the coach's language.

Sentences of the command line are written `tr.translate("cli", "... {field} ...")` (the form
lupdate finds; area `cli`), errors come from the one registry (`domain/messages.py`).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from coachdesk.domain.messages import QT_TRANSLATE_NOOP, Translate, describe, english


def database_location(text: str) -> Path | str:
    """`--db`: a laptop database file, or the team database's address (kept as text: a path
    would fold the `//` of `postgresql://`)."""
    if text.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        return text
    return Path(text)


def db_path(args: argparse.Namespace) -> Path:
    """`--db`, or the default database in the data folder."""
    from coachdesk.application.database import default_place  # not for the window's start

    chosen = getattr(args, "db", None)
    if isinstance(chosen, str):  # only the window opens the team database directly
        from coachdesk.domain.errors import DatabaseError

        raise DatabaseError("team.window_only", kind="address")
    return default_place(chosen).database


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


# argparse's own words (Python 3.11), so `--help` and usage errors speak the coach's language.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
)


@contextmanager
def argparse_speaks(speaker: Speaker) -> Iterator[None]:
    """Within the block, argparse's own words come from `speaker` (argparse looks its
    module-level `_` up each time it speaks)."""
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: speaker.translate("argparse", text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


def language_in(argv: Sequence[str]) -> str:
    """The language for a command line before it is parsed: `--lang X`, else Voorkeuren."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return chosen_language(argparse.Namespace())
