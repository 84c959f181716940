"""Sub-command `sync`: exchange the laptop database's changes with the team database."""

from __future__ import annotations

import argparse

from coachdesk import paths
from coachdesk.cli.common import db_path, tr
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.sync import SyncResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[common],
                       help=tr.translate("cli", "exchange this database's changes with the team "
                                                "database; creates "
                       "the database given by --db when it does not exist yet"))
    p.add_argument("--team", metavar="URL",
                   help=tr.translate("cli", "postgresql://user@host/database (the password in the "
                                            "URL or in "
                   "PGPASSWORD; TLS unless the server is on this machine)"))
    p.set_defaults(handler=cmd_sync)


def conflicts_sentence(count: int, lang: str | None) -> str:
    """How many conflicts wait for the window, in the coach's language (Dutch by default)."""
    if lang == "en":
        return f"{count} conflict waits" if count == 1 else f"{count} conflicts wait"
    return f"{count} conflict wacht" if count == 1 else f"{count} conflicten wachten"


def summary(result: SyncResult, address: str, lang: str | None) -> str:
    waiting = conflicts_sentence(result.conflicts, lang)
    if lang == "en":
        return (f"Synchronised with {address}: {result.sent} sent, {result.received} received, "
                f"{result.deleted} deleted; {waiting} for your choice in the window.")
    return (f"Gesynchroniseerd met {address}: {result.sent} verstuurd, {result.received} "
            f"ontvangen, {result.deleted} verwijderd; {waiting} op je keuze in het venster.")


def cmd_sync(args: argparse.Namespace) -> int:
    from coachdesk.application.team import build_address, stored_url, synchronise_now

    url = build_address(args.team) if args.team else stored_url()
    laptop = open_coachdesk_db(db_path(args), backup_dir=paths.backup_dir())
    try:
        outcome = synchronise_now(laptop.engine, url)
    finally:
        laptop.dispose()
    print(summary(outcome.result, outcome.address, getattr(args, "lang", None)))
    return 0
