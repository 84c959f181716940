"""Sub-command `team`: prepare the team database (PostgreSQL) and say who coaches what."""

from __future__ import annotations

import argparse

from coachdesk.cli.common import say, tr
from coachdesk.services.team import assign_regions, init_team_database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", parents=[common],
                          help=tr.translate("cli", "the team database (PostgreSQL)"))
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = actions.add_parser("init", parents=[common],
                           help=tr.translate("cli", "prepare an empty PostgreSQL database as the "
                                                    "team database "
                           "(schema, reference data, roles); run it as the database's owner"))
    p.add_argument("url",
                   help=tr.translate("cli", "postgresql://owner@host/database (TLS unless on this "
                                            "machine)"))
    p.set_defaults(handler=cmd_init)
    p = actions.add_parser("assign", parents=[common],
                           help=tr.translate("cli", "let a coach's login write these regions"))
    p.add_argument("url", help=tr.translate("cli", "postgresql://owner@host/database"))
    p.add_argument("user",
                   help=tr.translate("cli", "the coach's PostgreSQL login (a member of "
                                            "coachdesk_coach)"))
    p.add_argument("regions", nargs="+", help=tr.translate("cli", "region names or codes"))
    p.set_defaults(handler=cmd_assign)


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
