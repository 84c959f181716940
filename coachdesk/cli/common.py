"""What every sub-command shares: finding and opening the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from coachdesk import paths
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db


def db_path(args: argparse.Namespace) -> Path:
    path = getattr(args, "db", None)
    if path is None:
        paths.ensure_private_dir(paths.data_dir())
        return paths.default_db_path()
    return Path(path)


def open_services(args: argparse.Namespace) -> Services:
    return Services(open_coachdesk_db(db_path(args), backup_dir=paths.backup_dir()))
