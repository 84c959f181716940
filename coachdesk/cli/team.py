"""Sub-command `team`: prepare the team database (PostgreSQL) and say who coaches what."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from coachdesk.cli.common import say, tr
from coachdesk.services.team import assign_regions, init_team_database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", parents=[common],
                          help=tr.translate("cli", "the team database (PostgreSQL)"))
    actions = team.add_subparsers(dest="team_command", metavar=tr.translate("cli", "ACTION"), required=True)
    p = actions.add_parser("init", parents=[common], help=tr.translate(
        "cli", "prepare an empty PostgreSQL database as the team database (schema, reference "
        "data, roles); run it as the database's owner"))
    p.add_argument("url", help=tr.translate(
        "cli", "postgresql://owner@host/database (TLS unless on this machine)"))
    p.set_defaults(handler=cmd_init)
    p = actions.add_parser("assign", parents=[common],
                           help=tr.translate("cli", "let a coach's login write these regions"))
    p.add_argument("url", help=tr.translate("cli", "postgresql://owner@host/database"))
    p.add_argument("user",
                   help=tr.translate("cli", "the coach's PostgreSQL login (a member of "
                                            "coachdesk_coach)"))
    p.add_argument("regions", nargs="+", help=tr.translate("cli", "region names or codes"))
    p.set_defaults(handler=cmd_assign)
    p = actions.add_parser("connect", parents=[common], help=tr.translate(
        "cli", "synchronise this computer with the team database: checks the address, keeps "
        "it in the settings and the password in the system's credential store"))
    p.add_argument("url", help=tr.translate(
        "cli", "postgresql://user@host/database (TLS unless on this machine)"))
    p.add_argument("--user", default="", help=tr.translate(
        "cli", "the PostgreSQL login, when not in the address"))
    p.add_argument("--ca", metavar="FILE", default=None, help=tr.translate(
        "cli", "the server's certificate authority (then the certificate is verified: "
        "sslmode=verify-full)"))
    p.add_argument("--password-stdin", action="store_true", help=tr.translate(
        "cli", "read the password from the first line of standard input"))
    p.set_defaults(handler=cmd_connect)
    p = actions.add_parser("disconnect", parents=[common], help=tr.translate(
        "cli", "stop synchronising from this computer (forgets the address and the password)"))
    p.set_defaults(handler=cmd_disconnect)


def cmd_init(args: argparse.Namespace) -> int:
    done = init_team_database(args.url)
    if done.created:
        text = tr.translate("cli", "Team database {address} prepared: schema {schema}, roles "
                            "{coaches} (coaches) and {headquarters} (headquarters).")
    elif done.upgraded_from:
        text = tr.translate("cli", "Team database {address} upgraded from schema {before}: schema "
                            "{schema}, roles {coaches} (coaches) and {headquarters} "
                            "(headquarters).")
    else:
        text = tr.translate("cli", "Team database {address} checked: schema {schema}, roles "
                            "{coaches} (coaches) and {headquarters} (headquarters).")
    say(text, address=done.address, before=done.upgraded_from, schema=done.schema,
        coaches=done.roles[0], headquarters=done.roles[1])
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    regions = assign_regions(args.url, args.user, args.regions)
    say(tr.translate("cli", "{user} now writes: {regions}."), user=args.user,
        regions=", ".join(regions))
    return 0


def _password(args: argparse.Namespace) -> str:
    """From the address, standard input, PGPASSWORD, or asked (not echoed) on a terminal."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if os.environ.get("PGPASSWORD"):
        return os.environ["PGPASSWORD"]
    from coachdesk.application.team import build_address

    if build_address(args.url, args.user, args.ca).password or not sys.stdin.isatty():
        return ""
    return getpass.getpass(tr.translate("cli", "Password for the team database: "))


def cmd_connect(args: argparse.Namespace) -> int:
    from coachdesk.application.team import connect

    found = connect(args.url, args.user, _password(args), args.ca)
    say(tr.translate("cli", "Connected to the team database {address}; the password is in the "
                     "system's credential store. `coachdesk sync` now synchronises with it."),
        address=found.shown)
    return 0


def cmd_disconnect(args: argparse.Namespace) -> int:
    from coachdesk.application.team import forget

    found = forget()
    if found is None:
        say(tr.translate("cli", "No team database was set up on this computer."))
    else:
        say(tr.translate("cli", "This computer no longer synchronises with {address}."),
            address=found.shown)
    return 0
