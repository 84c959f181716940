"""What every sub-command shares: which database the command line works on."""

from __future__ import annotations

import argparse
from pathlib import Path

from coachdesk.application.database import default_place


def db_path(args: argparse.Namespace) -> Path:
    """`--db`, or the default database in the data folder."""
    return default_place(getattr(args, "db", None)).database
