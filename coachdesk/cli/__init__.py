"""The `coachdesk` command line (CONTRACTS.md section 1).

Exit codes: 0 success, 2 usage error, 1 any other failure with one sentence on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import coachdesk
from coachdesk.cli.common import (
    argparse_speaks,
    chosen_language,
    database_location,
    language_in,
    tr,
)
from coachdesk.domain.errors import CoachDeskError

log = logging.getLogger(__name__)

# Each module adds its sub-commands with `register(subparsers, common)`. It is imported only
# when one of its commands is asked for: opening the window must not load workbook libraries.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "coachdesk.cli.maintenance": ("demo", "check", "backup", "restore"),
    "coachdesk.cli.handoff": ("export", "import", "merge"),
    "coachdesk.cli.report": ("report",),
    "coachdesk.cli.team": ("team",),
    "coachdesk.cli.sync": ("sync",),
}
# Options before the command that take a value (`--db PATH`), so the value is not the command.
_VALUED = ("--db", "--lang")


def requested_modules(argv: Sequence[str]) -> list[str]:
    """The command modules `argv` needs: the one of its command, none for the window, or all
    when help is asked for or the command is unknown (argparse then lists them)."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg in ("-h", "--help"):
            return list(COMMAND_MODULES)
        if arg.startswith("-") or (i > 0 and args[i - 1] in _VALUED):
            continue
        owners = [m for m, commands in COMMAND_MODULES.items() if arg in commands]
        return owners or list(COMMAND_MODULES)
    return []


class _Version(argparse.Action):
    """`--version`: the version is read only when asked for (start-up does not need it)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(f"coachdesk {coachdesk.__version__}")
        parser.exit()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with `argv`, only the command modules it needs are imported."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=database_location, default=argparse.SUPPRESS,
                        help=tr.translate("cli", "database file (default: coachdesk.sqlite in "
                                                 "your data folder)"))
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help=tr.translate("cli", "show full error details"))
    common.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
                        help=tr.translate("cli", "language of the messages (default: the one "
                                                 "chosen in the app's "
                        "preferences, Dutch unless set otherwise)"))
    parser = argparse.ArgumentParser(
        prog="coachdesk", parents=[common],
        description=tr.translate("cli", "CoachDesk: the regional coaches' workbench. Without a "
                                        "command it opens "
        "the desktop app."),
    )
    parser.add_argument("--version", action=_Version, nargs=0, help=tr.translate(
        "argparse", "show program's version number and exit"))
    parser.add_argument("--quit-when-ready", action="store_true",
                        help=tr.translate("cli", "start the app and exit as soon as the main "
                                                 "window is shown"))
    sub = parser.add_subparsers(dest="command", metavar=tr.translate("cli", "COMMAND"))
    names = list(COMMAND_MODULES) if argv is None else requested_modules(argv)
    for name in names:
        importlib.import_module(name).register(sub, common)
    return parser


def _run_app(args: argparse.Namespace) -> int:
    from coachdesk.app import run_app  # Qt is loaded only for the window

    return run_app(db_path=getattr(args, "db", None), quit_when_ready=args.quit_when_ready,
                   lang=getattr(args, "lang", None))


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # as the window: every file and folder is the user's alone
    argv = sys.argv[1:] if argv is None else list(argv)
    if requested_modules(argv):  # a command or help: its words in the coach's language
        tr.use(language_in(argv))
    with argparse_speaks(tr):
        parser = build_parser(argv)
        args = parser.parse_args(argv)
    debug = getattr(args, "debug", False)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if debug else logging.WARNING)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, handlers=[stderr])
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _run_app)
    if handler is not _run_app:  # the window chooses its own language
        tr.use(chosen_language(args))
    try:
        return handler(args)
    except CoachDeskError as exc:
        if debug:
            raise
        print(f"coachdesk: {tr.error(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("coachdesk: " + tr.translate("cli", "interrupted; nothing was left half-done."),
              file=sys.stderr)
        return 1
    except Exception as exc:  # an unexpected failure still gets one sentence
        if debug:
            raise
        what = f"{type(exc).__name__}: {exc}"
        print("coachdesk: " + tr.translate(
            "cli", "unexpected error: {what} (run again with --debug for details).",
        ).format(what=what), file=sys.stderr)
        return 1
