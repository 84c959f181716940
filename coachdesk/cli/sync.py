"""Sub-command `sync`: exchange the laptop database's changes with the team database."""

from __future__ import annotations

import argparse

from coachdesk import paths
from coachdesk.cli.common import db_path, tr
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.erasure_files import scrub_backups
from coachdesk.services.sync import SyncResult


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("sync", parents=[common], help=tr.translate(
        "cli", "exchange this database's changes with the team database; creates the database "
        "given by --db when it does not exist yet"))
    p.add_argument("--team", metavar="URL", help=tr.translate(
        "cli", "postgresql://user@host/database (the password in the URL or in PGPASSWORD; TLS "
        "unless the server is on this machine)"))
    p.set_defaults(handler=cmd_sync)


def conflicts_sentence(count: int) -> str:
    """How many conflicts wait for the window, in the command line's language."""
    if count == 1:
        return tr.translate("cli", "1 conflict waits")
    return tr.translate("cli", "{count} conflicts wait").format(count=count)


def held_sentence(held: dict[str, int]) -> str:
    """Records of regions this coach does not coach, left on the laptop (empty if none)."""
    count, regions = sum(held.values()), ", ".join(held)
    if not count:
        return ""
    if count == 1:
        text = tr.translate("cli", "1 record of {regions} stays on this laptop: you do not "
                                   "coach that region in the team database.")
    elif len(held) == 1:
        text = tr.translate("cli", "{count} records of {regions} stay on this laptop: you do "
                                   "not coach that region in the team database.")
    else:
        text = tr.translate("cli", "{count} records of {regions} stay on this laptop: you do "
                                   "not coach those regions in the team database.")
    return text.format(count=count, regions=regions)


def summary(result: SyncResult, address: str) -> str:
    restored = tr.translate(
        "cli", "The team database was restored to an older state; this laptop sends its data "
        "again.") + "\n" if result.restored else ""
    said = restored + tr.translate(
        "cli", "Synchronised with {address}: {sent} sent, {received} received, {deleted} "
        "deleted; {waiting} for your choice in the window.").format(
            address=address, sent=result.sent, received=result.received, deleted=result.deleted,
            waiting=conflicts_sentence(result.conflicts))
    held = held_sentence(result.held)
    return f"{said}\n{held}" if held else said


def cmd_sync(args: argparse.Namespace) -> int:
    from coachdesk.application.team import build_address, stored_url, synchronise_now

    url = build_address(args.team) if args.team else stored_url()
    laptop = open_coachdesk_db(db_path(args), backup_dir=paths.backup_dir())
    try:
        outcome = synchronise_now(laptop.engine, url)
    finally:
        laptop.dispose()
    if outcome.result.erased:  # someone erased on the team: gone from this laptop's backups too
        scrub_backups(paths.backup_dir(), outcome.result.erased)
    print(summary(outcome.result, outcome.address))
    return 0
