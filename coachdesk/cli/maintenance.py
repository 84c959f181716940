"""Sub-commands `demo`, `check`, `backup` and `restore`."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coachdesk import paths
from coachdesk.application.database import open_services, restore_and_migrate
from coachdesk.cli.common import db_path, say, tr
from coachdesk.db.engine import SQLITE_HEADER
from coachdesk.domain.errors import CoachDeskError, DatabaseError, NewerSchemaError
from coachdesk.instance import DatabaseLock
from coachdesk.services.backups import BackupInfo, list_backups
from coachdesk.services.maintenance import CheckReport, inspect_database, repair_database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common],
                       help=tr.translate("cli", "create a new database with demo data"))
    p.add_argument("path", type=Path,
                   help=tr.translate("cli", "the new database file (must not exist)"))
    p.add_argument("--size", choices=("small", "large"), default="small",
                   help=tr.translate("cli", "small: about 150 people and 600 contact moments; "
                                            "large: 5,000 people and 100,000 contact moments"))
    p.add_argument("--seed", type=int, default=1,
                   help=tr.translate("cli", "the same seed gives the same data (default 1)"))
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", parents=[common],
                       help=tr.translate("cli", "verify the database and summarise it"))
    p.add_argument("--repair", action="store_true",
                   help=tr.translate("cli", "repair a damaged database (rebuild indexes, else "
                                            "restore the latest good backup)"))
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", parents=[common],
                       help=tr.translate("cli", "write a consistent copy of the database"))
    p.add_argument("--to", type=Path,
                   help=tr.translate("cli", "folder for the copy (default: the backups folder)"))
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help=tr.translate("cli", "list the backups, or put one back (the current "
                                                "state is backed up first)"))
    p.add_argument("backup", nargs="?",
                   help=tr.translate("cli", "number from --list, file name or path of a backup"))
    p.add_argument("--list", action="store_true",
                   help=tr.translate("cli", "list the backups with date and size"))
    p.add_argument("--from", dest="folder", type=Path,
                   help=tr.translate("cli", "folder holding the backups (default: the backups "
                                            "folder)"))
    p.set_defaults(handler=cmd_restore)


def cmd_demo(args: argparse.Namespace) -> int:
    from coachdesk.services.demo import create_demo_database

    summary = create_demo_database(args.path, size=args.size, seed=args.seed)
    say(tr.translate("cli", "Demo database written to {path}: {regions} regions, {people} "
                     "people, {moments} contact moments, {actions} actions, {versions} proposal "
                     "versions"), path=args.path, regions=summary.regions, people=summary.people,
        moments=summary.contact_moments, actions=summary.actions,
        versions=summary.proposal_versions)
    return 0


def _checked_report(args: argparse.Namespace) -> CheckReport:
    """Open (creating or upgrading) the database and check it; a damaged file is checked raw."""
    try:
        services = open_services(db_path(args))
    except NewerSchemaError:
        raise
    except DatabaseError:
        path = db_path(args)
        if not path.is_file() or path.read_bytes()[:16] != SQLITE_HEADER:
            raise
        report = inspect_database(path)
        if report.ok:
            raise
        return report
    try:
        return services.maintenance.check()
    finally:
        services.close()


def cmd_check(args: argparse.Namespace) -> int:
    report = _checked_report(args)
    integrity = "ok" if report.integrity == ["ok"] else "; ".join(report.integrity[:5])
    say(tr.translate("cli", "Database:     {path}"), path=report.path)
    say(tr.translate("cli", "Integrity:    {result}"), result=integrity)
    say(tr.translate("cli", "Foreign keys: {result}"), result=_links(report.foreign_key_problems))
    say(tr.translate("cli", "Schema:       {schema} (expected {expected})"), schema=report.schema,
        expected=report.schema_expected)
    say(tr.translate("cli", "Contents:     {counts}"), counts=", ".join(
        f"{count} {_counted(what)}" for what, count in report.counts.items()))
    if report.ok:
        return 0
    if not args.repair:
        raise CoachDeskError("database.check_failed", path=str(report.path))
    with exclusive(report.path):
        result = repair_database(report.path, paths.backup_dir())
    if result.method == "reindex":
        say(tr.translate("cli", "Repaired:     the damaged indexes were rebuilt; nothing was "
                         "lost."))
    else:
        say(tr.translate("cli", "Repaired:     restored from the backup {source}."),
            source=result.source)
    if result.safety_copy is not None:
        say(tr.translate("cli", "The damaged state is kept as {path}."), path=result.safety_copy)
    _say_erased_again(result.erased_again)
    return 0 if inspect_database(report.path).integrity == ["ok"] else 1


def _links(problems: int) -> str:
    if problems < 0:
        return tr.translate("cli", "not checked (the file cannot be read)")
    if problems == 0:
        return "ok"
    return tr.translate("cli", "{count} problems").format(count=problems)


def _counted(what: str) -> str:
    """The name of what `coachdesk check` counts, in the coach's language."""
    names = {
        "regions": tr.translate("cli", "regions"),
        "municipalities": tr.translate("cli", "municipalities"),
        "organisations": tr.translate("cli", "organisations"),
        "people": tr.translate("cli", "people"),
        "contact_moments": tr.translate("cli", "contact moments"),
        "actions": tr.translate("cli", "actions"),
        "proposal_versions": tr.translate("cli", "proposal versions"),
    }
    return names.get(what, what.replace("_", " "))


def cmd_backup(args: argparse.Namespace) -> int:
    services = open_services(db_path(args))
    try:
        if args.to is None:
            target = services.backups.snapshot("manual")
        else:
            target = services.maintenance.backup(args.to)
    finally:
        services.close()
    say(tr.translate("cli", "Backup written to {path}"), path=target)
    return 0


def format_size(size: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} bytes"


def _print_backups(backups: list[BackupInfo], folder: Path, database: Path) -> None:
    if not backups:
        say(tr.translate("cli", "No backups of {database} in {folder} yet."), database=database,
            folder=folder)
        return
    say(tr.translate("cli", "Backups of {database} in {folder}, newest first:"),
        database=database, folder=folder)
    for number, b in enumerate(backups, start=1):
        print(f"{number:>3}  {b.taken_at:%d/%m/%Y %H:%M}  {format_size(b.size):>9}  "
              f"{b.reason:<24} {b.path.name}")


def _chosen_backup(choice: str, backups: list[BackupInfo], folder: Path) -> Path:
    if choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(backups):
            raise CoachDeskError("backup.no_such_number", number=number, count=len(backups),
                                 folder=str(folder))
        return backups[number - 1].path
    path = Path(choice)
    if not path.exists() and (folder / choice).exists():
        return folder / choice
    return path


@contextmanager
def exclusive(database: Path) -> Iterator[None]:
    """Refuse to replace a database that a CoachDesk window has open."""
    lock = DatabaseLock(database)
    lock.acquire()  # DatabaseInUseError names the file and who holds it
    try:
        yield
    finally:
        lock.release()


def cmd_restore(args: argparse.Namespace) -> int:
    database = db_path(args)
    folder = args.folder or paths.backup_dir()
    backups = list_backups(folder, database.stem)
    if args.list or not args.backup:
        _print_backups(backups, folder, database)
        if not args.list and backups:
            say(tr.translate("cli", "Put one back with: coachdesk restore NUMBER (close CoachDesk "
                             "first)."))
        return 0
    chosen = _chosen_backup(args.backup, backups, folder)
    with exclusive(database):
        result = restore_and_migrate(database, chosen, paths.backup_dir())
    say(tr.translate("cli", "Restored {database} from {backup}."), database=database,
        backup=chosen)
    if result.safety_copy is not None:
        say(tr.translate("cli", "The state before the restore is kept as {path}."),
            path=result.safety_copy)
    _say_erased_again(result.erased_again)
    return 0


def _say_erased_again(count: int) -> None:
    if count:
        say(tr.translate("cli", "Erased again: the copy still held people you had erased "
                         "({count}); they were removed before the database opened."), count=count)
