"""The child of the restore kill test: puts two backups back in turn until it is killed.

    python restore_child.py DB BACKUP_DIR BACKUP_A BACKUP_B

Prints `ready`, then `restoring X` before and `restored X` after each restore.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coachdesk.services.backups import prune_backups, restore_database, Retention  # noqa: E402


def main() -> None:
    db, folder, book_a, book_b = (Path(a) for a in sys.argv[1:5])
    print("ready", flush=True)
    while True:
        for name, backup in (("A", book_a), ("B", book_b)):
            print(f"restoring {name}", flush=True)
            restore_database(db, backup, folder)
            prune_backups(folder, db.stem, Retention(recent=3))  # safety copies pile up
            print(f"restored {name}", flush=True)


if __name__ == "__main__":
    main()
