"""Sub-commands `demo`, `check`, `backup` and `restore`."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coachdesk import paths
from coachdesk.cli.common import db_path, open_services
from coachdesk.db.engine import SQLITE_HEADER
from coachdesk.domain.errors import CoachDeskError, DatabaseError, NewerSchemaError
from coachdesk.instance import DatabaseLock
from coachdesk.services.backups import BackupInfo, Retention, list_backups, restore_database
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.maintenance import CheckReport, inspect_database, repair_database


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="create a new database with demo data")
    p.add_argument("path", type=Path, help="the new database file (must not exist)")
    p.add_argument("--size", choices=("small", "large"), default="small")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", parents=[common], help="verify the database and summarise it")
    p.add_argument("--repair", action="store_true",
                   help="repair a damaged database (rebuild indexes, else restore the latest good backup)")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="write a consistent copy of the database")
    p.add_argument("--to", type=Path, help="folder for the copy (default: the backups folder)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help="list the backups, or put one back (the current state is backed up first)")
    p.add_argument("backup", nargs="?", help="number from --list, file name or path of a backup")
    p.add_argument("--list", action="store_true", help="list the backups with date and size")
    p.add_argument("--from", dest="folder", type=Path,
                   help="folder holding the backups (default: the backups folder)")
    p.set_defaults(handler=cmd_restore)


def cmd_demo(args: argparse.Namespace) -> int:
    from coachdesk.services.demo import create_demo_database

    summary = create_demo_database(args.path, size=args.size, seed=args.seed)
    print(f"Demo database written to {args.path}: {summary}")
    return 0


def _checked_report(args: argparse.Namespace) -> CheckReport:
    """Open (creating or upgrading) the database and check it; a damaged file is checked raw."""
    try:
        services = open_services(args)
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
    print(f"Database:     {report.path}")
    print(f"Integrity:    {'ok' if report.integrity == ['ok'] else '; '.join(report.integrity[:5])}")
    print(f"Foreign keys: {_links(report.foreign_key_problems)}")
    print(f"Schema:       {report.schema} (expected {report.schema_expected})")
    print("Contents:     " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in report.counts.items()))
    if report.ok:
        return 0
    if not args.repair:
        raise CoachDeskError(
            f"{report.path} failed its check; repair it with `coachdesk check --repair` or put "
            "a backup back with `coachdesk restore`."
        )
    with exclusive(report.path):
        result = repair_database(report.path, paths.backup_dir())
    if result.method == "reindex":
        print("Repaired:     the damaged indexes were rebuilt; nothing was lost.")
    else:
        print(f"Repaired:     restored from the backup {result.source}.")
    if result.safety_copy is not None:
        print(f"The damaged state is kept as {result.safety_copy}.")
    _say_erased_again(result.erased_again)
    return 0 if inspect_database(report.path).integrity == ["ok"] else 1


def retention_from_ini(ini: Path) -> Retention:
    """The rotation the coach chose in the window (its settings file), else the defaults."""
    from coachdesk.ui.settings import Settings, backup_retention

    return backup_retention(Settings(ini))


def _links(problems: int) -> str:
    if problems < 0:
        return "not checked (the file cannot be read)"
    return "ok" if problems == 0 else f"{problems} problems"


def cmd_backup(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        if args.to is None:
            services.backups.retention = retention_from_ini(paths.config_dir() / "coachdesk.ini")
            target = services.backups.snapshot("manual")
        else:
            target = services.maintenance.backup(args.to)
    finally:
        services.close()
    print(f"Backup written to {target}")
    return 0


def format_size(size: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} bytes"


def _print_backups(backups: list[BackupInfo], folder: Path, database: Path) -> None:
    if not backups:
        print(f"No backups of {database} in {folder} yet.")
        return
    print(f"Backups of {database} in {folder}, newest first:")
    for number, b in enumerate(backups, start=1):
        print(f"{number:>3}  {b.taken_at:%d/%m/%Y %H:%M}  {format_size(b.size):>9}  "
              f"{b.reason:<24} {b.path.name}")


def _chosen_backup(choice: str, backups: list[BackupInfo], folder: Path) -> Path:
    if choice.isdigit():
        number = int(choice)
        if not 1 <= number <= len(backups):
            raise CoachDeskError(f"there is no backup number {number}; `coachdesk restore --list` "
                                 f"shows the {len(backups)} backups in {folder}.")
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
            print("Put one back with: coachdesk restore NUMBER (close CoachDesk first).")
        return 0
    chosen = _chosen_backup(args.backup, backups, folder)
    with exclusive(database):
        result = restore_database(database, chosen, paths.backup_dir())
        open_coachdesk_db(database, backup_dir=paths.backup_dir()).dispose()  # upgrade an old copy
    print(f"Restored {database} from {chosen}.")
    if result.safety_copy is not None:
        print(f"The state before the restore is kept as {result.safety_copy}.")
    _say_erased_again(result.erased_again)
    return 0


def _say_erased_again(count: int) -> None:
    if count:
        people = "person" if count == 1 else "people"
        print(f"Erased again: the copy still held {count} {people} you had erased; "
              "they were removed before the database opened.")
