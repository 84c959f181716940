"""Sub-commands `demo`, `check` and `backup`."""

from __future__ import annotations

import argparse
from pathlib import Path

from coachdesk import paths
from coachdesk.cli.common import open_services
from coachdesk.domain.errors import CoachDeskError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="create a new database with demo data")
    p.add_argument("path", type=Path, help="the new database file (must not exist)")
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", parents=[common], help="verify the database and summarise it")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="write a consistent copy of the database")
    p.add_argument("--to", type=Path, help="folder for the copy (default: the backups folder)")
    p.set_defaults(handler=cmd_backup)


def cmd_demo(args: argparse.Namespace) -> int:
    from coachdesk.services.demo import create_demo_database

    summary = create_demo_database(args.path, size=args.size, seed=args.seed)
    print(f"Demo database written to {args.path}: {summary}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        report = services.maintenance.check()
    finally:
        services.close()
    print(f"Database:     {report.path}")
    print(f"Integrity:    {'ok' if report.integrity == ['ok'] else '; '.join(report.integrity[:5])}")
    print(f"Foreign keys: {'ok' if not report.foreign_key_problems else str(report.foreign_key_problems) + ' problems'}")
    print(f"Schema:       {report.schema} (expected {report.schema_expected})")
    print("Contents:     " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in report.counts.items()))
    if not report.ok:
        raise CoachDeskError(f"{report.path} failed its check; restore a backup (coachdesk backup) or ask support.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        target_dir = args.to or paths.backup_dir()
        if target_dir.exists() and not target_dir.is_dir():
            raise CoachDeskError(f"{target_dir} is a file, not a folder for backups.")
        try:
            target = services.maintenance.backup(target_dir)
        except OSError as exc:
            raise CoachDeskError(f"the backup could not be written to {target_dir}: {exc.strerror or exc}.") from exc
    finally:
        services.close()
    print(f"Backup written to {target}")
    return 0
